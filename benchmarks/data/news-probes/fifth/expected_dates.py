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
 # Q: tanker seized 2023-05-04, crew freed 2023-05-15
 ("q1", "seized", "Marshall Islands", {"2023-05-04"}), ("q1", "reported", None, {A, "2023-05-04", "2023-05-05"}),
 ("q1", "lowered", None, {"2023-05-04"}), ("q1", "escorted", None, {"2023-05-04"}), ("q1", "held", None, None),
 ("q1", "collided", None, None), ("q1", "flee", None, None), ("q1", "lost", None, {"2023-05-04", "2023-05-04T13:00"}),
 ("q1", "monitored", None, {"2023-05-04"}), ("q1", "seizure", "monitored", {"2023-05-04"}), ("q1", "called", None, {A, "2023-05-04", "2023-05-05"}),
 ("q1", "release", None, None), ("q1", "seized", "2019", {"2019"}), ("q1", "holding", None, None),
 ("q1", "seizure", "latest seizure", {"2023-05-04"}), ("q1", "intercepted", None, {"2023-04-27", "2023-W17"}),
 ("q2", "said", "consular access", {"2023-05-07"}), ("q2", "asked", None, {A, "2023-05-07"}), ("q2", "held", None, None),
 ("q2", "seized", None, {"2023-05-04"}), ("q2", "ordered", None, {"2023-05-06"}), ("q2", "confiscated", None, {"2023-05-06"}),
 ("q2", "denied", None, {A, "2023-05-07", "2023-05-08"}), ("q2", "carrying", None, None), ("q2", "told", None, None),
 ("q2", "freed", None, None), ("q2", "met", None, {"2023-05-05"}), ("q2", "press", None, None), ("q2", "release", None, None),
 ("q2", "call", None, None),
 ("q3", "released", None, {"2023-05-15"}), ("q3", "seized", None, {"2023-05-04"}), ("q3", "handed", None, {A, "2023-05-15"}),
 ("q3", "freed", None, {A, "2023-05-15"}), ("q3", "thanked", None, {A, "2023-05-15", "2023-05-16"}),
 ("q3", "release", None, {"2023-05-15"}), ("q3", "promised", None, {"2023-W19"}), ("q3", "free", None, None),
 ("q3", "protest", None, {"2023-05-13"}), ("q3", "staged", None, {"2023-05-13"}), ("q3", "seek", None, None),
 ("q3", "seizure", None, {"2023-05-04"}), ("q3", "impounded", None, None),
 ("q4", "filed", None, {"2023-05-18"}), ("q4", "claim", None, {"2023-05-18"}), ("q4", "recover", None, None),
 ("q4", "seized", None, {"2023-05-04"}), ("q4", "released", None, {"2023-05-15"}), ("q4", "arrived", None, {"2023-05-17"}),
 ("q4", "taken", None, None), ("q4", "seizure", None, {"2023-05-04"}), ("q4", "said", "escort", {"2023-W19"}),
 ("q4", "escort", None, None), ("q4", "launched", None, None), ("q4", "rejected", None, {A, "2023-05-18", "2023-05-19"}),
 ("q4", "demand", None, None), ("q4", "said", "auctioned", {"2023-05-16"}), ("q4", "auctioned", None, None),
 ("q4", "paid", None, None), ("q4", "damaged", None, None),
 # R: Norway expels 2024-04-09, Russia expels 2024-04-12
 ("r1", "expelled", "on Tuesday", {"2024-04-09"}), ("r1", "accusing", None, {A, "2024-04-09"}), ("r1", "spying", None, None),
 ("r1", "declared", None, {A, "2024-04-09"}), ("r1", "gave", None, {A, "2024-04-09"}), ("r1", "leave", None, None),
 ("r1", "photographed", None, {"2023"}), ("r1", "denied", None, {A, "2024-04-09", "2024-04-10"}), ("r1", "respond", None, None),
 ("r1", "summoned", None, {"2024-04-09", "2024-04-09TMO"}), ("r1", "informed", None, {"2024-04-09", "2024-04-09TMO"}),
 ("r1", "expelled", "fifteen", {"2023"}), ("r1", "warned", None, {"2024-04"}), ("r1", "damaged", None, None),
 ("r2", "said", "on Friday", {"2024-04-12"}), ("r2", "expelling", None, {"2024-04-12"}), ("r2", "decision", None, {"2024-04-09", "2024-W15"}),
 ("r2", "order", None, None), ("r2", "summoned", None, {"2024-04-12"}), ("r2", "handed", None, {"2024-04-12"}),
 ("r2", "leave", None, None), ("r2", "called", None, {A, "2024-04-12", "2024-04-13"}), ("r2", "retaliation", None, {"2024-04-12"}),
 ("r2", "take", None, None), ("r2", "closed", None, {"2022"}), ("r2", "expelled", None, {"2024-03"}),
 ("r3", "expelled", "last week", {"2024-04-09", "2024-W15"}), ("r3", "left", None, {"2024-04-16"}), ("r3", "departure", None, {"2024-04-16"}),
 ("r3", "ordered", None, {"2024-04-12"}), ("r3", "move", None, {"2024-04-12"}), ("r3", "leave", None, None),
 ("r3", "threatened", None, None), ("r3", "close", None, None), ("r3", "said", "no decision", {"2024-04-17"}),
 ("r3", "lodged", None, {"2024-04-15"}), ("r3", "complaint", None, {"2024-04-15"}), ("r3", "expel", None, None),
 ("r3", "met", None, {"2024-04-17"}), ("r3", "discuss", None, None), ("r3", "criticised", None, {A, "2024-04-18"}),
 # S: round opened 2025-06-02, attack 06-04, suspended 06-05, resumed 06-16
 ("s1", "opened", None, {"2025-06-02"}), ("s1", "talks", "opened", {"2025-06-02"}), ("s1", "frozen", None, {"2025-01"}),
 ("s1", "discuss", None, None), ("s1", "release", None, None), ("s1", "held", None, None), ("s1", "sign", None, None),
 ("s1", "hoped", None, {A, "2025-06-02", "2025-06-03"}), ("s1", "founded", None, {"1964"}), ("s1", "collapsed", None, {"2019"}),
 ("s1", "bombed", None, {"2019"}), ("s1", "killing", None, {"2019"}), ("s1", "signed", None, {"2023"}), ("s1", "expired", None, {"2024-08"}),
 ("s2", "suspended", "on Thursday", {"2025-06-05"}), ("s2", "attacked", None, {"2025-06-04"}), ("s2", "killing", None, {"2025-06-04"}),
 ("s2", "called", None, {A, "2025-06-05", "2025-06-06"}), ("s2", "assault", None, {"2025-06-04"}), ("s2", "ordered", None, {A, "2025-06-05"}),
 ("s2", "left", None, {"2025-06-05", "2025-06-05TEV"}), ("s2", "attack", "local unit", {"2025-06-04"}), ("s2", "carried", None, {"2025-06-04"}),
 ("s2", "arrested", None, None), ("s2", "resume", None, None), ("s2", "attacks", None, None), ("s2", "stop", None, None),
 ("s2", "held", None, {"2024-11"}), ("s2", "ended", None, {"2024-11"}), ("s2", "suspended", "once before", {"2024"}),
 ("s2", "attack", "same province", {"2024"}),
 ("s3", "resumed", None, {"2025-06-16"}), ("s3", "suspended", None, {"2025-06-05"}), ("s3", "attack", "eleven days", {"2025-06-04"}),
 ("s3", "pledged", None, {"2025-06-13"}), ("s3", "halt", None, None), ("s3", "pledge", None, {"2025-06-13"}),
 ("s3", "return", None, None), ("s3", "agreed", None, {"2025-06-16"}), ("s3", "free", None, None),
 ("s3", "attended", None, {"2025-06-16"}), ("s3", "resumption", None, {"2025-06-16"}), ("s3", "called", None, {A, "2025-06-16", "2025-06-17"}),
 ("s3", "killed", None, {"2025-06-04"}), ("s3", "attack", "buried", {"2025-06-04"}), ("s3", "buried", None, {"2025-W24"}),
 # T: contract signed 2026-01-14, protesters killed 02-01, sale suspended 02-03
 ("t1", "signed", "240 million", {"2026-01-14"}), ("t1", "sale", "240 million", {"2026-01-14"}), ("t1", "built", None, None),
 ("t1", "delivered", None, None), ("t1", "signed", "Robles", {A, "2026-01-14"}), ("t1", "criticised", None, {A, "2026-01-14", "2026-01-15"}),
 ("t1", "killed", None, {"2022"}), ("t1", "unrest", None, {"2022"}), ("t1", "ouster", None, {"2022"}), ("t1", "use", None, None),
 ("t1", "police", None, None), ("t1", "follow", None, None), ("t1", "bought", None, {"2019"}),
 ("t2", "suspended", None, {"2026-02-03"}), ("t2", "killed", None, {"2026-02-01"}), ("t2", "said", "has suspended", {"2026-02-03"}),
 ("t2", "shot", None, {"2026-02-01"}), ("t2", "broke", None, {"2026-02-01"}), ("t2", "injured", None, {"2026-02-01"}),
 ("t2", "welcomed", None, {A, "2026-02-03", "2026-02-04"}), ("t2", "called", "gift", None), ("t2", "delivered", None, None),
 ("t2", "signed", None, {"2026-01"}), ("t2", "summoned", None, {"2026-02-03"}), ("t2", "protest", None, None),
 ("t2", "halted", None, {"2023"}),
 ("t3", "said", "breach", {"2026-02-05"}), ("t3", "freeze", None, {"2026-02-03"}), ("t3", "signed", None, {"2026-01"}),
 ("t3", "threatened", None, {A, "2026-02-05", "2026-02-06"}), ("t3", "take", None, None), ("t3", "lifted", None, None),
 ("t3", "met", None, {"2026-02-04"}), ("t3", "explain", None, None), ("t3", "go", None, None), ("t3", "opened", "attorney general", {"2026-02-05"}),
 ("t3", "investigation", None, {"2026-02-05"}), ("t3", "deaths", None, {"2026-02-01"}), ("t3", "killings", None, {"2026-02-01"}),
 ("t3", "began", None, {"2026-01"}), ("t3", "continued", None, {"2026-02-06"}), ("t3", "blocked", None, {"2026-02-06"}),
 ("t3", "injured", None, {"2026-02-06"}), ("t3", "clashes", None, {"2026-02-06"}),
]

score_dates(sys.argv[1], EXPECTED)
