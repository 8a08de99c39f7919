"""extract41: a curfew's own mode, the passive no-confidence motion, bans on working, running for
office and entering a country. Sentences of our own; the class tests fail on c8b4726, the guards keep
the look-alikes as they were."""
from __future__ import annotations

from _sentences import by_trigger


def _typed(text: str, word: str) -> set[tuple]:
    return {(e.type, e.mode, e.cameo) for e in by_trigger(text, word)}


def _recipients(text: str, word: str) -> set[str]:
    return {r.text for e in by_trigger(text, word) for r in e.recipient}


def test_a_curfew_imposed_declared_or_extended_is_mode_curfew():
    assert _typed("Nigerian police imposed a 24-hour curfew on Jos on Sunday.", "imposed") == \
        {("COERCE", "curfew", "1723")}
    assert _typed("A curfew was declared in the oil town on Monday night.", "declared") == \
        {("COERCE", "curfew", "1723")}
    assert _typed("Malian soldiers extended the curfew in Gao by five days.", "curfew") == \
        {("COERCE", "curfew", "1723")}


def test_restrictions_and_a_state_of_emergency_keep_their_modes():
    assert _typed("The Chadian junta imposed restrictions on foreign reporters.", "imposed") == \
        {("COERCE", "restrict", "172")}
    assert _typed("Sri Lanka declared a state of emergency on Tuesday.", "declared") == \
        {("COERCE", "martial-law", "1724")}


def test_a_curfew_lifted_is_no_coercion():
    assert not {t for t in _typed("Kenyan police lifted the curfew in Kisumu on Friday.", "curfew") if t[0] == "COERCE"}


def test_a_no_confidence_motion_lodged_in_the_passive_is_a_disapproval_of_its_target():
    text = "A no-confidence motion against the Czech government was filed in parliament on Friday."
    assert _typed(text, "filed") == {("ACCUSE", "disapprove", "111")}
    assert _recipients(text, "filed") == {"Czech government"}


def test_a_vote_on_other_business_in_the_passive_stays_out():
    assert _typed("A vote on the Romanian fisheries budget was tabled on Monday.", "tabled") == set()


def test_barred_from_working_or_operating_restricts():
    assert _typed("A court in Minsk barred the Belarusian lawyer from practising for three years.", "barred") == \
        {("COERCE", "restrict", "172")}
    assert _typed("Niger's government banned two French aid groups from operating in the south.", "banned") == \
        {("COERCE", "restrict", "172")}


def test_barred_from_running_for_office_is_an_electoral_ban():
    assert _typed("Turkey's election commission barred the jailed mayor from running for president.", "barred") == \
        {("COERCE", "ban", "1722")}


def test_a_state_barring_entry_rejects():
    assert _typed("Russia barred the British journalist from entering the country.", "barred") == \
        {("REJECT", None, "120")}


def test_barred_from_a_final_or_a_stadium_stays_out():
    assert _typed("The Kenyan sprinter was barred from the final after a false start.", "barred") == set()
    assert _typed("The Italian league barred the striker from playing for two matches.", "barred") == set()
    assert _typed("Stewards barred Scottish fans from entering the ground.", "barred") == set()
