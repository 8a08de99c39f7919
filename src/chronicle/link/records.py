"""Plain records the linker works on: one per event mention, one per canonical event.

Pure data, no database: the store adapter (:mod:`chronicle.link.store_adapter`) builds them from
stored rows, the benchmark builds them synthetically, and the linker only reads them.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from typing import Iterable, Optional

# Status groups: planned and possible reports are the same future event; what occurred is
# another event (joined to the plan by a `realizes` link); a denial is its own record.
STATUS_GROUP = {"occurred": "occurred", "planned": "future", "possible": "future", "denied": "denied"}
REPORT_LAG = timedelta(days=7)   # an article-dated report speaks of the week before it at most
PLAN_HORIZON = timedelta(days=183)  # an undated plan is looked for in the half year after its report
WIDE_DAYS = 400                  # intervals wider than this are indexed in a per-block list
# Joint event types: one act of all its parties, whichever of them a report names and in which role
# ("Thailand and Cambodia agreed a ceasefire" / "Cambodia agreed" / "X met Y" / "Y met X").
JOINT_TYPES = frozenset({"AGREE", "CONSULT"})


ORDINALS = frozenset("first second third fourth fifth sixth seventh eighth ninth tenth".split())


def ordinal_before(prefix: Optional[str]) -> str:
    """The ordinal word that ends ``prefix`` (the text right before a trigger): "the first " -> "first"."""
    words = re.findall(r"[A-Za-z]+", (prefix or "")[-16:])
    return words[-1].lower() if words and words[-1].lower() in ORDINALS and (prefix or "").endswith(" ") else ""


def norm_name(s: Optional[str]) -> str:
    """'Kim Jong-un' / 'Kim Jong Un' / 'KIM JONG-UN' -> 'kim jong un'."""
    if not s:
        return ""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = re.sub(r"[\-‐‑–—_.’'`]+", " ", s.casefold())
    return " ".join(s.split())


_COUNT = re.compile(
    r"\s+(?:(?:at least|more than|over|nearly|almost|about|around|some|up to)\s+)?"
    r"(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a dozen|dozens|scores|hundreds|thousands)"
    r"\s+(?:of\s+)?(?:[A-Za-z-]+\s+){0,2}?(?:[a-z]+s|people|men|women|children)\b")


@lru_cache(maxsize=1)
def _counted_groups_data() -> tuple[dict, int, frozenset, frozenset]:
    """``resources/link/counted_groups.yaml``: number words, the least count, generic nouns, the nouns
    naming persons they may stand for."""
    from importlib.resources import files

    import yaml
    raw = yaml.safe_load(files("chronicle.resources").joinpath("link/counted_groups.yaml").read_text(encoding="utf-8"))
    return ({str(k): int(v) for k, v in raw["numbers"].items()}, int(raw["min_count"]),
            frozenset(str(g) for g in raw["generic"]), frozenset(str(g) for g in raw["persons"]))


def person_nouns() -> tuple[frozenset, frozenset]:
    """(generic nouns for persons, the nouns naming persons they may stand for) of
    ``resources/link/counted_groups.yaml`` (linkPlan17: one sentence's two mentions of one people)."""
    _, _, generic, persons = _counted_groups_data()
    return generic, persons


_DIGITS = re.compile(r"^\d{1,3}(?:,\d{3})*$")  # "14", "1,200"; not "2019" (a year)


def _count_at_end(words: list[str]) -> Optional[int]:
    """The exact number that ``words`` end with ("... detained a dozen" -> 12), else None."""
    numbers, _, _, _ = _counted_groups_data()
    if not words:
        return None
    if _DIGITS.match(words[-1]):
        return int(words[-1].replace(",", ""))
    for n in (2, 1):
        if len(words) >= n and " ".join(words[-n:]) in numbers:
            return numbers[" ".join(words[-n:])]
    return None


def counted_group(before: Optional[str], text: Optional[str]) -> Optional[tuple[int, str]]:
    """(number, noun) of a filler told as an exact count of at least ``min_count``: "Five nurses" ->
    (5, "nurses"); "killing at least 14 " + "soldiers" -> (14, "soldiers"); "three " + "security guards"
    -> (3, "guards") (the noun: the filler's last word). None for no number, a vague one ("dozens of"),
    or under the least count ("the two men")."""
    numbers, least, _, _ = _counted_groups_data()
    words = (text or "").casefold().split()
    if not words or not words[-1].isalpha():
        return None
    noun = words[-1]
    head = words[:-1]
    count = None
    for i in range(1, len(head) + 1):  # a number in the filler's own text ("Five nurses", "the remaining 41 passengers")
        count = _count_at_end(head[:i])
        if count is not None:
            width = 2 if head[:i][-2:] == ["a", "dozen"] else 1
            if i > width and head[i - width - 1] == "of":
                return None  # a name or a part ("the Group of Seven leaders", "one of three soldiers"): no count
            break
    if count is None:  # else right before it ("detained twelve " + "people")
        prev = (before or "").casefold().split()
        count = _count_at_end([w.strip("(\"'") for w in prev[-2:]])
    if count is None or count < least:
        return None
    return count, noun


def same_group(a: tuple[int, str], b: tuple[int, str]) -> bool:
    """One counted group told twice: the same number, and the same noun, or a generic noun for persons on
    one side and a noun naming persons on the other ("twelve people" / "the 12 migrants"; not "twelve
    boats")."""
    _, _, generic, persons = _counted_groups_data()
    if a[0] != b[0]:
        return False
    if a[1] == b[1]:
        return True
    return (a[1] in generic and b[1] in persons | generic) or (b[1] in generic and a[1] in persons | generic)


def counted_after(after: Optional[str]) -> bool:
    """The text right after a trigger counts several of its objects: " at least six Vietnamese boats
    this year", " 12 people", " dozens of activists" (not " a Vietnamese boat", " the two men's boat")."""
    return bool(after and _COUNT.match(after))


@dataclass(frozen=True)
class MentionRecord:
    """What the linker needs to know about one event mention."""
    id: str
    doc: str                                  # article key
    type: str
    status: str
    actor_countries: frozenset = frozenset()
    recipient_countries: frozenset = frozenset()
    people: frozenset = frozenset()           # identities of named individuals (any role)
    start: Optional[date] = None              # the mention's own date interval
    end: Optional[date] = None
    text_dated: bool = False                  # False: the interval is the article date (fallback)
    reported: Optional[date] = None           # the article's date
    sources: tuple = ()
    fillers: frozenset = frozenset()          # (role, identity, country or "") of every filler; identity:
                                              # actor id or normalized text, as in ``people``
    ordinal: str = ""                         # "first", "second", ... right before the trigger ("the
                                              # first attack", "the second strike"), else ""
    words: frozenset = frozenset()            # content words of the fillers' texts (``party_words``)
    counted: bool = False                     # the trigger is followed by a count of several ("detained at
                                              # least six boats", ``counted_after``): with a period running
                                              # at the report, a tally of acts (``linker._tally``)
    signing: bool = False                     # a formal agreement's signing (CAMEO 057 told by "sign": "the deal,
                                              # signed in Paris"; not "ratified"): with its article's agreement,
                                              # one act (``linker._choose_signed``)
    sentence: int = -1                        # where its sentence starts in the article (-1: unknown):
                                              # one sentence's acts of one agent on one day are one act
                                              # ("ambushed a convoy on Tuesday, killing nine officers")
    mode: str = ""                            # its PLOVER mode ("allege", "investigate", "arrest"; "":
                                              # none given): which act of its type (``linker._other_acts``)
    orgs: frozenset = frozenset()             # canonical ids of the named organisations among its actors and
                                              # recipients ("the African Union", "Congress"; not a group like
                                              # "students"): a countryless plan and act naming one
                                              # (``linker._org_pair``)
    groups: frozenset = frozenset()           # (role, number, noun) of its fillers told as an exact count
                                              # ("detained fourteen people": ``counted_group``): two
                                              # countryless reports of one group (``linker._choose_counted``)
    cameo: str = ""                           # (linkPlan15) its CAMEO code ("036"; "": none given): two reports
                                              # dated only by articles of different days, of different codes,
                                              # are two acts (``linker._other_code_other_day``)
    places: frozenset = frozenset()           # (linkPlan16) (name, latitude, longitude, country) of the towns it names
                                              # (its location, a place read as its recipient; no country):
                                              # one day's acts of other actors in towns apart are two
                                              # (``linker._other_scene``)

    # ``block`` computed at its first read (the linker reads it several times per mention); a
    # declared field, not an attribute added later, so the instance keeps its compact attribute dict
    _block: str = field(default="", init=False, repr=False, compare=False)

    @property
    def targets(self) -> frozenset:
        """The identities of its recipients ("ask the World Trade Organization" -> the WTO's actor id)."""
        return frozenset(i for role, i, _ in self.fillers if role == "recipient")

    @property
    def group(self) -> str:
        return STATUS_GROUP.get(self.status, self.status)

    @property
    def block(self) -> str:
        """Blocking key: type × status group × actor countries × recipient countries."""
        b = self._block
        if not b:
            b = "|".join([self.type, self.group, ",".join(sorted(self.actor_countries)),
                          ",".join(sorted(self.recipient_countries))])
            object.__setattr__(self, "_block", b)  # a cache of fields the record never changes
        return b

    def window(self) -> tuple[Optional[date], Optional[date]]:
        """The days this mention can refer to (for indexing)."""
        if self.start is None:
            return None, None
        if self.text_dated:
            return self.start, self.end or self.start
        return self.start - REPORT_LAG, self.end or self.start


_STOP = frozenset("the a an of and or for to in on at by with from its their his her this that these those "
                  "who which some all two three four five six seven eight nine ten".split())


def party_words(texts: Iterable[Optional[str]]) -> frozenset:
    """The content words of filler texts: "the Dutch embassy" -> {dutch, embassy}; "Mactan-Cebu
    International Airport" -> {mactan, cebu, international, airport}. A countryless plan ("the
    embassy would reopen") and the act naming countries ("the Dutch embassy reopened") share one."""
    out = set()
    for t in texts:
        for w in norm_name(t).split():
            if len(w) >= 3 and w.isalpha() and w not in _STOP:
                out.add(w)
    return frozenset(out)


def agent_relatives(block: str, known: Iterable[str] = ()) -> list[str]:
    """The blocks whose events a mention of ``block`` may also join when one side names no agent:
    a mention without actor countries ("Beridze was detained", "two soldiers were killed") and
    one whose actors are known ("police arrested Beridze") report one event when they share the
    type, status group and recipient countries. For a block with actor countries that is the
    agentless block; for an agentless one, every block of ``known`` with some actor countries.
    None when the recipients are unknown too (nothing to tie the two together)."""
    kind, group, actors, recipients = block.split("|", 3)
    if not recipients:
        return []
    if actors:
        return [f"{kind}|{group}||{recipients}"]
    return [b for b in known if b != block and loose_key(b) == (kind, group, recipients)]


def recipient_relatives(block: str, known: Iterable[str] = ()) -> list[str]:
    """The mirror of :func:`agent_relatives`: the blocks whose events a mention of ``block`` may also
    join when one side names no recipient country. A report of an act that names its actor's
    country and no recipient ("Mauritania ratified the pact last week", "China's protest note,
    delivered on Monday") and one naming both ("Mauritania ratified its pact with Senegal on
    Thursday") report one act when they share the type, status group and actor countries. For a
    block with recipient countries that is the recipient-less block; for a recipient-less one,
    every block of ``known`` with some recipient countries. None when the actors are unknown too."""
    kind, group, actors, recipients = block.split("|", 3)
    if not actors:
        return []
    if recipients:
        return [f"{kind}|{group}|{actors}|"]
    return [b for b in known if b != block and actor_key(b) == (kind, group, actors)]


def actor_key(block: str) -> tuple[str, str, str]:
    """(type, status group, actor countries) of a block (``recipient_relatives``)."""
    kind, group, actors, _ = block.split("|", 3)
    return kind, group, actors


@lru_cache(maxsize=1 << 16)
def block_parties(block: str) -> frozenset:
    """The countries a block names, actors and recipients together."""
    _, _, actors, recipients = block.split("|", 3)
    return frozenset(c for c in (*actors.split(","), *recipients.split(",")) if c)


def loose_key(block: str) -> tuple[str, str, str]:
    kind, group, _, recipients = block.split("|", 3)
    return kind, group, recipients


def other_group(group: str) -> str:
    """The status group a plan and its realization face across: a plan ("future") is realized by an
    act ("occurred"), an act realizes a plan."""
    return "future" if group == "occurred" else "occurred"


def sibling_block(block: str, group: str) -> str:
    parts = block.split("|")
    parts[1] = group
    return "|".join(parts)


def event_id_for(seed_mention_id: str) -> str:
    """A canonical event's id: derived from the mention that founded it, so it never changes."""
    return "ev-" + hashlib.sha1(seed_mention_id.encode("utf-8")).hexdigest()[:12]


@dataclass
class EventState:
    """A canonical event as far as linking needs it (aggregates live in the store)."""
    id: str
    block: str
    start: Optional[date] = None     # most precise compatible interval (text dates), else report days
    end: Optional[date] = None
    text_dated: bool = False
    date_certainty: int = 0          # 0 stated (occurred, planned), 1 speculated (possible)
    people: frozenset = frozenset()
    first_reported: Optional[date] = None
    last_reported: Optional[date] = None
    docs: set = field(default_factory=set)
    num_mentions: int = 0
    agents: frozenset = frozenset()  # actor countries its mentions name (none: all agentless)
    # recipient countries its mentions name (none: all recipient-less): a recipient-less event takes
    # one set of recipients (``linker._choose_relative``)
    recipients: frozenset = frozenset()
    local: Optional[set] = None      # (doc, parties) of the mentions linked in this run (with fillers)
    parties: frozenset = frozenset()  # countries its mentions name in any role (none: all countryless)
    named: bool = False              # some mention names a party (a filler), with a country or not
    # (doc, ordinal, actor identities, text-dated) of the mentions linked in this run: one article's
    # "first attack" / "second strike", or "the court ordered" / "CPJ urged" undated, are two acts
    told: Optional[set] = None
    words: frozenset = frozenset()   # content words of its mentions' fillers (``party_words``)
    also: Optional[set] = None       # other blocks its mentions came from, joined by ``linker._choose_local``
    # (doc, sentence, actor identity) of its mentions linked in this run that are dated to one day by
    # their text: another such mention of that sentence and agent is the same act (``linker._same_clause``);
    # (linkPlan17) (doc, sentence, actor identity, (start, end), recipient identities) of those dated by
    # their text more widely: one of that sentence, agent and dates naming the same people is too
    clauses: Optional[set] = None
                                     # in this run: it is indexed there too (their plans find it)
    tally: bool = False              # founded by a tally ("has detained at least six boats this year",
                                     # ``linker._tally``; in this run only): no narrower report joins it
    # PLOVER modes its mentions name (none: unknown): a plan is realized only by an act of one of them
    # (``linker._other_acts``)
    modes: frozenset = frozenset()
    orgs: frozenset = frozenset()    # named organisations its mentions name (``MentionRecord.orgs``)
    # (roles6) some mention states it (occurred, planned); none: all speculated ("possible": "if
    # Sudan obstructed the inquiry", "urged Iran to release ...", "may visit")
    stated: bool = False
    # (linkPlan2) identities of the recipients its mentions name (``MentionRecord.targets``): an undated
    # plan naming its recipient is not realized by an act naming none (``linker._other_targets``)
    targets: frozenset = frozenset()
    # (linkPlan7) (role, number, noun) of its mentions' counted fillers (``MentionRecord.groups``)
    groups: frozenset = frozenset()
    # (linkPlan15) CAMEO codes its mentions name (``MentionRecord.cameo``; none: unknown)
    cameos: frozenset = frozenset()
    # (linkPlan16) the towns its mentions name (``MentionRecord.places``) and the identities of their actors
    # (``linker._other_scene``)
    places: frozenset = frozenset()
    actor_ids: frozenset = frozenset()

    def window(self) -> tuple[Optional[date], Optional[date]]:
        if self.start is None:
            return None, None
        if self.text_dated:
            return self.start, self.end
        if self.block.split("|")[1] == "future":  # an undated plan can come true within months
            return self.start - REPORT_LAG, self.end + PLAN_HORIZON
        return self.start - REPORT_LAG, self.end
