"""Hand-written expected canonical events for corpus.jsonl (written before running chronicle):
mentions (article, trigger[, sentence hint]) that report one real event, pairs that must stay apart, realizes
links, and no realizes link into plans never realised in the corpus. python expected_links.py DB"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from probe_scoring import score_links  # noqa: E402

SAME = {
    "gunmen kill five mourners at a wake in Spanish Town 7 Sep 2025": [("a1", "killed"), ("a2", "shot"), ("a3", "killings"),
                                                                       ("a4", "killings")],
    "the St Catherine North emergency declared 8 Sep 2025": [("a1", "declared"), ("a2", "declared")],
    "the first sweep: 47 detained 9 Sep 2025": [("a2", "detained")],
    "the House approves the extension 16 Sep 2025": [("a2", "approved")],
    "the security minister accuses the Opposition 16 Sep 2025": [("a2", "accused")],
    "the Opposition Leader denies the charge 16 Sep 2025": [("a2", "denied")],
    "Kevon Morris arrested in Bog Walk 18 Sep 2025": [("a3", "arrested", "Bog Walk")],
    "the Senate sitting postponed 19 Sep 2025": [("a3", "postponed")],
    "police shoot dead two men in Linstead 20 Sep 2025": [("a3", "shot"), ("a3", "shooting")],
    "a man with a pistol arrested in Denham Town 20 Sep 2025": [("a3", "arrested", "Denham Town")],
    "INDECOM opens a probe into the Linstead shooting 21 Sep 2025": [("a3", "opened"), ("a3", "probe")],
    "the Senate approves the extension 22 Sep 2025": [("a3", "approved")],
    "Morris charged with five murders 24 Sep 2025": [("a4", "charged")],
    "the Supreme Court orders twelve detainees released 26 Sep 2025": [("a4", "ordered"), ("a4", "ruling")],
    "the twelve walk out of the remand centre 29 Sep 2025": [("a4", "walked")],
    "the 2018 St James emergency": [("a3", "declared")],
    "the prosecutor orders the teachers' syndicate closed 14 Apr 2024": [("b1", "ordered"), ("b2", "shut")],
    "police raid the syndicate's offices 14 Apr 2024": [("b1", "raided")],
    "the thirteen council members detained 14 Apr 2024": [("b1", "detained"), ("b3", "arrested")],
    "the gag order on the case 15 Apr 2024": [("b1", "banned"), ("b2", "imposed")],
    "the government spokesman denies a political motive 15 Apr 2024": [("b1", "denied")],
    "the Amman sit-in at the Fourth Circle 17 Apr 2024": [("b3", "sit-in", "Amman sit-in")],
    "police take about sixty teachers away in vans 17 Apr 2024": [("b2", "bundled")],
    "the sixty freed by midnight 17 Apr 2024": [("b2", "freed")],
    "the council released on bail 23 Apr 2024": [("b3", "released"), ("b3", "release")],
    "police disperse the Karak sit-in 24 Apr 2024": [("b3", "dispersed")],
    "nine detained in Karak 24 Apr 2024": [("b3", "detained")],
    "the Administrative Court hearing postponed 5 May 2024": [("b3", "postponed")],
    "the Administrative Court upholds the closure 19 May 2024": [("b3", "upheld"), ("b3", "rejecting")],
    "the 2019 teachers' strike": [("b1", "strike"), ("b2", "strike")],
    "Suriname's coast guard fires a water cannon at the Miss Shaneza 12 Oct 2023": [("c1", "fired")],
    "the Miss Shaneza and her crew detained 12 Oct 2023": [("c1", "detained"), ("c2", "seizure")],
    "Guyana summons Suriname's ambassador 13 Oct 2023": [("c1", "summoned")],
    "Guyana's protest note 13 Oct 2023": [("c1", "handed")],
    "Suriname denies the water cannon 14 Oct 2023": [("c2", "denied")],
    "the captain fined in Nieuw Nickerie 16 Oct 2023": [("c2", "fined")],
    "four crewmen return to Springlands 16 Oct 2023": [("c2", "returned")],
    "the minister's visit postponed 17 Oct 2023": [("c2", "postponed")],
    "masked men rob a boat off No. 66 Village 11 Oct 2023": [("c2", "robbed"), ("c2", "attack")],
    "the foreign ministers meet in Paramaribo 23 Oct 2023": [("c3", "met"), ("c3", "visit")],
    "a coast-guard hotline agreed 23 Oct 2023": [("c3", "agreed")],
    "the Miss Shaneza's captain freed 24 Oct 2023": [("c3", "freed")],
    "Grenada's nurses end their strike 25 Oct 2023": [("c3", "ended")],
    "two Haitians arrested in Nassau 26 Oct 2023": [("c3", "arrested")],
    "Surinamese gunboats force a rig out in June 2000": [("c3", "forced")],
    "the Bulgarian club in Strumica set on fire 8 Feb 2026": [("d1", "burning", "over the burning"), ("d1", "set"),
                                                              ("d1", "burning", "crime of hatred"), ("d2", "arson")],
    "Sofia's protest note 9 Feb 2026": [("d1", "handed")],
    "two suspects arrested in Strumica 9 Feb 2026": [("d1", "arrested"), ("d2", "arrested")],
    "Bulgaria threatens to block North Macedonia's EU cluster 10 Feb 2026": [("d2", "threatened")],
    "North Macedonia's prime minister denies tolerating hatred 10 Feb 2026": [("d2", "denied")],
    "the deputy prime minister's visit postponed 12 Feb 2026": [("d2", "postponed")],
    "graffiti on the Bulgarian club in Ohrid 14 Feb 2026": [("d3", "sprayed")],
    "Iliev visits Strumica 18 Feb 2026": [("d3", "visited")],
    "the joint statement signed 18 Feb 2026": [("d3", "signed")],
    "the two suspects charged 19 Feb 2026": [("d3", "charged")],
    "the 2022 beating in Ohrid": [("d1", "beaten")],
}
APART = [
    (("a1", "killed"), ("a3", "shot")),                                         # wake killings 7 Sep vs police shooting 20 Sep
    (("a3", "arrested", "Bog Walk"), ("a3", "arrested", "Denham Town")),        # Morris 18 Sep vs a man in Kingston 20 Sep
    (("a3", "shot"), ("a3", "arrested", "Denham Town")),                        # Linstead shooting vs Denham Town arrest, 20 Sep
    (("a3", "arrested", "Bog Walk"), ("a4", "charged")),                        # Morris arrested 18 Sep vs charged 24 Sep
    (("a2", "approved"), ("a3", "approved")),                                   # House 16 Sep vs Senate 22 Sep
    (("a3", "postponed"), ("a3", "approved")),                                  # Senate put off 19 Sep vs vote 22 Sep
    (("a1", "declared"), ("a3", "declared")),                                   # 2025 emergency vs 2018 St James
    (("a2", "detained"), ("a4", "walked")),                                     # sweep 9 Sep vs release 29 Sep
    (("a4", "ordered"), ("a4", "walked")),                                      # court order 26 Sep vs release 29 Sep
    (("b1", "ordered"), ("b3", "upheld")),                                      # closure ordered 14 Apr vs upheld 19 May
    (("b1", "detained"), ("b2", "bundled")),                                    # council 14 Apr vs sixty 17 Apr
    (("b2", "bundled"), ("b3", "detained")),                                    # Amman 17 Apr vs Karak 24 Apr
    (("b3", "sit-in", "Amman sit-in"), ("b3", "sit-in", "teachers in Karak")),  # Amman 17 Apr vs Karak 24 Apr
    (("b3", "postponed"), ("b3", "upheld")),                                    # postponed 5 May vs upheld 19 May
    (("b3", "released"), ("b2", "freed")),                                      # bail 23 Apr vs the sixty freed 17 Apr
    (("b1", "strike"), ("b3", "sit-in", "Amman sit-in")),                       # 2019 strike vs 2024 sit-in
    (("c1", "detained"), ("c2", "robbed")),                                     # detention 12 Oct vs piracy 11 Oct
    (("c1", "fired"), ("c2", "beat")),                                          # water cannon vs the pirates' beating
    (("c2", "postponed"), ("c3", "met")),                                       # postponed 17 Oct vs met 23 Oct
    (("c1", "detained"), ("c3", "freed")),                                      # detained 12 Oct vs freed 24 Oct
    (("c1", "summoned"), ("c3", "met")),                                        # summons 13 Oct vs meeting 23 Oct
    (("c3", "arrested"), ("c1", "detained")),                                   # Nassau arrests vs the Corentyne detention
    (("c3", "forced"), ("c1", "detained")),                                     # 2000 rig vs 2023 boat
    (("d1", "set"), ("d3", "sprayed")),                                         # Strumica fire 8 Feb vs Ohrid graffiti 14 Feb
    (("d1", "beaten"), ("d1", "set")),                                          # 2022 beating vs 2026 fire
    (("d1", "arrested"), ("d3", "charged")),                                    # arrests 9 Feb vs charges 19 Feb
    (("d2", "postponed"), ("d3", "visited")),                                   # postponed 12 Feb vs visit 18 Feb
    (("d2", "threatened"), ("d2", "denied")),                                   # threat vs denial, both 10 Feb
    (("d1", "handed"), ("d2", "threatened")),                                   # protest note 9 Feb vs threat 10 Feb
]
REALIZES = {
    "the House vote realizes 'the House is expected to debate the resolution next Tuesday'": (("a2", "approved"), ("a1", "debate")),
    "the Senate vote realizes 'The Senate is scheduled to vote on the resolution on Friday'": (("a3", "approved"), ("a2", "vote")),
    "the twelve walking out realize 'ordered their release'": (("a4", "walked"), ("a4", "release", "ordered their release")),
    "the Amman sit-in realizes 'called a sit-in outside the prime minister's office for Wednesday'": (("b3", "sit-in", "Amman sit-in"), ("b1", "sit-in")),
    "the Paramaribo meeting realizes 'will travel to Paramaribo on Wednesday, 18 October'": (("c3", "met"), ("c1", "travel")),
    "Iliev's visit realizes 'will travel to Strumica on Friday'": (("d3", "visited"), ("d1", "travel")),
}
NEVER = {
    "no realizes link into the Government's appeal": [("a4", "appeal")],
    "no realizes link into the motion to revoke the emergency in December": [("a4", "move"), ("a4", "revoke")],
    "no realizes link into Morris's appearance next month": [("a4", "appear")],
    "no realizes link into the Court of Cassation case": [("b3", "take")],
    "no realizes link into rebuilding the Strumica club": [("d3", "rebuild")],
}

score_links(sys.argv[1], SAME, APART, REALIZES, NEVER)
