"""Hand-written expected canonical events for corpus.jsonl (written before running chronicle):
mentions (article, trigger[, sentence hint]) that report one real event, pairs that must stay apart, realizes
links, and no realizes link into plans never realised in the corpus. python expected_links.py DB"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from probe_scoring import score_links  # noqa: E402

SAME = {
    "the mayor of Morales shot dead 14 May 2023": [("a1", "shot", "shot dead the mayor"), ("a1", "attack"),
                                                   ("a1", "killing", "condemned the killing"), ("a2", "shot"),
                                                   ("a2", "killing", "the killing had been ordered"), ("a3", "killed")],
    "two suspects arrested in Puerto Barrios 17 May 2023": [("a2", "arrested"), ("a2", "detained")],
    "the first hearing postponed 22 May 2023": [("a3", "postponed"), ("a3", "adjourned")],
    "Tanzania announces the dairy duty 5 Mar 2024": [("b1", "announced"), ("b1", "announcement"), ("b2", "announced")],
    "the dairy duty comes into force 1 Apr 2024": [("b2", "came", "came into force"), ("b2", "came", "came into effect")],
    "Kenya bans Tanzanian rice 3 Apr 2024": [("b2", "banned"), ("b2", "ban", "called the ban")],
    "the Arusha talks 22-23 Apr 2024": [("b3", "talks", "two days of talks"), ("b3", "talks", "originally scheduled"),
                                        ("b4", "talks")],
    "the Arusha agreement 23 Apr 2024": [("b3", "agreed", "agreed on Tuesday"), ("b3", "signed"), ("b3", "deal"),
                                         ("b4", "agreed")],
    "Kenya lifts the rice ban 2 May 2024": [("b4", "lifted"), ("b4", "revoked")],
    "the Birao checkpoint attack 6 Feb 2025": [("c1", "attacked"), ("c1", "fire"),
                                              ("c2", "attack", "after an attack on an army checkpoint"),
                                              ("c2", "attack", "over that attack"), ("c3", "attack", "February 6 attack")],
    "two soldiers killed at the checkpoint 6 Feb 2025": [("c1", "killed"), ("c2", "died"),
                                                         ("c3", "killed", "two soldiers were killed")],
    "the disarmament ceremony postponed 7 Feb 2025": [("c1", "postponed"), ("c1", "postponement"), ("c2", "called")],
    "the MPV hands over its weapons in Birao 18 Feb 2025": [("c2", "handed", "handed over their weapons"),
                                                            ("c2", "ceremony", "at a ceremony in Birao"),
                                                            ("c2", "ceremony", "who attended the ceremony"),
                                                            ("c3", "handed"), ("c3", "ceremony")],
    "the Ouanda Djallé village attack 23 Feb 2025": [("c3", "killed", "killed nine villagers"), ("c3", "burned"),
                                                     ("c3", "attack", "condemned the attack")],
    "protesters storm the Malaysian High Commission 16 Jan 2026": [("d1", "stormed"), ("d1", "attack", "the attack and promised"),
                                                                   ("d2", "attack", "Friday's attack"),
                                                                   ("d2", "attack", "in connection with the attack"),
                                                                   ("d3", "storming"), ("d3", "attack")],
    "Rafiqul Islam dies in custody 11 Jan 2026": [("d1", "death"), ("d1", "died", "died last Sunday"),
                                                  ("d1", "died", "heart attack"), ("d2", "died"), ("d3", "death")],
    "Malaysia summons Bangladesh's envoy 17 Jan 2026": [("d2", "summoned"), ("d2", "called")],
    "14 arrested in Dhaka 18 Jan 2026": [("d2", "arrested"), ("d3", "arrested")],
    "Bangladesh apologises 22 Jan 2026": [("d3", "apologised"), ("d3", "delivered"), ("d3", "apology", "letter of apology")],
}
APART = [
    (("a1", "shot", "shot dead the mayor"), ("a1", "shot", "In March 2021")),          # mayor 2023 vs councillor 2021
    (("a1", "killing", "condemned the killing"), ("a1", "killing", "that killing")),    # the same
    (("a3", "killed"), ("a3", "fired")),                                                # mayor killed vs deputy's car fired at
    (("a3", "postponed"), ("a3", "charged")),                                           # hearing postponed 22 May vs charged 25 May
    (("a2", "arrested"), ("a3", "handed")),                                             # two arrested vs third surrenders
    (("b1", "announced"), ("b2", "came", "came into force")),                           # duty announced vs in force
    (("b1", "summoned"), ("b1", "announced")),                                          # summons 6 Mar vs announcement 5 Mar
    (("b2", "banned"), ("b4", "lifted")),                                               # ban imposed vs lifted
    (("b2", "banned"), ("b2", "came", "came into force")),                              # ban 3 Apr vs duty 1 Apr
    (("b3", "postponed"), ("b3", "talks", "two days of talks")),                        # talks postponed vs held
    (("b4", "suspended", "had suspended its 25"), ("b4", "lifted")),                    # duty suspended 1 May vs ban lifted 2 May
    (("b1", "blocked"), ("b2", "banned")),                                              # 2021 maize block vs 2024 rice ban
    (("b4", "protested"), ("b1", "summoned")),                                          # Tanzania's protest May vs Kenya's summons March
    (("c1", "attacked"), ("c3", "attack", "condemned the attack")),                     # checkpoint 6 Feb vs village 23 Feb
    (("c1", "killed"), ("c3", "killed", "killed nine villagers")),                      # soldiers vs villagers
    (("c1", "postponed"), ("c2", "handed", "handed over their weapons")),                # postponed vs held
    (("c1", "collapsed"), ("c1", "postponed")),                                         # Ndélé 2019 vs Birao 2025
    (("c1", "ceremony", "in Ndélé"), ("c2", "ceremony", "at a ceremony in Birao")),      # the same
    (("c3", "arrested"), ("c3", "attack", "February 6 attack")),                        # arrest 25 Feb vs attack 6 Feb
    (("c1", "denied"), ("c3", "denied")),                                               # MPV's denial vs Adoum's
    (("d1", "protested"), ("d1", "stormed")),                                           # peaceful protest 13 Jan vs storming 16 Jan
    (("d3", "marched"), ("d1", "stormed")),                                             # Chittagong march 24 Jan vs storming
    (("d2", "closed"), ("d3", "reopened")),                                             # mission closed vs reopened
    (("d1", "arrested"), ("d2", "arrested")),                                           # Islam arrested 9 Jan vs 14 arrested 18 Jan
    (("d2", "charged"), ("d3", "charged")),                                             # rioters charged vs officers charged
    (("d2", "arrested"), ("d3", "released")),                                           # arrested vs bailed
    (("d3", "apologised"), ("d3", "accepted")),                                         # apology vs its acceptance
    (("d2", "summoned"), ("d2", "closed")),                                             # summons 17 Jan vs closure 18 Jan
]
REALIZES = {
    "the two suspects charged realize 'would be charged with murder at a hearing on Monday'": (("a3", "charged"), ("a2", "charged")),
    "the duty in force realizes 'Tanzania will impose a 25 percent import duty'": (("b2", "came", "came into force"), ("b1", "impose")),
    "Kenya's rice ban realizes 'Nairobi would ban imports of Tanzanian rice'": (("b2", "banned"), ("b1", "ban")),
    "the Arusha talks realize 'would convene talks ... in Arusha'": (("b3", "talks", "two days of talks"), ("b2", "talks")),
    "the duty suspended realizes 'agreed ... to suspend'": (("b4", "suspended", "had suspended its 25"), ("b3", "suspend")),
    "the ban lifted realizes 'Kenya agreed to lift the ban'": (("b4", "lifted"), ("b3", "lift")),
    "the weapons handed over realize 'were to hand over their weapons'": (("c2", "handed", "handed over their weapons"), ("c1", "hand")),
    "the mission reopened realizes 'The mission will reopen only when'": (("d3", "reopened"), ("d2", "reopen")),
}
NEVER = {
    "no realizes link into the trial": [("a3", "trial")],
    "no realizes link into the third suspect's court appearance": [("a3", "appear", "expected to appear")],
    "no realizes link into the technical committee's June meeting": [("b3", "meet"), ("b4", "meets")],
    "no realizes link into the duty scrapped": [("b4", "scrapped")],
    "no realizes link into the fighters integrated into the army": [("c2", "integrated")],
    "no realizes link into the investigation to be opened": [("c3", "opened")],
    "no realizes link into the officers' court appearance": [("d3", "appear")],
    "no realizes link into the repairs paid for": [("d3", "pay")],
}

score_links(sys.argv[1], SAME, APART, REALIZES, NEVER)
