"""Hand-written expected dates (written before running chronicle) for the event mentions of
corpus.jsonl: (article, trigger, sentence hint or None, accepted). accepted: a set of TIMEX
values the mention's date_value may have (source text), "article" in the set = the article-date fallback
is right, None = not scored. A listed mention chronicle does not extract counts as MISSING (reported
apart from wrong dates). python expected_dates.py DB"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from probe_scoring import ARTICLE as A, score_dates  # noqa: E402

S16 = {"2024-07-16", "2024-07-16TNI", "2024-07-16TEV"}          # the Khurmala drone strike, late on Tuesday
S20 = {"2024-07-20", "2024-07-20TEV"}                           # the Sarsang strike, Saturday evening
R10 = {"2026-05-10", "2026-05-10TMO", "2026-05-10TAF"}          # the Lae riot, Sunday (morning gathering, midday violence)
K09 = {"2026-05-09", "2026-05-09TNI"}                           # the teenager shot dead, Saturday night
F12 = {"2026-05-12", "2026-05-12TNI"}                           # the second fire, Tuesday night
EXPECTED = [
 # A (2023): 2019 (Argentina bans Chilean salmon, lifted after talks); 03-06 Mon (Argentina announces the wine duty);
 #    03-15 Wed (wine duty in force); 03-17 Fri (Chile imposes the beef duty; a1 Sat 03-18); 03-20 Mon (WTO
 #    consultations planned; requested "last week" = 2023-W12); 03-26 Sun morning (truckers block Cristo Redentor);
 #    03-27 Mon (postponement announced; blockade cleared in the afternoon, eleven detained and released); 03-28 Tue
 #    (Mendoza talks due, postponed to 04-04); a2 Wed 03-29; 04-04 Tue (ministers meet in Mendoza, agree to suspend the
 #    duties); 04-10 Mon (beef duty lifted, wine duty suspended, WTO request withdrawn); a3 Thu 04-13.
 ("a1", "imposed", None, {"2023-03-17"}), ("a1", "charging", None, {"2023-03-15"}), ("a1", "escalating", None, None),
 ("a1", "announced", None, {"2023-03-06"}), ("a1", "took", "took effect", {"2023-03-15"}), ("a1", "said", "Officials in Buenos Aires", {A}),
 ("a1", "protect", None, None), ("a1", "called", "violation", {A}), ("a1", "said", "no choice", {A}),
 ("a1", "respond", None, None), ("a1", "said", "World Trade Organization", {A}), ("a1", "ask", None, None),
 ("a1", "consultations", "would ask", None), ("a1", "meet", None, None), ("a1", "end", None, None),
 ("a1", "condemned", None, {A}), ("a1", "retaliation", None, {"2023-03-17"}), ("a1", "saying", None, {A}),
 ("a1", "bought", None, {"2022"}),
 ("a2", "talks", "due to open", None), ("a2", "open", None, None), ("a2", "postponed", None, {A, "2023-03-27"}),
 ("a2", "said", "foreign ministry said", {A}), ("a2", "decision", None, {"2023-03-27"}),
 ("a2", "announced", None, {"2023-03-27"}), ("a2", "blocked", None, {"2023-03-26", "2023-03-26TMO"}),
 ("a2", "parked", None, {"2023-03-26", "2023-03-26TMO"}), ("a2", "cleared", None, {"2023-03-27", "2023-03-27TAF"}),
 ("a2", "detained", None, {"2023-03-27", "2023-03-27TAF"}), ("a2", "reported", None, {A}),
 ("a2", "released", None, {"2023-03-27", "2023-03-27TAF", "2023-03-27TEV"}), ("a2", "denied", None, {A}),
 ("a2", "postponement", None, {"2023-03-27", A}), ("a2", "protest", None, {"2023-03-26", "2023-03-26TMO"}),
 ("a2", "said", "had asked for more time", {A}), ("a2", "asked", None, {A, "2023-03", "2023-03-27"}),
 ("a2", "requested", None, {"2023-W12"}), ("a2", "confirmed", None, {A}), ("a2", "respond", None, None),
 ("a2", "say", None, {A}),
 ("a3", "met", None, {"2023-04-04"}), ("a3", "talks", "eight hours", {"2023-04-04"}),
 ("a3", "agreed", None, {"2023-04-04"}), ("a3", "suspend", None, None), ("a3", "set", None, None),
 ("a3", "lifted", "beef duty", {"2023-04-10"}), ("a3", "said", "economy ministry said", {A}),
 ("a3", "suspended", None, {"2023-04-10"}), ("a3", "withdrew", None, {"2023-04-10", "2023-W15"}),
 ("a3", "dropped", None, {"2023-04-10", "2023-W15"}), ("a3", "threat", None, None),
 ("a3", "slapped", None, {"2023-03", "2023-03-15"}), ("a3", "responded", None, {"2023-03", "2023-03-17"}),
 ("a3", "blocked", None, {"2023-03", "2023-03-26"}), ("a3", "protest", None, {"2023-03", "2023-03-26"}),
 ("a3", "banned", None, {"2019"}), ("a3", "lifted", "ban lifted", {"2019"}), ("a3", "talks", "Santiago", {"2019"}),
 ("a3", "report", None, None),
 # B (2024): 2022-06 (rockets hit Khor Mor); 07-16 Tue late (drones hit Khurmala, tanks ablaze, two workers killed,
 #    production halted overnight); 07-17 Wed (fire under control in the morning; KRG blames "outlaw groups", official
 #    names Kataib Sayyid al-Shuhada, the group denies, Sudani condemns; b1); 07-20 Sat evening (drone hits Sarsang, no
 #    one hurt); 07-21 Sun (Khurmala partly resumes); 07-22 Mon (U.S. embassy condemns both attacks; Sudani's visit
 #    announced for Wednesday; the faction rejects the accusation again; b2); 07-24 Wed (Sudani in Erbil as announced);
 #    07-25 Thu (three men detained near Daquq); 07-30 Tue (ministry announces the arrests; Khurmala at full output);
 #    08-02 Fri (b3); a trial expected in the autumn (plan).
 ("b1", "attack", "drone attack", S16), ("b1", "set", "set storage tanks", S16), ("b1", "killed", "two workers", S16),
 ("b1", "said", "natural resources ministry said", {A}), ("b1", "halted", None, S16 | {"2024-07-17"}),
 ("b1", "battled", None, S16 | {"2024-07-17"}), ("b1", "brought", None, {"2024-07-17", "2024-07-17TMO"}),
 ("b1", "blamed", None, {A}), ("b1", "said", "explosive-laden", {A}), ("b1", "launched", None, S16),
 ("b1", "told", None, {A}), ("b1", "strike", None, S16), ("b1", "denied", None, {A}),
 ("b1", "statement", None, {A}), ("b1", "calling", None, {A}), ("b1", "accusation", None, {A}),
 ("b1", "condemned", None, {A}), ("b1", "attack", "condemned the attack", S16), ("b1", "ordered", None, {A}),
 ("b1", "investigation", None, None), ("b1", "said", "his office said", {A}), ("b1", "claimed", None, None),
 ("b1", "hit", None, None), ("b1", "struck", None, {"2022-06"}), ("b1", "killing", "no one", None),
 ("b1", "halting", None, {"2022-06"}),
 ("b2", "struck", None, S20), ("b2", "attack", "second attack", S20), ("b2", "hurt", None, None),
 ("b2", "said", "the operator said", {A}), ("b2", "halted", None, S16), ("b2", "strike", None, S16),
 ("b2", "resumed", None, {"2024-07-21"}), ("b2", "said", "partly resumed", {A}), ("b2", "killed", None, S16),
 ("b2", "attack", "in that attack", S16), ("b2", "condemned", None, {A}), ("b2", "attacks", "both attacks", None),
 ("b2", "urged", None, {A}), ("b2", "hold", None, None), ("b2", "visit", None, None), ("b2", "discuss", None, None),
 ("b2", "said", "his spokesman said", {A}), ("b2", "rejected", None, {A}), ("b2", "accusations", None, {A}),
 ("b2", "launched", None, S16), ("b2", "happened", None, S16), ("b2", "told", None, {A}), ("b2", "quoted", None, {A}),
 ("b2", "saying", None, {A}), ("b2", "traced", None, None),
 ("b3", "set", None, S16), ("b3", "made", "have made arrests", None), ("b3", "ordered", None, None),
 ("b3", "attack", "ordered the attack", S16), ("b3", "arrested", "three men", {"2024-07-25", "2024-W30"}),
 ("b3", "said", "interior ministry said", {"2024-07-30"}), ("b3", "detained", None, {"2024-07-25"}), ("b3", "accused", None, None),
 ("b3", "launching", None, S16), ("b3", "killed", None, S16), ("b3", "visited", None, {"2024-07-24"}),
 ("b3", "announced", None, {"2024-07-22", A}), ("b3", "promised", None, {"2024-07-24"}), ("b3", "punished", None, None),
 ("b3", "blamed", None, None), ("b3", "denied", None, None), ("b3", "says", None, {A}),
 ("b3", "returned", None, {"2024-07-30"}), ("b3", "said", "the operator said", {A}), ("b3", "strike", None, S20),
 ("b3", "trial", None, None), ("b3", "open", None, None),
 # C (2025): 2023-09 (Iran withdraws inspectors' accreditation); 2024-06 (the workshop last inspected; a board
 #    resolution); 02-11 Tue (two inspectors refused at Isfahan); 02-13 Thu (report seen, Iran's denial; Grossi expected
 #    in Tehran 02-19; c1); 02-18 Tue (Baghaei: trip put off; E3 joint statement); 02-19 Wed (the trip due, postponed; c2);
 #    03-03 Mon (Grossi in Tehran, meets Araghchi, inspectors' return agreed); 03-06 Thu (interview; c3 Fri 03-07);
 #    03-10 Mon (board opens, vote deferred); 2025-W11 (parliament votes to debate a bill); 03-18 Tue (inspectors back
 #    at Isfahan); 03-19 Wed morning (a team refused at Fordow, IAEA says so, Iran denies); 03-20 Thu (c4).
 ("c1", "refused", "centrifuge workshop", {"2025-02-11"}), ("c1", "said", "confidential report", {A}),
 ("c1", "report", "confidential report", {A}), ("c1", "turned", None, {"2025-02-11"}), ("c1", "told", None, {"2025-02-11"}),
 ("c1", "visit", "their visit", {"2025-02-11"}), ("c1", "approved", None, None), ("c1", "called", None, {A}),
 ("c1", "refusal", None, {"2025-02-11"}), ("c1", "breach", None, {"2025-02-11"}), ("c1", "denied", None, {A}),
 ("c1", "refused", "denied that access", {"2025-02-11"}), ("c1", "said", "never been scheduled", {A}),
 ("c1", "accused", None, {A}), ("c1", "leaking", None, None), ("c1", "travel", None, None), ("c1", "discuss", None, None),
 ("c1", "said", "diplomats said", {A}), ("c1", "inspected", None, None),
 ("c1", "refused", "September 2023", {"2023-09"}), ("c1", "withdrew", None, {"2023-09"}), ("c1", "meets", None, None),
 ("c2", "visit", "scheduled for Wednesday", None), ("c2", "postponed", None, {A, "2025-02-18"}),
 ("c2", "said", "Atomic Energy Agency said", {A}), ("c2", "asked", None, {A, "2025-02-18", "2025-02"}),
 ("c2", "told", "told reporters", {"2025-02-18"}), ("c2", "put", None, {"2025-02-18", A}), ("c2", "take", None, None),
 ("c2", "said", "joint statement", {"2025-02-18"}), ("c2", "statement", None, {"2025-02-18"}), ("c2", "push", None, None),
 ("c2", "resolution", "censuring", None), ("c2", "allowed", None, None), ("c2", "warned", None, {A}),
 ("c2", "met", None, None), ("c2", "reduced", None, {"2024-06", "2024"}), ("c2", "resolution", "similar", {"2024-06"}),
 ("c2", "said", "Diplomats said", {A}), ("c2", "turned", None, {"2025-02-11", "2025-W07"}), ("c2", "left", None, None),
 ("c2", "said", "not been told", {A}), ("c2", "told", "not been told", None), ("c2", "received", None, None),
 ("c3", "spoke", None, {"2025-03-06"}), ("c3", "talks", None, {"2025-03-03"}), ("c3", "went", None, {"2025-03-03"}),
 ("c3", "met", None, {"2025-03-03"}), ("c3", "agreed", None, {"2025-03-03"}), ("c3", "allowed", None, None),
 ("c3", "restores", None, None), ("c3", "took", None, {"2025-02-11"}), ("c3", "said", "never refused", {A, "2025-02"}),
 ("c3", "refused", None, {"2025-02-11"}), ("c3", "stopped", None, {"2025-02-11"}), ("c3", "denial", None, {A, "2025-02"}),
 ("c3", "push", None, None), ("c3", "held", None, {A}), ("c3", "opens", None, None), ("c3", "expect", None, {A}),
 ("c3", "postponed", None, None), ("c3", "get", None, None), ("c3", "happened", None, None),
 ("c3", "barred", None, {"2023"}), ("c3", "promised", None, None),
 ("c4", "returned", None, {"2025-03-18"}), ("c4", "agreed", "as agreed during", {"2025-03-03", "2025-03"}),
 ("c4", "visit", "Grossi's visit", {"2025-03-03", "2025-03"}), ("c4", "said", "Atomic Energy Organization", {A}),
 ("c4", "said", "Kamalvandi said", {A}), ("c4", "inspection", "two-day", {"2025-03-18"}), ("c4", "kept", None, None),
 ("c4", "said", "on Wednesday that a separate", {"2025-03-19"}),
 ("c4", "refused", None, {"2025-03-19", "2025-03-19TMO"}), ("c4", "said", "not been notified", {A, "2025-03-19"}),
 ("c4", "notified", None, None), ("c4", "denied", None, {A, "2025-03-19"}), ("c4", "opened", None, {"2025-03-10"}),
 ("c4", "meeting", None, {"2025-03-10"}), ("c4", "deferred", None, {"2025-03-10", "2025-03"}),
 ("c4", "vote", "deferred a vote", None), ("c4", "agreed", "inspection was agreed", {"2025-03-03", "2025-03"}),
 ("c4", "said", "Western diplomats", {"2025-03-19"}), ("c4", "held", None, None),
 ("c4", "inspected", None, {"2024-06"}), ("c4", "began", None, {"2025-02-11"}), ("c4", "turned", None, {"2025-02-11"}),
 ("c4", "voted", None, {"2025-W11"}), ("c4", "debate", None, None),
 # D (2026): 2024-01 (Port Moresby and Lae riots); 05-09 Sat night (Kila Wari, 19, shot dead at a checkpoint);
 #    05-10 Sun (crowd at the police station in the morning, riot from midday, market and stores burned, a guard dies;
 #    the officer suspended; night curfew imposed for a week; soldiers flown in overnight); 05-11 Mon (43 arrested; d1);
 #    05-12 Tue (Marape in Lae as planned, meets the family; a second fire at Kamkumung at night, six arrested);
 #    05-13 Wed (curfew extended by a week); 05-14 Thu (d2); 05-16 Sat (the family's march, planned, called off);
 #    05-17 Sun (church service); 05-18 Mon (constable charged with murder, in court, remanded to 06-02); 05-19 Tue (a man
 #    hurt on 05-10 dies); 05-21 Thu (curfew lifted three days early); 05-22 Fri (d3); an inquiry next month (plan).
 ("d1", "imposed", None, {"2026-05-10"}), ("d1", "looted", None, R10), ("d1", "burned", None, R10),
 ("d1", "shooting", None, K09), ("d1", "shot", None, K09), ("d1", "said", "Witnesses said", {A}),
 ("d1", "opened", None, K09), ("d1", "stop", None, None), ("d1", "gathered", None, {"2026-05-10", "2026-05-10TMO"}),
 ("d1", "protest", None, R10), ("d1", "turned", None, R10), ("d1", "set", None, R10), ("d1", "died", None, R10),
 ("d1", "runs", None, None), ("d1", "last", None, None), ("d1", "said", "Ben Neville said", {A}),
 ("d1", "flown", None, {"2026-05-10", "2026-05-10TNI", "2026-05-11"}), ("d1", "said", "Police said", {A}),
 ("d1", "arrested", None, {A, "2026-05-10", "2026-05-11"}), ("d1", "looting", None, R10), ("d1", "fired", None, K09),
 ("d1", "suspended", None, {A, "2026-05-10", "2026-05-11"}), ("d1", "appealed", None, {A}),
 ("d1", "said", "would travel", {A}), ("d1", "travel", None, None),
 ("d2", "extended", None, {"2026-05-13"}), ("d2", "said", "on Wednesday", {"2026-05-13"}), ("d2", "set", None, F12),
 ("d2", "hurt", None, None), ("d2", "fire", "Tuesday night", F12), ("d2", "broke", None, F12),
 ("d2", "arrested", None, F12 | {"2026-05-13", A}), ("d2", "said", "Manning said.", {A, "2026-05-13"}),
 ("d2", "arrived", None, {"2026-05-12"}), ("d2", "met", None, {"2026-05-12"}), ("d2", "killed", None, K09),
 ("d2", "promised", None, {"2026-05-12"}), ("d2", "fired", None, K09), ("d2", "face", None, None),
 ("d2", "told", None, {"2026-05-12"}), ("d2", "visiting", None, {"2026-05-12"}), ("d2", "suspended", None, {"2026-05-10"}),
 ("d2", "charged", None, None), ("d2", "said", "the commissioner said", {A, "2026-05-13"}),
 ("d2", "said", "peaceful march", {A}), ("d2", "hold", None, None), ("d2", "march", None, None),
 ("d2", "demand", None, None), ("d2", "asked", None, {A}), ("d2", "bring", None, None), ("d2", "say", None, {A}),
 ("d2", "riot", None, R10), ("d2", "caused", None, None),
 ("d3", "lifted", None, {"2026-05-21"}), ("d3", "planned", "earlier than planned", None), ("d3", "saying", "calm", {"2026-05-21"}),
 ("d3", "decision", None, {"2026-05-21"}), ("d3", "came", None, {"2026-05-21"}), ("d3", "charged", "with murder", {"2026-05-18"}),
 ("d3", "shooting", None, K09), ("d3", "appeared", None, {"2026-05-18"}), ("d3", "remanded", None, {"2026-05-18"}),
 ("d3", "called", None, {A, "2026-05-16", "2026-W20", "2026-05"}), ("d3", "march", None, None),
 ("d3", "planned", "it had planned", {A, "2026-05"}), ("d3", "saying", "risk more violence", {A, "2026-05-16", "2026-W20", "2026-05"}),
 ("d3", "attended", None, {"2026-05-17"}), ("d3", "service", None, {"2026-05-17"}),
 ("d3", "riots", "The riots", R10 | {"2026-05"}), ("d3", "followed", None, R10 | {"2026-05"}), ("d3", "death", None, K09),
 ("d3", "left", None, R10 | {"2026-05"}), ("d3", "hurt", None, R10), ("d3", "looting", "on May 10", R10),
 ("d3", "died", None, {"2026-05-19"}), ("d3", "unrest", None, None), ("d3", "rioting", None, {"2024-01"}),
 ("d3", "killed", None, {"2024-01"}), ("d3", "said", "Manning said", {A}), ("d3", "charged", "have been charged", {A, "2026-05"}),
 ("d3", "inquiry", None, None), ("d3", "announced", None, {"2026-05-12"}), ("d3", "visit", None, {"2026-05-12"}),
 ("d3", "start", None, None),
]

score_dates(sys.argv[1], EXPECTED)
