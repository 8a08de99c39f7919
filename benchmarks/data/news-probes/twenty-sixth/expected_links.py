"""Hand-written expected canonical events for corpus.jsonl (written before running chronicle):
mentions (article, trigger[, sentence hint]) that report one real event, pairs that must stay apart, realizes
links, and no realizes link into plans never realised in the corpus. python expected_links.py DB"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from probe_scoring import score_links  # noqa: E402

SAME = {
    "the Baltica-2 cable damaged 12 Nov 2023": [("a1", "damaged"), ("a2", "damage")],
    "the Marta K boarded off Gotland 14 Nov 2023": [("a1", "boarded"), ("a3", "boarded")],
    "the Marta K escorted to Slite 14 Nov 2023": [("a1", "escorted")],
    "Sea Lantern's denial 15 Nov 2023": [("a2", "denied")],
    "the crew questioned 16 Nov 2023": [("a2", "questioned")],
    "NATO announces minehunter patrols 17 Nov 2023": [("a2", "announced"), ("a3", "announced")],
    "the repair vessel arrives 20 Nov 2023": [("a3", "arrived")],
    "the Marta K released 21 Nov 2023": [("a3", "released")],
    "traffic restored 1 Dec 2023": [("a3", "restored")],
    "the minehunter patrols begin 1 Dec 2023": [("a3", "began"), ("a3", "patrolling")],
    "the Estonia-Finland power cable shuts down 3 Dec 2023": [("a3", "shut")],
    "gunmen fire on a police patrol near Zubin Potok 11 Sep 2024": [("b1", "opened"), ("b2", "attack")],
    "Kosovo closes Jarinje 12 Sep 2024": [("b1", "closed"), ("b2", "shut"), ("b3", "closed", "thirteen days")],
    "Belgrade's denial 13 Sep 2024": [("b1", "denied"), ("b2", "denial")],
    "KFOR patrols sent to Jarinje 14 Sep 2024": [("b2", "sent")],
    "two suspects arrested in Leposavic 23 Sep 2024": [("b2", "arrested")],
    "the Brussels talks 24 Sep 2024": [("b2", "talks", "first set"), ("b2", "opened"), ("b3", "talks")],
    "the reopening agreed 24 Sep 2024": [("b2", "agreed"), ("b3", "agreed")],
    "the suspects ordered held 24 Sep 2024": [("b3", "ordered")],
    "Jarinje reopened 25 Sep 2024": [("b3", "reopened"), ("b3", "reopening")],
    "the Merdare crossing closed 25 Sep 2024": [("b3", "closed", "Merdare")],
    "the Shuar blockade begins 3 Mar 2025": [("c1", "blocked", "since Monday"), ("c3", "began")],
    "Andes Cobre suspends operations 6 Mar 2025": [("c1", "suspended"), ("c1", "suspend")],
    "the police attempt to clear the Tundayme road 8 Mar 2025": [("c2", "tried"), ("c2", "clash"), ("c3", "moved")],
    "Nantu Chumpi killed 8 Mar 2025": [("c2", "died"), ("c3", "killed"), ("c3", "died", "head wound")],
    "14 protesters detained 8 Mar 2025": [("c2", "detained")],
    "the interior minister's denial 9 Mar 2025": [("c2", "denied")],
    "the 14 ordered released 10 Mar 2025": [("c2", "ordered"), ("c2", "released")],
    "the Zamora talks postponed Mar 2025": [("c2", "postponed")],
    "the manslaughter inquiry opened 12 Mar 2025": [("c3", "opened")],
    "Chumpi buried 13 Mar 2025": [("c3", "buried")],
    "the Zamora talks 19 Mar 2025": [("c4", "talks"), ("c4", "held")],
    "the audit agreed 19 Mar 2025": [("c4", "agreed")],
    "the blockade lifted 20 Mar 2025": [("c4", "lifted")],
    "Andes Cobre resumes work 24 Mar 2025": [("c4", "resumed")],
    "the Kichwa blockade in Sucumbios 8 Mar 2025": [("c2", "blocked", "Kichwa")],
    "the Berbera deal announced 2 Feb 2026": [("d1", "announced")],
    "Somalia's cabinet declares the deal void 4 Feb 2026": [("d1", "declared")],
    "the Berbera concession signed 5 Feb 2026": [("d1", "signed"), ("d3", "signed")],
    "India's ambassador summoned 6 Feb 2026": [("d1", "summoned"), ("d1", "handed"), ("d2", "summons")],
    "India rejects Mogadishu's protest 7 Feb 2026": [("d2", "said", "purely commercial"), ("d2", "rejecting")],
    "the Hargeisa rally 8 Feb 2026": [("d2", "rallied")],
    "dredging begins at Berbera 9 Feb 2026": [("d2", "began")],
    "the parliament's vote postponed 10 Feb 2026": [("d2", "postponed")],
    "the motion passed 17 Feb 2026": [("d3", "passed")],
    "the first grain ship unloads 28 Feb 2026": [("d3", "unloaded")],
    "Somaliland and Taiwan sign a fisheries agreement 5 Feb 2026": [("d2", "signed")],
}
APART = [
    (("a1", "damaged"), ("a1", "cut")),                                          # Baltica-2 2023 vs Shetland 2022
    (("a1", "damaged"), ("a3", "shut")),                                         # 12 Nov data cable vs 3 Dec power cable
    (("a2", "denied"), ("a3", "denied")),                                        # denial 15 Nov vs the week of 27 Nov
    (("a1", "boarded"), ("a3", "released")),                                     # boarded 14 Nov vs released 21 Nov
    (("a2", "announced"), ("a3", "began")),                                      # patrols announced 17 Nov vs begun 1 Dec
    (("b1", "closed"), ("b3", "closed", "Merdare")),                             # Jarinje 12 Sep vs Merdare 25 Sep
    (("b1", "closed"), ("b1", "blocked")),                                       # 2024 closure vs 2022 barricades
    (("b1", "closed"), ("b3", "reopened")),                                      # closed 12 Sep vs reopened 25 Sep
    (("b1", "denied"), ("b2", "repeats")),                                       # denial 13 Sep vs repeated 24 Sep
    (("b2", "arrested"), ("b3", "ordered")),                                     # arrests 23 Sep vs court order 24 Sep
    (("b2", "agreed"), ("b3", "reopened")),                                      # agreed 24 Sep vs carried out 25 Sep
    (("c4", "lifted"), ("c1", "lifted")),                                        # 2025 blockade lifted vs 2019
    (("c2", "tried"), ("c2", "blocked", "Kichwa")),                              # Tundayme clash vs Sucumbios, same day
    (("c1", "suspended"), ("c4", "resumed")),                                    # suspended 6 Mar vs resumed 24 Mar
    (("c2", "detained"), ("c2", "released")),                                    # detained 8 Mar vs release ordered 10 Mar
    (("c2", "postponed"), ("c4", "talks")),                                      # postponed vs held 19 Mar
    (("d1", "signed"), ("d2", "signed")),                                        # Berbera concession vs Taiwan fisheries, same day
    (("d1", "signed"), ("d1", "gave")),                                          # 2026 concession vs 2017 DP World
    (("d1", "announced"), ("d1", "signed")),                                     # announced 2 Feb vs signed 5 Feb
    (("d1", "declared"), ("d1", "summoned")),                                    # declared void 4 Feb vs summons 6 Feb
    (("d2", "postponed"), ("d3", "passed")),                                     # postponed 10 Feb vs passed 17 Feb
]
REALIZES = {
    "the questioning realizes 'while investigators question the crew'": (("a2", "questioned"), ("a1", "question")),
    "the repair ship's arrival realizes 'expected to reach the site next week'": (("a3", "arrived"), ("a1", "reach")),
    "the patrols begun realize 'would send four minehunters to patrol'": (("a3", "began"), ("a2", "send")),
    "the Brussels talks realize 'talks in Brussels next Tuesday'": (("b2", "talks", "first set"), ("b1", "talks")),
    "the reopening realizes 'Jarinje will reopen ... at 6 a.m. tomorrow'": (("b3", "reopened"), ("b2", "reopen")),
    "work resumed realizes 'expect to resume operations'": (("c4", "resumed"), ("c1", "resume")),
    "the Zamora talks realize 'invite the federation to talks in Zamora next Wednesday'": (("c4", "talks"), ("c1", "talks")),
    "the first ship realizes 'the first ship would dock ... before the end of the month'": (("d3", "unloaded"), ("d1", "dock")),
    "the motion passed realizes 'the vote on a motion ... scheduled for Tuesday'": (("d3", "passed"), ("d2", "vote")),
}
NEVER = {
    "no realizes link into a charge against the captain": [("a3", "charge")],
    "no realizes link into the audit within 90 days": [("c4", "carry")],
    "no realizes link into compensation for Chumpi's family": [("c4", "pay")],
    "no realizes link into a new blockade": [("c4", "block")],
    "no realizes link into Chumpi's wedding": [("c3", "marry")],
    "no realizes link into taking the matter to the African Union": [("d3", "take")],
    "no realizes link into a second grain ship": [("d3", "receive")],
}

score_links(sys.argv[1], SAME, APART, REALIZES, NEVER)
