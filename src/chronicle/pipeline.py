"""The pipeline: named stages over one shared state, with one batch entry point.

``annotate_many(articles, batch_size)`` is pure (no database, no globals beyond the loaded
model and resources), so local processes and Dask workers run exactly this function.
A single article is a batch of one (``annotate``).

Stages run in order; each reads what earlier stages wrote and declares it by name:

    parse       spaCy Doc (tokens, sentences, dependency parse, entities)
    time        Timex list (TIMEX3 values anchored on the article date)
    actors      actor mentions resolved to country + sector; canonical Actors
    events      event mentions: trigger, PLOVER type/mode, CAMEO, actor and recipient
    status      occurred / planned / possible / denied, and the strict PLOVER code
    dating      each event's own date interval
    attribution who said so, and via whom
    location    where it happened
"""
from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Iterator, Optional, Union

from chronicle.model import AnnotatedArticle, Article, Sentence

_log = logging.getLogger("chronicle.pipeline")


@dataclass
class DocState:
    """Everything the stages share for one article."""

    article: Article
    doc: Any  # spacy.tokens.Doc
    result: AnnotatedArticle
    actor_index: Any = None  # chronicle.actors.extract.ActorIndex
    triggers: dict = field(default_factory=dict)  # event id -> (trigger token index, TriggerRule)
    options: dict = field(default_factory=dict)
    act_anaphors: list = field(default_factory=list)  # (mention, antecedent) of events.event_anaphora


@dataclass
class AnnotationFailure:
    """An article that a stage failed on; the batch goes on without it."""

    article: Article
    stage: str
    error: str


Stage = Callable[[DocState], None]
_STAGES: dict[str, Stage] = {}
ORDER = ["time", "actors", "events", "status", "dating", "attribution", "location"]


def stage(name: str):
    """Register a stage function under a name (the order is ``ORDER``)."""

    def register(fn: Stage) -> Stage:
        _STAGES[name] = fn
        return fn

    return register


def _load_stages() -> None:
    # Importing the modules registers their stages.
    import chronicle.actors.stage  # noqa: F401
    import chronicle.events.stage  # noqa: F401


@stage("time")
def _time_stage(state: DocState) -> None:
    from chronicle.time import tag_timexes

    state.result.timexes = tag_timexes(state.article.text, state.article.date, state.doc)


def run_stages(article: Article, doc, options: Optional[dict] = None) -> AnnotatedArticle:
    _load_stages()
    result = AnnotatedArticle(
        article=article,
        sentences=[Sentence.of(s) for s in doc.sents],
    )
    state = DocState(article=article, doc=doc, result=result, options=options or {})
    # options["stage_timings"], when given a dict, accumulates seconds per stage (benchmarks).
    timings = state.options.get("stage_timings")
    for name in ORDER:
        started = time.perf_counter()
        try:
            _STAGES[name](state)
        except Exception as err:  # annotate_many decides whether to raise or record it
            err.chronicle_stage = name  # type: ignore[attr-defined]
            raise
        if timings is not None:
            timings[name] = timings.get(name, 0.0) + time.perf_counter() - started
    return result


def annotate_many(
    articles: Iterable[Article],
    batch_size: int = 32,
    errors: str = "raise",
    options: Optional[dict] = None,
) -> Iterator[Union[AnnotatedArticle, AnnotationFailure]]:
    """Annotate articles in batches. ``errors="collect"`` yields an ``AnnotationFailure`` for an
    article a stage failed on instead of raising, so one bad article never stops a batch."""
    from chronicle.nlp import get_nlp

    nlp = get_nlp()
    for article, doc in _parsed(nlp, articles, batch_size):
        if isinstance(doc, Exception):  # too long, or spaCy failed on this text
            if errors == "raise":
                raise doc
            yield _failure(article, "parse", doc)
            continue
        try:
            yield run_stages(article, doc, options)
        except Exception as err:
            if errors == "raise":
                raise
            yield _failure(article, getattr(err, "chronicle_stage", "parse"), err)


def _failure(article: Article, stage_name: str, err: Exception) -> AnnotationFailure:
    _log.warning("article %s (%s) failed in stage %s: %s: %s", article.id, article.origin or "-",
                 stage_name, type(err).__name__, err)
    return AnnotationFailure(article, stage_name, f"{type(err).__name__}: {err}")


def _parsed(nlp, articles: Iterable[Article], batch_size: int) -> Iterator[tuple[Article, Any]]:
    """(article, Doc), in input order; (article, exception) for a text that is too long or that
    spaCy fails on. A failing batch is parsed again one text at a time, so that one bad text
    costs only its own article and never ends the generator (and with it the whole run)."""
    from chronicle.errors import ChronicleError
    from chronicle.limits import too_long

    def parse(batch: list[Article]) -> Iterator[tuple[Article, Any]]:
        refused = {id(a): ChronicleError(f"article {a.id}: {r}") for a in batch if (r := too_long(a.text))}
        ok = [a for a in batch if id(a) not in refused]
        try:
            docs = dict(zip(map(id, ok), nlp.pipe([a.text for a in ok], batch_size=batch_size)))
        except Exception:  # noqa: BLE001 - find the text spaCy failed on
            docs = {}
            for a in ok:
                try:
                    docs[id(a)] = nlp(a.text)
                except Exception as err:  # noqa: BLE001
                    docs[id(a)] = err
        for a in batch:
            yield a, refused.get(id(a)) or docs[id(a)]

    batch: list[Article] = []
    for article in articles:
        batch.append(article)
        if len(batch) >= batch_size:
            yield from parse(batch)
            batch = []
    if batch:
        yield from parse(batch)


def annotate(article: Article, options: Optional[dict] = None) -> AnnotatedArticle:
    """One article: a batch of one."""
    return next(iter(annotate_many([article], batch_size=1, options=options)))  # type: ignore[return-value]
