"""Hand-written expected canonical events for corpus.jsonl (written before running chronicle):
mentions (article, trigger[, sentence hint]) that report one real event, pairs that must stay apart, realizes
links, and no realizes link into plans never realised in the corpus. python expected_links.py DB"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from probe_scoring import score_links  # noqa: E402

SAME = {
    "Zainal Hamid's clemency letter 21 Apr 2023": [("a1", "wrote"), ("a2", "wrote")],
    "a Singaporean man hanged 19 Apr 2023": [("a1", "executed"), ("a2", "executed")],
    "the stay of execution 25 Apr 2023": [("a2", "stayed"), ("a2", "stay")],
    "the vigil in Kuala Lumpur 23 Apr 2023": [("a2", "held"), ("a2", "vigil")],
    "the application dismissed 16 May 2023": [("a3", "rejected"), ("a3", "dismissed")],
    "the death sentence commuted 18 May 2023": [("a3", "commuted"), ("a3", "granted")],
    "the ICJ ruling 13 Jun 2024": [("b1", "ruled"), ("b1", "ruling", "The ruling is final"), ("b1", "decision"),
                                   ("b2", "awarded"), ("b3", "ruling")],
    "Guatemalan boats near Hunting Caye 16 Jun 2024": [("b2", "seen"), ("b2", "spotted"), ("b2", "incursion")],
    "Belize's first protest note 17 Jun 2024": [("b2", "handed"), ("b2", "note")],
    "the OAS talks in Washington 9 Jul 2024": [("b3", "talks", "at talks in Washington"), ("b3", "talks", "The talks came"),
                                              ("b3", "meeting", "The meeting at the Organization")],
    "the joint-commission agreement 9 Jul 2024": [("b3", "agreed"), ("b3", "agreement")],
    "the Aurora Star attacked 12 Aug 2025": [("c1", "hit"), ("c1", "attacked", "was attacked at about"),
                                             ("c1", "attack", "claimed the attack"), ("c2", "attacked"),
                                             ("c2", "attack", "Two days after that attack"), ("c3", "attacked")],
    "the Nordic Pearl targeted 14 Aug 2025": [("c2", "targeted"), ("c2", "fired"), ("c3", "attack", "attack on the Nordic Pearl")],
    "the Aurora Star sinks 15 Aug 2025": [("c2", "sank"), ("c4", "sunk")],
    "Pelagos Maritime suspends Red Sea transits 16 Aug 2025": [("c2", "suspended"), ("c4", "suspended")],
    "the U.S. strikes near Hodeidah 20 Aug 2025": [("c3", "struck"), ("c3", "strikes"),
                                                   ("c4", "strikes", "last week's American strikes"),
                                                   ("c4", "strikes", "The strikes on Wednesday night")],
    "six killed in the U.S. strikes 20 Aug 2025": [("c3", "killed"), ("c4", "killed")],
    "the missile fired at the destroyer 24 Aug 2025": [("c4", "fired"), ("c4", "launched"), ("c4", "targeted"),
                                                       ("c4", "retaliation")],
    "the Senate's budget cut 5 Mar 2026": [("d1", "approved"), ("d1", "cut", "approved a 20 percent cut"), ("d3", "cut")],
    "the rectorate occupied 9 Mar 2026": [("d1", "took"), ("d1", "occupation")],
    "the rectorate evicted 12 Mar 2026": [("d1", "evicted"), ("d1", "eviction"), ("d2", "eviction"), ("d3", "eviction")],
    "the march to Congress 16 Mar 2026": [("d2", "marched"), ("d2", "march", "Monday's march")],
    "the rector resigns 17 Mar 2026": [("d2", "resigned"), ("d3", "resigned")],
    "the Senate restores the funds 24 Mar 2026": [("d3", "voted"), ("d3", "approved")],
}
APART = [
    (("a1", "executed"), ("a1", "hang")),                                      # Singaporean hanged 19 Apr vs Malaysian's planned hanging
    (("a1", "dismissed"), ("a3", "dismissed")),                                # final appeal April vs application 16 May
    (("a1", "wrote"), ("a3", "submitted")),                                    # minister's letter 21 Apr vs family's petition May
    (("a2", "stayed"), ("a3", "commuted")),                                    # stay 25 Apr vs commutation 18 May
    (("a2", "filed"), ("a2", "stayed")),                                       # filed 24 Apr vs stayed 25 Apr
    (("a2", "executed"), ("a2", "stayed")),                                    # a different man hanged vs the stay
    (("a3", "rejected"), ("a3", "commuted")),                                  # court 16 May vs president 18 May
    (("b2", "handed"), ("b3", "sent")),                                        # first note 17 Jun vs second note 5 Jul
    (("b1", "detained"), ("b2", "spotted")),                                   # 2022 detention vs 2024 boats
    (("b1", "ruled"), ("b1", "voted")),                                        # ruling 2024 vs referendums 2018/2019
    (("b1", "rejected"), ("b1", "rejects")),                                   # the court's rejection 13 Jun vs Guatemala's 14 Jun
    (("b3", "put"), ("b3", "talks", "at talks in Washington")),                # postponement 1 Jul vs talks 9 Jul
    (("b2", "denied"), ("b2", "handed")),                                      # Guatemala's denial vs Belize's note
    (("c1", "attacked", "was attacked at about"), ("c2", "targeted")),         # Aurora Star 12 Aug vs Nordic Pearl 14 Aug
    (("c1", "seized"), ("c1", "hit")),                                         # Galaxy Leader 2023 vs Aurora Star 2025
    (("c3", "struck"), ("c4", "struck")),                                      # strikes 20 Aug vs radar site 23 Aug
    (("c4", "fired"), ("c2", "fired")),                                        # at the destroyer 24 Aug vs at the tanker 14 Aug
    (("c2", "sank"), ("c1", "attacked", "was attacked at about")),             # sank 15 Aug vs attacked 12 Aug
    (("c1", "rescued"), ("c1", "attacked", "was attacked at about")),          # rescue 13 Aug vs attack 12 Aug
    (("d1", "occupied"), ("d1", "took")),                                      # 2015 occupation vs 2026
    (("d1", "resigned"), ("d2", "resigned")),                                  # 2015 rector vs Benítez 2026
    (("d1", "arrested"), ("d1", "released")),                                  # arrested 12 Mar vs released 13 Mar
    (("d1", "approved"), ("d3", "voted")),                                     # the cut 5 Mar vs its reversal 24 Mar
    (("d2", "met"), ("d3", "met")),                                            # minister 18 Mar vs president 22 Mar
    (("d2", "marched"), ("d3", "march")),                                      # march 16 Mar vs second march called off
    (("d1", "evicted"), ("d1", "took")),                                       # eviction 12 Mar vs occupation 9 Mar
]
REALIZES = {
    "the application filed realizes 'would file a fresh application ... on Monday'": (("a2", "filed"), ("a1", "file")),
    "the vigil held realizes 'plan a candlelight vigil'": (("a2", "held"), ("a1", "vigil")),
    "the hearing realizes 'The court will hear it on May 16'": (("a3", "hearing"), ("a2", "hear")),
    "Guatemala's request realizes 'would ask the OAS to convene talks'": (("b2", "requested"), ("b1", "ask")),
    "the Washington talks realize 'would meet in Washington on July 2'": (("b3", "talks", "at talks in Washington"), ("b2", "meet")),
    "the U.S. strikes realize 'Washington would strike Houthi launch sites'": (("c3", "struck"), ("c2", "strike")),
    "the missile at the destroyer realizes 'the Houthis would retaliate'": (("c4", "fired"), ("c3", "retaliate")),
    "the march to Congress realizes 'would march to Congress on Monday'": (("d2", "marched"), ("d1", "march")),
    "the Senate vote realizes the vote 'postponed to next Tuesday'": (("d3", "voted"), ("d2", "vote")),
}
NEVER = {
    "no realizes link into the hanging set for 26 April": [("a1", "hang"), ("a2", "hanged", "due to be hanged")],
    "no realizes link into the Causeway protest called off": [("a3", "protest")],
    "no realizes link into the woman's hanging next month": [("a3", "hanged")],
    "no realizes link into the commission's first meeting": [("b3", "meeting", "its first meeting")],
    "no realizes link into the salvage company reaching the ship": [("c1", "reach")],
    "no realizes link into the Houthis' further attacks on ships": [("c4", "attacking")],
    "no realizes link into the second march": [("d2", "march", "second march")],
    "no realizes link into the lower house's approval": [("d3", "approve")],
    "no realizes link into the interim rector meeting the Ombudsman": [("d3", "meet")],
}

score_links(sys.argv[1], SAME, APART, REALIZES, NEVER)
