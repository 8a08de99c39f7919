"""Incremental cross-document event linking with blocking (pure functions, no database).

Mentions are blocked by type × status group × actor countries × recipient countries, and inside a
block indexed by calendar month of the days they can refer to. A mention is compared only with the
events of its block whose month buckets it touches, so linking n mentions costs O(n log n) for the
sort plus O(n · k) comparisons, k the (small) number of events sharing a block and a month.

Rules, in words:
- two text dates are compatible when one interval contains the other ("June 2024" ⊂ "2024"); the
  event keeps the most precise one;
- a mention dated only by its article ("source: article") matches an occurred event of the week
  before the report, or a future event not yet past;
- two different named people doing the same kind of thing are two events;
- (linkPlan16) two reports of one day, each naming a town and an actor, sharing no actor, their towns all
  of one country and more than ``NEAR_KM`` apart, are two acts ("nurses marched through Accra on Monday" / "in Kumasi, market
  women protested that morning"): ``_other_scene``, in every path that compares a report with an event of its day;
- (linkPlan17) an act dated by its text to one day and a report known only by articles of other days, naming
  PLOVER modes they do not share and other CAMEO codes, are two acts ("deputies walked out of the assembly on
  Monday" / Friday's "supporters blocked the coast road"): ``_other_mode_other_day``;
- a block without any country needs a shared person to merge (or, linkPlan17, two reports of a strike of one
  text day whose parties share a word that is no noun for persons: ``_one_workforce``);
- a coarse mention ("in 2024") that fits several distinct events joins none of them (it joins an
  event dated as coarsely, or starts one): merging it into an arbitrary one would inflate counts;
- (linkPlan11) a report dated by its text as widely as a month or more that names a country or a
  person waits: it joins only an event of its own dates, no other report joins its event directly,
  and once the pass is done it is merged into the one event of its block it fits (``_reconcile_wide``; a joint
  act only into an event whose countries contain its own or lie inside them, linkPlan13),
  so the first day event to arrive does not take it (linkPlan14: with no fit in its block, a report naming no
  recipient, or no agent, country is merged so into the one act of a relative block dated inside it:
  ``_relative_wide_fits``); the store links such a report again when a new
  report in reach of its dates arrives after it joined (``store_adapter._detach_wide``);
- a coarse report counting several acts over a period running at its report ("Indonesia has
  detained at least six Vietnamese boats this year": ``_tally``) is a tally: it joins only an
  event dated as coarsely, and no narrower report joins the event it founds;
- a speculated date ("may visit on May 9") never replaces a stated one ("is expected this year");
- a planned (or possible) event and an occurred event with the same type and parties and
  overlapping dates are two events joined by a ``realizes`` link (occurred → planned), unless
  every article that reports the act also tells the plan as still to come ("the ministers met
  earlier this month to prepare the visit" does not realize the visit), or the act was last told,
  and is dated to begin, before the plan's text date (linkPlan12: "visited Uganda in 2026", told in
  March, does not realize "will visit Uganda in November": ``_told_before``); a plan naming no country,
  dated by its text, is realized by an act of its type naming countries whose dates overlap it
  and that names a party by a common word ("will arrive in Cebu on Thursday" / "landed at
  Mactan-Cebu airport on Thursday": ``_countryless_realizations``); a plan and an act with the
  same type and recipient countries of which one names no agent country ("the foreign ministry
  would summon Tajikistan's ambassador on Monday" / "Kyrgyzstan's foreign ministry summoned ...
  on Monday") are so linked when they name a common person, or are both dated to the same day
  and each is the other's only such event (``_relative_realizations``); a plan and an act with the
  same type and actor countries of which one names no recipient country ("South Africa's minister
  is expected in Maseru next week" / "the South African minister was received in Maseru on
  Tuesday") are so linked when the act is dated by its text to a day inside the plan's text date
  of a week or less and each is the other's only such partner (``_recipient_realizations``); in every one of these
  paths a plan is realized only by an act of its PLOVER mode: an act and a plan whose mentions
  name modes and share none are two acts of one type ("the journalist was charged", ACCUSE
  allege, does not realize "the court will hear the appeal", ACCUSE investigate: ``_other_acts``);
  a side naming no mode is matched as before; a countryless plan and a countryless act of its type
  naming a common organisation (not a group: "the African Union", "Congress"), the act dated by
  its text to a day inside the plan's text date of a week or less, are so linked when each is the
  other's only such event ("would march to Congress on Monday" / "marched to Congress" that
  Monday: ``_org_pair``); so are a plan naming countries and a countryless act of its type naming
  one organisation of the plan's ("Tari would file a petition in the Supreme Court next week" / "his
  lawyers filed a petition in the Supreme Court" that Monday);
- a mention that names no agent ("Beridze was detained", "two soldiers were killed on May 11")
  and one that does ("police arrested Beridze") are one event when type, status group and
  recipient countries agree and they name the same person, or when both are dated to the same
  day and there is exactly one such event, or (none so) exactly one dated to a day inside the
  other's week ("the summoning of Turkey's ambassador last week") (``_choose_relative``), in
  either order of arrival;
- inside one article, two countryless mentions of one sentence naming a common agent and dated to
  the same day are one act ("militiamen ambushed a convoy on Tuesday, killing nine officers":
  ``_same_clause``); dated so to one wider interval, when their recipients name the same people too
  (linkPlan17: "fired on demonstrators in March 2011, killing twenty people": ``_same_people``);
- a joint act (AGREE, CONSULT: ``records.JOINT_TYPES``) told with only some of its parties or with
  the roles swapped ("Cambodia agreed on Sunday" / "Thailand and Cambodia agreed on Sunday") is
  the one event of that type and status group dated exactly as the mention whose countries (every
  country its reports named: a one-country event takes one set of partners, linkPlan12) contain
  the mention's or are contained in them (none when several fit); a mention dated only
  by its article looks so among the events its own article already reported (``_choose_joint``);
  with no event dated exactly so, the one whose date lies inside the mention's or around it,
  neither wider than a month ("the aid Tokyo pledged last week" / "Japan on Monday pledged aid
  to the Philippines");
- inside one article, two mentions with different ordinals ("the first attack" / "the second
  strike") are two acts, and so are two mentions neither dated by the text that name different
  actors ("the court ordered him held" / "the CPJ urged his release");
- inside one article, a mention naming countries and dated to one day joins the one event of its
  type and status group that article reported dated exactly that day whose countries, role by
  role, contain the mention's or are contained in them ("Senegal and Mauritania signed a pact on
  Tuesday ... The agreement was signed by ... his Mauritanian counterpart": ``_choose_local``);
- inside one article, a signing (CAMEO 057 told by "sign", occurred, not of several things) and
  the one occurred agreement (AGREE) whose countries contain its own or are contained in them, both
  dated so to the same day or one dated only by the article around the other's day, are one act ("Chad and Sahel
  Petroleum agreed on Friday to settle ... Under the deal, signed in Paris ..."), in either order
  of arrival; the event is also indexed under the other type (``_choose_signed``);
- two mentions naming no country and no common person that name, in one role, the same counted group
  (an exact number of at least three and one noun, or a generic noun for persons on one side: "police
  detained twelve people on Wednesday" / "the twelve people detained last week") are one event when
  their dates lie one inside the other (neither coarser than a month; or one dated by its article and
  the other to a day of the week before it) and that event is the only such one (``_choose_counted``);
  the event may name countries (a report naming them and the group, or one naming no group joined by a
  countryless report of the group on its day: "Ugandan police arrested 15 traders on Thursday" / "the 15
  traders arrested in September"), and a countryless event of the group stored before that event told the
  group is merged into it when it is its only partner (``_reconcile_counted``);
- a block without any country merges inside one article when the mentions name the same parties
  (same actor ids or filler texts): "Labour leaders met government officials on Monday ... The
  talks, chaired by ..." is one meeting; across articles it still needs a shared person;
- a mention whose parties resolve to no country ("the mission was shut on May 13", "unions called
  off the strike on Tuesday") and one naming countries ("the Netherlands closed its embassy in
  Tripoli on Tuesday") are one event when type and status group agree, both are dated to the same
  day, and exactly one event of that type, group and day names countries (of several, the one
  its own article reported: "The men were detained on August 3, when an Indonesian patrol ship
  seized their boat"; else, linkPlan13, the one of its own PLOVER mode: ``_day_pick``) (``_choose_day``), in
  either order of arrival: a countryless event takes one set of countries (the first to join it
  by its day), and a report naming countries joins it only while no other event of that day
  names countries. A report dated only by its article, or coarser than a day, never joins so.
  Such an event takes the block of the countries that joined it; countryless events of that day
  stored before the one report naming countries arrived are merged into its event
  (``_reconcile_days``: ``LinkResult.merged``, the store keeps the absorbed ids as aliases).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from math import asin, cos, radians, sin, sqrt
from typing import Iterable, Iterator, Optional

from chronicle.link.records import (
    JOINT_TYPES, REPORT_LAG, WIDE_DAYS, EventState, MentionRecord, actor_key, agent_relatives, block_parties,
    event_id_for, loose_key, other_group, person_nouns, recipient_relatives, same_group, sibling_block,
)

NEAR_KM = 15  # (linkPlan16) two towns nearer than this may be one inside the other (a district, its city)
COARSE_DAYS = 31  # a text date wider than a month is coarse: "in 2024", "this spring", "2024-Q1"
MONTH_DAYS = 27  # a text date of a month or more (February: 27 days after the 1st), not coarse: ``_month_wide``


@dataclass
class LinkResult:
    assign: dict[str, str] = field(default_factory=dict)          # mention id -> event id
    events: dict[str, EventState] = field(default_factory=dict)   # every event now known
    touched: set[str] = field(default_factory=set)                # events created or changed
    links: set[tuple[str, str, str]] = field(default_factory=set)  # (source, target, relation)
    merged: dict[str, str] = field(default_factory=dict)  # absorbed event id -> the event id kept


def _contains(a0: date, a1: date, b0: date, b1: date) -> bool:
    return a0 <= b0 and b1 <= a1


def _dates_compatible(m: MentionRecord, e: EventState) -> bool:
    if m.start is None or e.start is None:
        return False
    m0, m1 = m.start, m.end or m.start
    e0, e1 = e.start, e.end or e.start
    if m.text_dated and e.text_dated:
        return _contains(m0, m1, e0, e1) or _contains(e0, e1, m0, m1)
    future = m.group == "future"
    if m.text_dated:  # the event is known only by its report days [e0, e1]
        if future:
            return m1 >= e0 - REPORT_LAG
        return m0 <= e1 and m1 >= e0 - REPORT_LAG and not _other_mode_other_day(m, e)
    if e.text_dated:  # the mention is known only by its report day m0
        if future:
            return e1 >= m0 - REPORT_LAG
        return e0 <= m1 and e1 >= m0 - REPORT_LAG and not _other_mode_other_day(m, e)
    return e0 - REPORT_LAG <= m1 and m0 <= e1 + REPORT_LAG and not _other_code_other_day(m, e)


def _other_code_other_day(m: MentionRecord, e: EventState) -> bool:
    """(linkPlan15) ``m`` and ``e`` are known only by their articles' days, ``m``'s article is of
    another day than the first and the last of ``e``'s reports (the state keeps no days between) and
    its CAMEO code is none of ``e``'s: two acts ("invited the rebels to talks" on the 3rd, "under the
    ceasefire agreed" on the 9th), as the week an article-dated report may speak of is no evidence
    that two reports of other acts are one. Acts and plans alike; a denial, or a code unknown on
    either side, decides nothing."""
    if not m.cameo or not e.cameos or m.cameo in e.cameos or m.reported is None or m.group == "denied":
        return False
    return m.reported != e.first_reported and m.reported != e.last_reported


def _other_mode_other_day(m: MentionRecord, e: EventState) -> bool:
    """(linkPlan17) Of ``m`` and ``e`` one is dated by its text to one day and the other known only by
    its articles' days, none of which is that day; both name PLOVER modes and share none, and their CAMEO
    codes differ: two acts ("opposition deputies walked out of the assembly on Monday", a boycott, and
    a report of Friday "their supporters blocked the coast road", an obstruction). The week an
    article-dated report may speak of is no evidence that another kind of act told of another day is
    the same one. Acts only (a plan or a denial decides as before); a mode or code unknown on either
    side, one mode or one code in common, a text date wider than a day, decide as before."""
    if m.group != "occurred" or not m.mode or not e.modes or m.mode in e.modes:
        return False
    if not m.cameo or not e.cameos or m.cameo in e.cameos:
        return False
    if m.text_dated:  # e is known by its report days, kept as the interval [first, last]
        return _one_day(m) and m.start not in (e.first_reported, e.last_reported)
    return _one_day(e) and m.reported is not None and m.reported != e.start


def _party_key(m: MentionRecord) -> frozenset:
    """The parties a mention names, by identity; regardless of role for a joint act."""
    if m.type in JOINT_TYPES:
        return frozenset(i for _, i, _ in m.fillers)
    return frozenset((r, i) for r, i, _ in m.fillers)


def _actors(m: MentionRecord) -> frozenset:
    return frozenset(i for r, i, _ in m.fillers if r == "actor")


def _told_apart(m: MentionRecord, e: EventState) -> bool:
    """Inside one article, ``m`` and a mention of ``e`` are two acts when they carry different
    ordinals ("after the first attack" / "the second strike hit"), or when neither is dated by
    the text and they name different actors ("the court ordered him held" / "the Committee to
    Protect Journalists urged the authorities to release him")."""
    if not e.told:
        return False
    mine = _actors(m)
    for doc, ordinal, actors, text in e.told:
        if doc != m.doc:
            continue
        if m.ordinal and ordinal and m.ordinal != ordinal:
            return True
        if not m.text_dated and not text and mine and actors and not (mine & actors):
            return True
    return False


def _same_clause(m: MentionRecord, e: EventState) -> bool:
    """``m`` and a mention of ``e`` are told in one sentence of one article with a common agent, both
    dated by the text to the same day: one act told by two words ("Suspected militiamen ambushed a
    police convoy on Tuesday, killing nine officers"), though their other parties differ. (linkPlan17)
    Dated by the text to one same wider interval ("in March 2011", a day the tagger did not keep),
    their recipients must name the same people: ``_same_people``."""
    if not e.clauses or m.sentence < 0:
        return False
    if _one_day(m) and _one_day(e) and e.start == m.start:
        return any((m.doc, m.sentence, a) in e.clauses for a in _actors(m))
    if not m.text_dated or m.start is None or not m.targets:
        return False
    actors, dates = _actors(m), (m.start, m.end or m.start)
    return any(c[0] == m.doc and c[1] == m.sentence and c[2] in actors and c[3] == dates
               and _same_people(m.targets, c[4]) for c in e.clauses if len(c) == 5)


WORKFORCE_MODES = frozenset({"strike"})  # (linkPlan17) the PLOVER modes of a stoppage by one workforce


def _one_workforce(m: MentionRecord, e: EventState) -> bool:
    """(linkPlan17) Two countryless reports of a strike (a PROTEST of mode strike), dated by their text
    to one same day, whose parties share a content word that is no noun for persons ("Members of the
    Port Clerks Union walked off the job on Tuesday" / "Port clerks stopped work on Tuesday": "port"):
    one stoppage of one workforce, though the union and the trade resolve to two actors
    that name no country. A shared word that only names persons ("teachers", "workers":
    ``resources/link/counted_groups.yaml``), another day, a wider date or another mode decide as before."""
    if m.mode not in WORKFORCE_MODES or m.mode not in e.modes or not _one_day(m) or not _one_day(e):
        return False
    if e.start != m.start or m.group != "occurred":
        return False
    generic, persons = person_nouns()
    return bool((m.words & e.words) - generic - persons)


def _same_people(a: frozenset, b: frozenset) -> bool:
    """(linkPlan17) Two recipient sets of one sentence's two mentions name the same people: one contains
    the other, or one names only generic nouns for persons ("people", "individuals") and the other only
    nouns naming persons ("troops opened fire on protesters, wounding dozens of people"; not "shelled
    the bridge, killing people"): ``resources/link/counted_groups.yaml``'s ``generic`` and ``persons``."""
    if not a or not b:
        return False
    if a <= b or b <= a:
        return True
    generic, persons = person_nouns()
    nouns_a, nouns_b = _person_nouns(a), _person_nouns(b)
    if nouns_a is None or nouns_b is None:
        return False
    return ((nouns_a <= generic and nouns_b <= persons | generic)
            or (nouns_b <= generic and nouns_a <= persons | generic))


def _person_nouns(keys: frozenset) -> Optional[frozenset]:
    """The last words of the name keys ("nthe marchers" -> "marchers"); None when one is a resolved
    actor's key ("a12": a named party, no common noun)."""
    out = set()
    for k in keys:
        if k[:1] != "n" or not k[1:].split():
            return None
        out.add(k[1:].split()[-1])
    return frozenset(out)


def _km(p: tuple, q: tuple) -> float:
    """Great-circle distance of two (name, latitude, longitude, country) places."""
    la1, lo1, la2, lo2 = map(radians, (p[1], p[2], q[1], q[2]))
    h = sin((la2 - la1) / 2) ** 2 + cos(la1) * cos(la2) * sin((lo2 - lo1) / 2) ** 2
    return 12742.0 * asin(sqrt(min(1.0, h)))


def _other_scene(places_a: frozenset, actors_a: frozenset, places_b: frozenset, actors_b: frozenset) -> bool:
    """(linkPlan16) Two reports of one type and one day, each naming a town and its actors, that share no
    actor and whose towns all lie apart in one country (none within ``NEAR_KM`` of the other's: not a
    district and its city) are two acts ("nurses picketed the hospital in Kumasi on Monday" / "in Tamale,
    market women protested the levy that morning"). A report naming no town (the country, "the commercial
    hub") or no actor, a common actor, or towns of two countries (a place word the gazetteer put on another
    continent: "received at the airport" read as a town named Airport) decide nothing. The caller checks
    the one day."""
    if not (places_a and places_b and actors_a and actors_b) or actors_a & actors_b:
        return False
    return all(p[3] and p[3] == q[3] and _km(p, q) > NEAR_KM for p in places_a for q in places_b)


def _other_scene_of(m: MentionRecord, e: EventState) -> bool:
    """``_other_scene`` of a report dated to one day and an event dated to that day."""
    return (bool(m.places and e.places) and _one_day(m) and _one_day(e) and m.start == e.start
            and _other_scene(m.places, _actors(m), e.places, e.actor_ids))


def compatible_dates(m: MentionRecord, e: EventState) -> bool:
    if m.start is None or e.start is None:
        return m.start is None and e.start is None
    return _dates_compatible(m, e)


def _tally(m: MentionRecord) -> bool:
    """A coarse report counting several acts over a period running at the report ("Indonesia has
    detained at least six Vietnamese boats this year", "police have arrested dozens of activists
    this month"): a tally of acts, not one of them."""
    return (m.counted and _coarse(m) and m.reported is not None
            and m.start <= m.reported <= (m.end or m.start))


def compatible(m: MentionRecord, e: EventState) -> bool:
    if e.tally and (m.start, m.end) != (e.start, e.end):
        return False  # a tally joins no narrower report, nor they it
    if m.people and e.people and not (m.people & e.people):
        return False
    if e.told and _told_apart(m, e):
        return False
    if m.places and e.places and _other_scene_of(m, e):
        return False
    if not (m.actor_countries or m.recipient_countries) and not (m.people & e.people):
        # no country, no shared person: only the same parties again in the same article
        if not (m.fillers and e.local and (m.doc, _party_key(m)) in e.local) and not _same_clause(m, e) \
                and not _one_workforce(m, e):
            return False
    if m.start is None or e.start is None:
        # Undated: only the same article's mentions of the same thing merge.
        return m.start is None and e.start is None and m.doc in e.docs
    return _dates_compatible(m, e)


def _months(lo: Optional[date], hi: Optional[date]) -> Optional[range]:
    if lo is None:
        return None
    hi = hi or lo
    if (hi - lo).days > WIDE_DAYS:
        return None
    return range(lo.year * 12 + lo.month - 1, hi.year * 12 + hi.month)


class _Index:
    """Events by block and month bucket, and inside a bucket by the people they name.

    An event naming people can only merge with a mention naming one of them (or naming nobody),
    so a mention that names people only looks at those people's events and the events that name
    nobody: busy buckets (a capital, a type, a hot day) full of different people stay cheap.
    """

    NOBODY = ""

    def __init__(self) -> None:
        self.buckets: dict[tuple, dict[str, list[str]]] = {}
        self.where: dict[str, set] = {}
        self.by_interval: dict[tuple, list[str]] = {}  # (block, start, end) of text-dated events
        self.loose: dict[tuple, set[str]] = {}  # (type, group, recipients) -> blocks with events
        self.loose_r: dict[tuple, set[str]] = {}  # (type, group, actors) -> blocks with events
        self.joint: dict[tuple, list[str]] = {}  # (type, group, country, start, end) of joint acts
        self.joint_any: dict[tuple, list[str]] = {}  # (type, group, country, month) of joint acts, not coarse
        self.by_day: dict[tuple, list[str]] = {}  # (type, group, day, countryless) of events dated to one day
        self.told: dict[tuple, list[str]] = {}  # (doc, parties, type, group) -> events its mentions joined (this run)
        # (type, group, month, party word) -> events naming countries (occurred) / naming none (future):
        # the acts a countryless plan may be realized by, and the countryless plans an act may realize
        self.typed: dict[tuple, list[str]] = {}
        # (linkPlan8) (type, group, number) -> events whose mentions tell a counted group of that number,
        # in any block: a countryless report of the group finds the event naming countries that tells it
        # (``_choose_counted``), and such an event the countryless events of the group (``_reconcile_counted``)
        self.counted: dict[tuple, list[str]] = {}
        # (linkPlan9) (type, month, organisation) -> plans naming countries whose mentions name that
        # organisation: the plans a countryless act naming it may realize (``_org_partners``)
        self.org_plans: dict[tuple, list[str]] = {}
        # event id -> what its last ``add`` indexed it by: a mention that joins an event without
        # changing its dates, people, agents or words (the usual case) needs no indexing
        self.state: dict[str, tuple] = {}
        # (linkPlan11) the events that wait (``_waiting_report``, ``_waits``): no report of another date joins
        # one directly; ``_reconcile_wide`` decides after the pass
        self.waiting: set[str] = set()

    def add(self, e: EventState) -> None:
        # every key below is a function of these (and of the block, which never changes), and
        # every insertion is deduplicated: adding the same state again is a no-op
        state = (e.start, e.end, e.text_dated, e.people, e.agents, e.words, frozenset(e.also or ()), e.groups, e.orgs)
        if self.state.get(e.id) == state:
            return
        self.state[e.id] = state
        block = e.block  # an event's block never changes
        seen = self.where.get(e.id)
        if seen is None:
            seen = self.where[e.id] = set()
            self.loose.setdefault(loose_key(block), set()).add(block)
            self.loose_r.setdefault(actor_key(block), set()).add(block)
        kind, group = _kind_group(block)
        parties = block_parties(block)
        blocks = (block, *sorted(e.also)) if e.also else (block,)
        for b in blocks[1:]:
            if ("also", b) not in seen:
                seen.add(("also", b))
                self.loose.setdefault(loose_key(b), set()).add(b)
                self.loose_r.setdefault(actor_key(b), set()).add(b)
        if e.text_dated and e.start is not None:
            for b in blocks:
                ids = self.by_interval.setdefault((b, e.start, e.end), [])
                if e.id not in ids:
                    ids.append(e.id)
            if e.start == e.end:
                # under the type of each block it is indexed by (a signing joined to its agreement,
                # ``_choose_signed``: a countryless report of the signing that day finds it)
                for k in dict.fromkeys(_kind_group(b) for b in blocks):
                    key = (*k, e.start, not parties)
                    if key not in seen:
                        seen.add(key)
                        self.by_day.setdefault(key, []).append(e.id)
        if e.text_dated and e.start is not None and kind in JOINT_TYPES:
            for c in parties | e.agents:  # (any order: the keys are only looked up)
                key = (kind, group, c, e.start, e.end)
                if key not in seen:
                    seen.add(key)
                    self.joint.setdefault(key, []).append(e.id)
                if (e.end - e.start).days <= COARSE_DAYS:
                    for month in _months(e.start, e.end):
                        if (kind, group, c, month) not in seen:
                            seen.add((kind, group, c, month))
                            self.joint_any.setdefault((kind, group, c, month), []).append(e.id)
        for number in sorted({n for _, n, _ in e.groups}):
            for k in dict.fromkeys(_kind_group(b) for b in blocks):  # each type it is indexed by, as ``by_day``
                if ("c", *k, number) not in seen:
                    seen.add(("c", *k, number))
                    self.counted.setdefault((*k, number), []).append(e.id)
        lo, hi = e.window()
        if e.orgs and group == "future" and parties and e.text_dated and lo is not None:
            for month in _months(lo, hi) or ():
                for org in sorted(e.orgs):
                    if ("o", month, org) not in seen:
                        seen.add(("o", month, org))
                        self.org_plans.setdefault((kind, month, org), []).append(e.id)
        if (e.words and lo is not None and group in ("occurred", "future")
                and (group == "occurred") == bool(parties)):
            for month in _months(lo, hi) or ():
                for word in e.words:
                    if ("t", month, word) not in seen:
                        seen.add(("t", month, word))
                        self.typed.setdefault((kind, group, month, word), []).append(e.id)
        keys = []
        for b in blocks:
            if lo is None:
                keys.append(("u", b))
            else:
                months = _months(lo, hi)
                keys += [("w", b)] if months is None else [("b", b, k) for k in months]
        # sorted: the order people enter a bucket is the order a query without people reads them
        people = sorted(e.people) if len(e.people) > 1 else (list(e.people) or [self.NOBODY])
        for key in keys:
            for person in people:
                if (key, person) in seen:
                    continue
                seen.add((key, person))
                self.buckets.setdefault(key, {}).setdefault(person, []).append(e.id)

    def _keys(self, block: str, lo: Optional[date], hi: Optional[date]) -> list[tuple]:
        if lo is None:
            return [("u", block)]
        months = _months(lo, hi)
        if months is None:  # a very wide mention: look at every bucket of its block's years
            months = range(lo.year * 12 + lo.month - 1, (hi or lo).year * 12 + (hi or lo).month)
        return [("w", block)] + [("b", block, k) for k in months]

    def candidates(self, block: str, lo: Optional[date], hi: Optional[date], people=frozenset()) -> list[str]:
        return list(dict.fromkeys([*self.iter_candidates(block, lo, hi, people, named=True),
                                   *self.iter_candidates(block, lo, hi, people, named=False)]))

    def iter_candidates(self, block: str, lo: Optional[date], hi: Optional[date], people=frozenset(),
                        named: bool = True) -> Iterator[str]:
        """Each event id of the buckets once, lazily (a caller may stop early): with ``people``,
        ``named`` picks the events naming one of them, else those naming nobody; without
        ``people``, every event (``named``) or none."""
        if not people and not named:
            return
        seen: set[str] = set()
        for key in self._keys(block, lo, hi):
            bucket = self.buckets.get(key)
            if not bucket:
                continue
            if not people:
                lists = bucket.values()
            elif named:
                lists = [bucket.get(p, ()) for p in people]
            else:
                lists = [bucket.get(self.NOBODY, ())]
            for ids in lists:
                for i in ids:
                    if i not in seen:
                        seen.add(i)
                        yield i

    def same_interval(self, block: str, start: date, end: Optional[date]) -> list[str]:
        """Ids that were indexed with exactly this interval (the caller checks they still have it)."""
        return self.by_interval.get((block, start, end), [])


def _width(e: EventState) -> int:
    if e.start is None:
        return 1 << 30
    return (e.end - e.start).days + (0 if e.text_dated else 10_000)


def _certainty(m: MentionRecord) -> int:
    return 1 if m.status == "possible" else 0


def _absorb(e: EventState, m: MentionRecord) -> None:
    if m.start is not None:
        m0, m1 = m.start, m.end or m.start
        if m.text_dated:
            c = _certainty(m)
            # The most precise date wins among equally certain reports; a stated date ("expected
            # this year") wins over a speculated one ("a potential visit on May 9"), even coarser.
            if (not e.text_dated or (c < e.date_certainty)
                    or (c == e.date_certainty and _contains(e.start, e.end, m0, m1))):
                e.start, e.end, e.text_dated, e.date_certainty = m0, m1, True, c
        elif not e.text_dated:
            e.start = m0 if e.start is None else min(e.start, m0)
            e.end = m1 if e.end is None else max(e.end, m1)
    e.people = e.people | m.people
    e.stated = e.stated or m.status != "possible"
    if m.mode and m.mode not in e.modes:
        e.modes = e.modes | {m.mode}
    if m.orgs and not m.orgs <= e.orgs:
        e.orgs = e.orgs | m.orgs
    if m.groups and not m.groups <= e.groups:
        e.groups = e.groups | m.groups
    if m.cameo and m.cameo not in e.cameos:
        e.cameos = e.cameos | {m.cameo}
    if m.places and not m.places <= e.places:
        e.places = e.places | m.places
    actors = _actors(m)
    if actors and not actors <= e.actor_ids:
        e.actor_ids = e.actor_ids | actors
    targets = m.targets
    if targets and not targets <= e.targets:
        e.targets = e.targets | targets
    e.agents = e.agents | m.actor_countries
    if not m.recipient_countries <= e.recipients:
        e.recipients = e.recipients | m.recipient_countries
    e.parties = e.parties | m.actor_countries | m.recipient_countries
    e.named = e.named or bool(m.fillers)
    if m.words and not m.words <= e.words:
        e.words = e.words | m.words
    if m.ordinal or m.fillers:
        if e.told is None:
            e.told = set()
        e.told.add((m.doc, m.ordinal, _actors(m), m.text_dated))
    if m.reported is not None:
        e.first_reported = m.reported if e.first_reported is None else min(e.first_reported, m.reported)
        e.last_reported = m.reported if e.last_reported is None else max(e.last_reported, m.reported)
    e.docs.add(m.doc)
    if m.sentence >= 0 and _one_day(m):
        for a in _actors(m):
            if e.clauses is None:
                e.clauses = set()
            e.clauses.add((m.doc, m.sentence, a))
    elif m.sentence >= 0 and m.text_dated and m.start is not None and m.targets:
        # (linkPlan17) a wider text date: the recipients too (``_same_clause``)
        for a in _actors(m):
            if e.clauses is None:
                e.clauses = set()
            e.clauses.add((m.doc, m.sentence, a, (m.start, m.end or m.start), m.targets))
    if m.fillers:
        if e.local is None:
            e.local = set()
        e.local.add((m.doc, _party_key(m)))
    e.num_mentions += 1


def _order(m: MentionRecord):
    width = (m.end - m.start).days if m.start is not None and m.end is not None else 1 << 20
    # mentions that name an agent first: an agentless report then finds their events; those that
    # name no country at all last (``_choose_day``: they look for the events that name countries)
    return (not m.actor_countries, not m.recipient_countries, m.block, not m.text_dated, width,
            m.start or date.max, m.id)


def _coarse(m: MentionRecord) -> bool:
    return m.text_dated and m.start is not None and m.end is not None and (m.end - m.start).days > COARSE_DAYS


def _month_wide(m: MentionRecord) -> bool:
    """(linkPlan10) A text date of a month ("in April", "last month"), not coarse: like a coarse one it
    joins the one event of its block it fits, or the one of its own PLOVER mode, and none when several
    fit ("rejected the aid in April" beside an entry refused on the 12th and an aid rejected on the
    15th: which one?). Before linkPlan10 it was taken as narrow, and the closest-dated event, then
    the smallest id, won among several."""
    return m.text_dated and m.start is not None and m.end is not None and (m.end - m.start).days >= MONTH_DAYS


def _choose(m: MentionRecord, events: dict[str, EventState], index: _Index) -> Optional[EventState]:
    """The event ``m`` joins, or None for a new one.

    Among compatible events the one sharing most of the mention's people wins, then the
    narrowest. A coarse mention ("in 2024", "this spring") that names nobody in common with its
    candidates joins an event dated exactly as coarsely if there is one; else it joins the one
    compatible narrower event, and when several distinct events fit it, it is ambiguous and is
    not merged into an arbitrary one. (That also keeps busy blocks cheap: the scan stops at the
    second fit.)"""
    lo, hi = m.window()
    pool = index.iter_candidates(m.block, lo, hi, m.people, named=True)
    waits = _waiting_report(m)
    if index.waiting and not waits:
        # (linkPlan11) a month-wide event waits: it is joined after the pass, if it is the one fit
        pool = (i for i in pool if i not in index.waiting)
    if m.people:  # events naming one of m's people outrank every event naming nobody
        best = _best(m, (events[i] for i in pool))
        if best is not None:
            return best
        pool = index.iter_candidates(m.block, lo, hi, m.people, named=False)
        if index.waiting and not waits:
            pool = (i for i in pool if i not in index.waiting)
    if not _coarse(m) and not _month_wide(m):
        return _best(m, (events[i] for i in pool))
    same = [events[i] for i in index.same_interval(m.block, m.start, m.end)]
    best = _best(m, (e for e in same if e.text_dated and (e.start, e.end) == (m.start, m.end)))
    if best is not None or _tally(m) or waits:
        return best  # (linkPlan11) a waiting report: the event of its own dates, or one that waits
    if not _coarse(m):
        # (linkPlan10) a month: the one event it fits, or the one of its own PLOVER mode among several
        # (roles13: "seized ... this month" beside a seizure and a court's confiscation)
        fits = [events[eid] for eid in pool if compatible(m, events[eid])]
        if len(fits) > 1 and m.mode:
            fits = [e for e in fits if m.mode in e.modes]
        return fits[0] if len(fits) == 1 else None
    found: Optional[EventState] = None
    for eid in pool:
        e = events[eid]
        if compatible(m, e):
            if found is not None:
                return None  # two distinct events fit: ambiguous
            found = e
    return found


def _choose_relative(m: MentionRecord, events: dict[str, EventState], index: _Index) -> Optional[EventState]:
    """For a mention that found no event in its own block: the event of an agent-relative block
    (:func:`~chronicle.link.records.agent_relatives`) it reports. Either side may name no agent
    when they share a named person. Without one, a mention dated to one day joins the one event
    of the relative blocks dated exactly that day (none when several are): an agentless report
    the event whose agent is named ("two soldiers were killed on May 11"), or a report naming the
    agent the event known so far only from agentless reports (one agent per such event: the
    first to join it by its day)."""
    if not m.recipient_countries:
        return None
    relatives = _relative_blocks(m.block, index.loose.get(loose_key(m.block)), agent_relatives)
    if not relatives:
        return None
    return _choose_among(m, relatives, events, index, lambda e: bool(
        m.actor_countries and e.agents and e.agents != m.actor_countries))


def _relative_blocks(block: str, known: Optional[set], relatives_of) -> list[str]:
    """The blocks of ``known`` (the indexed blocks sharing ``block``'s loose key) that ``relatives_of``
    (``records.agent_relatives`` or ``recipient_relatives``) names for ``block``; none in the usual
    case, where ``block`` is the only block of its loose key."""
    if not known or len(known) == 1 and block in known:
        return []
    return [b for b in relatives_of(block, known) if b in known]


def _choose_recipient_relative(m: MentionRecord, events: dict[str, EventState], index: _Index) -> Optional[EventState]:
    """The mirror of ``_choose_relative`` for a mention that names its actor countries: the event of a
    recipient-relative block (:func:`~chronicle.link.records.recipient_relatives`: same type, status
    group and actor countries, recipients on one side only) it reports when both are dated by their
    text: the one event of that day, or of a day inside the week (a shared person alone is no
    evidence here: "the court will hear Toktogulov's appeal" and "his trial will open", both dated
    only by their articles, are two plans; different people still keep two reports apart). A recipient-less
    event takes one set of recipients that way ("China's protest note, delivered on Monday" joined
    by "China lodged a protest note with Japan on Monday" is not joined by the note to the
    Philippines that day), so it never ties together acts against two different recipients."""
    if not m.actor_countries:
        return None
    relatives = _relative_blocks(m.block, index.loose_r.get(actor_key(m.block)), recipient_relatives)
    if not relatives:
        return None
    return _choose_among(m, relatives, events, index, lambda e: bool(
        m.recipient_countries and e.recipients and e.recipients != m.recipient_countries), by_person=False)


def _choose_among(m: MentionRecord, relatives: list[str], events: dict[str, EventState], index: _Index,
                  taken, by_person: bool = True) -> Optional[EventState]:
    """The event of the ``relatives`` blocks ``m`` reports (``_choose_relative``); ``taken(e)``: e is a
    relative event that already took other countries in the role ``m``'s side fills; ``by_person``: a
    shared named person is evidence enough, whatever the dates say (else only the day is)."""
    lo, hi = m.window()
    if m.people and by_person:
        best = _best(m, (events[i] for b in relatives for i in index.iter_candidates(b, lo, hi, m.people, named=True)))
        if best is not None:
            return best
    if not m.text_dated or m.start is None or _coarse(m):
        return None
    found: Optional[EventState] = None
    if (m.end or m.start) == m.start:
        for b in relatives:
            for eid in index.same_interval(b, m.start, m.end):
                e = events[eid]
                if not (e.text_dated and (e.start, e.end) == (m.start, m.end) and compatible(m, e)):
                    continue
                if taken(e):
                    continue  # an agentless (recipient-less) event that already has another agent (recipient)
                if found is not None and e is not found:
                    return None  # two events of that day: ambiguous
                found = e
        if found is not None:
            return found
    # none dated exactly so: the one event dated to a day inside the mention's week, or to a week
    # around the mention's day ("the summoning of Turkey's ambassador last week" / "Iraq's foreign
    # ministry summoned the Turkish ambassador on Monday"); a month is no evidence of the day
    for b in relatives:
        for eid in index.candidates(b, lo, hi):
            e = events[eid]
            if e is found or not (_day_in_week(m, e) and compatible(m, e)):
                continue
            if taken(e):
                continue
            if found is not None:
                return None  # two events inside that week: ambiguous
            found = e
    return found


def _day_in_week(m: MentionRecord, e: EventState) -> bool:
    """One of ``m`` and ``e`` is dated by its text to a day inside the other's text date of a week
    or less (two to seven days: "last week", "at the weekend")."""
    if not (m.text_dated and e.text_dated) or m.start is None or e.start is None:
        return False
    m1, e1 = m.end or m.start, e.end or e.start
    if m.start == m1:
        return e.start <= m.start and m1 <= e1 and 0 < (e1 - e.start).days < 7
    return e.start == e1 and m.start <= e.start and e1 <= m1 and (m1 - m.start).days < 7


def _choose_joint(m: MentionRecord, events: dict[str, EventState], index: _Index,
                  by_doc: dict[str, dict]) -> Optional[EventState]:
    """For a joint act (``JOINT_TYPES``) that found no event in its own block: the one event of the
    same type and status group whose countries (block, agents and, linkPlan12, every country its reports
    named: a one-country event takes one set of partners) contain the mention's or are contained in them,
    dated exactly as the mention; for a mention dated only by its article, among the text-dated events its
    own article reported so far, with compatible dates. None when
    several events fit and not exactly one of them names exactly the mention's countries
    (ambiguous), or when the parties differ (``compatible``: named people)."""
    if m.type not in JOINT_TYPES or m.start is None:
        return None
    mine = m.actor_countries | m.recipient_countries
    if not mine:
        return None
    nested = False  # dates one inside the other, not equal
    if m.text_dated:
        if _coarse(m):
            return None
        ids: Iterable[str] = {i for c in mine for i in index.joint.get((m.type, m.group, c, m.start, m.end), ())}
        if not ids:
            # "the aid Tokyo pledged last week" / "Japan on Monday pledged aid to the Philippines":
            # the one such event whose date lies inside the mention's, or contains it
            nested = True
            ids = {i for c in mine for month in _months(m.start, m.end)
                   for i in index.joint_any.get((m.type, m.group, c, month), ()) if _nested(m, events[i])}
    else:
        ids = by_doc.get(m.doc, ())
    fits: dict[str, bool] = {}  # event id -> names exactly the mention's countries
    if not ids:
        return None
    own, kg = m.block, (m.type, m.group)
    for i in ids:
        e = events[i]
        if e.block == own or not e.text_dated or e.id in fits or _kind_group(e.block) != kg:
            continue
        if m.text_dated and (e.start, e.end) != (m.start, m.end) and not (nested and _nested(m, e)):
            continue
        # (linkPlan12) every country its reports named, recipients too: a one-country event joined by
        # "Cambodia agreed with Thailand" is no longer the act of "Cambodia agreed with Vietnam" that day
        theirs = block_parties(e.block) | e.agents | e.parties
        if not theirs or not (mine <= theirs or theirs <= mine) or not compatible(m, e):
            continue
        if not m.text_dated and not _covered(m, e, theirs):
            continue
        fits[e.id] = exact = theirs == mine
        if exact and sum(fits.values()) > 1:
            return None  # two events name exactly the mention's countries: ambiguous
    if len(fits) > 1:  # several fit: the one naming exactly the mention's countries, if one does
        fits = {i: True for i, exact in fits.items() if exact}
    return events[next(iter(fits))] if len(fits) == 1 else None


def _choose_signed(m: MentionRecord, events: dict[str, EventState], by_doc: dict[str, dict],
                   signings: dict[str, dict]) -> Optional[EventState]:
    """A signing (``MentionRecord.signing``, occurred) that found no event otherwise: the one agreement
    (AGREE, occurred, text-dated) its own article reported whose countries contain the mention's or
    are contained in them, dated by the text to the mention's day, or around its article date when the
    signing is dated only by its article ("Chad and Sahel Petroleum agreed on Friday to settle ...
    Under the deal, signed in Paris ..."): one act told as an agreement and as its signing. None
    when several fit; a signing dated to another day than the agreement ("agreed in May", "signed
    in June"), in another article, of other countries, or of several things ("agreed to resume talks
    and signed six agreements") stays apart. The same for an agreement arriving after its article's
    signing (``signings``: the events signings of each article joined in this run)."""
    if m.group != "occurred" or m.start is None:
        return None
    if m.signing and not m.counted:  # (counted: "signed six agreements on trade" is not one agreement's signing)
        pool, kg = by_doc.get(m.doc, ()), ("AGREE", "occurred")
    elif m.type == "AGREE" and m.text_dated:
        pool, kg = signings.get(m.doc, ()), None
    else:
        return None
    mine = m.actor_countries | m.recipient_countries
    if not mine:
        return None
    found: Optional[EventState] = None
    for eid in pool:
        e = events[eid]
        if kg is not None and (_kind_group(e.block) != kg or not e.text_dated):
            continue
        if not all(_one_day(x) for x in (m, e) if x.text_dated):
            continue  # a day, not a month: "Putin invited Kim in June" / "Kim and Putin signed a treaty in June"
        if m.text_dated and e.text_dated and (e.start, e.end) != (m.start, m.end):
            continue
        theirs = block_parties(e.block) | e.agents
        if not (mine <= theirs or theirs <= mine) or not compatible(m, e):
            continue
        if found is not None and e is not found:
            return None  # two agreements in the article: which one was signed?
        found = e
    return found


def _one_day(x) -> bool:
    return x.text_dated and x.start is not None and (x.end or x.start) == x.start


def _choose_day(m: MentionRecord, events: dict[str, EventState], index: _Index) -> Optional[EventState]:
    """A mention dated to one day that found no event otherwise: when it names parties but no
    country ("the mission", "unions"), the one event of its type and status group dated
    exactly that day that names countries; when it names countries, the one event of that day
    naming parties but no country that no report naming other countries joined yet, provided no event of that day
    in another block names countries (a countryless report of that day would have found it
    ambiguous). None when several fit, or the two name different people."""
    countryless = not (m.actor_countries or m.recipient_countries)
    if countryless and not m.fillers:
        return None  # "officials met on Sunday" with no party at all: nothing ties it to one act
    kind, group = m.type, m.group
    if countryless:
        # the same parties again in the same article ("unions called off the strike on Tuesday ...
        # the unions suspended it"): the one event of another block their first mention joined
        found = None
        for eid in index.told.get((m.doc, _party_key(m), kind, group), ()):
            e = events[eid]
            if (e.block != m.block and compatible_dates(m, e)
                    and not (m.people and e.people and not (m.people & e.people))):
                if found is not None and e is not found:
                    return None
                found = e
        if found is not None:
            return found
    if not _one_day(m):
        return None

    def fits(e: EventState) -> bool:
        return (e.text_dated and e.start == m.start and e.end == m.start
                and not (m.people and e.people and not (m.people & e.people)) and not _other_scene_of(m, e))

    if countryless:
        found = [events[i] for i in dict.fromkeys(index.by_day.get((kind, group, m.start, False), ())) if fits(events[i])]
        pick = _day_pick({m.doc}, frozenset({m.mode} - {""}), found)
        return found[pick] if pick is not None else None
    countryless_events = index.by_day.get((kind, group, m.start, True))
    if not countryless_events:
        return None  # (the usual case: the loops below could only return None)
    mine = m.actor_countries | m.recipient_countries
    # the other events of that day naming countries: a countryless event joins ``m`` only if, arriving now, it
    # would pick m's among them (``_day_pick``)
    others = [events[eid] for eid in index.by_day.get((kind, group, m.start, False), ())
              if events[eid].block != m.block and fits(events[eid])]
    me = EventState(id="", block=m.block, docs={m.doc}, modes=frozenset({m.mode} - {""}))
    found = None
    for eid in countryless_events:
        e = events[eid]
        if not fits(e) or not e.named or (e.parties and e.parties != mine):
            continue
        if others and _day_pick(e.docs, e.modes, [me, *others]) != 0:
            continue  # another event of that day names countries: which one did it join?
        if found is not None and e is not found:
            return None
        found = e
    return found


def _day_pick(docs: set, modes: frozenset, named: list) -> Optional[int]:
    """The index in ``named`` (events of one day naming countries) of the one a countryless report or event of
    that day (its articles ``docs``, its PLOVER ``modes``) is: the only one; among several, the one its own
    article reported ("The men were detained on August 3, when an Indonesian patrol ship seized their boat");
    else (linkPlan13) the one with an act of its own mode ("the two men arrested on Monday" beside an arrest
    and a burning told that day), as a month report picks among its fits (``_choose``); else none."""
    if len(named) <= 1:
        return 0 if named else None
    ids = range(len(named))
    own = [i for i in ids if docs & named[i].docs]
    if len(own) == 1:
        return own[0]
    moded = [i for i in (own or ids) if modes & named[i].modes]
    return moded[0] if len(moded) == 1 else None


def _shares_group(m: MentionRecord, e: EventState) -> bool:
    """``m`` names, in one role, a counted group ``e``'s mentions name (``records.same_group``: "detained
    twelve people" / "the twelve people detained")."""
    return any(r == r2 and same_group((n, w), (n2, w2)) for r, n, w in m.groups for r2, n2, w2 in e.groups)


def _counted_fit(m: MentionRecord, e: EventState) -> bool:
    """A countryless ``m`` and an event ``e`` tell one counted group's act: the group shared, no other
    person or ordinal told apart, and dates that tie them (``_counted_dates``). ``e`` may name countries
    (linkPlan8: "Police arrested forty people in Moroni on Friday", joined by its day to the event naming
    Comoros / "the 40 people arrested in January")."""
    if e.tally or e.start is None or m.start is None or not _shares_group(m, e):
        return False
    if m.people and e.people and not (m.people & e.people):
        return False
    if e.told and _told_apart(m, e):
        return False
    return _counted_dates(m, e, m.group == "future")


def _counted_dates(a, b, future: bool) -> bool:
    """The dates of two reports (or events) of one counted group tie them to one act: one inside the
    other, both dated by their text and neither coarser than a month ("fourteen people were arrested on
    Sunday" / "the 14 people arrested last week"), or one dated only by its article and the other by its
    text to a day of the week before it ("killing three security guards", reported on Monday / "killed
    three guards" on Saturday; for plans, as ``_dates_compatible`` reads a report-dated plan)."""
    if a.text_dated and b.text_dated:
        return not _coarse(a) and _nested(a, b)
    if a.text_dated == b.text_dated:
        return False  # neither dated by its text: nothing ties them to one day
    day, told = (a, b) if a.text_dated else (b, a)
    if not _one_day(day):
        return False
    if future:
        return day.start >= told.start - REPORT_LAG
    return told.start - REPORT_LAG <= day.start <= (told.end or told.start)


def _counted_days(mentions: list[MentionRecord]) -> dict[tuple, list[tuple]]:
    """(type, status group) -> (role, number, noun, day) of the batch's mentions of a counted group dated
    by their text to one day, naming countries or not (``_choose_counted``)."""
    out: dict[tuple, list[tuple]] = {}
    for m in mentions:
        if m.groups and _one_day(m):
            out.setdefault((m.type, m.group), []).extend((r, n, w, m.start) for r, n, w in m.groups)
    return out


def _two_days_inside(m: MentionRecord, e: EventState, days: list[tuple]) -> bool:
    """Another mention of this batch tells ``m``'s counted group on another day inside ``e``'s dates: the
    wider event is then either's, and neither joins it -- as the wider report, arriving after both, would
    find two events and join none (the same result one article at a time and in one batch)."""
    if (e.start, e.end) == (m.start, m.end) or not _one_day(m):
        return False
    return any(d != m.start and e.start <= d <= e.end and r == r2 and same_group((n, w), (n2, w2))
               for r, n, w in m.groups for r2, n2, w2, d in days)


def _choose_counted(m: MentionRecord, events: dict[str, EventState], index: _Index,
                    days: Optional[list] = None) -> Optional[EventState]:
    """(linkPlan7) A mention naming no country and no shared person that found no event otherwise: the
    one event of its type and status group naming the same counted group (``MentionRecord.groups``: an
    exact number of at least three and one noun, or a generic noun for persons on one side) on fitting
    dates (``_counted_fit``): an event of its own block (no country), or (linkPlan8) one naming countries
    (``_Index.counted``). None when two events fit ("fourteen people arrested on Sunday" in two towns),
    or for another number, noun, role, type or date."""
    if not m.groups or m.actor_countries or m.recipient_countries or m.start is None:
        return None
    lo, hi = m.window()
    numbers = sorted({n for _, n, _ in m.groups})
    pool = dict.fromkeys([*index.candidates(m.block, lo, hi),
                          *(i for n in numbers for i in index.counted.get((m.type, m.group, n), ()))])
    found: Optional[EventState] = None
    for eid in pool:
        e = events.get(eid)
        if e is None or e is found or not _counted_fit(m, e):
            continue
        if found is not None:
            return None  # two such events: which one?
        found = e
    if found is not None and days and _two_days_inside(m, found, days):
        return None
    return found


def _events_share_group(a: EventState, b: EventState, groups: Iterable[tuple]) -> bool:
    """``b`` tells, in one role, one of ``groups`` (``a``'s counted groups)."""
    return any(r == r2 and same_group((n, w), (n2, w2)) for r, n, w in groups for r2, n2, w2 in b.groups)


def _counted_events_fit(a: EventState, b: EventState, groups: Iterable[tuple]) -> bool:
    """Two events tell one counted group's act (``_counted_fit`` for two events): one of ``groups`` (of
    ``a``) in ``b``, no person told apart, neither a tally, and dates that tie them (``_counted_dates``)."""
    if a.tally or b.tally or a.start is None or b.start is None or not _events_share_group(a, b, groups):
        return False
    if a.people and b.people and not (a.people & b.people):
        return False
    return _counted_dates(a, b, _kind_group(a.block)[1] == "future")


def _counted_partners(c: EventState, events: dict[str, EventState], index: _Index, merged: dict) -> list[str]:
    """The events, not merged away, that the countryless event ``c`` tells one counted group with
    (``_counted_events_fit``): what a report of ``c`` would find arriving now (``_choose_counted``)."""
    kind, group = _kind_group(c.block)
    out = []
    for i in dict.fromkeys(i for n in sorted({n for _, n, _ in c.groups})
                           for i in index.counted.get((kind, group, n), ())):
        o = events.get(i)
        if o is None or i == c.id or i in merged or not _counted_events_fit(c, o, c.groups):
            continue
        out.append(i)
    return out


def _reconcile_counted(res: LinkResult, index: _Index, mentions: list[MentionRecord]) -> None:
    """(linkPlan8) ``_choose_counted`` after the fact: a countryless event of a counted group, stored
    before the event naming countries that tells the group was known by it ("the forty people arrested
    in January", stored before "Police arrested forty people on Friday" joined the event naming Comoros
    by its day, or before "Comorian police arrested forty people on Friday" arrived), is merged into it
    when that event is its only partner (``_counted_partners``; two events of the group inside a month:
    which one?). Only the groups this run's mentions brought to an event naming countries are looked at
    (the loader brings the events of those groups: ``store_adapter._load_counted_relatives``). The event
    kept is the one first reported (then the smaller id), with the block naming countries, as in
    ``_reconcile_days``. Batch linking already joins them (the countryless reports come last)."""
    fresh: dict[str, set] = {}
    for m in mentions:
        if m.groups and m.id in res.assign:
            fresh.setdefault(res.assign[m.id], set()).update(m.groups)
    for eid in sorted(fresh):
        n = res.events.get(res.merged.get(eid, eid))
        if n is None or n.id in res.merged or not block_parties(n.block):
            continue
        kind, group = _kind_group(n.block)
        brought = sorted(fresh[eid])
        for cid in dict.fromkeys(i for _, num, _ in brought for i in index.counted.get((kind, group, num), ())):
            c = res.events.get(cid)
            if (c is None or cid in res.merged or c is n or block_parties(c.block) or not c.groups
                    or not _counted_events_fit(n, c, brought)):
                continue
            if _counted_partners(c, res.events, index, res.merged) != [n.id]:
                continue  # another event of the group fits it too: which one?
            n = _merge_events(res, index, n, c)


def _roles(block: str) -> tuple[frozenset, frozenset]:
    _, _, actors, recipients = block.split("|", 3)
    return frozenset(c for c in actors.split(",") if c), frozenset(c for c in recipients.split(",") if c)


def _choose_local(m: MentionRecord, events: dict[str, EventState], index: _Index) -> Optional[EventState]:
    """A mention naming countries, dated by its text to one day, that found no event otherwise:
    the one event of its type and status group its own article reported dated exactly that day
    whose countries, role by role, contain the mention's or are contained in them ("Senegal and
    Mauritania signed a defence pact on Tuesday ... The agreement was signed by ... his
    Mauritanian counterpart": one signing told twice). None when several fit, or when they name
    different people or ordinals (``compatible``); another article, another day or other
    countries (disjoint, or each naming one the other does not) stay apart."""
    if not _one_day(m) or not (m.actor_countries or m.recipient_countries):
        return None
    mine_a, mine_r = m.actor_countries, m.recipient_countries
    found: Optional[EventState] = None
    for eid in index.by_day.get((m.type, m.group, m.start, False), ()):
        e = events[eid]
        if e.block == m.block or m.doc not in e.docs or not (e.text_dated and e.start == e.end == m.start):
            continue
        a, r = _roles(e.block)
        a = a | e.agents  # an agentless event that took an agent (``_choose_relative``)
        if not ((mine_a <= a and mine_r <= r) or (a <= mine_a and r <= mine_r)):
            continue
        if not compatible(m, e):
            continue
        if found is not None and e is not found:
            return None  # two such events in the article: which one?
        found = e
    return found


def _nested(m: MentionRecord, e: EventState) -> bool:
    """Two text dates of which one lies inside the other, neither coarse ("last week" and "on
    Monday" of that week)."""
    if not e.text_dated or e.start is None or m.start is None or (e.end - e.start).days > COARSE_DAYS:
        return False
    m1, e1 = m.end or m.start, e.end or e.start
    return _contains(m.start, m1, e.start, e1) or _contains(e.start, e1, m.start, m1)


@lru_cache(maxsize=1 << 16)
def _kind_group(block: str) -> tuple[str, str]:
    kind, group, _ = block.split("|", 2)
    return kind, group


def _covered(m: MentionRecord, e: EventState, theirs: frozenset) -> bool:
    """Every party ``m`` names is one of ``e``'s: its people among e's people, any other filler by
    its country or as a party e's mentions of the same article name ("The talks, chaired by"
    after "Cambodia agreed", not "called the ministers to a meeting" after "Hun Manet spoke with
    Anwar")."""
    if not m.people <= e.people:
        return False
    here = {i for doc, key in (e.local or ()) if doc == m.doc for i in key}  # a joint act's keys: identities
    for _, ident, country in m.fillers:
        if ident in m.people or ident in here or (country and country in theirs):
            continue
        return False
    return True


def _best(m: MentionRecord, cands: Iterable[EventState]) -> Optional[EventState]:
    best: Optional[EventState] = None
    best_key = None
    for e in cands:
        if not compatible(m, e):
            continue
        # (roles13) between equally narrow events, one with an act of the mention's own PLOVER mode (a
        # seizure with a seizure, not a court's confiscation) before the id's arbitrary order
        key = (-len(m.people & e.people), _width(e), not (m.mode and m.mode in e.modes), e.id)
        if best_key is None or key < best_key:
            best, best_key = e, key
    return best


def _index_also(event: EventState, block: str, index: _Index) -> None:
    """Index ``event`` under ``block`` too (``EventState.also``), where later reports of that block
    look; its cached index state is dropped so that ``index.add`` files it there."""
    event.also = (event.also or set()) | {block}
    index.state.pop(event.id, None)


def link(mentions: Iterable[MentionRecord], events: Iterable[EventState] = (),
         reserved: Iterable[str] = ()) -> LinkResult:
    """Assign each mention to an existing or a new canonical event; find ``realizes`` links.

    ``events`` are the already-known events of the blocks concerned (their ids never change);
    the most precise and text-dated mentions of a batch are placed first, so they found events.
    An event this batch proves to be another (``_reconcile_days``) is merged into it: ``merged``
    maps its id to the id kept, and it leaves ``events``. ``reserved``: event ids a new event must
    not take (a mention linked again founds an event under another id than its old one's:
    ``store_adapter._detach_wide``).
    """
    res = LinkResult()
    index = _Index()
    by_doc: dict[str, dict] = {}  # article -> text-dated joint acts it reported in this run
    signings: dict[str, dict] = {}  # article -> events its signings joined in this run (``_choose_signed``)
    reserved = set(reserved)
    stored: set[str] = set()  # the ids of ``events``
    for e in events:
        stored.add(e.id)
        res.events[e.id] = e
        index.add(e)
        if _waits(e) and (block_parties(e.block) or e.people):
            index.waiting.add(e.id)
    mentions = sorted(mentions, key=_order)
    counted = _counted_days(mentions)  # (linkPlan7) the batch's one-day reports of counted groups
    for m in mentions:
        best = _choose(m, res.events, index)
        if best is None:
            best = _choose_relative(m, res.events, index)
        if best is None:
            best = _choose_recipient_relative(m, res.events, index)
            if best is not None:
                # indexed under the mention's block too, as ``_choose_local`` does: later reports of that
                # block, and its plans (``realizations``), find it
                _index_also(best, m.block, index)
        if best is None:
            best = _choose_joint(m, res.events, index, by_doc)
        if best is None:
            best = _choose_signed(m, res.events, by_doc, signings)
            if best is None:
                best = _choose_local(m, res.events, index)
            if best is not None:
                # indexed under the mention's block too: later reports and plans of that block find it
                _index_also(best, m.block, index)
        if best is None:
            best = _choose_day(m, res.events, index)
            if best is not None and not block_parties(best.block) and block_parties(m.block):
                # a countryless event joined by its day takes the block of the countries that joined
                # it, where later countryless reports of that day look (``_choose_day``)
                best.block = m.block
                index.state.pop(best.id, None)
            elif best is not None and m.people and not block_parties(m.block) and block_parties(best.block):
                # a countryless report naming a person joined an event naming countries by its day: the
                # event is indexed under the report's block too, where later countryless reports of that
                # person look ("Bellini was abducted on November 15" / "Bellini, kidnapped in November")
                _index_also(best, m.block, index)
        if best is None:
            best = _choose_counted(m, res.events, index, counted.get((m.type, m.group)))
        if best is None:
            best = EventState(id=_new_event_id(m.id, res.events, reserved), block=m.block, tally=_tally(m))
            res.events[best.id] = best
            if _waiting_report(m):
                index.waiting.add(best.id)
        _absorb(best, m)
        index.add(best)
        if m.fillers:
            ids = index.told.setdefault((m.doc, _party_key(m), m.type, m.group), [])
            if best.id not in ids:
                ids.append(best.id)
        if m.type in JOINT_TYPES and best.text_dated:
            by_doc.setdefault(m.doc, {})[best.id] = None
        if m.signing and m.group == "occurred" and not m.counted:
            signings.setdefault(m.doc, {})[best.id] = None
        res.assign[m.id] = best.id
        res.touched.add(best.id)
    _reconcile_days(res, index)
    _reconcile_counted(res, index, mentions)
    _reconcile_wide(res, index, stored)
    res.links = realizations(res.events, res.touched, index, res.merged)
    for gone in res.merged:
        res.events.pop(gone, None)
    return res


def _new_event_id(mention_id: str, events: dict[str, EventState], reserved: set[str]) -> str:
    """``event_id_for`` the founding mention, or (a mention linked again whose old id is still taken) the
    first free id derived from it."""
    eid, n = event_id_for(mention_id), 0
    while eid in events or eid in reserved:
        n += 1
        eid = event_id_for(f"{mention_id}#{n}")
    return eid


def _waits(e: EventState) -> bool:
    """(linkPlan11) An event dated by its text only as widely as a month or more ("rejected the loan in
    June", "in 2024"), not a tally: which narrower event it is can only be told once every event of its
    block is in view (``_reconcile_wide``)."""
    return (e.text_dated and e.start is not None and e.end is not None and not e.tally
            and (e.end - e.start).days >= MONTH_DAYS)


def _waiting_report(m: MentionRecord) -> bool:
    """(linkPlan11) A report dated by its text as widely as a month or more, not a tally, naming a country
    or a person (a countryless one's joins by its article's other mentions stay as they were): it joins
    only an event of its own dates (``_choose``) or waits in one of its own; ``_reconcile_wide`` merges it
    into its one fit when the pass is done, so no arrival order picks the event for it."""
    return _month_wide(m) and not _tally(m) and bool(block_parties(m.block) or m.people)


def _wide_fit(w: EventState, e: EventState) -> bool:
    """The waiting event ``w`` could be a report of ``e``, as ``compatible`` reads a mention with ``w``'s
    dates, people and countries: text dates one inside the other (or ``e`` dated by its reports in
    reach, as ``_dates_compatible``), no other person, no tally, and in a block without any country a
    shared person."""
    if e.tally or e.start is None:
        return False
    if e.text_dated:
        if not (_contains(w.start, w.end, e.start, e.end) or _contains(e.start, e.end, w.start, w.end)):
            return False
    elif _kind_group(w.block)[1] == "future":
        if not w.end >= e.start - REPORT_LAG:
            return False
    elif not (w.start <= e.end and w.end >= e.start - REPORT_LAG):
        return False
    if w.people and e.people and not (w.people & e.people):
        return False
    if not block_parties(w.block) and not (w.people & e.people):
        return False
    return _one_set_of_parties(w, e)


def _one_set_of_parties(a: EventState, b: EventState) -> bool:
    """(linkPlan13) Two events of a joint act (``JOINT_TYPES``) may be one act only if the countries one names
    (block, agents, recipients and every country its reports named) lie inside the other's: merging them must not
    give the act two sets of partners ("Chile agreed in May", joined by "Chile and Peru agreed in May", is not the
    act of "Chile agreed on 14 May", joined by "Chile agreed with Bolivia on 14 May", though each fits by dates),
    as a report joins a joint event only so (``_choose_joint``, linkPlan12). Other types: their block decides."""
    if _kind_group(a.block)[0] not in JOINT_TYPES:
        return True
    x, y = (block_parties(e.block) | e.agents | e.recipients | e.parties for e in (a, b))
    return x <= y or y <= x


def _reconcile_wide(res: LinkResult, index: _Index, stored: set[str]) -> None:
    """(linkPlan11) ``_choose`` for a waiting month-wide (or coarser) event once the pass is done: it is
    merged into the one event of its block it fits (``_wide_fit``; events naming one of its people first,
    then the narrowest; among several, the one of a PLOVER mode of its own for a month, none for a
    coarser date), when it or that event was touched in this pass. A narrower report did not join it
    directly: the first day event to arrive would have taken it, whatever came next. "Peru rejected the
    permit in March" stored first, then "rejected the permit on Tuesday" (11 March): one act; with
    "rejected a proposal on Friday" (21 March) in the same pass or stored before, two fits: it stays
    apart, in one batch and in every order. Narrower waiting events go first, and a waiting event is no
    fit of a narrower one ("in 2024" decides after "in March"). The event kept is the one first reported
    (``_merge_events``). (linkPlan14) A waiting event naming no recipient country (or no agent country) that
    fits no event of its own block is merged so into the one event of a relative block (``_relative_wide_fits``)
    whose day lies inside its dates: "Chile expelled a diplomat in May" / "Chile expelled Peru's consul on
    12 May"; the event kept is indexed under the waiting event's block too."""
    order = sorted(index.waiting, key=lambda i: (_width(res.events[i]) if i in res.events else 0, i))
    moved = False
    for wid in order:
        w = res.events.get(wid)
        if w is None or wid in res.merged or not _waits(w):
            continue
        fits, own = _wide_fits(w, res, index), w.block
        relative = not fits
        if relative:
            fits = _relative_wide_fits(w, res, index)
        if len(fits) != 1 or not (fits[0].id in res.touched or wid in res.touched):
            continue
        rivals = _rivals(fits[0], w, res, index, own if relative else None)
        if rivals and not (w.docs & fits[0].docs and not any(r.docs & fits[0].docs for r in rivals)):
            continue  # another waiting event fits it too, and not only this one shares an article with it
        index.waiting.discard(wid)
        # the stored event keeps its id, as when a report joins it (a waiting event of this pass: its fit);
        # both stored: the one first reported
        f = fits[0]
        keep = f if wid not in stored else w if f.id not in stored else None
        kept = _merge_events(res, index, f, w, keep, reassign=False)
        if relative:
            # where later reports of the waiting event's block look (as ``_choose_recipient_relative`` files it)
            _index_also(kept, own, index)
            index.add(kept)
        moved = True
    if moved:
        for mid, v in res.assign.items():
            if v in res.merged:
                res.assign[mid] = res.merged[v]


def _wide_fits(w: EventState, res: LinkResult, index: _Index) -> list[EventState]:
    """The events the waiting event ``w`` may be merged into, as ``_choose`` picks for a report: among the
    events naming one of its people the best one; else those naming nobody (of its own mode among
    several, for a month). Two are enough to say "none": the scan stops there (busy blocks stay cheap)."""
    lo, hi = w.window()
    month = (w.end - w.start).days <= COARSE_DAYS and bool(w.modes)

    def fitting(named: bool):
        for i in index.iter_candidates(w.block, lo, hi, w.people, named=named):
            e = res.events.get(i)
            if e is None or e is w or i in res.merged or not _wide_fit(w, e):
                continue
            if i in index.waiting and _waits(e) and _contains(e.start, e.end, w.start, w.end):
                continue  # a wider waiting event decides after this one
            yield e

    if w.people:
        named = list(fitting(True))
        if named:
            return [min(named, key=lambda e: (-len(w.people & e.people), _width(e), not (w.modes & e.modes), e.id))]
    fits, moded = [], 0
    for e in fitting(not w.people):
        fits.append(e)
        moded += bool(w.modes & e.modes)
        if len(fits) > 1 and (not month or moded > 1):
            return fits  # two fits (of its mode, for a month): none
    if len(fits) > 1 and month:
        fits = [e for e in fits if w.modes & e.modes]
    return fits


def _relative_wide_fits(w: EventState, res: LinkResult, index: _Index) -> list[EventState]:
    """(linkPlan14) For a waiting event whose block names actor countries and no recipient country (or recipient
    countries and no actor country) and that fits no event of its own block: the events of the relative blocks
    (``records.recipient_relatives`` / ``agent_relatives``: same type, status group and the countries it names,
    the missing role filled) dated by their text inside its dates that it fits (``_wide_fit``), not waiting
    themselves, and not holding other countries in the role its reports filled (a recipient-less event that took
    one recipient, ``_choose_among``); of its own PLOVER mode among several, for a month. A report that leaves
    out a party and tells its act only by the month ("Djibouti recalled its ambassador in March") is the act
    told with that party on a day of that month ("Djibouti recalled its ambassador from Addis Ababa on 2 March")
    when no other act fits it, as a report of a day finds it (``_choose_recipient_relative``)."""
    _, _, actors, recipients = w.block.split("|", 3)
    if actors and not recipients:
        relatives = _relative_blocks(w.block, index.loose_r.get(actor_key(w.block)), recipient_relatives)
        taken = lambda e: bool(w.recipients) and e.recipients != w.recipients
    elif recipients and not actors:
        relatives = _relative_blocks(w.block, index.loose.get(loose_key(w.block)), agent_relatives)
        taken = lambda e: bool(w.agents) and e.agents != w.agents
    else:
        return []
    fits: list[EventState] = []
    seen: set[str] = set()
    lo, hi = w.window()
    for b in relatives:
        for i in index.candidates(b, lo, hi):
            e = res.events.get(i)
            if (e is None or e is w or i in res.merged or i in index.waiting or i in seen or not e.text_dated
                    or e.start is None or not _contains(w.start, w.end, e.start, e.end)):
                continue
            seen.add(i)
            if _wide_fit(w, e) and not taken(e):
                fits.append(e)
    if len(fits) > 1 and (w.end - w.start).days <= COARSE_DAYS and w.modes:
        fits = [e for e in fits if w.modes & e.modes]
    return fits


def _rivals(f: EventState, w: EventState, res: LinkResult, index: _Index,
            block: Optional[str] = None) -> list[EventState]:
    """The other waiting events, not merged and not around ``w``, that ``f`` fits too (a report dated by its
    article, planned in October, fits a plan "in October" and one "in January"): which one is it? ``block``:
    where to look for them (``f``'s block unless given: a relative fit's, the waiting event's own)."""
    out = []
    for i in index.candidates(block or f.block, *f.window()):
        o = res.events.get(i)
        if (o is None or o is w or o is f or i not in index.waiting or i in res.merged or not _waits(o)
                or _contains(o.start, o.end, w.start, w.end) or _contains(w.start, w.end, o.start, o.end)):
            continue
        if _wide_fit(o, f):
            out.append(o)
    return out


def _reconcile_days(res: LinkResult, index: _Index) -> None:
    """Merge what an arrival made provably one (``_choose_day`` after the fact): a countryless
    event dated to one day ("the mission was shut on May 13"), stored before the report naming
    countries arrived or before that report's event was known by that day, is merged into the
    one event of its type and status group dated exactly that day that names countries, when no
    report naming countries joined it yet and they name no different people. Two countryless
    reports of that day arriving first are so merged too. The event kept is the one first
    reported (then the smaller id); it takes the block naming countries. Batch linking already
    joins them (the countryless mentions come last), so this only acts across batches."""
    for eid in sorted(res.touched):
        n = res.events[eid]
        if not _one_day(n) or eid in res.merged or not block_parties(n.block):
            continue
        day = n.start
        # under each type it is indexed by (a signing joined to its agreement: ``_choose_signed``)
        for kind, group in dict.fromkeys(_kind_group(b) for b in (n.block, *sorted(n.also or ()))):
            if not index.by_day.get((kind, group, day, True)):
                continue  # (the usual case: no countryless event of that day)
            named = [i for i in dict.fromkeys(index.by_day.get((kind, group, day, False), ()))
                     if i not in res.merged and _one_day(res.events[i]) and res.events[i].start == day
                     and block_parties(res.events[i].block)]
            if eid not in named:
                continue
            for cid in list(index.by_day.get((kind, group, day, True), ())):
                c = res.events.get(cid)
                if (c is None or cid in res.merged or cid == n.id or not _one_day(c) or c.start != day
                        or block_parties(c.block) or not c.named or c.parties
                        or (c.people and n.people and not (c.people & n.people))
                        or _other_scene(c.places, c.actor_ids, n.places, n.actor_ids)):
                    continue
                if len(named) > 1:
                    pick = _day_pick(c.docs, c.modes, [res.events[i] for i in named])
                    if pick is None or named[pick] != eid:
                        continue  # two events of that day name countries: which one is it? (``_day_pick``)
                n = _merge_events(res, index, n, c)
                named = [n.id if i == eid else i for i in named]
                eid = n.id


def _merge_events(res: LinkResult, index: _Index, n: EventState, c: EventState,
                  keep: Optional[EventState] = None, reassign: bool = True) -> EventState:
    """Merge the countryless event ``c`` and the event naming countries ``n`` (``_reconcile_days``,
    ``_reconcile_counted``; ``_reconcile_wide``: a waiting event ``c`` and its fit ``n``): the event kept is
    ``keep`` if given, else the one first reported (then the smaller id), with ``n``'s block; the other is
    recorded in ``res.merged``. Returns the event kept."""
    if keep is None:
        keep = min((n, c), key=lambda e: (e.first_reported or date.max, e.id))
    gone = c if keep is n else n
    if keep is c:
        keep.block = n.block  # the kept id takes the block naming countries
    if gone.start is not None and gone.text_dated:
        # the more precise text date, as ``_absorb`` keeps it ("in January" kept, "on Friday" gone)
        same = gone.date_certainty == keep.date_certainty
        if (not keep.text_dated or gone.date_certainty < keep.date_certainty
                or (same and _contains(keep.start, keep.end, gone.start, gone.end))):
            keep.start, keep.end, keep.text_dated, keep.date_certainty = gone.start, gone.end, True, gone.date_certainty
    elif gone.start is not None and not keep.text_dated:
        keep.start = gone.start if keep.start is None else min(keep.start, gone.start)
        keep.end = gone.end if keep.end is None else max(keep.end, gone.end)
    _merge_state(keep, gone)
    res.merged[gone.id] = keep.id
    for k, v in res.merged.items():
        if v == gone.id:
            res.merged[k] = keep.id
    if reassign:  # (``_reconcile_wide`` moves the mentions of all its merges in one walk)
        for mid, v in res.assign.items():
            if v == gone.id:
                res.assign[mid] = keep.id
    res.touched.discard(gone.id)
    res.touched.add(keep.id)
    index.state.pop(keep.id, None)  # re-index (its block may have changed)
    index.add(keep)
    return keep


def _merge_state(keep: EventState, gone: EventState) -> None:
    keep.date_certainty = min(keep.date_certainty, gone.date_certainty)
    keep.people = keep.people | gone.people
    keep.modes = keep.modes | gone.modes
    keep.orgs = keep.orgs | gone.orgs
    keep.groups = keep.groups | gone.groups
    keep.cameos = keep.cameos | gone.cameos
    keep.places = keep.places | gone.places
    keep.actor_ids = keep.actor_ids | gone.actor_ids
    keep.targets = keep.targets | gone.targets
    keep.agents = keep.agents | gone.agents
    keep.recipients = keep.recipients | gone.recipients
    keep.parties = keep.parties | gone.parties
    keep.named = keep.named or gone.named
    keep.stated = keep.stated or gone.stated
    keep.words = keep.words | gone.words
    if gone.told:
        keep.told = (keep.told or set()) | gone.told
    if gone.local:
        keep.local = (keep.local or set()) | gone.local
    if gone.clauses:
        keep.clauses = (keep.clauses or set()) | gone.clauses
    if gone.also:
        keep.also = (keep.also or set()) | gone.also
    keep.docs |= gone.docs
    for attr, pick in (("first_reported", min), ("last_reported", max)):
        a, b = getattr(keep, attr), getattr(gone, attr)
        setattr(keep, attr, b if a is None else a if b is None else pick(a, b))
    keep.num_mentions += gone.num_mentions


def _overlap(a: EventState, b: EventState) -> bool:
    return a.start is not None and b.start is not None and a.start <= b.end and b.start <= a.end


def realizations(events: dict[str, EventState], touched: Iterable[str], index: _Index,
                 merged: Optional[dict] = None) -> set[tuple[str, str, str]]:
    """(occurred, planned, 'realizes') pairs among touched events and their sibling blocks
    (``merged``: absorbed events, skipped)."""
    out: set[tuple[str, str, str]] = set()
    merged = merged or {}
    for eid in sorted(touched):
        e = events[eid]
        group = _kind_group(e.block)[1]
        if group not in ("occurred", "future") or e.start is None:
            continue
        other = other_group(group)
        # like merging, a block without any country needs a shared person: "the EU criticised
        # the ruling" does not realize "he would be charged"; (linkPlan10) so does a countryless block
        # the event's mentions also came from ("Okoro's visit" beside "Okoro met Kenya's minister"): a
        # countryless plan found there ("the delegation had planned to meet union leaders") is no
        # sibling of the act's countries
        countryless = not block_parties(e.block)
        lo, hi = e.window()
        cands = []
        sibs = dict.fromkeys(sibling_block(b, other) for b in (e.block, *sorted(e.also or ())))
        found: dict[str, bool] = {}  # candidate -> found through a block naming a country
        for sib in sibs:
            named = not countryless and bool(block_parties(sib))
            for i in index.candidates(sib, lo, hi):
                found[i] = found.get(i, False) or named
        for oid in sorted(found):
            if oid in merged:
                continue
            o = events[oid]
            if not found[oid] and not (e.people & o.people):
                continue
            occ, plan = (e, o) if group == "occurred" else (o, e)
            if not _fits_plan(occ, plan):
                continue
            cands.append(((abs((occ.start - plan.start).days)), occ.id, plan.id))
        by_org = _org_partners(e, events, index, merged)
        if len(by_org) == 1 and [x.id for x in _org_partners(by_org[0], events, index, merged)] == [e.id]:
            occ, plan = (e, by_org[0]) if group == "occurred" else (by_org[0], e)
            cands.append((abs((occ.start - plan.start).days), occ.id, plan.id))
        cands += [c for c in _countryless_realizations(e, events, index) if c[1] not in merged and c[2] not in merged]
        cands += _relative_realizations(e, events, index, merged)
        cands += _recipient_realizations(e, events, index, merged)
        if cands:
            _, occ_id, plan_id = min(cands)
            out.add((occ_id, plan_id, "realizes"))
    return out


def _org_pair(a: EventState, b: EventState) -> bool:
    """Two countryless events, an act and a plan of one type, that name a common organisation
    (``MentionRecord.orgs``: "the African Union", "Congress", not a group like "students"), the act
    dated by its text to a day inside the plan's text date of a week or less ("would send an envoy
    next week to meet the government" / "the African Union envoy met the president" on Wednesday;
    "would march to Congress on Monday" / "marched to Congress" on Monday); or, where they share
    none and do not each name another one, a common resolved recipient, both dated by their text
    to that one day (linkPlan3), or, neither naming a recipient, agents named by a common content word,
    both dated by their text to that one day (linkPlan4). (linkPlan9) The plan may name countries when the
    act names none and they name a common organisation ("Tari said he would file a petition in the Supreme
    Court next week" / "Mr Tari's lawyers filed a petition in the Supreme Court" on Monday of that week):
    the organisation is the evidence, as for two countryless events; a common word or recipient is not."""
    occ, plan = (a, b) if _kind_group(a.block)[1] == "occurred" else (b, a)
    if block_parties(occ.block):
        return False
    if not (a.orgs & b.orgs):
        if block_parties(plan.block):
            return False  # (linkPlan9) a plan naming countries: only a common organisation pairs it
        # (linkPlan3) no organisation, but one resolved recipient (a group: "would meet community
        # leaders on Saturday" / "the governor's meeting with community leaders on February 14"):
        # both dated by their text to the same one day, not a week; two organisations, one each,
        # are two acts ("the AU would meet community leaders" / "the World Bank met them")
        if a.orgs and b.orgs:
            return False
        if not (_one_day(plan) and plan.start == occ.start):
            return False
        # (linkPlan4) or, neither naming a recipient, agents named by a common content word
        # (``records.party_words``: "the two countries' foreign ministers were due to meet in Ndola on
        # Thursday" / "the foreign ministers met in Ndola" that Thursday), both on that one day; a
        # recipient named by either side must be one resolved actor of both ("would meet community
        # leaders" / "met union leaders" are two acts; a bare name, often a place: "a rally in Ndola")
        if not (_resolved(a.targets) & _resolved(b.targets)) and (a.targets or b.targets or not (a.words & b.words)):
            return False
    return (_one_day(occ) and plan.text_dated and plan.start <= occ.start <= plan.end
            and (plan.end - plan.start).days < 7 and _fits_plan(occ, plan))


def _resolved(targets: frozenset) -> frozenset:
    """The recipients resolved to an actor (``store_adapter.is_actor_key``: "a12"), not a bare name."""
    from chronicle.link.store_adapter import is_actor_key  # here: store_adapter imports this module
    return frozenset(t for t in targets if is_actor_key(t))


def _org_partners(e: EventState, events: dict[str, EventState], index: _Index, merged: dict) -> list[EventState]:
    """The events of the other status group, naming no country and no person of ``e``'s, that
    ``_org_pair`` pairs with ``e`` (a countryless event naming an organisation or a resolved
    recipient): a plan and an act so paired realize when each is the other's only one (two acts
    naming that organisation, or that recipient, in the plan's week: which one carried it out?).
    (linkPlan9) A plan naming countries and an organisation is paired so with the countryless acts of its
    type (``_Index.org_plans`` finds such plans from the act's side); a shared person does not exclude
    those, which no sibling block joins."""
    kind, group = _kind_group(e.block)
    if group not in ("occurred", "future") or e.start is None or not (e.orgs or _resolved(e.targets) or e.words):
        return []
    other = other_group(group)
    lo, hi = e.window()
    named = bool(block_parties(e.block))
    if named and (group == "occurred" or not e.orgs):
        return []  # an act naming countries, or a plan naming them and no organisation: no such pair
    sibs = () if named else dict.fromkeys(sibling_block(b, other) for b in (e.block, *sorted(e.also or ())))
    ids = [i for sib in sibs for i in index.candidates(sib, lo, hi)]
    if e.orgs:
        # (linkPlan9) a plan naming countries and a countryless act naming one organisation
        if named:
            ids += index.candidates(f"{kind}|occurred||", lo, hi)
        elif group == "occurred":
            ids += [i for month in _months(lo, hi) or () for org in sorted(e.orgs)
                    for i in index.org_plans.get((kind, month, org), ())]
    out = []
    for oid in dict.fromkeys(ids):
        o = events.get(oid)
        if o is None or oid in merged or o is e:
            continue
        if block_parties(o.block):
            if named or _kind_group(o.block)[1] != "future":
                continue
        elif not named and (e.people & o.people):
            continue  # two countryless events naming a common person: the sibling block's own path
        if _org_pair(e, o):
            out.append(o)
    return out


def _other_acts(a: EventState, b: EventState) -> bool:
    """Both events' mentions name PLOVER modes and share none: two acts of one type (an allegation
    and an investigation, an arrest and a seizure), whatever their dates and parties."""
    return bool(a.modes and b.modes and not (a.modes & b.modes))


def _other_targets(occ: EventState, plan: EventState) -> bool:
    """A plan dated only by its report that names its recipient (``EventState.targets``: "Chile would
    ask the World Trade Organization for consultations"), which any act of its type and parties in the
    next half year fits by dates, and an act naming no recipient ("the Chilean delegation had asked for
    more time"): no evidence that the act carries the plan out. An act naming another recipient is not
    refused: recipients are extracted too unevenly ("requested talks", a place, "the force" / "the
    mission" for one body) -- testing them lost two right links (sixth, sixteenth). A plan dated by its
    text is tied to the act by its day: not tested here."""
    return bool(plan.targets) and not plan.text_dated and not occ.targets


def _told_before(occ: EventState, plan: EventState) -> bool:
    """(linkPlan12) An act whose last report and own date both come before the first day of a plan dated by
    its text: when it was last told the plan's day had not come, so it happened before it and is not the plan
    carried out ("Chad signed trade deals with Niger in 2026", told on 3 March, does not realize "will sign
    the border protocol in November"; told again on 12 November, it may). Its dates alone overlap the plan's
    when it is told as widely as a year. A plan brought forward ("moved up to Monday") is a plan mention
    of its new day, an event of its own whose day the act's reports reach; an act whose own date does not
    begin before the plan's (a dating slip, not a report) is left to the dates."""
    return (plan.text_dated and occ.last_reported is not None and occ.start is not None
            and occ.last_reported < plan.start and occ.start < plan.start)


def _fits_plan(occ: EventState, plan: EventState) -> bool:
    """The modes, dates and reports of an act and a plan allow the act to realize the plan."""
    if occ.people and plan.people and not (occ.people & plan.people):
        return False
    if _other_acts(occ, plan):
        return False  # a plan is realized by carrying out that act (every realizes path checks here)
    if _other_targets(occ, plan):
        return False  # (linkPlan2) "would ask the WTO for consultations" is not realized by "had asked for
        # more time" (no recipient, the plan undated)
    if plan.text_dated and not _overlap(occ, plan):
        return False
    if _told_before(occ, plan):
        return False
    if not plan.text_dated and not (plan.start <= occ.end):
        return False
    if not plan.text_dated and not plan.stated and not (occ.people & plan.people):
        return False  # (roles6) an undated condition or demand ("could impose sanctions if Sudan
        # obstructed the inquiry", "if the duty took effect") is no plan: type and parties alone do
        # not tie it to a later act; a common person does ("urged ... to release Toktogulov")
    if plan.first_reported and occ.end and plan.first_reported > occ.end:
        return False  # a plan first reported after the fact is a report of the fact
    if occ.docs and occ.docs <= plan.docs:
        return False  # every report of the act also tells the plan as still to come: another act
    return True


def _countryless_realizations(e: EventState, events: dict[str, EventState], index: _Index) -> list[tuple]:
    """A plan whose parties resolve to no country ("the embassy would reopen", "the first shipment
    will arrive in Cebu") and an act of its type naming countries ("the Dutch embassy reopened",
    "a Japanese plane landed at Mactan-Cebu airport") with fitting dates: a realization when they
    name a party by a common content word (``records.party_words``) and the plan is dated by its
    text (a word alone does not tie an undated plan to an act of the next half year: "unless it
    releases jailed activists" / "released three activists"), in either order of arrival."""
    kind, group = _kind_group(e.block)
    if e.start is None or not e.words or group not in ("occurred", "future"):
        return []
    if (group == "occurred") != bool(block_parties(e.block)):
        return []  # an act naming no country, or a plan naming some: the sibling block above
    other = other_group(group)
    lo, hi = e.window()
    out = []
    seen: set[str] = set()
    for month in _months(lo, hi) or ():
        for oid in (i for w in sorted(e.words) for i in index.typed.get((kind, other, month, w), ())):
            if oid in seen:
                continue
            seen.add(oid)
            o = events[oid]
            if o.start is None or not (e.words & o.words):
                continue
            occ, plan = (e, o) if group == "occurred" else (o, e)
            if plan.text_dated and _fits_plan(occ, plan):
                out.append((abs((occ.start - plan.start).days), occ.id, plan.id))
    return out


def _recipient_partners(e: EventState, events: dict[str, EventState], index: _Index, merged: dict) -> list[EventState]:
    """(linkPlan6) The events of the other status group (a plan's acts, an act's plans) in the
    recipient-relative blocks of ``e``'s sibling (``records.recipient_relatives``: same type and actor
    countries, one side naming no recipient country) that one may realize the other by: the act dated
    by its text to one day inside the plan's text date of a week or less ("South Africa's minister is
    expected in Maseru next week" / "the South African minister was received in Maseru on Tuesday"),
    the dates and reports allowing it (``_fits_plan``). A shared person alone is no evidence, as in
    merging such reports (``_choose_recipient_relative``)."""
    out = []
    for o in _other_group_relatives(e, events, index, merged, "recipient"):
        occ, plan = (e, o) if _kind_group(e.block)[1] == "occurred" else (o, e)
        if (_one_day(occ) and plan.text_dated and plan.start <= occ.start <= plan.end
                and (plan.end - plan.start).days < 7):
            out.append(o)
    return out


def _recipient_realizations(e: EventState, events: dict[str, EventState], index: _Index, merged: dict) -> list[tuple]:
    """(linkPlan6) The mirror of ``_relative_realizations`` for a plan and an act of the same type and
    actor countries of which one names no recipient country: a realization when each is the other's
    only partner (``_recipient_partners``; two such acts in the plan's week, or two such plans around
    the act's day: which one?)."""
    partners = _recipient_partners(e, events, index, merged)
    if len(partners) != 1:
        return []
    o = partners[0]
    if [x.id for x in _recipient_partners(o, events, index, merged)] != [e.id]:
        return []
    occ, plan = (e, o) if _kind_group(e.block)[1] == "occurred" else (o, e)
    return [(abs((occ.start - plan.start).days), occ.id, plan.id)]


def _relatives_of(e: EventState, events: dict[str, EventState], index: _Index, merged: dict) -> list[EventState]:
    """The events of the other status group (a plan's acts, an act's plans) in the agent-relative
    blocks of ``e``'s sibling (``records.agent_relatives``: same type and recipient countries, one
    side naming no agent) whose dates and reports let one realize the other (``_fits_plan``)."""
    return _other_group_relatives(e, events, index, merged, "agent")


def _other_group_relatives(e: EventState, events: dict[str, EventState], index: _Index, merged: dict,
                           unnamed: str) -> list[EventState]:
    """The events of the other status group (a plan's acts, an act's plans), not merged away, in the
    relative blocks of ``e``'s sibling block where one side names no country of the ``unnamed`` role
    ("agent": ``records.agent_relatives``, same type and recipient countries; "recipient":
    ``records.recipient_relatives``, same type and actor countries), whose dates and reports let one
    realize the other (``_fits_plan``). The one walk of ``_relatives_of`` and ``_recipient_partners``."""
    kind, group, actors, recipients = e.block.split("|", 3)
    by_agent = unnamed == "agent"
    relatives = agent_relatives if by_agent else recipient_relatives
    shared = recipients if by_agent else actors  # the countries both blocks name
    if not shared or group not in ("occurred", "future") or e.start is None:
        return []
    other = other_group(group)
    known = (index.loose if by_agent else index.loose_r).get((kind, other, shared))
    if not known:
        return []
    lo, hi = e.window()
    out = []
    for b in relatives(sibling_block(e.block, other), known):
        if b not in known:
            continue
        for oid in index.candidates(b, lo, hi):
            o = events.get(oid)
            if o is None or oid in merged:
                continue
            occ, plan = (e, o) if group == "occurred" else (o, e)
            if _fits_plan(occ, plan):
                out.append(o)
    return out


def _relative_realizations(e: EventState, events: dict[str, EventState], index: _Index, merged: dict) -> list[tuple]:
    """A plan and an act of the same type and recipient countries of which one names no agent
    ("the foreign ministry would summon Tajikistan's ambassador on Monday" / "Kyrgyzstan's
    foreign ministry summoned Tajikistan's ambassador on Monday"): like merging such reports
    (``_choose_relative``), a realization when they name a common person, or when both are dated
    by their text to the same day and each is the only such event of the other's relative
    blocks (two agents acting on that day: which one carried out the plan?)."""
    out = []
    day = []
    for o in _relatives_of(e, events, index, merged):
        occ, plan = (e, o) if _kind_group(e.block)[1] == "occurred" else (o, e)
        if e.people & o.people:
            out.append((abs((occ.start - plan.start).days), occ.id, plan.id))
        elif _one_day(e) and _one_day(o) and e.start == o.start:
            day.append((o, (0, occ.id, plan.id)))
    if len(day) == 1:
        o, cand = day[0]
        back = [x for x in _relatives_of(o, events, index, merged)
                if _one_day(x) and x.start == o.start and not (x.people & o.people)]
        if [x.id for x in back] == [e.id]:
            out.append(cand)
    return out
