"""Hand-written expected dates (written before running chronicle) for the event mentions of
corpus.jsonl: (article, trigger, sentence hint or None, accepted). accepted: a set of TIMEX
values the mention's date_value may have (source text), "article" in the set = the article-date fallback
is right, None = not scored. A listed mention chronicle does not extract counts as MISSING (reported
apart from wrong dates). python expected_dates.py DB"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from probe_scoring import ARTICLE as A, score_dates  # noqa: E402

C10 = {"2023-10-10", "2023-10-10TNI", "2023-10-10TEV"}         # the coup attempt, late on Tuesday / the night of October 10
C11 = {"2023-10-11", "2023-10-11TMO"}                           # eleven officers arrested early on Wednesday
K04 = {"2024-03-04"}                                            # the Kazakh wheat ban in force, Monday
P05 = {"2025-06-05"}                                            # Chad declares the envoy persona non grata, Thursday
Z09 = {"2026-02-09", "2026-02-09TNI", "2026-02-09TMO", "2026-02-09T02:00"}  # the Kaura Namoda abduction, early Monday
R28 = {"2026-02-28"}                                            # the captives released, Saturday
EXPECTED = [
 # A (2023): 2022-02 (attack on the government palace, eleven killed) apart; 10-10 Tue late (soldiers try to seize the
 #    army HQ, driven back after two hours, three killed); 10-11 Wed (eleven officers arrested early; ECOWAS condemns;
 #    a Dakar paper reports commanders knew; a1); 10-12 Thu evening (Embalo's address, as announced); 10-13 Fri (two more
 #    officers arrested near Bafata; ECOWAS mission arrives and meets the president); a2 Sat 10-14 (army chief denies;
 #    mission to leave Sunday, plan); 10-30 Mon (court-martial due, put off); 11-06 Mon (court-martial opens, colonel
 #    pleads not guilty); 11-07 Tue (judges reject the transfer request); a3 Thu 11-09; verdict expected (plan).
 ("a1", "foiled", None, C10), ("a1", "coup", "attempted coup", C10), ("a1", "said", "the government said", {A}),
 ("a1", "seize", None, C10), ("a1", "heard", None, C10), ("a1", "drove", None, C10), ("a1", "killed", "Two soldiers", C10),
 ("a1", "told", None, {A}), ("a1", "arrested", None, C11), ("a1", "said", "Botche Cande said", {A}),
 ("a1", "accused", None, {A, "2023-10-11"}), ("a1", "detain", None, None), ("a1", "said", "was unharmed", {A}),
 ("a1", "address", None, None), ("a1", "condemned", None, {"2023-10-11"}), ("a1", "statement", None, {"2023-10-11"}),
 ("a1", "said", "stood ready", {"2023-10-11", A}), ("a1", "send", None, None), ("a1", "attempt", "second attempt", C10),
 ("a1", "attacked", None, {"2022-02"}), ("a1", "killing", None, {"2022-02"}),
 ("a2", "coup", None, C10), ("a2", "arrested", None, {"2023-10-13"}), ("a2", "said", "military spokesman", {A}),
 ("a2", "detained", None, None), ("a2", "address", None, {"2023-10-12", "2023-10-12TEV"}),
 ("a2", "thanked", None, {"2023-10-12", "2023-10-12TEV"}), ("a2", "promised", None, {"2023-10-12", "2023-10-12TEV"}),
 ("a2", "face", None, None), ("a2", "said", "above the law", {"2023-10-12", "2023-10-12TEV"}),
 ("a2", "denied", None, {A}), ("a2", "published", None, {"2023-10-11"}), ("a2", "told", None, {A}),
 ("a2", "arrived", None, {"2023-10-13"}), ("a2", "met", None, {"2023-10-13"}), ("a2", "leave", None, None),
 ("a2", "court-martial", None, None), ("a2", "open", None, None), ("a2", "said", "Lawyers for the colonel", {A}),
 ("a2", "arrest", "since his arrest", C11),
 ("a3", "court-martial", None, {"2023-11-06"}), ("a3", "opened", "opened on Monday", {"2023-11-06"}),
 ("a3", "overthrow", None, C10), ("a3", "put", None, {"2023-10-30"}), ("a3", "said", "at the time", {"2023-10-30"}),
 ("a3", "opened", "finally opened", {"2023-11-06"}), ("a3", "trial", None, {"2023-11-06"}), ("a3", "attack", "led the attack", C10),
 ("a3", "pleaded", None, {"2023-11-06"}), ("a3", "asked", None, {"2023-11-06"}), ("a3", "moved", None, None),
 ("a3", "rejected", None, {"2023-11-07"}), ("a3", "attempt", "attempt itself", C10), ("a3", "lasted", None, C10),
 ("a3", "seize", None, C10), ("a3", "driven", None, C10), ("a3", "died", None, C10),
 ("a3", "rounded", None, C11), ("a3", "say", None, {A}), ("a3", "arrests", None, C11),
 ("a3", "purge", None, None), ("a3", "attack", "February 2022", {"2022-02"}), ("a3", "denies", None, {A}),
 ("a3", "verdict", None, None),
 # B (2024): 2022 (Kazakh wheat ban, lifted after four months, in June 2022) apart; 2023-06 (Kyrgyz hay ban) and
 #    2023-09 (lifted) apart; 02-27 Tue (ban announced); 03-04 Mon (ban in force; lorries turned back Mon and Tue);
 #    03-06 Wed (ambassador summoned, note handed; b1); 03-09 Sat (stranded drivers return home); 03-12 Tue (Kommersant
 #    reports a meeting "next Thursday"); 03-13 Wed (Zhumangarin: no lifting, exceptions possible); millers' protest
 #    planned for "next Monday" called off; b2 Thu 03-14; 03-21 Thu (deputy PMs meet in Astana, quota agreed and signed
 #    that evening); 03-29 Fri (decree issued); 04-01 Mon (ban eased); 04-02 Tue morning (first lorries cross); b3 Fri 04-05.
 ("b1", "summoned", None, {"2024-03-06"}), ("b1", "protest", None, {"2024-03-06"}), ("b1", "ban", "a ban on wheat", K04),
 ("b1", "imposed", "Astana imposed", K04), ("b1", "handed", None, {"2024-03-06"}), ("b1", "calling", None, {"2024-03-06"}),
 ("b1", "said", "said in a statement", {A}), ("b1", "statement", None, {A, "2024-03-06"}),
 ("b1", "announced", None, {"2024-02-27"}), ("b1", "saying", None, {"2024-02-27"}),
 ("b1", "turned", None, {"2024-03-04", "2024-03-05", "2024-W10"}), ("b1", "said", "drivers said", {A}),
 ("b1", "warned", None, {A}), ("b1", "imposed", "similar ban", {"2022"}), ("b1", "lifted", None, {"2022"}),
 ("b1", "said", "Kyrgyz officials said", {A}), ("b1", "raise", None, None), ("b1", "talks", None, None),
 ("b2", "reported", "Kommersant", {"2024-03-12"}), ("b2", "meet", None, None), ("b2", "discuss", None, None),
 ("b2", "quoted", "government source", {"2024-03-12"}), ("b2", "saying", "a quota", {"2024-03-12"}),
 ("b2", "quoted", "Zhumangarin", {A, "2024-03-13"}), ("b2", "saying", "on Wednesday", {"2024-03-13"}),
 ("b2", "lifted", None, None), ("b2", "reported", "Vecherny", {A}), ("b2", "risen", None, {A, "2024-W10", "2024-W11"}),
 ("b2", "came", None, {"2024-W10", "2024-03-04"}), ("b2", "quoted", "Interfax", {A}), ("b2", "saying", "economy ministry", {A}),
 ("b2", "protest", None, None), ("b2", "hold", None, None), ("b2", "called", None, {A, "2024-03", "2024-W11"}),
 ("b2", "promised", None, {A, "2024-03", "2024-W11"}), ("b2", "noted", None, {A}), ("b2", "reported", "RIA Novosti", {A}),
 ("b2", "allowed", None, {"2024-03-09"}), ("b2", "return", None, {"2024-03-09"}), ("b2", "turned", None, K04),
 ("b3", "eased", None, {"2024-04-01"}), ("b3", "said", "agriculture ministry said", {A}), ("b3", "import", None, None),
 ("b3", "agreed", None, {"2024-03-21"}), ("b3", "met", None, {"2024-03-21"}), ("b3", "agreement", None, {"2024-03-21"}),
 ("b3", "signed", None, {"2024-03-21", "2024-03-21TEV"}), ("b3", "decree", None, {"2024-03-29"}),
 ("b3", "issued", None, {"2024-03-29"}), ("b3", "crossed", None, {"2024-04-02", "2024-04-02TMO"}),
 ("b3", "said", "customs officials said", {A}), ("b3", "ban", "The ban, imposed", K04), ("b3", "imposed", None, K04),
 ("b3", "summon", None, {"2024-03-06"}), ("b3", "warnings", None, {"2024-03"}), ("b3", "said", "Millers said", {A}),
 ("b3", "arrived", None, {"2024-03", "2024-04"}), ("b3", "said", "Analysts said", {A}), ("b3", "quarrel", None, None),
 ("b3", "lifted", "June that year", {"2022-06"}), ("b3", "banned", None, {"2023-06"}), ("b3", "lifted", "in September", {"2023-09"}),
 # C (2025): 2023-04 (Chad expels Germany's ambassador) apart; 2025-04 (soldiers kill 30 civilians in the east);
 #    06-05 Thu (envoy declared persona non grata, 72 hours; Guterres regrets; c1 Fri 06-06); 06-07 Sat (envoy leaves);
 #    06-08 Sun (foreign minister's news conference, rejects calls to reverse); c2 Mon 06-09 (with a correction: not
 #    Friday); 06-10 Tue (Council consultations as announced, no statement); later that week a second attempt blocked;
 #    07-14 Mon (minister meets Guterres, accepts); 07-15 Tue (Diallo named); c3 Thu 07-17; arrival in August (plan).
 ("c1", "expels", None, P05), ("c1", "declared", None, P05), ("c1", "accusing", None, P05), ("c1", "gave", None, P05),
 ("c1", "leave", None, None), ("c1", "decision", "The decision against", P05), ("c1", "read", None, P05),
 ("c1", "followed", None, P05), ("c1", "report", "a report by", {"2025", "2025-04", "2025-05", "2025-06"}),
 ("c1", "killed", None, {"2025-04"}), ("c1", "denied", None, {A}), ("c1", "called", None, {A}),
 ("c1", "said", "New York said", {A, "2025-06-05"}), ("c1", "regretted", None, {A, "2025-06-05"}),
 ("c1", "received", None, None), ("c1", "said", "Thursday evening", {"2025-06-05", "2025-06-05TEV"}),
 ("c1", "said", "Diplomats said", {A}), ("c1", "discuss", None, None), ("c1", "expulsion", None, P05),
 ("c1", "expelled", None, {"2023-04"}),
 ("c2", "expelled", None, P05), ("c2", "left", "on Saturday on a commercial", {"2025-06-07"}),
 ("c2", "expired", None, {"2025-06-08"}), ("c2", "said", "his office said", {A}), ("c2", "seen", None, {"2025-06-07"}),
 ("c2", "speak", None, None), ("c2", "hold", None, None), ("c2", "consultations", None, None),
 ("c2", "expulsion", "consultations on the expulsion", P05), ("c2", "said", "diplomats said", {A}),
 ("c2", "propose", None, None), ("c2", "told", None, {"2025-06-08"}), ("c2", "conference", None, {"2025-06-08"}),
 ("c2", "rejected", None, {"2025-06-08"}), ("c2", "reverse", None, None), ("c2", "condemned", None, {A}),
 ("c2", "expulsion", "condemned the expulsion", P05), ("c2", "saying", None, {A}), ("c2", "silence", None, None),
 ("c2", "said", "An earlier version", None), ("c2", "left", "An earlier version", None), ("c2", "left", "he left on Saturday", {"2025-06-07"}),
 ("c3", "names", None, {"2025-07-15"}), ("c3", "named", None, {"2025-07-15"}), ("c3", "expelled", "expelled her predecessor", P05),
 ("c3", "met", None, {"2025-07-14"}), ("c3", "agreed", None, {"2025-07-14"}), ("c3", "accept", None, None),
 ("c3", "said", "U.N. spokesman said", {A}), ("c3", "discussed", "two men", {"2025-07-14"}), ("c3", "inquiry", None, None),
 ("c3", "killings", "into the killings", {"2025-04"}), ("c3", "refused", None, {A}),
 ("c3", "discussed", "June 10", {"2025-06-10"}), ("c3", "expulsion", None, P05), ("c3", "failed", None, {"2025-06-10"}),
 ("c3", "objected", None, {"2025-06-10"}), ("c3", "said", "diplomats said", {A}), ("c3", "attempt", None, {"2025-W24"}),
 ("c3", "blocked", None, {"2025-W24"}), ("c3", "expelled", "expelled envoy", P05), ("c3", "left", None, {"2025-06-07"}),
 ("c3", "works", None, {A}), ("c3", "arrive", None, None), ("c3", "said", "every facility", {A}),
 ("c3", "say", None, {A}), ("c3", "killings", "reported in April", {"2025-04"}), ("c3", "investigated", None, None),
 # D (2026): 2021-02 (279 girls abducted at Jangebe, freed four days later) apart; 02-09 Mon early (gunmen storm the
 #    Kaura Namoda school, abduct 87 pupils and two teachers, shoot a guard; governor visits, closes boarding schools;
 #    Tinubu condemns); d1 Tue 02-10; 02-11 Wed (army operation launched; kidnappers demand ransom at night); 02-12 Thu
 #    (four pupils escape; jets bomb hideouts; parents protest in Gusau, tear gas); d2 Fri 02-13; 02-14 Sat (governor
 #    meets community leaders, as announced; negotiations begin); 02-16 Mon (security review announced); 02-28 Sat
 #    (captives released near Dansadau); 03-01 Sun (handed over to the governor); 03-02 Mon (reunited); d3 Tue 03-03;
 #    03-16 Mon (school reopens, as announced); 03-18 Wed (governor denies an amnesty); d4 Fri 03-20.
 ("d1", "abduct", None, Z09), ("d1", "stormed", None, Z09), ("d1", "abducted", "eighty-seven", Z09),
 ("d1", "said", "police said", {A}), ("d1", "kidnapping", "latest mass", Z09), ("d1", "arrived", None, Z09),
 ("d1", "shot", None, Z09), ("d1", "forced", None, Z09), ("d1", "said", "said police spokesman", {A}),
 ("d1", "escaped", None, Z09), ("d1", "visited", None, {"2026-02-09"}), ("d1", "ordered", "boarding schools", {"2026-02-09"}),
 ("d1", "closed", None, None), ("d1", "promised", None, {"2026-02-09"}), ("d1", "brought", None, None),
 ("d1", "condemned", None, {"2026-02-09"}), ("d1", "attack", None, Z09), ("d1", "ordered", "security forces", {"2026-02-09"}),
 ("d1", "rescue", None, None), ("d1", "claimed", None, None), ("d1", "kidnap", None, None),
 ("d1", "abducted", "279 schoolgirls", {"2021-02"}), ("d1", "freed", None, {"2021-02"}),
 ("d2", "abducted", None, Z09), ("d2", "escaped", None, {"2026-02-12"}), ("d2", "walked", None, {"2026-02-12"}),
 ("d2", "said", "the army said", {A}), ("d2", "launched", None, {"2026-02-11"}), ("d2", "operation", None, {"2026-02-11"}),
 ("d2", "abduction", None, Z09), ("d2", "said", "military spokesman said", {A}), ("d2", "bombed", None, {"2026-02-12"}),
 ("d2", "added", None, {A}), ("d2", "contacted", None, {"2026-02-11", "2026-02-11TNI"}),
 ("d2", "demanded", None, {"2026-02-11", "2026-02-11TNI"}), ("d2", "told", None, {A}), ("d2", "denied", None, {A}),
 ("d2", "demand", None, None), ("d2", "pay", None, None), ("d2", "protest", None, {"2026-02-12"}),
 ("d2", "held", None, {"2026-02-12"}), ("d2", "calling", None, {"2026-02-12"}), ("d2", "dispersed", None, {"2026-02-12"}),
 ("d2", "said", "would meet", {A}), ("d2", "meet", None, None), ("d2", "discuss", None, None),
 ("d2", "said", "A senator", {A}), ("d2", "talks", None, None), ("d2", "avoid", None, None),
 ("d3", "kidnapped", None, Z09), ("d3", "reunited", None, {"2026-03-02"}), ("d3", "released", "two days after", R28),
 ("d3", "negotiations", "following negotiations", {"2026-02"}), ("d3", "freed", "freed on Saturday", R28),
 ("d3", "handed", "on Sunday", {"2026-03-01"}), ("d3", "said", "state government said", {A}), ("d3", "denied", None, {A}),
 ("d3", "paid", None, None), ("d3", "treated", None, {A, "2026-03", "2026-W09", "2026-W10", "2026-03-01", "2026-03-02", "2026-02-28"}),
 ("d3", "talks", None, {"2026-02"}), ("d3", "said", "An elder", {A}), ("d3", "agreed", None, {"2026-02", "2026-02-28", "2026-W09"}),
 ("d3", "free", None, None), ("d3", "negotiations", "two weeks", {"2026-02"}), ("d3", "began", None, {"2026-02-14"}),
 ("d3", "meeting", None, {"2026-02-14"}), ("d3", "abduct", None, Z09), ("d3", "kill", None, Z09),
 ("d3", "launches", None, {"2026-02-11"}), ("d3", "operation", None, {"2026-02-11"}), ("d3", "escape", None, {"2026-02-12"}),
 ("d3", "protest", None, {"2026-02-12"}), ("d3", "released", "Feb 28", R28), ("d3", "handed", "March 1", {"2026-03-01"}),
 ("d3", "remains", None, None), ("d3", "said", "would reopen", {A}), ("d3", "reopen", None, None), ("d3", "posted", None, None),
 ("d4", "walked", None, R28 | {"2026-W09"}), ("d4", "captivity", None, None), ("d4", "reopened", None, {"2026-03-16"}),
 ("d4", "seized", None, {"2021"}), ("d4", "freed", None, {"2021"}), ("d4", "promised", "schools would be protected", {"2021"}),
 ("d4", "protected", None, None), ("d4", "rode", None, Z09), ("d4", "killed", None, Z09), ("d4", "took", None, Z09),
 ("d4", "insists", None, {A}), ("d4", "paid", None, None), ("d4", "believe", None, {A}),
 ("d4", "negotiated", None, {"2026-02"}), ("d4", "release", "negotiated the release", R28), ("d4", "say", None, {A}),
 ("d4", "promised", "amnesty", None), ("d4", "denied", None, {"2026-03-18"}), ("d4", "review", None, {"2026-02-16"}),
 ("d4", "announced", None, {"2026-02-16"}), ("d4", "begun", None, None), ("d4", "conference", None, None),
 ("d4", "disarmed", None, None), ("d4", "patrolled", None, None), ("d4", "release", "February 28", R28),
]

score_dates(sys.argv[1], EXPECTED)
