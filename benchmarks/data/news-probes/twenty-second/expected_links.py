"""Hand-written expected canonical events for corpus.jsonl (written before running chronicle):
mentions (article, trigger[, sentence hint]) that report one real event, pairs that must stay apart, realizes
links, and no realizes link into plans never realised in the corpus. python expected_links.py DB"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from probe_scoring import score_links  # noqa: E402

SAME = {
    "the border treaty signed in Vientiane 16 May 2023": [("a1", "signed", "signed a treaty on Tuesday"),
                                                          ("a1", "signed", "was signed in Vientiane"), ("a1", "signing"),
                                                          ("a2", "signed"), ("a3", "signed", "It was signed in Vientiane")],
    "villagers protest in Stung Treng 15 May 2023": [("a1", "protested"), ("a2", "protest")],
    "Laos postpones its ratification vote 21 Jun 2023": [("a2", "postponed", "Laos postponed"), ("a2", "postpone"),
                                                         ("a3", "deferring")],
    "Cambodia's assembly ratifies 22 Jun 2023": [("a2", "ratified"), ("a2", "vote", "The vote came"), ("a3", "approved")],
    "Laos's assembly ratifies 15 Aug 2023": [("a3", "ratified")],
    "instruments exchanged 25 Aug 2023": [("a3", "exchange")],
    "customs officers walk out 6 Sep 2024": [("b1", "walked"), ("b2", "stopped")],
    "truck drivers dispersed at the gate 8 Sep 2024": [("b1", "disperse")],
    "the deputy general secretary arrested 10 Sep 2024": [("b2", "arrested"), ("b4", "arrested")],
    "the Wednesday talks postponed 11 Sep 2024": [("b2", "postponed")],
    "the strike deal signed 14 Sep 2024": [("b3", "signed", "signed a deal"), ("b3", "signed", "We signed on Saturday"),
                                          ("b3", "agreement"), ("b4", "agreement")],
    "officers back, gates opened 15 Sep 2024": [("b3", "returned"), ("b3", "opened")],
    "the first instalment paid 1 Oct 2024": [("b4", "paid")],
    "the ship-to-ship transfer Oct 2024": [("c1", "transferred"), ("c1", "transfer"), ("c2", "transfer"), ("c3", "transfer")],
    "the Orion Star seized at Yeosu 5 Mar 2025": [("c1", "detained"), ("c1", "seized", "was seized at"), ("c3", "impounding")],
    "Russia's protest note 10 Mar 2025": [("c2", "sent")],
    "the captain's detention hearing 12 Mar 2025": [("c2", "hearing", "opened behind"), ("c2", "opened")],
    "the tanker released 18 Apr 2025": [("c3", "released", "released the Panama"), ("c3", "release")],
    "the captain charged 21 Apr 2025": [("c3", "charged"), ("c3", "indicted"), ("c3", "charge")],
    "the trader killed 14 Jan 2026": [("d1", "killed"), ("d2", "death"), ("d3", "killed")],
    "the mob attack on the Zambian consulate 16 Jan 2026": [("d1", "stormed"), ("d1", "attack"), ("d2", "attack"), ("d3", "burning")],
    "the Congolese ambassador summoned 17 Jan 2026": [("d1", "summoned")],
    "Kasumbalesa closed 17 Jan 2026": [("d1", "closed"), ("d3", "shut")],
    "fourteen arrested in Lubumbashi 18 Jan 2026": [("d2", "arrested", "fourteen"), ("d3", "arrested")],
    "Kinshasa's apology 19 Jan 2026": [("d2", "apologised"), ("d2", "apology")],
    "the ministers meet in Ndola 22 Jan 2026": [("d3", "met")],
    "Kasumbalesa reopened 22 Jan 2026": [("d3", "reopened")],
    "the fourteen charged 23 Jan 2026": [("d3", "charged", "fourteen")],
}
APART = [
    (("a1", "signed", "signed a treaty on Tuesday"), ("a1", "signed", "survey agreement")),  # 2023 treaty vs 2019 survey deal
    (("a2", "ratified"), ("a3", "ratified")),                                 # Cambodia 22 Jun vs Laos 15 Aug
    (("a2", "postponed", "Laos postponed"), ("a3", "ratified")),              # postponed 21 Jun vs ratified 15 Aug
    (("b2", "stopped"), ("b2", "struck")),                                    # 2024 strike vs March 2022 strike
    (("b1", "arrested"), ("b2", "arrested")),                                 # three drivers 8 Sep vs the deputy 10 Sep
    (("b2", "postponed"), ("b3", "signed", "signed a deal")),                 # talks put off 11 Sep vs deal 14 Sep
    (("c1", "seized", "was seized at"), ("c1", "held")),                      # Orion Star 2025 vs Togo-flagged tanker 2024
    (("c3", "released", "released the Panama"), ("c3", "releasing")),         # 2025 release vs 2024 release
    (("c2", "allowed"), ("c3", "left")),                                      # seven crew home 11 Mar vs the rest 19 Apr
    (("c2", "granted"), ("c3", "charged")),                                   # custody 12 Mar vs charge 21 Apr
    (("d1", "stormed"), ("d1", "stoned")),                                    # 2026 attack vs 2023 stoning
    (("d1", "stormed"), ("d2", "gathered")),                                  # the attack 16 Jan vs the peaceful gathering 20 Jan
    (("d2", "arrested", "fourteen"), ("d2", "arrested", "customs agent")),    # fourteen in Lubumbashi vs the agent in Zambia
    (("d3", "charged", "fourteen"), ("d3", "charged", "murder")),             # fourteen 23 Jan vs the agent 21 Jan
    (("d1", "closed"), ("d3", "reopened")),                                   # closed 17 Jan vs reopened 22 Jan
]
REALIZES = {
    "Cambodia's ratification realizes 'expected a vote in Phnom Penh next month'": (("a2", "ratified"), ("a1", "vote")),
    "Laos's ratification realizes 'expected Vientiane to ratify the treaty within weeks'": (("a3", "ratified"), ("a2", "ratify")),
    "the Saturday talks realize 'the talks would now be held on Saturday'": (("b3", "talks"), ("b2", "talks", "now be held")),
    "the first instalment paid realizes 'the arrears will be paid in two instalments'": (("b4", "paid"), ("b3", "paid", "will be paid")),
    "the Ndola meeting realizes 'due to meet in Ndola on Thursday'": (("d3", "met"), ("d2", "meet")),
}
NEVER = {
    "no realizes link into the Cambodia-Vietnam rice talks next week": [("a3", "talks"), ("a3", "hold")],
    "no realizes link into the pay review next year": [("b4", "review", "next year")],
    "no realizes link into a new strike if the payment is late": [("b4", "strike", "again")],
    "no realizes link into the captain's trial set for May 20": [("c3", "trial"), ("c3", "open")],
    "no realizes link into the consulate reopening next month": [("d3", "reopen")],
}

score_links(sys.argv[1], SAME, APART, REALIZES, NEVER)
