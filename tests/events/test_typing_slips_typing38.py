"""Typing slips among found mentions (typing38): a ban on publishing or broadcasting typed as an arrest,
a state of emergency typed as a plain restriction, a hyphenated no-confidence motion missed.
Sentences of our own; each slip test fails on 291951f, the guards keep the look-alike as it was."""
from __future__ import annotations

from _sentences import by_trigger


def _typed(text: str, word: str) -> set[tuple]:
    return {(e.type, e.mode, e.cameo) for e in by_trigger(text, word)}


def test_a_ban_on_broadcasts_restricts_speech_not_an_arrest():
    assert _typed("Kenya's electoral commission banned broadcasts of the candidates' debate on Sunday.", "banned") == \
        {("COERCE", "restrict", "1721")}
    assert _typed("Zambia's High Court prohibited publication of the minister's testimony.", "prohibited") == \
        {("COERCE", "restrict", "1721")}


def test_a_person_banned_stays_with_the_general_entry():
    assert ("COERCE", "restrict", "1721") not in _typed("The generals banned the exiled poet on Friday.", "banned")


def test_a_state_of_emergency_or_martial_law_is_mode_martial_law():
    assert _typed("Peru's president declared a state of emergency in two southern regions on Monday.", "declared") == \
        {("COERCE", "martial-law", "1724")}
    assert _typed("The army imposed martial law on the island on Saturday.", "imposed") == \
        {("COERCE", "martial-law", "1724")}


def test_a_curfew_imposed_is_no_state_of_emergency():
    # (extract41) a curfew has a mode of its own now (curfew, 1723: tests/events/test_extract41.py);
    # it is still no martial law
    assert _typed("The governor imposed a curfew on Mombasa on Monday.", "imposed") == \
        {("COERCE", "curfew", "1723")}


def test_a_hyphenated_no_confidence_motion_is_a_disapproval():
    assert _typed("Three opposition parties tabled a no-confidence motion against the cabinet on Thursday.", "tabled") == \
        {("ACCUSE", "disapprove", "111")}
    assert _typed("The Greens filed a no-confidence vote against the housing minister.", "filed") == \
        {("ACCUSE", "disapprove", "111")}


def test_a_motion_or_vote_on_other_business_stays_out():
    assert _typed("The deputy tabled a vote on the harbour budget on Thursday.", "tabled") == set()
    assert _typed("The defence filed a motion to suppress the evidence.", "filed") == set()
