"""Parties (roles9): a singular noun naming one person by what they do ("the suspect", "a
constable") is a party named by its noun phrase, its sector the lexicon's; a bare title on a later
mention ("the minister") is the one person named with that title before it (parties.yaml
person_nouns and examples; docs/sections/events.md "Parties: one person named by a noun, a title on
second mention (roles9)")."""
import pytest
from _sentences import by_trigger, names


def _fillers(e):
    return e.actor + e.recipient


# (a) one person named by a noun of what they do: a party, with no determiner in its name
@pytest.mark.parametrize("text, trigger, party, sector", [
    ("The suspect was freed on bail on Friday.", "freed", "suspect", None),
    ("Police arrested the gunman near the market on Monday.", "arrested", "gunman", None),
    ("A constable was charged with murder on Wednesday.", "charged", "constable", "COP"),
    ("The 30-year-old soldier was detained at the border crossing.", "detained", "30-year-old soldier", "MIL"),
])
def test_one_person_named_by_a_noun(text, trigger, party, sector):
    found = by_trigger(text, trigger)
    assert found, trigger
    got = [f for e in found for f in _fillers(e) if f.text == party]
    assert got, [f.text for e in found for f in _fillers(e)]
    assert got[0].name == party and got[0].country is None and got[0].sector == sector


# ... but a singular title alone names no new party, nor does a noun not listed
@pytest.mark.parametrize("text, trigger, word", [
    ("Police arrested the minister on Monday.", "arrested", "minister"),
    ("Police arrested the man near the market on Monday.", "arrested", "man"),
])
def test_no_party_from_a_title_or_unlisted_noun(text, trigger, word):
    for e in by_trigger(text, trigger):
        assert not any(f.text.split()[-1] == word for f in _fillers(e)), [f.text for f in _fillers(e)]


# (b) a bare title on a later mention: the one person so titled before it
def test_title_on_second_mention_is_the_person():
    text = "Foreign Minister Ana Ruiz arrived in Quito on Monday. The minister met President Noboa on Tuesday."
    (e,) = by_trigger(text, "met")
    assert names(e.actor, "Ana Ruiz") and names(e.recipient, "Noboa")


@pytest.mark.parametrize("text", [
    # two people with that title before it: unresolved
    "Foreign Minister Ana Ruiz and Defence Minister Luis Vega were sworn in on Monday. "
    "The minister met President Noboa on Tuesday.",
    # a title with more words than "the" is another person
    "Foreign Minister Ana Ruiz arrived in Quito on Monday. The minister of mines met President Noboa on Tuesday.",
    # the person is named after it, not before
    "The minister met President Noboa on Tuesday. Foreign Minister Ana Ruiz had arrived on Monday.",
])
def test_title_left_unresolved(text):
    for e in by_trigger(text, "met"):
        assert not names(e.actor, "Ruiz") and not names(e.actor, "Vega"), [f.text for f in e.actor]


# (mend13a) an unnamed holder of the title between the named one and the bare title may be the
# one meant ("A new minister was sworn in"): the search stops there; a title said of the named
# person ("He has been a minister since 2020") does not stop it
@pytest.mark.parametrize("between, named", [
    ("", True),
    (" He has been a minister since 2020.", True),
    (" A new minister was sworn in on Tuesday.", False),
    (" Another minister was sworn in on Tuesday.", False),
    # (mend14b) "the new minister" is the one named before, no other holder
    (" The new minister visited Madrid on Tuesday.", True),
])
def test_title_search_stops_at_an_unnamed_holder(between, named):
    text = f"Interior Minister Kofi Mensah resigned on Monday.{between} Police arrested the minister on Wednesday."
    (e,) = by_trigger(text, "arrested")
    assert bool(names(e.recipient, "Kofi Mensah")) == named, [f.text for f in e.recipient]
