"""Annotating one sentence (or a few) for the event tests.

``annotated(text)`` is the pipeline's result for an article of that text dated ``dct`` (DCT unless
told otherwise; the article id plays no part in annotation), ``events(text)`` its events, and
``by_trigger(text, word)`` those whose trigger is the word. A test that needs something more (a
type filter, mentions with roles) keeps a small wrapper of its own built on these.

The test files import it by its bare name (``from _sentences import ...``): tests/ has no
``__init__.py``, so pytest's default import mode puts each test file's folder on ``sys.path``."""
from __future__ import annotations

from datetime import date

from chronicle.model import Article
from chronicle.pipeline import annotate

DCT = date(2025, 3, 28)  # a Friday: the article date of most event tests


def annotated(text: str, dct: date = DCT, **options):
    """The annotated article of ``text`` dated ``dct``; ``options`` are the pipeline's options."""
    return annotate(Article(id="t", date=dct, text=text), options or None)


def events(text: str, dct: date = DCT, **options):
    """The events of ``text`` dated ``dct``."""
    return annotated(text, dct, **options).events


def with_trigger(found, trigger: str):
    """Those of the events ``found`` whose trigger is the word ``trigger``."""
    return [e for e in found if e.trigger.text == trigger]


def by_trigger(text: str, trigger: str, dct: date = DCT):
    """The events of ``text`` dated ``dct`` whose trigger is the word ``trigger``."""
    return with_trigger(events(text, dct), trigger)


def check_status(ex: dict) -> None:
    """Every event of a status.yaml example's ``text`` whose trigger is the word ``trigger`` (one at
    least) has the example's ``status``."""
    found = by_trigger(ex["text"], ex["trigger"])
    assert found, f"no event triggered by {ex['trigger']!r}"
    assert all(e.status == ex["status"] for e in found), \
        [(e.trigger.text, e.status, getattr(e.date, "start", None)) for e in found]


def names(fillers, words: str) -> bool:
    """Whether one of the actor or recipient fillers holds ``words`` in its text or resolved name."""
    return any(words in f.text or (f.name and words in f.name) for f in fillers)


def check_parties(e, ex: dict) -> None:
    """The party fields of a parties.yaml example (``actor``, ``recipient``, ``absent_actor``) hold for ``e``."""
    if ex.get("actor"):
        assert names(e.actor, ex["actor"]), [a.text for a in e.actor]
    if ex.get("recipient"):
        assert names(e.recipient, ex["recipient"]), [r.text for r in e.recipient]
    if ex.get("absent_actor"):
        assert not names(e.actor, ex["absent_actor"]), [a.text for a in e.actor]


def check_parties_of_type(ex: dict) -> None:
    """A parties.yaml example with a ``type``: some event of that type in its text holds every one of
    ``actor`` and of ``recipient`` (a name or a list of names), and none holds any of ``absent_actor`` or
    ``absent_recipient``."""
    def each(words):
        return [words] if isinstance(words, str) else words
    found = [e for e in events(ex["text"]) if e.type == ex["type"]]
    assert found, f"no {ex['type']} event in {ex['text']!r}"
    got = [(e.trigger.text, [a.text for a in e.actor], [r.text for r in e.recipient]) for e in found]
    if ex.get("actor"):
        assert any(all(names(e.actor, w) for w in each(ex["actor"])) for e in found), got
    if ex.get("recipient"):
        assert any(all(names(e.recipient, w) for w in each(ex["recipient"])) for e in found), got
    if ex.get("absent_actor"):
        assert not any(names(e.actor, w) for e in found for w in each(ex["absent_actor"])), got
    if ex.get("absent_recipient"):
        assert not any(names(e.recipient, w) for e in found for w in each(ex["absent_recipient"])), got
