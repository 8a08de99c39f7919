"""Hand-written expected dates for the event mentions chronicle finds in corpus.jsonl
(article, trigger, expected). expected: a TIMEX value the mention's date must have (source text),
"article" (no date in the text: article fallback is right), or None (ambiguous: not scored).
Scores a database: python expected_dates.py DB"""
import json, subprocess, sys
EXPECTED = [
 ("a1", "visit", "2025-W16"), ("a1", "talks", "2025-W16"), ("a1", "sign", "2025-W16"),
 ("a1", "visited", "2023-11"), ("a1", "met", "2023-11"),
 ("a2", "arrived", "2025-04-15"), ("a2", "met", "2025-04-15"), ("a2", "signed", "2025-04-15"),
 ("a3", "criticised", "2025-04-16"), ("a3", "signed", "2025-04-15"), ("a3", "visit", "2025-04-15"),
 ("a3", "urged", None), ("a3", "rejected", None),
 ("b1", "shelled", "2025-05-11"), ("b1", "killing", "2025-05-11"),
 ("b2", "opened", "2025-05-11"), ("b2", "wounded", "2025-05-11"), ("b2", "accused", None),
 ("b3", "urged", "2025-05-13"), ("b3", "spoke", "2025-05-12"), ("b3", "talks", "article"),
 ("b4", "met", "2025-05-19"), ("b4", "killed", "2025-05-11"), ("b4", "agreed", "2025-05-19"), ("b4", "meet", "2025-06"),
 ("c1", "threatened", "2025-06-02"), ("c1", "sanctions", "article"), ("c1", "releases", "article"),
 ("c2", "rejected", "2025-06-11"), ("c2", "demands", None), ("c2", "threat", None),
 ("c2", "released", "2025-W23"), ("c2", "urged", None),
 ("c3", "sanctions", "2025-06-23"), ("c3", "freezing", "2025-06-23"), ("c3", "agreed", "2025-06-23"), ("c3", "release", None),
 ("c4", "summoned", "2025-06-25"), ("c4", "protest", "2025-06-25"),
 ("d1", "arrested", "2025-07-07TNI"), ("d1", "detained", "2025-07-07TNI"), ("d1", "used", "2025-07-07TNI"),
 ("d1", "charged", "article"),
 ("d2", "ordered", "2025-07-09"), ("d2", "denied", "2025-07-09"), ("d2", "criticised", None),
 ("d3", "appealed", None), ("d3", "arrested", "2025-07-07"), ("d3", "protest", "2025-07-07"),
 ("d4", "rejected", "2025-07-24"), ("d4", "appeal", None), ("d4", "arrested", "2025-07"),
]
# "threat" (c2) and "appeal" (d4) were made before the verb that reacts to them; their exact day
# is not in the text, so they are not scored (both get the reaction's day: noticed, left alone).
rows = [json.loads(l) for l in subprocess.run([sys.executable, "-c", "from chronicle.cli.main import app; app()", "export", "--db", sys.argv[1]],
        capture_output=True, text=True, check=True).stdout.splitlines() if l.strip()]
got = {}
for r in rows:
    got.setdefault((r["article_id"], r["trigger_text"]), []).append(r)
right = wrong = 0
for art, trig, exp in EXPECTED:
    rs = got.get((art, trig), [])
    if exp is None:
        continue
    ok = bool(rs) and all((r["date_source"] == "article") if exp == "article" else
                          (r["date_source"] == "text" and r["date_value"] == exp) for r in rs)
    right += ok; wrong += not ok
    if not ok:
        print("  wrong:", art, trig, "expected", exp, "got", [(r["date_value"], r["date_source"]) for r in rs])
missing = set(got) - {(a, t) for a, t, _ in EXPECTED}
print(f"{sys.argv[1]}: {right} right, {wrong} wrong of {right + wrong} scored mentions; unlisted: {sorted(missing)}")
