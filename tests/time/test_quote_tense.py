"""Tense cues inside quotations (tense.py `_quote_extent`, `_PRESENT`): single quotation marks
versus apostrophes, and a contracted "'s" that is a present perfect's "has"."""
import pytest

from chronicle.time.tense import _quote_extent, _regex_tense


def _tense(text, expr):
    s = text.index(expr)
    return _regex_tense(text, [0], s, s + len(expr))


@pytest.mark.parametrize("text, quoted", [
    ("'Toy shelves are half empty, three weeks before Christmas,' a shop owner said.",
     "Toy shelves are half empty, three weeks before Christmas,"),
    ("\u2018Toy shelves are half empty, three weeks before Christmas,\u2019 a shop owner said.",
     "Toy shelves are half empty, three weeks before Christmas,"),
    ("'We don't sell toys three weeks before Christmas' a shop owner said.", None),
    ("The workers' union said shelves were empty three weeks before Christmas.", None),
    ("Sales slumped at the bakers' shop before Christmas, the owner's wife said.", None),
    ("'90s hits sold out before Christmas, the 'king' of the shop said.", None),
])
def test_single_quote_extent(text, quoted):
    s = text.index("Christmas")
    q = _quote_extent(text, 0, len(text), s, s + len("Christmas"))
    assert (text[q[0]:q[1]] if q else None) == quoted


@pytest.mark.parametrize("text, tense", [
    # a present perfect is no present: the reporting verb's past decides
    ("\"It's fallen by half, in March,\" a trader said.", "past"),
    ("\u201cIt\u2019s gone quiet, in March,\u201d a trader said.", "past"),
    ("\"It's been quiet, in March,\" a trader said.", "past"),
    # a present, an adjective, a number after "'s": still the quote's present
    ("\"It's quiet, in March,\" a trader said.", "present"),
    ("\"It's open in March,\" a trader said.", "present"),
    ("\"It's seven weeks to March,\" a trader said.", "present"),
])
def test_contracted_is_versus_has(text, tense):
    assert _tense(text, "March") == tense
