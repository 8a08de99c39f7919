"""Hand-written expected canonical events for corpus.jsonl (written before running chronicle):
mentions (article, trigger[, sentence hint]) that report one real event, pairs that must stay apart, realizes
links, and no realizes link into plans never realised in the corpus. python expected_links.py DB"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from probe_scoring import score_links  # noqa: E402

SAME = {
    "fire exchanged at Torkham 6 Sep 2023": [("u1", "exchanged"), ("u3", "gunfight")],
    "Torkham closed 6 Sep 2023": [("u1", "closed"), ("u2", "shut"), ("u2", "closure"), ("u3", "closed", "nine days"),
                                  ("u3", "closure")],
    "Torkham reopened 15 Sep 2023": [("u3", "reopened"), ("u3", "reopening")],
    "WFP convoy blocked 11 Mar 2024": [("v1", "stopped"), ("v2", "blocking"), ("v2", "halted"), ("v3", "blocking")],
    "police post attacked 12 Mar 2024": [("v2", "attacked"), ("v2", "attack")],
    "convoy let through 14 Mar 2024": [("v3", "allowed"), ("v3", "letting"), ("v3", "cleared")],
    "Kok-Tash shelled 4 Oct 2025": [("w1", "shelling"), ("w2", "shelling"), ("w2", "attack"), ("w3", "shelling", "five days"),
                                    ("w3", "shelling", "Last weekend")],
    "protest note handed 6 Oct 2025": [("w2", "handed"), ("w3", "handed")],
    "first Chadian contingent leaves 2 Feb 2026": [("x2", "left"), ("x2", "beginning")],
    "second Chadian contingent leaves 16 Feb 2026": [("x3", "pulled"), ("x3", "departure")],
    "attack near Baga 14 Feb 2026": [("x3", "attacked"), ("x3", "attack", "went ahead"), ("x3", "attack", "claimed")],
    "Malam Fatori attack 26 Feb 2026": [("x4", "killed"), ("x4", "attack"), ("x4", "stormed")],
}
APART = [
    (("u1", "closed"), ("u1", "shut")),                                     # September vs February closure
    (("u1", "closed"), ("u3", "reopened")),                                 # closure vs reopening
    (("u1", "exchanged"), ("u1", "closed")),                                # the gunfire vs the closure it caused
    (("u2", "protest"), ("u2", "protested")),                               # the summons' protest vs the traders' protest
    (("v1", "stopped"), ("v3", "allowed")),                                 # blocked vs let through
    (("v1", "reached"), ("v3", "reached")),                                 # January convoy vs this one arriving
    (("v2", "attacked"), ("v2", "halted")),                                 # police post attack vs the convoy halted
    (("w1", "killed", "Three civilians"), ("w1", "killed", "100 people")),  # 2025 shelling vs the 2022 war
    (("w1", "shelling"), ("w3", "agreed")),                                 # the shelling vs the Batken agreement
    (("w2", "summoned"), ("w2", "buried")),                                 # same Monday, different acts
    (("x2", "left"), ("x3", "pulled")),                                     # first vs second stage of the withdrawal
    (("x2", "left"), ("x1", "left")),                                       # Chad's contingent vs Niger leaving in 2025
    (("x3", "attacked"), ("x4", "attack")),                                 # Baga 14 Feb vs Malam Fatori 26 Feb
    (("x1", "attack"), ("x3", "attacked")),                                 # Barkaram 2024 vs Baga 2026
    (("x2", "overran"), ("x4", "stormed")),                                 # Damboa Dec 2025 vs Malam Fatori Feb 2026
]
REALIZES = {
    "the reopening realizes 'the crossing would reopen only once ...'": (("u3", "reopened"), ("u2", "reopen", "only once")),
    "the convoy let through realizes 'would be allowed to pass once ...'": (("v3", "allowed"), ("v1", "allowed")),
    "the ambassador summoned realizes 'would summon Tajikistan's ambassador on Monday'": (("w2", "summoned"), ("w1", "summon")),
    "the first contingent leaving realizes 'Chad ... would withdraw its 1,000 soldiers'": (("x2", "left"), ("x1", "withdraw")),
    "the second contingent pulling out realizes 'is due to leave in mid-February'": (("x3", "pulled"), ("x2", "leave")),
}
NEVER = {
    "no realizes link into closing the border again": [("u3", "closed", "closed again")],
    "no realizes link into the second convoy leaving Yangon": [("v2", "leave")],
    "no realizes link into the WFP director's meeting next week": [("v3", "meet")],
    "no realizes link into the heavy-weapons pullback": [("w3", "withdraw")],
    "no realizes link into closing the airspace": [("w3", "close")],
    "no realizes link into the last soldiers leaving by end of March": [("x1", "leave")],
    "no realizes link into the March departure": [("x3", "leave")],
    "no realizes link into the postponed departure": [("x4", "departure")],
    "no realizes link into Cameroon sending 200 soldiers": [("x3", "send")],
}

score_links(sys.argv[1], SAME, APART, REALIZES, NEVER)
