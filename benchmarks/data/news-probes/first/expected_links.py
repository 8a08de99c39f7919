"""Hand-written expected canonical events for corpus.jsonl: mentions (article, trigger) that report
one real event, pairs that must stay apart, and realizes links. python expected_links.py DB"""
import json, sqlite3, subprocess, sys
SAME = {
    "Morita's visit, 15 April": [("a2", "arrived"), ("a3", "visit")],
    "the pact signed 15 April": [("a2", "signed"), ("a3", "signed")],
    "Azerbaijani shelling, 11 May (Armenian account)": [("b1", "shelled"), ("b1", "killing"), ("b4", "killed")],
    "the same clash, Azerbaijani account": [("b2", "opened"), ("b2", "wounded")],
    "Beridze's arrest, 7 July": [("d1", "arrested"), ("d1", "detained"), ("d3", "arrested"), ("d4", "arrested")],
}
APART = [(("a1", "visited"), ("a2", "arrived")),   # the 2023 visit is not the 2025 one
         (("b1", "shelled"), ("b4", "met")), (("d2", "ordered"), ("d4", "rejected"))]
REALIZES = {"Morita's visit realizes the plan": (("a2", "arrived"), ("a1", "visit")),
            "the sanctions imposed realize the threatened ones": (("c3", "sanctions"), ("c1", "sanctions"))}
db = sys.argv[1]
rows = [json.loads(l) for l in subprocess.run([sys.executable, "-c", "from chronicle.cli.main import app; app()", "export", "--db", db],
        capture_output=True, text=True, check=True).stdout.splitlines() if l.strip()]
c = sqlite3.connect(db)
m2e = dict(c.execute("select mention_id, event_id from event_mentions"))
ev = {}
for r in rows:
    ev.setdefault((r["article_id"], r["trigger_text"]), m2e.get(r["mention_id"]) or m2e[r["event_id"]])
links = set(c.execute("select source_id, target_id from event_links where relation='realizes'"))
ok = 0
for name, ms in SAME.items():
    ids = {ev.get(m) for m in ms}
    good = len(ids) == 1 and None not in ids
    ok += good
    print(("  ok  " if good else "  SPLIT"), name, f"({len(ids)} events)")
for a, b in APART:
    good = ev.get(a) != ev.get(b)
    ok += good
    print(("  ok  " if good else "  MERGED"), a, b)
for name, (a, b) in REALIZES.items():
    good = (ev.get(a), ev.get(b)) in links
    ok += good
    print(("  ok  " if good else "  NO LINK"), name)
expected_links = {(ev.get(a), ev.get(b)) for a, b in REALIZES.values()}
extra = links - expected_links
print(f"{db}: {ok} of {len(SAME) + len(APART) + len(REALIZES)} expectations met; realizes links not expected: {len(extra)}")
