"""(roles6) A dateline the parser makes the subject of the reporting verb ("KAMPALA, June 3 (Reuters) -
Ugandan police said they ...", "MOMBASA (Reuters) -- Kenyan police said they ...") is no speaker: the
reported "they" takes the subject after it (detect._reported_subject), never the dateline's place.
And the infinitive after a withstanding verb's object ("thwarted a plot to attack the embassy") is
the object's intent: the one who foiled it is not its actor (detect._subject)."""
from __future__ import annotations

from datetime import date

from _sentences import by_trigger


def _by_trigger(text: str, trigger: str):
    return by_trigger(text, trigger, dct=date(2025, 3, 6))


def test_reported_they_after_a_dateline_is_the_police():
    es = _by_trigger("KAMPALA, June 3 (Reuters) - Ugandan police said they had detained five men in searches in "
                     "the capital on Monday.", "detained")
    assert es and [a.text for a in es[0].actor] == ["Ugandan police"]


def test_dateline_with_country_and_agency():
    es = _by_trigger("MOMBASA (Reuters) -- Kenyan police said they had detained five men in the port on Monday.",
                     "detained")
    assert es and not any(a.text.isupper() for a in es[0].actor)
    assert any("police" in a.text for a in es[0].actor)


def test_plain_reported_they_unchanged():
    es = _by_trigger("Ugandan police said they had detained five men on Monday.", "detained")
    assert es and [a.text for a in es[0].actor] == ["Ugandan police"]


def test_plot_foiled_is_not_the_foilers_act():
    # the attack plotted is an event of its own (its target named), its plotter unknown: not the soldiers
    es = _by_trigger("Soldiers said they had thwarted a plot to attack the embassy.", "attack")
    assert es and any("embassy" in r.text for r in es[0].recipient)
    assert not any("oldier" in a.text or a.text == "they" for e in es for a in e.actor)
