"""Pathological text and failing stages: the pipeline finishes in bounded time with a valid
AnnotatedArticle (every offset pointing at its evidence) or a clean AnnotationFailure, and one
bad article never stops a batch.

The long-text cases are sized to keep this file around half a minute on 2 cores; the full
100,000-token sentence is measured by ``benchmarks/pathological_text.py`` (``make bench``).
"""
from __future__ import annotations

import json
import logging
import random
import time
from datetime import date
from importlib import resources

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import BaseModel

from chronicle import pipeline
from chronicle.errors import ChronicleError
from chronicle.limits import MAX_ARTICLE_CHARS, MAX_SENTENCE_TOKENS
from chronicle.model import AnnotatedArticle, Article
from chronicle.nlp import ents_in, get_nlp
from chronicle.pipeline import AnnotationFailure, annotate_many

DAY = date(2025, 3, 28)
NEWS = ("Russian President Vladimir Putin visited Pyongyang on Wednesday, the Kremlin said. "
        "Putin met North Korean leader Kim Jong-un, and he will visit Moscow next month, TASS reported.")


@pytest.fixture(scope="module")
def schema():
    text = resources.files("chronicle.resources").joinpath("schema", "annotate.schema.json").read_text()
    return json.loads(text)


def art(text: str, id: str = "x") -> Article:
    return Article(id=id, date=DAY, text=text)


def evidence_spans(obj):
    """Every (text, start, end) in an annotation whose offsets point into the article text."""
    if isinstance(obj, BaseModel):
        fields = obj.__dict__
        if isinstance(fields.get("start"), int) and isinstance(fields.get("text"), str):
            yield obj
        for value in fields.values():
            yield from evidence_spans(value)
    elif isinstance(obj, (list, tuple)):
        for value in obj:
            yield from evidence_spans(value)


def assert_valid(result, article: Article, schema) -> None:
    assert isinstance(result, AnnotatedArticle), result
    assert result.article.text == article.text
    text = article.text
    for span in evidence_spans([result.timexes, result.actors, result.events]):
        assert 0 <= span.start <= span.end <= len(text), span
        assert text[span.start:span.end] == span.text, span
    for s in result.sentences:
        assert 0 <= s.start <= s.end <= len(text)
    jsonschema.validate(result.to_contract(), schema)


# ----------------------------------------------------------------------------- pathological text
def _pathological() -> dict[str, str]:
    r = random.Random(7)
    return {
        "no sentences": " ".join(r.choice(["putin", "visited", "pyongyang", "on", "monday", "talks"])
                                 for _ in range(1500)),
        "only numbers": " ".join(str(r.randint(0, 10**9)) for _ in range(1500)),
        "only punctuation": "".join(r.choice("!?.,;:-—()[]{}\"'«»…") for _ in range(3000)),
        "one 100,000-character word": "a" * 100_000,
        "very long words": " ".join("Putin" + "x" * r.randint(500, 5000) for _ in range(20)),
        "control characters": "".join(r.choice(["\x01", "\x07", "\x1b[31m", "\u200b", "\ufeff", "\r",
                                                "\x0c", "\u2028", "Putin", " met ", "Kim", ". "])
                                      for _ in range(1500)),
        "mixed scripts": " ".join(r.choice(["Путин", "посетил", "平壤", "金正恩", "القاهرة", "नई दिल्ली",
                                            "Putin", "visited", "Pyongyang", "🇰🇵", "on Monday", "."])
                                  for _ in range(1500)),
        "only whitespace and newlines": "\n \n\t\n" * 2000,
        "a single character": "x",
        "dates and nothing else": " ".join(r.choice(["Monday", "last week", "2025", "March 3", "the next day",
                                                     "two weeks later", "in June", "1999-12-31", "at 5 pm"])
                                           for _ in range(1000)),
    }


def test_pathological_texts_give_valid_annotations(schema):
    cases = _pathological()
    articles = [art(text, id=name) for name, text in cases.items()]
    t0 = time.process_time()
    results = list(annotate_many(articles, batch_size=4, errors="collect"))
    elapsed = time.process_time() - t0
    assert [r.article.id for r in results] == list(cases)
    for result, article in zip(results, articles):
        assert_valid(result, article, schema)
    assert elapsed < 60  # CPU seconds; about 8 on this 2-core machine


def _name_soup(n: int, seed: int = 3) -> str:
    """n tokens without one sentence end, full of names, places, dates and reporting verbs: the
    shape that made the actors, dating, attribution and time stages quadratic or worse."""
    r = random.Random(seed)
    words = ["Putin", "Vladimir Putin", "Kim", "Kim Jong-un", "Lavrov", "Sergey Lavrov", "he", "said", "visited",
             "Pyongyang", "Moscow", "on Monday", "last week", "met", "in Seoul", "according to TASS",
             "Yonhap reported", "troops", "attacked", "will", "sign", "an agreement", "with", "China", "and", ","]
    return " ".join(r.choice(words) for _ in range(n))


def _stage_cpu_seconds(text: str, schema) -> float:
    article = art(text)
    doc = get_nlp()(text)
    assert max(len(s) for s in doc.sents) <= MAX_SENTENCE_TOKENS  # the sentence cap held
    t0 = time.process_time()  # CPU time: other processes on the machine do not count
    result = pipeline.run_stages(article, doc)
    spent = time.process_time() - t0
    assert_valid(result, article, schema)
    assert result.events and result.actors and result.timexes
    return spent


def test_stage_time_grows_linearly_on_a_long_sentence(schema):
    """Three times the text costs about three times the stage time, not nine (quadratic) or 27
    (cubic, as the actors stage was): 6,000 tokens took minutes before the fixes."""
    _stage_cpu_seconds(_name_soup(200, seed=1), schema)  # load every stage's resources first
    small = _stage_cpu_seconds(_name_soup(2000), schema)
    large = _stage_cpu_seconds(_name_soup(6000), schema)
    assert large < 6 * small + 0.5, (small, large)
    assert large < 30


def test_sentence_cap_leaves_ordinary_text_alone():
    nlp = get_nlp()
    doc = nlp(NEWS)
    with nlp.select_pipes(disable=["chronicle_sentence_cap"]):
        plain = nlp(NEWS)
    assert [s.text for s in doc.sents] == [s.text for s in plain.sents]
    assert [(t.dep_, t.head.i) for t in doc] == [(t.dep_, t.head.i) for t in plain]


def test_ents_in_matches_spacy_span_ents():
    doc = get_nlp()(NEWS + " " + NEWS)
    for sent in doc.sents:
        for a, b in ((sent.start, sent.end), (sent.start + 1, sent.end - 1), (0, len(doc))):
            span = doc[a:b]
            assert [(e.start, e.end, e.label_) for e in ents_in(span)] == \
                   [(e.start, e.end, e.label_) for e in span.ents]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400))
def test_any_text_annotates_cleanly(text):
    article = art(text)
    (result,) = list(annotate_many([article], errors="collect"))
    assert isinstance(result, AnnotatedArticle), result
    for span in evidence_spans([result.timexes, result.actors, result.events]):
        assert text[span.start:span.end] == span.text


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from([
    "Putin visited Pyongyang on Monday.", "Kim said he would go to Moscow next week, TASS reported.",
    "The talks were cancelled", "(", ")", "—", ",", "12", "2025-02-30", "\n", "Lavrov", "according to",
    "did not", "will", "Seoul's", "the Russian President", "Shoigu traveled", "last year",
]), max_size=60))
def test_news_like_fragments_annotate_cleanly(parts):
    text = " ".join(parts)
    (result,) = list(annotate_many([art(text)], errors="collect"))
    assert isinstance(result, AnnotatedArticle), result
    for span in evidence_spans([result.timexes, result.actors, result.events]):
        assert text[span.start:span.end] == span.text


# ----------------------------------------------------------------------------- failures stay local
def test_a_stage_failing_on_one_article_never_stops_the_batch(fail_stage, caplog):
    fail_stage("events", RuntimeError("boom on purpose"))
    articles = [art(NEWS, "a"), art(NEWS, "bad"), art(NEWS, "c")]
    with caplog.at_level(logging.WARNING, logger="chronicle.pipeline"):
        results = list(annotate_many(articles, batch_size=3, errors="collect"))
    assert [r.article.id for r in results] == ["a", "bad", "c"]
    assert isinstance(results[0], AnnotatedArticle) and isinstance(results[2], AnnotatedArticle)
    assert results[0].events and results[2].events
    failure = results[1]
    assert isinstance(failure, AnnotationFailure)
    assert failure.stage == "events" and failure.error == "RuntimeError: boom on purpose"
    assert any("bad" in rec.getMessage() and "events" in rec.getMessage() for rec in caplog.records)
    with pytest.raises(RuntimeError, match="boom"):
        list(annotate_many(articles, errors="raise"))


@pytest.mark.parametrize("stage_name", pipeline.ORDER)
def test_every_stage_failure_is_contained(fail_stage, stage_name):
    fail_stage(stage_name, ValueError(f"{stage_name} broke"))
    results = list(annotate_many([art(NEWS, "bad"), art(NEWS, "ok")], errors="collect"))
    assert isinstance(results[0], AnnotationFailure) and results[0].stage == stage_name
    assert isinstance(results[1], AnnotatedArticle)


def test_a_parse_failure_costs_only_its_article(monkeypatch):
    nlp = get_nlp()
    real_pipe, real_call = type(nlp).pipe, type(nlp).__call__

    def pipe(self, texts, *a, **kw):
        texts = list(texts)
        if any("POISON" in t for t in texts):
            raise RuntimeError("spaCy choked")
        return real_pipe(self, texts, *a, **kw)

    def call(self, text, *a, **kw):
        if "POISON" in text:
            raise RuntimeError("spaCy choked")
        return real_call(self, text, *a, **kw)

    monkeypatch.setattr(type(nlp), "pipe", pipe)
    monkeypatch.setattr(type(nlp), "__call__", call)
    results = list(annotate_many([art(NEWS, "a"), art("POISON", "p"), art(NEWS, "c")], batch_size=8,
                                 errors="collect"))
    assert [type(r).__name__ for r in results] == ["AnnotatedArticle", "AnnotationFailure", "AnnotatedArticle"]
    assert results[1].stage == "parse" and "spaCy choked" in results[1].error


def test_an_article_over_the_limit_fails_cleanly_without_parsing(monkeypatch):
    huge = art("word " * (MAX_ARTICLE_CHARS // 5 + 1), "huge")
    t0 = time.perf_counter()
    results = list(annotate_many([huge, art(NEWS, "ok")], errors="collect"))
    assert time.perf_counter() - t0 < 20  # refused, not parsed (parsing it would take minutes)
    assert isinstance(results[0], AnnotationFailure) and results[0].stage == "parse"
    assert "article too long" in results[0].error
    assert isinstance(results[1], AnnotatedArticle)
    with pytest.raises(ChronicleError, match="article huge: article too long"):
        list(annotate_many([huge], errors="raise"))
