"""A participle coordinated with a passive verb, with no subject or auxiliary of its own, shares its
auxiliary and, with no "by" phrase of its own, its agent (detect._coordinated_passive): "was
summoned and handed a protest note" (the envoy is handed it), "was convicted by a court and fined"
(the court fines). An active verb after a passive stays active ("was criticised and accused the
opposition"), as does one handing something on to someone ("... and handed a note to the minister")."""
from __future__ import annotations

from _sentences import by_trigger


def test_handed_a_note_after_a_passive_is_passive():
    es = by_trigger("Iran's ambassador was summoned to the foreign ministry on Monday and handed a protest note.", "handed")
    assert [e.type for e in es] == ["ACCUSE"]
    assert any("Iran" in r.text for r in es[0].recipient) and not es[0].actor


def test_participle_without_object_shares_subject_and_agent():
    es = by_trigger("The two reporters were questioned by police on Wednesday and released.", "released")
    assert es and any("reporters" in r.text for r in es[0].recipient)
    assert any("police" in a.text for a in es[0].actor)


def test_fined_after_convicted_by_a_court():
    es = by_trigger("The captain was convicted by a court in Darwin on Monday and fined 20,000 dollars.", "fined")
    assert [e.type for e in es] == ["SANCTION"] and any("court" in a.text for a in es[0].actor)


def test_active_verb_after_a_passive_stays_active():
    es = by_trigger("Bolivia's government was criticised and accused the opposition of lying.", "accused")
    assert es and not any("Bolivia" in r.text for e in es for r in e.recipient)


def test_note_handed_on_to_someone_is_no_passive():
    from chronicle.events.detect import _coordinated_passive
    from chronicle.nlp import get_nlp

    doc = get_nlp()("The ambassador was summoned on Monday and handed a protest note to the minister.")
    handed = next(t for t in doc if t.lower_ == "handed")
    assert not _coordinated_passive(handed)
