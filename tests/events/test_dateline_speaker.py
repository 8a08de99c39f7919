"""(roles6) A dateline the parser makes the subject of the reporting verb ("LUSAKA, March 6 (AFP) -
Zambian police said they ...", "NAIROBI, Kenya -- Kenyan police said they ...") is no speaker: the
reported "they" takes the subject after it (detect._reported_subject), never the dateline's place.
And the infinitive after a withstanding verb's object ("foiled a plot to kill the president") is
the object's intent: the one who foiled it is not its actor (detect._subject)."""
from __future__ import annotations

from datetime import date

from _sentences import by_trigger


def _by_trigger(text: str, trigger: str):
    return by_trigger(text, trigger, dct=date(2025, 3, 6))


def test_reported_they_after_a_dateline_is_the_police():
    es = _by_trigger("LUSAKA, March 6 (AFP) - Zambian police said they had arrested four men in raids in the "
                     "capital on Tuesday.", "arrested")
    assert es and [a.text for a in es[0].actor] == ["Zambian police"]


def test_dateline_with_country_and_agency():
    es = _by_trigger("KABUL (AP) -- Afghan police said they had arrested four men in the city on Tuesday.",
                     "arrested")
    assert es and not any(a.text.isupper() for a in es[0].actor)
    assert any("police" in a.text for a in es[0].actor)


def test_plain_reported_they_unchanged():
    es = _by_trigger("Zambian police said they had arrested four men on Tuesday.", "arrested")
    assert es and [a.text for a in es[0].actor] == ["Zambian police"]


def test_plot_foiled_is_not_the_foilers_act():
    es = _by_trigger("Police said they had foiled a plot to kill the president.", "kill")
    assert not any("olice" in a.text for e in es for a in e.actor)
