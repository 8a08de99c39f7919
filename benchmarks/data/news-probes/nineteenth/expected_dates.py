"""Hand-written expected dates (written before running chronicle) for the event mentions of
corpus.jsonl: (article, trigger, sentence hint or None, accepted). accepted: a set of TIMEX
values the mention's date_value may have (source text), "article" in the set = the article-date fallback
is right, None = not scored. A listed mention chronicle does not extract counts as MISSING (reported
apart from wrong dates). python expected_dates.py DB"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from probe_scoring import ARTICLE as A, score_dates  # noqa: E402

K27 = {"2023-05-27", "2023-05-27TMO"}                          # the Sasuli shootout, Saturday morning
C27 = {"2023-05-27", "2023-05-27TAF"}                          # Milak crossing closed, Saturday afternoon
K27M = {"2023-05-27", "2023-05-27TMO", "2023-05"}             # "May's clash", "the deadly clash on May 27"
M10 = {"2024-08-10", "2024-08-10TMO"}                          # the Misisi mine seized, before dawn on Saturday
R21 = {A, "2024-08-21", "2024-08-21T09:00", "2024-08-21TMO"}   # the mine recaptured at about 9 a.m. (b2's day)
W14 = {"2026-03-14", "2026-03-14TNI", "2026-03-14TEV"}         # the convoy fired on, late on Saturday
EXPECTED = [
 # A (2023): 1973 (Helmand treaty signed); 05-18 Thu (Raisi warns the Taliban); 05-27 Sat morning (exchange of fire near
 #    Sasuli, two Iranian guards and a Taliban fighter killed, several wounded); 05-27 afternoon (Milak crossing closed);
 #    05-28 Sun (Afghan charge d'affaires summoned; a1); 06-01 Thu (Milak reopened, five days after); 06-04 Sun (Iran's
 #    parliament speaker accuses, demands water); 06-05 Mon night (second exchange of fire, nobody hurt); 06-06 Tue (the
 #    delegation's talks due, postponed a week); 06-07 Wed (a2); 06-13 Tue (delegation meets Taliban ministers in Kabul,
 #    a joint technical team agreed); 2023-W24 (governor: "not received a drop", "last week"); 06-19 Mon (team visits
 #    Kajaki dam); 06-22 Thu (a3).
 ("a1", "summoned", None, {"2023-05-28"}), ("a1", "protest", None, {"2023-05-28"}), ("a1", "shootout", None, K27),
 ("a1", "killed", "two Iranian border guards", K27), ("a1", "reported", "state media reported", {A}),
 ("a1", "exchange", None, K27), ("a1", "broke", None, K27), ("a1", "killed", "A Taliban fighter", K27),
 ("a1", "wounded", None, K27), ("a1", "said", "officials said", {A}), ("a1", "quoted", None, {A}),
 ("a1", "saying", "Taliban forces had opened fire", {A}), ("a1", "opened", None, K27), ("a1", "denied", None, {A}),
 ("a1", "saying", "Iranian guards had fired", {A}), ("a1", "fired", None, K27), ("a1", "want", None, None),
 ("a1", "clash", None, K27), ("a1", "warned", None, {"2023-05-18"}), ("a1", "respect", None, None),
 ("a1", "closed", None, C27), ("a1", "said", "would travel to Kabul", {A}), ("a1", "travel", None, None),
 ("a1", "discuss", None, None),
 ("a2", "talks", "due to hold talks", None), ("a2", "hold", None, None), ("a2", "postponed", None, {A, "2023-06-06"}),
 ("a2", "request", None, None), ("a2", "said", "Kanaani said", {A}), ("a2", "quoted", None, {A}),
 ("a2", "saying", None, {A}), ("a2", "held", None, None), ("a2", "share", None, None),
 ("a2", "exchanged", None, {"2023-06-05", "2023-06-05TNI"}), ("a2", "hurt", None, None), ("a2", "reported", None, {A}),
 ("a2", "described", None, {A}), ("a2", "incident", None, {"2023-06-05", "2023-06-05TNI"}),
 ("a2", "shut", None, K27M), ("a2", "clash", None, K27M), ("a2", "reopened", None, {"2023-06-01"}),
 ("a2", "shooting", None, K27M), ("a2", "told", None, {A, "2023-06-01"}), ("a2", "said", "Traders said", {A}),
 ("a2", "stranded", None, None), ("a2", "accused", None, {"2023-06-04"}), ("a2", "blocking", None, None),
 ("a2", "demanded", None, {"2023-06-04"}), ("a2", "released", None, None), ("a2", "say", None, {A}),
 ("a3", "traded", None, K27M), ("a3", "killing", None, K27M), ("a3", "talking", None, None),
 ("a3", "postponement", None, {"2023-06-06", "2023-06"}), ("a3", "met", None, {"2023-06-13"}),
 ("a3", "agreed", None, {"2023-06-13"}), ("a3", "set", None, None), ("a3", "measure", None, None),
 ("a3", "visited", None, {"2023-06-19"}), ("a3", "said", "Afghan officials said", {A}),
 ("a3", "allowed", None, {"2023-06-19"}), ("a3", "inspect", None, None), ("a3", "says", None, {A}),
 ("a3", "signed", None, {"1973"}), ("a3", "received", None, None), ("a3", "told", None, {"2023-W24"}),
 ("a3", "promised", None, {A}), ("a3", "release", None, None), ("a3", "say", None, {A}), ("a3", "wants", None, None),
 ("a3", "clash", None, K27M), ("a3", "came", None, K27M), ("a3", "warned", None, {"2023-05-18"}),
 ("a3", "shooting", None, {"2023-06-05"}), ("a3", "played", None, None),
 # B (2024): 2021-03 (the mine briefly occupied by another group); 08-10 Sat before dawn (Yakutumba fighters attack and
 #    seize the Misisi mine, three guards killed, eleven workers taken hostage, police driven out); 08-11 Sun (Kimbi Gold
 #    suspends operations, evacuates 40 staff); 08-12 Mon (provincial government statement; army: operation "in the
 #    coming days"; b1); 08-14 Wed (the governor's visit, planned, postponed); 08-19 Mon (operation launched, "nine days
 #    after"); 08-21 Wed (mine recaptured about 9 a.m., two soldiers killed, eight hostages freed; b2); 08-23 Fri (the
 #    governor comes, promises pay); 08-29 Thu (militia commander caught in Baraka, "last week"); 09-02 Mon (300 miners
 #    march, tear gas, six arrested, released that evening); 09-03 Tue (b3); mine to reopen "next month" (plan).
 ("b1", "seized", None, M10), ("b1", "killing", None, M10), ("b1", "taking", "hostage", M10),
 ("b1", "said", "provincial government said", {A}), ("b1", "attacked", None, M10), ("b1", "drove", None, M10),
 ("b1", "statement", None, {A}), ("b1", "said", "said on Sunday", {"2024-08-11"}),
 ("b1", "suspended", None, {"2024-08-11"}), ("b1", "evacuated", None, {"2024-08-11"}),
 ("b1", "said", "troops would launch", {A}), ("b1", "launch", None, None), ("b1", "retake", None, None),
 ("b1", "visit", None, None), ("b1", "accuses", None, {A}), ("b1", "taking", "taking land", None),
 ("b1", "paying", None, None), ("b1", "demanded", None, {A}), ("b1", "leave", None, None),
 ("b1", "requested", None, None), ("b1", "occupied", None, {"2021-03"}),
 ("b2", "confirmed", None, {A}), ("b2", "recaptured", None, R21), ("b2", "told", None, {A}),
 ("b2", "killed", "Two soldiers", R21), ("b2", "assault", None, R21), ("b2", "said", "Two soldiers", {A}),
 ("b2", "taken", None, {"2024-08-10"}), ("b2", "freed", None, {A, "2024-08-21"}), ("b2", "said", "Kimbi Gold official", {A}),
 ("b2", "report", None, {A}), ("b2", "gunfire", None, {A, "2024-08-21", "2024-08-21TMO"}),
 ("b2", "operation", None, {"2024-08-19"}), ("b2", "launched", None, {"2024-08-19"}),
 ("b2", "seized", None, {"2024-08-10"}), ("b2", "killed", "three guards", {"2024-08-10"}), ("b2", "said", "had said", None),
 ("b2", "move", None, None), ("b2", "waited", None, None), ("b2", "visit", None, None),
 ("b2", "postponed", None, {A, "2024-08-14", "2024-W33"}), ("b2", "go", None, None), ("b2", "says", "he will go", {A}),
 ("b2", "says", "not resume", {A}), ("b2", "resume", None, None), ("b2", "commented", None, None),
 ("b3", "retook", None, {"2024-08-21"}), ("b3", "spoke", None, None), ("b3", "happened", None, {"2024-09-02"}),
 ("b3", "marched", None, {"2024-09-02"}), ("b3", "demand", None, {"2024-09-02"}), ("b3", "fired", None, {"2024-09-02"}),
 ("b3", "arrested", "six people", {"2024-09-02"}), ("b3", "released", None, {"2024-09-02", "2024-09-02TEV"}),
 ("b3", "visit", None, {"2024-08-23"}), ("b3", "came", "August 23", {"2024-08-23"}),
 ("b3", "recaptured", None, {"2024-08-21"}), ("b3", "promised", None, {"2024-08-23"}), ("b3", "pay", None, None),
 ("b3", "paid", "Nothing has been paid", None), ("b3", "arrested", "commander", {"2024-08-29", "2024-W35"}),
 ("b3", "says", "caught him", {A}), ("b3", "caught", None, {"2024-08-29"}), ("b3", "seized", None, {"2021-03"}),
 ("b3", "came", "came back twice", None), ("b3", "reopen", None, None), ("b3", "says", "next month", {A}),
 # C (2025): 2023-11 (Pidie villagers push a boat back to sea); 2024-12 (the boat leaves Cox's Bazar, "nearly three
 #    weeks ago"); 01-13 Mon (Malaysia's MMEA intercepts the boat off Langkawi, gives supplies, turns it back, escorts it
 #    out); 01-14 Tue (c1); 01-15 Wed (a second boat, ~150 people, pushed back); 01-16 Thu (the first boat towed ashore
 #    near Sabang in the afternoon, two to hospital, residents protest hours later); 01-17 Fri (two Rohingya men arrested
 #    in the morning; Indonesia's FM says Jakarta will raise the pushbacks; c2); 01-18 Sat (the second boat found off
 #    Satun); 01-19 Sun (planned transfer postponed: road blocked, threat to burn the building); 01-20 Mon (police
 #    negotiate); 01-21 Tue (the 185 moved to Lhokseumawe); 01-22 Wed (the two foreign ministers' phone call); 01-23 Thu
 #    (c3); 01-30 Thu (the two men charged); 02-02 Sun (the second boat allowed to land in Thailand); 02-05 Wed (c4).
 ("c1", "turned", None, {"2025-01-13"}), ("c1", "carrying", None, None), ("c1", "giving", None, {"2025-01-13"}),
 ("c1", "said", "the agency said on Tuesday", {A}), ("c1", "left", None, {"2024-12", "2024-W52", "2024-12-24"}),
 ("c1", "intercepted", None, {"2025-01-13"}), ("c1", "said", "in a statement", {A}), ("c1", "statement", None, {A}),
 ("c1", "escorted", None, {"2025-01-13"}), ("c1", "allowed", None, None), ("c1", "land", None, None),
 ("c1", "told", None, {A}), ("c1", "urged", None, {A}), ("c1", "disembark", None, None), ("c1", "saying", "sick", {A}),
 ("c1", "quoted", None, {A}), ("c1", "saying", "100,000", {A}), ("c1", "hosts", None, None), ("c1", "take", None, None),
 ("c1", "condemned", None, {A}), ("c1", "pushback", None, {"2025-01-13"}), ("c1", "said", "heading south", {A}),
 ("c2", "turned", None, {"2025-01-13"}), ("c2", "came", None, {"2025-01-16"}), ("c2", "pushed", "off Langkawi", {"2025-01-13"}),
 ("c2", "towed", None, {"2025-01-16", "2025-01-16TAF"}), ("c2", "failed", None, None), ("c2", "said", "rescue office", {A}),
 ("c2", "taken", None, {"2025-01-16", "2025-01-16TAF"}), ("c2", "gathered", None, {"2025-01-16", "2025-01-16TAF", "2025-01-16TEV"}),
 ("c2", "demanded", None, {"2025-01-16", "2025-01-16TAF", "2025-01-16TEV"}), ("c2", "removed", None, None),
 ("c2", "quoted", None, {A}), ("c2", "saying", None, {A}), ("c2", "reported", None, None),
 ("c2", "arrested", None, {A, "2025-01-17", "2025-01-17TMO"}), ("c2", "organising", None, None), ("c2", "charging", None, None),
 ("c2", "pushed", "second boat", {"2025-01-15"}), ("c2", "said", "UNHCR said", {A}),
 ("c2", "said", "governor said", {A}), ("c2", "moved", None, None),
 ("c3", "landed", None, {"2025-01-16", "2025-W03"}), ("c3", "moved", None, {"2025-01-21"}),
 ("c3", "said", "Indonesian officials said", {A}), ("c3", "transfer", None, None), ("c3", "postponed", None, {"2025-01-19"}),
 ("c3", "blocked", None, {"2025-01-19"}), ("c3", "threatened", None, {"2025-01-19"}), ("c3", "burn", None, None),
 ("c3", "said", "mayor said", {A}), ("c3", "negotiated", None, {"2025-01-20"}),
 ("c3", "said", "said on Friday", {"2025-01-17"}), ("c3", "raise", None, None), ("c3", "spoke", None, {"2025-01-22"}),
 ("c3", "asked", None, {"2025-01-22"}), ("c3", "share", None, None), ("c3", "said", "ministry spokesman said", {A}),
 ("c3", "said", "noted", {A}), ("c3", "noted", None, {A, "2025-01-22"}), ("c3", "defended", None, {A}),
 ("c3", "turned", None, {"2025-01-15"}), ("c3", "found", None, {"2025-01-18"}), ("c3", "gave", None, {"2025-01-18"}),
 ("c3", "let", None, None), ("c3", "land", None, None), ("c3", "said", "UNHCR said", {A}),
 ("c4", "turned", None, {"2025-01-13"}), ("c4", "reached", None, {"2025-01-16"}), ("c4", "face", "angry crowds", None),
 ("c4", "pushed", "Pidie", {"2023-11"}), ("c4", "move", None, {"2025-01-21"}), ("c4", "delayed", None, {"2025-01-19", "2025-01"}),
 ("c4", "protests", None, {"2025-01-19", "2025-01"}), ("c4", "went", None, {"2025-01-21"}),
 ("c4", "arrested", None, {"2025-01-17", "2025-01"}), ("c4", "charged", None, {"2025-01-30"}),
 ("c4", "face", "15 years", None), ("c4", "produced", None, None), ("c4", "call", None, {"2025-01-22"}),
 ("c4", "ended", None, {"2025-01-22"}), ("c4", "meeting", None, None), ("c4", "proposed", None, None),
 ("c4", "cancelled", None, {A, "2025-01", "2025-02"}), ("c4", "pushed", "second boat", {"2025-01-15"}),
 ("c4", "allowed", None, {"2025-02-02"}), ("c4", "died", None, None), ("c4", "said", "Thai navy said", {A}),
 ("c4", "takes", None, None), ("c4", "said", "UNHCR official", {A}),
 # D (2026): 2022 (Private Sean Rooney killed in a similar attack); 2025-08 (UNIFIL's mandate renewed); 03-14 Sat late
 #    (gunmen fire on a UNIFIL convoy at Al-Aqbiya, Private Walsh killed, three wounded); 03-15 Sun (UNIFIL statement;
 #    Irish minister demands an inquiry; Hezbollah denies; d1); 03-17 Tue (the body flown home as planned, received by the
 #    Taoiseach); 03-19 Thu (a suspect detained in a raid, handed to prosecutors; Cpl Byrne flown to Dublin that night);
 #    03-20 Fri (army announces the arrest); 03-21 Sat (d2); funeral Mon 03-23 (plan); 03-26 Thu (foreign minister meets
 #    the president in Beirut, "expected to travel ... next week"); 2026-04 (stones thrown at a Spanish patrol); 05-12
 #    Tue (the suspect freed on bail); 06-08 Mon (trial opened, adjourned to 07-06); 06-10 Wed (d3).
 ("d1", "serving", None, None), ("d1", "killed", "An Irish soldier", W14), ("d1", "wounded", "three comrades", W14),
 ("d1", "fired", None, W14), ("d1", "said", "the UNIFIL force said", {A}), ("d1", "travelling", None, W14),
 ("d1", "came", None, W14), ("d1", "said", "in a statement", {A}), ("d1", "statement", None, {A}),
 ("d1", "named", None, {A}), ("d1", "called", None, {A}), ("d1", "killing", None, W14), ("d1", "demanded", None, {A}),
 ("d1", "investigation", None, None), ("d1", "said", "opened an inquiry", {A}), ("d1", "opened", None, {A, "2026-03-14", "2026-03-15"}),
 ("d1", "questioning", None, {A}), ("d1", "denied", None, {A}), ("d1", "shooting", None, W14), ("d1", "saying", None, {A}),
 ("d1", "incident", None, W14), ("d1", "renewed", None, {"2025-08"}), ("d1", "said", "would be flown", {A}),
 ("d1", "flown", None, None), ("d1", "killed", "first UNIFIL peacekeeper", None), ("d1", "died", None, {"2022"}),
 ("d1", "attack", None, {"2022"}),
 ("d2", "said", "said on Friday", {"2026-03-20"}), ("d2", "arrested", None, {"2026-03-19"}), ("d2", "suspected", None, None),
 ("d2", "firing", None, {"2026-03-14", "2026-W11"}), ("d2", "killed", None, {"2026-03-14", "2026-W11"}),
 ("d2", "detained", None, {"2026-03-19"}), ("d2", "raid", None, {"2026-03-19"}), ("d2", "handed", None, {"2026-03-19"}),
 ("d2", "said", "army statement said", {A, "2026-03-20"}), ("d2", "statement", None, {A, "2026-03-20"}),
 ("d2", "quoted", None, {A}), ("d2", "saying", None, {A}), ("d2", "denied", None, {A}),
 ("d2", "flown", "body was flown", {"2026-03-17"}), ("d2", "planned", None, None), ("d2", "received", None, {"2026-03-17"}),
 ("d2", "funeral", None, None), ("d2", "take", None, None), ("d2", "expected", None, None), ("d2", "travel", None, None),
 ("d2", "press", None, None), ("d2", "trial", None, None), ("d2", "wounded", None, {"2026-03-14", "2026-W11"}),
 ("d2", "attack", None, {"2026-03-14", "2026-W11"}), ("d2", "flown", "Thursday night", {"2026-03-19", "2026-03-19TNI"}),
 ("d2", "returned", None, None), ("d2", "said", "Defence Forces said", {A}),
 ("d3", "shot", None, {"2026-03-14", "2026-03"}), ("d3", "trial", "the trial of the man", {"2026-06-08"}),
 ("d3", "accused", None, None), ("d3", "killing", None, {"2026-03-14", "2026-03"}), ("d3", "opened", None, {"2026-06-08"}),
 ("d3", "adjourned", "within an hour", {"2026-06-08"}), ("d3", "spoke", None, None),
 ("d3", "hearing", "Monday's hearing", {"2026-06-08"}), ("d3", "adjourned", "July 6", {"2026-06-08"}),
 ("d3", "turn", None, {"2026-06-08"}), ("d3", "released", None, {"2026-05", "2026-05-12"}), ("d3", "react", None, None),
 ("d3", "learned", None, None), ("d3", "freed", None, {"2026-05-12"}), ("d3", "told", None, None),
 ("d3", "visited", None, {"2026-03", "2026-03-26"}), ("d3", "help", None, None), ("d3", "met", None, {"2026-03-26"}),
 ("d3", "promised", None, {"2026-03-26"}), ("d3", "harassed", None, None), ("d3", "thrown", None, {"2026-04"}),
 ("d3", "hurt", None, None), ("d3", "attack", None, None), ("d3", "go", "go back", None),
 ("d3", "hearing", "July hearing", None),
]

score_dates(sys.argv[1], EXPECTED)
