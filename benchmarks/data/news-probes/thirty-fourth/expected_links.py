"""Hand-written link expectations (written before running chronicle) for corpus.jsonl:
mentions (article, trigger[, sentence hint]) that report one real event, pairs that must stay apart,
realizes links, and no realizes link into plans never realised in the corpus. python expected_links.py DB"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from probe_scoring import score_links  # noqa: E402

SAME = {
    "Ciobanu detained at the Varnița checkpoint 13 Feb 2025": [("a1", "detained"), ("a1", "stopped"), ("a2", "detained"),
                                                               ("a3", "detained", "Varnița checkpoint")],
    "Moldova summons Russia's ambassador 14 Feb 2025": [("a1", "summoned"), ("a3", "summoned")],
    "the protest note handed to the ambassador 14 Feb 2025": [("a1", "handed"), ("a3", "handed", "protest note")],
    "Moldova declares the Russian attaché persona non grata 17 Feb 2025": [("a2", "declare"), ("a3", "declared")],
    "Russia orders a Moldovan counsellor out 18 Feb 2025": [("a2", "ordered"), ("a3", "orders")],
    "the Russian attaché leaves Chisinau 20 Feb 2025": [("a3", "leaves", "Russian attaché leaves")],
    "the Moldovan counsellor leaves Moscow 21 Feb 2025": [("a3", "leaves", "Moldovan counsellor leaves")],
    "Tiraspol puts off the Bender talks 21 Feb 2025": [("a3", "put")],
    "Transnistrian militiamen detain a farmer near Dubăsari 22 Feb 2025": [("a3", "detain")],
    "the Bender talks 25 Feb 2025": [("a3", "talks", "the first talks in five months"), ("a3", "held")],
    "Ciobanu freed and handed over 26 Feb 2025": [("a3", "freed"), ("a3", "handed", "Varnița bridge")],
    "Moldova cuts the Russian embassy's staff Jul 2023": [("a1", "cut")],
    "Mwakitau families evicted 3 Sep 2024": [("b1", "evicted"), ("b1", "demolition"), ("b1", "flattened"), ("b3", "evicted")],
    "villagers block the Voi-Taveta road 4 Sep 2024": [("b1", "blocked"), ("b1", "protest")],
    "police fire tear gas on the villagers 4 Sep 2024": [("b1", "fired")],
    "twelve protesters arrested 4 Sep 2024": [("b1", "arrested")],
    "the twelve charged at Voi 6 Sep 2024": [("b3", "charged", "Twelve were charged")],
    "the impeachment motion tabled 10 Sep 2024": [("b2", "tabled")],
    "the Land Court orders a halt to evictions 16 Sep 2024": [("b2", "ordered"), ("b3", "order")],
    "the county assembly votes to impeach the governor 19 Sep 2024": [("b2", "voted"), ("b2", "carried")],
    "the Senate rejects the charges against the governor 2 Oct 2024": [("b3", "voted", "on Wednesday voted to throw out"),
                                                                      ("b3", "voted", "voted 26 to 14"), ("b3", "reject")],
    "senators uphold the Kirinyaga governor's removal Aug 2024": [("b3", "upheld")],
    "the Caribe Luna detained south of Ragged Island 7 Mar 2026": [("c1", "detained", "Royal Bahamas Defence Force detained"),
                                                                  ("c3", "detained", "two weeks after")],
    "the Caribe Luna escorted to Nassau 8 Mar 2026": [("c1", "escorted")],
    "the Caribe Luna's captain arrested 8 Mar 2026": [("c1", "arrested")],
    "a Dominican-flagged fishing boat detained off Great Inagua 9 Mar 2026": [("c1", "detained", "Dominican-flagged"),
                                                                             ("c3", "detained", "Dominican fishing boat")],
    "two Cuban fishing boats seized near Cay Sal Bank 2019": [("c1", "seized")],
    "Cuba hands a protest note to the Bahamian charge d'affaires 11 Mar 2026": [("c2", "handed")],
    "the Bahamian denial 11 Mar 2026": [("c2", "denied")],
    "the Cuban consul visits the crew 12 Mar 2026": [("c2", "visited")],
    "the Caribe Luna's captain charged 13 Mar 2026": [("c2", "charged")],
    "the Caribe Luna's crew flown to Havana 17 Mar 2026": [("c3", "flown")],
    "Cuba's ambassador meets the Bahamian foreign minister 18 Mar 2026": [("c3", "met")],
    "a magistrate releases the Caribe Luna 19 Mar 2026": [("c3", "released")],
    "the Dominican crew fined 18 Mar 2026": [("c3", "fined")],
    "a former Spanish Town mayor arrested 11 Mar 2026": [("c2", "arrested")],
    "Jean-Marie Ngono shot dead at Ebebiyin 13 May 2023": [("d1", "shot"), ("d1", "killing"), ("d3", "killing"),
                                                          ("d3", "shooting"), ("d4", "killing")],
    "traders block the Kye-Ossi bridge 14 May 2023": [("d1", "blocked"), ("d1", "burned")],
    "Equatorial Guinea closes the Kye-Ossi border 15 May 2023": [("d1", "closed", "closed its border"), ("d4", "closure")],
    "Cameroon summons Equatorial Guinea's ambassador 16 May 2023": [("d2", "summoned")],
    "Malabo's denial 17 May 2023": [("d2", "denied")],
    "Equatorial Guinea shuts its Mongomo crossing into Gabon 16 May 2023": [("d2", "shut"), ("d2", "closure", "nothing to do")],
    "the joint commission meeting postponed 21 May 2023": [("d3", "postponed")],
    "the joint commission meets in Malabo 25 May 2023": [("d3", "met"), ("d3", "opened"), ("d3", "talks")],
    "the agreement to reopen the crossing 25 May 2023": [("d3", "agreed"), ("d4", "agreed")],
    "two soldiers arrested in Ebebiyin 24 May 2023": [("d3", "arrested"), ("d3", "arrests")],
    "the Kye-Ossi border reopened 29 May 2023": [("d4", "reopened")],
    "the traders' memorial march 29 May 2023": [("d4", "march", "held a march"), ("d4", "march", "passed off")],
    "the joint inquiry team begins work 30 May 2023": [("d4", "began", "began work")],
    "Equatorial Guinea closes the crossing Dec 2017": [("d1", "closed", "last closed")],
}
APART = [
    (("a1", "detained"), ("a3", "detain")),                                        # the officer 13 Feb vs the farmer 22 Feb
    (("a2", "declare"), ("a2", "ordered")),                                        # Moldova expels 17 Feb vs Russia's reply 18 Feb
    (("a1", "summoned"), ("a2", "declare")),                                       # the summons 14 Feb vs the expulsion 17 Feb
    (("a2", "declare"), ("a1", "cut")),                                            # 2025 expulsion vs the 2023 staff cut
    (("a3", "put"), ("a3", "held")),                                               # talks put off 21 Feb vs held 25 Feb
    (("a3", "leaves", "Russian attaché leaves"), ("a3", "leaves", "Moldovan counsellor leaves")),  # 20 Feb vs 21 Feb, other diplomats
    (("a3", "freed"), ("a3", "released")),                                         # Ciobanu 26 Feb vs the farmer 22 Feb
    (("b1", "evicted"), ("b1", "blocked")),                                        # evictions 3 Sep vs the road blocked 4 Sep
    (("b2", "voted"), ("b3", "voted", "voted 26 to 14")),                          # the county assembly 19 Sep vs the Senate 2 Oct
    (("b3", "upheld"), ("b3", "reject")),                                          # Kirinyaga (Aug) vs Taita Taveta (Oct)
    (("b1", "arrested"), ("b3", "charged", "Twelve were charged")),               # arrested 4 Sep vs charged 6 Sep
    (("b2", "ordered"), ("b1", "evicted")),                                        # the court's halt 16 Sep vs the evictions 3 Sep
    (("b2", "tabled"), ("b2", "voted")),                                           # tabled 10 Sep vs voted 19 Sep
    (("c1", "detained", "Royal Bahamas Defence Force detained"), ("c1", "detained", "Dominican-flagged")),  # two ships
    (("c1", "arrested"), ("c2", "arrested")),                                      # the captain vs the Jamaican ex-mayor
    (("c2", "charged"), ("c1", "arrested")),                                       # charged 13 Mar vs arrested 8 Mar
    (("c3", "released"), ("c1", "detained", "Royal Bahamas Defence Force detained")),  # released 19 Mar vs detained 7 Mar
    (("c3", "fined"), ("c2", "charged")),                                          # the Dominican crew fined vs the captain charged
    (("c1", "seized"), ("c1", "detained", "Royal Bahamas Defence Force detained")),  # 2019 vs 2026
    (("c2", "handed"), ("c2", "denied")),                                          # Cuba's note vs the Bahamian denial, both 11 Mar
    (("d1", "closed", "closed its border"), ("d1", "closed", "last closed")),    # 2023 vs 2017
    (("d1", "closed", "closed its border"), ("d2", "shut")),                      # the Cameroon border vs the Gabon crossing
    (("d1", "closed", "closed its border"), ("d4", "reopened")),                  # closed 15 May vs reopened 29 May
    (("d1", "blocked"), ("d1", "closed", "closed its border")),                   # traders' blockade 14 May vs the state's closure 15 May
    (("d3", "postponed"), ("d3", "met")),                                          # postponed 21 May vs met 25 May
    (("d3", "arrested"), ("d1", "shot")),                                          # arrests 24 May vs the killing 13 May
    (("d2", "summoned"), ("d2", "denied")),                                        # summons 16 May vs denial 17 May
]
REALIZES = {
    "the Bender talks realize 'Talks ... are due in Bender on February 21'": (("a3", "held"), ("a1", "Talks")),
    "the attaché's departure realizes 'requested to leave ... within 72 hours'": (("a3", "leaves", "Russian attaché leaves"),
                                                                                  ("a2", "leave", "within 72 hours")),
    "the counsellor's departure realizes 'ordered to leave Russia by Friday'": (("a3", "leaves", "Moldovan counsellor leaves"),
                                                                                ("a2", "leave", "by Friday")),
    "the motion tabled realizes 'would table a motion to impeach the governor next week'": (("b2", "tabled"), ("b1", "table")),
    "the twelve charged realize 'The twelve will be charged in Voi on Friday'": (("b3", "charged", "Twelve were charged"),
                                                                                 ("b1", "charged")),
    "the resolution reaching the Senate realizes 'undertook to forward the resolution'": (("b3", "reached"), ("b2", "forward")),
    "the crew flown home realizes 'the crew would be flown home next week'": (("c3", "flown"), ("c2", "flown")),
    "the summons realizes 'said it would summon Equatorial Guinea's ambassador'": (("d2", "summoned"), ("d1", "summon")),
    "the Malabo meeting realizes 'would meet in Malabo on Monday'": (("d3", "met"), ("d2", "meet")),
    "the reopening realizes 'agreed ... to reopen the Kye-Ossi border crossing on Monday'": (("d4", "reopened"), ("d3", "reopen")),
    "the inquiry team's start realizes 'to set up a joint inquiry'": (("d4", "began", "began work"),
                                                                     ("d3", "set", "set up a joint inquiry")),
}
NEVER = {
    "no realizes link into the case raised at the OSCE": [("a1", "raise"), ("a3", "raise")],
    "no realizes link into the residents' march to Voi": [("b3", "march")],
    "no realizes link into the captain's bail application": [("c3", "apply")],
    "no realizes link into the lorry fees taken up in July": [("d3", "take")],
    "no realizes link into Cameroon's compensation request": [("d4", "ask")],
}

score_links(sys.argv[1], SAME, APART, REALIZES, NEVER)
