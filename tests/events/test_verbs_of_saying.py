"""The verbs of saying of resources/events/reporting.yaml: one list the dating rules and the
speaker rule read, each use's extras named there. Each word is the lemma spaCy gives its forms (a
word listed in another form would never match), and each use sees exactly its own set."""
from __future__ import annotations

import pytest

from chronicle.events import dating, detect
from chronicle.events.lexicon import load_resource, verbs_of_saying
from chronicle.nlp import get_nlp

DATA = load_resource("reporting.yaml")


@pytest.mark.parametrize("ex", DATA["examples"], ids=lambda ex: ex["lemma"])
def test_listed_word_is_the_parsers_lemma(ex):
    doc = get_nlp()(ex["text"])
    assert ex["lemma"] in {t.lemma_.lower() for t in doc}, [(t.text, t.lemma_) for t in doc]


def test_every_listed_word_has_an_example():
    listed = set(DATA["verbs"]) | {w for extra in DATA["extras"].values() for w in extra}
    assert listed == {ex["lemma"] for ex in DATA["examples"]}


def test_an_extra_repeats_no_shared_verb():
    for use, extra in DATA["extras"].items():
        assert not set(extra) & set(DATA["verbs"]), use


def test_each_use_reads_the_shared_verbs_and_its_own_extras():
    shared = set(DATA["verbs"])
    assert dating._REPORTING == shared
    assert detect._REPORTING == shared | set(DATA["extras"]["speaker"])
    assert verbs_of_saying("quote_attribution") == shared | set(DATA["extras"]["quote_attribution"])
    with pytest.raises(KeyError):
        verbs_of_saying("no such use")


@pytest.mark.parametrize("ex", DATA["quote_attribution_examples"], ids=lambda ex: ex["verb"])
def test_quote_attribution_example(ex):
    doc = get_nlp()(ex["text"])
    quotes = dating._quotations(doc)
    assert quotes, "no quotation"
    verb = dating._attribution(doc, quotes[0])
    assert verb is not None and verb.text == ex["verb"]


@pytest.mark.parametrize("ex", DATA["speaker_examples"], ids=lambda ex: ex["text"][:40])
def test_speaker_example(ex):
    doc = get_nlp()(ex["text"])
    pron = next(t for t in doc if t.lower_ == ex["pronoun"])
    speaker = detect._reported_subject(pron)
    assert speaker is not None and speaker.text == ex["speaker"]
