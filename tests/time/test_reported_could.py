"""A modal of possibility under a past reporting verb, WITH a parse (the rule examples run
without one): "said the cyclone could make landfall late Thursday" is a forecast, the coming
Thursday; the reporting verb's past does not decide the clause. Look-alikes keep the past: a day
owned by a noun ("could not remember Thursday's meeting") and a perception or past ability
("could see the smoke on Thursday")."""
from datetime import date

import pytest

from chronicle.time.tagger import tag_timexes


@pytest.mark.parametrize("text, day, want", [
    ("Forecasters said the cyclone could make landfall late Thursday.", "late Thursday", "2024-05-09"),
    ("Forecasters said the storm could hit the coast on Thursday.", "Thursday", "2024-05-09"),
    ("Forecasters said the storm could come ashore on Thursday.", "Thursday", "2024-05-09"),
    ("Forecasters said the storm could bring heavy rain on Thursday.", "Thursday", "2024-05-09"),
    ("Officials said the storm might hit the coast on Thursday.", "Thursday", "2024-05-09"),
    ("Officials said the storm may make landfall Thursday.", "Thursday", "2024-05-09"),
    ("He said he could not remember Thursday's meeting.", "Thursday", "2024-05-02"),
    ("They said they could see the smoke on Thursday.", "Thursday", "2024-05-02"),
    ("She said she could hear the blasts on Thursday.", "Thursday", "2024-05-02"),
])
def test_reported_possibility_with_parse(text, day, want):
    pytest.importorskip("spacy")
    from chronicle.nlp import get_nlp  # the pipeline's parser, loaded once for all cases

    got = {t.text: t.value for t in tag_timexes(text, date(2024, 5, 7), get_nlp()(text))}
    assert got[day] == want
