"""(roles27) The country one is put out of is no recipient (parties.yaml put_out_of; events/detect.py
_put_out_of), nor is the place a called act goes to (called_act; _called_act_places). The country
words of two or three tokens in a title run with pair_anaphora.country_word_examples
(test_parties_roles26.py). Own sentences."""
from __future__ import annotations

import pytest

from chronicle.events.lexicon import load_resource

from _sentences import check_parties_of_type

DATA = load_resource("parties.yaml")


@pytest.mark.parametrize("ex", DATA["put_out_of"]["examples"], ids=lambda ex: ex["text"][:60])
def test_the_country_one_is_put_out_of_is_no_recipient(ex):
    check_parties_of_type(ex)


@pytest.mark.parametrize("ex", DATA["called_act"]["examples"], ids=lambda ex: f"{ex['type']} {ex['text'][:50]}")
def test_where_a_called_act_goes_is_not_asked(ex):
    check_parties_of_type(ex)
