"""(roles30) A border closed "with" another country: that country is the recipient, the border's own
country is none (parties.yaml border_with; events/detect.py _border_with). A passive subject the parser
got wrong in number does not hide a court as the setting (court_setting examples, run by roles29's test).
Own sentences."""
from __future__ import annotations

import pytest

from chronicle.events.lexicon import load_resource

from _sentences import check_parties_of_type

DATA = load_resource("parties.yaml")


@pytest.mark.parametrize("ex", DATA["border_with"]["examples"], ids=lambda ex: ex["text"][:50])
def test_a_border_closed_with_a_country_is_closed_to_it(ex):
    check_parties_of_type(ex)
