"""Hand-written expected canonical events for corpus.jsonl (written before running chronicle):
mentions (article, trigger[, sentence hint]) that report one real event, pairs that must stay apart, realizes
links, and no realizes link into plans never realised in the corpus. python expected_links.py DB"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from probe_scoring import score_links  # noqa: E402

SAME = {
    "the Sasuli border shootout 27 May 2023": [("a1", "shootout"), ("a1", "exchange"), ("a1", "fired"), ("a1", "clash"),
                                               ("a2", "clash"), ("a2", "shooting"), ("a3", "traded"), ("a3", "clash")],
    "Iranian guards killed at Sasuli 27 May 2023": [("a1", "killed", "two Iranian border guards"), ("a3", "killing")],
    "Iran summons the Afghan charge d'affaires 28 May 2023": [("a1", "summoned"), ("a1", "protest")],
    "Raisi warns the Taliban 18 May 2023": [("a1", "warned"), ("a3", "warned")],
    "the Milak crossing closed 27 May 2023": [("a1", "closed"), ("a2", "shut")],
    "the second exchange of fire 5 Jun 2023": [("a2", "exchanged"), ("a2", "incident"), ("a3", "shooting")],
    "the Kabul talks postponed 6 Jun 2023": [("a2", "postponed"), ("a3", "postponement")],
    "the Misisi mine seized 10 Aug 2024": [("b1", "seized"), ("b1", "attacked"), ("b2", "seized")],
    "three guards killed at Misisi 10 Aug 2024": [("b1", "killing"), ("b2", "killed", "three guards")],
    "eleven workers taken hostage 10 Aug 2024": [("b1", "taking", "hostage"), ("b2", "taken")],
    "the army operation launched 19 Aug 2024": [("b2", "operation"), ("b2", "launched")],
    "the Misisi mine recaptured 21 Aug 2024": [("b2", "recaptured"), ("b3", "retook"), ("b3", "recaptured")],
    "the governor's visit to Fizi 23 Aug 2024": [("b3", "visit"), ("b3", "came", "August 23")],
    "the militia commander caught 29 Aug 2024": [("b3", "arrested", "commander"), ("b3", "caught")],
    "the Rohingya boat turned back off Langkawi 13 Jan 2025": [("c1", "turned"), ("c1", "pushback"), ("c2", "turned"),
                                                               ("c2", "pushed", "off Langkawi"), ("c4", "turned")],
    "the boat comes ashore near Sabang 16 Jan 2025": [("c2", "came"), ("c3", "landed"), ("c4", "reached")],
    "the second boat pushed back 15 Jan 2025": [("c2", "pushed", "second boat"), ("c3", "turned"), ("c4", "pushed", "second boat")],
    "two Rohingya men arrested in Sabang 17 Jan 2025": [("c2", "arrested"), ("c4", "arrested")],
    "the transfer to Lhokseumawe postponed 19 Jan 2025": [("c3", "postponed"), ("c4", "delayed")],
    "the refugees moved to Lhokseumawe 21 Jan 2025": [("c3", "moved"), ("c4", "move"), ("c4", "went")],
    "the two foreign ministers' phone call 22 Jan 2025": [("c3", "spoke"), ("c4", "call")],
    "gunmen fire on the UNIFIL convoy 14 Mar 2026": [("d1", "fired"), ("d1", "shooting"), ("d2", "attack")],
    "Private Walsh killed 14 Mar 2026": [("d1", "killed", "An Irish soldier"), ("d1", "killing"), ("d2", "killed"),
                                          ("d3", "shot"), ("d3", "killing")],
    "the suspect detained 19 Mar 2026": [("d2", "arrested"), ("d2", "detained")],
    "Walsh's body flown home 17 Mar 2026": [("d2", "flown", "body was flown"), ("d2", "received")],
    "the trial opened and adjourned 8 Jun 2026": [("d3", "opened"), ("d3", "adjourned", "within an hour"),
                                                   ("d3", "adjourned", "July 6")],
    "the suspect freed on bail 12 May 2026": [("d3", "released"), ("d3", "freed")],
    "the foreign minister in Beirut 26 Mar 2026": [("d3", "visited"), ("d3", "met")],
}
APART = [
    (("a1", "shootout"), ("a2", "exchanged")),                              # deadly clash 27 May vs second exchange 5 Jun
    (("a1", "closed"), ("a2", "reopened")),                                 # Milak closed 27 May vs reopened 1 Jun
    (("a2", "postponed"), ("a3", "met")),                                   # talks postponed 6 Jun vs held 13 Jun
    (("a1", "warned"), ("a1", "shootout")),                                 # Raisi's warning 18 May vs the clash 27 May
    (("a1", "summoned"), ("a2", "accused")),                                # summons 28 May vs the speaker's accusation 4 Jun
    (("b1", "seized"), ("b2", "recaptured")),                               # seizure 10 Aug vs recapture 21 Aug
    (("b1", "seized"), ("b1", "occupied")),                                 # 2024 seizure vs the 2021 occupation
    (("b2", "killed", "Two soldiers"), ("b1", "killing")),                  # two soldiers 21 Aug vs three guards 10 Aug
    (("b2", "launched"), ("b2", "recaptured")),                             # operation launched 19 Aug vs mine retaken 21 Aug
    (("b3", "arrested", "six people"), ("b3", "arrested", "commander")),    # six miners 2 Sep vs the commander 29 Aug
    (("b3", "seized"), ("b2", "seized")),                                   # 2021 seizure vs 2024 seizure
    (("c1", "turned"), ("c2", "pushed", "second boat")),                    # first boat 13 Jan vs second boat 15 Jan
    (("c2", "came"), ("c4", "allowed")),                                    # landing in Aceh 16 Jan vs in Thailand 2 Feb
    (("c3", "postponed"), ("c3", "moved")),                                 # transfer postponed 19 Jan vs carried out 21 Jan
    (("c2", "arrested"), ("c4", "charged")),                                # arrest 17 Jan vs charge 30 Jan
    (("c4", "turned"), ("c4", "pushed", "Pidie")),                          # Malaysia 2025 vs Pidie villagers 2023
    (("d1", "killed", "An Irish soldier"), ("d1", "died")),                 # Walsh 2026 vs Rooney 2022
    (("d2", "arrested"), ("d3", "released")),                               # detained 19 Mar vs freed 12 May
    (("d3", "opened"), ("d2", "arrested")),                                 # trial 8 Jun vs arrest 19 Mar
    (("d2", "flown", "body was flown"), ("d2", "flown", "Thursday night")),  # the body 17 Mar vs Cpl Byrne 19 Mar
    (("d3", "visited"), ("d3", "opened")),                                  # Beirut visit 26 Mar vs trial 8 Jun
    (("d3", "thrown"), ("d1", "fired")),                                    # stones at a Spanish patrol in April vs 14 Mar
]
REALIZES = {
    "the Kabul meeting realizes 'a delegation would travel to Kabul'": (("a3", "met"), ("a1", "travel")),
    "the operation launched realizes 'troops would launch an operation'": (("b2", "launched"), ("b1", "launch")),
    "the mine recaptured realizes 'to retake the site'": (("b2", "recaptured"), ("b1", "retake")),
    "the governor came on August 23 realizes 'he will go on Friday'": (("b3", "came", "August 23"), ("b2", "go")),
    "the refugees moved realizes 'would be moved to a shelter in Lhokseumawe'": (("c3", "moved"), ("c2", "moved")),
    "the phone call realizes 'Jakarta would raise the pushbacks with Malaysia'": (("c3", "spoke"), ("c3", "raise")),
    "the body flown home realizes 'would be flown to Dublin on Tuesday'": (("d2", "flown", "body was flown"), ("d1", "flown")),
    "the minister visited Beirut realizes 'expected to travel to Beirut next week'": (("d3", "visited"), ("d2", "travel")),
}
NEVER = {
    "no realizes link into the water released 'immediately'": [("a2", "released")],
    "no realizes link into the company resuming operations": [("b2", "resume")],
    "no realizes link into the mine reopening next month": [("b3", "reopen")],
    "no realizes link into the regional meeting proposed for February": [("c4", "meeting")],
    "no realizes link into the July hearing": [("d3", "hearing", "July hearing")],
}

score_links(sys.argv[1], SAME, APART, REALIZES, NEVER)
