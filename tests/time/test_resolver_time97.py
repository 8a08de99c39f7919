"""Resolver round time97: a passive after a modal or "to" is to come. (1) "would be" + a past
participle in reported speech ("said the gallery would be closed on Monday") is reported speech's
future with the parse as without it (the parse read only "would" + a base verb as future, and fell
back to the past reporting verb); (2) a weekday right after a reporting participle in a passive
infinitive ("the verdict will be announced on Friday", "said the tolls would be confirmed Monday")
is no report's day (rule `day_of_past_report`, dates.yaml). Each case with the parse and with the
regex cues alone; told on Wednesday 2025-06-11. The classes come from the time97 survey of the
reported-future branch of tense.py, not from a corpus error (no gold text has either form)."""
import pytest

from _tagged import parsed_values as _values


@pytest.mark.parametrize("parse", [True, False])
@pytest.mark.parametrize("text,expr,value", [
    # (1) reported passive future: the coming day, month
    ("The curator said the gallery would be closed on Monday for repairs.", "Monday", "2025-06-16"),
    ("Club officials said the cup final would be played on Sunday.", "Sunday", "2025-06-15"),
    ("The transport ministry said the old viaduct would be taken down in March.", "March", "2026-03"),
    ("The examining board said the marks would be known on Friday.", "Friday", "2025-06-13"),
    # (2) a reporting participle after "will be" / "to be" / "would be"
    ("The shortlist for the poetry prize will be announced on Friday.", "Friday", "2025-06-13"),
    ("The board said the new chief executive would be announced on Friday.", "Friday", "2025-06-13"),
    ("The harbour board said the new tolls would be confirmed Monday.", "Monday", "2025-06-16"),
])
def test_time97_classes(text, expr, value, parse):
    assert _values(text, "2025-06-11", parse)[expr] == value


@pytest.mark.parametrize("parse", [True, False])
@pytest.mark.parametrize("text,expr,value", [
    # guards: a past or perfect passive is told, and its day is past
    ("The new tolls were confirmed Monday by the harbour board.", "Monday", "2025-06-09"),
    ("The curator said the gallery was closed on Monday for repairs.", "Monday", "2025-06-09"),
    ("The curator said the gallery would have been closed on Monday but for the donation.", "Monday", "2025-06-09"),
    # the report's own day right after the reporting verb
    ("The board announced Monday that the tolls would be cut.", "Monday", "2025-06-09"),
])
def test_time97_guards(text, expr, value, parse):
    assert _values(text, "2025-06-11", parse)[expr] == value
