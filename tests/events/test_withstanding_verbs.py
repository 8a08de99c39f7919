"""The subject of a verb that withstands the act its object names is not that act's actor
(detect._withstands): "Soldiers repelled an attack on the base" -- the soldiers were attacked;
the attack is an act of its own, its attacker unknown. A light verb that does the act ("launched
an attack") still gives the noun its actor."""
from __future__ import annotations

from datetime import date

from chronicle.model import Article
from chronicle.pipeline import annotate


def _by_trigger(text: str, trigger: str):
    return [e for e in annotate(Article(id="t", date=date(2025, 3, 28), text=text)).events
            if e.trigger.text == trigger]


def test_repelled_attack_has_no_actor_from_the_subject():
    es = _by_trigger("Government troops repelled an attack on an army base near the border on Sunday.", "attack")
    assert [e.type for e in es] == ["ASSAULT"]
    assert not any("troops" in a.text for a in es[0].actor)
    assert any("army" in r.text for r in es[0].recipient)  # the army, whose base it hit


def test_fought_off_attack_particle_verb():
    es = _by_trigger("Villagers fought off an attack on their camp by armed men on Friday.", "attack")
    assert es and not any("Villagers" in a.text for a in es[0].actor)


def test_launched_attack_keeps_its_actor():
    es = _by_trigger("Rebel fighters launched an attack on an army base near the border on Sunday.", "attack")
    assert es and any("fighters" in a.text for a in es[0].actor)
