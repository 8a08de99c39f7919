"""Hand-written expected canonical events for corpus.jsonl (written before running chronicle):
mentions (article, trigger[, sentence hint]) that report one real event, pairs that must stay apart, realizes
links, and no realizes link into plans never realised in the corpus. python expected_links.py DB"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from probe_scoring import score_links  # noqa: E402

SAME = {
    "Aurora Star seized 4 May 2023": [("q1", "seized", "Marshall Islands"), ("q1", "seizure", "monitored"), ("q2", "seized"),
                                      ("q3", "seized"), ("q4", "seized"), ("q4", "seizure")],
    "Aurora Star crew freed 15 May 2023": [("q3", "released"), ("q3", "freed"), ("q3", "release"), ("q4", "released")],
    "Norway expels three Russians 9 Apr 2024": [("r1", "expelled", "on Tuesday"), ("r2", "decision"), ("r3", "expelled", "last week")],
    "Russia expels three Norwegians 12 Apr 2024": [("r2", "expelling"), ("r2", "retaliation"), ("r3", "ordered")],
    "the Russians leave Oslo 16 Apr 2024": [("r3", "left"), ("r3", "departure")],
    "ELN attack on the army base 4 Jun 2025": [("s2", "attacked"), ("s2", "assault"), ("s2", "attack", "local unit"),
                                               ("s3", "attack", "eleven days"), ("s3", "attack", "buried")],
    "talks suspended 5 Jun 2025": [("s2", "suspended", "on Thursday"), ("s3", "suspended")],
    "talks resumed 16 Jun 2025": [("s3", "resumed"), ("s3", "resumption")],
    "arms contract signed 14 Jan 2026": [("t1", "signed", "240 million"), ("t2", "signed"), ("t3", "signed")],
    "Puno protesters killed 1 Feb 2026": [("t2", "killed"), ("t2", "shot"), ("t3", "killings"), ("t3", "deaths")],
    "arms sale suspended 3 Feb 2026": [("t2", "suspended"), ("t3", "freeze")],
}
APART = [
    (("q1", "seized", "Marshall Islands"), ("q1", "seized", "2019")),       # 2023 seizure vs the 2019 seizures
    (("q1", "seizure", "latest seizure"), ("q1", "intercepted")),          # seizure vs US interception a week earlier
    (("q2", "seized"), ("q2", "confiscated")),                              # the ship seized vs the cargo confiscated
    (("q3", "seized"), ("q3", "released")),                                 # seizure vs release
    (("r1", "expelled", "on Tuesday"), ("r2", "expelling")),               # Norway's expulsion vs Russia's tit-for-tat
    (("r3", "expelled", "last week"), ("r3", "ordered")),                  # same, in one article
    (("r1", "expelled", "on Tuesday"), ("r1", "expelled", "fifteen")),     # 2024 vs 2023 expulsion
    (("r2", "expelling"), ("r2", "expelled")),                              # Norwegians vs Finnish diplomats expelled
    (("r1", "summoned"), ("r2", "summoned")),                               # the two summonses
    (("s1", "opened"), ("s3", "resumed")),                                  # round opened vs talks resumed
    (("s2", "suspended", "on Thursday"), ("s2", "suspended", "once before")),  # 2025 vs 2024 suspension
    (("s2", "attacked"), ("s1", "bombed")),                                 # base attack vs 2019 academy bombing
    (("s2", "attacked"), ("s2", "attack", "same province")),               # 2025 vs 2024 attack
    (("s3", "pledged"), ("s3", "agreed")),                                  # rebels' pledge vs the hostage agreement
    (("t1", "signed", "240 million"), ("t2", "suspended")),                # signed vs suspended
    (("t1", "signed", "240 million"), ("t1", "bought")),                   # 2026 contract vs 2019 patrol boats
    (("t2", "killed"), ("t1", "killed")),                                   # 2026 vs 2022 killings
    (("t2", "injured"), ("t3", "injured")),                                 # 1 Feb vs 6 Feb injuries
]
REALIZES = {
    "the crew freed realizes 'the sailors would be freed once ...'": (("q3", "released"), ("q2", "freed")),
    "the crew freed realizes 'had promised to free the crew'": (("q3", "released"), ("q3", "free")),
    "Russia's expulsion realizes 'Moscow would respond'": (("r2", "expelling"), ("r1", "respond")),
    "the Russians left realizes 'gave them a week to leave'": (("r3", "left"), ("r1", "leave")),
    "the talks resumed realize 'the talks would resume only if ...'": (("s3", "resumed"), ("s2", "resume")),
}
NEVER = {
    "no realizes link into the auction of the tanker": [("q4", "auctioned")],
    "no realizes link into the US escort mission": [("q4", "escort")],
    "no realizes link into closing the Murmansk consulate": [("r3", "close")],
    "no realizes link into the Norwegians leaving Russia": [("r2", "leave")],
    "no realizes link into signing a ceasefire this month": [("s1", "sign")],
    "no realizes link into freeing six hostages": [("s3", "free")],
    "no realizes link into the March delivery": [("t1", "delivered")],
    "no realizes link into the 2027 delivery": [("t1", "follow")],
    "no realizes link into arbitration": [("t3", "take")],
}

score_links(sys.argv[1], SAME, APART, REALIZES, NEVER)
