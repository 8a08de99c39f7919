"""extract36: bail granted or refused, acts PLOVER codes that the twenty-eighth and twenty-fourth news probes
left unextracted, as data in resources/events/triggers.yaml (entries marked extract36): bail granted to a
detainee is a release (RETREAT release, CAMEO 0841) and bail refused is declining to release (REJECT yield,
CAMEO 1243). Sentences of our own, none a probe's; each with a look-alike that must stay out."""
from __future__ import annotations

from _sentences import events


def _typed(text, type_, mode=None):
    return [e for e in events(text) if e.type == type_ and (mode is None or e.mode == mode)]


def test_bail_granted_is_a_release_of_the_one_held_and_a_bailout_is_not():
    found = _typed("Police detained the union leader Samuel Okoro on Monday. The Federal High Court in Kano granted "
                   "him bail on Thursday.", "RETREAT", "release")
    assert found and found[0].cameo == "0841" and found[0].trigger.text == "granted", found
    assert found[0].recipient and "Samuel Okoro" in found[0].recipient[0].name, found
    found = _typed("Twelve students held after the march were granted bail on Wednesday.", "RETREAT", "release")
    assert found and found[0].status == "occurred", found
    assert not _typed("The central bank granted a bailout to the failing lender on Wednesday.", "RETREAT")


def test_bail_refused_to_a_named_person_is_declining_to_release_him():
    found = _typed("A judge in Lilongwe refused bail to opposition lawmaker Peter Chirwa on Tuesday.", "REJECT", "yield")
    assert found and found[0].cameo == "1243" and "Peter Chirwa" in found[0].recipient[0].name, found
    assert not _typed("The judge refused a bail application hearing over the holiday.", "REJECT", "yield")
