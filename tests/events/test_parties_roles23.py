"""(roles23) People of a trade as a crowd, armed men of no name, a protest's holder in its modifier, a
destination that is no target (parties.yaml sector_people, protest_holder, destination; sectors.yaml
gunmen / assailants / attackers / militiamen). Sentences of our own; each class with look-alikes."""
from __future__ import annotations

import pytest

from chronicle.events.lexicon import load_resource

from _sentences import events, names


def _examples():
    data = load_resource("parties.yaml")
    return data["sector_people"]["examples"] + data["protest_holder"]["examples"] + data["destination"]["examples"]


@pytest.mark.parametrize("ex", _examples(), ids=lambda ex: ex["text"][:60])
def test_roles23_example(ex):
    found = [e for e in events(ex["text"]) if e.type == ex["type"]]
    if ex.get("absent"):
        assert not found, [(e.trigger.text, [a.text for a in e.actor]) for e in found]
        return
    assert found, f"no {ex['type']} event in {ex['text']!r}"
    for role, key in (("actor", "actor"), ("recipient", "recipient")):
        if ex.get(key):
            assert any(names(getattr(e, role), ex[key]) for e in found), [[f.text for f in getattr(e, role)] for e in found]
    for role, key in (("actor", "absent_actor"), ("recipient", "absent_recipient")):
        if ex.get(key):
            assert not any(names(getattr(e, role), ex[key]) for e in found), \
                [[f.text for f in getattr(e, role)] for e in found]


@pytest.mark.parametrize("text, actor", [
    ("Three passengers died on Sunday when gunmen opened fire on a minibus near the river.", "gunmen"),
    ("Two shopkeepers died when assailants attacked the market stalls at dawn.", "assailants"),
])
def test_a_death_when_armed_men_of_no_name_used_force(text, actor):
    # roles18's "die" entry takes a force's subject (COP, MIL, REB, UAF): armed men of no name are one (sectors.yaml)
    found = [e for e in events(text) if e.type == "ASSAULT" and e.trigger.text == "died"]
    assert found and names(found[0].actor, actor), [[a.text for a in e.actor] for e in found]


def test_a_death_when_firefighters_worked_stays_out():
    found = [e for e in events("An old woman died when firefighters pulled down the burning shed.")
             if e.trigger.text == "died"]
    assert not found
