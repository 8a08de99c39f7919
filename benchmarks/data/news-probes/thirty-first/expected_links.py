"""Hand-written expected canonical events for corpus.jsonl (written before running chronicle):
mentions (article, trigger[, sentence hint]) that report one real event, pairs that must stay apart, realizes
links, and no realizes link into plans never realised in the corpus. python expected_links.py DB"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from probe_scoring import score_links  # noqa: E402

SAME = {
    "Solomon Islands suspends six Hanbit Ocean licences 8 Jul 2024": [("a1", "suspended", "yesterday suspended")],
    "Hanbit Ocean denies misreporting 8 Jul 2024": [("a1", "denied")],
    "a Chinese purse seiner boarded off Rennell Island 10 Jul 2024": [("a2", "boarded")],
    "the Hanbit 7 intercepted north of Malaita 11 Jul 2024": [("a2", "intercepted"), ("a4", "intercepted")],
    "the Hanbit 7 escorted into Honiara 11 Jul 2024": [("a2", "escorted")],
    "the Hanbit 7's captain detained 11 Jul 2024": [("a2", "detained")],
    "the cabinet expels the Korean fisheries attaché 12 Jul 2024": [("a2", "declared"), ("a2", "expulsion"),
                                                                    ("a3", "expulsion", "put at risk"),
                                                                    ("a3", "expulsion", "requested by another"),
                                                                    ("a4", "expulsion")],
    "the Korean ambassador telephones the foreign minister 13 Jul 2024": [("a3", "telephoned")],
    "the attaché departs 14 Jul 2024": [("a3", "departed")],
    "the Hanbit 7's captain fined 18 Jul 2024": [("a4", "fined")],
    "the Honiara talks put off 19 Jul 2024": [("a4", "put")],
    "officials meet in Honiara 29 Jul 2024": [("a4", "met")],
    "four licences to be restored, agreed 29 Jul 2024": [("a4", "agreed"), ("a4", "agreement")],
    "two Taiwanese longliners suspended in 2019": [("a1", "suspended", "In 2019")],
    "Ethiopia and Eritrea sign the Assab agreement 2 Mar 2026": [("b1", "signed", "signed an agreement in Asmara"),
                                                                 ("b1", "signing"), ("b4", "signed")],
    "Djibouti recalls its ambassador from Addis Ababa 2 Mar 2026": [("b1", "recalled"), ("b4", "recalled")],
    "Eritrea denies a naval base in the deal": [("b1", "denied")],
    "Djibouti's foreign minister warns of higher transit fees 4 Mar 2026": [("b2", "warned")],
    "police break up the Djibouti march with tear gas 5 Mar 2026": [("b2", "fired")],
    "the Djibouti march against the deal 5 Mar 2026": [("b2", "march", "break up a march")],
    "14 protesters arrested in Djibouti 5 Mar 2026": [("b2", "arrested", "and arrested 14"), ("b3", "arrested")],
    "the 14 released without charge 9 Mar 2026": [("b3", "released")],
    "the ratification sitting adjourned 9 Mar 2026": [("b3", "adjourned")],
    "Ethiopia's parliament ratifies the Assab agreement 10 Mar 2026": [("b3", "ratified")],
    "the first battalion leaves the Bure front 11 Mar 2026": [("b3", "left")],
    "Eritrean forces withdraw from two Irob villages 11 Mar 2026": [("b3", "withdrew")],
    "the Bure pull-back completed in late April 2026": [("b4", "completed")],
    "Djibouti sends its ambassador back in April 2026": [("b4", "sent")],
    "the Ethiopian finance minister visits Djibouti in April 2026": [("b4", "visited")],
    "the Jeddah peace agreement of September 2018": [("b1", "signed", "Jeddah")],
    "the two-day dockworkers' march of 2023": [("b2", "march", "in 2023")],
    "informal miners block the Panamericana Sur 7 Jul 2025": [("c1", "blocked", "Thousands")],
    "police clear the Ocoña roadblock 9 Jul 2025": [("c2", "clearance"), ("c2", "cleared", "not on Tuesday"),
                                                   ("c2", "cleared", "when police cleared")],
    "a miner shot dead at Ocoña 9 Jul 2025": [("c2", "shot")],
    "eleven miners arrested at Ocoña 9 Jul 2025": [("c2", "arrested"), ("c3", "arrested")],
    "the Ombudsman opens an investigation": [("c2", "opened"), ("c2", "investigation")],
    "the Interior Ministry denies the use of firearms": [("c2", "denied")],
    "Confemin postpones its Lima march": [("c2", "postponed")],
    "farmers block the Juliaca-Puno road 9 Jul 2025": [("c2", "blocked")],
    "the truce talks begin 14 Jul 2025": [("c3", "talks", "truce talks began")],
    "the 30-day truce signed 15 Jul 2025": [("c3", "signed")],
    "the Chala roadblock lifted 16 Jul 2025": [("c3", "lifted")],
    "a judge orders the eleven released 16 Jul 2025": [("c3", "ordered")],
    "the November 2024 roadblocks": [("c1", "blocked", "November 2024")],
    "Ibrahim Naseem arrested 3 Nov 2025": [("d1", "arrested", "Police arrested opposition"), ("d2", "arrested", "first arrested")],
    "Naseem's rally 2 Nov 2025": [("d1", "addressed"), ("d1", "rally")],
    "Naseem remanded 4 Nov 2025": [("d1", "remanded")],
    "supporters dispersed outside the court 4 Nov 2025": [("d1", "dispersed")],
    "nine supporters detained 4 Nov 2025": [("d1", "detained")],
    "India denies its envoy met Naseem's family 5 Nov 2025": [("d1", "denied")],
    "Sri Lanka's navy arrests 12 Indian fishermen 5 Nov 2025": [("d1", "arrested", "Sri Lanka's navy")],
    "the MDP calls a march 6 Nov 2025": [("d1", "called")],
    "the Home Ministry withdraws the ban 13 Nov 2025": [("d2", "withdrew")],
    "Naseem's supporters march through Malé 14 Nov 2025": [("d2", "marched"), ("d2", "march", "Friday's march")],
    "two organisers briefly held 14 Nov 2025": [("d2", "held")],
    "a second opposition MP arrested 15 Nov 2025": [("d2", "arrested", "second opposition MP")],
    "Naseem released on bail 17 Nov 2025": [("d2", "released")],
}
APART = [
    (("a1", "suspended", "yesterday suspended"), ("a1", "suspended", "In 2019")),  # 2024 suspension vs 2019 one
    (("a2", "intercepted"), ("a2", "boarded")),                                    # Hanbit 7 11 Jul vs Chinese seiner 10 Jul
    (("a2", "detained"), ("a2", "boarded")),                                       # the captain held vs the seiner boarded
    (("a2", "detained"), ("a4", "fined")),                                         # captain held 11 Jul vs fined 18 Jul
    (("a2", "declared"), ("a3", "departed")),                                      # expulsion 12 Jul vs departure 14 Jul
    (("a2", "declared"), ("a3", "telephoned")),                                    # expulsion vs the ambassador's call 13 Jul
    (("a4", "put"), ("a4", "met")),                                                # put off 19 Jul vs met 29 Jul
    (("a1", "suspended", "yesterday suspended"), ("a2", "declared")),             # licences suspended vs envoy expelled
    (("b1", "signed", "signed an agreement in Asmara"), ("b1", "signed", "Jeddah")),  # Assab 2026 vs Jeddah 2018
    (("b1", "signed", "signed an agreement in Asmara"), ("b3", "ratified")),      # signed 2 Mar vs ratified 10 Mar
    (("b3", "adjourned"), ("b3", "ratified")),                                     # adjourned 9 Mar vs ratified 10 Mar
    (("b3", "left"), ("b3", "withdrew")),                                          # Ethiopia at Bure vs Eritrea in Irob, 11 Mar
    (("b3", "left"), ("b4", "completed")),                                         # the pull-back begun vs completed
    (("b2", "arrested", "and arrested 14"), ("b3", "released")),                  # arrested 5 Mar vs released 9 Mar
    (("b1", "recalled"), ("b4", "sent")),                                          # recall 2 Mar vs return in April
    (("b2", "march", "break up a march"), ("b2", "march", "in 2023")),            # 2026 march vs 2023 march
    (("c1", "blocked", "Thousands"), ("c1", "blocked", "November 2024")),         # 2025 vs 2024 roadblocks
    (("c1", "blocked", "Thousands"), ("c2", "blocked")),                          # Arequipa miners vs Puno farmers
    (("c2", "cleared", "when police cleared"), ("c2", "blocked")),                # the clearance vs the Puno blockade, 9 Jul
    (("c2", "arrested"), ("c3", "charged")),                                       # arrested 9 Jul vs charged later
    (("c3", "signed"), ("c3", "lifted")),                                          # truce 15 Jul vs Chala lifted 16 Jul
    (("c3", "ordered"), ("c2", "arrested")),                                       # release ordered vs the arrests
    (("d1", "arrested", "Police arrested opposition"), ("d2", "arrested", "second opposition MP")),  # Naseem vs Rasheeda
    (("d1", "arrested", "Police arrested opposition"), ("d1", "arrested", "Sri Lanka's navy")),      # Malé vs Delft
    (("d1", "detained"), ("d2", "held")),                                          # nine on 4 Nov vs two organisers 14 Nov
    (("d1", "rally"), ("d2", "marched")),                                          # rally 2 Nov vs march 14 Nov
    (("d1", "remanded"), ("d2", "overturned")),                                    # remand 4 Nov vs overturned 17 Nov
    (("d1", "arrested", "Police arrested opposition"), ("d2", "released")),       # arrest vs release
]
REALIZES = {
    "the attaché's departure realizes 'gave him 72 hours to leave'": (("a3", "departed"), ("a2", "leave")),
    "the Honiara meeting realizes 'officials of both governments will meet here in Honiara on Monday 22 July'": (("a4", "met"), ("a3", "meet")),
    "the ratification realizes 'scheduled to vote on ratification on Monday'": (("b3", "ratified"), ("b2", "vote")),
    "the pull-back completed realizes 'Ethiopia will pull its troops back ... by April 15'": (("b4", "completed"), ("b1", "pull")),
    "the Ocoña clearance realizes 'the police would clear the roads'": (("c2", "cleared", "when police cleared"), ("c1", "clear")),
    "the truce talks realize 'invited its leaders to talks on Monday'": (("c3", "talks", "truce talks began"), ("c2", "talks")),
    "the Malé march realizes 'called a march in Malé for Friday, Nov 14'": (("d2", "marched"), ("d1", "march")),
    "Naseem's release on bail realizes 'to demand Mr Naseem's release'": (("d2", "released"), ("d1", "release")),
}
NEVER = {
    "no realizes link into Seoul expelling a Solomon Islands diplomat": [("a2", "expel")],
    "no realizes link into Hanbit Ocean's court challenge": [("a1", "challenge")],
    "no realizes link into the first trucks reaching Assab by May": [("b4", "reach")],
    "no realizes link into Djibouti raising transit fees": [("b2", "raise")],
    "no realizes link into the postponed march on Lima": [("c1", "march")],
    "no realizes link into the strike resumed": [("c3", "resume")],
    "no realizes link into the miners' leaders prosecuted": [("c1", "prosecuted")],
}

score_links(sys.argv[1], SAME, APART, REALIZES, NEVER)
