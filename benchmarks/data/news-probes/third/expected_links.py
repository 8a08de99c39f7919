"""Hand-written expected canonical events for corpus.jsonl (written before running chronicle):
mentions (article, trigger[, sentence hint]) that report one real event, pairs that must stay apart, realizes
links, and no realizes link into plans never realised in the corpus. python expected_links.py DB"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from probe_scoring import score_links  # noqa: E402

SAME = {
    "Podgorica mayoral election 19 Oct": [("i1", "election", "Sunday's"), ("i2", "election"), ("i3", "vote", "October 19")],
    "protest planned for 25 Oct (never held)": [("i2", "protest"), ("i3", "protest")],
    "Tallinn port cyberattack 4 Mar": [("j1", "cyberattack"), ("j2", "cyberattack"), ("j2", "attack", "first reported"),
                                       ("j3", "cyberattack")],
    "Estonia blamed Russia 6 Mar (j3 'Estonia's accusation')": [("j2", "blamed"), ("j3", "accusation")],
    "Tripoli fighting from 12 May": [("k1", "Fighting"), ("k2", "fighting", "five days")],
    "Dutch embassy closed 13 May": [("k1", "closed", "temporarily"), ("k2", "shut"), ("k3", "shut"), ("k3", "closed", "three weeks")],
    "planned prisoner exchange (l1 next week, l2 Thursday)": [("l1", "exchange", "will take place"), ("l2", "exchange", "will take place")],
    "prisoner exchange carried out 15 Jan": [("l3", "exchanged"), ("l3", "swap"), ("l3", "exchange"), ("l4", "swap")],
}
APART = [
    (("i1", "election", "Sunday's"), ("i1", "election", "previous")),     # 2025 vote vs 2022 vote
    (("i1", "won", "Sunday's"), ("i1", "won", "2022")),                   # Petrovic 2025 vs coalition 2022
    (("i3", "ordered", "on Friday"), ("i4", "recount", "which began")),   # ordering the recount vs holding it
    (("j1", "cyberattack"), ("j1", "knocked")),                           # 2024 port attack vs 2007 attacks
    (("j2", "blamed"), ("j3", "denied")),                                 # accusation vs denial
    (("j3", "expelled"), ("j3", "summoned")),                             # February expulsion vs March summoning
    (("k1", "closed", "temporarily"), ("k1", "closed", "2014")),          # 2025 closure vs 2014 closure
    (("k1", "closed", "temporarily"), ("k3", "reopened")),                # closing vs reopening
    (("k1", "closed", "temporarily"), ("k3", "closed", "Belgium")),       # Dutch vs Belgian mission
    (("l3", "exchanged"), ("l1", "exchange", "last exchange")),           # 2026 swap vs December 2023 swap
    (("l1", "agreed", "on Thursday"), ("l3", "exchanged")),               # agreeing to the swap vs carrying it out
    (("l4", "met"), ("l4", "meet")),                                      # Washington Aug 2025 vs Abu Dhabi plan
    (("l2", "denied"), ("l4", "denied")),                                 # two different denials by Baku
]
REALIZES = {
    "the recount held 29-31 Oct realizes the recount announced for Wednesday": (("i4", "recount", "which began"), ("i3", "recount", "will begin")),
    "the charge d'affaires summoned on Friday realizes the announced summoning": (("j3", "summoned"), ("j2", "summoned")),
    "the embassy reopened realizes 'would reopen as soon as ...'": (("k3", "reopened"), ("k2", "reopen", "would reopen")),
    "the exchange carried out realizes l1's 'will take place next week'": (("l3", "exchanged"), ("l1", "exchange", "will take place")),
    "the exchange carried out realizes l2's 'will take place on Thursday'": (("l3", "exchanged"), ("l2", "exchange", "will take place")),
}
NEVER = {
    "no realizes link into the protest called off": [("i2", "protest"), ("i3", "protest")],
    "no realizes link into the NATO committee meeting": [("j3", "meeting"), ("j3", "discuss")],
    "no realizes link into the schools' reopening": [("k2", "reopen", "Schools")],
    "no realizes link into the Abu Dhabi meeting": [("l4", "meet")],
    "no realizes link into the swearing-in": [("i4", "sworn")],
}

score_links(sys.argv[1], SAME, APART, REALIZES, NEVER)
