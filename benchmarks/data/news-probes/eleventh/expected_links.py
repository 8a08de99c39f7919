"""Hand-written expected canonical events for corpus.jsonl (written before running chronicle):
mentions (article, trigger[, sentence hint]) that report one real event, pairs that must stay apart, realizes
links, and no realizes link into plans never realised in the corpus. python expected_links.py DB"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from probe_scoring import score_links  # noqa: E402

SAME = {
    "Sri Lanka refuses the Shi Yan 8's port call 5 Mar 2024": [("a1", "refused"), ("a1", "rejected"), ("a2", "refusal"),
                                                               ("a2", "turned"), ("a3", "turned"), ("a3", "refused")],
    "China lodges a protest with Sri Lanka 7 Mar 2024": [("a2", "lodged"), ("a2", "protest")],
    "Sabry meets the Chinese ambassador 8 Mar 2024": [("a2", "met"), ("a2", "meeting"), ("a3", "talks")],
    "Colombo reverses its refusal 13 Mar 2024": [("a3", "reversed"), ("a3", "allowed"), ("a3", "reversal")],
    "Shi Yan 8 docks at Hambantota 13 Mar 2024": [("a3", "docked", "docked at Hambantota on Wednesday"), ("a3", "berthed")],
    "Chad cancels Sahel Petroleum's concession 12 May 2025": [("b1", "cancelled"), ("b2", "cancellation"), ("b3", "cancelled")],
    "soldiers take the Kome North field 13 May 2025": [("b1", "took"), ("b3", "sent")],
    "two managers detained 12 May 2025": [("b1", "detained"), ("b2", "detained")],
    "managers freed on bail 15 May 2025": [("b2", "released"), ("b3", "freed")],
    "Chad and Sahel Petroleum settle 13 Jun 2025": [("b3", "agreed"), ("b3", "deal"), ("b3", "signed"), ("b3", "agreement"),
                                                    ("b3", "settlement")],
    "mass grave found near Tlajomulco 10 Sep 2023": [("c1", "found", "found a clandestine grave on Sunday"), ("c2", "found"),
                                                     ("c3", "discovered")],
    "exhumation begins 12 Sep 2023": [("c2", "exhumation"), ("c2", "began")],
    "Ortega brothers abducted 20 Aug 2023": [("c2", "abducted"), ("c2", "taken", "taken from their home")],
    "four police officers arrested 20 Sep 2023": [("c3", "arrested"), ("c3", "arrests", "after the arrests")],
    "activists land on Uotsuri 16 Aug 2026": [("d1", "landed", "after they landed on Uotsuri"), ("d4", "landed")],
    "activists arrested 16 Aug 2026": [("d1", "arrested"), ("d1", "detained"), ("d2", "detained"), ("d3", "arrested")],
    "China's protest note 17 Aug 2026": [("d2", "lodged"), ("d2", "handed"), ("d3", "note"), ("d3", "delivered")],
    "activists deported 19 Aug 2026": [("d3", "deported"), ("d3", "deportation"), ("d3", "expulsion"), ("d4", "deported")],
    "Japan's protest note 21 Aug 2026": [("d4", "handed"), ("d4", "protest")],
}
APART = [
    (("a1", "refused"), ("a3", "reversed")),                            # the refusal vs its reversal
    (("a1", "refused"), ("a3", "docked", "docked at Hambantota on Wednesday")),  # refused vs docked
    (("a1", "docked"), ("a3", "docked", "docked at Hambantota on Wednesday")),   # 2022 tracking ship vs 2024 research ship
    (("a2", "lodged"), ("a2", "met")),                                  # the protest vs the meeting a day later
    (("b1", "cancelled"), ("b3", "agreed")),                            # the cancellation vs the settlement
    (("b1", "cancelled"), ("b1", "nationalised")),                      # 2025 cancellation vs 2023 nationalisation
    (("b1", "detained"), ("b2", "released")),                           # detained vs freed on bail
    (("b1", "cancelled"), ("b1", "took")),                              # decree vs the field taken the next day
    (("c1", "found", "found a clandestine grave on Sunday"), ("c1", "found", "119 people were found")),  # 2023 vs 2019
    (("c2", "abducted"), ("c3", "arrested")),                           # the abduction vs the officers' arrest
    (("c3", "arrested"), ("c3", "charged", "were charged on Friday")),  # arrested Wednesday vs charged Friday
    (("c2", "exhumation"), ("c3", "ended")),                            # exhumation begun vs ended
    (("d1", "arrested"), ("d3", "deported")),                           # the arrest vs the deportation
    (("d1", "arrested"), ("d3", "arrest")),                             # 2026 arrests vs the 2010 arrest
    (("d1", "deported", "were deported two days"), ("d3", "deported")),  # 2012 vs 2026 deportation
    (("d1", "landed", "who landed on the same island"), ("d1", "landed", "after they landed on Uotsuri")),  # 2012 vs 2026
    (("d2", "lodged"), ("d4", "handed")),                               # China's note vs Japan's note
    (("d2", "rejected"), ("d4", "rejected")),                           # Tokyo rejects vs Beijing rejects
    (("d2", "lodged"), ("d2", "rejected")),                             # the protest vs its rejection
]
REALIZES = {
    "the Paris talks realize 'the two sides would meet in Paris on June 10'": (("b3", "talks"), ("b2", "meet")),
    "the officers arrested realize 'those responsible would be arrested within days'": (
        ("c3", "arrested"), ("c2", "arrested", "would be arrested")),
    "the deportation realizes 'were likely to be deported'": (("d3", "deported"), ("d1", "deported", "likely to be deported")),
}
NEVER = {
    "no realizes link into the cabinet's review of the moratorium": [("a1", "review")],
    "no realizes link into the three-day stay": [("a3", "stay")],
    "no realizes link into the joint surveys": [("a3", "surveys")],
    "no realizes link into filing for arbitration": [("b2", "file"), ("b3", "filed")],
    "no realizes link into the march to the governor's palace": [("c2", "march"), ("c3", "march")],
    "no realizes link into the second voyage": [("d4", "sail")],
    "no realizes link into the foreign ministers' meeting": [("d3", "meeting"), ("d4", "meeting")],
}

score_links(sys.argv[1], SAME, APART, REALIZES, NEVER)
