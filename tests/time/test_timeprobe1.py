"""Tagger faults found by the news probes (timeProbe1): a day right after a past reporting verb is
the report's day even where the parse hangs it on the reported clause's verb ("said on Thursday it
will send": the parse attaches "on Thursday" to "send"), which the rule examples (run without a
parse) cannot show."""
from datetime import date

import pytest

from chronicle.nlp import get_nlp  # the pipeline's parser, loaded once per process
from chronicle.time.tagger import tag_timexes


@pytest.mark.parametrize("text, dct, day, want", [
    ("The United Nations said on Thursday it will send a team to investigate two air strikes.", "2023-09-22",
     "Thursday", "2023-09-21"),
    ("Under the new terms, announced Friday, shareholders would receive a special cash dividend.", "1989-10-30",
     "Friday", "1989-10-27"),
    ("In Lebanon the government said on Tuesday it would ask donors for $1.6 billion.", "2013-07-18",
     "Tuesday", "2013-07-16"),
])
def test_day_of_past_report_with_parse(text, dct, day, want):
    pytest.importorskip("spacy")
    nlp = get_nlp()
    got = {t.text: t.value for t in tag_timexes(text, date.fromisoformat(dct), nlp(text))}
    assert got[day] == want
