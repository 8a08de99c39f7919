"""Hand-written expected canonical events for corpus.jsonl (written before running chronicle):
mentions (article, trigger[, sentence hint]) that report one real event, pairs that must stay apart, realizes
links, and no realizes link into plans never realised in the corpus. python expected_links.py DB"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from probe_scoring import score_links  # noqa: E402

SAME = {
    "the Bouaké mutiny 6-9 Oct 2023": [("a1", "mutinied", "on Friday night"), ("a2", "revolt"),
                                       ("a3", "mutiny", "took part in the Bouaké mutiny"), ("a3", "mutiny", "during the mutiny")],
    "the bonus deal 9 Oct 2023": [("a2", "agreed"), ("a2", "deal"), ("a2", "agreement")],
    "the Korhogo mutiny 10 Oct 2023": [("a2", "occupied"), ("a3", "protest")],
    "the first bonus payment 13 Oct 2023": [("a3", "received"), ("a3", "payment")],
    "four men arrested with looted rifles 14 Oct 2023": [("a3", "arrested"), ("a3", "raid")],
    "Niger suspends MSF in Maradi 18 Sep 2024": [("b1", "suspended", "have suspended the activities"), ("b1", "decision"),
                                                 ("b1", "suspension"), ("b2", "suspension"), ("b2", "decision"),
                                                 ("b3", "suspension"), ("b3", "decision", "revoked its decision")],
    "MSF's foreign staff ordered out 18 Sep 2024": [("b1", "ordered"), ("b2", "ordered")],
    "MSF's foreign staff leave Niger 21 Sep 2024": [("b2", "left"), ("b3", "left")],
    "MSF and the health minister meet in Niamey 1 Oct 2024": [("b3", "met"), ("b3", "meeting")],
    "the MSF suspension lifted 3 Oct 2024": [("b3", "lifted"), ("b3", "revoked")],
    "North Korea's ICBM launch 12 Mar 2025": [("c1", "fired"), ("c1", "launched"), ("c1", "test"),
                                              ("c1", "launch", "condemned the launch"),
                                              ("c2", "launch", "its intercontinental ballistic missile launch"),
                                              ("c2", "launch", "Wednesday's ICBM launch"),
                                              ("c3", "launch", "launch of an intercontinental"), ("c4", "launch")],
    "North Korea's short-range launch 16 Mar 2025": [("c2", "fired", "fired two short-range"), ("c2", "launch", "The launch came"),
                                                     ("c2", "fired", "fired from Hamhung"), ("c2", "launch", "Sunday's launch"),
                                                     ("c3", "launch", "second launch on Sunday"), ("c4", "fired")],
    "the U.S.-South Korean air drill 15 Mar 2025": [("c2", "staged"), ("c2", "drill"), ("c3", "drill")],
    "South Korea's NSC meeting 12 Mar 2025": [("c1", "held", "held an emergency meeting"),
                                             ("c1", "meeting", "National Security Council")],
    "Japan's sanctions on North Korean firms 21 Mar 2025": [("c4", "froze", "Japan on Friday froze"), ("c4", "measures"),
                                                            ("c4", "sanctions", "first unilateral sanctions"),
                                                            ("c4", "sanctions", "denounced the sanctions")],
    "the Vyšné Nemecké blockade from 9 Feb 2026": [("d1", "blocked", "on Monday morning"), ("d1", "blockade", "calling the blockade"),
                                                  ("d2", "blockade")],
    "Ukraine's protest note 10 Feb 2026": [("d1", "handed"), ("d1", "note")],
    "the Košice talks 12 Feb 2026": [("d2", "talks"), ("d2", "meeting")],
    "the Ubľa crossing blocked 14 Feb 2026": [("d2", "blocked"), ("d2", "parked")],
    "the scuffle at Vyšné Nemecké 13 Feb 2026": [("d2", "scuffle"), ("d3", "scuffle", "injured in a scuffle"),
                                                 ("d3", "scuffle", "detained over the scuffle")],
    "two farmers detained 13 Feb 2026": [("d2", "detained"), ("d3", "detained")],
    "the compensation deal 17 Feb 2026": [("d3", "deal"), ("d3", "agreement"), ("d3", "signed")],
    "both blockades lifted 18 Feb 2026": [("d3", "lifted"), ("d3", "end")],
}
APART = [
    (("a1", "mutinied", "on Friday night"), ("a1", "mutinied", "In January 2017")),   # Bouaké 2023 vs Bouaké 2017
    (("a1", "fired"), ("a2", "fired")),                                               # Bouaké gunfire 7 Oct vs Korhogo 10 Oct
    (("a2", "returned", "to their barracks"), ("a2", "returned", "to their camp")),   # Bouaké 9 Oct vs Korhogo 10 Oct
    (("a2", "met"), ("a3", "met")),                                                   # commander 10 Oct vs governor 16 Oct
    (("a2", "agreed"), ("a1", "agreed")),                                             # 2023 deal vs 2017 deal
    (("a3", "arrested"), ("a1", "seizing")),                                          # arrests 14 Oct vs the armoury seized
    (("a3", "received"), ("a3", "postponed")),                                        # first payment vs second postponed
    (("b1", "suspended", "have suspended the activities"), ("b3", "suspended")),      # MSF 18 Sep vs AEC 3 Oct
    (("b3", "lifted"), ("b3", "suspended")),                                          # MSF lifted vs AEC suspended, same day
    (("b1", "suspended", "have suspended the activities"), ("b1", "barred")),         # MSF 2024 vs Action Santé Sahel 2022
    (("b1", "accused", "accused MSF"), ("b1", "accused", "after it was accused")),    # 2024 vs 2022
    (("b1", "accused", "accused MSF"), ("b3", "accusing")),                           # MSF vs AEC
    (("b1", "suspended", "have suspended the activities"), ("b3", "lifted")),         # imposed vs lifted
    (("b2", "postponed"), ("b3", "met")),                                             # meeting postponed 23 Sep vs held 1 Oct
    (("b1", "ordered"), ("b2", "left")),                                              # order 18 Sep vs departure 21 Sep
    (("b3", "lifted"), ("b3", "reopened")),                                           # lifted 3 Oct vs clinics reopened 7 Oct
    (("c1", "fired"), ("c2", "fired", "fired two short-range")),                      # ICBM 12 Mar vs short-range 16 Mar
    (("c1", "fired"), ("c1", "tested")),                                              # 2025 vs December 2023
    (("c4", "froze", "Japan on Friday froze"), ("c4", "froze", "in April last year")),  # 2025 vs 2024 sanctions
    (("c1", "lodged"), ("c2", "protested")),                                          # Japan's protests 12 vs 16 Mar
    (("c1", "meeting", "National Security Council"), ("c3", "meeting")),              # Seoul's NSC vs UN Council
    (("c2", "postponed"), ("c3", "meeting")),                                         # postponement vs the meeting
    (("c2", "staged"), ("c2", "fired", "fired two short-range")),                     # drill 15 Mar vs launch 16 Mar
    (("c3", "tightened"), ("c4", "froze", "Japan on Friday froze")),                  # 2017 UN sanctions vs Japan 2025
    (("c4", "froze", "Japan on Friday froze"), ("c4", "added")),                      # Japan 21 Mar vs South Korea 24 Mar
    (("d1", "blocked", "on Monday morning"), ("d2", "blocked")),                      # Vyšné Nemecké 9 Feb vs Ubľa 14 Feb
    (("d1", "blocked", "on Monday morning"), ("d1", "blocked", "in April 2024")),     # 2026 vs 2024
    (("d3", "lifted"), ("d1", "lifting")),                                            # 2026 vs 2024 lifting
    (("d2", "detained"), ("d2", "released")),                                         # detained 13 Feb vs released 14 Feb
    (("d2", "detained"), ("d3", "fined")),                                            # detained vs fined 19 Feb
    (("d2", "talks"), ("d3", "signed")),                                              # failed talks 12 Feb vs deal 17 Feb
    (("d2", "rejected"), ("d3", "agreement")),                                        # offer rejected vs deal
    (("d1", "blocked", "on Monday morning"), ("d3", "lifted")),                       # imposed vs lifted
]
REALIZES = {
    "the first payment received realizes 'Half of the sum would be paid by Friday'": (("a3", "received"), ("a2", "paid")),
    "the staff leaving Niger realizes 'ordered ... to leave the country within 72 hours'": (("b2", "left"), ("b1", "leave", "leave the country")),
    "the Niamey meeting realizes the meeting 'set for Tuesday, was postponed'": (("b3", "met"), ("b2", "meeting")),
    "the Council meeting realizes 'requested an emergency meeting'": (("c3", "meeting"), ("c1", "meeting", "requested an emergency meeting")),
    "Japan's sanctions realize 'Tokyo would announce its own sanctions'": (("c4", "froze", "Japan on Friday froze"), ("c3", "sanctions", "would announce")),
    "South Korea's blacklist realizes 'South Korea said it would join the measures'": (("c4", "added"), ("c3", "join")),
    "Ubľa blocked realizes 'would also block the Ubľa crossing'": (("d2", "blocked"), ("d1", "block")),
    "the Košice talks realize 'due to meet the farmers' leaders in Košice on Thursday'": (("d2", "meeting"), ("d1", "meet")),
    "the two farmers fined realize 'face fines'": (("d3", "fined"), ("d2", "fines")),
}
NEVER = {
    "no realizes link into the armoury inquiry": [("a2", "opened"), ("a2", "inquiry")],
    "no realizes link into the Korhogo case examined": [("a3", "examined")],
    "no realizes link into UNICEF's mobile teams": [("b2", "send")],
    "no realizes link into the foreign staff's return": [("b3", "return", "could return")],
    "no realizes link into the court challenge": [("b3", "challenge")],
    "no realizes link into Japan paying a price": [("c4", "pay")],
    "no realizes link into talks on the abductions": [("c4", "talks")],
    "no realizes link into the compensation paid": [("d3", "pay")],
    "no realizes link into the farmers' return to the border": [("d3", "return")],
}

score_links(sys.argv[1], SAME, APART, REALIZES, NEVER)
