"""Hand-written expected canonical events for corpus.jsonl (written before running chronicle):
mentions (article, trigger[, sentence hint]) that report one real event, pairs that must stay apart, realizes
links, and no realizes link into plans never realised in the corpus. python expected_links.py DB"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from probe_scoring import score_links  # noqa: E402

SAME = {
    "the Lakeside Air flight hijacked 10 Oct 2023": [("a1", "hijacked"), ("a2", "seized"), ("a3", "hijacked"),
                                                     ("a3", "hijacking"), ("a4", "hijacking"), ("a4", "seized")],
    "the hijacker surrenders 11 Oct 2023": [("a1", "surrendered"), ("a2", "surrendered"), ("a4", "gave")],
    "the hijacker taken into custody 11 Oct 2023": [("a1", "taken"), ("a3", "arrested")],
    "Tanzania's extradition request delivered 12 Oct 2023": [("a2", "delivered"), ("a2", "request")],
    "the extradition hearing postponed 27 Oct 2023": [("a3", "postponed"), ("a3", "moved"), ("a4", "adjourned")],
    "Mwakasege flown to Dar es Salaam 20 Nov 2023": [("a4", "flown"), ("a4", "landed")],
    "the 2019 knife attempt at Mwanza airport": [("a3", "overpowered"), ("a4", "overpowered")],
    "the suspected chlorine raid on Kurmuk 15 Sep 2024": [("b1", "raid"), ("b1", "dropped"), ("b2", "attack"),
                                                          ("b3", "attack"), ("b3", "used")],
    "four killed in the chlorine raid 15 Sep 2024": [("b1", "killed"), ("b2", "died")],
    "the army's denial 16 Sep 2024": [("b1", "denied"), ("b1", "calling")],
    "the OPCW asks Sudan for access (17 Sep 2024)": [("b1", "asked"), ("b1", "written")],
    "the inspectors' trip held back 30 Sep 2024": [("b2", "held"), ("b2", "postponed")],
    "the second air raid on Kurmuk market 28 Sep 2024": [("b2", "raid"), ("b2", "hit"), ("b2", "strike"),
                                                         ("b3", "raid"), ("b3", "destroyed")],
    "the inspectors arrive in Kurmuk 12 Oct 2024": [("b3", "arrived"), ("b3", "reach")],
    "the OPCW report published 4 Dec 2024": [("b3", "report", "Their report"), ("b3", "published")],
    "four arrested in Lusaka raids 4 Mar 2025": [("c1", "arrested"), ("c1", "raids"),
                                                 ("c2", "arrested", "four men arrested last week")],
    "the Ndola rally 8 Mar 2025": [("c2", "addressed"), ("c2", "rally", "addressed a rally"),
                                   ("c2", "rally", "The rally on Saturday"), ("c2", "passed")],
    "the fifth suspect detained at Kasumbalesa 10 Mar 2025": [("c2", "arrested", "Police on Monday"), ("c2", "detained")],
    "five charged with treason 11 Mar 2025": [("c2", "appeared"), ("c2", "charged")],
    "the opposition headquarters searched 9 Mar 2025": [("c2", "searched"), ("c2", "search")],
    "Lungu questioned 13 Mar 2025": [("c3", "questioned", "for six hours"), ("c3", "questioned", "on March 13")],
    "the first trial hearing adjourned 19 May 2025": [("c3", "hearing"), ("c3", "adjourned")],
    "the treason trial opened 16 Jun 2025": [("c3", "trial", "The treason trial"), ("c3", "opened")],
    "the Nyati handover postponed 20 Feb 2026": [("d1", "postponed"), ("d1", "decision"), ("d2", "postponed"),
                                                 ("d3", "delayed")],
    "residents block the camp gate 18 Feb 2026": [("d1", "blocked"), ("d3", "blocked")],
    "tear gas at the camp gate 18 Feb 2026": [("d1", "fired"), ("d3", "used")],
    "seven residents arrested 18 Feb 2026": [("d1", "arrested"), ("d3", "arrested", "seven residents arrested")],
    "the handover agreement signed 15 Jan 2026": [("d1", "agreement"), ("d1", "signed"), ("d3", "agreement"),
                                                   ("d3", "signed")],
    "the compensation deal agreed in London 10 Mar 2026": [("d2", "deal"), ("d2", "agreed"), ("d3", "deal"),
                                                           ("d3", "struck")],
    "the Nyati camp handed over 20 Mar 2026": [("d2", "signed"), ("d3", "handed"), ("d3", "ceremony")],
    "the last British soldiers leave 22 Mar 2026": [("d3", "left"), ("d3", "departure")],
    "the 2021 fire on the conservancy": [("d1", "fire"), ("d1", "blaze"), ("d1", "burned"), ("d2", "fire")],
}
APART = [
    (("a1", "freed"), ("a1", "released")),                                  # 22 freed 10 Oct night vs 41 released 11 Oct morning
    (("a1", "hijacked"), ("a1", "surrendered")),                            # hijacking 10 Oct vs surrender 11 Oct
    (("a1", "hijacked"), ("a3", "overpowered")),                            # 2023 hijacking vs the 2019 attempt
    (("a1", "suspended"), ("a2", "resumed")),                               # route suspended 11 Oct vs resumed 13 Oct
    (("a2", "charged"), ("a4", "charged", "was charged in Dar es Salaam")),  # charged in Kenya 13 Oct vs in Tanzania 21 Nov
    (("a3", "postponed"), ("a4", "approved")),                              # hearing postponed 27 Oct vs extradition approved 16 Nov
    (("a4", "questioned"), ("a2", "charged")),                              # colleagues questioned W46 vs Mwakasege charged 13 Oct
    (("b1", "raid"), ("b2", "raid")),                                       # chlorine raid 15 Sep vs market raid 28 Sep
    (("b2", "killing"), ("b2", "died")),                                    # two traders 28 Sep vs four people 15 Sep
    (("b2", "postponed"), ("b3", "arrived")),                               # trip held back 30 Sep vs arrival 12 Oct
    (("b1", "denied"), ("b3", "rejected")),                                 # denial 16 Sep vs report rejected 4 Dec
    (("b3", "imposed"), ("b2", "warned")),                                  # June sanctions vs October warning
    (("c1", "arrested"), ("c2", "arrested", "Police on Monday")),           # four on 4 Mar vs the fifth on 10 Mar
    (("c1", "raids"), ("c2", "searched")),                                  # Kabulonga raids 4 Mar vs party HQ searched 9 Mar
    (("c1", "uncovered"), ("c1", "foiled")),                                # the 2016 plot vs the 2025 plot
    (("c3", "released"), ("c2", "detained")),                               # captain released 2 Jun vs Chanda detained 10 Mar
    (("c3", "adjourned"), ("c3", "opened")),                                # hearing adjourned 19 May vs trial opened 16 Jun
    (("d1", "signed"), ("d2", "signed")),                                   # agreement signed 15 Jan vs certificate signed 20 Mar
    (("d1", "fired"), ("d3", "dispersed")),                                 # tear gas 18 Feb vs 27 Mar
    (("d1", "arrested"), ("d1", "released")),                              # arrested 18 Feb vs bailed 19 Feb
    (("d1", "postponed"), ("d3", "handed")),                                # postponed 20 Feb vs handed over 20 Mar
    (("d2", "protest"), ("d1", "blocked")),                                 # peaceful protest 20 Mar vs gate blocked 18 Feb
    (("d3", "marched"), ("d2", "protest")),                                 # workers' march 27 Mar vs protest 20 Mar
    (("d3", "dropped"), ("d1", "released")),                                # charges dropped W13 vs bail 19 Feb
    (("d3", "left"), ("d3", "handed")),                                     # departure 22 Mar vs handover 20 Mar
]
REALIZES = {
    "the extradition request delivered realizes 'would ask Kenya to hand the man over'": (("a2", "delivered"), ("a1", "ask")),
    "Mwakasege flown to Dar es Salaam realizes 'to hand the man over'": (("a4", "flown"), ("a1", "hand")),
    "the inspectors arrive realizes 'to let its experts visit Kurmuk'": (("b3", "arrived"), ("b2", "visit")),
    "the Ndola rally addressed realizes 'will address the rally as planned'": (("c2", "addressed"), ("c1", "address")),
    "Lungu questioned on March 13 realizes 'summoned for questioning on Thursday'": (("c3", "questioned", "on March 13"),
                                                                                    ("c2", "questioning")),
    "the camp handed over realizes 'hand it to the Kenya Defence Forces'": (("d3", "handed"), ("d1", "hand")),
    "the handover certificate signed realizes 'due to hand over the Nyati training camp'": (("d2", "signed"), ("d2", "hand")),
    "the last soldiers left realizes 'will fly home on Sunday'": (("d3", "left"), ("d2", "fly")),
}
NEVER = {
    "no realizes link into the lawyer's fight against extradition": [("a2", "fight")],
    "no realizes link into the trial expected to open in January": [("a4", "open")],
    "no realizes link into U.S. sanctions if Sudan obstructed the inquiry": [("b2", "impose")],
    "no realizes link into the trial resuming on July 7": [("c3", "resumes")],
    "no realizes link into the compensation payments beginning in May": [("d2", "begin")],
    "no realizes link into the peacekeeping school by 2027": [("d3", "turn")],
}

score_links(sys.argv[1], SAME, APART, REALIZES, NEVER)
