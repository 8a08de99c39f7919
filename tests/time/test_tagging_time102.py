"""time102: a day number before "<Month> that year" is part of the date; "<Weekday> the <ordinal>" is
one date; a photo caption's simple present is past; a deadline "by <day>" in the condition of a threat
is to come. Sentences of our own, run with the parse (the pipeline's path) and without."""
from datetime import date

import pytest

from chronicle.nlp import get_nlp
from chronicle.time.tagger import tag_timexes


def _values(text: str, dct: date, parse: bool = True) -> dict[str, str]:
    doc = get_nlp()(text) if parse else None
    return {t.text: t.value for t in tag_timexes(text, dct, doc)}


@pytest.mark.parametrize("parse", [True, False])
def test_day_month_that_year(parse):
    text = "The dyke broke in 1953; on 1 February that year the sea flooded the polders."
    v = _values(text, date(2023, 1, 31), parse)
    assert v["1 February that year"] == "1953-02-01"


@pytest.mark.parametrize("parse", [True, False])
def test_weekday_with_ordinal_is_one_date(parse):
    text = "Two council clerks were questioned on Wednesday the 4th and released the next day."
    v = _values(text, date(2025, 6, 20), parse)
    assert v["Wednesday the 4th"] == "2025-06-04"  # June 4, 2025 is a Wednesday
    assert v["the next day"] == "2025-06-05"


def test_caption_present_is_past():
    text = ("Mourners carry the coffin through the old town on Tuesday afternoon. (Valley Times/P. Ruiz)\n\n"
            "Shops stay shuttered along the route the same evening. (Valley Times/P. Ruiz)")
    v = _values(text, date(2025, 6, 20))  # a Friday
    assert v["Tuesday afternoon"] == "2025-06-17TAF"
    assert v["the same evening"] == "2025-06-17TEV"


def test_present_without_credit_keeps_its_reading():
    text = "Mourners carry the coffin through the old town on Tuesday afternoon, the parish says."
    v = _values(text, date(2025, 6, 20))
    assert v["Tuesday afternoon"] == "2025-06-24TAF"  # as on HEAD: a present event read ahead


@pytest.mark.parametrize("parse", [True, False])
def test_deadline_in_a_threats_condition_is_ahead(parse):
    text = "The miners said they would occupy the pit if the wages were not paid by Thursday."
    assert _values(text, date(2025, 6, 16), parse)["Thursday"] == "2025-06-19"  # a Monday's paper
