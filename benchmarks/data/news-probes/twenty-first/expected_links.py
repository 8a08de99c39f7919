"""Hand-written expected canonical events for corpus.jsonl (written before running chronicle):
mentions (article, trigger[, sentence hint]) that report one real event, pairs that must stay apart, realizes
links, and no realizes link into plans never realised in the corpus. python expected_links.py DB"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from probe_scoring import score_links  # noqa: E402

SAME = {
    "the coup attempt in Bissau 10 Oct 2023": [("a1", "coup", "attempted coup"), ("a1", "attempt", "second attempt"),
                                              ("a2", "coup"), ("a3", "attempt", "attempt itself")],
    "the attackers driven back 10 Oct 2023": [("a1", "drove"), ("a3", "driven")],
    "eleven officers arrested 11 Oct 2023": [("a1", "arrested"), ("a3", "rounded")],
    "Embalo's address 12 Oct 2023": [("a2", "address")],
    "the court-martial opens 6 Nov 2023": [("a3", "court-martial"), ("a3", "opened", "opened on Monday"),
                                          ("a3", "opened", "finally opened"), ("a3", "trial")],
    "the wheat ban imposed 4 Mar 2024": [("b1", "imposed", "Astana imposed"), ("b2", "came"), ("b3", "imposed")],
    "the Kazakh ambassador summoned 6 Mar 2024": [("b1", "summoned"), ("b3", "summon")],
    "lorries turned back at Korday 4 Mar 2024": [("b1", "turned"), ("b2", "turned")],
    "the deputy PMs meet in Astana 21 Mar 2024": [("b3", "met"), ("b3", "agreed")],
    "the quota agreement signed 21 Mar 2024": [("b3", "signed"), ("b3", "agreement")],
    "the envoy declared persona non grata 5 Jun 2025": [("c1", "declared"), ("c1", "expels"), ("c1", "decision", "The decision against"),
                                                       ("c1", "expulsion"), ("c2", "expelled"),
                                                       ("c2", "expulsion", "condemned the expulsion"), ("c3", "expelled", "expelled her predecessor"),
                                                       ("c3", "expelled", "expelled envoy")],
    "the envoy leaves N'Djamena 7 Jun 2025": [("c2", "left", "on Saturday on a commercial"), ("c2", "left", "he left on Saturday"),
                                             ("c3", "left")],
    "the Council consultations 10 Jun 2025": [("c3", "discussed", "June 10")],
    "the minister meets Guterres 14 Jul 2025": [("c3", "met"), ("c3", "discussed", "two men")],
    "Diallo named 15 Jul 2025": [("c3", "names"), ("c3", "named")],
    "the Kaura Namoda abduction 9 Feb 2026": [("d1", "abduct"), ("d1", "stormed"), ("d1", "abducted", "eighty-seven"),
                                             ("d1", "kidnapping", "latest mass"), ("d1", "attack"), ("d2", "abducted"),
                                             ("d2", "abduction"), ("d3", "kidnapped"), ("d3", "abduct")],
    "the guard shot dead 9 Feb 2026": [("d1", "shot"), ("d3", "kill"), ("d4", "killed")],
    "the army operation launched 11 Feb 2026": [("d2", "launched"), ("d2", "operation"), ("d3", "launches")],
    "four pupils escape 12 Feb 2026": [("d2", "escaped"), ("d3", "escape")],
    "parents protest in Gusau 12 Feb 2026": [("d2", "protest"), ("d2", "held"), ("d3", "protest")],
    "the governor meets community leaders 14 Feb 2026": [("d3", "meeting")],
    "the captives released 28 Feb 2026": [("d3", "released", "two days after"), ("d3", "freed", "freed on Saturday"),
                                          ("d3", "released", "Feb 28"), ("d4", "release", "negotiated the release"),
                                          ("d4", "release", "February 28")],
    "the captives handed over 1 Mar 2026": [("d3", "handed", "on Sunday"), ("d3", "handed", "March 1")],
}
APART = [
    (("a1", "coup", "attempted coup"), ("a1", "attacked")),                  # 2023 coup attempt vs 2022 palace attack
    (("a3", "attempt", "attempt itself"), ("a3", "attack", "February 2022")),  # idem, op-ed
    (("a1", "arrested"), ("a2", "arrested")),                                # eleven officers 11 Oct vs two more 13 Oct
    (("a1", "condemned"), ("a2", "denied")),                                 # ECOWAS condemns vs army chief denies
    (("a3", "put"), ("a3", "opened", "opened on Monday")),                   # put off 30 Oct vs opened 6 Nov
    (("a3", "opened", "opened on Monday"), ("a3", "rejected")),              # opened 6 Nov vs request rejected 7 Nov
    (("b1", "imposed", "Astana imposed"), ("b1", "imposed", "similar ban")), # 2024 ban vs 2022 ban
    (("b1", "announced"), ("b1", "imposed", "Astana imposed")),              # announced 27 Feb vs in force 4 Mar
    (("b3", "eased"), ("b3", "lifted", "June that year")),                   # 2024 easing vs 2022 lifting
    (("b3", "banned"), ("b3", "imposed")),                                   # Kyrgyz hay ban 2023 vs Kazakh wheat ban 2024
    (("b3", "signed"), ("b3", "issued")),                                    # agreement 21 Mar vs decree 29 Mar
    (("b3", "eased"), ("b3", "crossed")),                                    # eased 1 Apr vs first lorries 2 Apr
    (("c1", "declared"), ("c1", "expelled")),                                # the envoy 2025 vs Germany's ambassador 2023
    (("c1", "declared"), ("c2", "left", "on Saturday on a commercial")),     # declared 5 Jun vs left 7 Jun
    (("c3", "discussed", "June 10"), ("c3", "discussed", "two men")),        # Council 10 Jun vs minister and Guterres 14 Jul
    (("c3", "met"), ("c3", "named")),                                        # met 14 Jul vs named 15 Jul
    (("c1", "killed"), ("c1", "declared")),                                  # April killings vs June expulsion
    (("d1", "abducted", "eighty-seven"), ("d1", "abducted", "279 schoolgirls")),  # 2026 vs 2021 Jangebe
    (("d4", "seized"), ("d4", "rode")),                                      # 2021 vs 2026
    (("d1", "abducted", "eighty-seven"), ("d3", "released", "two days after")),   # abduction vs release
    (("d1", "escaped"), ("d2", "escaped")),                                  # some escaped over the fence 9 Feb vs four escaped 12 Feb
    (("d2", "launched"), ("d2", "bombed")),                                  # operation 11 Feb vs jets 12 Feb
    (("d3", "freed", "freed on Saturday"), ("d3", "handed", "on Sunday")),   # released 28 Feb vs handed over 1 Mar
    (("d3", "reunited"), ("d4", "reopened")),                                # reunited 2 Mar vs school reopened 16 Mar
    (("d2", "denied"), ("d4", "denied")),                                    # ransom denial 12-13 Feb vs amnesty denial 18 Mar
]
REALIZES = {
    "Embalo's address realizes 'would address the nation on Thursday'": (("a2", "address"), ("a1", "address")),
    "the court-martial opened realizes 'due to open on October 30'": (("a3", "opened", "opened on Monday"), ("a2", "open")),
    "the Astana meeting realizes 'would meet Kyrgyz officials next Thursday'": (("b3", "met"), ("b2", "meet")),
    "the Council discussed realizes 'will hold closed consultations on Tuesday'": (("c3", "discussed", "June 10"), ("c2", "hold")),
    "the envoy left realizes 'gave him 72 hours to leave'": (("c2", "left", "on Saturday on a commercial"), ("c1", "leave")),
    "the governor's meeting realizes 'would meet community leaders on Saturday'": (("d3", "meeting"), ("d2", "meet")),
    "the school reopened realizes 'would reopen in two weeks'": (("d4", "reopened"), ("d3", "reopen")),
}
NEVER = {
    "no realizes link into the verdict expected before Christmas": [("a3", "verdict")],
    "no realizes link into the transfer to a civilian court (rejected)": [("a3", "moved")],
    "no realizes link into the millers' protest (called off)": [("b2", "protest"), ("b2", "hold")],
    "no realizes link into Diallo's arrival in August": [("c3", "arrive")],
    "no realizes link into the inquiry Chad refuses": [("c3", "inquiry")],
    "no realizes link into the safe schools conference next month": [("d4", "conference")],
}

score_links(sys.argv[1], SAME, APART, REALIZES, NEVER)
