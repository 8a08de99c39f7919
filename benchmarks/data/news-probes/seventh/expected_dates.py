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
 # Y: remarks 2023-05-08, ambassador recalled 05-09, regret 05-12, Panama meeting 05-14, return 05-19
 ("y1", "recalled", None, {"2023-05-09"}), ("y1", "said", "prisons were run", None),
 ("y1", "made", None, {"2023-05-08"}), ("y1", "called", None, {A, "2023-05-09", "2023-05-10"}),
 ("y1", "stay", None, None), ("y1", "offered", None, None), ("y1", "regretted", None, {A, "2023-05-09", "2023-05-10"}),
 ("y1", "offend", None, None), ("y1", "recall", None, {"2023-05-09"}), ("y1", "broke", None, {"2008"}),
 ("y1", "raid", None, {"2008"}), ("y1", "killed", None, {"2008"}), ("y1", "affected", None, None),
 ("y2", "expressed", None, {"2023-05-12"}), ("y2", "withdraw", "led Quito", {"2023-05-09"}),
 ("y2", "met", None, {"2023-05-14"}), ("y2", "meeting", "After the meeting", {"2023-05-14"}),
 ("y2", "called", None, {"2023-05-09"}), ("y2", "go", None, None), ("y2", "agreed", None, {"2023-05-14"}),
 ("y2", "hold", None, None), ("y2", "recall", None, {"2023-05-09"}), ("y2", "criticised", None, {A, "2023-05", "2023-W19", "2023-W20"}),
 ("y2", "accused", None, {A, "2023-05", "2023-W19", "2023-W20"}), ("y2", "vote", None, None),
 ("y2", "withdraw", "did not withdraw", None), ("y2", "wrote", None, {A, "2023-05-12", "2023-05-15"}),
 ("y3", "returned", None, {"2023-05-19"}), ("y3", "recalled", None, {"2023-05-09"}), ("y3", "received", None, {"2023-05-19", "2023-05-19TAF"}),
 ("y3", "handed", None, {"2023-05-19", "2023-05-19TAF"}), ("y3", "proposed", None, {A, "2023-05-19", "2023-05-19TAF"}),
 ("y3", "agreed", None, {"2023-05-14", "2023-W19-WE"}), ("y3", "return", "ends a dispute", {"2023-05-19"}),
 ("y3", "said", "prisons were controlled", {"2023-05-08"}), ("y3", "demanded", None, {A, "2023-05", "2023-05-09"}),
 ("y3", "voiced", None, {A, "2023-05-12"}), ("y3", "apologised", None, None), ("y3", "withdrawn", None, {"2023-05-09"}),
 ("y3", "return", "delayed", {"2023-05-19"}), ("y3", "dissolved", None, {"2023-05-17"}), ("y3", "called", None, {"2023-05-17"}),
 ("y3", "met", None, None),
 # Z: boat detained 2024-08-03, captain fined 08-14, crew home 08-22, captain released 08-26, home 08-27
 ("z1", "detained", None, {"2024-08-03"}), ("z1", "accusing", None, {"2024-08-03", A}), ("z1", "intercepted", None, {"2024-08-03"}),
 ("z1", "ignored", None, {"2024-08-03"}), ("z1", "boarded", None, {"2024-08-03"}), ("z1", "found", None, {"2024-08-03"}),
 ("z1", "towed", None, {"2024-08-03", "2024-08-04"}), ("z1", "handed", None, {"2024-08-04"}), ("z1", "charged", None, None),
 ("z1", "asked", None, {"2024-08-04"}), ("z1", "said", "on Sunday", {"2024-08-04"}), ("z1", "treat", None, None),
 ("z1", "allow", None, None), ("z1", "seized", None, {"2024-04"}), ("z1", "complained", None, None),
 ("z2", "fined", None, {"2024-08-14"}), ("z2", "ordered", None, {"2024-08-14"}), ("z2", "confiscated", None, {"2024-08-14"}),
 ("z2", "arrested", None, {"2024-08", "2024-08-03"}), ("z2", "stopped", None, {"2024-08", "2024-08-03"}),
 ("z2", "asked", None, {A, "2024-08", "2024-08-14"}), ("z2", "sunk", None, None), ("z2", "ruled", None, {"2024-08-14"}),
 ("z2", "handed", None, None), ("z2", "charged", None, None), ("z2", "flown", None, None), ("z2", "paid", None, None),
 ("z2", "serve", None, None), ("z2", "pay", None, None), ("z2", "sank", None, {"2014", "2019", "P5Y"}), ("z2", "dropped", None, None),
 ("z3", "held", None, None), ("z3", "landed", None, {"2024-08-22"}), ("z3", "detained", None, {"2024-08-03"}),
 ("z3", "seized", None, {"2024-08-03"}), ("z3", "met", None, {"2024-08-22"}), ("z3", "convicted", None, {"2024-W33", "2024-08-14"}),
 ("z3", "fined", None, {"2024-W33", "2024-08-14"}), ("z3", "borrowed", None, None), ("z3", "freed", None, None),
 ("z3", "said", "on Friday", {"2024-08-23"}), ("z3", "asked", None, {A, "2024-08-23"}), ("z3", "urged", None, {"2024-08-23"}),
 ("z3", "enter", None, None), ("z3", "give", None, None),
 ("z4", "seized", None, {"2024-08", "2024-08-03"}), ("z4", "released", None, {"2024-08-26"}),
 ("z4", "paid", None, {"2024-08", "2024-08-26", A}), ("z4", "arrived", None, {"2024-08-27", "2024-08-27TEV"}),
 ("z4", "repatriated", None, {"2024-W34", "2024-08-22"}), ("z4", "told", None, {"2024-08-27", "2024-08-27TEV", A}),
 ("z4", "stopped", None, {"2024-08", "2024-08-03"}), ("z4", "come", None, None), ("z4", "confiscated", None, {"2024-08-14"}),
 ("z4", "fined", None, {"2024-08-14"}), ("z4", "given", None, None), ("z4", "detained", None, {"2024"}),
 ("z4", "agreed", None, {"2022"}), ("z4", "ratified", None, None), ("z4", "hold", None, None),
 # B: market car bomb 2025-06-08, claim dismissed and roadside bomb 06-10, raid and arrests 06-13
 ("b1", "exploded", None, {"2025-06-08", "2025-06-08TMO"}), ("b1", "killing", None, {"2025-06-08", "2025-06-08TMO"}),
 ("b1", "wounding", None, {"2025-06-08", "2025-06-08TMO"}), ("b1", "explosion", None, {"2025-06-08", "2025-06-08TMO"}),
 ("b1", "destroyed", None, {"2025-06-08", "2025-06-08TMO"}), ("b1", "set", None, {"2025-06-08", "2025-06-08TMO"}),
 ("b1", "claimed", None, {"2025-06-08", "2025-06-08TNI", "2025-06-08TEV"}), ("b1", "bombing", "claimed", {"2025-06-08", "2025-06-08TMO"}),
 ("b1", "targeted", None, {"2025-06-08", "2025-06-08TMO"}), ("b1", "condemned", None, {A, "2025-06-08"}),
 ("b1", "attack", None, {"2025-06-08", "2025-06-08TMO"}), ("b1", "ordered", None, {A, "2025-06-08"}), ("b1", "find", None, None),
 ("b1", "hit", None, None), ("b1", "bombings", None, {"2022-10"}), ("b1", "killed", None, {"2022-10"}),
 ("b2", "bombing", None, {"2025-06-08"}), ("b2", "rose", None, {A, "2025-06-10", "2025-06-11"}),
 ("b2", "dismissed", None, {"2025-06-10"}), ("b2", "claim", "dismissed", {"2025-06-08"}), ("b2", "attack", None, {"2025-06-08"}),
 ("b2", "carried", None, {"2025-06-08"}), ("b2", "commented", None, None), ("b2", "struck", None, None),
 ("b2", "hit", None, {"2025-06-10", "2025-06-10TMO"}), ("b2", "wounding", None, {"2025-06-10", "2025-06-10TMO"}),
 ("b2", "claimed", None, None), ("b2", "declared", None, {A, "2025-06-08", "2025-06-09", "2025-06-10", "2025-06-11"}),
 ("b2", "destroyed", None, {"2025-06-08"}), ("b2", "rebuilt", None, None),
 ("b3", "arrested", None, {"2025-06-13"}), ("b3", "bombing", "arrested four", {"2025-06-08"}), ("b3", "raid", None, {"2025-06-13"}),
 ("b3", "escaped", None, {"2025-06-13"}), ("b3", "shot", None, {"2025-06-13"}), ("b3", "wounded", None, {"2025-06-13"}),
 ("b3", "seized", None, {"2025-06-13"}), ("b3", "trained", None, None), ("b3", "face", None, None), ("b3", "caught", None, None),
 ("b3", "bombing", "killed 23", {"2025-06-08"}), ("b3", "killed", None, {"2025-06-08"}), ("b3", "claimed", None, {"2025-06-08"}),
 ("b3", "rejected", None, {A, "2025-06-10"}), ("b3", "reopened", None, {"2025-06-14"}), ("b3", "blast", None, {"2025-06-08"}),
 ("b3", "tightened", None, None), ("b3", "searching", None, None),
 # M: drone downed 2026-02-14, offer 03-02, Mali accepts 03-04, Algeria rejects 03-06, envoy in Bamako 03-08
 ("m1", "offered", None, {"2026-03-02"}), ("m1", "mediate", None, None), ("m1", "shot", None, {"2026-02", "2026-02-14"}),
 ("m1", "host", None, None), ("m1", "send", None, None), ("m1", "downed", None, {"2026-02-14"}),
 ("m1", "entered", None, {"2026-02-14"}), ("m1", "destroyed", None, {"2026-02-14"}), ("m1", "closed", None, {"2026-02"}),
 ("m1", "worried", None, None), ("m1", "worsen", None, None), ("m1", "brokered", None, {"2015"}), ("m1", "ended", None, {"2024-01"}),
 ("m1", "responded", None, None),
 ("m2", "accepted", None, {"2026-03-04"}), ("m2", "mediate", None, None), ("m2", "calling", None, {"2026-03-04"}),
 ("m2", "welcome", None, None), ("m2", "take", None, None), ("m2", "repeated", None, {"2026-03-04", A}),
 ("m2", "apologise", None, None), ("m2", "destruction", None, {"2026-02-14", "2026-02"}), ("m2", "shot", None, {"2026-02-14", "2026-02"}),
 ("m2", "proposal", None, {"2026-03-02"}), ("m2", "made", None, {"2026-03-02"}), ("m2", "received", None, None),
 ("m2", "took", None, {"2020", "2021"}), ("m2", "worsened", None, {"2025"}), ("m2", "accused", None, {"2025"}),
 ("m2", "recalled", None, {"2025"}),
 ("m3", "rejected", None, {"2026-03-06"}), ("m3", "offer", None, {"2026-03-02"}), ("m3", "mediate", None, None),
 ("m3", "downing", None, {"2026-02-14", "2026-02"}), ("m3", "said", "statement on Friday", {"2026-03-06"}),
 ("m3", "thanks", None, {"2026-03-06"}), ("m3", "welcomed", None, {"2026-03-04"}), ("m3", "arrived", None, {"2026-03-08"}),
 ("m3", "received", None, {"2026-03-08"}), ("m3", "reported", None, {A, "2026-03-08"}), ("m3", "continue", None, None),
 ("m3", "called", None, {A, "2026-03-06", "2026-03-07", "2026-03-08", "2026-W10"}), ("m3", "refusal", None, {"2026-03-06"}),
 ("m3", "visit", None, {"2026-03-08"}), ("m3", "incident", None, {"2026-02-14", "2026-02"}), ("m3", "proposed", None, {"2026-03-02"}),
 ("m3", "take", None, None), ("m3", "restored", None, None), ("m3", "closing", None, {"2026-02"}),
]

score_dates(sys.argv[1], EXPECTED)
