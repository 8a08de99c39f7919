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
 ("e1", "agreed", None, {"2026-02-08"}), ("e1", "talks", None, {"2026-02-08"}), ("e1", "mediated", None, {"2026-02-08"}),
 ("e1", "signed", None, {"2026-02-08"}), ("e1", "Fighting", None, {"2026-01"}), ("e1", "killed", None, {"2026-01"}),
 ("e1", "displaced", None, {"2026-01"}), ("e1", "withdraw", None, {"2026-02"}), ("e1", "deployed", None, None),
 ("e1", "told", None, {"2026-02-08", A}), ("e1", "meet", None, {"2026-03"}),
 ("e2", "accused", None, {"2026-02-12"}), ("e2", "violating", None, None), ("e2", "fired", None, {"2026-02-11"}),
 ("e2", "attack", None, {"2026-02-11"}), ("e2", "wounded", None, {"2026-02-11"}), ("e2", "returned", None, {"2026-02-11"}),
 ("e2", "agreed", None, {"2026-02-08"}), ("e2", "ordered", None, None), ("e2", "protest", None, None),
 ("e2", "violated", None, None), ("e2", "respond", None, None), ("e2", "evacuated", None, {"2026-02-12TMO", "2026-02-12"}),
 ("e3", "rejected", None, {"2026-02-13"}), ("e3", "broken", None, None), ("e3", "opened", None, {"2026-02-11TNI"}),
 ("e3", "responded", None, None), ("e3", "urged", None, None), ("e3", "brokered", None, None), ("e3", "called", None, None),
 ("e3", "meeting", None, {"2026-02-17"}), ("e3", "meet", None, {"2026-02-17"}), ("e3", "accused", None, {A, "2026-02-13"}),
 ("e3", "flying", None, {"2026-02-10"}), ("e3", "denied", None, None), ("e3", "spoke", None, {"2026-02-12TEV"}),
 ("e4", "met", None, {"2026-02-17"}), ("e4", "agreed", None, {"2026-02-17"}), ("e4", "violated", None, {"2026-W07", "2026-02-11"}),
 ("e4", "investigate", None, None), ("e4", "incident", None, {"2026-02-11"}), ("e4", "meeting", None, {"2026-02-17"}),
 ("e4", "chaired", None, {"2026-02-17"}), ("e4", "blamed", None, None), ("e4", "exchange", None, {"2026-W07", "2026-02-11"}),
 ("e4", "wounded", None, {"2026-W07", "2026-02-11"}), ("e4", "talks", None, {"2026-03"}), ("e4", "returning", None, {"2026-02-16"}),
 ("f1", "visit", None, {"2024-10"}), ("f1", "talks", None, {"2024-10"}), ("f1", "summit", "will be the first", {"2024-10"}),
 ("f1", "travelled", None, {"2023-12"}), ("f1", "signed", None, {"2023-12"}), ("f1", "discuss", None, None),
 ("f1", "met", "foreign ministers", {"2024-09"}), ("f1", "met", "last met", {"2024-07"}), ("f1", "summit", "NATO", {"2024-07"}),
 ("f2", "summit", None, None), ("f2", "postponed", None, {A, "2024-10-04"}), ("f2", "travel", None, {"2024-10"}),
 ("f2", "talks", None, {"2024-10"}), ("f2", "meeting", None, {"2024-12"}), ("f2", "dispute", None, None),
 ("f2", "protested", None, {"2024-09-30"}), ("f2", "told", None, {"2024-10-03"}), ("f2", "rejected", None, {"2024-10-01"}),
 ("f3", "met", None, {"2024-12-03"}), ("f3", "postponed", None, None), ("f3", "agreed", None, {"2024-12-03"}),
 ("f3", "signed", None, {"2024-12-03"}), ("f3", "talks", None, None), ("f3", "welcomed", None, {"2024-12-03"}),
 ("f3", "gathered", None, {"2024-12-03TEV"}), ("f3", "detained", None, {"2024-12-03TEV", "2024-12-03"}),
 ("f3", "meet", None, {"2025"}), ("f3", "visit", None, None),
 ("f4", "summit", "this week", {"2024-W49", "2024-12-03"}), ("f4", "signed", None, {"2024-W49", "2024-12-03"}),
 ("f4", "visit", "during President", {"2024-W49", "2024-12-03"}), ("f4", "criticised", None, {A}), ("f4", "hosting", None, None),
 ("f4", "visit", "expected to visit", {"2025-01"}), ("f4", "agreed", None, {"2024-W49", "2024-12-03"}),
 ("f4", "meeting", None, {"2025-01"}), ("f4", "talks", "maritime zones", {"2025-SP"}), ("f4", "talks", "next round", {"2025-01"}),
 ("f4", "blows", None, {"2020"}), ("f4", "implemented", None, None),
 ("g1", "kidnapped", None, {"2025-11-15TNI"}), ("g1", "seized", None, {"2025-11-15TNI", "2025-11-15"}),
 ("g1", "killed", None, {"2025-11-15TNI", "2025-11-15"}), ("g1", "attack", None, {"2025-11-15TNI", "2025-11-15"}),
 ("g1", "claimed", None, None), ("g1", "working", None, {A}), ("g1", "release", None, None), ("g1", "attacks", None, None),
 ("g1", "abducted", None, {"2018"}), ("g1", "held", None, None),
 ("g2", "claimed", None, {"2025-11-19"}), ("g2", "abduction", None, {"2025-W46", "2025-11-15"}), ("g2", "demanded", None, {"2025-11-19"}),
 ("g2", "release", None, None), ("g2", "held", None, None), ("g2", "abducted", None, {"2025-11-15"}), ("g2", "negotiate", None, None),
 ("g2", "asked", None, None), ("g2", "mediate", None, None), ("g2", "launched", None, {"2025-11-16"}),
 ("g2", "operation", None, {"2025-11-16"}), ("g2", "appealed", None, {"2025-11-18"}),
 ("g3", "kidnapped", None, {"2025-11"}), ("g3", "freed", None, {"2025-12-04", A}), ("g3", "released", None, {"2025-12-04"}),
 ("g3", "mediation", None, None), ("g3", "flown", None, {"2025-12-04"}), ("g3", "met", None, {"2025-12-04"}),
 ("g3", "arrive", None, {"2025-12-06"}), ("g3", "thanked", None, {A, "2025-12-05"}), ("g3", "paid", None, None),
 ("g3", "seized", None, {"2025-11"}), ("g3", "questioned", None, {"2025-W50"}),
 ("h1", "called", "NLC) on Wednesday", {"2025-05-28"}), ("h1", "strike", "next Wednesday", {"2025-06-04"}),
 ("h1", "protest", None, None), ("h1", "shut", "offices", None), ("h1", "reversed", None, None), ("h1", "raised", None, {"2025-05"}),
 ("h1", "join", None, None), ("h1", "urged", None, {A}), ("h1", "negotiations", None, None),
 ("h1", "strike", "indefinite", None), ("h1", "strike", "June 2024", {"2024-06"}), ("h1", "called", "June 2024", {"2024-06"}),
 ("h1", "shut", "national grid", {"2024-06"}), ("h1", "closed", None, {"2024-06"}), ("h1", "suspended", None, {"2024-06"}),
 ("h2", "met", None, {"2025-06-02"}), ("h2", "strike", "planned for Wednesday", {"2025-06-04"}), ("h2", "avert", None, None),
 ("h2", "talks", "chaired", {"2025-06-02"}), ("h2", "chaired", None, {"2025-06-02"}), ("h2", "ended", None, {"2025-06-02"}),
 ("h2", "told", None, {"2025-06-02", A}), ("h2", "strike", "go ahead", None), ("h2", "withdrawn", None, None),
 ("h2", "offered", None, None), ("h2", "warned", None, None), ("h2", "marched", None, {"2025-05-30"}), ("h2", "demand", None, None),
 ("h2", "talks", "second round", {"2025-06-02TNI"}),
 ("h3", "called", "called off", {"2025-06-03"}), ("h3", "strike", "due to begin", {"2025-06-04"}),
 ("h3", "agreed", "reverse part", {"2025-06-03"}), ("h3", "announced", None, None),
 ("h3", "talks", None, {"2025-06-03", "2025-06-03TMO", "2025-06-02TNI"}), ("h3", "ended", None, {"2025-06-03", "2025-06-03TMO"}),
 ("h3", "agreed", "30 percent", {"2025-06-03", "2025-06-03TMO"}), ("h3", "suspended", None, {A, "2025-06-03"}),
 ("h3", "report", None, None), ("h3", "close", None, {"2025-06-04"}), ("h3", "thanked", None, None), ("h3", "call", None, None),
 ("h3", "broke", None, None),
 ("h4", "operated", None, {"2025-W23"}), ("h4", "suspended", None, {"2025-06-03", "2025-W23"}),
 ("h4", "strike", "planned for Wednesday", {"2025-06-04"}), ("h4", "called", None, {"2025-06-03"}), ("h4", "agreed", None, {"2025-06-03"}),
 ("h4", "standoff", None, None), ("h4", "announced", None, {"2025-05-28"}), ("h4", "action", None, None),
 ("h4", "effect", None, {"2025-06-15"}), ("h4", "warned", None, None), ("h4", "strike", "cost the economy", None),
 ("h4", "monitor", None, None),
]

score_dates(sys.argv[1], EXPECTED)
