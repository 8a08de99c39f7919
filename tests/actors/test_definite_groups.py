"""(roles4) A bare definite group noun with no country ("the army") said after that noun with a
country in the same article ("Burkina Faso's army") is that group (actors.extract._definite_groups)."""
from __future__ import annotations

from datetime import date

from chronicle.model import Article
from chronicle.pipeline import annotate


def _actors(text: str, trigger: str):
    events = annotate(Article(id="t", date=date(2026, 2, 11), text=text)).events
    return [a for e in events if e.trigger.text == trigger for a in e.actor]


def test_the_army_after_a_countrys_army_is_that_army():
    actors = _actors("The Red Cross said that Burkina Faso's army had agreed to a pause. "
                     "The army confirmed the agreement in a statement on Tuesday.", "agreement")
    assert actors and all(a.country == "BFA" for a in actors), [(a.text, a.country) for a in actors]


def test_the_army_after_two_countries_armies_stays_countryless():
    actors = _actors("Mali's army and Niger's army agreed to a pause. "
                     "The army confirmed the agreement on Tuesday.", "agreement")
    assert actors and all(a.country is None for a in actors), [(a.text, a.country) for a in actors]


def test_the_army_with_a_phrase_of_its_own_is_not_taken_back():
    actors = _actors("Burkina Faso's army agreed to a pause on Monday. "
                     "The army of Niger confirmed the agreement on Tuesday.", "agreement")
    assert actors
    assert not any(a.country == "BFA" for a in actors), [(a.text, a.country) for a in actors]


def test_the_officials_after_coordinated_demonyms_stays_countryless():
    # (mend9) "Armenian and Azerbaijani officials" names two countries: the second is a coordinated
    # mention, and it counts for the "only one country" check.
    actors = _actors("Armenian and Azerbaijani officials met in Geneva on Monday. "
                     "The officials agreed to a ceasefire on Tuesday.", "agreed")
    assert actors and all(a.country is None for a in actors), [(a.text, a.country) for a in actors]
