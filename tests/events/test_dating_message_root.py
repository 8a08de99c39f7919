"""A message noun the parser made the sentence's root, its verb a second participle of it ("The
ministry's decision, read on the radio on Monday, accused ..."): what the message says is told when
it was delivered (``reduced_relative.message`` in dating.yaml, dating._same_act_participle)."""
from __future__ import annotations

from datetime import date

from spacy.tokens import Doc

from chronicle.events.dating import _same_act_participle
from chronicle.model import Timex
from chronicle.nlp import get_nlp


def _doc(verb_lemma: str, verb: str):
    words = ["The", "army", "'s", "decision", ",", "read", "on", "radio", "on", "Monday", ",", verb, "the",
             "newspaper", "of", "lying", "."]
    heads = [1, 3, 1, 3, 3, 3, 5, 6, 5, 8, 3, 3, 13, 11, 11, 14, 3]
    deps = ["det", "poss", "case", "ROOT", "punct", "acl", "prep", "pobj", "prep", "pobj", "punct", "acl", "det",
            "dobj", "prep", "pcomp", "punct"]
    tags = ["DT", "NN", "POS", "NN", ",", "VBD", "IN", "NN", "IN", "NNP", ",", "VBN", "DT", "NN", "IN", "VBG", "."]
    pos = ["DET", "NOUN", "PART", "NOUN", "PUNCT", "VERB", "ADP", "NOUN", "ADP", "PROPN", "PUNCT", "VERB", "DET",
           "NOUN", "ADP", "VERB", "PUNCT"]
    lemmas = ["the", "army", "'s", "decision", ",", "read", "on", "radio", "on", "monday", ",", verb_lemma, "the",
              "newspaper", "of", "lie", "."]
    return Doc(get_nlp().vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos, lemmas=lemmas)


def _monday(doc):
    start = doc[9].idx
    return Timex(id="t1", text="Monday", start=start, end=start + 6, type="DATE", value="2025-03-24",
                 interval_start=date(2025, 3, 24), interval_end=date(2025, 3, 24))


def test_content_verb_under_a_root_message_takes_the_delivery_date():
    doc = _doc("accuse", "accused")
    tx = _monday(doc)
    assert _same_act_participle(doc, 11, {5: [tx]}) == [tx]


def test_a_root_noun_that_is_no_message_does_not():
    doc = _doc("accuse", "accused")
    doc[3].lemma_ = "crowd"  # "The army's crowd, read ...": no message, nothing delivered
    assert _same_act_participle(doc, 11, {5: [_monday(doc)]}) == []
