"""extract29: a school stormed by gunmen, attackers driven back, a state that objected, exports banned, a ban that hit.

Each class is a triggers.yaml entry; these tests pin what its examples do not: the stormed place
next to the abduction told in the same clause, the armed act kept apart from a sporting or
weather sense, and the objection kept as a disapproval, not a rejection."""
from _sentences import by_trigger


def test_school_stormed_by_gunmen_is_an_armed_act_beside_the_abduction():
    text = "Gunmen stormed a girls' school in the east early on Tuesday and abducted thirty pupils."
    stormed = by_trigger(text, "stormed")
    assert [e.type for e in stormed] == ["ASSAULT"]
    assert [e.mode for e in by_trigger(text, "abducted")] == ["abduct"]


def test_a_hall_or_a_policy_stormed_or_attacked_is_no_armed_act():
    assert by_trigger("Fans stormed the school gym after the match.", "stormed") == []
    assert by_trigger("Parents attacked the school's new uniform policy.", "attacked") == []


def test_attackers_driven_back_are_fought_but_fans_are_not():
    assert [e.type for e in by_trigger("Police drove the attackers back from the gate.", "drove")] == ["ASSAULT"]
    assert by_trigger("The heavy rain drove the spectators back inside.", "drove") == []


def test_a_state_that_objected_disapproves_and_does_not_reject():
    found = by_trigger("Russia objected to the draft statement on Monday.", "objected")
    assert [(e.type, e.mode) for e in found] == [("ACCUSE", "disapprove")]
    assert by_trigger("The defence lawyer objected to the question.", "objected") == []


def test_a_state_banning_exports_restricts_goods_and_is_no_arrest():
    found = by_trigger("Kenya banned maize exports to Uganda on Friday.", "banned")
    assert [(e.type, e.mode) for e in found] == [("COERCE", "restrict")]


def test_a_ban_that_hit_a_country_is_no_attack():
    assert by_trigger("The export ban, which also hit Kenya, was lifted after four months.", "hit") == []
    assert [e.type for e in by_trigger("A missile hit an apartment block in Kharkiv on Sunday.", "hit")] == ["ASSAULT"]
