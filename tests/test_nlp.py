"""The lemma corrections (resources/nlp/lemma_fixes.yaml): each example's form gets the wrong lemma
from the bare model and the right one from the pipeline, so an entry the model no longer needs, or
one that does not fire, fails here."""
from __future__ import annotations

from importlib import resources

import pytest
import yaml

from chronicle.nlp import LEMMA_FIXES, get_nlp

FIXES = yaml.safe_load(resources.files("chronicle.resources").joinpath("nlp/lemma_fixes.yaml")
                       .read_text(encoding="utf-8"))["fixes"]
CASES = [(f["lemma"], f["wrong"], ex["text"], ex["form"]) for f in FIXES for ex in f["examples"]]


def _token(doc, form):
    return next(t for t in doc if t.lower_ == form)


@pytest.mark.parametrize("lemma,wrong,text,form", CASES, ids=[c[2][:40] for c in CASES])
def test_wrong_on_the_bare_model_right_with_the_fix(lemma, wrong, text, form):
    nlp = get_nlp()
    with nlp.select_pipes(disable=[LEMMA_FIXES]):
        assert _token(nlp(text), form).lemma_ == wrong
    assert _token(nlp(text), form).lemma_ == lemma


def test_the_fix_leaves_other_tags_alone():
    # a noun "rating" keeps its own lemma; only verb tags are corrected
    doc = get_nlp()("The country's credit rating fell.")
    assert _token(doc, "rating").lemma_ == "rating"


def test_the_fix_runs_after_the_lemmatizer():
    names = get_nlp().pipe_names
    assert names.index(LEMMA_FIXES) == names.index("lemmatizer") + 1
