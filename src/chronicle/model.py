"""The one data model every stage reads and annotates.

Every extracted field keeps its evidence: character offsets (``start``, ``end``) into
``Article.text``. Unknown values stay ``None``; nothing is invented.
"""
from __future__ import annotations

import datetime as _dt
import hashlib
from datetime import date
from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, Field

TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
EventStatus = Literal["occurred", "planned", "possible", "denied"]
DateSource = Literal["text", "article"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Span(_Model):
    """A piece of evidence: ``text == article.text[start:end]``."""

    text: str
    start: int
    end: int


class Article(_Model):
    """One dated news article as read from some input."""

    id: str
    date: Optional[_dt.date] = None
    text: str
    title: Optional[str] = None
    source: Optional[str] = None
    url: Optional[str] = None
    # Where the article came from ("file.jsonl:12"), for error messages and provenance.
    origin: Optional[str] = None

    @property
    def content_hash(self) -> str:
        """Identity for deduplication: same date and same text are the same article."""
        payload = f"{self.date.isoformat() if self.date else ''}\n{self.text}"
        return hashlib.sha256(payload.encode("utf-8")).hexdigest()


class Sentence(_Model):
    start: int
    end: int

    @classmethod
    def of(cls, span) -> "Sentence":
        """From a spaCy sentence span, without the whitespace spaCy keeps at its end."""
        text = span.text
        return cls(start=span.start_char, end=span.start_char + len(text.rstrip()))


class Timex(_Model):
    """A TimeML TIMEX3 temporal expression, normalized against the article date."""

    id: str
    text: str
    start: int
    end: int
    type: TimexType
    value: Optional[str] = None
    mod: Optional[str] = None
    # Calendar interval the value denotes (None for durations, sets and vague refs).
    interval_start: Optional[date] = None
    interval_end: Optional[date] = None
    # What the value was resolved against: "dct", "narrative" (an earlier timex) or None (absolute).
    anchor: Optional[str] = None


RoleQualifier = Literal["former", "outgoing", "acting"]


class ActorRole(_Model):
    """A title the article gives a person ("Russia's Security Council Secretary", ", the former
    defence minister,"): one per distinct role of the actor in the article, with every span
    that states it. ``former`` (also "ex-"): the role had ended by the article date."""

    title: str  # normalized: case, articles, leading country words and qualifier dropped
    text: str  # the first statement as written ("Russia's Security Council Secretary")
    country: Optional[str] = None  # named in the title, else the actor's
    sector: Optional[str] = None  # of the title itself
    former: bool = False
    qualifier: Optional[RoleQualifier] = None  # former (ex-) / outgoing / acting (interim)
    mentions: list[Span] = Field(default_factory=list)


class Actor(_Model):
    """A person, organisation or country mentioned in the article, resolved to country + sector."""

    id: str
    name: str
    country: Optional[str] = None  # ISO 3166-1 alpha-3
    sector: Optional[str] = None  # PLOVER/CAMEO sector code (GOV, MIL, LEG, ...)
    kind: Optional[Literal["person", "organization", "country", "group"]] = None
    mentions: list[Span] = Field(default_factory=list)
    roles: list[ActorRole] = Field(default_factory=list)  # titles stated for a person; none if unknown


class RoleFiller(_Model):
    """An actor as it fills a role (actor / recipient) of one event mention."""

    text: str
    name: Optional[str] = None
    country: Optional[str] = None
    sector: Optional[str] = None
    start: int
    end: int
    actor_id: Optional[str] = None


class EventDate(_Model):
    text: Optional[str] = None
    value: Optional[str] = None
    start: Optional[date] = None
    end: Optional[date] = None
    source: DateSource = "article"
    timex_id: Optional[str] = None

    @property
    def precision(self) -> Optional[str]:
        return date_precision(self.start, self.end)


class Location(_Model):
    text: str
    name: str
    country: Optional[str] = None
    latitude: Optional[float] = None
    longitude: Optional[float] = None
    start: Optional[int] = None
    end: Optional[int] = None


class Attribution(_Model):
    """Who says so: the speaker and the chain of agencies it came through."""

    text: str
    speaker: Optional[str] = None
    via: list[str] = Field(default_factory=list)
    start: Optional[int] = None
    end: Optional[int] = None


class Mention(_Model):
    """One event mention in one article (the unit the extractor produces)."""

    id: str
    type: str  # PLOVER category of the underlying action
    mode: Optional[str] = None
    plover: Optional[str] = None  # strict PLOVER code per the manual's coding rules
    cameo: Optional[str] = None
    status: EventStatus = "occurred"
    actor: list[RoleFiller] = Field(default_factory=list)
    recipient: list[RoleFiller] = Field(default_factory=list)
    date: EventDate = Field(default_factory=EventDate)
    location: Optional[Location] = None
    attribution: Optional[Attribution] = None
    trigger: Span
    sentence: Sentence
    confidence: float = 0.5


# The canonical name used by the JSON contract and by later linking stages.
EventMention = Mention


class Event(_Model):
    """A canonical real-world event: one or more mentions across articles."""

    id: str
    type: str
    mode: Optional[str] = None
    plover: Optional[str] = None
    cameo: Optional[str] = None
    status: EventStatus
    actor_countries: list[str] = Field(default_factory=list)
    recipient_countries: list[str] = Field(default_factory=list)
    date_start: Optional[date] = None
    date_end: Optional[date] = None
    num_mentions: int = 0
    num_articles: int = 0
    num_sources: int = 0
    mention_ids: list[str] = Field(default_factory=list)


class AnnotatedArticle(_Model):
    """An article with everything the pipeline found in it."""

    article: Article
    sentences: list[Sentence] = Field(default_factory=list)
    timexes: list[Timex] = Field(default_factory=list)
    actors: list[Actor] = Field(default_factory=list)
    events: list[Mention] = Field(default_factory=list)

    def to_contract(self) -> dict:
        """The JSON contract of ``chronicle annotate --format json``."""
        a = self.article
        return {
            "article": {
                "id": a.id,
                "date": a.date.isoformat() if a.date else None,
                "title": a.title,
                "source": a.source,
                "url": a.url,
            },
            "timexes": [
                {k: t.model_dump()[k] for k in ("id", "text", "start", "end", "type", "value", "mod")}
                for t in self.timexes
            ],
            "actors": [
                {
                    "id": x.id,
                    "name": x.name,
                    "country": x.country,
                    "sector": x.sector,
                    "mentions": [m.model_dump() for m in x.mentions],
                    "roles": [r.model_dump() for r in x.roles],
                }
                for x in self.actors
            ],
            "events": [_event_contract(e) for e in self.events],
        }


def _event_contract(e: Mention) -> dict:
    def role(r: RoleFiller) -> dict:
        return {k: getattr(r, k) for k in ("text", "name", "country", "sector", "start", "end")}

    d = e.date
    return {
        "id": e.id,
        "type": e.type,
        "mode": e.mode,
        "plover": e.plover,
        "cameo": e.cameo,
        "status": e.status,
        "actor": [role(r) for r in e.actor],
        "recipient": [role(r) for r in e.recipient],
        "date": {
            "text": d.text,
            "value": d.value,
            "start": d.start.isoformat() if d.start else None,
            "end": d.end.isoformat() if d.end else None,
            "source": d.source,
        },
        "location": (
            {k: getattr(e.location, k) for k in ("text", "name", "country", "latitude", "longitude")}
            if e.location
            else None
        ),
        "attribution": (
            {"text": e.attribution.text, "speaker": e.attribution.speaker, "via": list(e.attribution.via)}
            if e.attribution
            else None
        ),
        "trigger": e.trigger.model_dump(),
        "sentence": e.sentence.model_dump(),
        "confidence": round(e.confidence, 3),
    }


def date_precision(start: Optional[date], end: Optional[date]) -> Optional[str]:
    """day / week / month / year / span, from the width of an interval."""
    if start is None or end is None:
        return None
    days = (end - start).days + 1
    if days == 1:
        return "day"
    if days == 7 and start.isoweekday() == 1:
        return "week"
    if start.day == 1 and days in (28, 29, 30, 31) and end.month == start.month:
        return "month"
    if start.month == 1 and start.day == 1 and end.month == 12 and end.day == 31 and start.year == end.year:
        return "year"
    return "span"
