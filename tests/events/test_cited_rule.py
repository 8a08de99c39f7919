"""(roles22) Who cites a rule or tells of an act is no party of it (parties.yaml cited_rule,
speaker_apposition): "in violation of UN sanctions" (the UN made the rule, it is not its target);
"Tuesday's shelling of the clinic, a spokesman for the EU mission said" (the parser's apposition of
the teller to the act); "Inspectors will examine the strike" (stance_verbs: the examiner did not strike)."""
from __future__ import annotations

import pytest

from chronicle.events.lexicon import load_resource

from _sentences import events as _events


def _covers(fillers, text: str) -> bool:
    return any(text in (f.text or "") or (f.name and (text in f.name or f.name in text)) for f in fillers)


def _examples():
    data = load_resource("parties.yaml")
    return data["cited_rule"]["examples"] + data["speaker_apposition"]["examples"]


@pytest.mark.parametrize("ex", _examples(), ids=lambda ex: ex["text"][:60])
def test_no_party_from_a_rule_or_a_teller(ex):
    # an act left with no party at all is no stored event: the absent checks then hold on no event
    found = [e for e in _events(ex["text"]) if e.type == ex["type"]]
    for role, key in (("recipient", "absent_recipient"), ("actor", "absent_actor")):
        if ex.get(key):
            assert not any(_covers(getattr(e, role), ex[key]) for e in found), \
                [[f.text for f in getattr(e, role)] for e in found]
    for role in ("recipient", "actor"):
        if ex.get(role):
            assert any(_covers(getattr(e, role), ex[role]) for e in found), [[f.text for f in getattr(e, role)] for e in found]
