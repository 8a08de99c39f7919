"""(extract37) A quantity noun the parser makes the root, with the sentence's verb hung on it as a
participle ("Hundreds of teachers protested ...": *protested* an acl of *Hundreds*): the verb is the
main verb, the quantity's "of" noun its actor (parties.yaml ``quantity_root``;
chronicle.events.detect._quantity_root_verb). Sentences of our own; the first two fail on ed63734
(no mention), the headline's passive keeps its recipient."""
from __future__ import annotations

import pytest

from chronicle.events.lexicon import load_resource

from _sentences import events, names


@pytest.mark.parametrize("ex", load_resource("parties.yaml")["quantity_root"]["examples"], ids=lambda ex: ex["text"][:60])
def test_quantity_root_example(ex):
    found = [e for e in events(ex["text"]) if e.type == ex["type"]]
    assert found, f"no {ex['type']} event in {ex['text']!r}"
    for role in ("actor", "recipient"):
        if ex.get(role):
            assert any(names(getattr(e, role), ex[role]) for e in found), [[f.text for f in getattr(e, role)] for e in found]
        if ex.get(f"absent_{role}"):
            assert not any(names(getattr(e, role), ex[f"absent_{role}"]) for e in found)

