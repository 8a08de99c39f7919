"""The subject of a verb that withstands the act its object names is not that act's actor
(detect._withstands): "Soldiers repelled an attack on the base" -- the soldiers were attacked;
the attack is an act of its own, its attacker unknown. A light verb that does the act ("launched
an attack") still gives the noun its actor. (extract23) An armed attack withstood is done to the one
who withstood it (a rule that `requires: withstood`), and a rule's required object named by its head
phrase is the participant when no party is resolved ("struck a radar site": detect._required_noun
reads _phrase_words as the rule's check does)."""
from __future__ import annotations

from _sentences import by_trigger


def test_repelled_attack_has_no_actor_from_the_subject():
    es = by_trigger("Government troops repelled an attack on an army base near the border on Sunday.", "attack")
    assert [e.type for e in es] == ["ASSAULT"]
    assert not any("troops" in a.text for a in es[0].actor)
    assert any("army" in r.text for r in es[0].recipient)  # the army, whose base it hit


def test_fought_off_attack_particle_verb():
    es = by_trigger("Villagers fought off an attack on their camp by armed men on Friday.", "attack")
    assert es and not any("Villagers" in a.text for a in es[0].actor)


def test_launched_attack_keeps_its_actor():
    es = by_trigger("Rebel fighters launched an attack on an army base near the border on Sunday.", "attack")
    assert es and any("fighters" in a.text for a in es[0].actor)


def test_head_phrase_is_the_named_party():
    es = by_trigger("The coalition said it had struck a radar site near the port on Saturday.", "struck")
    assert [e.type for e in es] == ["ASSAULT"]
    assert any("radar site" in r.text for r in es[0].recipient)


def test_head_word_of_phrase_alone_is_not_enough():
    # "site" alone is no military target
    assert not by_trigger("The coalition said it had struck a building site near the port.", "struck")


def test_withstood_armed_attack_is_done_to_the_withstander():
    es = by_trigger("Malian troops repelled a terrorist attack near the border on Sunday.", "attack")
    assert [e.type for e in es] == ["ASSAULT"]
    assert not es[0].actor
    assert any("troops" in r.text for r in es[0].recipient)


def test_launched_armed_attack_is_not_withstood():
    es = by_trigger("Rebel fighters launched a terrorist attack on Sunday.", "attack")
    assert es
    assert not any("fighters" in r.text for e in es for r in e.recipient)


def test_passive_withstood_attack_is_done_to_the_agent():
    # (mend9) "was repelled by Malian troops": the withstander is the passive's "by" agent
    es = by_trigger("A terrorist attack by militants was repelled by Malian troops near the border on Sunday.",
                    "attack")
    assert [e.type for e in es] == ["ASSAULT"]
    assert any("troops" in r.text for r in es[0].recipient)
    assert not any("troops" in a.text for a in es[0].actor)
