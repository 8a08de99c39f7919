"""Resolver round time81: an expression right after a reporting verb and right before its
complement "that" ("after saying in February that sales would grow", "warning on Friday that")
is the time of a report, which lies at or before the article date: with no tense cue in its own
clause (a gerund), its tense is past (tense.py ``_report_time``), not the "would" of the clause
reported nor the present of another clause ("now expects ..., after saying in February that").
Each case with the parse and with the regex cue alone."""
import pytest

from _tagged import parsed_values as _values


@pytest.mark.parametrize("parse", [True, False])
@pytest.mark.parametrize("text,dct,expected", [
    ("The mill trimmed its output goal, after announcing in January that it would hire 50 workers.",
     "2025-06-11", {"January": "2025-01"}),
    ("The club cut its budget, after warning in March that gate receipts would fall.",
     "2025-06-11", {"March": "2025-03"}),
    ("The co-op now expects a flat year, after saying in February that sales would grow.",
     "2025-06-11", {"February": "2025-02"}),
    ("The grower trimmed its estimate, after warning on Friday that frost would hit the crop.",
     "2025-06-11", {"Friday": "2025-06-06"}),
])
def test_report_time_before_that_is_past(text, dct, expected, parse):
    values = _values(text, dct, parse)
    for expr, value in expected.items():
        assert values.get(expr) == value, (expr, values)


@pytest.mark.parametrize("parse", [True, False])
@pytest.mark.parametrize("text,dct,expected", [
    # look-alikes: a cue of the expression's own clause still decides
    ("The minister will announce on Monday that the border would reopen.", "2025-06-11", {"Monday": "2025-06-16"}),
    ("Officials said the bridge would reopen in February.", "2025-06-11", {"February": "2026-02"}),
    # no reporting verb before the expression: not a report's time
    ("The union said the strike would end in March, after talks.", "2025-06-11", {"March": "2026-03"}),
])
def test_own_clause_cue_still_decides(text, dct, expected, parse):
    values = _values(text, dct, parse)
    for expr, value in expected.items():
        assert values.get(expr) == value, (expr, values)
