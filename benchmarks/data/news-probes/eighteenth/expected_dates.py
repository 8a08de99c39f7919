"""Hand-written expected dates (written before running chronicle) for the event mentions of
corpus.jsonl: (article, trigger, sentence hint or None, accepted). accepted: a set of TIMEX
values the mention's date_value may have (source text), "article" in the set = the article-date fallback
is right, None = not scored. A listed mention chronicle does not extract counts as MISSING (reported
apart from wrong dates). python expected_dates.py DB"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from probe_scoring import ARTICLE as A, score_dates  # noqa: E402

H10 = {"2023-10-10", "2023-10-10TAF"}                          # the flight hijacked, Tuesday afternoon
N10 = {"2023-10-10", "2023-10-10TNI"}                          # 22 women and children freed, Tuesday night
M11 = {A, "2023-10-11", "2023-10-11TMO"}                       # 41 passengers released this morning (a1's day)
S11 = {A, "2023-10-11"}                                        # the surrender at 12:40 (a1's day)
D15 = {"2024-09-15", "2024-09-15TMO"}                          # the suspected chlorine raid on Kurmuk, Sunday at dawn
C9 = {"2025-03-09", "2025-03-09TNI"}                           # the opposition headquarters searched, Sunday night
L20 = {A, "2026-03-20", "2026-03-20TMO"}                       # the handover ceremony (d2's day, late morning)
EXPECTED = [
 # A (2023): 2019-08 a man with a knife overpowered at Mwanza airport (later jailed); flight hijacked 10-10 Tue
 #    afternoon, lands in Mombasa 4:15 p.m., 22 women and children freed that night; 41 passengers and crew released
 #    10-11 Wed morning, hijacker surrenders 12:40 and is taken into custody; airline suspends the route 10-11;
 #    Tanzania's extradition request delivered 10-12 Thu; charged in Mombasa 10-13 Fri, airline resumes flights 10-13;
 #    hearing 10-27 Fri postponed to 11-08; papers sent 10-28 Sat; minister 10-29 Sun; hearing held 11-08 (2023-11);
 #    extradition approved 11-16 Thu; flown to Dar es Salaam 11-20 Mon; charged there 11-21 Tue; two colleagues
 #    questioned 2023-W46; airline statement 11-23 Thu; trial expected in January 2024 (plan)
 ("a1", "surrendered", None, S11), ("a1", "said", "Kenyan police said", S11), ("a1", "walked", None, S11),
 ("a1", "taken", None, S11), ("a1", "custody", None, S11), ("a1", "hurt", None, None),
 ("a1", "released", None, M11), ("a1", "talks", None, M11), ("a1", "said", "airport authority", S11),
 ("a1", "hijacked", None, H10), ("a1", "said", "who said he had a bomb", H10), ("a1", "forced", None, H10),
 ("a1", "fly", None, H10), ("a1", "landed", None, H10), ("a1", "freed", None, N10),
 ("a1", "told", None, {A}), ("a1", "ask", None, None), ("a1", "hand", None, None), ("a1", "face", None, None),
 ("a1", "said", "He will face justice", {A}), ("a1", "say", None, {A}), ("a1", "carried", None, H10),
 ("a1", "suspended", None, {A}),
 ("a2", "accused", None, None), ("a2", "hijacking", "accused of hijacking", H10), ("a2", "forcing", None, H10),
 ("a2", "charged", None, {"2023-10-13"}), ("a2", "remanded", None, {"2023-10-13"}), ("a2", "hearing", None, None),
 ("a2", "threat", None, H10), ("a2", "enter", None, None), ("a2", "said", "His lawyer said", {A}),
 ("a2", "asked", None, None), ("a2", "fight", None, None), ("a2", "send", None, None),
 ("a2", "delivered", None, {"2023-10-12"}), ("a2", "request", None, {"2023-10-12"}),
 ("a2", "surrendered", None, {"2023-10-11"}), ("a2", "seized", None, H10), ("a2", "carrying", None, None),
 ("a2", "freed", None, {"2023-10-10", "2023-10-11", "2023-10-11TMO"}), ("a2", "said", "interior ministry", {A}),
 ("a2", "demanded", None, {"2023-10-10", "2023-10-10TAF", "2023-10-11"}), ("a2", "speak", None, None),
 ("a2", "resumed", None, {"2023-10-13"}), ("a2", "denied", None, {A}),
 ("a3", "postponed", None, {"2023-10-27"}), ("a3", "hijacked", None, {"2023-10-10", "2023-10"}),
 ("a3", "said", "after prosecutors said", {"2023-10-27"}), ("a3", "sent", "documents sent", None),
 ("a3", "quoted", None, {A}), ("a3", "saying", None, {A}), ("a3", "moved", None, {"2023-10-27"}),
 ("a3", "hearing", "moved to November 8", None), ("a3", "said", "missing papers", {A}),
 ("a3", "sent", "had been sent on Saturday", {"2023-10-28"}),
 ("a3", "arrested", None, {"2023-10-11", "2023-10"}), ("a3", "standoff", None, {"2023-10-10", "2023-10-11", "2023-10"}),
 ("a3", "accuses", None, {A}), ("a3", "hijacking", None, {"2023-10-10", "2023-10"}), ("a3", "endangering", None, None),
 ("a3", "revived", None, {A}), ("a3", "overpowered", None, {"2019-08"}), ("a3", "tried", None, {"2019-08"}),
 ("a3", "board", None, None), ("a3", "jailed", None, None), ("a3", "said", "would not drop", {"2023-10-29"}),
 ("a3", "drop", None, None), ("a3", "request", None, None), ("a3", "expect", None, None), ("a3", "send", None, None),
 ("a3", "told", None, {"2023-10-29"}),
 ("a4", "flown", None, {"2023-11-20"}), ("a4", "called", None, {A, "2023-11-20"}), ("a4", "moved", None, None),
 ("a4", "hearing", None, {"2023-10-27"}), ("a4", "adjourned", None, {"2023-10-27"}),
 ("a4", "argued", None, {"2023-11", "2023-11-08"}), ("a4", "faced", None, None), ("a4", "persecution", None, None),
 ("a4", "rejected", None, {"2023-11-16"}), ("a4", "approved", None, {"2023-11-16"}), ("a4", "extradition", "approved the extradition", {"2023-11-16"}),
 ("a4", "appeal", None, None), ("a4", "landed", None, {"2023-11-20"}),
 ("a4", "charged", "was charged in Dar es Salaam", {"2023-11-21"}), ("a4", "asked", None, None),
 ("a4", "plead", None, None), ("a4", "trial", None, None), ("a4", "open", None, None), ("a4", "expected", None, None),
 ("a4", "hijacking", None, {"2023-10-10"}), ("a4", "seized", None, {"2023-10-10"}), ("a4", "gave", None, {"2023-10-11"}),
 ("a4", "installed", None, None), ("a4", "overpowered", None, {"2019"}), ("a4", "said", None, {"2023-11-23"}),
 ("a4", "questioned", None, {"2023-W46"}), ("a4", "charged", "but not charged", None),
 # B (2024): 2024-06 U.S. sanctions on two generals; 09-15 Sun dawn suspected chlorine raid on Kurmuk (4 killed,
 #    dozens sickened, 58 treated); 09-16 Mon army denial; 09-17 Tue OPCW asks for access; 09-25 Wed Sudan agrees;
 #    09-26 Thu OPCW announces; 09-28 Sat second (conventional) air raid on the market, two traders killed; 09-30 Mon
 #    inspectors' trip held back (no visas); 10-01 Tue OPCW "postponed, not cancelled", U.S. warning; 10-10 visas
 #    issued; 10-12 team arrives, five days of sampling (2024-10); 12-04 Wed report published, army rejects,
 #    SPLM-N welcomes, State Department comment; the clinic closed 2024-11
 ("b1", "asked", None, {A, "2024-09-17"}), ("b1", "access", None, None), ("b1", "said", "rebel group said", {A}),
 ("b1", "raid", None, D15), ("b1", "released", None, D15), ("b1", "killed", None, D15), ("b1", "sickened", None, D15),
 ("b1", "said", "said on Tuesday", {A, "2024-09-17"}), ("b1", "written", None, {A, "2024-09-16", "2024-09-17"}),
 ("b1", "seeking", None, {A, "2024-09-16", "2024-09-17"}), ("b1", "send", None, None),
 ("b1", "said", "Doctors at Kurmuk", {A}), ("b1", "treated", None, {A, "2024-09-15", "2024-09-15TMO"}),
 ("b1", "dropped", None, D15), ("b1", "said", "A nurse said", {A}), ("b1", "smelled", None, D15),
 ("b1", "control", None, None), ("b1", "accused", None, {A, "2024-09-15", "2024-09-16"}), ("b1", "using", None, D15),
 ("b1", "denied", None, {"2024-09-16"}), ("b1", "calling", None, {"2024-09-16"}),
 ("b1", "said", "struck only military targets", {"2024-09-16"}), ("b1", "struck", None, D15),
 ("b1", "called", None, {A}), ("b1", "investigation", None, None),
 ("b2", "fly", None, None), ("b2", "held", None, {A, "2024-09-30", "2024-10-01"}), ("b2", "issued", None, None),
 ("b2", "said", "the OPCW said", {A}), ("b2", "announced", None, {"2024-09-26"}), ("b2", "agreed", None, {"2024-09-25"}),
 ("b2", "visit", "let its experts visit", None), ("b2", "died", None, {"2024-09-15"}), ("b2", "attack", None, {"2024-09-15"}),
 ("b2", "spend", None, None), ("b2", "collecting", None, None), ("b2", "interviewing", None, None),
 ("b2", "postponed", None, {A, "2024-09-30", "2024-10-01"}), ("b2", "cancelled", None, None),
 ("b2", "said", "Ilse van Dijk said on Tuesday", {"2024-10-01"}), ("b2", "said", "foreign ministry said", {A}),
 ("b2", "processed", None, None), ("b2", "blamed", None, {A}), ("b2", "warned", None, {"2024-10-01"}),
 ("b2", "impose", None, None), ("b2", "obstructed", None, None), ("b2", "denies", None, {A}),
 ("b2", "dropping", None, None), ("b2", "said", "nothing to hide", {A}), ("b2", "told", None, {A}),
 ("b2", "raid", None, {"2024-09-28"}), ("b2", "hit", None, {"2024-09-28"}), ("b2", "killing", None, {"2024-09-28"}),
 ("b2", "comment", None, None), ("b2", "strike", None, {"2024-09-28"}),
 ("b3", "reach", None, {"2024-10-12", "2024-10"}), ("b3", "issued", None, {"2024-10-10"}),
 ("b3", "arrived", None, {"2024-10-12"}), ("b3", "collected", None, {"2024-10", "2024-10-12"}),
 ("b3", "interviewed", None, {"2024-10", "2024-10-12"}), ("b3", "report", "Their report", {"2024-12-04"}),
 ("b3", "published", None, {"2024-12-04"}), ("b3", "says", None, {A, "2024-12-04"}),
 ("b3", "used", None, {"2024-09-15"}), ("b3", "attack", None, {"2024-09-15"}), ("b3", "say", None, None),
 ("b3", "dropped", None, {"2024-09-15"}), ("b3", "rejected", None, {A, "2024-12-04"}),
 ("b3", "saying", None, {A, "2024-12-04"}), ("b3", "relied", None, None), ("b3", "welcomed", None, {A, "2024-12-04"}),
 ("b3", "joined", None, {"1999"}), ("b3", "imposed", None, {"2024-06"}), ("b3", "attacks", None, None),
 ("b3", "said", "State Department official", {"2024-12-04"}), ("b3", "considered", None, None),
 ("b3", "destroyed", None, {"2024-09-28"}), ("b3", "raid", None, {"2024-09-28"}), ("b3", "rebuilt", None, None),
 ("b3", "treated", None, None), ("b3", "closed", None, {"2024-11"}), ("b3", "fled", None, {"2024-11"}),
 # C (2025): 2016 an earlier plot "uncovered"; 03-04 Tue raids in Kabulonga, four arrested incl. an army captain,
 #    weapons found; 03-05 Wed police chief announces the foiled plot; 03-06 Thu presidential spokesman; 03-08 Sat the
 #    Ndola rally held under heavy security; 03-09 Sun night opposition headquarters searched; 03-10 Mon fifth suspect
 #    detained at Kasumbalesa; 03-11 Tue five charged with treason; 03-13 Thu Lungu questioned (summoned in c2);
 #    05-19 first hearing adjourned; 06-02 charges against the captain dropped, released; 06-09 files received;
 #    06-16 Mon trial opened; trial resumes 07-07 (plan)
 ("c1", "said", "Zambian police said", {A, "2025-03-05"}), ("c1", "foiled", None, {"2025-03-04", "2025-03-05"}),
 ("c1", "plot", "foiled a plot", None), ("c1", "kill", None, None), ("c1", "arrested", None, {"2025-03-04"}),
 ("c1", "raids", None, {"2025-03-04"}), ("c1", "quoted", None, {A}), ("c1", "saying", None, {"2025-03-05"}),
 ("c1", "said", "Davies Mwanza said", {A, "2025-03-05"}), ("c1", "found", None, {"2025-03-04"}),
 ("c1", "planned", None, None), ("c1", "attack", None, None), ("c1", "address", None, None), ("c1", "rally", None, None),
 ("c1", "said", "his spokesman said on Thursday", {A, "2025-03-06"}), ("c1", "tightened", None, {A}),
 ("c1", "denied", None, {A}), ("c1", "reported", None, {A}), ("c1", "worked", None, None),
 ("c1", "justify", None, None), ("c1", "said", "a party spokesman said", {A}), ("c1", "said", "fifth suspect", {A}),
 ("c1", "said", "In 2016", {"2016"}), ("c1", "uncovered", None, {"2016"}), ("c1", "convicted", None, None),
 ("c2", "arrested", "Police on Monday", {"2025-03-10"}), ("c2", "plot", None, None),
 ("c2", "addressed", None, {"2025-03-08"}), ("c2", "rally", "addressed a rally", {"2025-03-08"}),
 ("c2", "detained", None, {"2025-03-10"}), ("c2", "tried", None, {"2025-03-10"}), ("c2", "cross", None, None),
 ("c2", "said", "police said", {A}), ("c2", "arrested", "four men arrested last week", {"2025-W10", "2025-03-04"}),
 ("c2", "appeared", None, {"2025-03-11"}), ("c2", "charged", None, {"2025-03-11"}), ("c2", "granted", None, None),
 ("c2", "searched", None, C9), ("c2", "took", None, C9), ("c2", "summoned", None, {A}),
 ("c2", "questioning", None, None), ("c2", "called", None, {A}), ("c2", "search", None, C9),
 ("c2", "attack", None, None), ("c2", "said", "she would attend", {A}), ("c2", "attend", None, None),
 ("c2", "rally", "The rally on Saturday", {"2025-03-08"}), ("c2", "passed", None, {"2025-03-08"}),
 ("c2", "told", None, {"2025-03-08"}), ("c2", "intimidated", None, None), ("c2", "urged", None, {A}),
 ("c2", "respect", None, None), ("c2", "returns", None, None),
 ("c3", "trial", "The treason trial", {"2025-06-16"}), ("c3", "opened", None, {"2025-06-16"}),
 ("c3", "accused", None, None), ("c3", "plotting", None, None), ("c3", "spoke", None, {A}),
 ("c3", "start", None, None), ("c3", "delay", None, None), ("c3", "hearing", None, {"2025-05-19"}),
 ("c3", "adjourned", None, {"2025-05-19"}), ("c3", "disclosed", None, None), ("c3", "received", None, {"2025-06-09"}),
 ("c3", "dropped", None, {"2025-06-02"}), ("c3", "released", None, {"2025-06-02"}),
 ("c3", "questioned", "for six hours", {"2025-03", "2025-03-13"}), ("c3", "questioned", "on March 13", {"2025-03-13"}),
 ("c3", "charged", None, None), ("c3", "links", None, None), ("c3", "argue", None, None),
 ("c3", "arrested", None, None), ("c3", "looking", None, None), ("c3", "resumes", None, None),
 # D (2026): 2021 fire on a conservancy blamed on British soldiers; 01-15 Thu handover agreement signed in Nairobi;
 #    02-18 Wed residents block the camp gate, tear gas, seven arrested; 02-19 Thu the seven bailed; 02-20 Fri Kenya
 #    postpones the handover set for 03-02; 03-10 Tue compensation deal agreed in London; 03-20 Fri handover ceremony
 #    (flags, certificate signed) and a peaceful protest outside; 03-22 Sun last British soldiers leave; 03-27 Fri
 #    former workers march, dispersed with tear gas; charges against the seven dropped 2026-W13; 03-30 Mon defence
 #    ministry's plan for a peacekeeping school by 2027 (plan)
 ("d1", "postponed", None, {A, "2026-02-20"}), ("d1", "handover", "has postponed the handover", None),
 ("d1", "agrees", None, None), ("d1", "compensate", None, None), ("d1", "fire", None, {"2021"}),
 ("d1", "quoted", None, {A}), ("d1", "saying", None, {"2026-02-20"}), ("d1", "decision", None, {"2026-02-20"}),
 ("d1", "came", None, {"2026-02-20"}), ("d1", "fired", None, {"2026-02-18"}), ("d1", "blocked", None, {"2026-02-18"}),
 ("d1", "demanding", None, {"2026-02-18"}), ("d1", "arrested", None, {"2026-02-18"}),
 ("d1", "released", None, {"2026-02-19"}), ("d1", "agreement", None, {"2026-01-15"}), ("d1", "signed", None, {"2026-01-15"}),
 ("d1", "leave", None, None), ("d1", "hand", None, None), ("d1", "ending", None, None),
 ("d1", "said", "regretted", {A}), ("d1", "regretted", None, {A}), ("d1", "delay", None, {"2026-02-20"}),
 ("d1", "handover", "remained committed", None), ("d1", "said", "talks on compensation", {A}),
 ("d1", "talks", None, None), ("d1", "held", None, None), ("d1", "blaze", None, {"2021"}), ("d1", "burned", None, {"2021"}),
 ("d1", "blamed", None, None), ("d1", "say", None, {A}), ("d1", "damaged", None, None),
 ("d2", "hand", None, None), ("d2", "ceremony", None, None), ("d2", "set", None, None),
 ("d2", "postponed", None, {"2026-02", "2026-02-20"}), ("d2", "row", None, None), ("d2", "arriving", None, {A}),
 ("d2", "flew", None, L20), ("d2", "lowered", None, L20), ("d2", "raised", None, L20), ("d2", "signed", None, L20),
 ("d2", "applauded", None, L20), ("d2", "deal", None, {"2026-03-10"}), ("d2", "agreed", None, {"2026-03-10"}),
 ("d2", "pay", None, None), ("d2", "fire", None, {"2021"}), ("d2", "begin", None, None), ("d2", "staged", None, L20),
 ("d2", "protest", None, L20), ("d2", "saying", None, L20), ("d2", "laid", None, None), ("d2", "watched", None, L20),
 ("d2", "arrests", None, None), ("d2", "fly", None, None), ("d2", "said", None, {A}),
 ("d3", "left", None, {"2026-03-22"}), ("d3", "ceremony", None, {"2026-03-20"}), ("d3", "handed", None, {"2026-03-20"}),
 ("d3", "departure", None, {"2026-03-22"}), ("d3", "closed", None, {"2026-03-22"}), ("d3", "began", None, None),
 ("d3", "ended", None, None), ("d3", "agreement", None, {"2026-01", "2026-01-15"}), ("d3", "signed", None, {"2026-01", "2026-01-15"}),
 ("d3", "delayed", None, {"2026-02", "2026-02-20"}), ("d3", "blocked", None, {"2026-02", "2026-02-18"}),
 ("d3", "deal", None, {"2026-03-10"}), ("d3", "struck", None, {"2026-03-10"}), ("d3", "bought", None, None),
 ("d3", "marched", None, {"2026-03-27"}), ("d3", "demanding", None, {"2026-03-27"}),
 ("d3", "dispersed", None, {"2026-03-27"}), ("d3", "used", None, {"2026-02-18", "2026-02"}),
 ("d3", "arrested", "Nobody was arrested", None), ("d3", "dropped", None, {"2026-W13"}),
 ("d3", "arrested", "seven residents arrested in February", {"2026-02", "2026-02-18"}),
 ("d3", "said", None, {"2026-03-30"}), ("d3", "turn", None, None), ("d3", "offered", None, {A}),
 ("d3", "see", None, None), ("d3", "promised", None, None),
]

score_dates(sys.argv[1], EXPECTED)
