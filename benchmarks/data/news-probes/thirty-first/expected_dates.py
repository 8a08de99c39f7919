"""Hand-written expected dates (written before running chronicle) for the event mentions of
corpus.jsonl: (article, trigger, sentence hint or None, accepted). accepted: a set of TIMEX
values the mention's date_value may have (source text), "article" in the set = the article-date fallback
is right, None = not scored. A listed mention chronicle does not extract counts as MISSING (reported
apart from wrong dates). python expected_dates.py DB"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from probe_scoring import ARTICLE as A, score_dates  # noqa: E402

Y2019 = {"2019"}                                                      # two Taiwanese longliners suspended (apart)
SUS08 = {"2024-07-08"}                                                # the six licences suspended "yesterday"
MON08A = {A, "2024-07-08"}                                            # undated sayings and the denial in a1
BRD10 = {"2024-07-10"}                                                # a Chinese purse seiner boarded off Rennell (apart)
LET10 = {"2024-07-10", "2024-07-10TAF"}                               # ... let go "the same afternoon"
ESC11 = {"2024-07-11"}                                                # the Hanbit 7 escorted into Honiara
INT11 = {"2024-07-11", "2024-07-11TMO"}                               # intercepted "early on Thursday", captain held
QST11 = {"2024-07-11", "2024-07-11TMO", "2024-07-11TNI", "2024-07-12"}  # questioned "overnight"
PNG12 = {"2024-07-12"}                                                # the attaché declared persona non grata
FRI12A = {A, "2024-07-12"}                                            # the wire's undated sayings
TEL13 = {"2024-07-13"}                                                # the ambassador's call "on Saturday"
DEP14 = {"2024-07-14"}                                                # the attaché departed "on Sunday"
FIN18 = {"2024-07-18"}                                                # the captain fined "on July 18"
PPN19 = {"2024-07-19"}                                                # the talks "put off by a week on July 19"
MET29 = {"2024-07-29"}                                                # officials met and agreed "yesterday"
Y2018 = {"2018"}                                                      # 2018 in Jeddah / Asmara (apart)
Y2018S = {"2018-09", "2018"}                                          # "a peace agreement in Jeddah in September 2018"
SGN02 = {"2026-03-02"}                                                # the Assab agreement signed "on Monday"
RCL02 = {"2026-03-02", "2026-03-02TAF", "2026-03-02TEV"}              # the recall "hours after the signing"
MON02A = {A, "2026-03-02"}                                            # Eritrea's undated denial
WRN04 = {"2026-03-04"}                                                # Djibouti's warning "on Wednesday"
WRN04A = {A, "2026-03-04", "2026-03-05"}                              # Addis Ababa's undated answer to the warning
MAR05 = {"2026-03-05"}                                                # the Djibouti march broken up, 14 arrested
MAR05M = {"2026-03-05", "2026-03-05TMO"}                              # the marchers gathered "in the morning"
MAR05W = {"2026-03-05", "2026-W10"}                                 # "the 14 protesters arrested last week" (b3)
MAR05A = {A, "2026-03-05"}                                            # the police spokesman's undated saying
ADJ09 = {"2026-03-09"}                                                # the Monday sitting adjourned; protesters released
RAT10 = {"2026-03-10"}                                                # the ratification "on Tuesday"
WD11 = {"2026-03-11"}                                                 # the pull-back began "the next day"; Irob (apart)
M2026_03 = {"2026-03"}                                                # the op-ed's March
M2026_04 = {"2026-04"}                                                # the op-ed's April
WDR = {"2026-04", "2026-03", "2026-03-11"}                            # "the withdrawal" told from its start to its end
Y2023 = {"2023"}                                                      # the 2023 dockworkers' march (apart)
NOV2024 = {"2024-11"}                                                 # the November 2024 roadblocks (apart)
BLK07 = {"2025-07-07"}                                                # the strike's first day, the roadblocks
MON07A = {A, "2025-07-07"}                                            # c1's undated sayings
CLR09 = {"2025-07-09"}                                                # the Ocoña clearance "on Wednesday"
CLR09M = {"2025-07-09", "2025-07-09TMO"}                              # ... "at dawn on Wednesday"
AFT09A = {A, "2025-07-09", "2025-07-10"}                              # undated acts in c2 between the clearance and the article
PUN09 = {"2025-07-09"}                                                # the Puno road blocked "on Wednesday" (apart)
TLK14 = {"2025-07-14"}                                                # the truce talks began "on Monday"
TRC15 = {"2025-07-15", "2025-07-15TNI", "2025-07-15TEV"}              # the truce signed "late on Tuesday"
LFT16 = {"2025-07-16", "2025-07-16TMO", "2025-07-16TNI"}              # the Chala roadblock lifted "in the early hours of Wednesday"
ORD16 = {"2025-07-16", "2025-07-16TAF"}                               # the release ordered "on Wednesday afternoon"
CHG = {"2025-W28", "2025-07-09", "2025-07-10", "2025-07-11"}          # charged "last week" (after the arrest of the 9th)
RLY02 = {"2025-11-02"}                                                # Naseem's rally "a day before" his arrest
ARR03 = {"2025-11-03", "2025-11-03TMO", "2025-11-03TNI"}              # Naseem arrested "before dawn" (Nov 3 item)
ARR03D = {"2025-11-03"}                                               # "first arrested on November 3"
RMD04 = {"2025-11-04"}                                                # remand, supporters dispersed, nine detained
RMD04A = {A, "2025-11-04"}                                            # "police said" in the Nov 4 item
DLH05 = {"2025-11-05"}                                                # Delhi's statement and denial; Sri Lanka's arrests (apart)
CAL06 = {"2025-11-06"}                                                # the march called
BAN12 = {"2025-11-12"}                                                # the route closed "on Wednesday"
BAN13 = {"2025-11-13"}                                                # the ban withdrawn "the next day"
MAR14 = {"2025-11-14"}                                                # the Friday march, two organisers held
ARR15 = {"2025-11-15", "2025-11-15TNI"}                               # the second MP arrested "on Saturday night" (apart)
BAIL17 = {"2025-11-17"}                                               # Naseem freed on bail "yesterday"

EXPECTED = [
 # A (2024): 2019 apart; Mon 07-08 (licences suspended); a1 Tue 07-09; Wed 07-10 (suspension in force at night; a Chinese
 #    purse seiner boarded, apart); Thu 07-11 (the Hanbit 7 intercepted and escorted, the captain held); a2 Fri 07-12
 #    (the attaché expelled); Sat 07-13 (the ambassador's call); Sun 07-14 (the attaché leaves); Mon 07-15 (the Hansard
 #    session); a3 Tue 07-16; Thu 07-18 (the captain fined); Fri 07-19 (the talks put off); Mon 07-29 (talks, agreement);
 #    a4 Tue 07-30.
 ("a1", "suspended", "yesterday suspended", SUS08), ("a1", "accusing", None, SUS08), ("a1", "under-reporting", None, None),
 ("a1", "said", "Ghiro said", MON08A), ("a1", "suspension", None, None), ("a1", "take", None, None), ("a1", "effect", None, None),
 ("a1", "leave", None, None), ("a1", "fishing", None, None), ("a1", "arrested", None, None), ("a1", "told", None, MON08A),
 ("a1", "denied", None, MON08A), ("a1", "misreporting", None, None), ("a1", "said", "denied any misreporting", MON08A),
 ("a1", "challenge", None, None), ("a1", "said", "accredited to Honiara", MON08A), ("a1", "seek", None, None),
 ("a1", "consultations", None, None), ("a1", "suspended", "In 2019", Y2019), ("a1", "dispute", None, None),
 ("a2", "declared", None, PNG12), ("a2", "gave", None, PNG12), ("a2", "leave", None, None), ("a2", "escorted", None, ESC11),
 ("a2", "accused", None, PNG12), ("a2", "advising", None, None), ("a2", "fishing", None, None), ("a2", "suspension", None, None),
 ("a2", "took", None, None), ("a2", "effect", None, None), ("a2", "intercepted", None, INT11), ("a2", "detained", None, INT11),
 ("a2", "questioned", None, QST11), ("a2", "said", "expulsion was", FRI12A), ("a2", "expulsion", None, PNG12),
 ("a2", "called", None, FRI12A), ("a2", "said", "would consider", FRI12A), ("a2", "consider", None, None),
 ("a2", "measures", None, None), ("a2", "say", None, None), ("a2", "expel", None, None), ("a2", "boarded", None, BRD10),
 ("a2", "let", None, LET10), ("a2", "go", None, LET10),
 ("a3", "tell", None, None), ("a3", "expulsion", "put at risk", PNG12), ("a3", "put", None, None), ("a3", "departed", None, DEP14),
 ("a3", "suspended", None, None), ("a3", "telephoned", None, TEL13), ("a3", "agreed", None, TEL13), ("a3", "meet", None, None),
 ("a3", "expulsion", "requested by another", PNG12), ("a3", "requested", None, None), ("a3", "asked", None, None),
 ("a3", "acted", None, PNG12), ("a3", "report", None, None),
 ("a4", "return", None, None), ("a4", "met", None, MET29), ("a4", "agreed", None, MET29), ("a4", "restore", None, None),
 ("a4", "talks", None, None), ("a4", "set", None, None), ("a4", "put", None, PPN19), ("a4", "request", None, None),
 ("a4", "agreement", None, MET29), ("a4", "pay", None, None), ("a4", "penalty", None, None), ("a4", "suspended", None, None),
 ("a4", "fined", None, FIN18), ("a4", "intercepted", None, INT11), ("a4", "flown", None, None), ("a4", "named", None, None),
 ("a4", "expulsion", None, PNG12),
 # B (2026): Sep 2018 (Jeddah) and 2018 (Asmara) apart; Mon 03-02 (the Assab agreement signed, Djibouti's recall);
 #    b1 Tue 03-03; Wed 03-04 (Djibouti's warning); Thu 03-05 (the Djibouti march broken up, 14 arrested); b2 Fri 03-06;
 #    Mon 03-09 (the sitting adjourned; the 14 freed); Tue 03-10 (ratified); Wed 03-11 (the pull-back begins; Eritrea
 #    leaves two Irob villages, apart); b3 Thu 03-12; late April (the pull-back completed; the ambassador back); b4 Mon 05-04.
 ("b1", "signed", "signed an agreement in Asmara", SGN02), ("b1", "agreement", "signed an agreement in Asmara", SGN02),
 ("b1", "ending", None, None), ("b1", "tension", None, None), ("b1", "search", None, None), ("b1", "pull", None, None),
 ("b1", "meet", None, None), ("b1", "submit", None, None), ("b1", "ratification", None, None), ("b1", "handles", None, None),
 ("b1", "recalled", None, RCL02), ("b1", "consultations", None, None), ("b1", "signing", None, SGN02),
 ("b1", "denied", None, MON02A), ("b1", "allowed", None, None), ("b1", "signed", "Jeddah", Y2018S),
 ("b1", "agreement", "Jeddah", Y2018S), ("b1", "opened", None, Y2018), ("b1", "closed", None, None),
 ("b2", "fired", None, MAR05), ("b2", "break", None, None), ("b2", "march", "break up a march", MAR05),
 ("b2", "arrested", "and arrested 14", MAR05), ("b2", "said", "witnesses said", {A}), ("b2", "gathered", None, MAR05M),
 ("b2", "said", "police spokesman", MAR05A), ("b2", "arrested", "those arrested", MAR05), ("b2", "appear", None, None),
 ("b2", "warned", None, WRN04), ("b2", "raise", None, None), ("b2", "ratified", None, None), ("b2", "called", None, WRN04A),
 ("b2", "warning", None, WRN04), ("b2", "vote", None, None), ("b2", "ratification", None, None),
 ("b2", "march", "in 2023", Y2023), ("b2", "ended", None, Y2023),
 ("b3", "ratified", None, RAT10), ("b3", "planned", None, None), ("b3", "adjourned", None, ADJ09), ("b3", "translated", None, None),
 ("b3", "pull-back", None, WD11), ("b3", "began", None, WD11), ("b3", "left", None, WD11), ("b3", "moved", None, WD11),
 ("b3", "said", "moved to Dubti", {A}), ("b3", "said", "no Eritrean", {A}), ("b3", "seen", None, None),
 ("b3", "movements", None, None), ("b3", "move", None, WD11), ("b3", "withdrew", None, WD11), ("b3", "held", None, None),
 ("b3", "told", None, {A}), ("b3", "arrested", None, MAR05W), ("b3", "released", None, ADJ09), ("b3", "charge", None, None),
 ("b4", "signed", None, M2026_03), ("b4", "promised", "first Ethiopian trucks", M2026_03), ("b4", "reach", None, None),
 ("b4", "withdrawal", None, WDR), ("b4", "finished", None, None), ("b4", "completed", None, M2026_04), ("b4", "met", None, None),
 ("b4", "recalled", None, M2026_03), ("b4", "sent", None, M2026_04), ("b4", "visited", None, M2026_04),
 ("b4", "promised", "keep at least", M2026_04), ("b4", "promise", None, M2026_04), ("b4", "foreseen", None, None),
 ("b4", "embraced", None, Y2018),
 # C (2025): Nov 2024 apart; Mon 07-07 (the strike's first day, roadblocks at Chala and Ocoña); c1 Tue 07-08; Wed 07-09
 #    (the Ocoña clearance at dawn, a miner shot dead, eleven arrested; Puno road blocked, apart); Thu 07-10 (the Lima
 #    march, planned, postponed); c2 Fri 07-11; Mon 07-14 (truce talks begin); Tue 07-15 late (the truce signed); Wed
 #    07-16 (Chala lifted in the early hours; the release ordered in the afternoon); c3 Thu 07-17.
 ("c1", "blocked", "Thousands", BLK07), ("c1", "strike", None, BLK07), ("c1", "closure", None, None), ("c1", "stranding", None, BLK07),
 ("c1", "said", "Confemin", MON07A), ("c1", "march", None, None), ("c1", "said", "Interior Minister", MON07A),
 ("c1", "clear", None, None), ("c1", "warned", None, MON07A), ("c1", "prosecuted", None, None),
 ("c1", "blocked", "November 2024", NOV2024),
 ("c2", "misstated", None, None), ("c2", "clearance", None, CLR09), ("c2", "cleared", "not on Tuesday", CLR09),
 ("c2", "shot", None, CLR09M), ("c2", "injured", None, CLR09M), ("c2", "cleared", "when police cleared", CLR09M),
 ("c2", "firing", None, CLR09M), ("c2", "used", None, None), ("c2", "arrested", None, CLR09M), ("c2", "said", None, AFT09A),
 ("c2", "opened", None, AFT09A), ("c2", "investigation", None, AFT09A), ("c2", "death", None, CLR09M),
 ("c2", "denied", None, AFT09A), ("c2", "postponed", None, AFT09A), ("c2", "march", None, None), ("c2", "planned", None, None),
 ("c2", "invited", None, AFT09A), ("c2", "talks", None, None), ("c2", "blocked", None, PUN09), ("c2", "protest", None, PUN09),
 ("c3", "signed", None, TRC15), ("c3", "truce", "signed a 30-day truce", TRC15), ("c3", "talks", "two days of talks", None),
 ("c3", "lifted", None, LFT16), ("c3", "ending", None, None), ("c3", "strike", "nine-day strike", None),
 ("c3", "extend", None, None), ("c3", "release", "release the eleven", None), ("c3", "arrested", None, CLR09M),
 ("c3", "charged", None, CHG), ("c3", "obstructing", None, None), ("c3", "ordered", None, ORD16),
 ("c3", "release", "ordered their release", ORD16), ("c3", "said", None, {A}), ("c3", "resume", None, None),
 ("c3", "strike", "resume the strike", None), ("c3", "pass", None, None), ("c3", "talks", "truce talks began", TLK14),
 ("c3", "began", None, TLK14), ("c3", "started", None, BLK07), ("c3", "strike", "the strike started", BLK07),
 # D (2025): Sun 11-02 (the rally); Mon 11-03 before dawn (Naseem arrested); Tue 11-04 (remand, supporters dispersed,
 #    nine detained); Wed 11-05 (Delhi's statement and denial; Sri Lanka arrests Indian fishermen, apart); Thu 11-06 (the
 #    march called); d1 Fri 11-07; Wed 11-12 (the route closed); Thu 11-13 (the ban withdrawn); Fri 11-14 (the march, two
 #    organisers held); Sat 11-15 night (a second MP arrested, apart); Mon 11-17 (bail, the remand overturned); d2 Tue 11-18.
 ("d1", "arrested", "Police arrested opposition", ARR03), ("d1", "charges", None, None), ("d1", "inciting", None, None),
 ("d1", "addressed", None, RLY02), ("d1", "rally", None, RLY02), ("d1", "sale", None, None), ("d1", "remanded", None, RMD04),
 ("d1", "gathered", None, RMD04), ("d1", "dispersed", None, RMD04), ("d1", "said", "police said", RMD04A),
 ("d1", "detained", None, RMD04), ("d1", "said", "External Affairs", DLH05), ("d1", "following", None, None),
 ("d1", "denied", None, DLH05), ("d1", "report", None, None), ("d1", "met", None, None),
 ("d1", "arrested", "Sri Lanka's navy", DLH05), ("d1", "seized", None, DLH05), ("d1", "called", None, CAL06),
 ("d1", "march", None, None), ("d1", "demand", None, None), ("d1", "release", None, None),
 ("d2", "released", None, BAIL17), ("d2", "marched", None, MAR14), ("d2", "overturned", None, BAIL17),
 ("d2", "march", "Friday's march", MAR14), ("d2", "held", None, MAR14), ("d2", "letting", None, None), ("d2", "tried", None, None),
 ("d2", "stop", None, None), ("d2", "march", "tried to stop", None), ("d2", "saying", None, BAN12), ("d2", "closed", None, None),
 ("d2", "withdrew", None, BAN13), ("d2", "ban", None, BAN12), ("d2", "investigation", None, None),
 ("d2", "arrested", "second opposition MP", ARR15), ("d2", "charges", None, None), ("d2", "misusing", None, None),
 ("d2", "arrested", "first arrested", ARR03D), ("d2", "spent", None, None),
]

score_dates(sys.argv[1], EXPECTED)
