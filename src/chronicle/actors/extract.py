"""Actor mentions: people, organisations, groups and countries, resolved to country + sector.

How a mention gets its country and sector, in order of trust:
1. the words around the name ("Russian Ambassador Alexandr Matsegora", "Kang Yun-sok, Vice
   Chairman of North Korea's ... Assembly", "the Russian ambassador to Seoul, Ivan Petrov"):
   title and organisation words give the sector, country names / demonyms / capitals give the
   country -- not the place of a post ("ambassador to Seoul", "envoy in Moscow");
2. the user's actor dictionary (date-bounded roles), when it knows the name;
3. an earlier, fuller mention of the same person in the article ("Rudenko" -> "Andrey Rudenko");
4. for a titled official with no country in the text around the name, the coordinated
   neighbour's country ("North Korean Foreign Minister Choe Son-hui and Vice Foreign Minister
   Kim Jong-gyu") or else the nearest country named in the same sentence, unless the official
   acts on it ("signed treaties to annex four Ukrainian regions") or it is a place someone goes
   to, comes from, visits or meets in ("arrived in Minsk", "on a visit to Nairobi", "held talks
   in Beijing": resources/actors/places.yaml).
Anything still unknown stays ``None``.
"""
from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, field
from typing import Optional

from spacy.tokens import Span as Span_

from chronicle.actors import lexicon
from chronicle.actors.dictionary import ActorDictionary
from chronicle.actors.gazetteer import Gazetteer
from chronicle.events.attribution import label_end
from chronicle.events.lexicon import parties_file
from chronicle.model import Actor, ActorRole, Span

PRONOUNS = {"he", "she", "him", "her", "his"}
POSSESSIVE = {"'s", "’s", "'", "’"}
# Lowercase words that may stand in a title before a name ("North Korean leader Kim").
_TITLE_CONNECTORS = {"of", "for", "the", "and"}


@dataclass
class ActorMention:
    """One mention of an actor in the text, with the tokens it covers (for role lookup)."""

    start: int  # char offsets of the name (or the phrase for groups)
    end: int
    text: str
    kind: str  # person / organization / group / country
    name: str
    country: Optional[str] = None
    sector: Optional[str] = None
    token_ids: set[int] = field(default_factory=set)
    head: int = -1  # token index of the head of the mention
    actor_id: Optional[str] = None
    evidence: Optional[str] = None  # the title/apposition text the resolution came from
    # the groups of the other countries of coordinated demonyms ("Armenian and Azerbaijani officials")
    coordinated: list["ActorMention"] = field(default_factory=list)
    roles: list["RoleMention"] = field(default_factory=list)  # titles stated for a person


@dataclass
class RoleMention:
    """A title stated for a person, before the name or in an apposition after it."""

    start: int  # char offsets of the title as written ("Russia's former defence minister")
    end: int
    text: str
    title: str  # normalized ("Defence Minister")
    qualifier: Optional[str] = None  # former / outgoing / acting
    country: Optional[str] = None  # a country named in the title text
    sector: Optional[str] = None


class ActorIndex:
    """All actor mentions of one article, addressable by token."""

    def __init__(self, mentions: list[ActorMention], actors: list[Actor], dateline_end: int = 0):
        self.mentions = mentions
        self.actors = actors
        self.dateline_end = dateline_end  # tokens before it are the dateline's: no event role
        self.by_token: dict[int, ActorMention] = {}
        # Names cover their title window; the head token wins over a window token.
        for m in sorted(mentions, key=lambda m: len(m.token_ids), reverse=True):
            for i in m.token_ids:
                self.by_token[i] = m
        for m in mentions:
            if m.head >= 0:
                self.by_token[m.head] = m

    def at(self, token_i: int) -> Optional[ActorMention]:
        return self.by_token.get(token_i)


def _is_cap(tok) -> bool:
    return tok.text[:1].isupper()


def _name_tokens(doc, ent) -> tuple[int, int]:
    """Token range of a person name, repairing hyphenated names the NER split ("Kim Jong-gyu")."""
    start, end = ent.start, ent.end
    while end < len(doc):
        prev = doc[end - 1]
        tok = doc[end]
        joined = not prev.whitespace_
        if joined and (tok.text == "-" or prev.text == "-") and tok.text not in POSSESSIVE:
            end += 1
            continue
        break
    # "Liu He", "He Yiting": a capitalised "He" inside a sentence, right after the name, is part of
    # it (the NER takes it for the pronoun)
    if end < len(doc) and doc[end].text == "He" and not doc[end].is_sent_start and doc[end - 1].whitespace_:
        end += 1
    # Drop a trailing hyphen or possessive the NER swallowed.
    while end > start + 1 and doc[end - 1].text in POSSESSIVE | {"-"}:
        end -= 1
    # Drop leading title words inside the entity ("President Putin").
    while start < end - 1 and lexicon.sector_of(doc[start].text) and not doc[start + 1].text == "-":
        start += 1
    return start, end


def _title_window(doc, start: int, sent_start: int) -> tuple[int, int]:
    """Tokens immediately left of a name that read as a title ("Russia's Security Council Secretary")."""
    i = start - 1
    while i >= sent_start:
        tok = doc[i]
        if tok.text in POSSESSIVE or tok.text == "-":
            i -= 1
            continue
        if tok.is_punct or tok.pos_ in ("DET", "VERB", "AUX", "ADP", "CCONJ", "PRON", "NUM"):
            if tok.lower_ == "of" and i - 1 >= sent_start and _is_cap(doc[i - 1]) and _is_cap(doc[i + 1]):
                i -= 1  # "Secretary of State"
                continue
            break
        if _is_cap(tok) or lexicon.sector_of(tok.lower_) or tok.ent_type_ in ("NORP", "GPE"):
            i -= 1
            continue
        if tok.pos_ in ("ADJ", "NOUN") and any(s0 == 0 for s0, *_ in lexicon.find_sector_terms(doc[i:start].text)):
            i -= 1  # "Senegal's armed forces minister": a title term starts at this word
            continue
        break
    return i + 1, start


def _phrase(doc, a: int, b: int) -> str:
    return doc[a:b].text if b > a else ""


# In a title, a country after "to", "in" or "at" is where the post is, not whose it is ("ambassador
# to Seoul", "the US envoy in Moscow").
_POSTED_AT = re.compile(r"\b(?:to|in|at)\s+(?:the\s+)?$", re.I)


def _title_countries(text: str) -> list[tuple[int, int, str]]:
    """The countries a title phrase gives its holder: those it names, less the post's place."""
    return [c for c in lexicon.find_countries(text) if not _POSTED_AT.search(text[:c[0]])]


def _resolve_title(text: str) -> tuple[Optional[str], Optional[str]]:
    if not text:
        return None, None
    countries = _title_countries(text)
    country = countries[0][2] if countries else None
    return country, lexicon.sector_of(text)


def _apposition(doc, head_i: int) -> Optional[tuple[int, int]]:
    """The apposition after a name (", Vice Chairman of ..."), as a token range."""
    for child in doc[head_i].children:
        if child.dep_ == "appos" and child.i > head_i:
            sub = list(child.subtree)
            return sub[0].i, sub[-1].i + 1
    return None


def _done_to_clause(t) -> bool:
    """(roles17) A passive clause said of a noun: a participle ("detained by Russian guards") or a
    passive relative clause ("who was arrested by the police")."""
    return (t.dep_ == "acl" and t.tag_ in ("VBN", "VBD")) or \
        (t.dep_ == "relcl" and any(c.dep_ == "auxpass" for c in t.children))


def _apposition_description(doc, appos: tuple[int, int]) -> str:
    """The words of an apposition that describe the person: without a passive clause said of its
    head ("Levan Okruashvili, a farmer detained by Russian guards"), whose parties -- its "by"
    agent, its places -- belong to what was done to the person, not to who the person is (roles17:
    the farmer is no Russian policeman). An active relative clause stays ("who heads the navy")."""
    a, b = appos
    cut = {x.i for t in doc[a:b] if _done_to_clause(t) for x in t.subtree}
    return "".join(t.text_with_ws for t in doc[a:b] if t.i not in cut).strip()


def _apposed_title(doc, head_i: int, name_start: int, sent_start: int) -> Optional[tuple[int, int]]:
    """The noun phrase before a name that the name is in apposition to ("The Russian ambassador to
    Seoul, Ivan Petrov, said"), as a token range up to the comma, or None."""
    tok = doc[head_i]
    if tok.dep_ != "appos" or tok.head.i >= name_start or tok.head.pos_ not in ("NOUN", "PROPN"):
        return None
    h = tok.head
    while (h.dep_ == "pobj" and h.head.dep_ == "prep" and h.head.head.pos_ in ("NOUN", "PROPN")
           and (h.ent_type_ in ("GPE", "LOC") or lexicon.country_of(h.text))):
        h = h.head.head  # the parser may hang the name on the title's place ("to Seoul, Ivan Petrov")
    a = max(h.left_edge.i, sent_start)
    b = name_start
    while b > a and doc[b - 1].is_punct:
        b -= 1
    if b <= h.i or any(t.ent_type_ == "PERSON" or t.pos_ in ("VERB", "AUX") for t in doc[a:b]):
        return None
    if doc[a].lower_ in ("its", "their"):
        return None  # "its president, Jeff Mason": an organisation's officer, of no sector we can tell
    return a, b


# --- roles: the titles stated for a person --------------------------------------------------------
# A word before a title saying the role is not (fully) held: a "former" role had ended by the
# article date. "then-" is not one: it dates the role to the time told of, not to the article.
_ROLE_QUALIFIERS = {"former": "former", "ex": "former", "outgoing": "outgoing", "acting": "acting",
                    "interim": "acting"}
_TITLE_SMALL_WORDS = {"of", "for", "the", "and", "on", "in", "to", "at"}
_TITLE_SPELLING = {"defense": "defence"}  # one spelling per title, so that both count as one role
_MAX_TITLE_WORDS = 12


def _roles(doc, ws: int, name_start: int, sent_start: int,
           appos: Optional[tuple[int, int]]) -> list[RoleMention]:
    """The roles stated for the person whose name starts at token ``name_start``: the title
    before it (the title window ``ws``..``name_start``, widened over a lower-case title
    compound, a qualifier and a possessive country: "Russia's former defence minister"), and an
    apposition after it (", the former defence minister,"). A phrase with no title word in the
    sector lexicon ("Jonas Vik, 61,", "a Kremlin critic") is no role."""
    out = []
    k = ws
    while k > sent_start:
        t = doc[k - 1]
        if t.lower_ in _ROLE_QUALIFIERS or t.text in POSSESSIVE:
            k -= 1
        elif t.text == "-" and k - 2 >= sent_start and doc[k - 2].lower_ == "ex":
            k -= 1
        elif t.ent_type_ in ("GPE", "NORP") and _is_cap(t):
            k -= 1
        elif (t.pos_ in ("NOUN", "ADJ", "PROPN") and k < name_start
              and any(s0 == 0 for s0, *_ in lexicon.find_sector_terms(doc[k - 1:name_start].text))):
            k -= 1  # "defence minister", "foreign minister": a title term starts at this word
        else:
            break
    role = _role_of(doc, k, name_start)
    if role:
        out.append(role)
    if appos:
        a, b = appos
        head = next((t for t in doc[a:b] if t.dep_ == "appos"), None)
        if head is not None and head.ent_type_ != "PERSON":
            for t in doc[head.i + 1:b]:
                if ((t.is_punct and t.text not in POSSESSIVE and t.text != "-")
                        or t.dep_ in ("relcl", "acl", "advcl") or t.pos_ in ("VERB", "AUX", "PRON")):
                    b = t.i
                    break
            role = _role_of(doc, a, b)
            if role:
                out.append(role)
    return out


def _role_of(doc, a: int, b: int) -> Optional[RoleMention]:
    """The role stated by tokens ``a``..``b`` (a title phrase), or None when it names no title."""
    toks = list(doc[a:b])
    while toks and (toks[0].is_punct or toks[0].pos_ in ("DET", "ADV", "SCONJ", "CCONJ", "INTJ", "ADP")
                    or toks[0].tag_ == "PRP$" or toks[0].lower_ == "then")\
            and toks[0].lower_ not in _ROLE_QUALIFIERS:
        toks.pop(0)  # "Meanwhile Foreign Minister", "the former defence minister"
    while toks and toks[-1].is_punct:
        toks.pop()
    if not toks:
        return None
    start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
    text = doc[toks[0].i:toks[-1].i + 1].text  # (not doc.text: rebuilt from the tokens on every access)
    countries = lexicon.find_countries(text)
    leading = {s0: e0 for s0, e0, _ in countries}
    own = _title_countries(text)
    qualifier = None
    i = 0
    while i < len(toks):  # leading country words, possessives, articles and qualifiers
        t = toks[i]
        rel = t.idx - start
        if t.lower_ in _ROLE_QUALIFIERS:
            qualifier = qualifier or _ROLE_QUALIFIERS[t.lower_]
        elif rel in leading:
            while i + 1 < len(toks) and toks[i + 1].idx - start < leading[rel]:
                i += 1
        elif not (t.text in POSSESSIVE or t.text == "-" or t.pos_ == "DET"):
            break
        i += 1
    if i >= len(toks):
        return None
    title_text = doc[toks[i].i:toks[-1].i + 1].text
    if not any(v[1] == "title" for _, _, v, _ in lexicon._sectors().matcher.find(title_text)):
        return None
    title = _normal_title(title_text)
    if not title or len(title.split()) > _MAX_TITLE_WORDS:
        return None
    return RoleMention(start=start, end=end, text=text, title=title, qualifier=qualifier,
                       country=own[0][2] if own else None, sector=lexicon.sector_of(title_text))


def _normal_title(text: str) -> str:
    """"the Security Council secretary" -> "Security Council Secretary"; "defense" -> "defence"."""
    words = []
    for w in re.split(r"\s+", lexicon.fold(text).strip()):
        low = w.lower()
        if low in ("the", "a", "an") or not w:
            continue
        if words and low in _TITLE_SMALL_WORDS:
            words.append(low)
        elif w.isupper() and len(w) > 1:
            words.append(w)  # an acronym: NATO, UN
        else:
            words.append("-".join(_TITLE_SPELLING.get(p.lower(), p.lower()).capitalize() if p else p
                                  for p in w.split("-")))
    return " ".join(words)


# A dateline opening the article: an all-caps place, perhaps a region or country and a date, the
# agency, then a dash or colon ("NAIROBI, Kenya (AP) --", "KYIV -", "LONDON, May 12 (Reuters) -"); a
# country's name may hold a lowercase linking word ("UVIRA, Democratic Republic of Congo, Aug 12 (AFP) -",
# roles10).
_DATELINE = re.compile(
    r"\s*(?P<place>[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3})"
    r"(?:, (?:[A-Z][\w.'’-]*(?: (?:(?:of|the|and|de|du) ){0,2}[A-Z][\w.'’-]*){0,3}|[A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?)){0,3}"
    r"(?: ?\([A-Za-z][\w .&'’-]{0,30}\))?"
    r"\s*(?:--|—|–|-|_|:)\s")


def dateline_end(doc) -> int:
    """Index of the first token after the article's dateline ("NAIROBI, Kenya (AP) -- Police
    ..."), 0 when there is none. The place of the dateline is where the report was filed, not a
    party to what it reports; a name in capitals that is an organisation ("NATO -") is no place."""
    m = _DATELINE.match(doc.text[:200])
    if m is None or len(re.sub(r"[^A-Z]", "", m.group("place"))) < 3 or lexicon.organisation(m.group("place")):
        return 0
    end = m.end()
    for tok in doc:
        if tok.idx >= end:
            return tok.i
    return 0


@functools.lru_cache(maxsize=1)
def _place_nouns() -> frozenset:
    return frozenset(lexicon.load_resource("place_nouns.yaml").get("nouns", []))


@functools.lru_cache(maxsize=1)
def _place_prepositions() -> frozenset:
    return frozenset(lexicon.load_resource("place_nouns.yaml").get("prepositions", []))


@functools.lru_cache(maxsize=1)
def _gazetteer_prepositions() -> frozenset:
    return frozenset(lexicon.load_resource("place_nouns.yaml").get("gazetteer_prepositions", []))


def _named_places(doc) -> set[str]:
    """Names the article calls places: the proper-name "of" object of a settlement noun ("the
    town of Mellit", "the port of Mukalla"), a proper name with one in apposition ("Mellit, a
    town in North Darfur"), (roles14) the proper-name object of "near" ("arrested near Katse"), or
    (roles28) a gazetteer place the NER took for a person after "in" / "at" ("held in Gyumri").
    Resources: actors/place_nouns.yaml."""
    nouns = _place_nouns()
    preps = _place_prepositions()
    known_preps = _gazetteer_prepositions()
    out: set[str] = set()
    surnames = None
    for tok in doc:
        if tok.pos_ != "PROPN" or tok.dep_ == "compound":
            continue
        of_place = tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in nouns
        appos_place = any(c.dep_ == "appos" and c.lemma_.lower() in nouns for c in tok.children)
        # (roles14) "arrested near Katse": the object of "near" is a place
        near_place = tok.dep_ == "pobj" and tok.head.lower_ in preps
        # (roles28) "talks held in Bender", "the market at Ebebiyin": the object of "in" / "at" / "off" /
        # "through" that the gazetteer knows as a place, and no person named in full ends with, is a place
        known_prep = tok.dep_ == "pobj" and tok.head.lower_ in known_preps and tok.ent_type_ == "PERSON"
        if not (of_place or appos_place or near_place or known_prep):
            continue
        left = tok.i
        while left > 0 and doc[left - 1].dep_ == "compound" and doc[left - 1].pos_ == "PROPN" \
                and doc[left - 1].head.i == tok.i:
            left -= 1
        name = doc[left:tok.i + 1].text
        if not (of_place or appos_place or near_place):
            if surnames is None:
                surnames = {e[-1].text for e in doc.ents if e.label_ == "PERSON" and len(e) > 1}
            if tok.text in surnames or not Gazetteer.default().is_place(name):
                continue
        out.add(name)
    return out


def _is_capital(text: str, iso3: str) -> bool:
    """Whether ``text`` is a capital of ``iso3`` ("Colombo port" is the city's port: kept)."""
    return text in lexicon.capitals().get(iso3, [])


def _longer_place_name(doc, start: int, end: int) -> Optional[Span_]:
    """(extract41) The proper place name that a country's name or demonym (tokens start..end)
    begins: the word is a modifier of the very next token, a capitalised place noun of
    place_nouns.yaml tagged a proper noun ("Spanish Town", "the Jordan Valley", "Lebanon County",
    "Mexico City"). Not with an "of" after the noun (the classifier "the Kenyan town of Wajir",
    capitalised in a title-case line)."""
    root = doc[start:end].root
    if end >= len(doc) or root.dep_ not in ("compound", "amod", "nmod"):
        return None
    head = doc[end]
    if root.head.i != end and root.head.i != head.head.i:
        return None  # ... or both words modify the same noun (a flat "Spanish Town police")
    if head.tag_ not in ("NNP", "NNPS") or not head.text[:1].isupper():
        return None
    if not {head.lemma_.lower(), head.lower_, head.lower_.rstrip("s")} & _place_nouns():
        return None
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children):
        return None
    return doc[start:end + 1]


def _other_place_country(doc, start: int, end: int, iso3: str) -> tuple[bool, Optional[str]]:
    """(extract41) Whether the country word at tokens start..end begins a longer place name that
    is not a place of that country, and the gazetteer's country of that place if it knows one:
    "Spanish Town" (Jamaica), "the Jordan Valley" and "Lebanon County" (unknown) are no Spain,
    Jordan or Lebanon; "Mexico City" and "Kuwait City" (capitals) and a place the gazetteer puts in
    that country ("Gaza City") keep it."""
    name = _longer_place_name(doc, start, end)
    if name is None or _is_capital(doc[start:end].text, iso3) or _is_capital(name.text, iso3):
        return False, None
    loc = Gazetteer.default().lookup(name.text)
    place_country = loc.country if loc is not None and loc.country else None
    if place_country == iso3:
        return False, None
    return True, place_country


def _names_a_place(root) -> bool:
    """(roles11) A country's name used as the name of a settlement or territory: the proper-noun
    modifier of a place noun with no "of" after it ("the Kenya district", "the Kenya and Katuba
    districts"), itself or through a coordination. A plural place noun counts only when the name is
    coordinated with another proper name ("the Kenya and Katuba districts"; not "Syria villages").
    "the US city of Chicago" (a classifier before "of") and "Uganda's Kasese district" (a
    possessive) keep the country. Resources: actors/place_nouns.yaml."""
    tok = root
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    if tok.tag_ not in ("NNP", "NNPS") or tok.dep_ not in ("compound", "nmod"):
        return False
    head = tok.head
    if head.pos_ != "NOUN" or head.lemma_.lower() not in _place_nouns():
        return False
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children):
        return False
    if head.tag_ == "NNS":
        names = [c for c in tok.children if c.dep_ == "conj" and c.pos_ == "PROPN"]
        return tok.i != root.i or bool(names)
    return True


@functools.lru_cache(maxsize=1)
def _by_context_rules() -> list:
    return lexicon.load_resource("countries.yaml").get("by_context") or []


def _by_context(doc, mentions: list[ActorMention]) -> None:
    """(roles11) A bare name two countries share ("Congo": COG by the lexicon) takes the other
    country in an article that names the other (a name, alias, demonym or capital, or a place the
    gazetteer puts there: "Congolese", "Uvira") and nothing of the default but the bare name.
    Every mention of the default country then came from the bare name. Resources:
    actors/countries.yaml by_context."""
    rules = _by_context_rules()
    if not rules or not any(m.country for m in mentions):
        return
    text = doc.text
    for rule in rules:
        default, other = rule["default"], rule["other"]
        if not any(m.country == default for m in mentions):
            continue
        bare = lexicon.fold(rule["phrase"]).lower()
        # a word both countries use ("Congolese") names neither
        shared = {lexicon.fold(w).lower() for w in rule.get("shared") or []}
        named: set[str] = set()
        for s, e, iso3 in lexicon.find_countries(text):
            phrase = lexicon.fold(text[s:e]).lower()
            if phrase in shared:
                continue
            if not (iso3 == default and phrase in (bare, "the " + bare)):
                named.add(iso3)
        if default in named:
            continue
        if other not in named:
            gz = Gazetteer.default()
            for ent in doc.ents:
                if ent.label_ in ("GPE", "LOC") and lexicon.fold(ent.text).lower() != bare:
                    loc = gz.lookup(ent.text)
                    if loc is not None and loc.country:
                        named.add(loc.country)
            if default in named or other not in named:
                continue
        for m in mentions:
            if m.country == default:
                m.country = other
                if m.kind == "country":
                    m.name = lexicon.country_name(other) or m.name


def _possessor_country(doc, start: int, sent_start: int) -> Optional[str]:
    """The country named in the possessive right before token ``start`` ("Mauritania's National
    Assembly", "South Korea's Defence Acquisition Program Administration"), or None."""
    if start - 2 < sent_start or doc[start - 1].text not in POSSESSIVE:
        return None
    a = max(sent_start, start - 5)
    text = doc[a:start - 1].text
    found = [c for c in lexicon.find_countries(text) if c[1] == len(text)]
    return found[-1][2] if found else None


@functools.lru_cache(maxsize=1)
def _body_nouns() -> dict:
    return dict(lexicon.load_resource("bodies.yaml").get("nouns", {}))


_MADE = {"built", "made", "designed", "manufactured", "produced", "supplied", "style"}


def _provenance(doc, start: int, end: int) -> bool:
    """Whether the country words at tokens ``start``..``end`` say where a thing was made ("a
    French-built navy ship", "Russian-made drones"): no party to what is told."""
    return end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ in _MADE


@functools.lru_cache(maxsize=1)
def _time_words() -> frozenset:
    return frozenset(parties_file()["time_in_name"]["words"])


def time_modifier(c) -> bool:
    """(roles21) A modifier of a party noun that tells when ("yesterday prosecutors charged him", "On
    Friday police fired": the parser hangs the time word on the noun) is no part of the party's name:
    a DATE / TIME entity or a time word (parties.yaml time_in_name) in its phrase, on a common noun. Not an age ("a
    46-year-old man": the NER tags it DATE), nor a possessive ("last week's American strikes": the
    event's own party is found through it, roles21's Left)."""
    words = list(c.subtree)
    # a proper name keeps its date ("the April 6 Youth Movement")
    if c.dep_ == "poss" or c.head.pos_ == "PROPN" or any(x.lower_ == "old" or x.lower_.endswith("-old") for x in words):
        return False
    return any(x.ent_type_ in ("DATE", "TIME") or x.lower_ in _time_words() for x in words)


def _label_free_ents(doc) -> list:
    """(roles18) The NER's PERSON / ORG / NORP entities less a line label they start in: a live
    blog's clock time or a list's label ("10:15 - Ghana's ...", "March 5 - Kenya's ...": the NER
    may tag "10:15 - Ghana's" as one organisation) is no part of a name (attribution.label_end);
    an entity all inside the label is dropped."""
    out = []
    for ent in doc.ents:
        start = max(ent.start, label_end(doc, ent.start))
        while start < ent.end and (doc[start].is_punct or doc[start].is_space):
            start += 1
        if start >= ent.end:
            continue
        out.append(ent if start == ent.start else Span_(doc, start, ent.end, label=ent.label_))
    return out


def _described_bodies(doc, dateline: int, ents: list) -> dict[int, tuple[int, Optional[str], Optional[str], str]]:
    """Names given right after a lower-case public-body noun ("The Indonesian maritime security
    agency Bakamla", "Nigeria's anti-graft agency EFCC"): {first token of the name: (first token
    of the descriptor, country, sector, descriptor text)}. The country is the one the descriptor
    names, less a place of make ("French-built"); the sector its words'. Resource:
    actors/bodies.yaml. ``ents``: the document's entities less line labels (``_label_free_ents``)."""
    nouns = _body_nouns()
    out = {}
    for ent in ents:
        if ent.label_ not in ("PERSON", "ORG") or ent.start <= dateline:
            continue
        j = ent.start - 1
        n = doc[j]
        if n.text != n.lower_ or n.pos_ not in ("NOUN", "PROPN") or \
                not (n.lower_ in nouns or n.lemma_.lower() in nouns):
            continue
        if not (n.head.i in range(ent.start, ent.end) or ent.root.head.i == j):
            continue  # the noun and the name are no one phrase ("told the agency Smith was ...")
        sent_start = max(ent.sent.start, dateline)
        k = j
        while k - 1 >= sent_start:
            t = doc[k - 1]
            if t.text in POSSESSIVE or t.text == "-" or t.ent_type_ in ("NORP", "GPE") \
                    or (t.pos_ in ("ADJ", "NOUN") and t.text == t.lower_):
                k -= 1
                continue
            break
        while k < j and (doc[k].text in POSSESSIVE or doc[k].text == "-"):
            k += 1
        text = doc[k:j + 1].text
        country = None
        for c0, c1, iso3 in _title_countries(text):
            span = doc.char_span(doc[k].idx + c0, doc[k].idx + c1, alignment_mode="expand")
            if span is not None and not _provenance(doc, span.start, span.end):
                country = iso3
                break
        out[ent.start] = (k, country, lexicon.sector_of(text) or nouns.get(n.lower_) or nouns.get(n.lemma_.lower()), text)
    return out


def find_actor_mentions(doc, dictionary: Optional[ActorDictionary] = None, on_date=None) -> list[ActorMention]:
    mentions: list[ActorMention] = []
    dateline = dateline_end(doc)
    used: set[int] = set(range(dateline))
    places = _named_places(doc)
    ents = _label_free_ents(doc)  # read once: every pass below walks the same entities

    # 0. bodies named after a descriptor ("the Indonesian maritime security agency Bakamla"), and
    #    the later mentions of their names ("a Bakamla patrol ship") ---------------------------
    bodies = _described_bodies(doc, dateline, ents)
    aliases: dict[str, tuple[Optional[str], Optional[str]]] = {}
    for ent in ents:
        if ent.label_ not in ("PERSON", "ORG") or any(i in used for i in range(ent.start, ent.end)):
            continue
        body = bodies.get(ent.start)
        if body is None and ent.text not in aliases:
            continue
        org = lexicon.organisation(ent.text)
        if body is not None:
            k, country, sector, descr = body
            if org:
                country, sector = country or org[2], org[1] or sector
            aliases.setdefault(ent.text, (country, sector))
        else:
            k, descr = ent.start, None
            country, sector = aliases[ent.text]
        mentions.append(ActorMention(
            start=ent.start_char, end=ent.end_char, text=ent.text, kind="organization",
            name=org[0] if org else ent.text, country=country, sector=sector,
            token_ids=set(range(k, ent.end)), head=ent.root.i, evidence=descr))
        used.update(range(k, ent.end))

    # 1. people -----------------------------------------------------------------------------
    for ent in ents:
        if ent.label_ != "PERSON":
            continue
        s, e = _name_tokens(doc, ent)
        if any(i in used for i in range(s, e)):
            continue
        name_span = doc[s:e]
        name = name_span.text
        if lexicon.country_of(name) or lexicon.media_outlet(name):
            continue  # NER sometimes calls a country or an agency a person
        if name in places or ent.text in places:
            continue  # "the town of Mellit": a place the NER took for a person
        sent_start = max(ent.sent.start, dateline)
        ws, we = _title_window(doc, s, sent_start)
        title_text = _phrase(doc, ws, we)
        country, sector = _resolve_title(title_text)
        evidence = title_text or None
        appos = _apposition(doc, e - 1)
        if appos:
            described = _apposition_description(doc, appos)
            a_country, a_sector = _resolve_title(described)
            if a_sector or a_country:
                country = country or a_country
                sector = a_sector or sector
                evidence = (title_text + " " if title_text else "") + described
        before = None if title_text else _apposed_title(doc, e - 1, s, sent_start)
        if before:
            b_country, b_sector = _resolve_title(_phrase(doc, *before))
            if b_sector:
                country, sector = country or b_country, sector or b_sector
                evidence = evidence or _phrase(doc, *before)
            else:
                before = None
        m = ActorMention(
            start=name_span.start_char, end=name_span.end_char, text=name, kind="person", name=name,
            country=country, sector=sector, token_ids=set(range(ws, e)), head=e - 1, evidence=evidence,
            roles=_roles(doc, ws, s, sent_start, appos),
        )
        if before:  # "The Russian ambassador to Seoul, Ivan Petrov, ...": the title is stated first
            role = _role_of(doc, *before)
            if role:
                m.roles.insert(0, role)
        mentions.append(m)
        used.update(range(ws, e))

    # 2. named organisations (media outlets, IGOs, ...) ------------------------------------------
    # A one-word "organisation" that is the surname of a person named in full before it is that
    # person ("Mher Grigoryan ... , Grigoryan said": the NER may call the bare surname an ORG).
    surnames = {p.name.split()[-1] for p in mentions if p.kind == "person" and len(p.name.split()) >= 2}
    for ent in ents:
        if ent.label_ not in ("ORG", "NORP") or any(i in used for i in range(ent.start, ent.end)):
            continue
        if len(ent) == 1 and _opening_crowd(doc, ent[0], dateline):
            continue  # (roles25) "LIMA - Demonstrators stormed ...": a crowd, taken as a group below
        if ent.label_ == "ORG" and len(ent) == 1 and ent.text in surnames and not lexicon.organisation(ent.text) \
                and any(p.end <= ent.start_char and p.name.split()[-1] == ent.text for p in mentions):
            sent_start = max(ent.sent.start, dateline)
            mentions.append(ActorMention(start=ent.start_char, end=ent.end_char, text=ent.text, kind="person",
                                         name=ent.text, token_ids={ent.start}, head=ent.start,
                                         roles=_roles(doc, _title_window(doc, ent.start, sent_start)[0], ent.start,
                                                      sent_start, _apposition(doc, ent.start))))
            used.add(ent.start)
            continue
        outlet = lexicon.media_outlet(ent.text)
        if outlet:
            canonical, iso3 = outlet
            mentions.append(ActorMention(
                start=ent.start_char, end=ent.end_char, text=ent.text, kind="organization",
                name=canonical, country=iso3, sector="MED", token_ids=set(range(ent.start, ent.end)),
                head=ent.root.i,
            ))
            used.update(range(ent.start, ent.end))
            continue
        if ent.label_ != "ORG":
            continue
        org = lexicon.organisation(ent.text)
        if org:
            canonical, sector, iso3 = org
        elif lexicon.country_of(ent.text):
            continue  # a country the NER called an organisation; step 4 takes it
        else:
            # An organisation we have no entry for is still an actor; its words may tell the
            # sector ("Defence Ministry"), a country word inside it the country.
            found = lexicon.find_countries(ent.text)
            canonical, sector, iso3 = ent.text, lexicon.sector_of(ent.text), (found[0][2] if found else None)
            if iso3 is None and sector in ("LEG", "GOV", "JUD"):
                # "Mauritania's National Assembly": a state body; not (yet) named armed forces
                # ("Iran's Revolutionary Guards"): the linker then files the event under the
                # country and a re-told "latest seizure" joins an older seizure (fifth probe)
                iso3 = _possessor_country(doc, ent.start, max(ent.sent.start, dateline))
        mentions.append(ActorMention(
            start=ent.start_char, end=ent.end_char, text=ent.text, kind="organization",
            name=canonical, country=iso3, sector=sector, token_ids=set(range(ent.start, ent.end)),
            head=ent.root.i,
        ))
        used.update(range(ent.start, ent.end))

    # A bare surname the NER left untagged, of a person named in full before it ("Aibek Toktogulov
    # ... Toktogulov, 34, had published"), is that person (resolved to the full name below).
    for tok in doc:
        if tok.i in used or tok.pos_ != "PROPN" or tok.ent_type_ or tok.text not in surnames \
                or tok.dep_ == "compound" or any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.children):
            continue
        if any(p.kind == "person" and p.end <= tok.idx and p.name.split()[-1] == tok.text for p in mentions):
            mentions.append(ActorMention(start=tok.idx, end=tok.idx + len(tok.text), text=tok.text, kind="person",
                                         name=tok.text, token_ids={tok.i}, head=tok.i))
            used.add(tok.i)

    # 3. groups: a sector noun with a country modifier ("the Russian government",
    #    "Moscow's embassy", "North Korean troops", "a Russian Minister") -------------------------
    for tok in doc:
        if tok.i in used or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        sector = noun_sector = lexicon.sector_of(tok.lower_) or lexicon.sector_of(tok.lemma_.lower())
        if not sector and _field_of_a_post(tok):
            continue  # (roles26) "the Korean fisheries attaché": a word of the post's phrase, the post is the party
        left = [c for c in tok.lefts if c.dep_ in ("amod", "compound", "poss", "nmod") and c.i >= dateline]
        # (roles26) a demonym hung on the post's field noun ("the Korean fisheries attaché") makes the post a group
        if not sector and not _demonym_of_field(left):
            # A noun with a demonym is a party of that country ("Iraqi Kurds", "Palestinian
            # prisoners", "British aircraft"), sector unknown.
            # (roles12) a capitalised demonym adjective the NER left untagged counts too
            # ("Burkinabe employees"; the lexicon knows the demonym)
            # (roles25) and a plural noun after an armed group's name is its men ("Boko Haram
            # recruits"; _armed_group_of)
            if not any(c.dep_ in ("amod", "compound") and lexicon.country_of(c.text)
                       and (c.ent_type_ == "NORP" or (c.dep_ == "amod" and c.tag_ == "JJ" and c.text[:1].isupper()))
                       for c in left) and not (tok.tag_ in ("NNS", "NNPS") and _armed_group_of(doc, left)):
                continue
        # (extract30) a group's phrase never spans a line break ("TIMELINE\nMarch 3 - Police") nor
        # takes in a list line's label ("March 5 - Students"; not "the April 6 Youth Movement", mend14b)
        line = label_end(doc, tok.i)
        left = [c for c in left if min(x.i for x in c.subtree) >= line and not time_modifier(c)]
        span_start = max(dateline, min([tok.i] + [min(x.i for x in c.subtree) for c in left]))
        phrase = doc[span_start:tok.i + 1]
        country = None
        for c in left:
            sub = doc[min(x.i for x in c.subtree):max(x.i for x in c.subtree) + 1]
            c_country, word = lexicon.country_of(sub.text), sub
            if c_country is None:
                found = lexicon.find_countries(sub.text)
                c_country = found[0][2] if found else None
                word = doc.char_span(found[0][0] + sub.start_char, found[0][1] + sub.start_char,
                                     alignment_mode="expand") if found else None
            if c_country and word is not None:
                # (extract41) "Spanish Town police": the place's country, not the demonym's
                other, place_country = _other_place_country(doc, word.start, word.end, c_country)
                c_country = place_country if other else c_country
            country = country or c_country
        if tok.tag_ in ("NNP", "NNPS") and any(
                _other_place_country(doc, c.i, c.i + 1, lexicon.country_of(c.text))[0] for c in left
                if c.i == tok.i - 1 and lexicon.country_of(c.text)):
            continue  # (extract41) "Spanish Town" itself: a place, no group of the demonym's country
        outlet = lexicon.media_outlet(phrase.text)
        if not country and not outlet and not _is_actor_noun(tok) and not _opening_crowd(doc, tok, dateline):
            continue
        # Full sector from the whole phrase ("Security Council" beats "Council").
        sector = lexicon.sector_of(phrase.text) or sector
        group_of = _armed_group_of(doc, left)
        if group_of:
            # (roles25) the named group's men ("Boko Haram gunmen", "Houthi fighters") are of its country;
            # its entry wins over the generic armed men of no name (UAF) or a noun of no sector
            country = country or group_of[2]
            if noun_sector in (None, "UAF"):
                sector = group_of[1]
        text = phrase.text
        if phrase[0].pos_ == "DET":
            phrase = phrase[1:]
            text = phrase.text
        group = ActorMention(
            start=phrase.start_char, end=phrase.end_char, text=text, kind="group",
            name=text, country=country, sector=sector,
            token_ids=set(range(phrase.start, phrase.end)), head=tok.i,
        )
        mentions.append(group)
        mentions.extend(_coordinated_nationalities(doc, group, left, sector))
        used.update(range(phrase.start, phrase.end))

    # 4. countries and capitals on their own ("Russia", "to Pyongyang") --------------------------
    text = doc.text  # Doc.text is rebuilt from the tokens on every access: take it once
    for start, end, iso3 in lexicon.find_countries(text):
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or any(i in used for i in range(span.start, span.end)):
            continue
        if _provenance(doc, span.start, span.end):
            continue  # "a French-built navy ship": where it was made, no party
        # A demonym modifying a noun is part of a group phrase, not a country actor.
        root = span.root
        if root.dep_ in ("amod",) and root.head.pos_ in ("NOUN", "PROPN") and root.tag_ == "JJ":
            continue
        if _names_a_place(root) and not _is_capital(span.text, iso3):
            continue  # "in the Kenya and Katuba districts": a place of that name, not the country
        if _other_place_country(doc, span.start, span.end, iso3)[0]:
            continue  # (extract41) "in Spanish Town", "the Jordan Valley": a longer place name, not the country
        mentions.append(ActorMention(
            start=start, end=end, text=text[start:end], kind="country",
            name=lexicon.country_name(iso3) or text[start:end], country=iso3, sector=None,
            token_ids=set(range(span.start, span.end)), head=root.i,
        ))
        used.update(range(span.start, span.end))

    mentions.sort(key=lambda m: m.start)
    _by_context(doc, mentions)
    _bodies_of_a_place(doc, mentions)
    _section_labels(doc, mentions)
    _dateline_police(doc, mentions, dateline)
    _definite_groups(doc, mentions)
    _resolve_people(doc, mentions, dictionary, on_date)
    _titles_to_people(doc, mentions)
    return mentions


@functools.lru_cache(maxsize=1)
def _city_police_data() -> dict:
    return lexicon.load_resource("city_police.yaml")


def _place_name(doc, tok) -> str:
    """The proper name a place token stands in: its entity's text, else the token with its
    proper-noun compounds ("Cape Town"), less a leading "the"."""
    if tok.ent_type_:
        ent = next((e for e in doc.ents if e.start <= tok.i < e.end), None)
        if ent is not None:
            return re.sub(r"^the\s+", "", ent.text, flags=re.I)
    left = tok.i
    while left > 0 and doc[left - 1].dep_ == "compound" and doc[left - 1].pos_ == "PROPN" \
            and doc[left - 1].head.i == tok.i:
        left -= 1
    return doc[left:tok.i + 1].text


def _bodies_of_a_place(doc, mentions: list[ActorMention]) -> None:
    """(roles13) A police force, court, judge or prosecutor with no country, named by a place --
    a proper-name modifier ("Kananga's police", "a Kisumu court") or an "in"/"at" phrase on the
    noun ("police in Quetzaltenango", not "arrested two men in Kisumu", where the place is the
    act's) -- takes the gazetteer's country of the place; not at the seat of an international
    court ("a court in Arusha"). A person or organisation mention of that place name alone is
    dropped (roles14). Resources: actors/city_police.yaml."""
    data = _city_police_data()
    nouns = {w.lower() for w in data.get("nouns", [])}
    preps = {w.lower() for w in data.get("prepositions", [])}
    seats = {lexicon.fold(w).lower() for w in data.get("international_seats", [])}
    gz = None
    misread: list[ActorMention] = []
    for m in mentions:
        if m.kind not in ("group", "organization") or m.country or m.head < 0:
            continue
        head = doc[m.head]
        if not (head.lower_ in nouns or head.lemma_.lower() in nouns
                or any(" " in w and m.text.lower().endswith(w) for w in nouns)):
            continue
        places = [c for c in head.lefts if c.dep_ in ("poss", "compound", "nmod") and c.pos_ == "PROPN"
                  and c.i in m.token_ids]
        places += [p for c in head.rights if c.dep_ == "prep" and c.lower_ in preps
                   for p in c.children if p.dep_ == "pobj" and p.pos_ == "PROPN"]
        for place in places:
            name = _place_name(doc, place)
            if lexicon.fold(name).lower() in seats:
                break
            if gz is None:
                gz = Gazetteer.default()
            loc = gz.lookup(name)
            if loc is not None and loc.country:
                m.country = loc.country
                m.evidence = m.evidence or name
                # (roles14) the place is no actor besides: a bare name the NER took for a person or
                # an organisation ("gendarmes in Kaolack" -- Kaolack no person) goes
                misread.extend(o for o in mentions if o.kind in ("person", "organization") and place.i in o.token_ids
                               and o.text == name and not (o.country or o.sector or o.roles))
                break
    for o in misread:
        if o in mentions:
            mentions.remove(o)


@functools.lru_cache(maxsize=1)
def _section_labels_data() -> dict:
    return lexicon.load_resource("section_labels.yaml")


@functools.lru_cache(maxsize=1)
def _section_label_re() -> re.Pattern:
    """A capitals label and its separator at the start of a line (section_labels.yaml separators)."""
    seps = "|".join(re.escape(s) for s in _section_labels_data().get("separators", []))
    return re.compile(r"(?m)^[ \t]*(?P<label>[A-Z][A-Z'’.]+(?: [A-Z][A-Z'’.]+){0,3})[ \t]*(?:%s)[ \t]" % seps)


def _section_labels(doc, mentions: list[ActorMention]) -> None:
    """(roles15) A round-up item opened by a country's name in capitals and a colon or dash, at the
    start of the text or of a line ("TONGA: ... The Ports Authority lifted its order"), gives that
    country to the state bodies with no country of their own in the item, which ends at its
    paragraph's end or the next label. A capital or a topic word is no such label.
    Resources: actors/section_labels.yaml."""
    sectors = set(_section_labels_data().get("sectors", []))
    text = doc.text
    found = list(_section_label_re().finditer(text))
    labels = []
    for m in found:
        iso3 = lexicon.country_of(m.group("label"))
        if iso3 and not _is_capital(m.group("label").title(), iso3) and not _is_capital(m.group("label"), iso3):
            labels.append((m.start(), m.end(), iso3))
    if not labels:
        return
    starts = [x.start() for x in found]  # any label ("TRADE:") ends the item before it
    for a, b, iso3 in labels:
        para = re.search(r"\n[ \t]*\n", text[b:])
        end = b + para.start() if para else len(text)
        end = min([end] + [s for s in starts if s > a])
        for m in mentions:
            if m.kind in ("group", "organization") and not m.country and m.sector in sectors and b <= m.start < end:
                m.country = iso3
                m.evidence = m.evidence or text[a:b].strip()


@functools.lru_cache(maxsize=1)
def _dateline_police_data() -> dict:
    return lexicon.load_resource("dateline_police.yaml")


@functools.lru_cache(maxsize=1)
def _crowd_nouns() -> frozenset[str]:
    """The crowd nouns of actors/dateline_police.yaml, lower-cased (read once, not per token)."""
    return frozenset(w.lower() for w in _dateline_police_data().get("crowd_nouns", []))


def _dateline_police(doc, mentions: list[ActorMention], dateline: int) -> None:
    """(roles12) Bare "police" / "security forces" with no country in an article whose dateline
    names a country or a city the gazetteer places ("ZACAPA, Guatemala (AP) -- Police arrested")
    take that country, unless the article names another country's police or security forces.
    (roles24) So do bare crowds ("protesters", "demonstrators"), unless it names another country's
    crowd. Resources: actors/dateline_police.yaml."""
    if dateline <= 0:
        return
    data = _dateline_police_data()
    # each list on its own: another country's police keep no crowd from the dateline's country (roles24)
    for key in ("nouns", "crowd_nouns"):
        _dateline_group(doc, mentions, dateline, [w.lower() for w in data.get(key, [])])


def _armed_group_of(doc, left) -> Optional[tuple]:
    """(roles25) The dictionary's armed group (sectors.yaml organisations of sector REB) that the
    words right before a noun name whole ("al-Shabaab" in "the al-Shabaab militants", "Boko Haram" in
    "suspected Boko Haram fighters"): (name, sector, iso3|None)."""
    mods = [c for c in left if c.dep_ in ("compound", "amod", "nmod")]
    if not mods:
        return None
    head = mods[0].head.i
    for k in range(min(x.i for c in mods for x in c.subtree), head):  # longest first
        org = lexicon.organisation(doc[k:head].text)
        if org and org[1] == "REB":
            return org
    return None


def _opening_crowd(doc, tok, dateline: int) -> bool:
    """(roles25) A crowd noun of `crowd_nouns` (actors/dateline_police.yaml) that opens a sentence or
    the text after a dateline, capitalised there and so tagged a proper noun ("KAMPALA (Reuters) -
    Protesters blocked ..."), is the common noun: a crowd. Not a word of a name or of a title-cased
    headline ("Protesters' Alliance won", "Demonstrators Storm Town Hall"): the word is no compound
    or possessor and the next word is not capitalised."""
    if tok.tag_ not in ("NNP", "NNPS") or not tok.text[:1].isupper() or tok.i < dateline:
        return False
    if tok.i != dateline and tok.i != tok.sent.start:
        return False
    if tok.lower_ not in _crowd_nouns():
        return False
    if tok.dep_ in ("compound", "poss", "nmod") or any(c.dep_ in ("compound", "poss", "case") and c.i >= dateline for c in tok.children):
        return False
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return nxt is None or not nxt.text[:1].isupper()


def _dateline_group(doc, mentions: list[ActorMention], dateline: int, words: list[str]) -> None:
    if not words:
        return

    def is_police(m) -> bool:
        return m.kind == "group" and m.head >= 0 and (
            doc[m.head].lower_ in words or doc[m.head].lemma_.lower() in words
            or any(m.text.lower().endswith(w) for w in words if " " in w))

    head = doc[:dateline].text
    found = lexicon.find_countries(head)
    country = found[0][2] if found else None
    if country is None:
        m0 = _DATELINE.match(doc.text[:200])
        if m0 is None:
            return
        loc = Gazetteer.default().lookup(m0.group("place").title())
        country = loc.country if loc is not None and loc.country else None
        # a city alone is where the report was filed; it tells the police's country only when
        # the story's first country is the city's ("DUBAI - Iran summoned ...": no)
        first = next((m.country for m in mentions if m.country and m.start >= doc[dateline].idx), None)
        if first is not None and first != country:
            return
    if country is None:
        return
    if any(is_police(m) and m.country and m.country != country for m in mentions):
        return
    for m in mentions:
        if is_police(m) and not m.country and m.start >= doc[dateline].idx:
            m.country = country
            m.evidence = m.evidence or doc[:dateline].text.strip()


def _is_post(tok) -> bool:
    """A noun of a post or office: one of a sector, an actor noun, or a post held abroad
    (places.yaml posts: "attaché", "envoy")."""
    return tok.pos_ == "NOUN" and bool(
        lexicon.sector_of(tok.lower_) or lexicon.sector_of(tok.lemma_.lower()) or _is_actor_noun(tok)
        or {tok.lower_, tok.lemma_.lower()} & _places()["posts"])


def _field_of_a_post(tok) -> bool:
    """(roles26) A noun of no sector that is the compound modifier of the post after it, the field
    of the post ("fisheries" in "the Korean fisheries attaché", "trade" in "a Turkish trade envoy"):
    the parser may hang the phrase's demonym and determiner on it, but the post is the head."""
    head = tok.head
    return tok.dep_ == "compound" and tok.pos_ == "NOUN" and head.i > tok.i and _is_post(head)


def _demonym_of_field(left) -> bool:
    """(roles26) A demonym hung on the field noun of a post ("Korean" under "fisheries" in "the Korean
    fisheries attaché"): it says whose the post is."""
    return any(_field_of_a_post(c) and any(g.dep_ == "amod" and g.ent_type_ == "NORP" for g in c.lefts)
               for c in left)


def _definite_groups(doc, mentions: list[ActorMention]) -> None:
    """(roles4) A bare definite group noun with no country ("the army", "the police") said after
    that noun with a country in the same article ("Burkina Faso's army ... The army confirmed") is
    that group: it takes its name, country and sector, the antecedent's text kept as evidence.
    Not when the earlier ones name two countries ("Mali's army and Niger's army ... the army"),
    nor for a noun with a phrase of its own ("the army of Niger")."""
    for m in mentions:
        if m.kind != "group" or m.country or m.head < 0 or len(m.token_ids) != 1:
            continue
        tok = doc[m.head]
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) or \
                any(c.dep_ in ("prep", "poss", "compound", "amod", "nmod", "appos") for c in tok.children):
            continue
        before = [e for e in mentions if e.kind == "group" and e.country and e.end <= m.start and e.head >= 0
                  and doc[e.head].lemma_.lower() == tok.lemma_.lower()]
        # the countries of coordinated demonyms count too ("Armenian and Azerbaijani officials")
        countries = {e.country for e in before} | {c.country for e in before for c in e.coordinated}
        if not before or len(countries) != 1:
            continue
        ante = before[-1]
        m.name, m.country, m.sector, m.evidence = ante.name, ante.country, ante.sector or m.sector, ante.text


def _coordinated_nationalities(doc, group: ActorMention, left, sector) -> list[ActorMention]:
    """"Armenian and Azerbaijani officials": a group noun with coordinated demonyms of different
    countries is a group of each. ``group`` (the whole phrase) becomes the first country's
    ("Armenian officials"); the returned mentions are the others' ("Azerbaijani officials", from the
    demonym to the noun), listed in ``group.coordinated`` so that a role filled by the phrase is
    filled by all of them."""
    head = doc[group.head]
    for c in left:
        if c.dep_ not in ("amod", "compound"):
            continue
        first = lexicon.country_of(c.text)
        conjs = [x for x in c.subtree if x.dep_ == "conj" and x.i < head.i and lexicon.country_of(x.text)]
        if not first or not conjs or any(lexicon.country_of(x.text) == first for x in conjs):
            continue
        tail = {x.i for x in doc[c.i + 1:conjs[-1].i + 1]}
        group.country = first
        group.name = " ".join(t.text for t in doc[min(group.token_ids):head.i + 1]
                              if t.i not in tail and not (t.i == min(group.token_ids) and t.pos_ == "DET"))
        out = []
        for x in conjs:
            span = doc[x.i:head.i + 1]
            out.append(ActorMention(start=span.start_char, end=span.end_char, text=span.text, kind="group",
                                    name=f"{x.text} {head.text}", country=lexicon.country_of(x.text),
                                    sector=sector, token_ids={x.i}, head=x.i))
        group.coordinated = out
        return out
    return []


def _norm_title(text: str) -> str:
    words = [w for w in re.split(r"\s+", text.replace("’", "'")) if w.lower() not in ("the", "a", "an")]
    return " ".join(words).lower().removesuffix("'s").strip()


def _titles_to_people(doc, mentions: list[ActorMention]) -> None:
    """A title used alone after the person was named is that person ("the Russian President"
    after "Russian President Vladimir Putin"); ambiguous titles stay groups."""
    titles: dict[str, set[str]] = {}
    people = {}
    for m in mentions:
        if m.kind == "person" and m.evidence:
            key = _norm_title(m.evidence)
            titles.setdefault(key, set()).add(m.name)
            people[m.name] = m
    for m in mentions:
        if m.kind != "group":
            continue
        names = titles.get(_norm_title(m.text))
        if names and len(names) == 1:
            person = people[next(iter(names))]
            if person.start < m.start:
                m.kind, m.name = "person", person.name
                m.country, m.sector = person.country or m.country, person.sector or m.sector


# Sector nouns that name an actor even without a country ("rebels", "the police",
# "protesters", and (roles14) one member of a force: "a policeman"); a lone title word
# ("minister", "leader") does not.
def _is_actor_noun(tok) -> bool:
    return tok.tag_ in ("NNS", "NNPS") or tok.lemma_.lower() in _COLLECTIVE \
        or lexicon.is_singular_actor(tok.lemma_) or lexicon.is_singular_actor(tok.lower_)


_COLLECTIVE = {"police", "government", "army", "military", "navy", "parliament", "opposition",
               "junta", "regime", "cabinet", "administration", "court", "congress", "senate", "militia"}


def _surname_keys(name: str) -> set[str]:
    parts = [p for p in re.split(r"[\s]+", name) if p]
    keys = {name}
    if len(parts) >= 2:
        keys.add(parts[-1])  # Western order: "Andrey Rudenko" -> "Rudenko"
        keys.add(parts[0])  # East Asian order: "Kim Jong-un" -> "Kim"
    return keys


def _resolve_people(doc, mentions: list[ActorMention], dictionary, on_date) -> None:
    people = [m for m in mentions if m.kind == "person"]
    # Dictionary entries fill what the text did not say.
    if dictionary is not None:
        for m in people:
            entry = dictionary.lookup(m.name, on_date)
            if entry:
                m.name = entry.name
                m.country = m.country or entry.country
                m.sector = m.sector or entry.sector

    # Short names take the identity of an earlier (else later) fuller mention; when several
    # match ("Kim" = "Kim Jong-un" or "Kim Jong-gyu"), the most mentioned one wins.
    full = [m for m in people if len(m.name.split()) >= 2]
    counts: dict[str, int] = {}
    for m in people:
        counts[m.name] = counts.get(m.name, 0) + 1
    # Indexes instead of nested scans, so that long texts with many names stay linear: per key,
    # the earliest mention of each full name (the one the max below would pick for that name).
    first_by_key: dict[str, dict[str, ActorMention]] = {}
    for f in full:
        for key in _surname_keys(f.name):
            firsts = first_by_key.setdefault(key, {})
            if f.name not in firsts or f.start < firsts[f.name].start:
                firsts[f.name] = f
    for m in people:
        if len(m.name.split()) >= 2:
            continue
        firsts = first_by_key.get(m.name)
        if not firsts:
            continue
        candidates = list(firsts.values())
        before = [f for f in candidates if f.start < m.start] or candidates
        best = max(before, key=lambda f: (sum(counts.get(k, 0) for k in _surname_keys(f.name)), -f.start))
        counts[m.name] -= 1  # keep the counts those of the current names, as they change
        counts[best.name] = counts.get(best.name, 0) + 1
        m.name = best.name
        m.country = m.country or best.country
        m.sector = m.sector or best.sector
    # Names resolved above may now share a canonical name; let the fullest data flow to all.
    by_name: dict[str, list[ActorMention]] = {}
    for m in people:
        by_name.setdefault(m.name, []).append(m)
    for group in by_name.values():
        country = next((g.country for g in group if g.country), None)
        sector = next((g.sector for g in group if g.sector), None)
        for g in group:
            g.country = g.country or country
            g.sector = g.sector or sector

    # Officials with a title but no country: the coordinated neighbour, else the nearest
    # country named in the sentence -- decided once per person, on its fullest mention.
    for idx, m in enumerate(people):
        if m.country or not m.sector or any(g.country for g in by_name[m.name]):
            continue
        if m is not by_name[m.name][0]:
            continue
        prev = people[idx - 1] if idx else None
        first_tok = min(m.token_ids)
        # Only a directly coordinated neighbour: "<prev name> and <title> <name>".
        if (prev and prev.country and prev.head == first_tok - 2
                and doc[first_tok - 1].lower_ in ("and", ",")):
            m.country = prev.country
            continue
        sent = doc[m.head].sent
        acted_on = _acted_on(doc, m.head) | _done_to_person(doc, m.head) | _other_sides(doc, m.head)
        partner = _partner_countries(doc, m, mentions)
        best = None
        for c in mentions:
            if c is m or not c.country or c.kind == "person" or c.sector == "MED":
                continue  # a news outlet's country ("told Reuters") is not the official's
            if c.country in partner:
                continue  # (roles24) the other side's
            if c.start < sent.start_char or c.end > sent.end_char or c.head in acted_on:
                continue
            if c.kind == "country" and _place_visited(doc, c.head, m.head):
                continue
            dist = min(abs(c.start - m.end), abs(m.start - c.end))
            if best is None or dist < best[0]:
                best = (dist, c.country)
        if best:
            m.country = best[1]
        elif partner:
            m.country = _lead_country(doc, mentions, partner)
    for group in by_name.values():
        country = next((g.country for g in group if g.country), None)
        for g in group:
            g.country = g.country or country


def _partner_countries(doc, m: ActorMention, mentions: list[ActorMention]) -> set[str]:
    """(roles24) The countries of the officials coordinated with ``m`` that name a country of their
    own ("Trade Minister Rolo Tavi and India's commerce minister signed"): a bare title beside a
    country's official is the other side of the pair, not that country's."""
    head = doc[m.head]
    sides = {c.i for c in head.conjuncts}
    return {c.country for c in mentions if c is not m and c.country and c.head in sides
            and c.kind in ("person", "group") and any(t.dep_ == "poss" or lexicon.country_of(t.text)
                                                      for t in doc[c.head].children)}


def _lead_country(doc, mentions: list[ActorMention], partner: set[str]) -> Optional[str]:
    """(roles24) The other side of a pair: the one country the main clause of the article's first
    sentence naming a country names beside the partner's ("Vanuatu signed a trade deal with India,
    drawing criticism from China": Vanuatu; a clause hung on it -- a participle, a relative -- tells
    of others), when it names just one."""
    first = next((c for c in mentions if c.kind == "country" and c.head >= 0), None)
    if first is None:
        return None
    sent = doc[first.head].sent

    def main_clause(t) -> bool:
        while t.i != sent.root.i and t.head.i != t.i:
            if t.dep_ in ("advcl", "acl", "relcl", "parataxis", "ccomp"):
                return False
            t = t.head
        return True

    named = {c.country for c in mentions if c.kind == "country" and c.country and c.head >= 0
             and sent.start <= c.head < sent.end and main_clause(doc[c.head])}
    others = named - partner
    return next(iter(others)) if len(others) == 1 and partner & named else None


# A titled official with no country of their own in the text takes the nearest country of the
# sentence, but not one they act on or speak of ("signed treaties to annex four Ukrainian
# regions, a move the United States condemned", "threatened further action against Russia"):
# the place where they act may name their country ("extended the curfew in Abidjan"), and so may a
# clause with a subject of its own ("said Vietnam is committed to ..."); a place of a journey or a
# meeting does not (_place_visited: "arrived in Minsk", "met officials in Beijing").
_LOCATIVE_PREPS = {"in", "at", "inside", "across", "throughout", "around", "near", "within"}


@functools.lru_cache(maxsize=1)
def _places() -> dict:
    """places.yaml: the words that make a country mention a place visited, not a nationality."""
    doc = lexicon.load_resource("places.yaml")
    return {k: frozenset(v) for k, v in doc.items() if isinstance(v, list) and k != "examples"}


def _place_visited(doc, head_i: int, person_i: int) -> bool:
    """Whether the country mention headed at ``head_i`` is where the person headed at
    ``person_i`` goes, comes from, visits or meets ("arrived in Minsk", "on a visit to Nairobi",
    "held talks in Beijing", "visited Kenya"), where they hold a post ("ambassador to Seoul") or
    are received as a guest ("received Arkhipov in Minsk"): no source of their nationality (see
    places.yaml). Another's journey says nothing of theirs: the host met by a visitor ("visited
    Vietnam, when he met Prime Minister Pham Minh Chinh") keeps the place."""
    p = _places()
    tok = doc[head_i]
    while tok.dep_ in ("conj", "appos") and tok.head.i != tok.i:  # "visited Kenya and Uganda"
        tok = tok.head
    person = doc[person_i]
    while person.dep_ in ("compound", "appos", "conj", "flat") and person.head.i != person.i:
        person = person.head  # "Wray and Rosenstein will meet": the subject is the first conjunct

    def is_word(g, key) -> bool:
        return g.lemma_.lower() in p[key] or g.lower_ in p[key]

    def people(x) -> bool:  # a noun phrase naming people ("business leaders", "his counterpart", "Lavrov")
        return (x.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or x.pos_ == "PRON" or is_word(x, "met_people")
                or bool(lexicon.sector_of(x.text)))

    def moving(g) -> bool:  # a motion or meeting word, or a light verb with one as its object
        if is_word(g, "motion"):
            return True
        if is_word(g, "meeting"):  # meeting people, not "to meet security challenges"
            return all(people(c) for c in g.children if c.dep_ == "dobj")
        return is_word(g, "light") and any(c.dep_ == "dobj" and (is_word(c, "motion") or is_word(c, "meeting"))
                                           for c in g.children)

    def own(g) -> bool:
        """Whether ``g`` is the person's own: they are its subject, possessor or "by" agent, or
        it hangs on their name ("Omar Ali, on a visit to Nairobi,"), up through the phrases and
        verbs that share the subject ("had been due to travel to Athens", "held talks")."""
        t = g
        for _ in range(8):
            if t.i == person.i:
                return True
            for c in t.children:
                if c.i == person.i and c.dep_ in ("nsubj", "nsubjpass", "poss"):
                    return True
                if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by"):
                    if any(x.i == person.i for x in c.children):
                        return True
                if c.dep_ in ("nsubj", "nsubjpass") and c.i != person.i:
                    return False  # someone else's act
            if t.dep_ not in ("pobj", "prep", "dobj", "xcomp", "acomp", "advcl", "conj", "appos") or t.head.i == t.i:
                return False
            t = t.head
        return False

    def hosted(g) -> bool:  # a meeting with visitors is held at home ("met the visiting delegation")
        v = g if g.pos_ in ("VERB", "AUX") else g.head
        return any(is_word(x, "host_cues")
                   for c in v.children if c.dep_ not in ("nsubj", "nsubjpass", "prep") for x in c.subtree)

    if tok.dep_ == "dobj" and is_word(tok.head, "visits"):
        return own(tok.head)
    if tok.dep_ != "pobj" or tok.head.lower_ not in p["prepositions"]:
        return False
    gov = tok.head.head
    if is_word(gov, "posts") and tok.head.lower_ in ("to", "in", "at"):
        return own(gov)  # "Ivan Petrov, ambassador to Seoul": where the post is
    for g in (gov, gov.head if gov.dep_ in ("dobj", "pobj", "attr") and gov.pos_ in ("NOUN", "PROPN") else None):
        if g is None:
            continue
        if moving(g):  # a meeting (not a journey) with visitors is held at home
            return own(g) and (is_word(g, "motion") or not hosted(g))
        if is_word(g, "hosting"):  # the guest's place, not the host's
            return person.head.i == g.i and person.dep_ in ("dobj", "nsubjpass")
    return False


def _acted_on(doc, head_i: int) -> set[int]:
    """Token indexes of what the person at ``head_i`` acts on: the dependents of the verb whose
    subject the person is, less its place phrases and the clauses with a subject of their own."""
    tok = doc[head_i]
    while tok.dep_ in ("compound", "appos", "conj", "flat") and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.pos_ not in ("VERB", "AUX"):
        return set()
    out: set[int] = set()
    stack = [c for c in tok.head.children if c.i != tok.i]
    while stack:
        c = stack.pop()
        if c.dep_ == "prep" and c.lower_ in _LOCATIVE_PREPS:
            continue
        if c.dep_ in ("ccomp", "advcl", "parataxis") and any(x.dep_ in ("nsubj", "nsubjpass") for x in c.children):
            continue
        out.add(c.i)
        stack.extend(c.children)
    return out


def _done_to_person(doc, head_i: int) -> set[int]:
    """(roles17) Token indexes of the passive clauses said of the person at ``head_i`` or of the
    noun in apposition to it ("Levan Okruashvili, a farmer detained by Russian guards"): the "by"
    agent there did something to the person and gives the person no country."""
    tok = doc[head_i]
    heads = [tok] + [c for c in tok.children if c.dep_ == "appos"]
    return {x.i for h in heads for c in h.children if _done_to_clause(c) for x in c.subtree}


@functools.lru_cache(maxsize=1)
def _side_prepositions() -> frozenset:
    """events/parties.yaml between_parties.prepositions: "between", "among"."""
    return frozenset(parties_file()["between_parties"]["prepositions"])


def _other_sides(doc, head_i: int) -> set[int]:
    """(roles17) Token indexes of the other sides when the person is one side of "between ... and
    ..." ("talks between Foreign Minister Kamal Perera and the Chinese ambassador"): the other side
    is the person's counterpart, whose country is not the person's."""
    tok = doc[head_i]
    while tok.dep_ in ("compound", "flat", "appos") and tok.head.i != tok.i:
        tok = tok.head
    side = tok
    while side.dep_ == "conj" and side.head.i != side.i:
        side = side.head
    if side.dep_ != "pobj" or side.head.lower_ not in _side_prepositions():
        return set()
    own = {x.i for x in tok.subtree} - {x.i for c in tok.children if c.dep_ == "conj" for x in c.subtree}
    return {x.i for x in side.subtree} - own


def build_actors(mentions: list[ActorMention]) -> list[Actor]:
    """Canonical actors of one article, one per (name, country, sector); ids a1, a2, ..."""
    actors: dict[tuple, Actor] = {}
    for m in mentions:
        key = (m.name, m.country, m.sector) if m.kind != "country" else (m.name, m.country, None)
        actor = actors.get(key)
        if actor is None:
            actor = Actor(id=f"a{len(actors) + 1}", name=m.name, country=m.country, sector=m.sector,
                          kind=m.kind)  # type: ignore[arg-type]
            actors[key] = actor
        actor.mentions.append(Span(text=m.text, start=m.start, end=m.end))
        m.actor_id = actor.id
        for r in m.roles:
            _add_role(actor, r, m)
    return list(actors.values())


def _add_role(actor: Actor, r: RoleMention, m: ActorMention) -> None:
    """One ActorRole per (title, country, qualifier) of the actor, with every span stating it."""
    country = r.country or m.country
    span = Span(text=r.text, start=r.start, end=r.end)
    for have in actor.roles:
        if (have.title.casefold(), have.country, have.qualifier) == (r.title.casefold(), country, r.qualifier):
            if span not in have.mentions:
                have.mentions.append(span)
            return
    actor.roles.append(ActorRole(title=r.title, text=r.text, country=country, sector=r.sector,
                                 former=r.qualifier == "former", qualifier=r.qualifier,  # type: ignore[arg-type]
                                 mentions=[span]))


_PRONOUN_SENTENCES = 2  # how many sentences before its own a pronoun's antecedent may be


def resolve_pronoun(doc, tok, index: ActorIndex) -> Optional[ActorMention]:
    """he/she -> the nearest person mentioned before it, in this sentence or the two before ("Beridze
    was detained. Police used water cannon. The ministry said he would be charged")."""
    if tok.lower_ not in PRONOUNS:
        return None
    first = tok.sent.start
    for _ in range(_PRONOUN_SENTENCES):  # the sentences before (found directly: scanning doc.sents is quadratic)
        if first > 0:
            first = doc[first - 1].sent.start
    limit = doc[first].idx
    if tok.lower_ in _OBJECT_PRONOUNS:
        official = _official_before(tok, index)
        if official is not None:
            return official
    people = _people_by_start(index)
    if people is not None:  # mentions in text order: a bisect instead of a scan per pronoun
        i = bisect.bisect_left(people[0], tok.idx) - 1
        return people[1][i] if i >= 0 and people[0][i] >= limit else None
    best = None
    for m in index.mentions:
        if m.kind == "person" and limit <= m.start < tok.idx:
            best = m
    return best


_OBJECT_PRONOUNS = {"him", "her"}


def _official_before(tok, index: ActorIndex) -> Optional[ActorMention]:
    """An object "him"/"her" after an unnamed official of the same sentence, with no person named
    between them, is that official ("summoned the Turkish ambassador and handed him a protest
    note"): a group headed by a singular title word ("ambassador", "envoy", "minister")."""
    if tok.dep_ not in ("dobj", "dative", "pobj"):
        return None
    sent = tok.sent
    verb = tok.head.head if tok.dep_ == "pobj" else tok.head
    subjects = {c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")}  # "the envoy thanked him": another
    best = None
    for m in index.mentions:
        if not (sent.start_char <= m.start and m.end <= tok.idx):
            continue
        if m.kind == "person":
            best = None if best is None or best.start < m.start else best
            continue
        if m.kind != "group" or m.head < 0 or m.head in subjects:
            continue
        head = tok.doc[m.head]
        if head.tag_ == "NN" and lexicon.sector_of(head.lower_) and any(
                v[1] == "title" for _, _, v, _ in lexicon._sectors().matcher.find(head.lower_)):
            if best is None or m.start > best.start:
                best = m
    if best is not None and any(m.kind == "person" and best.end <= m.start < tok.idx for m in index.mentions):
        return None
    return best


def _people_by_start(index: ActorIndex) -> Optional[tuple[list[int], list[ActorMention]]]:
    """(starts, person mentions) of ``index`` when its mentions are in text order (as
    :func:`find_actor_mentions` returns them), else None; computed once per index."""
    cached = getattr(index, "_people_by_start", False)
    if cached is False:
        people = [m for m in index.mentions if m.kind == "person"]
        starts = [m.start for m in people]
        cached = (starts, people) if all(a <= b for a, b in zip(starts, starts[1:])) else None
        index._people_by_start = cached  # type: ignore[attr-defined]
    return cached
