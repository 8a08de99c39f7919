"""Parties (roles8): a line's label is no party and no speaker; a teller whose own "its" / "their"
names what an act was done to is its target; a pronoun teller is the person named before it; a
passive reporting verb's subject is no speaker; sector groups of no country (parties.yaml
examples, actors/sectors.yaml; docs/sections/events.md "Parties: labels, own losses, pronoun
tellers, sector groups (roles8)")."""
import pytest
from _sentences import by_trigger, events, names


def _fillers(e):
    return [f.text for f in e.actor + e.recipient]


# (a) an interview's "Q:" / "A:", a live blog's clock time, a paragraph's dateline: no party
@pytest.mark.parametrize("text, trigger, party", [
    ("Q: The opposition leader Ali Musa was released on bail in May. How did you react?\n"
     "A: We learned about it from the radio.", "released", "Ali Musa"),
    ("Live updates\n\n14:05 - Rebel fighters attacked an army base near Goma.\n\n"
     "15:20 - Ansar al-Din rejected the accusations.", "attacked", "Rebel fighters"),
    ("Live updates\n\n14:05 - Rebel fighters attacked an army base near Goma.\n\n"
     "15:20 - Ansar al-Din rejected the accusations.", "rejected", "Ansar al-Din"),
])
def test_a_label_is_no_party(text, trigger, party):
    found = by_trigger(text, trigger)
    assert found, trigger
    got = [f for e in found for f in _fillers(e)]
    assert party in got, got
    assert not any(f in ("Q", "A", "-") or f.startswith(("-", "14:05", "15:20")) or f.endswith("-")
                   for f in got), got


def test_a_label_is_no_speaker():
    found = by_trigger("Live updates\n\n11:45 - Army spokesman Tom Okello has confirmed that troops "
                       "recaptured the town of Kitchanga.", "recaptured")
    assert found and found[0].attribution is not None
    assert found[0].attribution.speaker == "Army spokesman Tom Okello"


# look-alike: a dash inside the sentence is no label
def test_a_dash_inside_a_sentence_is_no_label():
    found = by_trigger("Residents - mostly farmers - blocked the road to Kidal on Monday.", "blocked")
    assert found and names(found[0].actor, "Residents")


# (c) a pronoun teller is the person named before it; with two people named it stays
def test_pronoun_teller_takes_the_one_person_named_before():
    found = by_trigger("Interior Minister Ali Hassan toured Kirkuk on Monday. Police arrested five "
                       "suspects in the city, he said.", "arrested")
    assert found[0].attribution.speaker == "Ali Hassan"
    assert found[0].attribution.text.startswith("he said")


def test_pronoun_teller_takes_the_speaker_before():
    found = by_trigger("Police arrested five men in Kirkuk on Monday, Interior Minister Ali Hassan said. "
                       "The men were charged with smuggling on Tuesday, she told reporters.", "charged")
    assert found[0].attribution.speaker == "Interior Minister Ali Hassan"


def test_pronoun_teller_with_two_people_named_stays():
    found = by_trigger("Ali Hassan met Omar Said in Kirkuk on Monday. Police arrested five suspects "
                       "in the city, he said.", "arrested")
    assert found[0].attribution.speaker == "he"


# a passive reporting verb's subject is what is told, not who tells it
def test_passive_reporting_subject_is_no_speaker():
    found = by_trigger("The curfew was announced on Monday, a day after rioters burned shops in Lae.", "burned")
    assert found and found[0].attribution is None
    found = by_trigger("Argentina imposed a duty on Chilean wine, the decision was confirmed by the "
                       "economy ministry.", "duty")
    assert found and found[0].attribution.speaker == "economy ministry"
