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

from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Iterator, Optional, Union

from chronicle.model import AnnotatedArticle, Article, Sentence


@dataclass
class DocState:
    """Everything the stages share for one article."""

    article: Article
    doc: Any  # spacy.tokens.Doc
    result: AnnotatedArticle
    actor_index: Any = None  # chronicle.actors.extract.ActorIndex
    triggers: dict = field(default_factory=dict)  # event id -> (trigger token index, TriggerRule)
    options: dict = field(default_factory=dict)


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
    for name in ORDER:
        try:
            _STAGES[name](state)
        except Exception as err:  # annotate_many decides whether to raise or record it
            err.chronicle_stage = name  # type: ignore[attr-defined]
            raise
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
    pairs = ((a.text, a) for a in articles)
    for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
        try:
            yield run_stages(article, doc, options)
        except Exception as err:
            if errors == "raise":
                raise
            yield AnnotationFailure(article, getattr(err, "chronicle_stage", "parse"), f"{type(err).__name__}: {err}")


def annotate(article: Article, options: Optional[dict] = None) -> AnnotatedArticle:
    """One article: a batch of one."""
    return next(iter(annotate_many([article], batch_size=1, options=options)))  # type: ignore[return-value]
