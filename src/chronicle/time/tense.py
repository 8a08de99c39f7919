"""Tense of the clause a temporal expression sits in: "past", "future" or "present".

With a spaCy ``Doc`` the verb governing the expression decides; without one (or when the parse
gives nothing) a cheap regex cue over the same sentence does."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache
from pathlib import Path
from typing import Optional

import yaml

from chronicle.time.rules import expand, load_ruleset

LEXICON_FILE = Path(__file__).resolve().parent.parent / "resources" / "time" / "tense.yaml"


@lru_cache(maxsize=None)
def lexicon() -> dict[str, dict]:
    """The groups of resources/time/tense.yaml by name (read once): each a mapping with `words`
    (plain words) or `patterns` (regex forms), `why` and `examples`."""
    with open(LEXICON_FILE, encoding="utf-8") as fh:
        groups = yaml.safe_load(fh)["groups"]
    for name, group in groups.items():
        if ("words" in group) == ("patterns" in group) or not (group.get("words") or group.get("patterns")):
            raise ValueError(f"{LEXICON_FILE.name}: group {name} needs either `words` or `patterns`")
        for e in group.get("words") or group.get("patterns"):
            if not isinstance(e, str):  # a bare on/no/yes read as a boolean
                raise ValueError(f"{LEXICON_FILE.name}: group {name}: {e!r} is no string; quote it")
    return groups


def _words(name: str) -> tuple[str, ...]:
    """A group's plain words, in the file's order."""
    return tuple(lexicon()[name]["words"])


def _alt(name: str) -> str:
    """A group as the body of a regex alternation, in the file's order (where a regex tries its
    alternatives in turn, the order matters): plain words escaped, a space in one matching any run
    of whitespace ("take place" is take\\s+place); regex forms as written."""
    group = lexicon()[name]
    if "patterns" in group:
        return "|".join(group["patterns"])
    return "|".join(r"\s+".join(re.escape(w) for w in e.split()) for e in group["words"])


# The word lists live in tense.yaml; the regex grammar around them stays here. Still in code: short
# lists written as regex with optional endings or tied to one pattern's grammar (the abbreviations
# of _ABBREV, _DIRECTIVE_VERBS, _PLAN_PAST, the verbs and nouns of _RELEASED_AT and _PAST_POSITION,
# the want/hope/vow verbs and determiners inside _FUTURE, the age words of "turns", the adverbs of
# _HAD_INTENDED and _HAD_PLANNED_FOR, the inline lemma sets of _verb_tense).
# Irregular simple pasts formed with a prefix, which are neither a base form nor a participle
# ("rebels retook the town", "the army withdrew", "the mayor underwent surgery"): past as "took",
# "drew", "went" are; the parser tags some of them as presents (VBP) or base forms (VB).
_PREFIXED_PAST = _alt("prefixed_past")
_PREFIXED_PAST_WORDS = frozenset(_PREFIXED_PAST.split("|"))
# ... and those that are a past participle too ("the bridge was rebuilt"): read as a narrated
# past only before a month in a clause with no auxiliary or modal (narrated_past)
_PREFIXED_PAST_OR_PP = _alt("prefixed_past_or_pp")
_PREFIXED_PAST_OR_PP_WORDS = frozenset(_PREFIXED_PAST_OR_PP.split("|"))
_SENT_BREAK = re.compile(r"(?<=[.!?])[\"'”’)]*\s+(?=[\"'“‘(]?[A-Z0-9])|\n\s*\n|\n(?=\s*[A-Z\"“])")
# Irregular past participles not ending in -ed/-en/-wn/-ne/-t: "will be held", "would be made".
_IRREGULAR_PP = "(?:" + _alt("irregular_pp") + ")"
# A timetabled event in the simple present is to come ("the new term begins in October", "talks
# resume on Monday"; news tells past events in the past tense). Verb forms only: no "starts"
# ("housing starts"), "leaves" or "returns".
_SCHEDULED_TAKE_ALT = _alt("scheduled_take_objects")
_SCHEDULED_PLURAL = (_alt("scheduled_plural_verbs") + r"|take\s+(?:" + _SCHEDULED_TAKE_ALT + r")|kick\s+off|"
                     r"get\s+under\s*way")
_SCHEDULED_PRESENT = (
    _alt("scheduled_present_verbs") + r"|"
    r"goes\s+on\s+sale|go\s+on\s+sale|wraps\s+up|"
    # a run through a date told in the present reaches ahead ("the festival runs through May 26")
    r"(?:runs|lasts|continues)\s+(?:through|until|till)|"
    r"takes\s+(?:" + _SCHEDULED_TAKE_ALT + r")|kicks\s+off|gets\s+under\s*way|"
    # facing what is ahead: "Merkel faces elections in September", "he faces trial in June"
    r"faces|"
    # a fixture: "Chelsea host Hull on Sunday", "Leeds hosts Derby on Saturday" (not "the hosts")
    r"hosts|"
    # a sitting: "the court meets again on Wednesday", "the congress meets in March" (as "meet" in
    # the parse's _SCHEDULED below; not "meets the criteria")
    r"meets(?=\s+(?:again|on|in|at|next|for|this|to|later|early|from|until|through)\b)|"
    # an age reached in the simple present is a birthday to come ("Mandela turns 95 on 18 July",
    # "the queen turns 90 in April"; "turned 95" is past by its -ed)
    r"turns\s+(?:1[01][0-9]|[1-9][0-9]?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-[a-z]+)?)"
    r"(?=\s+(?:on|in|next|this|later|early|late|at)\b)|" + _SCHEDULED_PLURAL
)
# A habitual adverb makes a timetabled simple present a habit, no event to come: "where picking
# usually ends by mid-September" (the story's September, not the next one); checked in _cue_kind.
_HABITUAL = set(_words("habitual_adverbs"))
_SCHEDULED_PRESENT_RE = re.compile(rf"(?:{_SCHEDULED_PRESENT})$", re.IGNORECASE)
# the plural forms after "to" are an infinitive ("scheduled to expire at midnight Friday"), and
# "housing starts" a noun: no cue (checked on a match, see _cue_kind)
_SCHEDULED_PLURAL_RE = re.compile(rf"(?:{_SCHEDULED_PLURAL})$", re.IGNORECASE)
_FUTURE = (
    # (a participle: not a word that only looks like one, "believed to be about $4 million", "to be
    # at work", "to be out")
    r"(?:will|shall|'ll|to|should|may|might)\s+(?:not\s+|also\s+|soon\s+)?be\s+(?:(?!(?:" + _alt("participle_lookalikes") + r")\b)[a-z]+(?:ed|en|wn|ne|t)|" + _IRREGULAR_PP + r")|"
    # a forecast after a modal of possibility: an event, a change ("the rally could stall in the second
    # quarter"), a level ("sales could rise in the fourth quarter"), the weather ("the storm could make
    # landfall late Saturday")
    r"(?:may|might|could)\s+(?:also\s+|soon\s+|even\s+)?(?!be\b|have\b|not\b|never\b)(?:" + _alt("modal_forecast_verbs") + r")\b|"
    # "should" with a verb is a forecast or a duty, ahead either way ("a cold front should bring
    # thunderstorms on Saturday"; "should have", "should not" left out), and a weather outlook's
    # "likely" before a span ("temperatures near 100 degrees likely through the weekend")
    r"should\s+(?:also\s+|soon\s+|still\s+)?(?!be\b|have\b|not\b|never\b)[a-z]+\b|"
    # "should be" with a word of a state to be reached is a forecast too ("by the autumn the line
    # should be open"); other "should be" are left (a duty, a noun phrase)
    r"should\s+(?:also\s+|soon\s+|still\s+)?be\s+(?:" + _alt("should_be_states") + r")\b|"
    r"likely(?=\s+(?:through|until|till|into|by|over|later)\b)|"
    # reported speech's future with a place or an activity to be in ("said 10,000 officers would be
    # on duty on Tuesday"), as with a verb; and with a participle in -en/-wn/-ne ("said the old span
    # would be taken down by October"), which no "-ed" past cue (_cue_kind) catches
    r"would\s+(?:not\s+|also\s+)?be\s+(?:[a-z]{2,}ing|(?!(?:" + _alt("participle_lookalikes") + r")\b)[a-z]+(?:en|wn|ne)\b|"
    + _IRREGULAR_PP + r"|(?:" + _alt("would_be_prepositions") + r")\b)|"
    # a deadline of what may be done ("the deal could be signed by June"); "could be" with a
    # participle and no "by" is left: a past ability too ("the smoke could be seen on Monday")
    r"could\s+(?:also\s+|still\s+|soon\s+)?be\s+(?:(?!(?:" + _alt("participle_lookalikes") + r")\b)[a-z]+(?:ed|en|wn|ne|t)|" + _IRREGULAR_PP + r")(?=\s+by\s)|"
    r"will|shall|won't|'ll|going\s+to|plans?\s+to|planning\s+to|planned\s+for|"
    # a preparation for a thing to come, told in the past too ("were preparing to spend New Year's
    # Eve on the ice", "crews were getting ready to reopen the road on Friday")
    r"(?:prepar(?:es?|ing)|(?:gets?|getting)\s+ready)\s+to|"
    r"(?:is|are|was|were)\s+(?:expected|scheduled|due|set|slated)|expects?|expected\s+to|"
    # a past expectation of a thing to come ("forecasters expected the snow to taper off by Saturday
    # evening", "said it expected the first results by Tuesday morning"; not "had expected", "as expected"),
    # and a participle before the time it is expected at ("more storms could strike, with severe
    # weather expected on Wednesday afternoon")
    r"(?<!\bhad\s)(?<!\bas\s)(?<!\bthan\s)(?<!\bbeen\s)expected(?=\s+(?:the|a|an|its|his|her|their|little|no|more|further|few|several|some|another|on|by)\s)|anticipates?|forecasts?|predicts?|intends?\s+to|"
    r"aims?\s+to|(?:wants?|hopes?|seeks?|vows?|promises?|threatens?|pledges?)\s+to|to\s+be\s+held|upcoming|next\s+(?:week|month|year)|"
    + _SCHEDULED_PRESENT + r"|as\s+soon\s+as|planned\s+to|plans\s+(?:a|an)|has\s+scheduled|have\s+scheduled|due\s+to|is\s+to|are\s+to|"
    # a plan told in the past ("Kerry was to hold talks with Netanyahu on Saturday")
    r"(?:was|were)\s+to\s+(?!blame\b)(?=[a-z]+\b)|to\s+resume|to\s+begin|to\s+start"
)
_PAST = (
    _alt("past_cue_words") + "|" + _alt("irregular_pasts") + "|"
    + _PREFIXED_PAST + "|" + _PREFIXED_PAST_OR_PP + "|"
    r"(?:has|have)\s+(?:not\s+|already\s+|also\s+)?[a-z]+(?:ed|en|wn|ne|t)|"
    # a lower-case word in -ed ("United States", "Ahmed" are names; "need", "speed", "hundred" no verbs;
    # "compared with" a preposition: "shoppers have 26 days before Christmas, compared with 32 in 2012")
    r"(?-i:(?!hundred\b)(?!compared\s+(?:with|to)\b)[a-z]{2,}(?<![^r]e)ed)"
)
# a contracted "is" after a pronoun ("It's two months without pay, right before Christmas,\" he said":
# the quote's own present, not the reporting verb's past; not "it's been", "it's gone", "it's fallen",
# present perfects: "'s" before an irregular past participle that is no adjective -- not an "-ed"
# word, mostly a present passive ("it's closed on Monday"), nor any "-en" / "-ne" word, which takes
# in numbers and adjectives ("it's seven weeks", "it's one month", "it's open")), and "'re"
_PRESENT = (_alt("present_cues") + r"|"
            r"(?:(?<=\bit)|(?<=\bthat)|(?<=\bthere)|(?<=\bhere)|(?<=\bwhat))['\u2019]s"
            r"(?!\s+(?:" + _alt("contracted_is_participles") + r")\b)|"
            r"(?:(?<=\bwe)|(?<=\byou)|(?<=\bthey))['\u2019]re")
# A base form after "to" or a modal is no past form ("expected to hit", "will cut", "could set up"),
# nor is a participle after a present "be" ("the race is held on Saturday") or a base or present
# "stay", "remain", "get" (an adjective: "banks will stay closed Monday", "the road remains closed
# until Friday"; "remained closed" is past by "remained" itself).
_NOT_AFTER_WORDS = _words("not_after_words")
# "would" + a base verb is the future of reported speech ("forecasters said the storm would weaken
# by Wednesday"), but not for a possessive day, whose event is the one spoken of ("would look for
# ways to get around Wednesday's ruling"; checked in _regex_tense).
# Negated too ("officials said trains would not run again before Saturday afternoon"), but not a
# refusal to speak, which is told on its own day ("would not say Tuesday whether ...").
_REFUSAL = _alt("refusal_verbs")
_WOULD = (r"would\s+(?:also\s+|still\s+|then\s+)?(?!be\b|have\b|not\b|never\b|like\b|rather\b)[a-z]+|"
          r"would\s+(?:not|never)\s+(?!be\b|have\b|(?:" + _REFUSAL + r")\b)[a-z]+")
# An obligation ahead ("the agency must cut $600 million by Sept. 30"; "must have" infers a past): a
# future cue of its own clause only; reported after a past verb in another clause ("had ruled that
# the boy must be returned to his father, and set Friday as the deadline") it says nothing there.
_DUTY = r"(?:" + _alt("obligation_modals") + r")\s+(?:not\s+|also\s+|now\s+|still\s+|first\s+)?(?!have\b)[a-z]+"
_CUE = re.compile(rf"\b(?:(?P<duty>{_DUTY})|(?P<future>{_FUTURE})|(?P<would>{_WOULD})|(?P<past>{_PAST})|(?P<present>{_PRESENT}))\b", re.IGNORECASE)
_POSSESSIVE_AT = re.compile(r"['\u2019]s\b")
_WORD_BEFORE = re.compile(r"\b(\w+)\s$")
# A negated participle is an adjective, no past verb: "leave rates unchanged", "an unexpected
# drop", "unidentified gunmen" (but the reversative verbs "unveiled", "uncovered", "united" are).
_UN_ADJECTIVE = re.compile(
    r"un(?!" + _alt("un_verb_stems") + r")[a-z]+ed$", re.IGNORECASE)


# Determiners (and the like) after which "forecast" is a noun, no verb of what is to come.
_DET_BEFORE_NOUN = set(_words("det_before_noun"))
# Determiners after which "last" is the adjective "final" ("will play its last game Saturday"), and
# what may follow it and still look back ("the last two weeks", "the last time").
_FINAL_LAST_AFTER = set(_words("final_last_determiners"))
_LAST_LOOKS_BACK = re.compile(r"\s+(?:" + _alt("final_last_not_before") + r")\b", re.IGNORECASE)
_MODAL_OR_TO = set(_words("modal_or_to"))
# Words after which "forecasts", "faces" are nouns, not verbs of what is to come.
_NOUN_BEFORE = set(_words("noun_before"))


def _cue_kind(text: str, c) -> Optional[str]:
    """The tense a cue match says, or None where the word before it undoes it (a base form after
    "to" or a modal, a participle after a present "be", "housing starts"). Checked on matches only:
    lookbehinds in the pattern would run at every position of every clause scanned."""
    kind = c.lastgroup or "present"
    if kind == "present":
        return kind
    if kind in ("duty", "would"):  # an obligation ahead, reported speech's future
        return "future"
    word = c.group()
    b = _WORD_BEFORE.search(text, max(0, c.start() - 12), c.start())
    before = b.group(1).lower() if b else ""
    if kind == "future" and word.lower() in ("forecasts", "faces", "hosts", "host") and before in _NOUN_BEFORE:
        return None  # a noun: "results beat forecasts", "the faces of the victims"
    if kind == "future" and word.lower() == "forecast" and before in _DET_BEFORE_NOUN:
        return None  # a noun after a determiner: "released its forecast in May"
    if kind == "future" and word.lower() == "forecast" and before in ("it", "he", "she"):
        # a third-person singular subject with the bare form: the past of "forecast" (its present
        # is "forecasts"): "up from the $4.00 it forecast in July" told in October is last July
        return "past"
    if kind == "future" and before in _HABITUAL and _SCHEDULED_PRESENT_RE.fullmatch(word):
        return "present"  # a habit: "picking usually ends by mid-September"
    if kind == "future" and word.lower() != "starts" and not _SCHEDULED_PLURAL_RE.fullmatch(word):
        return kind
    if kind == "past":
        if _UN_ADJECTIVE.match(word):
            return None
        if (word.lower() == "last" and before in _FINAL_LAST_AFTER
                and not _LAST_LOOKS_BACK.match(text, c.end())):
            return None  # "final", no past: "the theatre will stage its last show Friday"
        if c.start() > 0 and text[c.start() - 1] == "-":
            return None  # a compound adjective, no verb: "third-seeded Florida", "so-called", "U.S.-led"
        if word.lower() == "beat" and before in ("getting", "got", "gotten", "been", "get", "gets"):
            return None  # a participle: "getting beat up in the spring"
        if before == "be":
            # a participle after "to be", "will be" looks ahead like the _FUTURE pattern's "to be
            # named", whose "to" an earlier cue took ("is expected to be proclaimed ... and sworn in
            # on Friday"); so after "would be" ("police said officers would be deployed from Sunday")
            b2 = _WORD_BEFORE.search(text, max(0, b.start() - 10), b.start())
            if b2 and b2.group(1).lower() in ("to", "will", "shall", "should", "may", "might", "would"):
                return "future"
        if before in _NOT_AFTER_WORDS:
            return None
        if (before in ("and", "or") and word.lower() in _BASE_AS_PAST
                and _INFINITIVE_BEFORE.search(text, max(0, c.start() - 60), c.start())):
            # a base form coordinated with an infinitive or a modal's verb: "was expected to move
            # across the sea overnight and hit Guangdong by late Tuesday" (not "hit" in the past)
            return None
        if word.lower().endswith("ed") and before not in ("have", "has", "had", "be", "been", "being", "get", "got"):
            # an adjective in the object of a base verb: "said it would resume limited service on
            # Saturday night", "plans to offer reduced fares"
            b2 = _WORD_BEFORE.search(text, max(0, b.start() - 10), b.start()) if b else None
            if b2 and b2.group(1).lower() in _MODAL_OR_TO:
                return None
        return kind
    if word.lower() == "starts":
        return None if before == "housing" else kind
    # after "to" an infinitive; after "not" / "never" a negated base form whose auxiliary ("did not
    # begin", "will never arrive") is the clause's cue, not a timetable
    return None if before in ("to", "not", "never") else kind
# Irregular verbs whose past is their base form, and an infinitive or a modal's verb earlier in the
# same clause ("to move", "will cross"; no sentence or clause edge between).
_BASE_AS_PAST = set(_words("base_as_past"))
_INFINITIVE_BEFORE = re.compile(r"\b(?-i:" + _alt("modal_or_to") + r")\s+(?!(?-i:the|a|an|its|his|her|their|be|have)\b)(?-i:[a-z]+)\b[^.;:!?,]*$")
# Clause edges: punctuation and words that open a new clause.
# (a comma inside a number, "4,500 refugees", is no clause edge)
_CLAUSE = re.compile(r"(?!(?<=[0-9]),[0-9]{3}(?![0-9]))[,;:()\u2014]|\s(?:" + _alt("clause_openers") + r")\s", re.IGNORECASE)
# To the right of an expression a clause also ends at a complement or relative "that" ("expect the
# department to report on Tuesday that builders broke ground": the reported past is not the day's)
# and at "and" before a modal or auxiliary opening a coordinated verb phrase ("campaigned on
# Saturday and will hold rallies on Monday").
_RIGHT_EDGE = re.compile(
    r"\s(?:that|and(?=\s+(?:will|would|could|can|may|might|shall|should|must|is|are|was|were|has|have|had)\b))\s",
    re.IGNORECASE)
_CONTRAST_AFTER = re.compile(r",?\s(?:but|whereas|although|though)\s", re.IGNORECASE)
_COORD_AFTER = re.compile(r"\s(?:and|or|but)\s", re.IGNORECASE)
_WINDOW = 70  # characters: a cue farther from the expression than this says nothing about it
_PLANNED_PARTICIPLES = set(_words("planned_participles"))
# Verbs whose simple present names a timetabled event, which is to come: "the court's term
# begins in October", "the series resumes on Saturday night", "the president leaves for Asia on
# Sunday" (news tells past events in the past tense).
_SCHEDULED = set(_words("scheduled_lemmas"))
# ... and "take" with these objects: "the ceremony takes place on Sunday", "the law takes effect".
_SCHEDULED_TAKE = set(_words("scheduled_take_objects"))
_FUTURE_HEADS = set(_words("future_heads"))


_ABBREV = re.compile(
    r"(?:\b[A-Z]|\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|Adm|Maj|Rev|St|Jr|Sr|Inc|Corp|Co|Ltd|"
    r"Bros|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mon|Tue|Tues|Wed|Thu|Thurs|Fri|Sat|Sun|"
    r"U\.S|U\.N|U\.K|a\.m|p\.m|vs|etc|Ave|Blvd|Mt|Ft))\.[\"'”’)]*$"
)


def sentence_bounds(text: str) -> list[int]:
    """Start offsets of the sentences of ``text`` (cheap regex splitter, knows common abbreviations)."""
    out = [0]
    for m in _SENT_BREAK.finditer(text):
        if text[m.start() - 1:m.start()] == "." and _ABBREV.search(text, max(0, m.start() - 8), m.start()):
            continue
        out.append(m.end())
    return out


# "will release its forecast on Friday and revised figures in August": a bare "-ed" word right
# after a coordinator left of the expression is no past verb where a future cue governs the
# clause before the coordinator (coordinated with "will release" a verb would be "revise"): it is
# an adjective of the second conjunct's noun. The mirror of _COORD_AFTER on the right side.
_COORD_BEFORE = re.compile(r"\s(?:and|or)\s$", re.IGNORECASE)


def _coord_adjective(text: str, lo: int, c) -> bool:
    if not c.group().lower().endswith("ed"):
        return False
    m = _COORD_BEFORE.search(text, max(lo, c.start() - 5), c.start())
    if not m:
        return False
    return any(_cue_kind(text, f) == "future" for f in _CUE.finditer(text, lo, m.start()))


# Single quotation marks (British copy): an opening curly ‘, or a straight ' at the sentence's
# start or after a space or bracket, before a word (not "'90s"); a closing ’ or ' after a word and
# before a space, punctuation or the end. An apostrophe inside a word ("don't") is neither; a plural
# possessive before a lower-case word ("the workers' union") is no closing mark.
_SINGLE_OPEN = {"\u2018": re.compile(r"\u2018"), "'": re.compile(r"(?:^|(?<=[\s(\[\u2014]))'(?=[^\W\d_])")}
_SINGLE_CLOSE = {"\u2018": re.compile(r"(?<=\S)\u2019(?=[\s,.;:!?)\u2014]|$)(?!\s+[a-z])|(?<=[,.!?])\u2019"),
                 "'": re.compile(r"(?<=\S)'(?=[\s,.;:!?)\u2014]|$)(?!\s+[a-z])|(?<=[,.!?])'")}


def _single_quote(text: str, s0: int, s1: int, start: int, end: int) -> Optional[tuple[int, int]]:
    """(after the opening mark, the closing mark) of a single-quoted quotation holding
    ``text[start:end]``, or None."""
    for mark, opener in _SINGLE_OPEN.items():
        o = None
        for m in opener.finditer(text, s0, start):
            o = m.end()
        if o is None:
            continue
        closer = _SINGLE_CLOSE[mark]
        if closer.search(text, o, start):
            continue  # closed before the expression
        m = closer.search(text, end, s1)
        if m:
            return o, m.start()
    return None


def _quote_extent(text: str, s0: int, s1: int, start: int, end: int) -> Optional[tuple[int, int]]:
    """(open, close) of the quotation within the sentence ``text[s0:s1]`` that holds
    ``text[start:end]`` and closes before the sentence ends, or None."""
    before = text[s0:start]
    if before.count('"') % 2 == 1:
        o = s0 + before.rfind('"') + 1
        c = text.find('"', end, s1)
    elif before.rfind("\u201c") > before.rfind("\u201d"):
        o = s0 + before.rfind("\u201c") + 1
        c = text.find("\u201d", end, s1)
    else:
        q = _single_quote(text, s0, s1, start, end)
        if q is None:
            return None
        o, c = q
    if c < 0 or not text[c + 1:s1].strip(" ,.;:!?"):
        return None  # a quotation running to the sentence's end has no reporting verb after it
    return o, c


def _nearest_cue(text: str, lo: int, hi: int, start: int, end: int, possessive: bool,
                 best: Optional[tuple[int, str]], coord_lo: Optional[int] = None,
                 own_clause: bool = True) -> Optional[tuple[int, str]]:
    """The nearest tense cue to ``text[start:end]`` in ``text[lo:hi]`` as (distance, kind), or
    ``best`` where none is nearer: cues inside the expression or farther than the window before
    it do not count, nor a "would" before a possessive day; with ``coord_lo``, nor a bare "-ed"
    adjective after a coordinator (_coord_adjective); without ``own_clause`` (a scan beyond the
    expression's clause), nor an obligation (_DUTY)."""
    for c in _CUE.finditer(text, lo, hi):
        if c.start() >= start and c.end() <= end:
            continue
        if c.end() < start - _WINDOW and c.end() <= start:
            continue
        if possessive and c.lastgroup == "would":
            continue
        if not own_clause and c.lastgroup == "duty":
            continue
        kind = _cue_kind(text, c)
        if kind is None:
            continue
        if coord_lo is not None and kind == "past" and _coord_adjective(text, coord_lo, c):
            continue
        dist = start - c.end() if c.end() <= start else c.start() - end
        if best is None or dist < best[0]:
            best = (dist, kind)
    return best


def _third_person(lemma: str) -> str:
    """The "-s" form: "denies", "pushes", "says" (a "y" after a consonant turns "ie")."""
    if re.search(r"[^aeiou]y$", lemma):
        return lemma[:-1] + "ies"
    return lemma + ("es" if re.search(r"(?:s|sh|ch|x|z)$", lemma) else "s")


def _regular_forms(lemma: str) -> tuple[str, str]:
    """The regular past (participle) and gerund: "noted, noting", "denied, denying", "warned, warning"."""
    if re.search(r"[^aeiou]y$", lemma):
        return lemma[:-1] + "ied", lemma + "ing"
    if lemma.endswith("e"):
        return lemma + "d", lemma[:-1] + "ing"
    return lemma + "ed", lemma + "ing"


def _reporting_forms() -> tuple[frozenset, frozenset]:
    """The forms of `reporting_lemmas` that tell a report told as past or ongoing (pasts,
    participles, gerunds) and those of its present (the lemma and its "-s" form). Only the forms
    that exist: a lemma in `reporting_irregular_lemmas` takes its past, participle and gerund from
    `reporting_irregular_forms` ("said", "admitted"), not from the regular endings ("sayed")."""
    irregular = set(_words("reporting_irregular_lemmas"))
    told = set(_words("reporting_irregular_forms"))
    present = set()
    for lemma in _words("reporting_lemmas"):
        present.update((lemma, _third_person(lemma)))
        if lemma not in irregular:
            told.update(_regular_forms(lemma))
    return frozenset(told), frozenset(present)


_REPORTING_FORMS, _REPORTING_PRESENT_FORMS = _reporting_forms()
# a reporting verb, the expression (after its preposition), then the complement "that" of the report
_REPORTING_BEFORE = re.compile(r"\b([a-z]+)\s+(?:(?:in|on|at|during|by)\s+)?$", re.IGNORECASE)
_REPORTED_THAT = re.compile(r",?\s+that\s", re.IGNORECASE)


def _report_time(text: str, s0: int, start: int, end: int) -> Optional[str]:
    """The tense of ``text[start:end]`` if it is the time of a report: right after a reporting verb
    and right before its complement "that" ("after saying in February that sales would grow",
    "warning on Friday that"). A report told in the past or as a gerund lies at or before the
    article date: "past", whatever the reported clause ("would grow") or another clause ("now
    expects") says. A report told in the present ("The minister announces on Friday that ...") is
    "present", as the parse path reads it (`_present_event_day` leaves reporting lemmas alone):
    the nearest day, not the past one. Read only where the expression's own clause has no cue
    ("will announce on Monday that" keeps its future). None if no report."""
    if not _REPORTED_THAT.match(text, end):
        return None
    b = _REPORTING_BEFORE.search(text, max(s0, start - 30), start)
    if b is None:
        return None
    word = b.group(1).lower()
    return "past" if word in _REPORTING_FORMS else "present" if word in _REPORTING_PRESENT_FORMS else None


def _regex_tense(text: str, starts: list[int], start: int, end: int, left_only: bool = False) -> str:
    s0, s1 = _sentence_span(text, start, starts)
    # the clause around the expression
    # Only the _WINDOW characters on either side count, so only they are scanned (a clause edge
    # is a few characters long; the margin keeps one straddling the window's edge): a long
    # sentence full of expressions costs linear, not quadratic, time.
    left = s0
    for m in _CLAUSE.finditer(text, max(s0, start - _WINDOW - 16), start):
        left = m.end()
    m = _CLAUSE.search(text, end, min(s1, end + _WINDOW + 16))
    right = m.start() if m else s1
    m = _RIGHT_EDGE.search(text, end, right)
    if m:
        right = m.start()
    best: Optional[tuple[int, str]] = None
    possessive = _POSSESSIVE_AT.match(text, end) is not None
    # the left scan starts a little before the window, so that a cue straddling its edge ("will be
    # named" whose "will" lies just outside) is read whole, not as a trailing "named"
    sides = [(max(left, start - _WINDOW - 16), start)] + ([] if left_only else [(end, min(right, end + _WINDOW))])
    for n, (lo, hi) in enumerate(sides):
        if n == 1 and best is not None:
            # "will publish estimates on Thursday and detailed tables later": past a coordinator
            # right of the expression a new conjunct begins; where the expression's own side
            # has a cue, a cue there ("detailed", an adjective) is not its verb
            m = _COORD_AFTER.search(text, lo, hi)
            if m:
                hi = m.start()
        best = _nearest_cue(text, lo, hi, start, end, possessive, best, lo if n == 0 else None)
    if best is not None:
        return best[1]
    if left_only:
        return "present"
    # nothing in the clause: inside a quotation, the quotation's own verbs first, before the
    # reporting verb outside it ("'Prices are high, right before Christmas,' said the trader" or with
    # double quotes: the quote's present, not the past of "said")
    q = _quote_extent(text, s0, s1, start, end)
    if q is not None:
        best = _nearest_cue(text, max(q[0], start - _WINDOW), min(q[1], end + _WINDOW), start, end, possessive, best,
                            own_clause=False)
        if best is not None:
            return best[1]
    # then the nearest cue in the sentence, within the window; first not past a
    # contrastive conjunction after the expression, which opens a clause with its own subject and
    # tense ("Bernanke is due to speak ... on Friday, but the Fed has said he will not ..."), then,
    # where that finds none, past it too ("up from $3.09 in the fourth quarter but down from
    # $3.24 a year ago")
    report = _report_time(text, s0, start, end)
    if report is not None:
        return report
    full_hi = min(s1, end + _WINDOW)
    m = _CONTRAST_AFTER.search(text, end, full_hi)
    for hi in ([m.start(), full_hi] if m else [full_hi]):
        best = _nearest_cue(text, max(s0, start - _WINDOW), hi, start, end, possessive, best, own_clause=False)
        if best is not None:
            return best[1]
    return "present"


def _verb_tense(v, depth: int = 0, would: bool = True) -> Optional[str]:
    auxes = [c for c in v.children if c.dep_ in ("aux", "auxpass")]
    words = {a.lower_ for a in auxes}
    if words & {"will", "'ll", "shall", "wo", "ll"}:
        return "future"
    if would and "would" in words and not any(c.dep_ == "neg" for c in v.children) and (
            v.tag_ == "VB" and v.lower_ not in ("have", "like")
            or v.tag_ == "VBN" and any(a.dep_ == "auxpass" and a.lower_ == "be" for a in auxes)
            and not words & {"have", "has", "had", "'ve"}):
        # reported future: "said the storm would weaken by Wednesday"; its passive too, as the regex
        # cue reads it (`_FUTURE`): "said the gallery would be closed on Monday" is the coming Monday;
        # "would have been closed" is left
        return "future"
    if any(a.lower_ == "going" for a in auxes) or (v.lower_ == "going" and any(c.lower_ == "to" for c in v.children)):
        return "future"
    if v.tag_ == "VB" and "to" in words and depth < 2:
        h = v.head
        if h is not v:
            if h.lemma_.lower() in _FUTURE_HEADS or (h.pos_ == "NOUN" and h.lemma_.lower() in {"plan", "decision", "agreement"}):
                return "future"
            return _verb_tense(h, depth + 1, would)
    if v.lemma_.lower() in {"expect", "schedule", "set", "slate", "due", "plan"} and v.tag_ == "VBN":
        if any(a.tag_ in ("VBZ", "VBP") for a in auxes):
            return "future"
    if v.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
        return "past"
    if v.lower_ in _PREFIXED_PAST_WORDS and not auxes:
        return "past"  # "Government troops retook the town on Friday" (tagged VBP)
    if v.lower_ in _PREFIXED_PAST_OR_PP_WORDS and v.dep_ == "ROOT" and not auxes:
        return "past"  # a main verb with no auxiliary is the simple past: "the firm withheld payments"
    # a participle clause after a noun is a reduced passive relative: "the merger, announced in
    # February, is expected to close" = "which was announced", past whatever the main verb says;
    # "the vote, scheduled for May" is a plan
    if v.tag_ == "VBN" and v.dep_ == "acl" and not auxes:
        return "future" if v.lemma_.lower() in _PLANNED_PARTICIPLES else "past"
    if v.tag_ == "VBN" and words & {"has", "have", "had", "'ve", "'d"}:
        return "past"
    if v.tag_ in ("VBZ", "VBP"):
        if not auxes and (v.lemma_.lower() in _SCHEDULED or (v.lemma_.lower() == "take" and any(
                c.dep_ == "dobj" and c.lemma_.lower() in _SCHEDULED_TAKE for c in v.children))):
            if any(c.dep_ == "advmod" and c.lower_ in _HABITUAL for c in v.children):
                return "present"  # a habit: "picking usually ends by mid-September"
            return "future"  # a timetabled event in the simple present: "the series resumes on Saturday"
        if not auxes and v.lemma_.lower() == "turn" and any(
                c.dep_ in ("dobj", "attr", "npadvmod", "acomp") and c.tag_ == "CD" for c in v.children):
            return "future"  # an age reached: "Mandela turns 95 on 18 July" is a birthday to come
        if not auxes and v.lemma_.lower() == "go" and any(
                c.dep_ == "prep" and c.lower_ == "on" and any(g.lower_ == "sale" for g in c.children) for c in v.children):
            return "future"  # "tickets go on sale Saturday"
        if any(c.dep_ in ("acomp", "attr") and c.lower_ == "due" for c in v.children):
            return "future"  # "the jobs report is due out Friday"
        return "present"
    return None


_WITHIN_PREPS = set(_words("within_preps"))


def _noun_tense(n) -> Optional[str]:
    """Tense of the event a noun names, from the clause it sits in, where that says it: the
    subject of a past verb happened ("The bombing on Monday killed 50 people"), a noun in a
    future clause is to come ("is expected to win Saturday's election"); else None."""
    v = n.head
    for _ in range(4):
        if v.pos_ in ("VERB", "AUX") or v.head.i == v.i:
            break
        v = v.head
    if v.pos_ not in ("VERB", "AUX") or v.i == n.i:
        return None
    # a day's event spoken of in a reported future is not itself to come ("would look for ways to
    # get around Wednesday's ruling")
    t = _verb_tense(v, would=False)
    if t == "future":
        return t
    if t == "past" and n.dep_ == "nsubj" and n.head.i == v.i:
        return t
    if t == "past" and n.dep_ == "pobj" and n.head.lower_ in _WITHIN_PREPS and n.head.head.i == v.i:
        # the occasion of a past event is past: "he told the newspaper in an interview on
        # Thursday", "said at a news conference on Monday"
        return t
    return None


def _doc_tense(doc, start: int, end: int) -> Optional[str]:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    tok = span.root
    # an expression modifying a noun ("the visit on May 9") takes no tense from the clause
    # beyond what _noun_tense reads; else the sentence's cues decide, as without a parse ("The
    # attack on Monday was condemned": the past Monday, not the nearest one)
    h = tok.head
    if h.pos_ == "ADP" and h.head.i != h.i:
        h = h.head
    if h is not tok and h.dep_ == "ROOT" and h.tag_ == "NNS" and _present_event_day(doc, span, h):
        # an "-s" verb the parser tagged as a plural noun yet made the root with a subject of its
        # own: "The council, which met last week, votes on Thursday" (a simple present, as "meets")
        return "future"
    if h is not tok and h.pos_ in ("NOUN", "PROPN") and h.i not in range(span.start, span.end):
        return _noun_tense(h)
    for _ in range(8):
        if tok.pos_ in ("VERB", "AUX") and tok.i not in range(span.start, span.end):
            break
        if tok.head.i == tok.i:
            break
        tok = tok.head
    if tok.pos_ not in ("VERB", "AUX"):
        tok = tok.sent.root
    if (_FROM_START.search(doc.text, max(0, start - 6), start) and not _RANGE_AFTER.match(doc.text, end)
            and _reduced_relative_in_future(tok)):
        # the start of a measure to come, hung by the parse on a participle of its object: "will
        # pull four painkillers tied to the deaths of patients from July 1"
        return "future"
    t = _verb_tense(tok)
    if t == "present" and _present_event_day(doc, span, tok):
        return "future"
    if t is None and tok is not tok.sent.root:
        if _reported_possibility(tok):
            return None
        t = _verb_tense(tok.sent.root)
    return t


# A bare weekday (with its part of the day) hung on a simple present that is no report, state of
# speech or habit names a day to come: "On Monday the village finally gets its bridge", "The
# inquiry resumes its hearings Thursday", "That changes Friday night" (news tells what has been in
# the past tense; "the minister says Tuesday ...", "usually closes on Sunday" are left as they are).
_BARE_WEEKDAY = re.compile(r"(?:(?:early|late)\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day"
                           r"(?:\s+(?:morning|afternoon|evening|night))?", re.IGNORECASE)
_REPORTING_LEMMAS = set(_words("reporting_lemmas"))

# Without a parse, the same for a weekday that opens its sentence before a pronoun subject and its
# simple present ("On Monday she heads north", "Friday, it opens"): a third-person pronoun with
# an "-s" verb is a simple present whatever the word (not "says", "tells" and the like).
_OPENING_DAY = re.compile(r"(?:^|(?<=[.!?])[\"'”’)]*\s+|\n)[\"“‘]?(?:on\s+)?$", re.IGNORECASE)
_PRONOUN_PRESENT_AFTER = re.compile(
    r",?\s+(?:it|he|she|this|that)\s+(?:(?:finally|then|also|only|now|at\s+last)\s+)?"
    r"(?!(?:" + _alt("not_event_presents") + r")\b)(?-i:[a-z]{2,}[^s\W']s)\b", re.IGNORECASE)


def _opening_day_present(text: str, start: int, end: int, starts: list[int]) -> bool:
    """True if the bare weekday at ``text[start:end]`` opens its sentence before a pronoun and a
    simple present (`_PRONOUN_PRESENT_AFTER`)."""
    s0 = _sentence_span(text, start, starts)[0]
    return (_BARE_WEEKDAY.fullmatch(text[start:end]) is not None
            and _OPENING_DAY.search(text[s0:start]) is not None
            and _PRONOUN_PRESENT_AFTER.match(text, end) is not None)


def _present_event_day(doc, span, verb) -> bool:
    """True if the bare weekday ``span`` hangs (through "on") on ``verb``, a simple present with a
    subject of its own that is no report, habit, negation or base-form past (`_BARE_WEEKDAY`). The
    verb may be tagged VBZ / VBP, or NNS: an "-s" verb the parser read as a plural noun ("The council,
    which met last week, votes on Thursday"); the subject check keeps real plural nouns out."""
    if not _BARE_WEEKDAY.fullmatch(span.text) or _POSS_AFTER.match(doc.text, span.end_char):
        return False
    h = span.root.head
    if h.pos_ == "ADP" and h.lower_ == "on":
        h = h.head
    if h.i != verb.i or verb.tag_ not in ("VBZ", "VBP", "NNS") or verb.lemma_.lower() in _REPORTING_LEMMAS:
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return False  # no finite verb: a noun tagged as one ("completed a 3-0 series win over them on Sunday")
    if verb.tag_ == "VBP" and verb.lower_ in _BASE_AS_PAST:
        return False  # a past whose form is the base's, tagged present: "weak demand hurt the index on Friday"
    if verb.dep_ == "ccomp" and verb.head.i < span.start and any(
            c.dep_ in ("nsubj", "nsubjpass") and c.i > span.start for c in verb.children):
        return False  # the report's day, parsed into what it reports: "says on Tuesday it has no plans"
    return not any(c.dep_ in ("aux", "auxpass", "neg") or (c.dep_ == "advmod" and c.lower_ in _HABITUAL)
                   for c in verb.children)


# "from" opening a date (the start of a state), not a range "from ... to/until/through ..."
_FROM_START = re.compile(r"\bfrom\s+$", re.IGNORECASE)
_RANGE_AFTER = re.compile(r"\s*(?:to|until|till|through|and|-|\u2013)\b", re.IGNORECASE)


def _reduced_relative_in_future(tok) -> bool:
    """Whether ``tok`` is a reduced-relative participle ("pesticides blamed for ...", "drugs
    linked to ...": no auxiliary, not a planned participle as "scheduled") of a noun whose clause,
    left of it, is future ("will withdraw three pesticides blamed for ...")."""
    if not (tok.tag_ == "VBN" and tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN")
            and not any(c.dep_ in ("aux", "auxpass") for c in tok.children)
            and tok.lemma_.lower() not in _PLANNED_PARTICIPLES):
        return False
    v = tok.head
    for _ in range(4):
        if v.pos_ in ("VERB", "AUX") or v.head.i == v.i:
            break
        v = v.head
    return v.pos_ in ("VERB", "AUX") and v.i < tok.i and _verb_tense(v, would=False) == "future"


def _mask_reduced_relatives(doc, text: str, start: int) -> str:
    """``text`` with each reduced-relative participle before ``start`` in its sentence blanked out
    where the clause its noun belongs to is future: "will withdraw three pesticides blamed for the
    decline of bees from December 1" ("blamed" = "which were blamed" says nothing of when the
    withdrawal is; the nearest-cue fallback would take it for the clause's past verb). Same length,
    so offsets hold."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or len(span) == 0:
        return text
    sent = span[0].sent
    out = None
    for tok in sent:
        if tok.idx >= start:
            break
        if _reduced_relative_in_future(tok):
            out = (out if out is not None else text)
            out = out[:tok.idx] + " " * len(tok.text) + out[tok.idx + len(tok.text):]
    return text if out is None else out


_POSSIBILITY = set(_words("possibility_modals"))


def _reported_possibility(v) -> bool:
    """A modal of possibility with a bare verb in the complement of a (reporting) verb: "said the
    storm could make landfall late Thursday". The reporting verb's past says nothing of the
    clause's time; its own words decide (a forecast verb looks ahead, "could see the smoke on
    Thursday" stays with the past "said"), as without a parse."""
    return (v.tag_ == "VB" and v.dep_ == "ccomp"
            and any(c.dep_ == "aux" and c.lower_ in _POSSIBILITY for c in v.children)
            and not any(c.dep_ == "neg" for c in v.children))


# not after a determiner (fixed-width lookbehinds: "the first scheduled for Friday" is an ordinal)
_NO_DET_BEFORE = "".join(r"(?<!\b%s\s)" % w for w in ("the", "a", "an", "its", "his", "her", "their", "our", "this", "that"))
# A plan or hope told in the past perfect ("had hoped to", "had been expected to"): untensed.
_HAD_INTENDED = re.compile(
    r"\bhad\s+(?:(?:long|originally|once|initially|earlier|first|also)\s+)?(?:hoped|expected|planned|intended|wanted|aimed|"
    r"promised|pledged|vowed|meant|sought|been\s+(?:expected|scheduled|due|set|slated|planned|meant))\s+to\b", re.IGNORECASE)
# ... and a plan of a day told in the past perfect ("had planned a vigil for Saturday but called it
# off", "the hearing had been set for Monday"): the plan may have been given up or carried out,
# so its day is no more ahead than behind the article date (the nearest one), not the coming one
# a present or simple past plan names.
# (an active verb with its object, "had called a strike for", not a demand: "had called for")
_PLAN_PAST = r"(?:(?:re)?scheduled|planned|set|slated|called|booked|arranged|organi[sz]ed|fixed|announced|convened)"
# ... and a plan told as one made in the past, before its date: "the talks, originally scheduled
# for May 9, were called off", "the launch was initially set for June 2", "a vote once slated for
# Friday" -- the schedule was made before the article, so its day may have come and gone: the
# nearest one, not the coming one a present plan ("is scheduled for") names.
_PAST_PLAN_FOR = re.compile(
    # ("first" only with no determiner before it, ``_NO_DET_BEFORE``; "due" too: "originally due on
    # Nov. 15")
    r"\b(?:(?:was|were)\s+)?" + _NO_DET_BEFORE + r"(?:" + _alt("past_plan_adverbs") + r")\s+"
    r"(?:(?:re)?(?:scheduled|slated|set|planned|booked)\s+(?:for|on)|due(?:\s+(?:on|for|in))?)\s+$", re.IGNORECASE)


def past_plan_for(text: str, start: int) -> bool:
    """True if the date at ``start`` is the day of a plan told as made in the past (`_PAST_PLAN_FOR`):
    its year is the nearest one with no lean to either side (resolve.py)."""
    return _PAST_PLAN_FOR.search(text, max(0, start - 50), start) is not None


# A plan's day in a sentence that tells the plan called off or moved (`called_off_verbs`: "A rally
# planned for Sunday was cancelled", "the talks, set for Thursday, were postponed", "cancelled a
# speech planned for Friday", "a vote that was scheduled for Wednesday has been put off"): the
# sentence tells what became of the plan, which may have been dropped before its day or on it, so
# the day is the nearest one, not the coming one a standing plan names. The plan participle is
# reduced (after a noun or a comma), or after "was / were / been"; not a standing plan ("is set
# for", "will be held on") nor the new day of a moved one ("now set for", "rescheduled for").
_CALLED_OFF = r"(?:" + _alt("called_off_verbs") + r")\b"
_PLAN_DAY_FOR = re.compile(
    r"(?<!\bis\s)(?<!\bare\s)(?<!\bbe\s)(?<!\bbeing\s)(?<!\bnow\s)(?<!\bstill\s)(?<!\bnewly\s)"
    r"\b(?:(?:planned|scheduled|slated|set|booked)\s+(?:for|on)|due(?:\s+(?:on|for))?)\s+$", re.IGNORECASE)
# a plan told in the past with its act and the act's day: "was due to land at the port on Friday",
# "were supposed to meet the envoy on Monday" (time101): a plan's day as the above, when its sentence
# tells it called off or thwarted
_PAST_PLAN_TO = re.compile(
    r"\b(?:was|were)\s+(?:" + _alt("past_plan_to") + r")\s+to\s+[a-z]+\b[^.;:!?\n]{0,50}?\s(?:on\s+)?$", re.IGNORECASE)
# what comes between the plan's day and the passive that calls it off, or between the verb that
# calls off and the plan participle: no modal, present, or subordinate clause of another subject
_OTHER_CLAUSE_WORDS = (r"will|would|is|are|can|could|may|might|should|must|shall|although|though|while|whereas|"
                       r"because|when|if|unless|says")


def _gap(stops: str) -> str:
    """Up to 80 characters of one sentence holding none of the words ``stops``."""
    return r"(?:(?!\b(?:" + stops + r")\b)[^.;:!?\n]){0,80}?"


_CALLED_OFF_AFTER = re.compile(
    # (after the day, the first auxiliary is the one that calls the plan off, and no relative clause
    # of another thing comes between: "The concert set for Friday, which was cancelled last year, ...")
    r"^" + _gap(_OTHER_CLAUSE_WORDS + r"|was|were|has|have|had|which|who|whose|where")
    + r"\b(?:was|were|(?:has|have|had)\s+been)\s+(?:[a-z]+ly\s+)?" + _CALLED_OFF
    + r"(?:\s+on\s+(?P<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)?", re.IGNORECASE)
_CALLED_OFF_BEFORE = re.compile(
    # an active past or perfect, no modal, "to", "be", "not" or determiner before it (not "may be
    # deferred", "the delayed flight")
    r"(?<!\bto\s)(?<!\bwill\s)(?<!\bwould\s)(?<!\bcould\s)(?<!\bmay\s)(?<!\bmight\s)(?<!\bmust\s)"
    r"(?<!\bshould\s)(?<!\bbe\s)(?<!\bnot\s)(?<!\bon\s)(?<!\bof\s)(?<!\bfor\s)(?<!\bin\s)(?<!\bwith\s)"
    + _NO_DET_BEFORE + r"\b" + _CALLED_OFF + r"\s+" + _gap(_OTHER_CLAUSE_WORDS) + r"$", re.IGNORECASE)
_MODAL_NEXT = re.compile(r"[^,.;:!?]{0,40}?\b(?:will|would|is|are|can|could|may|might|must|shall|should)\b", re.IGNORECASE)


def _sentence_span(text: str, start: int, starts: Optional[list[int]], back: int = 0) -> tuple[int, int]:
    """(start, end) of the sentence holding offset ``start``, its start taken ``back`` sentences
    earlier (``starts``: the sentence starts, found when None)."""
    if starts is None:
        starts = sentence_bounds(text)
    i = bisect.bisect_right(starts, start) - 1
    return starts[max(i - back, 0)], (starts[i + 1] if i + 1 < len(starts) else len(text))


def called_off_plan(text: str, start: int, end: int, starts: Optional[list[int]] = None) -> bool:
    """True if the date at ``text[start:end]`` is the day of a plan its sentence tells called off
    or moved (`_PLAN_DAY_FOR` before it, `called_off_verbs` after it or before the participle):
    its day is the nearest one (resolve.py: no lean to either side)."""
    p = _PLAN_DAY_FOR.search(text, max(0, start - 20), start) or _PAST_PLAN_TO.search(text, max(0, start - 80), start)
    if p is None:
        return False
    s0, s1 = _sentence_span(text, start, starts)
    if _CALLED_OFF_AFTER.search(text[end:s1]):
        return True
    # called off before the participle, the plan no subject of a clause of its own after it ("postponed
    # the audit, and the inspection set for Friday will go ahead")
    return (_CALLED_OFF_BEFORE.search(text, max(s0, p.start() - 160), p.start()) is not None
            and not _MODAL_NEXT.match(text, end, s1))


def called_off_on_weekday(text: str, end: int, starts: Optional[list[int]] = None) -> Optional[int]:
    """The ISO weekday of the day a plan was called off on, told right after the plan's day ("The
    crossing, scheduled for Monday, was delayed on Sunday"): the plan's weekday is the first one
    after that day, which the sentence tells as past (resolve.py)."""
    s1 = _sentence_span(text, end, starts)[1]
    m = _CALLED_OFF_AFTER.search(text[end:s1])
    # the weekday numbers of normalization.yaml's `weekday` table
    return load_ruleset().lookup("weekday", m.group("day")) if m and m.group("day") else None


# A reduced plan set off by commas in a sentence whose main verb, right after it, is a simple past:
# "Early bookings, due in late October, also climbed", "The referendum, scheduled for Tuesday,
# went ahead". The sentence tells what came of the thing planned, not a plan still standing ("The
# harvest, expected in October, looks better": present, ahead): the plan's day is the nearest one
# (its year or week as likely gone as to come), and where the main verb tells the plan carried out
# (`plan_carried_out`: "took place", "went ahead") its day is past. Not a copula or auxiliary ("was
# expected to pass", "had been moved") nor a verb of calling off (`called_off_plan`'s).
_REDUCED_PLAN_BEFORE = re.compile(
    r",\s+(?:(?:planned|scheduled|slated|set|booked)\s+(?:for|on)|due(?:\s+(?:on|for|in))?)\s+$", re.IGNORECASE)
_CARRIED_OUT = r"(?:" + _alt("plan_carried_out") + r")\b"
_REDUCED_PLAN_PAST_AFTER = re.compile(
    r"^,\s+(?:(?:also|then|later|finally|duly|still|only|eventually|instead|nonetheless)\s+)?"
    r"(?:(?P<done>" + _CARRIED_OUT + r")|(?!(?:" + _CALLED_OFF + r"|" + _alt("plan_words") + r")\b)"
    r"(?P<verb>(?:" + _alt("narrated_pasts") + r")\b|(?-i:[a-z]{2,}[^e\W]ed)\b))", re.IGNORECASE)


def reduced_plan_told_past(text: str, start: int, end: int) -> Optional[str]:
    """"past" if the date at ``text[start:end]`` is the day of a reduced plan its sentence tells
    carried out, "present" (the nearest day) if one told in a sentence of the simple past, else
    None (`_REDUCED_PLAN_BEFORE`, `_REDUCED_PLAN_PAST_AFTER`)."""
    if _REDUCED_PLAN_BEFORE.search(text, max(0, start - 20), start) is None:
        return None
    m = _REDUCED_PLAN_PAST_AFTER.match(text[end:end + 60])
    if m is None:
        return None
    return "past" if m.group("done") else "present"


_HAD_PLANNED_FOR = re.compile(
    r"\bhad\s+(?:(?:long|originally|once|initially|earlier|first|also|already)\s+)?"
    r"(?:been\s+" + _PLAN_PAST + r"|" + _PLAN_PAST + r"(?:\s+(?!(?:on|at|in|for)\b)[^\s,;:.!?()\n]+){1,6}?)\s+for\s+$",
    re.IGNORECASE)

# A deadline: "until Friday", "postponed until Tuesday morning", "until 9 a.m. Tuesday" is the coming one.
_UNTIL = re.compile(r"\b(?:until|till|til)\s+(?:at\s+least\s+|at\s+|about\s+|around\s+)?$", re.IGNORECASE)
# ... unless the clause is a negated past or past perfect: "Until Thursday, they had not called him
# a suspect", "he did not leave until Friday" tell when something past ended or began.
# A negated past state before "until" is one too: "forms were not ready until early March", "the body
# was not found until Friday" (not an expectation: "was not expected until Friday" is left forward).
_NOT_UNTIL = re.compile(r"\b(?:had|did)(?:\s+not|n't)\b|\bhad\s+(?:never|only|just)\b|\bhadn't\b|\bdidn't\b|"
                        r"\b(?:was|were)(?:\s+not|n't)\s+(?!(?:" + _alt("expectation_words") + r")\b)", re.IGNORECASE)
# ... or a past state lived through up to the date, told by a simple past of its own clause: "the
# intrusion went unnoticed until mid-June", "she remained in hiding until March", "the strike lasted
# until Friday" (a decision about a coming deadline -- "kept markets closed until Friday", "extended
# its deadline until Tuesday" -- still points forward).
_HOLD_UNTIL_TAIL = (r"[^,;:.!?()\"]{0,40}?\b(?:until|till)\s+(?:at\s+least\s+|at\s+|about\s+|around\s+)?"
                    r"(?:early\s+|late\s+|mid-?)?$")
_PAST_STATE_UNTIL = re.compile(
    r"(?-i:\b(?:" + _alt("past_state_verbs") + r")\b|"
    # a past hold on a place told as a past passive ("the region was occupied by troops until
    # March", "had been held by rebels"; not "will be held by them until June")
    r"\b(?:was|were|had\s+been)\s+(?:(?:first|long|once|still)\s+)?(?-i:" + _alt("hold_participles") + r")\s+by\b)"
    + _HOLD_UNTIL_TAIL, re.IGNORECASE)
# ... or an absence told in the past up to the date: "the village had no power until Tuesday", "there
# was little traffic until March", "a quiet winter, with almost no bookings until Easter" (no modal or
# infinitive between: "said there would be no ferries until Friday" still points forward; at most two
# words between the quantifier and "until", so "had no plans to reopen the pit until March" is left).
_ABSENCE_UNTIL = re.compile(
    r"\b(?:had|was|were|saw)\b"
    r"(?:(?!\b(?:will|would|could|can|may|might|shall|should|must|to)\b)[^.;:!?\"()\n]){0,60}?"
    r"\b(?:(?:almost|virtually|nearly)\s+)?(?:" + _alt("absence_quantifiers") + r")\s+"
    r"(?:[a-z-]+\s+){0,2}?(?:until|till)\s+(?:early\s+|late\s+|mid-?)?$", re.IGNORECASE)
# ... or as a reduced relative, past only where its main clause is ("The port, held by rebels until
# April, reopened on Monday"; not "The exhibition, held by the museum until September, features 200
# paintings": the participle has no tense of its own; see _main_clause_past)
_HELD_REDUCED_UNTIL = re.compile(
    r"(?<!\bbe\s)(?<!\bbeing\s)(?<!\bbeen\s)(?<!\bis\s)(?<!\bare\s)(?<!\bwas\s)(?<!\bwere\s)"
    r"\b(?-i:" + _alt("hold_participles") + r")\s+by\b" + _HOLD_UNTIL_TAIL, re.IGNORECASE)
# A simple present in a clause of time right before the date it gives is a thing to come, whatever
# the tense outside the clause: "said strengthening was possible before weakening sets in on
# Sunday", "the road stays shut until the water drops on Friday" (not "was", "has", "says").
# The verb needs a subject that is more than a determiner: "until the talks on Friday", "before the
# news on Monday" are nouns, no clause; with a parse the word must not be tagged a plural noun after
# a modifier, too ("until the national elections on Sunday"; _tagged_present).
_PRESENT_IN_TIME_CLAUSE = re.compile(
    r"\b(?:before|until|once)\s+(?:it|he|she|(?:(?:the|its|this|that)\s+)?(?:[a-z]+\s+)?"
    r"(?!(?:the|a|an|its|this|that|these|those|his|her|their|our|my|your)\b)[a-z]+)\s+"
    r"(?!(?:was|has|is|does|says)\b)(?P<verb>(?-i:[a-z]{2,}[^s\W]s))(?:\s+(?:in|out|over|off|up|down|ashore|away|back))?"
    r"\s+(?:on\s+|by\s+)?(?:late\s+|early\s+)?$", re.IGNORECASE)
# A deadline after "by" ("will double its flights by August", "had filed reports by Wednesday")
# takes the tense of the verb it modifies, to its left in the same clause, not of a cue after it
# ("... by August in the search for markets untouched by the crisis").
_BY = re.compile(r"\bby\s+(?:early\s+|late\s+|mid-?)?$", re.IGNORECASE)
# A deadline set by a directive is to come: "officials ordered residents to leave by noon
# Wednesday", "the court told him to pay by Friday", "urged voters to register by Oct. 7" (the
# deadline lies after the order, whatever its tense).
# (a directive verb, its addressee and the infinitive of what it asks for, up to the date's preposition)
_DIRECTIVE_VERBS = (r"order(?:s|ed)?|told|tells?|ask(?:s|ed)?|urg(?:es?|ed)|instruct(?:s|ed)?|direct(?:s|ed)?|"
                    r"advis(?:es?|ed)|warn(?:s|ed)?|call(?:s|ed)\s+on")
_DIRECTIVE_TO = r")\s+[^,;:.!?()]{0,50}?\bto\s+(?!be\b)[a-z]+\b[^,;:.!?()]{0,40}?"
_DIRECTIVE_BY = re.compile(
    r"\b(?:requir(?:es?|ed)|" + _DIRECTIVE_VERBS + _DIRECTIVE_TO + r"\bby\s+(?:early\s+|late\s+|mid-?)?$", re.IGNORECASE)
# An event named by a possessive day inside what a directive asks for is to come, too: "urged
# supporters on Friday not to take victory for granted in Sunday's federal election", "told voters to
# turn out for Saturday's referendum" (a bare day there may be the directive's own: "asked him to
# comment on Monday").
_DIRECTIVE_POSS = re.compile(
    r"\b(?:" + _DIRECTIVE_VERBS + _DIRECTIVE_TO + r"\b(?:in|at|for|before|ahead\s+of)\s+$", re.IGNORECASE)
_POSS_AFTER = re.compile(r"['’]s\b")
# A projected quantity for a day's event: "pushing the jackpot to an estimated $400 million for
# Tuesday's drawing", "an expected crowd of 80,000 for Sunday's final" -- an estimate made for an
# event that has not happened yet is to come, whatever past verb reports it.
_PROJECTED_FOR_POSS = re.compile(
    r"\b(?:an?|the)\s+(?:estimated|expected|projected|anticipated)\s+[^,;:.!?()]{0,40}?\bfor\s+$", re.IGNORECASE)
# A day set for a planned event: "Protesters planned a demonstration in Little Havana on Saturday",
# "has scheduled a vote on Monday", "officials planned no formal ceremony to mark the anniversary
# on Wednesday" -- the event is to come (or not), whatever other verb is nearer.
_PLANNED_ON = re.compile(
    r"\b(?:plan(?:s|ned|ning)?|schedul(?:e|es|ed|ing))\s+(?:a|an|to|no)\s+[^,;:.!?()]{0,60}?\bon\s+$", re.IGNORECASE)
# A reduced passive of a plan right before its date: "elections, scheduled for April 20, would be
# postponed", "with Game 4 scheduled for Tuesday" (it says nothing of the other dates of the sentence).
# So the day a thing was called off or booked for ("2,700 flights had already been canceled for
# Saturday", "a hearing set for Tuesday").
_SCHEDULED_FOR = re.compile(r"\b(?:(?:(?:re)?(?:scheduled|slated)|set|booked|cancell?ed)\s+for"
                            # and the stretch or deadline of a schedule: "have 10 more releases
                            # scheduled through Labor Day", "games slated until Christmas"
                            r"|(?:re)?(?:scheduled|slated)\s+(?:through|until|till|before)"
                            # the stretch a booking fills: "has its rooms booked through August",
                            # "the hall is fully booked until June" (not "before": "booked before May 1")
                            r"|booked\s+(?:up\s+)?(?:through|until|till))\s+$", re.IGNORECASE)
# A period goods are bought or sold for, after "for delivery" (a futures or forward price, a
# supply contract: "copper for delivery in March", "crude for loading in the third quarter",
# "power for delivery in the summer"): the period to come, whatever verb tells the price.
_FOR_DELIVERY = re.compile(
    r"\bfor\s+(?:(?:later|future|forward|prompt|physical)\s+)?(?:delivery|shipment|loading|settlement)\s+"
    r"(?:in|during|by|over)\s+(?:the\s+)?(?:(?:early|late|mid|end\s+of)[\s-]+)?(?:the\s+)?$", re.IGNORECASE)


def for_delivery(text: str, start: int) -> bool:
    """True if the expression at ``start`` names a period goods are sold for (`_FOR_DELIVERY`)."""
    return _FOR_DELIVERY.search(text, max(0, start - 60), start) is not None


# A period a business books or forecasts for ("bookings for the second quarter", "its outlook for
# the third quarter", `forward_period_nouns`): a period to come or running, whatever verb tells the
# figure ("said bookings for the second quarter were weak" in late March is this year's).
_FORWARD_PERIOD_FOR = re.compile(
    r"\b(?:" + _alt("forward_period_nouns") + r")\s+for\s+(?:the\s+)?(?:(?:early|late|mid|end\s+of)[\s-]+)?(?:the\s+)?$",
    re.IGNORECASE)


def forward_period(text: str, start: int) -> bool:
    """True if the expression at ``start`` names a period booked or forecast for (`_FORWARD_PERIOD_FOR`)."""
    return _FORWARD_PERIOD_FOR.search(text, max(0, start - 60), start) is not None


# A date a thing is due on, right after "due" ("a rise in fuel duty due on 1 September", "figures
# due in June", "a report due Friday"): to come, whatever verb is nearer ("was due on Monday" is
# a past deadline, left to the verb).
_DUE_ON = re.compile(r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)\bdue\s+(?:on\s+|in\s+|by\s+|for\s+)?$", re.IGNORECASE)
# The start of a state that holds now: "banks have been closed since March 16 and will remain shut"
# (whatever verb is nearer, the date is not to come).
# A day named right after "ahead of" is the coming thing a preparation leads up to ("made their
# final pitches Monday ahead of Saturday's vote"): ahead of the clause's (past) verb.
_AHEAD_OF = re.compile(r"\b(?:ahead\s+of|in\s+the\s+run-up\s+to)\s+(?:this\s+)?$", re.IGNORECASE)
# A present readiness for a day's event looks ahead too ("the cast is racing to be ready for
# Friday's opening night", "the club is getting ready for Saturday's final"); only a present or
# infinitive "be"/"get": a past one ("was ready for Saturday's final") is left to the clause.
_READY_FOR = re.compile(r"(?:\b(?:is|are|am|be|will\s+be)|'s|'re)\s+(?:now\s+|almost\s+|nearly\s+)?(?:getting\s+)?ready\s+for\s+(?:this\s+)?$|"
                        r"\b(?:is|are|am)\s+(?:now\s+)?(?:preparing|gearing\s+up)\s+for\s+(?:this\s+)?$", re.IGNORECASE)
_SINCE = re.compile(r"\bsince\s+(?:early\s+|late\s+|mid-?)?$", re.IGNORECASE)
# "could" in what someone hopes or expects is a thing to come: "said he hoped Varga could make his
# debut on Sunday", "officials expect the bridge could reopen by Friday" ("could not attend on
# Sunday", with no hope or expectation before it, is left to the other cues).
_HOPED_COULD = re.compile(
    r"\b(?:hope[sd]?|hoping|expects?|expected|expecting)\s+(?:that\s+)?[^,;:.!?()\"]{0,30}?\bcould\s+(?!not\b|have\b)[a-z]+\b"
    r"[^,;:.!?()\"]{0,50}?\b(?:on|by|in|at|until|before)?\s*$", re.IGNORECASE)
# A possibility in what a warning, fear or forecast says is a thing to come: "the union warned that
# drivers could pay more by the autumn", "analysts cautioned rents might rise in the spring" (the
# date right of the modal; one before it, "warned on Friday that ...", is the warning's own); not
# "could have", "could not".
_WARNED_COULD = re.compile(
    r"\b(?:warn(?:s|ed|ing)?|caution(?:s|ed|ing)?|fear(?:s|ed)?|predict(?:s|ed)?)\s+(?:that\s+)?[^,;:.!?()\"]{0,50}?"
    r"\b(?:could|might|may)\s+(?!not\b|have\b|never\b)[a-z]+\b[^,;:.!?()\"]{0,50}?$", re.IGNORECASE)
# ... and the weather a forecast warns of, with its day after it: "forecasters warned of heavy snow
# in the hills on Sunday", "warned of gales along the coast by Thursday" (the hazard's day, ahead).
# A warning "for" a hazard with its day after "for" is ahead too: "has issued a yellow warning for
# ice across the north for Tuesday" (a day after "on" there may be the day the warning was issued).
_WARNED_OF_WEATHER = re.compile(
    r"\bwarn(?:s|ed|ing)?\s+of\s+(?:[a-z-]+\s+){0,4}?(?:" + _alt("weather_hazards") + r")\b[^,;:.!?()\"]{0,40}?\s(?:on|by|in|at|until|over|through|from|for)\s+(?:early\s+|late\s+)?$"
    r"|\bwarn(?:ings?|s|ed|ing)?\s+for\s+(?:[a-z-]+\s+){0,4}?(?:" + _alt("weather_hazards") + r")\b[^,;:.!?()\"]{0,40}?\sfor\s+(?:early\s+|late\s+)?$",
    re.IGNORECASE)
# A present perfect that puts a timetabled event on the calendar names a day to come: "the club
# has added a friendly match on Tuesday evening", "the council has called an emergency meeting
# on Thursday", "the opposition has called for protests across the country on Monday" (a present
# perfect takes no past date of its own; "has played a match on Tuesday", "has told the story to
# a crew on Thursday night" have no such verb and object and are left to the clause).
_EVENT_NOUNS = _alt("event_nouns")
_ARRANGED_EVENT_ON = re.compile(
    r"\b(?:has|have|'ve)\s+(?:(?:now|also|just|already|since|finally|hastily|quickly)\s+)?"
    r"(?:" + _alt("arranging_verbs") + r")\s+"
    # the event noun heads the object, not a phrase after it ("has set a record in the race on Sunday")
    r"(?:(?!(?:in|at|of|on|during|with|from|after|before|over|by)\b)[^\s,;:.!?()\"]+\s+){0,4}?(?:" + _EVENT_NOUNS + r")\b[^,;:.!?()\"]{0,40}?\s(?:(?:on|for)\s+)?(?:early\s+|late\s+)?$",
    re.IGNORECASE)
# A day inside a conditional clause in the present is a day to come: "If the vote on Tuesday fails,
# the bill dies", "unless the talks resume on Monday" (no past cue in the clause: "If the vote on
# Tuesday failed" is left to it). The "if" opens its clause (not "asked if", an indirect question).
# A deadline in the "if" / "unless" clause of a threat or a condition to come ("said it would strike
# if he was not freed by Friday", "threatened to sue unless the fee was paid by Monday"): the clause
# is back-shifted to the past by the reporting, but its deadline is after the threat (to come). Not
# a counterfactual ("would have ... if he had ... by"); no sentence edge in between.
_THREAT_IF_BY = re.compile(
    r"\b(?:" + _alt("conditional_threat_heads") + r")\b[^.;!?]{0,100}?\b(?:if|unless)\b"
    r"(?![^.;!?]*\bhad\b)[^.;!?]{0,70}?\bby\s+(?:early\s+|late\s+|mid-?)?$", re.IGNORECASE)
_IF_OPENS = re.compile(
    r"(?:^|[\"“‘(,;:\u2014]\s*|\b(?:and|but|or|even|only)\s+)(?:if|unless)\s+[^,;:.!?()\"“”]{0,60}?$", re.IGNORECASE)
_IF_CLAUSE_END = re.compile(r"[,;:.!?()\"“”\u2014]")
# ... not where it asks whether a report of a past thing holds ("if the reports on Monday are true")
_IF_TRUE = re.compile(r"\b(?:is|are)\s+(?:true|correct|accurate|confirmed|right)\b", re.IGNORECASE)


def _present_conditional(text: str, start: int, end: int, starts: list[int]) -> bool:
    """True if the expression at ``text[start:end]`` lies in an "if" / "unless" clause with no past
    or perfect cue and no modal of the past's kind (`_IF_OPENS`)."""
    s0, s1 = _sentence_span(text, start, starts)
    lo = max(s0, start - 70)
    # the sentence's own start is a clause start; a cut of the window is not ("x" holds "^" off it)
    left = text[lo:start] if lo == s0 else "x" + text[lo:start]
    m = _IF_OPENS.search(left)
    if m is None:
        return False
    e = _IF_CLAUSE_END.search(text, end, s1)
    clause = left[m.start():] + text[start:e.start() if e else s1]
    if _IF_TRUE.search(clause):
        return False
    for c in _CUE.finditer(clause):
        if _cue_kind(clause, c) == "past" or re.match(r"(?:had|has|have|would|could|might)\b", c.group(), re.IGNORECASE):
            return False
    return not re.search(r"\b(?:would|could|might)\b", clause, re.IGNORECASE)


# An expression alone in parentheses ("will leave at 4 in the morning (4 a.m. EDT Thursday)") is
# an apposition: it takes the tense of the text before the parenthesis.
_OPEN_PAREN = re.compile(r"\(\s*$")


def _had_intended(text: str, start: int, starts: list[int]) -> bool:
    """A plan told in the past perfect before the expression, in its clause: "Ottawa had hoped
    to sign the deal by June", "farmers, who had expected to win larger quotas by June". The plan
    is a past one (often given up); its date is no more ahead than behind the article date."""
    s0 = max(_sentence_span(text, start, starts)[0], start - _WINDOW - 16)
    left = text[s0:start]
    cut = 0
    for edge in _CLAUSE.finditer(left):
        cut = edge.start() + 1 if edge.group().startswith(" ") else edge.end()
    return _HAD_INTENDED.search(left, cut) is not None


def _main_clause_past(text: str, starts: list[int], lo: int, hi: int) -> bool:
    """Whether the clause around a reduced relative ``text[lo:hi]`` (to the next clause edge) is
    told in the past: its first tense cue after the relative, else its last one before."""
    s0, s1 = _sentence_span(text, lo, starts)
    m = _CLAUSE.search(text, hi, s1)
    after = m.end() if m else s1
    for c in _CUE.finditer(text, after, min(s1, after + _WINDOW)):
        kind = _cue_kind(text, c)
        if kind is not None:
            return kind == "past"
    kind = None
    for c in _CUE.finditer(text, max(s0, lo - _WINDOW), lo):
        kind = _cue_kind(text, c) or kind
    return kind == "past"


def _tagged_present(doc, start: int, end: int) -> bool:
    """Whether the parse lets the word at ``start:end`` be a simple present verb: not where it is
    tagged a plural noun after a modifier ("until the national elections on Sunday"). A plural noun
    after a noun or gerund is left a verb: the small model tags "before weakening sets in on
    Sunday" so."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return True
    tok = span[0]
    if tok.tag_ in ("VBZ", "VBP") or tok.i == 0:
        return True
    return not (tok.tag_ in ("NNS", "NNPS") and doc[tok.i - 1].tag_ in ("DT", "PRP$", "JJ", "JJR", "JJS", "CD"))


# A photo caption: a line (paragraph) that ends in a credit in parentheses, an agency or a paper and
# a photographer after a slash ("(Harbour Post/L. Moreau)", "(AP Photo/R. Okello)", "(Photo: ...)").
_CAPTION_CREDIT = re.compile(
    r"\((?:(?:[A-Z][\w.&'’-]*\s+){0,4}(?:Photo|Picture|Image)s?\s*[:/]\s*[^()\n]{1,60}"
    r"|[A-Z][^()\n/]{0,40}/\s*[A-Z][^()\n/]{0,40})\)[ \t]*$")
_CAPTION_FUTURE = re.compile(r"(?<![\w'’])(?:" + _alt("caption_future_cues") + r")(?![\w'’])", re.IGNORECASE)


def _caption_past(text: str, start: int, end: int, starts: list[int]) -> bool:
    """Whether the expression sits in a photo caption (its line ends in a credit, `_CAPTION_CREDIT`)
    in a sentence with no word of time to come (`caption_future_cues`): the caption's simple present
    tells what the picture shows, taken before the article ("Police fire tear gas at marchers on
    Thursday evening. (Agency/Name)" in Friday's gallery is the Thursday just past)."""
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if _CAPTION_CREDIT.search(text, end, line_end) is None:
        return False
    s0, s1 = _sentence_span(text, start, starts)
    return _CAPTION_FUTURE.search(text, s0, s1) is None


# A dated list (time101): lines that each open with a date without a year, then a colon or a dash
# and the entry ("- 18 May: ...", "May 18 - ...", "Tuesday, June 3: ...", "3. Friday: ..."): a
# factbox's chronology, a timeline, or a schedule. The parse runs such lines together (a date hung on
# the next line's verb, "leaves" read as a timetable), so an entry's tense is read on its own line,
# and a historic present ("- 18 May: police detain ...") takes the list's frame.
@lru_cache(maxsize=1)
def _list_line() -> re.Pattern:
    macros = load_ruleset().macros
    date = expand(r"(?:(?:{Weekday},?\s+)?(?:(?:the\s+)?{day_num}\s+(?:of\s+)?{Month}|{Month}\s+{day_num})|{Weekday})", macros)
    return re.compile(r"[^\S\n]*(?:[-*\u2022\u2013\u2014][^\S\n]*|[0-9]{1,2}[.)][^\S\n]+)?(?P<date>" + date
                      + r")[^\S\n]*(?::|[-\u2013\u2014](?=[^\S\n]))[^\S\n]*(?=\S)")


_LIST_FUTURE = re.compile(r"\b(?:" + _alt("list_entry_future") + r")\b", re.IGNORECASE)
_LIST_SCHEDULE_HEADING = re.compile(r"\b(?:" + _alt("list_schedule_headings") + r")\b", re.IGNORECASE)


_LIST_REACH = 40


def _list_lines(text: str, ls: int):
    """The entries of the dated list whose line starts at ``ls`` (as (line start, body start, line
    end), in order; blank lines between entries allowed) and the heading line before the first."""
    def line_end(a: int) -> int:
        e = text.find("\n", a)
        return len(text) if e < 0 else e

    def entry(a: int):
        m = _list_line().match(text, a, line_end(a))
        return (a, m.end(), line_end(a)) if m else None

    found = [entry(ls)]
    a = ls
    heading = ""
    # (at most _LIST_REACH lines each way: a long list costs linear time, not quadratic)
    while a > 0 and len(found) < _LIST_REACH:  # upward
        b = text.rfind("\n", 0, a - 1) + 1
        line = text[b:a - 1]
        a = b
        if not line.strip():
            continue
        e = entry(b)
        if e is None:
            heading = line
            break
        found.insert(0, e)
    a = line_end(ls) + 1
    up = len(found)
    while a < len(text) and len(found) - up < _LIST_REACH:  # downward
        e = line_end(a)
        if text[a:e].strip():
            got = entry(a)
            if got is None:
                break
            found.append(got)
        a = e + 1
    return found, heading


def _entry_cue(text: str, lo: int, hi: int) -> Optional[str]:
    """"future" where the entry says so in words ("will", "is due to"), else "past" where it has a
    past cue (a simple past, a perfect), else None (a historic or timetable present)."""
    f = _LIST_FUTURE.search(text, lo, hi)
    if f is not None and not any(w.lower() in _REPORTING_PRESENT_FORMS or w.lower() in _REPORTING_FORMS
                                 for w in re.findall(r"[A-Za-z]+", text[lo:f.start()])):
        # (not the future of what the entry reports: "- 3 Mar: the port says it will ...")
        return "future"
    for c in _CUE.finditer(text, lo, hi):
        if c.lastgroup == "past" and _cue_kind(text, c) == "past":
            return "past"
    return None


def list_entry_tense(text: str, start: int, end: int) -> Optional[str]:
    """The tense of the date at ``text[start:end]`` where it opens a line of a dated list of two
    entries or more (`_list_line`), else None. An entry's own future ("will") or past decides; an
    entry in the present is past where another entry of its list is told in the past (a chronology),
    to come under a schedule's heading ("What's next"), else untensed (the nearest day): the
    clause's tense read across the list's lines says nothing of it."""
    ls = text.rfind("\n", 0, start) + 1
    le = text.find("\n", end)
    m = _list_line().match(text, ls, len(text) if le < 0 else le)
    if m is None or not (m.start("date") <= start and end <= m.end("date")):
        return None
    entries, heading = _list_lines(text, ls)
    if len(entries) < 2:
        return None
    own = next(e for e in entries if e[0] == ls)
    t = _entry_cue(text, own[1], own[2])
    if t is not None:
        return t
    # (a heading: a short line, or a paragraph closed by a colon; not a paragraph of prose before the list)
    heading = heading.strip()
    if (len(heading) <= 80 or heading.endswith(":")) and _LIST_SCHEDULE_HEADING.search(heading[-80:]):
        return "future"
    if any(_entry_cue(text, b, e) == "past" for a, b, e in entries if a != ls):
        return "past"
    return "present"


def tense_at(text: str, start: int, end: int, doc=None, starts: Optional[list[int]] = None) -> str:
    """"past", "future" or "present" for the expression at ``text[start:end]``."""
    listed = list_entry_tense(text, start, end)
    if listed is not None:
        return listed
    if _SINCE.search(text, max(0, start - 16), start):
        return "past"
    if _AHEAD_OF.search(text, max(0, start - 20), start):
        return "future"
    if _READY_FOR.search(text, max(0, start - 40), start):
        return "future"
    if _HOPED_COULD.search(text, max(0, start - 130), start):
        return "future"
    if (_WARNED_COULD.search(text, max(0, start - 130), start) or _WARNED_OF_WEATHER.search(text, max(0, start - 90), start)
            or _ARRANGED_EVENT_ON.search(text, max(0, start - 120), start)):
        return "future"
    if starts is None:
        starts = sentence_bounds(text)
    if (_had_intended(text, start, starts) or _HAD_PLANNED_FOR.search(text, max(0, start - 90), start)
            or past_plan_for(text, start) or called_off_plan(text, start, end, starts)):
        return "present"
    reduced = reduced_plan_told_past(text, start, end)
    if reduced is not None:
        return reduced
    if _present_conditional(text, start, end, starts):
        return "future"
    if _THREAT_IF_BY.search(text, max(_sentence_span(text, start, starts)[0], start - 200), start):
        return "future"
    if _PAST_STATE_UNTIL.search(text, max(0, start - 70), start) or _ABSENCE_UNTIL.search(text, max(0, start - 120), start):
        return "past"
    m = _HELD_REDUCED_UNTIL.search(text, max(0, start - 70), start)
    if m and _main_clause_past(text, starts, m.start(), end):
        return "past"
    m = _PRESENT_IN_TIME_CLAUSE.search(text, max(0, start - 70), start)
    if m and (doc is None or _tagged_present(doc, m.start("verb"), m.end("verb"))):
        return "future"
    if _UNTIL.search(text, max(0, start - 16), start):
        s0, s1 = _sentence_span(text, start, starts)
        if not _NOT_UNTIL.search(text, max(s0, start - _WINDOW), min(s1, end + _WINDOW)):
            return "future"
    if (_PLANNED_ON.search(text, max(0, start - 100), start) or _SCHEDULED_FOR.search(text, max(0, start - 20), start)
            or _DUE_ON.search(text, max(0, start - 20), start) or for_delivery(text, start)):
        return "future"
    if _DIRECTIVE_BY.search(text, max(0, start - 120), start):
        return "future"
    if _POSS_AFTER.match(text, end) and (_DIRECTIVE_POSS.search(text, max(0, start - 120), start)
                                         or _PROJECTED_FOR_POSS.search(text, max(0, start - 80), start)):
        return "future"
    if _BY.search(text, max(0, start - 12), start):
        t = _regex_tense(text, starts, start, end, left_only=True)
        if t != "present":
            return t
    # the text the fallback cues read: with a parse, a future clause's reduced-relative participles
    # blanked (same length), so "blamed" in "will withdraw pesticides blamed for ..." is no past cue
    cue_text = text
    if doc is not None:
        try:
            t = _doc_tense(doc, start, end)
            if t is None:
                cue_text = _mask_reduced_relatives(doc, text, start)
        except Exception:  # a foreign or misaligned Doc must not break tagging
            t = None
        if t:
            return "past" if t != "past" and _caption_past(text, start, end, starts) else t
    if doc is None and _opening_day_present(text, start, end, starts):
        return "future"
    p = _OPEN_PAREN.search(cue_text, max(0, start - 4), start)
    if p is not None and cue_text.startswith(")", end) and p.start() > 0:
        start = end = p.start()
    t = _regex_tense(cue_text, starts, start, end)
    if t != "past" and _caption_past(text, start, end, starts):
        return "past"
    if t == "present":
        # a date opening its sentence before a long verbless adjunct: its clause's tense, past the window
        after = opening_adjunct_clause(cue_text, start, end)
        if after is not None:
            return _regex_tense(cue_text, starts, after, after)
    return t


# A completed period or a narrated event: "the fiscal year ended Jan. 31", "bought RJR in February",
# "In January, American Medical brought in a new chief". The verb tense alone is no good cue for a
# bare month (a "said" or a "set" before a coming date is common: "had been set to expire Nov. 6"),
# but a period that "ended" on the date, or a month after "in" whose own clause narrates a past
# event (a lexical past verb, no reporting verb, auxiliary or modal between), is past.
_ENDED = re.compile(r"\bended\s+(?:on\s+)?$", re.IGNORECASE)
# "on" too: a day after a simple past verb of its clause is past ("agents raided the office on
# Aug. 14", "on the morning of Aug. 14" in May: last August, not the coming one)
# "at": a part of the day with its date ("stormed the base at dawn on February 26")
# "before" / "after" too, with their degree words: "left the pub shortly before 11:30 pm on Saturday,
# March 2", "arrived just after March 2" in November: the March just past, as after "on"
_IN = re.compile(r"\b(?:in|since|during|on(?:\s+the)?|at|(?:(?:shortly|just|soon|right|long|well)\s+)?(?:before|after))"
                 r"\s+(?:early\s+|late\s+|mid-?)?$", re.IGNORECASE)
_NARRATED = re.compile(
    # lexical simple pasts, and irregular ones that are no participle or base form ("The first, in
    # April, broke apart")
    r"(?-i:\b(?:" + _alt("narrated_pasts") + "|"
    + _PREFIXED_PAST + "|" + _PREFIXED_PAST_OR_PP + "|"
    r"(?!hundred\b)[a-z]{2,}(?<![^r]e)ed))\b"
)
_NOT_NARRATED = re.compile(
    r"\b(?:" + _alt("not_narrated") + r")\b|'ll|\bto\s+(?!(?:a|an|the|its|his|her|their|\$|[0-9])\b)[a-z]+\b", re.IGNORECASE)

# A past verb right before the date it happened on: "The caucuses were held Jan. 3", "was arrested
# on Nov. 9", "died Jan. 3", "Baghdad fell on April 9" (not a plan: "was scheduled Jan. 3", "the
# vote, expected Nov. 6").
_PLAN_WORDS = "(?:" + _alt("plan_words") + ")"
_PAST_RIGHT_BEFORE = re.compile(
    r"(?:\b(?:was|were)\s+(?!" + _PLAN_WORDS + r"\b)(?:[a-z]+(?:ed|en|wn)|" + _IRREGULAR_PP + r"|born)"
    r"|(?<!\bbe\s)(?<!\bbeen\s)(?<!\bbeing\s)(?<!\bto\s)(?<!\bwill\s)(?<!\bwould\s)(?-i:\b(?:(?!" + _PLAN_WORDS + r"\b)(?!hundred\b)[a-z]{2,}(?<![^r]e)ed"
    # irregular simple pasts that are no participle or base form: "Baghdad fell on April 9"
    r"|" + _alt("right_before_pasts") + "|" + _PREFIXED_PAST + ")))"
    r"\s+(?:on\s+)?$", re.IGNORECASE)

# A past passive right before "in" and its month: "its computers were woken up in January", "the
# plant was closed in November" (not a plan: "was expected in March").
_PASSIVE_IN_BEFORE = re.compile(
    r"\b(?:was|were)\s+(?!" + _PLAN_WORDS + r"\b)(?:[a-z]+(?:ed|en|wn)|" + _IRREGULAR_PP + r"|born)"
    r"(?:\s+(?:up|on|off|out|down|back))?\s+in\s+(?:early\s+|late\s+|mid-?)?$", re.IGNORECASE)

# A past perfect of an event ("had stormed", "had already fled"; not a plan: "had been scheduled",
# "had planned", "had hoped to"): before a past time, so before the article date.
_PAST_PERFECT = re.compile(
    r"\bhad\s+(?:already\s+|also\s+|just\s+|earlier\s+|previously\s+|first\s+)?(?!" + _PLAN_WORDS
    + r"\b)(?!(?:" + _alt("past_perfect_intentions") + r")\b)"
    r"(?-i:(?:(?!hundred\b)[a-z]{2,}(?<![^r]e)ed|" + _IRREGULAR_PP + r"|" + _alt("past_perfect_participles") + r"))\b",
    re.IGNORECASE)
_DET = re.compile(r"\b(?:the|a|an|its|his|her|their|our|this|that)\s+$", re.IGNORECASE)  # "the slated visit"
_THAT = re.compile(r"\bthat\s+$", re.IGNORECASE)


def _adjective(clause: str, v: re.Match) -> bool:
    """True if the narrated-past word ``v`` follows a determiner, so is an adjective ("the slated
    visit"); an irregular simple past after "that" is a relative clause's verb ("an event that
    began at 10 a.m.")."""
    if not _DET.search(clause, 0, v.start()):
        return False
    return not (_THAT.search(clause, 0, v.start()) and not v.group(0).lower().endswith("ed"))


# A date opening its sentence ("In January", "On Tuesday", "In the autumn"), then one or more
# verbless adjuncts set off by commas before its clause ("In January, a fortnight after the
# reopening of the rail link to the southern ports, a landslide buried the track"): the date
# modifies that clause, whose verb may lie past the cue window. An adjunct part opens with a word of
# `adjunct_openers`, after an optional count of time or a word of `adjunct_degrees`, and holds no
# tense cue, narrated past, clause opener or "that" (a part with its own verb is no adjunct).
_OPENING_DATE_BEFORE = re.compile(
    r"(?:^|[.!?][\"'”’)]*\s+|\n)[\"“]?(?:(?:in|on|during|over|throughout)\s+)?$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _adjunct_open() -> re.Pattern:
    """The opening of an adjunct part. Its count of time is the tagger's own ({count} of
    patterns.yaml: "three", "eleven", "a dozen", "2 1/2"), so a count the tagger reads as a length
    also opens an adjunct; built on first use, as it needs the rule set."""
    count = expand("{count}", load_ruleset().macros)
    return re.compile(
        r",\s*(?:(?:(?:" + count + r")\s+(?:hours?|days?|nights?|weeks?|fortnights?|months?|years?)|"
        + _alt("adjunct_degrees") + r")\s+)?(?:" + _alt("adjunct_openers") + r")\s", re.IGNORECASE)


_ADJUNCT_VERB = re.compile(r"\b(?:that|" + _alt("clause_openers") + r")\b", re.IGNORECASE)
# the end of a comma part or clause: punctuation, not the period of an abbreviation ("the blaze at
# St. Mary's church") nor one inside a sentence ("a fire in Hull, Yorks., gutted ...")
_PART_STOP = re.compile(r"[,;:!?()\u2014]|\.(?=[\"'”’)]*(?:\s+[\"'“‘(]?[A-Z0-9]|$))")
# (a part opened by a coordinator or "that" continues the adjunct's host, no main clause)
_CLAUSE_AFTER_ADJUNCT = re.compile(r",\s*(?=[\"“]?[A-Za-z])(?!(?:and|or|but|nor|that)\b)", re.IGNORECASE)
_ADJUNCT_SPAN = 400  # characters: the adjuncts and the clause's start lie within one sentence


def _part_end(text: str, pos: int, hi: int, commas: bool = True) -> int:
    """Where the part of ``text`` from ``pos`` ends (before ``hi``): at a punctuation mark, a comma
    only with ``commas``, a period only where it ends a sentence and no abbreviation."""
    for m in _PART_STOP.finditer(text, pos, hi):
        if m.group() == "," and not commas:
            continue
        if m.group() == "." and _ABBREV.search(text, max(0, m.start() - 8), m.end()):
            continue
        return m.start()
    return hi


def _verbless(part: str) -> bool:
    if _ADJUNCT_VERB.search(part) or _NARRATED.search(part):
        return False
    return not any(_cue_kind(part, c) is not None for c in _CUE.finditer(part))


def opening_adjunct_clause(text: str, start: int, end: int) -> Optional[int]:
    """The offset of the clause after the verbless adjuncts that follow a sentence-opening date at
    ``text[start:end]`` (each a comma part opened by _adjunct_open), or None where the date opens
    no sentence or no such adjunct follows it."""
    o = _OPENING_DATE_BEFORE.search(text, max(0, start - 24), start)
    if o is None or (text[o.start():o.start() + 1] == "." and _ABBREV.search(text, max(0, o.start() - 8), o.start() + 1)):
        return None  # no sentence starts after an abbreviation's period ("in the U.S. on Nov. 22")
    hi = min(len(text), end + _ADJUNCT_SPAN)
    pos, parts = end, 0
    while True:
        m = _adjunct_open().match(text, pos, hi)
        if m is None:
            break
        stop = _part_end(text, m.end(), hi)
        if not text.startswith(",", stop) or not _verbless(text[m.start() + 1:stop]):
            break
        pos, parts = stop, parts + 1
    c = _CLAUSE_AFTER_ADJUNCT.match(text, pos, hi) if parts else None
    return c.end() if c else None


def _main_clause(text: str, after: int) -> str:
    """The clause from ``after`` (the start of a sentence's main clause) to its end or the window,
    across commas: "a fire in Hull, Yorks., gutted the old terminal" """
    return text[after:_part_end(text, after, min(len(text), after + _WINDOW), commas=False)]


def narrated_past(text: str, start: int) -> bool:
    """True if the bare month at ``start`` closes a completed period ("ended Jan. 31") or sits after
    "in" in a clause whose verb, to its left, is a simple past ("bought RJR in February"); a month
    opening its sentence ("In January, ...") takes the verb to its right."""
    lo = max(0, start - _WINDOW)
    if _ENDED.search(text, max(0, start - 12), start):
        return True
    if _PAST_RIGHT_BEFORE.search(text, max(0, start - 40), start):
        return True
    if _PASSIVE_IN_BEFORE.search(text, max(0, start - 48), start):
        return True
    m = _IN.search(text, max(0, start - 16), start)
    if m is None:
        return False
    left = text[lo:m.start()]
    edge = None
    for edge in _CLAUSE.finditer(left):
        pass
    clause = left[edge.end():] if edge is not None else left
    if clause.strip() == "" or re.search(r"[.!?][\"'”’)]*\s*$", left):
        # "In January, American Medical brought in ...": the clause after the comma
        right = text[start:start + _WINDOW]
        c = re.match(r"[^,;:]*,([^,;:.!?]*)", right)
        clause = c.group(1) if c else ""
        # "In January, a fortnight after ..., a landslide buried the track": past a verbless
        # adjunct, the clause the month modifies
        after = opening_adjunct_clause(text, start, start + c.start(1) - 1) if c else None
        if after is not None:
            clause = _main_clause(text, after)
        vs = list(_NARRATED.finditer(clause))
        return bool(vs) and not _NOT_NARRATED.search(clause, 0, vs[0].end())
    clause = re.split(r"[.!?][\"'”’)]*\s+", clause)[-1]
    h = None
    for h in _PAST_PERFECT.finditer(clause):
        pass
    if h is not None and not _NOT_NARRATED.search(clause, h.end()):
        # "said on Tuesday that commandos had stormed the base on Dec. 3": a past perfect, with no
        # modal, "to" or plan between it and the date, tells a thing done before a past time
        return True
    vs = [v for v in _NARRATED.finditer(clause) if not _adjective(clause, v)]
    return bool(vs) and not _NOT_NARRATED.search(clause)


# A simple past passive ("a hurricane warning was issued at 11 a.m.", "the storm was centered"):
# past like a simple past verb (not a plan: "was scheduled", "was expected").
_PASSIVE_PAST = re.compile(
    r"\b(?:was|were)\s+(?!" + _PLAN_WORDS + r"\b)(?:[a-z]+(?:ed|en|wn)|" + _IRREGULAR_PP + r")\b", re.IGNORECASE)
# A clock time a statement or report was issued at, after a past reporting verb in its clause
# ("said in a statement released at 2:30 p.m.", "said in a report published at 9 a.m."; not "will
# say in a statement to be released at ...").
_RELEASED_AT = re.compile(
    r"\b(?:said|announced|wrote|added|reported|told\s+\w+)\s+in\s+(?:a|an|its|his|her|their)\s+(?:[a-z]+\s+)?"
    r"(?:statement|report|release|notice|announcement|note|letter|post|e-?mail)\s+"
    r"(?:released|issued|published|posted|sent|e-?mailed|distributed)\s+(?:at|around|about|shortly\s+after)\s+(?:about\s+)?$",
    re.IGNORECASE)
# A clock time that opens its sentence: "At 5 a.m. EDT, the storm was centered ..."
_CLOCK_OPENS = re.compile(r"^\s*[\"“]?(?:(?:at|by|around|about|shortly|just|before|after|until)\s+)+$", re.IGNORECASE)


def opening_told_past(text: str, start: int, end: int) -> bool:
    """True if the expression at ``text[start:end]`` opens its sentence and the clause after its
    comma narrates in the simple past ("The following morning, crews found cracks")."""
    if start > 0 and not re.search(r"(?:^|[.!?][\"'”’)]*\s+|\n)[\"“]?$", text[max(0, start - 6):start]):
        return False
    c = re.match(r"\s*,([^,;:.!?]*)", text[end:end + _WINDOW])
    return c is not None and _told_past(c.group(1))


def _told_past(clause: str) -> bool:
    """True if ``clause`` narrates in the simple past (active or passive) with no reporting verb,
    modal or other auxiliary."""
    vs = [v for v in _NARRATED.finditer(clause) if not _adjective(clause, v)]
    if vs and not _NOT_NARRATED.search(clause):
        return True
    p = _PASSIVE_PAST.search(clause)
    return p is not None and not _NOT_NARRATED.search(clause[:p.start()] + " " + clause[p.end():])


# a position reported at a clock time, in the past ("At 10 a.m. CDT, the storm was about 365 miles
# south of ...", "At noon, the ship was 40 kilometers off the coast")
_PAST_POSITION = re.compile(
    r"\s*(?:the\s+|its\s+|an?\s+)?[A-Za-z]+(?:\s+[A-Za-z]+)?\s+(?:was|were)\s+(?:(?:about|roughly|some|nearly|almost|just|only|still)\s+)?"
    r"[0-9][0-9,.]*\s+(?:miles|kilometers|kilometres|km|nautical\s+miles)\b")


def clock_told_past(text: str, start: int, end: Optional[int] = None) -> bool:
    """True if the sentence before the clock time at ``start`` (within the window) narrates a past
    event in the simple past, with no reporting verb, modal or auxiliary ("trains stopped running at
    about 1 p.m.", "lines ended service early, with the last trains leaving at 2 p.m.", "a warning
    was issued at 11 a.m."), or the clock opens its sentence and the clause after it so narrates
    ("At 5 a.m. EDT, the storm was centered ..."): that clock time cannot lie after the article date."""
    lo = max(0, start - _WINDOW)
    left = text[lo:start]
    cut = max((m.end() for m in re.finditer(r"[.!?][\"'”’)]*\s+(?=[\"“A-Z])|\n", left)), default=0)
    left = left[cut:]
    if _RELEASED_AT.search(left):
        # the time a statement came out, told in the past: "Stevens said in a statement released
        # at 2:30 p.m." (the article's day, not a coming meeting named in the sentence before)
        return True
    if (cut > 0 or lo == 0) and _CLOCK_OPENS.match(left) and end is not None:
        c = re.match(r"[^,;:.!?]{0,30},([^,;:.!?]*)", text[end:end + _WINDOW])
        return c is not None and (_told_past(c.group(1)) or _PAST_POSITION.match(c.group(1)) is not None)
    return _told_past(left)
