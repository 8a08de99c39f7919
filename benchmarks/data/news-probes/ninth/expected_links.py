"""Hand-written expected canonical events for corpus.jsonl (written before running chronicle):
mentions (article, trigger[, sentence hint]) that report one real event, pairs that must stay apart, realizes
links, and no realizes link into plans never realised in the corpus. python expected_links.py DB"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from probe_scoring import score_links  # noqa: E402

SAME = {
    "CODECO ambush on police convoy 3 Oct 2023": [("a1", "ambushed"), ("a1", "killing"), ("a1", "attacked"),
                                                  ("a1", "ambush", "The ambush was the deadliest"), ("a2", "died"), ("a2", "ambush"),
                                                  ("a3", "ambush", "following the ambush"), ("a3", "killed", "ambush that killed"),
                                                  ("a3", "attack")],
    "Djugu curfew imposed 4 Oct 2023": [("a1", "imposed"), ("a2", "imposed"), ("a3", "imposed")],
    "army raid on CODECO camp 7 Oct 2023": [("a2", "raided"), ("a2", "killed"), ("a2", "operation"),
                                            ("a2", "raid", "The raid was launched"), ("a2", "launched"),
                                            ("a2", "raid", "commented on the raid"), ("a3", "raid")],
    "Turkish threat to cut Tigris releases 12 May 2024": [("b1", "warned"), ("b2", "threatened"), ("b3", "threatened"),
                                                          ("b4", "threatened")],
    "Iraq summons Turkish ambassador 13 May 2024": [("b1", "summoned"), ("b2", "summoning"), ("b4", "summoned"), ("b4", "protest")],
    "Iraq-Turkey water talks in Ankara 21 May 2024": [("b2", "began"), ("b2", "talks", "began two days of talks"), ("b2", "met"),
                                                      ("b3", "talks")],
    "water memorandum signed in Baghdad 25 May 2024": [("b3", "signed", "signed a memorandum"), ("b3", "signed", "The document was signed"),
                                                       ("b4", "signed", "at the weekend"), ("b4", "signed", "before parliament"),
                                                       ("b4", "signed", "memorandum was signed in Baghdad")],
    "Togo refuses EU observers' visas 1 Sep 2025": [("c1", "refused", "has refused to issue"), ("c1", "rejected"), ("c2", "turned"),
                                                     ("c2", "refusal"), ("c3", "denied"), ("c3", "refusal"), ("c4", "refused")],
    "Togo PM meets EU ambassador 5 Sep 2025": [("c2", "met"), ("c3", "met")],
    "visas granted, observers admitted 8 Sep 2025": [("c3", "granted"), ("c3", "issued"), ("c3", "admitted"), ("c3", "admission"),
                                                     ("c4", "admitted")],
    "three indicted for hacking for Russia 10 Mar 2026": [("d1", "indicted"), ("d1", "charged"), ("d2", "indictment"), ("d2", "charged"),
                                                          ("d3", "indictment", "the indictment of three men")],
    "Russia summons German ambassador 12 Mar 2026": [("d2", "summoned"), ("d2", "protest", "to protest against"), ("d3", "summons"),
                                                     ("d3", "protested")],
}
APART = [
    (("a1", "ambushed"), ("a2", "raided")),                            # the ambush vs the retaliatory raid
    (("a1", "killing"), ("a2", "killed")),                             # police killed vs militiamen killed
    (("a1", "ambushed"), ("a1", "killed")),                            # October ambush vs March checkpoint attack
    (("a1", "imposed"), ("a3", "lifted")),                             # curfew imposed vs lifted
    (("a3", "denied"), ("a3", "rejected")),                            # CODECO's denial vs the army's rejection
    (("b1", "warned"), ("b3", "signed", "signed a memorandum")),       # the threat vs the memorandum
    (("b2", "began"), ("b3", "signed", "signed a memorandum")),        # the talks vs the signing
    (("b2", "protested"), ("b4", "protest")),                          # farmers' protest vs the diplomatic protest
    (("c1", "refused", "has refused to issue"), ("c3", "granted")),    # refused vs granted
    (("c2", "met"), ("c3", "granted")),                                # the meeting vs the granting
    (("c4", "detained"), ("c2", "arrest")),                            # September detentions vs June arrests
    (("d1", "indicted"), ("d3", "admitted")),                          # indictment vs the court admitting it
    (("d1", "indicted"), ("d1", "arrested")),                          # indictment vs the arrests of October 2025
    (("d2", "summoned"), ("d3", "summoned")),                          # Moscow's summons vs Berlin's counter-summons
    (("d1", "rejected"), ("d2", "rejected")),                          # embassy rejects accusations vs ambassador rejects protest
]
REALIZES = {
    "the memorandum signed realizes 'a document could be signed in Baghdad'": (("b3", "signed", "signed a memorandum"),
                                                                               ("b2", "signed")),
    "the visas granted realize the promise that 'visas would be issued'": (("c3", "granted"), ("c2", "issued")),
}
NEVER = {
    "no realizes link into the Bunia peace conference": [("a1", "conference"), ("a3", "conference"), ("a3", "take")],
    "no realizes link into the threatened cut in releases": [("b1", "reduce"), ("b2", "cut"), ("b3", "cut"), ("b4", "cut")],
    "no realizes link into the July technical committee": [("b3", "meet")],
    "no realizes link into the Kurdish separate arrangement": [("b4", "seek")],
    "no realizes link into the mission's suspension": [("c1", "suspended"), ("c2", "suspend")],
    "no realizes link into the EU foreign policy chief's visit": [("c3", "visit")],
    "no realizes link into expelling diplomats": [("d1", "expel")],
    "no realizes link into Moscow's response": [("d2", "respond")],
    "no realizes link into the trial's opening": [("d3", "open")],
}

score_links(sys.argv[1], SAME, APART, REALIZES, NEVER)
