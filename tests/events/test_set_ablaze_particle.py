"""(extract27) "set ... ablaze" / "set ... alight" are read as particle verbs: the parser hangs the
word on "set" as an adverb or an object predicate, not a particle; only verbs with such an entry
gain anything, and a plain "set" (a deadline, a record) stays no act."""
from _sentences import by_trigger


def test_set_ablaze_with_an_adverb_is_arson():
    found = by_trigger("Rebels set three fuel trucks ablaze on the highway on Monday.", "set")
    assert [e.type for e in found] == ["COERCE"]


def test_set_alight_in_the_passive_is_arson():
    found = by_trigger("Two warehouses were set alight in the old port on Sunday night.", "set")
    assert [e.type for e in found] == ["COERCE"]


def test_set_without_the_particle_is_no_act():
    assert by_trigger("The athlete set a new national record in Oslo on Monday.", "set") == []
    assert by_trigger("The fans set the arena alight with their chants.", "set") == []
