"""Hand-written expected dates (written before running chronicle) for the event mentions of
corpus.jsonl: (article, trigger, sentence hint or None, accepted). accepted: a set of TIMEX
values the mention's date_value may have (source text), "article" in the set = the article-date fallback
is right, None = not scored. A listed mention chronicle does not extract counts as MISSING (reported
apart from wrong dates). python expected_dates.py DB"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from probe_scoring import ARTICLE as A, score_dates  # noqa: E402

DMG12 = {"2023-11-12", "2023-11-12T03:40", "2023-11-12TNI", "2023-11-12TMO"}  # the cable damaged at about 3:40 a.m., Sunday
NAV13 = {"2023-11-13"}                                          # Latvia's navy names the ship, Monday
BRD14 = {"2023-11-14"}                                          # the Marta K boarded and escorted, Tuesday
DEN15 = {"2023-11-15"}                                          # the owner's denial ("Wednesday, 15 November:")
QST16 = {"2023-11-16"}                                          # captain and crew questioned ("Thursday, 16 November:")
FRI17 = {"2023-11-17"}                                          # the prosecutor tells reporters; NATO's announcement
SAT18 = {"2023-11-18"}                                          # Latvia's prime minister speaks
ARR20 = {"2023-11-20", "2023-11-20TAF"}                         # the repair vessel arrives ("due ... this afternoon")
REL21 = {"2023-11-21"}                                          # the Marta K released
DEN48 = {"2023-W48", "2023-11-27", "2023-11-28", "2023-11-29", "2023-11-30", "2023-12-01"}  # denied again "last week"
RES01 = {"2023-12-01"}                                          # traffic restored; the patrols begin, Friday
HAN03 = {"2023-12-03"}                                          # the Estonia-Finland power cable shuts down, Sunday
FIRE11 = {"2024-09-11", "2024-09-11TNI", "2024-09-11TEV"}       # gunmen fire on the patrol late on Wednesday
CLS12 = {"2024-09-12"}                                          # Jarinje closed, Thursday
DEN13 = {"2024-09-13"}                                          # Belgrade's denial, Friday
KF14 = {"2024-09-14"}                                           # KFOR sends patrols, Saturday the 14th
MON23 = {"2024-09-23"}                                          # two suspects arrested ("yesterday"); the officer leaves hospital
PUT = {"2024-09-13", "2024-09-14", "2024-09-15", "2024-09-16", "2024-09-17", "2024-W37", "2024-W38"}  # the talks put off (day not given)
TLK24 = {"2024-09-24"}                                          # the Brussels talks, the reopening agreed, the court order
OPN24 = TLK24 | {"2024-09-24T09:05", "2024-09-24TMO"}           # the talks open (09:05 entry)
END24 = TLK24 | {"2024-09-24T17:55", "2024-09-24TEV", "2024-09-24TAF"}  # the talks end, the reopening agreed (17:55 entry)
MID24 = TLK24 | {"2024-09-24T14:20", "2024-09-24TAF"}           # Jovic repeats the denial (14:20 entry)
REO25 = {"2024-09-25", "2024-09-25TMO", "2024-09-25T06:00"}     # Jarinje reopened at dawn, Wednesday
MER25 = {"2024-09-25", "2024-09-25TAF"}                         # the Merdare crossing closed Wednesday afternoon
BLK03 = {"2025-03-03"}                                          # the blockade begins, Monday
SUS06 = {"2025-03-06"}                                          # Andes Cobre suspends operations (statement on Thursday)
GOV07 = {"2025-03-07"}                                          # the government's invitation, Friday
CL08 = {"2025-03-08"}                                           # the clearing attempt: a death, 14 detained, Saturday
CL08N = CL08 | {"2025-03-08TNI", "2025-03-08TEV"}               # the road blocked again by nightfall
SUN09 = {"2025-03-09"}                                          # the minister's denial; the Sucumbios protest ends
REL10 = {"2025-03-10"}                                          # the 14 ordered released, Monday
PP = {"2025-03-09", "2025-03-10", "2025-03-11", "2025-W10", "2025-W11", A}  # the talks postponed (day not given)
AUT12 = {"2025-03-12"}                                          # the autopsy released; the inquiry opened, Wednesday
BUR13 = {"2025-03-13"}                                          # Chumpi buried, Thursday
TLK19 = {"2025-03-19"}                                          # the Zamora talks and the agreement
LIF20 = {"2025-03-20"}                                          # the blockade lifted, Thursday
RSM24 = {"2025-03-24"}                                          # work resumed, Monday
ANN02 = {"2026-02-02"}                                          # the deal announced, Monday
VOID04 = {"2026-02-04"}                                         # Somalia's cabinet declares any deal void
SGN05 = {"2026-02-05"}                                          # the concession signed; the Taiwan fisheries agreement
SUM06 = {"2026-02-06"}                                          # India's ambassador summoned, a protest note handed
IND07 = {"2026-02-07"}                                          # India's statement, Saturday
RAL08 = {"2026-02-08"}                                          # the Hargeisa rally, Sunday
DRG09 = {"2026-02-09"}                                          # dredging begins, Monday
PP10 = {"2026-02-10"}                                           # the vote postponed, Tuesday
PAS17 = {"2026-02-17"}                                          # the motion passed
UNL28 = {"2026-02-28"}                                          # the first grain ship unloads, Saturday

EXPECTED = [
 # A (2023): 2022 (a Shetland cable cut) apart; 11-12 Sun ~03:40 (the cable damaged); 11-13 Mon (the navy names the
 #    Marta K); a1 Tue 11-14 (boarded, escorted; questioning and a repair ship next week planned); 11-15 Wed (denial);
 #    11-16 Thu (questioned); 11-17 Fri (the prosecutor speaks; NATO announces patrols from December); 11-18 Sat (the
 #    PM); a2 Mon 11-20 (round-up; repair vessel due this afternoon); 11-21 Tue (ship released); the week of 11-27 (a
 #    second denial); 12-01 Fri (restored, patrols begin); 12-03 Sun (Hanko power cable, apart); a3 Mon 12-04 (Q&A).
 ("a1", "boarded", None, BRD14), ("a1", "said", "prosecutors said", {A}), ("a1", "damaged", None, DMG12),
 ("a1", "stopped", None, DMG12), ("a1", "said", "navy said on Monday", NAV13), ("a1", "crossed", None, DMG12),
 ("a1", "dragging", None, DMG12), ("a1", "escorted", None, BRD14 | {A}), ("a1", "held", None, None),
 ("a1", "question", None, None), ("a1", "said", "prosecution authority said", {A}), ("a1", "reach", None, None),
 ("a1", "cut", None, {"2022"}), ("a1", "called", None, None),
 ("a2", "denied", None, DEN15), ("a2", "damaged", None, None), ("a2", "said", "statement said", DEN15),
 ("a2", "lost", None, None), ("a2", "questioned", None, QST16), ("a2", "found", None, QST16 | {"2023-W46"}),
 ("a2", "told", None, FRI17), ("a2", "announced", None, FRI17), ("a2", "send", None, None),
 ("a2", "patrol", None, None), ("a2", "called", None, SAT18), ("a2", "damage", None, DMG12),
 ("a2", "attack", None, None), ("a2", "repairs", None, None),
 ("a3", "restored", None, RES01), ("a3", "spliced", None, None), ("a3", "arrived", None, ARR20),
 ("a3", "released", None, REL21), ("a3", "boarded", None, BRD14), ("a3", "allowed", None, REL21),
 ("a3", "leave", None, None), ("a3", "continues", None, None), ("a3", "said", "might still charge", {A} | REL21),
 ("a3", "charge", None, None), ("a3", "denied", None, DEN48), ("a3", "began", None, RES01),
 ("a3", "patrolling", None, RES01), ("a3", "announced", None, FRI17), ("a3", "shut", None, HAN03),
 ("a3", "said", "no ship", {A} | HAN03),
 # B (2024): 2022 (Serb barricades) apart; 09-11 Wed late (the patrol ambushed); 09-12 Thu (Jarinje closed); b1 Fri
 #    09-13 (Belgrade's denial; talks next Tuesday 09-17, put off a week); 09-14 Sat (KFOR patrols); 09-23 Mon (two
 #    arrests; the officer leaves hospital); b2 Tue 09-24 (live blog: talks opened 09:05, ended 17:55, reopening agreed;
 #    court order); 09-25 Wed (reopened at dawn; Merdare closed in the afternoon, apart); b3 Thu 09-26.
 ("b1", "closed", None, CLS12), ("b1", "opened", None, FIRE11), ("b1", "fire", None, FIRE11),
 ("b1", "wounding", None, FIRE11), ("b1", "said", "Krasniqi said", {A} | CLS12), ("b1", "fled", None, FIRE11 | CLS12),
 ("b1", "stay", None, None), ("b1", "denied", None, DEN13), ("b1", "called", None, DEN13),
 ("b1", "said", "Serbian officials said", {A} | DEN13), ("b1", "raise", None, None), ("b1", "talks", None, None),
 ("b1", "blocked", None, {"2022"}),
 ("b2", "ended", None, END24), ("b2", "says", "Lindqvist", {A} | END24), ("b2", "agreed", None, END24),
 ("b2", "reopen", None, None), ("b2", "tells", None, {A} | MID24), ("b2", "sheltered", None, None),
 ("b2", "repeats", None, MID24), ("b2", "denial", None, DEN13), ("b2", "issued", None, DEN13),
 ("b2", "say", None, {A}), ("b2", "attack", None, FIRE11), ("b2", "arrested", None, MON23),
 ("b2", "talks", "first set", OPN24), ("b2", "put", None, PUT), ("b2", "request", None, PUT),
 ("b2", "opened", None, OPN24), ("b2", "shut", None, CLS12), ("b2", "sent", None, KF14), ("b2", "says", "calm", {A}),
 ("b3", "reopened", None, REO25), ("b3", "closed", "thirteen days", CLS12), ("b3", "crossed", None, REO25),
 ("b3", "said", "police said", {A}), ("b3", "reopening", None, REO25), ("b3", "agreed", None, TLK24),
 ("b3", "talks", None, TLK24), ("b3", "staff", None, None), ("b3", "ordered", None, TLK24), ("b3", "held", None, None),
 ("b3", "left", None, MON23), ("b3", "closed", "Merdare", MER25), ("b3", "threat", None, MER25),
 ("b3", "proved", None, None),
 # C (2025): 2019 (an earlier blockade) apart; 1998/2021/2023 (Chumpi's life); 03-03 Mon (blockade begins); 03-06 Thu
 #    (the company's statement, operations suspended); c1 Fri 03-07 (the government's invitation to talks 03-12);
 #    03-08 Sat (the clearing attempt: Chumpi dies, 14 detained; Sucumbios blockade apart); 03-09 Sun (denial); 03-10
 #    Mon (release ordered); c2 Tue 03-11 (talks postponed a week); 03-12 Wed (autopsy, inquiry); 03-13 Thu (burial);
 #    c3 Fri 03-14 (profile); 03-19 Wed (talks, agreement); 03-20 Thu (lifted); 03-24 Mon (resumed); c4 Wed 03-26.
 ("c1", "suspended", None, SUS06 | {A}), ("c1", "blocked", "since Monday", BLK03), ("c1", "said", "in a statement", SUS06),
 ("c1", "taken", None, SUS06), ("c1", "suspend", None, SUS06), ("c1", "protect", None, None),
 ("c1", "said", "the statement said", SUS06), ("c1", "remain", None, None), ("c1", "resume", None, None),
 ("c1", "restored", None, None), ("c1", "reject", None, SUS06), ("c1", "requested", None, None),
 ("c1", "accuse", None, {A}), ("c1", "polluting", None, None), ("c1", "revoked", None, None),
 ("c1", "said", "on Friday", GOV07), ("c1", "invite", None, None), ("c1", "talks", None, None),
 ("c1", "lifted", None, {"2019"}), ("c1", "blockade", "In 2019", {"2019"}),
 ("c2", "died", None, CL08), ("c2", "detained", None, CL08), ("c2", "tried", None, CL08), ("c2", "clear", None, CL08),
 ("c2", "said", "ombudsman said", {A}), ("c2", "fired", None, CL08), ("c2", "blocked", "by nightfall", CL08N),
 ("c2", "denied", None, SUN09), ("c2", "used", None, None), ("c2", "said", "autopsy would", SUN09),
 ("c2", "establish", None, None), ("c2", "ordered", None, REL10), ("c2", "released", None, REL10),
 ("c2", "said", "not attend", {A}), ("c2", "attend", None, None), ("c2", "talks", None, None),
 ("c2", "buried", None, None), ("c2", "postponed", None, PP), ("c2", "meeting", None, None),
 ("c2", "clash", None, CL08), ("c2", "blocked", "Kichwa", CL08), ("c2", "ended", None, SUN09),
 ("c3", "killed", None, CL08), ("c3", "moved", None, CL08), ("c3", "buried", None, BUR13), ("c3", "born", None, {"1998"}),
 ("c3", "trained", None, None), ("c3", "returned", None, {"2021"}), ("c3", "teach", None, None),
 ("c3", "joined", None, {"2023"}), ("c3", "died", "fish died", {"2023"}), ("c3", "began", None, BLK03),
 ("c3", "released", None, AUT12), ("c3", "found", None, AUT12), ("c3", "died", "head wound", CL08),
 ("c3", "fired", None, CL08), ("c3", "opened", None, AUT12), ("c3", "inquiry", None, AUT12),
 ("c3", "said", "His sister", {A}), ("c3", "planned", None, None), ("c3", "marry", None, None),
 ("c4", "lifted", None, LIF20), ("c4", "agreed", None, TLK19), ("c4", "audit", None, None), ("c4", "talks", None, TLK19),
 ("c4", "held", None, TLK19), ("c4", "ended", None, TLK19), ("c4", "agreement", "signed agreement", TLK19),
 ("c4", "resumed", None, RSM24), ("c4", "said", "the company said", {A}), ("c4", "promised", None, None),
 ("c4", "carry", None, None), ("c4", "pay", None, None), ("c4", "said", "block the road", {A}),
 ("c4", "block", None, None), ("c4", "found", None, None),
 # D (2026): 2017 (DP World concession) apart; 02-02 Mon (deal announced); 02-04 Wed (declared void); 02-05 Thu
 #    (signed; Taiwan fisheries deal apart); d1 Fri 02-06 (summons; first ship by month's end); 02-07 Sat (India);
 #    02-08 Sun (rally); 02-09 Mon (dredging); 02-10 Tue (vote postponed); d2 Wed 02-11; 02-17 Tue (motion passed);
 #    02-28 Sat (first ship); d3 Mon 03-02 (African Union and a second ship planned, never told).
 ("d1", "signed", None, SGN05), ("d1", "giving", None, None), ("d1", "build", None, None),
 ("d1", "declared", None, VOID04), ("d1", "said", "Farah", {A}), ("d1", "dock", None, None),
 ("d1", "announced", None, ANN02), ("d1", "summoned", None, SUM06), ("d1", "handed", None, SUM06),
 ("d1", "said", "ministry official said", {A} | SUM06), ("d1", "gave", None, {"2017"}),
 ("d2", "rallied", None, RAL08), ("d2", "waving", None, RAL08), ("d2", "vote", None, None),
 ("d2", "postponed", None, PP10), ("d2", "turned", None, PP10), ("d2", "said", "speaker's office said", {A} | PP10),
 ("d2", "said", "purely commercial", IND07), ("d2", "amount", None, None), ("d2", "rejecting", None, IND07),
 ("d2", "protest", None, SUM06), ("d2", "told", None, {A}), ("d2", "began", None, DRG09), ("d2", "dredging", None, DRG09),
 ("d2", "said", "changes nothing", {A}), ("d2", "summons", None, SUM06), ("d2", "changes", None, None),
 ("d2", "signed", None, SGN05),
 ("d3", "unloaded", None, UNL28), ("d3", "use", None, None), ("d3", "signed", None, SGN05), ("d3", "passed", None, PAS17),
 ("d3", "condemning", None, None), ("d3", "vote", None, None), ("d3", "asks", None, None), ("d3", "take", None, None),
 ("d3", "done", None, None), ("d3", "said", None, {A}), ("d3", "receive", None, None),
]

score_dates(sys.argv[1], EXPECTED)
