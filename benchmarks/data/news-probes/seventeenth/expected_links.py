"""Hand-written expected canonical events for corpus.jsonl (written before running chronicle):
mentions (article, trigger[, sentence hint]) that report one real event, pairs that must stay apart, realizes
links, and no realizes link into plans never realised in the corpus. python expected_links.py DB"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from probe_scoring import score_links  # noqa: E402

SAME = {
    "the Comoros vote postponed 5 Jan 2024": [("a1", "postponed"), ("a1", "delaying"), ("a2", "delayed")],
    "the coalition votes to boycott 9 Jan 2024": [("a1", "voted"), ("a4", "voted")],
    "the 2020 boycott": [("a1", "boycotted"), ("a4", "boycotted")],
    "the Moroni protest 26 Jan 2024": [("a3", "protest", "a day after a protest"), ("a3", "gathered"),
                                       ("a4", "protest", "protest in Moroni")],
    "police break up the Moroni protest 26 Jan 2024": [("a3", "fired"), ("a3", "disperse"), ("a4", "broke")],
    "the student killed 26 Jan 2024": [("a3", "killed"), ("a3", "shot"), ("a3", "death"), ("a4", "killed")],
    "40 arrested at the Moroni protest 26 Jan 2024": [("a3", "arrested"), ("a4", "arrested")],
    "Moussa placed under house arrest 27 Jan 2024": [("a3", "placed"), ("a3", "arrest")],
    "the Mutsamudu protest 29 Jan 2024": [("a4", "protest", "A second protest"), ("a4", "passed")],
    "the nurses kidnapped 14 Mar 2023": [("b1", "kidnapped"), ("b2", "kidnapped"), ("b2", "kidnapping"),
                                         ("b3", "kidnapped", "Five nurses"), ("b3", "abduction"), ("b3", "kidnapping")],
    "the police raid in Croix-des-Bouquets 22 Mar 2023": [("b2", "raided"), ("b2", "raid"), ("b2", "operation"), ("b3", "raid")],
    "five nurses released 27 Mar 2023": [("b3", "released", "released on Monday evening"),
                                         ("b3", "released", "How were they released"), ("b3", "left")],
    "Peru's state of emergency declared 24 Apr 2025": [("c1", "declared"), ("c1", "emergency")],
    "Peruvian troops deployed 25 Apr 2025": [("c1", "deployed"), ("c3", "deployment")],
    "tear gas at the Santa Rosa riverbed 27 Apr 2025": [("c2", "fired"), ("c2", "clash")],
    "12 migrants detained 27 Apr 2025": [("c2", "detained", "12 people were detained"),
                                         ("c2", "detained", "The 12 migrants detained"), ("c3", "detention")],
    "Chile's protest note 27 Apr 2025": [("c2", "handed"), ("c2", "note")],
    "the Arica talks 30 Apr 2025": [("c3", "talks"), ("c3", "meeting")],
    "the humanitarian corridor agreed 30 Apr 2025": [("c3", "agreed"), ("c3", "deal")],
    "the repatriation flight 9 May 2025": [("c3", "left"), ("c3", "airlift")],
    "the Namssiguia ambush 3 Feb 2026": [("d1", "ambushed"), ("d1", "attacked"), ("d1", "attack", "JNIM claimed"),
                                          ("d1", "attack", "repelled"), ("d2", "ambush")],
    "soldiers killed in the ambush 3 Feb 2026": [("d1", "killing"), ("d2", "killed")],
    "the humanitarian pause agreed (announced 10 Feb 2026)": [("d2", "agreed"), ("d2", "agreement")],
    "the shelling near Djibo's airstrip 15 Feb 2026": [("d3", "fell"), ("d3", "landed"), ("d3", "fired")],
    "the evacuation halted 15 Feb 2026": [("d3", "suspend"), ("d3", "halted")],
}
APART = [
    (("a1", "postponed"), ("a1", "voted")),                                 # vote postponed 5 Jan vs boycott decision 9 Jan
    (("a1", "boycotted"), ("a1", "voted")),                                 # 2020 boycott vs 2024 boycott decision
    (("a4", "protest", "protest in Moroni"), ("a4", "protest", "A second protest")),  # Moroni 26 Jan vs Mutsamudu 29 Jan
    (("a3", "arrested"), ("a2", "arrested")),                               # 40 arrested 26 Jan vs two activists 23 Jan
    (("a3", "placed"), ("a3", "arrested")),                                 # house arrest 27 Jan vs 40 arrested 26 Jan
    (("a4", "freed"), ("a4", "released")),                                  # Moussa freed 2 Feb vs the others released
    (("a4", "confirmed"), ("a2", "announced")),                             # Supreme Court 6 Feb vs commission 24 Jan
    (("b1", "kidnapped"), ("b3", "kidnapped", "Two nuns")),                 # the nurses 14 Mar vs two nuns 24 Mar
    (("b1", "kidnapped"), ("b1", "abducted")),                              # the nurses 2023 vs the missionaries 2021
    (("b2", "released"), ("b2", "freed")),                                  # the driver 17 Mar vs the sixth nurse 19 Mar
    (("b2", "freed"), ("b3", "released", "released on Monday evening")),    # sixth nurse 19 Mar vs five nurses 27 Mar
    (("b2", "raided"), ("b2", "ambush")),                                   # the raid 22 Mar vs the Liancourt ambush Jan
    (("c1", "declared"), ("c3", "lifted")),                                 # emergency declared 24 Apr vs lifted 10 May
    (("c1", "sent"), ("c3", "left")),                                       # 2023 planes vs the 2025 flight
    (("c2", "detained", "12 people were detained"), ("c2", "released")),    # detained 27 Apr vs released 28 Apr
    (("c3", "postponed"), ("c3", "left")),                                  # flight postponed 5 May vs flown 9 May
    (("d1", "attack", "JNIM claimed"), ("d1", "attack", "Gaskindé")),       # 2026 ambush vs 2022 Gaskindé attack
    (("d1", "claimed"), ("d1", "ambushed")),                                # claim 5 Feb vs ambush 3 Feb
    (("d3", "resumed"), ("d3", "halted")),                                  # resumed 20 Feb vs halted 15 Feb
    (("d3", "began"), ("d3", "resumed")),                                   # began 14 Feb vs resumed 20 Feb
    (("d3", "blown"), ("d1", "ambushed")),                                  # bridge blown up 21 Feb vs ambush 3 Feb
]
REALIZES = {
    "the Moroni protest realizes the call 'to protest in Moroni on Friday'": (("a3", "protest", "a day after a protest"),
                                                                              ("a2", "protest", "to protest in Moroni")),
    "the Mutsamudu protest realizes 'another protest in Mutsamudu ... for Monday'": (("a4", "protest", "A second protest"),
                                                                                    ("a3", "protest", "another protest")),
    "the envoy meets the president realizes 'would send an envoy ... to meet'": (("a4", "met"), ("a3", "meet")),
    "the Supreme Court's confirmation realizes 'which must confirm them'": (("a4", "confirmed"), ("a2", "confirm")),
    "the Arica talks realize 'will travel to Arica on Wednesday to meet'": (("c3", "talks"), ("c2", "meet")),
    "the flight flown realizes the flight 'first scheduled for Tuesday'": (("c3", "left"), ("c3", "flight", "first scheduled")),
    "the pause began realizes 'The pause will begin on Saturday'": (("d3", "began"), ("d2", "begin")),
    "the food convoy entered realizes 'a food convoy is expected to follow'": (("d3", "entered"), ("d2", "convoy", "food convoy")),
}
NEVER = {
    "no realizes link into the EU's observers (not sent)": [("a1", "send")],
    "no realizes link into Moussa's run in the 2026 local elections": [("a4", "run")],
    "no realizes link into the clinic reopening": [("b3", "reopen")],
    "no realizes link into the police returning to the area": [("b3", "return")],
    "no realizes link into the second flight": [("c3", "flight", "A second flight")],
    "no realizes link into breaking the blockade": [("d1", "break")],
    "no realizes link into the second convoy": [("d3", "convoy", "A second convoy")],
}

score_links(sys.argv[1], SAME, APART, REALIZES, NEVER)
