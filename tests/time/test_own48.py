"""Forty-eighth own-news pass: the tense of an age reached in the simple present ("turns 95 on 18
July", a birthday to come) and of a timetabled present made a habit by an adverb ("usually ends
by mid-September", the story's September) with the spaCy parse too, which the rule examples (run
without a parse) cannot show."""
from datetime import date

import pytest

from chronicle.nlp import get_nlp  # the pipeline's parser, loaded once per process
from chronicle.time.tagger import tag_timexes


@pytest.mark.parametrize("text, dct, span, want", [
    ("He has not been seen in public since July 2010. Mr Mandela turns 95 on 18 July.", "2013-06-10",
     "18 July", "2013-07-18"),
    ("The queen turns 90 in April, two months after the jubilee of February 2012.", "2015-10-05",
     "April", "2016-04"),
    ("In Champagne, where picking usually ends by mid-September, the harvest finished on Saturday.", "2013-10-09",
     "mid-September", "2013-09"),
    ("The festival usually opens in early September.", "2013-10-09", "early September", "2013-09"),
    ("The festival opens in early September.", "2013-10-09", "early September", "2014-09"),
])
def test_tense_with_parse(text, dct, span, want):
    pytest.importorskip("spacy")
    nlp = get_nlp()
    got = {t.text: t.value for t in tag_timexes(text, date.fromisoformat(dct), nlp(text))}
    assert got[span] == want
