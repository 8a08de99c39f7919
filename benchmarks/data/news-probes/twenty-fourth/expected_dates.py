"""Hand-written expected dates (written before running chronicle) for the event mentions of
corpus.jsonl: (article, trigger, sentence hint or None, accepted). accepted: a set of TIMEX
values the mention's date_value may have (source text), "article" in the set = the article-date fallback
is right, None = not scored. A listed mention chronicle does not extract counts as MISSING (reported
apart from wrong dates). python expected_dates.py DB"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from probe_scoring import ARTICLE as A, score_dates  # noqa: E402

RAID = {"2023-10-17"}                                           # the commission's headquarters raided, Tuesday
Q18 = {"2023-10-18"}                                            # the chairman questioned and released, Wednesday
RALLY = {"2023-10-21"}                                          # the rally on Sukhbaatar Square, Saturday
ILL22 = {"2023-10-22", "2023-10-22TEV"}                         # the chairman tells the committee he is ill, Sunday evening
PP23 = {"2023-10-23"}                                           # the hearing's postponement announced, Monday
ARR27 = {"2023-10-27"}                                          # the chairman arrested, Friday
REM30 = {"2023-10-30"}                                          # the court orders him held, Monday ("yesterday" at the hearing)
H31 = {"2023-10-31"}                                            # the committee hearing held, Tuesday
OLD16 = {"2016", "2016-06"}                                     # the similar raid of June 2016
S03 = {"2024-06-03"}                                            # the residents' strike begins, Monday
W04 = {"2024-06-04"}                                            # the health ministry's warning, Tuesday
TP = {"2024-06-05", "2024-06-06", "2024-W23"}                   # the Thursday talks postponed (day not given)
M07 = {"2024-06-07", "2024-06-07TEV", "2024-06-07T17:00"}       # the march to the Legislative Palace, Friday evening
SUN09 = {"2024-06-09"}                                          # the health minister's comments, Sunday
T11 = {"2024-06-11", "2024-06-11TMO"}                           # talks begin, Tuesday morning
SG12 = {"2024-06-12", "2024-06-12T00:00", "2024-06-11T24:00", "2024-06-12TNI"}  # signed just after midnight
AS12 = {"2024-06-12", "2024-06-12TEV"}                          # the assembly approves, suspends the strike, Wednesday evening
DK14 = {"2025-09-14", "2025-09-14TNI"}                          # the Koro Spirit docks, Sunday night
DT15 = {"2025-09-15", "2025-09-15TMO"}                          # the ferry detained, Monday morning
AR15 = {"2025-09-15", "2025-09-15TAF", "2025-09-15TEV"}         # the master arrested later that day
FL17 = {"2025-09-17"}                                           # passengers flown to Nadi ("the previous day" in court)
CT18 = {"2025-09-18"}                                           # first appearance, bail, adjourned, Thursday
PL25 = {"2025-09-25", "2025-W39"}                               # guilty plea and fine ("last week")
RL30 = {"2025-09-30"}                                           # the ferry released, Tuesday
AN02 = {"2026-02-02"}                                           # Lesotho announces the cut, Monday
DN02 = {"2026-02-02", "2026-02-02TEV", "2026-02-02TNI"}         # Pretoria's reply, late on Monday
MT10 = {"2026-02-10", "2026-02-10TMO"}                          # the ministers meet in Maseru, Tuesday
PY27 = {"2026-02-27"}                                           # South Africa pays 300 million rand, Friday
CUT02 = {"2026-03-02", "2026-03-02TMO", "2026-03-02T06:00"}     # flows halved, Monday morning
TU03 = {"2026-03-03"}                                           # restrictions; villagers' protest and arrests, Tuesday
SG12D = {"2026-03-12"}                                          # the agreement signed in Pretoria, Thursday
FR13 = {"2026-03-13"}                                           # remaining payment; bail, Friday
RE14 = {"2026-03-14"}                                           # full flows restored, Saturday

EXPECTED = [
 # A (2023): 2016-06 (a similar raid) apart; 2022-03-09 (contract signed); 10-17 Tue (raid); 10-18 Wed (chairman
 #    questioned, released, denies); a1 Thu 10-19 (rally called for Saturday, a hearing next Tuesday); 10-21 Sat (rally,
 #    two egg-throwers detained); 10-22 Sun evening (chairman reports ill); 10-23 Mon (postponement announced); a2 Tue
 #    10-24 (Montsame, "scheduled for today"); 10-27 Fri (arrest); 10-30 Mon (remand); 10-31 Tue (hearing held); a3 Wed
 #    11-01 (transcript of the hearing: its "yesterday" is 10-30); test, publish, resolution vote (plans, never told).
 ("a1", "raided", None, RAID), ("a1", "seized", None, RAID), ("a1", "said", "seized computer servers", {A}),
 ("a1", "search", "The search was linked", RAID), ("a1", "said", "in a statement", {A}), ("a1", "statement", None, {A}),
 ("a1", "election", "next year's parliamentary election", None), ("a1", "questioned", None, Q18),
 ("a1", "released", None, Q18), ("a1", "told", None, Q18), ("a1", "left", None, Q18), ("a1", "hide", None, None),
 ("a1", "denied", None, Q18 | {A}), ("a1", "rigged", None, None), ("a1", "called", None, {A}), ("a1", "rally", None, None),
 ("a1", "demanded", None, {A}), ("a1", "resignation", None, None), ("a1", "said", "would hear him", {A}),
 ("a1", "hear", None, None), ("a1", "raid", "similar raid", OLD16), ("a1", "ended", None, OLD16),
 ("a1", "election", "that year's election", OLD16),
 ("a2", "hearing", "scheduled for today", None), ("a2", "postponed", None, PP23), ("a2", "announced", None, PP23),
 ("a2", "informed", None, ILL22), ("a2", "admitted", None, None), ("a2", "said", "the secretariat said", {A} | PP23),
 ("a2", "gathered", None, RALLY), ("a2", "rally", "ended peacefully", RALLY), ("a2", "ended", None, RALLY),
 ("a2", "detained", None, RALLY), ("a2", "threw", None, RALLY), ("a2", "fined", None, RALLY | {A}),
 ("a2", "released", None, RALLY | {A}), ("a2", "conducted", None, RAID | {"2023-W42"}),
 ("a2", "search", None, RAID | {"2023-W42"}), ("a2", "stated", None, {A}), ("a2", "investigation", "proceeding", None),
 ("a2", "said", "Cabinet meeting", {A}), ("a2", "meeting", "Cabinet meeting", {A}), ("a2", "supports", None, None),
 ("a2", "investigation", "full investigation", None), ("a2", "interfere", None, None),
 ("a3", "hearing", "Tuesday's hearing", H31), ("a3", "arrested", "arrested on Friday", ARR27), ("a3", "attend", None, None),
 ("a3", "answered", None, H31), ("a3", "arrested", "last Friday", ARR27), ("a3", "ordered", None, REM30),
 ("a3", "held", "held for thirty days", None), ("a3", "signed", "contract was signed", {"2022-03-09"}),
 ("a3", "signed", "Who signed", None), ("a3", "tender", "after a tender", None), ("a3", "approved", None, None),
 ("a3", "postponed", None, PP23 | {"2023-W43"}), ("a3", "informed", None, ILL22 | {"2023-W43"}),
 ("a3", "comment", None, None), ("a3", "used", None, None), ("a3", "test", None, None), ("a3", "publish", None, None),
 ("a3", "vote", None, None), ("a3", "adjourned", None, H31),
 # B (2024): 2019 (an eleven-day residents' strike) apart; 06-03 Mon (strike begins); 06-04 Tue (ministry's warning);
 #    b1 Wed 06-05 (press release: a meeting Thursday, a march Friday 17:00); 06-05/06 (the talks postponed); 06-07 Fri
 #    (march, two detained and freed that night; Chilean nurses end a stoppage, apart); 06-09 Sun (minister's comments);
 #    b2 Mon 06-10 (round-up; an Argentine teachers' strike announced for next week, never told); 06-11 Tue (talks begin);
 #    06-12 Wed just after midnight (agreement signed), evening (assembly approves, strike suspended); 06-13 Thu (return);
 #    b3 Fri 06-14 (Q&A with a correction); instalments, a walk-out, a pay review (plans, never told).
 ("b1", "informs", None, {A}), ("b1", "strike", "which began on Monday", S03 | {A}), ("b1", "began", None, S03),
 ("b1", "continue", None, None), ("b1", "paid", "paid in full", None), ("b1", "guaranteed", None, {A}),
 ("b1", "suspended", None, {A} | S03), ("b1", "warned", None, W04), ("b1", "deducted", None, None),
 ("b1", "reject", None, {A}), ("b1", "threat", None, W04), ("b1", "worked", None, None), ("b1", "stoppage", None, None),
 ("b1", "gone", None, None), ("b1", "accepted", None, {A}), ("b1", "invitation", None, None), ("b1", "meeting", None, None),
 ("b1", "march", None, None), ("b1", "call", None, {A}), ("b1", "join", None, None), ("b1", "stopped", None, {"2019"}),
 ("b1", "honoured", None, None), ("b1", "commitments", None, None),
 ("b2", "marched", None, M07), ("b2", "strike", "fifth day", None), ("b2", "blocked", None, M07),
 ("b2", "detained", None, M07), ("b2", "scuffle", None, M07), ("b2", "talks", "Talks at the Ministry", None),
 ("b2", "postponed", None, TP), ("b2", "request", None, TP), ("b2", "travelling", None, None),
 ("b2", "said", "health minister said", SUN09), ("b2", "found", None, None), ("b2", "denied", None, SUN09),
 ("b2", "threatened", None, None), ("b2", "dock", None, None),
 ("b2", "ended", "Hospital del Salvador", {"2024-06-07"}), ("b2", "stoppage", None, None),
 ("b2", "agreed", "hire 40", {"2024-06-07"}), ("b2", "hire", None, None),
 ("b2", "announced", None, {A}), ("b2", "strike", "48-hour strike", None), ("b2", "called", None, {A}),
 ("b2", "said", "provincial government", {A}), ("b2", "present", None, None),
 ("b3", "returned", None, {"2024-06-13"}), ("b3", "agreement", "after an agreement ended", SG12 | AS12),
 ("b3", "ended", None, SG12 | AS12 | {"2024-06-13"}), ("b3", "strike", "ten-day strike", None),
 ("b3", "agreed", "what was agreed", SG12 | AS12), ("b3", "happened", None, None),
 ("b3", "talks", "Talks at the Ministry", T11), ("b3", "began", None, T11), ("b3", "ran", None, T11),
 ("b3", "signed", "shortly after midnight", SG12), ("b3", "approved", None, AS12), ("b3", "suspended", None, AS12),
 ("b3", "paid", "two instalments", None), ("b3", "deducted", None, None), ("b3", "punished", None, None),
 ("b3", "detained", None, M07), ("b3", "march", None, M07),
 ("b3", "released", None, M07 | {"2024-06-07TNI", "2024-06-08"}), ("b3", "resume", None, None),
 ("b3", "said", "The union said", {A}), ("b3", "walk", None, None), ("b3", "paid", "not paid on time", None),
 ("b3", "review", None, None), ("b3", "planned", None, {A}), ("b3", "signed", "earlier version", None),
 ("b3", "said", "earlier version", None), ("b3", "signed", "June 12", SG12),
 # C (2025): 2022 (the same ferry held in Savusavu) apart; 09-14 Sun night (docks with 212 aboard); 09-15 Mon morning
 #    (detained), later that day (master arrested); c1 Tue 09-16 (court on Thursday, passengers home this week);
 #    09-17 Wed (passengers flown to Nadi); 09-18 Thu (first appearance, bail, adjourned to 09-25); c2 Fri 09-19 (docket:
 #    its "the previous day" is 09-17); 09-25 Thu (guilty plea, fine); 09-27 Sat (Samoa grounding, apart), refloated
 #    09-29; 09-29 Mon (Fiji's PM); 09-30 Tue (ferry released); 10-01 Wed (sails); c3 Fri 10-03 (round-up); spot checks
 #    from November, a Solomon Islands budget amendment (plans, never told).
 ("c1", "detained", "Tonga has detained", DT15), ("c1", "arrived", None, DK14), ("c1", "licensed", None, None),
 ("c1", "says", None, {A}), ("c1", "docked", None, DK14), ("c1", "crossing", None, None),
 ("c1", "detained", "Monday morning", DT15), ("c1", "inspection", None, DT15), ("c1", "found", None, DT15),
 ("c1", "arrested", None, AR15), ("c1", "held", "Central Police Station", None), ("c1", "say", "Police say", {A}),
 ("c1", "appear", None, None), ("c1", "said", "High Commission", {A}), ("c1", "visited", None, None),
 ("c1", "travelling", None, None), ("c1", "conference", None, None), ("c1", "flown", None, None),
 ("c1", "declined", None, {A}), ("c1", "comment", None, None), ("c1", "held", "Savusavu", {"2022"}),
 ("c1", "carrying", "unregistered passengers", {"2022"}),
 ("c2", "carrying", None, None), ("c2", "sailing", None, None), ("c2", "appearance", "First appearance", CT18),
 ("c2", "represented", None, CT18), ("c2", "plea", "No plea", None), ("c2", "entered", None, None),
 ("c2", "granted", None, CT18), ("c2", "surrendered", None, CT18), ("c2", "report", None, None),
 ("c2", "adjourned", None, CT18), ("c2", "plea", "for plea", None), ("c2", "asked", None, CT18),
 ("c2", "obtain", None, None), ("c2", "remains", None, {A} | CT18), ("c2", "detention", None, None),
 ("c2", "told", None, CT18), ("c2", "flown", None, FL17), ("c2", "said", "Counsel for the defence", CT18),
 ("c2", "ordered", None, None),
 ("c3", "released", "released from detention", RL30), ("c3", "detention", None, None),
 ("c3", "sailed", None, {"2025-10-01"}), ("c3", "lifted", None, RL30), ("c3", "flown", None, None),
 ("c3", "pleaded", None, PL25), ("c3", "fined", None, PL25), ("c3", "withdrawn", None, PL25),
 ("c3", "said", "Prime Minister", {"2025-09-29"}), ("c3", "announced", None, {"2025-09-29"}), ("c3", "checks", None, None),
 ("c3", "ran", None, {"2025-09-27"}), ("c3", "refloated", None, {"2025-09-29"}), ("c3", "hurt", None, None),
 ("c3", "spilled", None, None), ("c3", "said", "Samoa Ports Authority", {A}), ("c3", "said", "budget amendment", {A}),
 ("c3", "table", None, None), ("c3", "meets", None, None),
 # D (2026): 2019 (transfers halted for maintenance) apart; 02-02 Mon (Lesotho announces the cut from 02-16; Pretoria
 #    denies late that day); d1 Tue 02-03 (a minister's visit next week); 02-10 Tue (the minister received, meets the PM;
 #    half promised by 02-27; the cut deferred to 03-02); d2 Wed 02-11 (statement: "yesterday's meeting"); 02-27 Fri
 #    (300 million paid); 03-02 Mon 06:00 (flows halved); 03-03 Tue (restrictions; villagers protest, 11 arrested); d3
 #    Wed 03-04 (talks in Pretoria next week); 03-12 Thu (agreement signed); 03-13 Fri (550 million paid; bail); 03-14
 #    Sat (full flows restored); d4 Mon 03-16 (timeline); a joint commission, pressure cuts lifted (plans, never told).
 ("d1", "halve", None, None), ("d1", "pays", None, None), ("d1", "announced", None, AN02), ("d1", "written", None, None),
 ("d1", "waiting", None, None), ("d1", "told", None, AN02), ("d1", "said", "late on Monday", DN02),
 ("d1", "verifying", None, None), ("d1", "denied", None, DN02), ("d1", "said", "part of the sum", DN02 | {A}),
 ("d1", "disputed", None, None), ("d1", "supplies", None, None), ("d1", "travel", None, None),
 ("d1", "expected", None, {A}), ("d1", "discuss", None, None), ("d1", "said", "a Lesotho official", {A}),
 ("d1", "halted", None, {"2019"}), ("d1", "agreed", None, {"2019"}), ("d1", "maintenance", None, None),
 ("d2", "informs", None, {A}), ("d2", "reduction", "has been deferred", None), ("d2", "announced", None, AN02),
 ("d2", "deferred", None, {A} | MT10), ("d2", "decision", None, {A} | MT10),
 ("d2", "meeting", "yesterday's meeting", MT10), ("d2", "received", "Moshoeshoe", MT10),
 ("d2", "meeting", "At the meeting", MT10), ("d2", "undertook", None, MT10), ("d2", "pay", None, None),
 ("d2", "received", "Should this payment", None), ("d2", "reduction", "take effect", None), ("d2", "take", None, None),
 ("d2", "thanks", None, {A}), ("d2", "assures", None, {A}), ("d2", "benefit", None, None), ("d2", "issued", None, {A}),
 ("d3", "cut", "by half on Monday", CUT02), ("d3", "paid", "paid only part", PY27), ("d3", "promised", None, MT10),
 ("d3", "imposed", None, TU03), ("d3", "paid", "300 million", PY27), ("d3", "undertaken", None, MT10),
 ("d3", "said", "water ministry said", {A}), ("d3", "closed", None, CUT02), ("d3", "ordered", None, TU03),
 ("d3", "cut", "cut pressure", None), ("d3", "banned", None, TU03), ("d3", "called", "a shambles", {A}),
 ("d3", "demanded", "explain herself", {A}), ("d3", "explain", None, None), ("d3", "arrested", None, TU03),
 ("d3", "protest", None, TU03), ("d3", "demanded", "share of the royalties", TU03), ("d3", "blocked", None, TU03),
 ("d3", "charged", None, TU03 | {A}), ("d3", "said", "Pretoria said", {A}), ("d3", "talks", None, None),
 ("d3", "held", None, None), ("d3", "expected", None, {A}), ("d3", "sign", None, None),
 ("d4", "restored", "were restored on Saturday", RE14), ("d4", "signed", "two governments signed", SG12D),
 ("d4", "agreement", "two governments signed", SG12D), ("d4", "settle", None, None), ("d4", "deal", "Under the deal", SG12D),
 ("d4", "paid", None, FR13), ("d4", "set", None, None), ("d4", "review", None, None), ("d4", "said", "Rand Water said", {A}),
 ("d4", "cuts", None, None), ("d4", "lifted", None, None), ("d4", "signed", "who signed for South Africa", SG12D),
 ("d4", "said", "should never have", {A}), ("d4", "reached", None, None), ("d4", "said", "no wish", {A}),
 ("d4", "use", None, None), ("d4", "arrested", None, TU03 | {"2026-03"}), ("d4", "granted", None, FR13),
 ("d4", "postponed", None, FR13), ("d4", "announces", None, AN02), ("d4", "halve", None, None),
 ("d4", "meets", None, {"2026-02-10"}), ("d4", "deferred", None, {"2026-02-10"}), ("d4", "pays", None, PY27),
 ("d4", "halved", None, {"2026-03-02"}), ("d4", "signed", "Mar 12:", SG12D), ("d4", "restored", "Mar 14:", RE14),
]

score_dates(sys.argv[1], EXPECTED)
