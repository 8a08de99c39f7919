"""Hand-written expected canonical events for corpus.jsonl (written before running chronicle):
mentions (article, trigger[, sentence hint]) that report one real event, pairs that must stay apart, realizes
links, and no realizes link into plans never realised in the corpus. python expected_links.py DB"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from probe_scoring import score_links  # noqa: E402

SAME = {
    "Barry takes refuge in the Ivorian embassy 17 Feb 2023": [("a1", "taken", "taken refuge"), ("a1", "entered"),
                                                               ("a2", "entered")],
    "the warrant issued 16 Feb 2023": [("a1", "issued", "a day after a court issued"),
                                       ("a1", "issued", "The warrant, issued on Thursday")],
    "Sow shelters in the embassy in 2020": [("a1", "sheltered"), ("a4", "stayed")],
    "Ivory Coast grants Barry asylum 21 Feb 2023": [("a2", "granted"), ("a2", "decision"), ("a3", "granted")],
    "Guinea refuses the safe-conduct pass 22 Feb 2023": [("a2", "refused"), ("a3", "refused")],
    "the foreign ministers meet in Accra 2 Mar 2023": [("a3", "met"), ("a3", "talks"), ("a4", "talks")],
    "supporters arrested in Conakry 3 Mar 2023": [("a3", "arrested"), ("a4", "arrested")],
    "Barry flown out to Abidjan 7 Mar 2023": [("a4", "arrived"), ("a4", "flown"), ("a4", "departure")],
    "the Lichinga prison attack 14 Jul 2024": [("b1", "attacked"), ("b1", "attack"), ("b1", "raid"), ("b2", "stormed"),
                                               ("b2", "attack"), ("b3", "attack")],
    "about 180 inmates freed 14 Jul 2024": [("b1", "freed"), ("b2", "freed"), ("b3", "freed")],
    "the March 2022 escape": [("b1", "escaped", "twelve inmates escaped"), ("b3", "escaped")],
    "the interior minister promises the transfer 15 Jul 2024": [("b2", "promised"), ("b3", "promised")],
    "the prison director suspended 18 Jul 2024": [("b2", "suspended", "on Thursday suspended"),
                                                  ("b2", "suspended", "was suspended pending")],
    "the Mandimba police post attacked 21 Jul 2024": [("b3", "attacked"), ("b3", "raid")],
    "the suspected leader arrested in Cuamba 23 Jul 2024": [("b3", "arrested", "Mozambican police arrested"),
                                                            ("b3", "arrested", "He was arrested at a house")],
    "the charter plane intercepted and forced down 12 Jun 2025": [("c1", "intercepted", "Two Nicaraguan air force"),
                                                                  ("c1", "forced", "forced it to land"), ("c2", "forced"),
                                                                  ("c2", "interception"), ("c3", "forced", "plane forced to land"),
                                                                  ("c3", "interception")],
    "Mairena detained in Managua 12 Jun 2025": [("c1", "detained"), ("c1", "taken"), ("c2", "arrested"), ("c3", "pulled")],
    "Costa Rica closes its airspace 16 Jun 2025": [("c2", "closed"), ("c2", "ban"), ("c2", "closure")],
    "the OAS emergency session 25 Jun 2025": [("c3", "session"), ("c3", "adopted")],
    "Mairena released and deported 3 Jul 2025": [("c3", "released"), ("c3", "release"), ("c3", "deported")],
    "the amnesty law passed 19 Aug 2026": [("d1", "passed"), ("d1", "adopted"), ("d2", "passed")],
    "Usenov's appeal filed 29 Aug 2026": [("d2", "filed"), ("d2", "appeal"), ("d3", "lodged"), ("d3", "appeal")],
    "the first amnesty releases 31 Aug 2026": [("d2", "freed", "freed 640 prisoners"), ("d2", "released", "Among those released"),
                                               ("d3", "freed", "ten days after he was freed")],
    "the Ordo Media journalists released 3 Sep 2026": [("d3", "released"), ("d3", "release", "their release had come")],
    "Osmonov's first arrest Jan 2024": [("d2", "arrested"), ("d3", "arrested", "first arrested in January 2024")],
    "Osmonov rearrested 10 Sep 2026": [("d3", "detained"), ("d3", "arrested", "Osmonov was arrested during"),
                                       ("d3", "arrest", "his arrest was linked")],
}
APART = [
    (("a1", "arrested"), ("a3", "arrested")),                             # Barry 2021 vs supporters 2023
    (("a1", "sheltered"), ("a1", "taken", "taken refuge")),               # Sow 2020 vs Barry 2023
    (("a2", "demanded"), ("a2", "refused")),                              # handover demanded 20 Feb vs pass refused 22 Feb
    (("a2", "summoned"), ("a2", "demanded")),                             # the summons vs the demand, same day
    (("a2", "granted"), ("a2", "refused")),                               # asylum granted vs pass refused
    (("a3", "postponed"), ("a3", "met")),                                 # talks postponed vs held
    (("a4", "issued"), ("a4", "flown")),                                  # pass issued Monday vs flown out Tuesday
    (("a3", "arrested"), ("a4", "released")),                             # arrested Friday vs released on bail Monday
    (("b1", "attacked"), ("b3", "attacked")),                             # the prison vs the Mandimba police post
    (("b1", "escaped", "twelve inmates escaped"), ("b1", "freed")),       # 2022 escape vs 2024 break
    (("b1", "killed"), ("b3", "killing")),                                # guard killed 14 Jul vs officer killed 21 Jul
    (("b1", "recaptured"), ("b2", "recaptured")),                         # 31 by Monday vs 21 on Thursday
    (("b2", "suspended", "on Thursday suspended"), ("b2", "recaptured")),  # director suspended vs recaptures, same day
    (("b2", "detained"), ("b3", "arrested", "Mozambican police arrested")),  # guards questioned vs suspect arrested
    (("c1", "intercepted", "Two Nicaraguan air force"), ("c1", "intercepted", "In March last year")),  # 2025 vs 2024
    (("c1", "summoned"), ("c2", "closed")),                               # summons vs airspace closure
    (("c2", "announced"), ("c2", "closed")),                              # ban announced Saturday vs imposed Monday
    (("c2", "closed"), ("c3", "reopened")),                               # closure vs reopening
    (("c1", "detained"), ("c3", "released")),                             # detained vs released
    (("c2", "charged"), ("c2", "arrested")),                              # charged 17 Jun vs arrested 12 Jun
    (("c3", "adopted"), ("c3", "rejected")),                              # resolution adopted vs rejected
    (("d1", "submitted"), ("d1", "passed")),                              # bill submitted vs passed
    (("d1", "passed"), ("d2", "signed")),                                 # passed vs signed
    (("d1", "passed"), ("d1", "voted")),                                  # amnesty vs rally-ban extension, same session
    (("d1", "freed"), ("d2", "freed", "freed 640 prisoners")),            # 2021 amnesty vs 2026 releases
    (("d2", "freed", "freed 640 prisoners"), ("d3", "released")),         # 31 Aug releases vs journalists 3 Sep
    (("d2", "arrested"), ("d3", "detained")),                             # first arrest 2024 vs rearrest 2026
    (("d3", "rejected"), ("d3", "lodged")),                               # appeal rejected vs lodged
]
REALIZES = {
    "the Accra talks held realize 'would host talks ... on Monday'": (("a3", "met"), ("a2", "talks")),
    "the safe-conduct pass issued realizes 'could be issued within days'": (("a4", "issued"), ("a3", "issued")),
    "the inmates moved to Nampula realize 'would be transferred to Nampula'": (("b3", "moved"), ("b1", "transferred")),
    "the OAS session realizes 'would hold an emergency session'": (("c3", "session"), ("c2", "hold")),
    "the first releases realize 'Releases will begin on August 31'": (("d2", "freed", "freed 640 prisoners"), ("d1", "releases")),
    "Japarov signs the law realizes 'expected to sign it this week'": (("d2", "signed"), ("d1", "sign")),
    "Usenov's appeal filed realizes 'would appeal to the Constitutional Court'": (("d2", "filed"), ("d1", "appeal")),
    "the journalists released realize 'would be freed within days'": (("d3", "released"), ("d2", "freed", "would be freed")),
}
NEVER = {
    "no realizes link into the ICJ case": [("a2", "take")],
    "no realizes link into the trial in absentia": [("a4", "tried")],
    "no realizes link into the challenge before the ECOWAS court": [("a4", "challenge")],
    "no realizes link into the rebuilt perimeter wall": [("b3", "rebuild")],
    "no realizes link into Mairena's trial in August": [("c2", "trial")],
    "no realizes link into Managua's response": [("c2", "respond")],
    "no realizes link into the amnesty's second stage": [("d2", "stage", "A second stage"), ("d3", "stage")],
    "no realizes link into the call to release Osmonov": [("d3", "release", "to release Osmonov")],
}

score_links(sys.argv[1], SAME, APART, REALIZES, NEVER)
