"""extract26: two small detection hooks.

``complement`` also reads a purpose infinitive the parser hangs on the verb ("launched an operation
to retake the town": "to retake" is an advcl of "launched", not part of the object), and
``not_target_prep`` keeps a unit noun that another verb's act is aimed at ("threw stones at a
patrol") from being read as the act the noun names (a patrol carried out, MOBILIZE)."""
from _sentences import by_trigger


def test_operation_launched_to_liberate_a_town_is_an_assault():
    found = by_trigger("Ukrainian forces launched an offensive to recapture the village of Robotyne in June.", "launched")
    assert [e.type for e in found] == ["ASSAULT"]


def test_operation_without_a_purpose_to_retake_stays_out():
    assert not by_trigger("Doctors launched an operation to save the injured soldier.", "launched")
    assert not by_trigger("The army launched an operation on Monday.", "launched")


def test_patrol_fired_on_names_the_unit_not_a_patrol():
    assert not [e for e in by_trigger("Militants fired on a Kenyan police patrol near Garissa.", "patrol")
                if e.type == "MOBILIZE"]
    assert not [e for e in by_trigger("Protesters hurled rocks at an Israeli army patrol.", "patrol")
                if e.type == "MOBILIZE"]


def test_patrol_carried_out_stays_a_mobilization():
    found = by_trigger("Turkey stepped up border patrols near Syria on Tuesday.", "patrols")
    assert [e.type for e in found] == ["MOBILIZE"]


def test_not_pobj_words_read_lower_cased_and_on_the_object():
    # mend12detect: "CCTV" in the rule's list is compared lower-cased, and "on CCTV" / "on camera" the
    # parser hangs on the object still rules the setting out
    assert not [e for e in by_trigger("Police caught the suspect on CCTV.", "caught") if e.type == "COERCE"]
    assert not [e for e in by_trigger("A police officer caught the attack on camera.", "caught") if e.type == "COERCE"]
    assert [e.type for e in by_trigger("Police caught the suspect near the station.", "caught")] == ["COERCE"]


def test_operation_to_liberate_people_is_no_assault():
    assert not by_trigger("Police launched an operation to liberate the kidnapped children on Monday.", "launched")
