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
 # U: fire exchanged and Torkham closed 2023-09-06, reopened 2023-09-15
 ("u1", "closed", None, {"2023-09-06"}), ("u1", "exchanged", None, {"2023-09-06"}), ("u1", "said", "officials on both sides", {A, "2023-09-06", "2023-09-07"}),
 ("u1", "tried", None, None), ("u1", "build", None, None), ("u1", "opened", None, {"2023-09-06"}), ("u1", "told", None, None),
 ("u1", "stop", None, None), ("u1", "accused", None, {A, "2023-09-06", "2023-09-07"}), ("u1", "shooting", None, {"2023-09-06"}),
 ("u1", "killed", None, None), ("u1", "wounded", None, {"2023-09-06"}), ("u1", "stranded", None, None),
 ("u1", "said", "talks would be held", {"2023-09-07"}), ("u1", "talks", None, None), ("u1", "held", None, None), ("u1", "reopen", None, None),
 ("u1", "shut", None, {"2023-02"}),
 ("u2", "remained", None, None), ("u2", "closed", None, None), ("u2", "shut", None, {"2023-09-06"}),
 ("u2", "met", None, {"2023-09-10", "2023-W36", A}), ("u2", "failed", None, {"2023-09-10", A}), ("u2", "reach", None, None),
 ("u2", "summoned", None, {"2023-09-07"}), ("u2", "protest", None, {"2023-09-07"}), ("u2", "firing", None, {"2023-09-06"}),
 ("u2", "denied", None, {A, "2023-09-07", "2023-09-10", "2023-09-11"}), ("u2", "fired", None, {"2023-09-06"}),
 ("u2", "protested", None, {"2023-09-09"}), ("u2", "demanding", None, {"2023-09-09"}), ("u2", "reopen", "demanding", None),
 ("u2", "closure", None, {"2023-09-06"}), ("u2", "ordered", None, {"2023-09-06"}), ("u2", "cost", None, None),
 ("u2", "said", "on Monday", {"2023-09-11"}), ("u2", "reopen", "only once", None), ("u2", "removed", None, None),
 ("u3", "reopened", None, {"2023-09-15"}), ("u3", "closed", "nine days", {"2023-09-06"}), ("u3", "gunfight", None, {"2023-09-06"}),
 ("u3", "moving", None, {"2023-09-15", "2023-09-15TAF"}), ("u3", "told", None, {A, "2023-09-15", "2023-09-15TAF"}),
 ("u3", "reopening", None, {"2023-09-15"}), ("u3", "talks", None, {"2023-09-14"}), ("u3", "agreed", "disputed post would stop", {"2023-09-14"}),
 ("u3", "stop", None, None), ("u3", "closure", None, {"2023-09-06"}), ("u3", "left", None, None), ("u3", "rotted", None, None),
 ("u3", "said", "interior minister", {A, "2023-09-15", "2023-09-16"}), ("u3", "closed", "closed again", None), ("u3", "resumed", None, None),
 ("u3", "agreed", "never agreed", None), ("u3", "remove", None, None),
 # V: convoy stopped 2024-03-11, let through 03-14, reached Mrauk-U 03-15
 ("v1", "stopped", None, {"2024-03-11"}), ("v1", "preventing", None, {"2024-03-11"}), ("v1", "said", "UN agency", {A, "2024-03-11", "2024-03-12"}),
 ("v1", "carrying", None, None), ("v1", "turned", None, {"2024-03-11"}), ("v1", "called", None, {A, "2024-03-11", "2024-03-12"}),
 ("v1", "let", None, None), ("v1", "lacked", None, None), ("v1", "allowed", None, None), ("v1", "pass", None, None), ("v1", "checked", None, None),
 ("v1", "cut", None, None), ("v1", "reached", None, {"2024-01"}),
 ("v2", "said", "on Wednesday", {"2024-03-13"}), ("v2", "blocking", None, {"2024-03-11"}), ("v2", "urged", None, {"2024-03-13"}),
 ("v2", "grant", None, None), ("v2", "halted", None, {"2024-03-11"}), ("v2", "waiting", None, None),
 ("v2", "accused", None, {A, "2024-03-13", "2024-03-14"}), ("v2", "supply", None, None), ("v2", "denied", None, {A, "2024-03-13", "2024-03-14"}),
 ("v2", "attacked", None, {"2024-03-12"}), ("v2", "killing", None, {"2024-03-12"}), ("v2", "attack", None, {"2024-03-12"}),
 ("v2", "inspections", None, None), ("v2", "leave", None, None), ("v2", "need", None, None),
 ("v3", "held", None, None), ("v3", "allowed", None, {"2024-03-14"}), ("v3", "reached", None, {"2024-03-15"}),
 ("v3", "searched", None, {"2024-03-14", "2024-W11"}), ("v3", "letting", None, {"2024-03-14"}), ("v3", "began", None, {"2024-03-15", "2024-03-15TAF"}),
 ("v3", "Distribution", None, {"2024-03-15", "2024-03-15TAF"}), ("v3", "thanked", None, {A, "2024-03-15", "2024-03-16"}),
 ("v3", "cleared", None, {"2024-03-14"}), ("v3", "described", None, {"2024-03-13"}), ("v3", "blocking", None, {"2024-03-11"}),
 ("v3", "postponed", None, {A, "2024-03-15", "2024-03-16", "2024-W11"}), ("v3", "meet", None, None),
 # W: shelling 2025-10-04, summons and protest note 10-06, Batken meeting 10-09
 ("w1", "killed", "Three civilians", {"2025-10-04"}), ("w1", "wounded", None, {"2025-10-04"}), ("w1", "fired", None, {"2025-10-04"}),
 ("w1", "hit", None, {"2025-10-04"}), ("w1", "shelling", None, {"2025-10-04", "2025-10-04TEV"}), ("w1", "began", None, {"2025-10-04", "2025-10-04TEV"}),
 ("w1", "lasted", None, None), ("w1", "damaging", None, {"2025-10-04", "2025-10-04TEV"}),
 ("w1", "evacuated", None, {A, "2025-10-04", "2025-10-05", "2025-10-04TNI"}), ("w1", "summon", None, None),
 ("w1", "opened", None, {"2025-10-04"}), ("w1", "returned", None, {"2025-10-04"}), ("w1", "fought", None, {"2022-09"}),
 ("w1", "killed", "100 people", {"2022-09"}), ("w1", "signed", None, {"2025-03"}),
 ("w2", "summoned", None, {"2025-10-06"}), ("w2", "handed", None, {"2025-10-06"}), ("w2", "shelling", None, {"2025-10-04", "2025-W40-WE", "2025-W40"}),
 ("w2", "killed", None, {"2025-10-04", "2025-W40-WE", "2025-W40"}), ("w2", "demanded", None, {A, "2025-10-06"}),
 ("w2", "punish", None, None), ("w2", "pay", None, None), ("w2", "told", None, {A, "2025-10-06"}), ("w2", "attack", None, {"2025-10-04"}),
 ("w2", "denied", None, {A, "2025-10-06", "2025-10-07"}), ("w2", "targeted", None, None), ("w2", "investigate", None, None),
 ("w2", "spoke", None, {"2025-10-05"}), ("w2", "buried", None, {"2025-10-06"}),
 ("w3", "met", None, {"2025-10-09"}), ("w3", "agreed", None, {"2025-10-09"}), ("w3", "withdraw", None, None),
 ("w3", "killed", None, {"2025-10-04"}), ("w3", "shelling", "five days", {"2025-10-04"}),
 ("w3", "shelling", "Last weekend", {"2025-10-04", "2025-W40-WE", "2025-W40"}), ("w3", "war", None, {"2022"}),
 ("w3", "said", "earlier this week", {"2025-W41", "2025-10-06"}), ("w3", "handed", None, {"2025-W41", "2025-10-06"}),
 ("w3", "called", None, None), ("w3", "close", None, None), ("w3", "said", "on Friday", {"2025-10-10"}), ("w3", "paid", None, None),
 # X: announced 2026-01-20, first stage 02-02, Baga attack 02-14, second stage 02-16, Malam Fatori 02-26, postponed (said 03-05)
 ("x1", "said", "on Tuesday", {"2026-01-20"}), ("x1", "withdraw", None, None), ("x1", "fighting", None, None),
 ("x1", "said", "Koulamallah said the last", {A, "2026-01-20"}), ("x1", "leave", None, None), ("x1", "accusing", None, {A, "2026-01-20"}),
 ("x1", "lost", None, {"2024-10"}), ("x1", "attack", None, {"2024-10"}), ("x1", "urged", None, {A, "2026-01-20", "2026-01-21"}),
 ("x1", "reconsider", None, None), ("x1", "warning", None, {A, "2026-01-20", "2026-01-21"}), ("x1", "set", None, {"2015"}),
 ("x1", "left", None, {"2025"}), ("x1", "redeployed", None, None),
 ("x2", "left", None, {"2026-02-02"}), ("x2", "beginning", None, {"2026-02-02"}), ("x2", "withdrawal", None, None),
 ("x2", "announced", None, {"2026-01-20", "2026-W04"}), ("x2", "crossed", None, {"2026-02-02"}), ("x2", "received", None, {"2026-02-02"}),
 ("x2", "move", None, None), ("x2", "leave", None, None), ("x2", "stepped", None, None),
 ("x2", "overran", None, {"2025-12"}), ("x2", "killing", None, {"2025-12"}),
 ("x3", "pulled", None, {"2026-02-16"}), ("x3", "attacked", None, {"2026-02-14"}), ("x3", "killing", None, {"2026-02-14"}),
 ("x3", "departure", None, {"2026-02-16"}), ("x3", "attack", "went ahead", {"2026-02-14"}), ("x3", "said", "on Tuesday", {"2026-02-17"}),
 ("x3", "withdrawal", None, None), ("x3", "leave", None, None), ("x3", "began", None, {"2026-02-02"}),
 ("x3", "attack", "claimed", {"2026-02-14"}), ("x3", "burned", None, {"2026-02-14"}), ("x3", "retreating", None, {"2026-02-14"}),
 ("x3", "said", "last week", {"2026-W07"}), ("x3", "send", None, None),
 ("x4", "postponed", None, {"2026-03-05", "2026-W10"}), ("x4", "said", "on Thursday", {"2026-03-05"}),
 ("x4", "killed", None, {"2026-W09", "2026-02-26"}), ("x4", "attack", None, {"2026-W09", "2026-02-26"}), ("x4", "stay", None, None),
 ("x4", "departure", None, None), ("x4", "began", None, {"2026-02", "2026-02-02"}), ("x4", "withdrawn", None, None),
 ("x4", "call", None, {"2026-03-03"}), ("x4", "stormed", None, {"2026-02-26"}), ("x4", "held", None, {"2026-02-26"}),
 ("x4", "drove", None, {"2026-02-26"}),
]

score_dates(sys.argv[1], EXPECTED)
