"""Hand-written expected dates (written before running chronicle) for the event mentions of
corpus.jsonl: (article, trigger, sentence hint or None, accepted). accepted: a set of TIMEX
values the mention's date_value may have (source text), "article" in the set = the article-date fallback
is right, None = not scored. A listed mention chronicle does not extract counts as MISSING (reported
apart from wrong dates). python expected_dates.py DB"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from probe_scoring import ARTICLE as A, score_dates  # noqa: E402

K14 = {"2023-03-14", "2023-03-14TMO"}                          # the nurses kidnapped, Tuesday morning
R27 = {"2023-03-27", "2023-03-27TEV"}                          # five nurses released, Monday evening
G27 = {"2025-04-27", "2025-04-27TAF"}                          # tear gas at the riverbed, Sunday afternoon
N27 = {"2025-04-27", "2025-04-27TNI"}                          # Chile's protest note, Sunday night
S28 = {A, "2025-04-28", "2025-04-28TMO"}                       # the army's statement this morning
T10 = {"2026-02-10", "2026-02-10TNI"}                          # the army's statement read on Tuesday night
EXPECTED = [
 # A: 2020-01 boycott; vote postponed 2024-01-05 (set for 01-14, moved to 01-21); coalition votes to boycott 01-09,
 #    EU urges 01-09; leader 01-10; two activists arrested 01-23 Tue; election 01-21; results 01-24; rejected 01-25;
 #    Moroni protest, student killed, 40 arrested 01-26; house arrest 01-27; Mutsamudu protest 01-29; AU envoy meets the
 #    president 01-31; Moussa freed 02-02; four charged 2024-W05; Supreme Court confirms 02-06
 ("a1", "boycott", "will boycott", None), ("a1", "said", "its leader said on Wednesday", {A, "2024-01-10"}),
 ("a1", "voted", None, {"2024-01-09"}), ("a1", "stay", None, None), ("a1", "postponed", None, {"2024-01-05"}),
 ("a1", "set", None, None), ("a1", "saying", None, {"2024-01-05"}), ("a1", "arrived", None, None),
 ("a1", "told", None, {A, "2024-01-10"}), ("a1", "lend", None, None), ("a1", "accused", None, {A, "2024-01-10"}),
 ("a1", "delaying", None, {"2024-01-05"}), ("a1", "campaign", None, None),
 ("a1", "said", "Government spokesman", {A}), ("a1", "go", None, None), ("a1", "called", None, {A}),
 ("a1", "boycott", "called the boycott", {A, "2024-01-09"}), ("a1", "denied", None, {A}),
 ("a1", "boycotted", None, {"2020-01"}), ("a1", "won", None, {"2020-01"}), ("a1", "urged", None, {"2024-01-09"}),
 ("a1", "said", "would not send observers", {"2024-01-09"}), ("a1", "send", None, None), ("a1", "take", None, None),
 ("a2", "won", None, {"2024-01-21", "2024-01-24"}), ("a2", "election", "Sunday's legislative election", {"2024-01-21"}),
 ("a2", "announced", None, {"2024-01-24"}), ("a2", "boycotted", None, {"2024-01-21"}),
 ("a2", "said", "Turnout was", {A, "2024-01-24"}), ("a2", "voting", None, {"2024-01-21"}),
 ("a2", "reported", None, {A, "2024-01-21"}), ("a2", "arrived", "ballot boxes arrived late", {"2024-01-21"}),
 ("a2", "rejected", None, {A, "2024-01-25"}), ("a2", "called", None, {A, "2024-01-25"}),
 ("a2", "protest", "to protest in Moroni", None), ("a2", "represents", None, None),
 ("a2", "said", "its leader, Ibrahim", {A}), ("a2", "said", "Interior Minister", {A}), ("a2", "dispersed", None, None),
 ("a2", "arrested", None, {"2024-01-23"}), ("a2", "handing", None, {"2024-01-23"}), ("a2", "calling", None, None),
 ("a2", "said", "coalition spokeswoman said", {A}), ("a2", "delayed", None, {A, "2024-01-05"}),
 ("a2", "arrived", "arrived late from abroad", None), ("a2", "send", None, None), ("a2", "confirm", None, None),
 ("a3", "placed", None, {"2024-01-27"}), ("a3", "arrest", None, {"2024-01-27"}),
 ("a3", "protest", "a day after a protest", {"2024-01-26"}), ("a3", "election", None, {"2024-01-21"}),
 ("a3", "killed", None, {"2024-01-26"}), ("a3", "said", "his lawyer said", {A}), ("a3", "fired", None, {"2024-01-26"}),
 ("a3", "disperse", None, {"2024-01-26"}), ("a3", "gathered", None, {"2024-01-26"}), ("a3", "shot", None, {"2024-01-26"}),
 ("a3", "said", "the hospital said", {A}), ("a3", "arrested", None, {"2024-01-26"}),
 ("a3", "said", "The interior ministry said", {A}), ("a3", "attacked", None, {"2024-01-26"}), ("a3", "denied", None, {A}),
 ("a3", "using", None, {"2024-01-26"}), ("a3", "said", "It said Moussa", {A}), ("a3", "held", None, {A, "2024-01-27"}),
 ("a3", "accused", None, {A}), ("a3", "inciting", None, None), ("a3", "called", "another protest", {A}),
 ("a3", "protest", "another protest", None), ("a3", "said", "would send an envoy", {A}), ("a3", "send", None, None),
 ("a3", "meet", None, None), ("a3", "called", "called for restraint", {A}), ("a3", "inquiry", None, None),
 ("a3", "death", None, {"2024-01-26"}),
 ("a4", "voted", None, {"2024-01-09"}), ("a4", "boycott", None, None), ("a4", "expected", None, None),
 ("a4", "discredit", None, None), ("a4", "confirmed", None, {"2024-02-06"}), ("a4", "boycotted", None, {"2020"}),
 ("a4", "killed", None, {"2024-01-26"}), ("a4", "broke", None, {"2024-01-26"}),
 ("a4", "protest", "protest in Moroni", {"2024-01-26"}), ("a4", "protest", "A second protest", {"2024-01-29"}),
 ("a4", "passed", None, {"2024-01-29"}), ("a4", "spent", None, None), ("a4", "freed", None, {"2024-02-02"}),
 ("a4", "met", None, {"2024-01-31"}), ("a4", "arrested", None, {"2024-01", "2024-01-26"}),
 ("a4", "released", None, {A}), ("a4", "charged", None, {"2024-W05"}), ("a4", "run", None, None),
 ("a4", "says", None, {A}), ("a4", "made", None, None), ("a4", "said", "he said in an interview", {A}),
 # B: 2021-07 assassination; 2021-10 missionaries abducted; 2023-01 Liancourt ambush; nurses kidnapped 2023-03-14 Tue
 #    morning; ransom demanded 03-15; driver released 03-17 Fri; sixth nurse freed 03-19 Sun; Canada condemns 03-20;
 #    police raid 03-22 Wed; two nuns kidnapped 03-24 Fri; five nurses released 03-27 Mon evening; interview and the
 #    Canadian nurse flies home 03-28 Tue; inquiry promised 03-28
 ("b1", "kidnapped", None, K14), ("b1", "travelled", None, K14), ("b1", "said", "the clinic said on Wednesday", {A, "2023-03-15"}),
 ("b1", "contacted", None, {"2023-03-15"}), ("b1", "demanded", None, {"2023-03-15"}), ("b1", "told", None, {A}),
 ("b1", "said", "Police spokesman", {A}), ("b1", "set", None, {A}), ("b1", "arrests", None, None),
 ("b1", "kidnappings", None, None), ("b1", "surged", None, None), ("b1", "assassination", None, {"2021-07"}),
 ("b1", "abducted", None, {"2021-10"}), ("b1", "held", None, {"2021-10"}), ("b1", "said", "Canada's embassy said", {A}),
 ("b1", "urged", None, {A}), ("b1", "said", "had suspended all journeys", {A}),
 ("b1", "suspended", None, {A, "2023-03-14", "2023-03-15"}),
 ("b2", "raided", None, {"2023-03-22"}), ("b2", "kidnapped", None, {"2023-03-14", "2023-W11"}),
 ("b2", "withdrew", None, {"2023-03-22"}), ("b2", "gunfight", None, {"2023-03-22"}), ("b2", "wounded", None, {"2023-03-22"}),
 ("b2", "said", "a police union said", {A}), ("b2", "released", None, {"2023-03-17"}), ("b2", "telling", None, {"2023-03-17"}),
 ("b2", "lowered", None, None), ("b2", "said", "nurses' driver", {A}), ("b2", "freed", None, {"2023-03-19"}),
 ("b2", "condemned", None, {"2023-03-20"}), ("b2", "kidnapping", None, {"2023-03-14"}),
 ("b2", "said", "around the clock", {"2023-03-20"}), ("b2", "release", None, None), ("b2", "said", "would not pay", {A}),
 ("b2", "pay", None, None), ("b2", "collecting", None, {A}), ("b2", "told", None, {A}), ("b2", "raid", None, {"2023-03-22"}),
 ("b2", "operation", None, {"2023-03-22"}), ("b2", "killed", None, {"2023-01"}), ("b2", "ambush", None, {"2023-01"}),
 ("b2", "say", None, None), ("b2", "arrested", None, None),
 ("b3", "kidnapped", "Five nurses", {"2023-03-14"}), ("b3", "released", "released on Monday evening", R27),
 ("b3", "abduction", None, {"2023-03-14"}), ("b3", "spoke", None, {A, "2023-03-28"}),
 ("b3", "released", "How were they released", R27), ("b3", "left", None, R27), ("b3", "called", None, R27),
 ("b3", "flew", None, {"2023-03-28", "2023-03-28TMO"}), ("b3", "say", None, {A}), ("b3", "paid", None, None),
 ("b3", "pay", None, None), ("b3", "negotiated", None, None), ("b3", "reopen", None, None),
 ("b3", "kidnapped", "Two nuns", {"2023-03-24"}), ("b3", "work", None, None),
 ("b3", "said", "Police said on Monday", {"2023-03-27"}), ("b3", "wounded", None, {"2023-03-22"}),
 ("b3", "raid", None, {"2023-03-22"}), ("b3", "return", None, None), ("b3", "promised", None, {"2023-03-28"}),
 ("b3", "inquiry", None, None), ("b3", "kidnapping", None, {"2023-03-14"}),
 # C: 2023-04 earlier standoff, planes sent; Chile's law 2024-06; emergency declared 2025-04-24 Thu; troops deployed
 #    04-25 Fri (minister's accusation, soldiers reach Santa Rosa that night); Chile denies 04-26; tear gas, 12 detained
 #    04-27 Sun afternoon; Chile's protest note 04-27 night; detainees released 04-28 afternoon; Arica talks + corridor
 #    agreed 04-30 (first set for 05-05); Venezuela announces the flight 05-02; flight set for 05-06, postponed 05-05,
 #    flown 05-09; emergency lifted 05-10; a second flight expected later in May
 ("c1", "deployed", None, {"2025-04-25"}), ("c1", "declared", None, {"2025-04-24"}), ("c1", "emergency", None, {"2025-04-24"}),
 ("c1", "stranded", None, None), ("c1", "left", None, None), ("c1", "passed", None, {"2024-06"}),
 ("c1", "tightening", None, {"2024-06"}), ("c1", "trying", None, None), ("c1", "cross", None, None),
 ("c1", "return", None, None), ("c1", "says", None, {A}), ("c1", "lack", None, None),
 ("c1", "said", "Raúl Ventura", {"2025-04-25"}), ("c1", "pushing", None, {"2025-04-25"}),
 ("c1", "denied", None, {A, "2025-04-26"}), ("c1", "accusation", None, {"2025-04-25"}), ("c1", "expelled", None, None),
 ("c1", "told", None, {A, "2025-04-26"}), ("c1", "quoted", None, {A}), ("c1", "saying", None, {A}),
 ("c1", "reached", None, {"2025-04-25", "2025-04-25TNI"}), ("c1", "standoff", None, {"2023-04"}),
 ("c1", "ended", None, {"2023-04"}), ("c1", "sent", None, {"2023-04"}), ("c1", "fly", None, None),
 ("c2", "fired", None, G27), ("c2", "tried", None, G27), ("c2", "walk", None, None),
 ("c2", "detained", "12 people were detained", G27), ("c2", "said", "the army said in a statement", S28),
 ("c2", "statement", None, S28), ("c2", "said", "Chile's foreign ministry said", {A}), ("c2", "handed", None, N27),
 ("c2", "note", None, N27), ("c2", "travel", None, None), ("c2", "meet", None, None), ("c2", "told", None, {A}),
 ("c2", "talks", None, None), ("c2", "set", None, None), ("c2", "brought", None, {A, "2025-04-27", "2025-04-28"}),
 ("c2", "clash", None, {"2025-04-27"}), ("c2", "detained", "The 12 migrants detained on Sunday", {"2025-04-27"}),
 ("c2", "released", None, {"2025-04-28", "2025-04-28TAF"}), ("c2", "charged", None, None),
 ("c2", "said", "a Tacna prosecutor said", {A}), ("c2", "said", "Venezuela's consul", {A}), ("c2", "send", None, None),
 ("c2", "allows", None, None), ("c2", "treated", None, {A, "2025-04-27"}), ("c2", "said", "regional health office", {A}),
 ("c3", "left", None, {"2025-05-09"}), ("c3", "carrying", None, {"2025-05-09"}), ("c3", "stranded", None, None),
 ("c3", "ending", None, {"2025-05-09"}), ("c3", "said", "Peru's foreign ministry said", {A}),
 ("c3", "flight", "first scheduled", None), ("c3", "scheduled", None, None), ("c3", "postponed", None, {"2025-05-05"}),
 ("c3", "obtained", None, None), ("c3", "said", "landing permit", {A}), ("c3", "sanctions", None, None),
 ("c3", "airlift", None, {"2025-05-09"}), ("c3", "agreed", None, {"2025-04-30"}), ("c3", "talks", None, {"2025-04-30"}),
 ("c3", "corridor", None, None), ("c3", "deal", None, {"2025-04-30"}), ("c3", "taken", None, None),
 ("c3", "announced", None, {"2025-05-02", "2025-05"}), ("c3", "flight", "announced the flight", {"2025-05-09"}),
 ("c3", "meeting", None, {"2025-04-30"}), ("c3", "flight", "A second flight", None), ("c3", "expected", None, None),
 ("c3", "camped", None, None), ("c3", "lifted", None, {"2025-05-10"}), ("c3", "emergency", None, None),
 ("c3", "criticised", None, None), ("c3", "deployment", None, {"2025-04", "2025-04-25"}),
 ("c3", "detention", None, {"2025-04-27"}),
 # D: 2022 blockade begins; 2022-09 Gaskindé attack; ambush near Namssiguia 2026-02-03 Tue; army statement 02-04;
 #    JNIM claim and the junta leader's vow 02-05; ICRC announces the agreed pause 02-10 (army statement that night);
 #    pause begins 02-14, 62 flown out; shelling, evacuation halted 02-15; army denial 02-18; extension brokered 02-19;
 #    evacuations resume 02-20; food convoy enters 02-21, bridge blown up that night; ICRC statement 02-22
 ("d1", "ambushed", None, {"2026-02-03"}), ("d1", "killing", None, {"2026-02-03"}), ("d1", "told", None, {A}),
 ("d1", "attacked", None, {"2026-02-03"}), ("d1", "set", None, {"2026-02-03"}), ("d1", "claimed", None, {"2026-02-05"}),
 ("d1", "attack", "JNIM claimed", {"2026-02-03"}), ("d1", "statement", None, {"2026-02-05"}),
 ("d1", "comments", None, None), ("d1", "said", None, {"2026-02-04"}), ("d1", "repelled", None, {"2026-02-03"}),
 ("d1", "attack", "repelled", {"2026-02-03"}), ("d1", "killed", "killed dozens", {"2026-02-03"}),
 ("d1", "blockade", "under blockade", None), ("d1", "attack", "Gaskindé", {"2022-09"}),
 ("d1", "killed", "Gaskindé", {"2022-09"}), ("d1", "left", None, {"2022-09"}), ("d1", "vowed", None, {"2026-02-05"}),
 ("d1", "break", None, None), ("d1", "ordered", None, {"2026-02-05"}), ("d1", "review", None, None),
 ("d2", "said", "The International Committee", {"2026-02-10"}), ("d2", "agreed", None, {"2026-02-10", "2026-W07"}),
 ("d2", "pause", "three-day humanitarian pause", None), ("d2", "evacuated", None, None), ("d2", "begin", None, None),
 ("d2", "end", None, None), ("d2", "said", "regional director said", {A}), ("d2", "fly", None, None),
 ("d2", "convoy", "food convoy", None), ("d2", "expected", None, None), ("d2", "follow", None, None),
 ("d2", "confirmed", None, T10), ("d2", "agreement", None, {"2026-02-10", "2026-W07"}), ("d2", "statement", None, T10),
 ("d2", "read", None, T10), ("d2", "said", "did not negotiate", T10), ("d2", "negotiate", None, None),
 ("d2", "acted", None, None), ("d2", "need", None, None), ("d2", "said", "Some 300 patients", {A}),
 ("d2", "ambush", None, {"2026-W06", "2026-02-03"}), ("d2", "killed", None, {"2026-W06", "2026-02-03"}),
 ("d2", "left", None, None), ("d2", "welcomed", None, {A}), ("d2", "urged", None, {A}),
 ("d3", "resumed", None, {"2026-02-20"}), ("d3", "evacuations", None, {"2026-02-20"}), ("d3", "fell", None, {"2026-02-15"}),
 ("d3", "forced", None, {"2026-02-15"}), ("d3", "suspend", None, {"2026-02-15"}), ("d3", "entered", None, {"2026-02-21"}),
 ("d3", "convoy", "a food convoy of 80 trucks", {"2026-02-21"}), ("d3", "said", "the ICRC said on Sunday", {"2026-02-22"}),
 ("d3", "began", None, {"2026-02-14"}), ("d3", "pause", "The humanitarian pause began", {"2026-02-14"}),
 ("d3", "flown", None, {"2026-02-14"}), ("d3", "landed", None, {"2026-02-15"}), ("d3", "wounding", None, {"2026-02-15"}),
 ("d3", "halted", None, {"2026-02-15"}), ("d3", "evacuation", "the evacuation was halted", {"2026-02-15"}),
 ("d3", "denied", None, {"2026-02-18"}), ("d3", "fired", None, {"2026-02-15"}), ("d3", "blaming", None, {"2026-02-18"}),
 ("d3", "accused", None, {A, "2026-02-18"}), ("d3", "message", None, None), ("d3", "brokered", None, {"2026-02-19"}),
 ("d3", "arrangement", None, {"2026-02-19"}), ("d3", "extended", None, {"2026-02-19"}), ("d3", "evacuated", None, None),
 ("d3", "convoy", "A second convoy", None), ("d3", "planned", None, None),
 ("d3", "postponed", None, {A, "2026-02-21", "2026-02-22"}), ("d3", "blown", None, {"2026-02-21", "2026-02-21TNI"}),
 ("d3", "said", "blown up", {A}),
]

score_dates(sys.argv[1], EXPECTED)
