"""Hand-written expected dates (written before running chronicle) for the event mentions of
corpus.jsonl: (article, trigger, sentence hint or None, accepted). accepted: a set of TIMEX
values the mention's date_value may have (source text), "article" in the set = the article-date fallback
is right, None = not scored. A listed mention chronicle does not extract counts as MISSING (reported
apart from wrong dates). python expected_dates.py DB"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from probe_scoring import ARTICLE as A, score_dates  # noqa: E402

EXPECTED = [
 # H: strike begins 2023-08-07, first denial 08-08, force-feeding alleged 08-13/08-14, rejected 08-15, ended 08-19
 ("h1", "began", None, {"2023-08-07"}), ("h1", "strike", "began a hunger", {"2023-08-07"}),
 ("h1", "said", "said on Tuesday", {"2023-08-08"}), ("h1", "demanding", None, None), ("h1", "convicted", None, {"2011"}),
 ("h1", "protests", None, {"2011"}), ("h1", "crushed", None, {"2011"}), ("h1", "denied", None, {"2023-08-08"}),
 ("h1", "refusing", None, None), ("h1", "called", None, {"2023-08-08"}), ("h1", "told", None, None),
 ("h1", "continue", None, None), ("h1", "met", None, None), ("h1", "urged", None, {A, "2023-08-08"}),
 ("h1", "allow", None, None), ("h1", "strike", "The last hunger", {"2021"}), ("h1", "ended", None, {"2021"}),
 ("h1", "agreed", None, {"2021"}), ("h1", "restore", None, None), ("h1", "suspended", None, None),
 ("h2", "rejected", None, {"2023-08-15"}), ("h2", "fed", None, {"2023-08-13"}), ("h2", "strike", "taking part", {A, "2023-08-07"}),
 ("h2", "accusation", None, {"2023-08-14"}), ("h2", "made", None, {"2023-08-14"}), ("h2", "strapped", None, {"2023-08-13"}),
 ("h2", "obtained", None, None), ("h2", "subjected", None, None), ("h2", "feeding", None, None), ("h2", "taken", None, None),
 ("h2", "returned", None, None), ("h2", "strike", "which began", {"2023-08-07"}), ("h2", "began", None, {"2023-08-07"}),
 ("h2", "spread", None, None), ("h2", "urged", None, {"2023-08"}), ("h2", "address", None, None), ("h2", "visit", None, None),
 ("h2", "requested", None, {"2022"}), ("h2", "approved", None, None),
 ("h3", "ended", None, {"2023-08-19"}), ("h3", "agreed", None, {A, "2023-08-18", "2023-08-19"}), ("h3", "extend", None, None),
 ("h3", "allow", None, None), ("h3", "strike", "ended a two-week", {A, "2023-08-07", "2023-08-19"}),
 ("h3", "called", None, {"2023-08-18", "2023-08-19"}), ("h3", "met", None, {"2023-08-18"}), ("h3", "promised", None, {"2023-08-18"}),
 ("h3", "lengthened", None, None), ("h3", "protest", None, {"2023-08-07"}), ("h3", "began", None, {"2023-08-07"}),
 ("h3", "accused", None, {"2023-W33", "2023-08-14"}), ("h3", "force-feeding", None, None), ("h3", "feeding", None, None),
 ("h3", "denied", None, {A, "2023-08-15", "2023-W33"}), ("h3", "confirmed", None, {"2023-08-20"}),
 ("h3", "introduced", None, {A, "2023-08-20", "2023-08"}), ("h3", "review", None, None),
 ("h3", "welcomed", None, {A, "2023-08-19", "2023-08-20", "2023-08-21"}), ("h3", "judge", None, None), ("h3", "kept", None, None),
 ("h3", "release", None, None), ("h3", "addressed", None, None),
 # P: blast 2024-03-03, force majeure 03-04, raid and arrests 03-06, reopened 03-12, charged 03-13, second attack 03-16
 ("p1", "explosion", None, {"2024-03-03"}), ("p1", "forced", None, {"2024-03-03"}), ("p1", "halt", None, None),
 ("p1", "declared", None, {"2024-03-03", "2024-03-04"}), ("p1", "blast", None, {"2024-03-03"}), ("p1", "started", None, {"2024-03-03"}),
 ("p1", "burned", None, {"2024-03-03"}), ("p1", "hurt", None, None), ("p1", "steal", None, None), ("p1", "placed", None, None),
 ("p1", "shut", None, {"2022"}), ("p1", "drilled", None, {"2022"}), ("p1", "searching", None, {A, "2024-03-04"}),
 ("p1", "rose", None, {"2024-03-04"}),
 ("p2", "arrested", None, {"2024-03-06"}), ("p2", "blowing", None, {"2024-W09-WE", "2024-03-03"}), ("p2", "said", "said on Thursday", {"2024-03-07"}),
 ("p2", "detained", None, {"2024-03-06"}), ("p2", "raid", None, {"2024-03-06"}), ("p2", "found", None, {"2024-03-06"}),
 ("p2", "destroyed", None, {A, "2024-03-06"}), ("p2", "told", None, {"2024-03-07"}), ("p2", "attack", None, {"2024-03-03"}),
 ("p2", "halted", None, {"2024-03-03"}), ("p2", "reached", None, {"2024-03-05"}), ("p2", "take", None, None),
 ("p2", "handed", None, None), ("p2", "complained", None, {A}), ("p2", "polluted", None, None), ("p2", "send", None, None),
 ("p2", "assess", None, None), ("p2", "pay", None, None),
 ("p3", "began", None, {"2024-03-12"}), ("p3", "flowing", None, {"2024-03-12"}), ("p3", "damaged", None, {"2024-03-03", "2024-03"}),
 ("p3", "lifted", None, {"2024-03-13"}), ("p3", "reopened", None, {"2024-03-12"}), ("p3", "replaced", None, {A, "2024-03-12", "2024-03"}),
 ("p3", "ruptured", None, {"2024-03-03"}), ("p3", "explosion", None, {"2024-03-03"}), ("p3", "cost", None, None),
 ("p3", "arrested", None, {A, "2024-03-06", "2024-03"}), ("p3", "sabotage", None, {"2024-03-03", "2024-03"}),
 ("p3", "charged", None, {"2024-03-13"}), ("p3", "denied", None, {"2024-03-13"}), ("p3", "remanded", None, {"2024-03-13"}),
 ("p3", "deploy", None, None), ("p3", "announced", None, {"2022"}), ("p3", "carried", None, None),
 ("p4", "attacked", None, {"2024-03-16"}), ("p4", "resumed", None, {"2024-03-12", "2024-03"}),
 ("p4", "bombing", "following a bombing", {"2024-03-03", "2024-03"}), ("p4", "said", "said on Sunday", {"2024-03-17"}),
 ("p4", "attack", "The second attack", {"2024-03-16"}), ("p4", "blast", None, {"2024-03-03"}), ("p4", "caused", None, {"2024-03-16"}),
 ("p4", "cut", None, {"2024-03-16"}), ("p4", "tampered", None, {"2024-03-16"}), ("p4", "attack", "March 3 attack", {"2024-03-03"}),
 ("p4", "repaired", None, None), ("p4", "declare", None, None), ("p4", "delayed", None, None),
 ("p4", "arrested", None, {A, "2024-03-06", "2024-03"}), ("p4", "bombing", "first bombing", {"2024-03-03"}),
 ("p4", "sent", None, {A, "2024-03"}), ("p4", "claimed", None, None),
 # C: disqualified 2025-06-10, march and detentions 06-11, appeal 06-12, bail 06-16, ruling 06-20, reinstated 06-23
 ("c1", "disqualified", None, {"2025-06-10"}), ("c1", "bars", None, {A, "2025-06-10"}), ("c1", "delivered", None, None),
 ("c1", "refused", None, None), ("c1", "told", None, {A, "2025-06-10"}), ("c1", "challenge", None, None),
 ("c1", "marched", None, {"2025-06-11", "2025-06-11TMO"}), ("c1", "fired", None, {"2025-06-11", "2025-06-11TMO"}),
 ("c1", "disperse", None, {"2025-06-11", "2025-06-11TMO"}), ("c1", "detained", None, {"2025-06-11", "2025-06-11TMO"}),
 ("c1", "denied", None, {A}), ("c1", "pressured", None, None), ("c1", "called", None, {A}),
 ("c2", "overturned", None, {"2025-06-20"}), ("c2", "exclude", None, {"2025-06-10"}), ("c2", "ordered", None, {"2025-06-20"}),
 ("c2", "restored", None, None), ("c2", "ruled", None, {"2025-06-20"}), ("c2", "acted", None, {"2025-06-10"}),
 ("c2", "barred", None, {"2025-06-10", "2025-06-11"}), ("c2", "received", None, None), ("c2", "filed", None, {"2025-06-12"}),
 ("c2", "appeal", "filed his appeal", {"2025-06-12"}), ("c2", "disqualification", None, {"2025-06-10"}),
 ("c2", "studying", None, {A}), ("c2", "appeal", "whether to appeal", None), ("c2", "argued", None, None),
 ("c2", "review", None, None), ("c2", "celebrated", None, {A, "2025-06-20"}), ("c2", "detained", None, {"2025-06-11", "2025-W24"}),
 ("c2", "protest", None, {"2025-06-11", "2025-W24"}), ("c2", "released", None, {"2025-06-16"}), ("c2", "resume", None, None),
 ("c2", "rally", None, None),
 ("c3", "reinstated", None, {A, "2025-06-23"}), ("c3", "said", "said on Monday", {"2025-06-23"}), ("c3", "appeal", None, None),
 ("c3", "printed", None, None), ("c3", "excluded", None, {"2025-06-10"}), ("c3", "exclusion", None, {"2025-06-10"}),
 ("c3", "prompted", None, {A, "2025-06-10", "2025-06-11", "2025-06"}), ("c3", "protests", None, {A, "2025-06-11", "2025-06"}),
 ("c3", "used", None, {A, "2025-06-11", "2025-06"}), ("c3", "detained", None, {A, "2025-06-11", "2025-06"}),
 ("c3", "ruled", None, {"2025-06-20"}), ("c3", "welcomed", None, {A, "2025-06-23"}), ("c3", "thanked", None, {A, "2025-06-23"}),
 ("c3", "reinstatement", None, {A, "2025-06-23"}), ("c3", "eased", None, None), ("c3", "boycott", None, None),
 ("c3", "threatened", None, None), ("c3", "dropped", None, None),
 # D: pact signed 2026-01-20, ratified by Mauritania 02-05, committee fails 02-09, Senegal's vote postponed 02-10
 ("d1", "signed", "signed a defence", {"2026-01-20"}), ("d1", "signed", "agreement was signed", {"2026-01-20"}),
 ("d1", "said", None, {A, "2026-01-20"}), ("d1", "hold", None, None), ("d1", "set", None, None), ("d1", "ratify", None, None),
 ("d1", "guard", None, None), ("d1", "suffered", None, None), ("d1", "attack", None, None), ("d1", "strained", None, {"1989"}),
 ("d1", "clashes", None, {"1989"}), ("d1", "expulsion", None, {"1989"}), ("d1", "improved", None, None),
 ("d2", "ratified", None, {"2026-02-05"}), ("d2", "signed", "with Senegal last month", {"2026-01", "2026-01-20"}),
 ("d2", "voted", None, {"2026-02-05"}), ("d2", "rejected", None, {A, "2026-02-05"}), ("d2", "operate", None, None),
 ("d2", "cross", None, None), ("d2", "signed", "January 20", {"2026-01-20"}), ("d2", "examine", None, None),
 ("d2", "vote", None, None), ("d2", "scheduled", None, None), ("d2", "commented", None, None), ("d2", "questioned", None, None),
 ("d2", "reduce", None, None), ("d2", "left", None, {"2025-07"}),
 ("d3", "postponed", None, {"2026-02-10"}), ("d3", "failed", None, {"2026-02-09"}), ("d3", "set", None, None),
 ("d3", "ratified", None, {"2026-W06", "2026-02-05"}), ("d3", "expressed", None, {A, "2026-W06", "2026-02"}),
 ("d3", "signed", "good faith", None), ("d3", "signed", "last month", {"2026-01", "2026-01-20"}), ("d3", "approve", None, None),
 ("d3", "take", None, None), ("d3", "said", "said on Wednesday", {"2026-02-11"}), ("d3", "accused", None, {A, "2026-02"}),
 ("d3", "stalling", None, None),
]

score_dates(sys.argv[1], EXPECTED)
