"""Hand-written expected canonical events for corpus.jsonl (written before running chronicle):
mentions (article, trigger[, sentence hint]) that report one real event, pairs that must stay apart, realizes
links, and no realizes link into plans never realised in the corpus. python expected_links.py DB"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from probe_scoring import score_links  # noqa: E402

SAME = {
    "Ecuador recalls its ambassador 9 May 2023": [("y1", "recalled"), ("y1", "recall"), ("y2", "withdraw", "led Quito"),
                                                  ("y2", "called"), ("y2", "recall"), ("y3", "recalled"), ("y3", "withdrawn")],
    "foreign ministers meet in Panama 14 May 2023": [("y2", "met"), ("y2", "meeting", "After the meeting")],
    "ambassador returns to Bogota 19 May 2023": [("y3", "returned"), ("y3", "return", "ends a dispute"), ("y3", "return", "delayed")],
    "Petro's regret 12 May 2023": [("y2", "expressed"), ("y3", "voiced")],
    "Vietnamese boat detained 3 Aug 2024": [("z1", "detained"), ("z1", "intercepted"), ("z2", "arrested"), ("z2", "stopped"),
                                            ("z3", "detained"), ("z3", "seized"), ("z4", "seized"), ("z4", "stopped")],
    "skipper fined 14 Aug 2024": [("z2", "fined"), ("z3", "fined"), ("z4", "fined")],
    "crew repatriated 22 Aug 2024": [("z3", "landed"), ("z4", "repatriated")],
    "Beledweyne market car bomb 8 Jun 2025": [("b1", "exploded"), ("b1", "explosion"), ("b1", "bombing", "claimed"), ("b1", "attack"),
                                              ("b2", "bombing"), ("b2", "attack"), ("b3", "bombing", "arrested four"),
                                              ("b3", "bombing", "killed 23"), ("b3", "blast")],
    "IS claim dismissed by the police 10 Jun 2025": [("b2", "dismissed"), ("b3", "rejected")],
    "raid and arrests 13 Jun 2025": [("b3", "arrested"), ("b3", "raid")],
    "Malian drone downed 14 Feb 2026": [("m1", "shot"), ("m1", "downed"), ("m2", "destruction"), ("m2", "shot"), ("m3", "downing")],
    "Qatar's mediation offer 2 Mar 2026": [("m1", "offered"), ("m2", "proposal"), ("m3", "offer")],
    "Mali accepts 4 Mar 2026": [("m2", "accepted"), ("m3", "welcomed")],
    "Qatari envoy in Bamako 8 Mar 2026": [("m3", "arrived"), ("m3", "visit")],
}
APART = [
    (("y1", "recalled"), ("y3", "returned")),                          # recall vs return
    (("y1", "recalled"), ("y1", "broke")),                             # 2023 recall vs 2008 break in relations
    (("y1", "recalled"), ("m2", "recalled")),                          # Ecuador 2023 vs Mali 2025
    (("y2", "met"), ("y3", "returned")),                               # Panama meeting vs the return
    (("z1", "detained"), ("z1", "seized")),                            # August boat vs the April boats
    (("z1", "detained"), ("z2", "fined")),                             # detention vs sentence
    (("z3", "landed"), ("z4", "arrived")),                             # crew home 22 Aug vs captain home 27 Aug
    (("z3", "landed"), ("z4", "released")),                            # crew home vs captain released
    (("b1", "exploded"), ("b1", "bombings")),                          # 2025 market bomb vs 2022 hotel bombings
    (("b1", "exploded"), ("b2", "hit")),                               # market bomb vs roadside bomb two days later
    (("b1", "killing"), ("b1", "killed")),                             # 2025 deaths vs 2022 deaths
    (("b1", "exploded"), ("b3", "arrested")),                          # the bombing vs the arrests
    (("b1", "claimed"), ("b2", "dismissed")),                          # the claim vs its dismissal
    (("m2", "accepted"), ("m3", "rejected")),                          # Mali accepts vs Algeria rejects
    (("m1", "offered"), ("m2", "accepted")),                           # offer vs acceptance
    (("m1", "downed"), ("m1", "closed")),                              # drone downed vs airspace closed
    (("m1", "brokered"), ("m2", "accepted")),                          # 2015 agreement vs 2026 acceptance
]
REALIZES = {
    "the ambassador's return realizes 'would go back to Bogota later this week'": (("y3", "returned"), ("y2", "go")),
    "the crew landing realizes 'would be flown home next week'": (("z3", "landed"), ("z2", "flown")),
    "the captain released realizes 'hoped he would be freed within days'": (("z4", "released"), ("z3", "freed")),
    "the envoy arriving in Bamako realizes 'would send an envoy to Algiers and Bamako'": (("m3", "arrived"), ("m1", "send")),
}
NEVER = {
    "no realizes link into the border commission meeting in June": [("y2", "hold")],
    "no realizes link into the impeachment vote": [("y2", "vote")],
    "no realizes link into sinking the boat": [("z2", "sunk")],
    "no realizes link into the captains' training next month": [("z4", "hold")],
    "no realizes link into the military court": [("b3", "face")],
    "no realizes link into catching the fifth suspect": [("b3", "caught")],
    "no realizes link into rebuilding the market": [("b2", "rebuilt")],
    "no realizes link into the envoy continuing to Algiers": [("m3", "continue")],
    "no realizes link into talks in Doha": [("m1", "host"), ("m2", "take")],
}

score_links(sys.argv[1], SAME, APART, REALIZES, NEVER)
