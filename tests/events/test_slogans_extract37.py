"""A slogan's wording is no act (extract37): a bare verb that opens a quotation with no subject of its
own ("placards reading 'Free our sons'") gives no mention; a quoted statement with a subject stays
(selection.yaml ``quoted_imperative``; chronicle.events.detect._quoted_imperative). Sentences of our
own; the counter-examples fail on ed63734."""
from __future__ import annotations

import pytest

from chronicle.events.lexicon import load_resource

from _sentences import by_trigger


def _cases(kind: str):
    return load_resource("selection.yaml")["quoted_imperative"][kind]


@pytest.mark.parametrize("ex", _cases("examples"), ids=lambda ex: ex["trigger"])
def test_a_told_act_stays(ex):
    assert any(e.type == ex["type"] for e in by_trigger(ex["text"], ex["trigger"]))


@pytest.mark.parametrize("ex", _cases("counter_examples"), ids=lambda ex: ex["trigger"])
def test_a_slogan_s_act_is_no_mention(ex):
    assert not [e for e in by_trigger(ex["text"], ex["trigger"]) if e.type == ex["type"]]
