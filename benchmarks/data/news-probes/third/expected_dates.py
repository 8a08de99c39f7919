"""Hand-written expected dates (written before running chronicle) for the event mentions of
corpus.jsonl: (article, trigger, sentence hint or None, accepted). accepted: a set of TIMEX
values the mention's date_value may have (source text), "article" in the set = the article-date fallback
is right, None = not scored. A listed mention chronicle does not extract counts as MISSING (reported
apart from wrong dates). python expected_dates.py DB"""
import json, subprocess, sys
A = "article"
EXPECTED = [
 ("i1", "won", "Sunday's", {"2025-10-19"}), ("i1", "election", "Sunday's", {"2025-10-19"}),
 ("i1", "published", None, {A, "2025-10-20"}), ("i1", "received", None, None), ("i1", "refused", None, None),
 ("i1", "told", None, {"2025-10-19TNI", "2025-10-19"}), ("i1", "monitored", None, None), ("i1", "publish", None, {"2025-11"}),
 ("i1", "election", "previous", {"2022"}), ("i1", "won", "2022", {"2022"}), ("i1", "negotiations", None, None),
 ("i1", "promised", None, None), ("i1", "backed", None, None), ("i1", "visited", None, None),
 ("i2", "filed", None, {A, "2025-10-22"}), ("i2", "complaint", "filed", {A, "2025-10-22"}), ("i2", "election", None, {"2025-10-19"}),
 ("i2", "stuffed", None, None), ("i2", "expelled", None, None), ("i2", "stolen", None, None),
 ("i2", "rejected", None, {"2025-10-21"}), ("i2", "rule", None, {"2025-10-24"}), ("i2", "called", None, None),
 ("i2", "protest", None, {"2025-10-25"}), ("i2", "confirmed", None, None), ("i2", "received", None, None),
 ("i2", "examine", None, None), ("i2", "ordered", None, None),
 ("i3", "ordered", "on Friday", {"2025-10-24"}), ("i3", "upholding", None, {"2025-10-24"}), ("i3", "vote", "October 19", {"2025-10-19"}),
 ("i3", "recount", "will begin", {"2025-10-29"}), ("i3", "begin", None, {"2025-10-29"}), ("i3", "called", None, None),
 ("i3", "protest", None, {"2025-10-25"}), ("i3", "planned", None, None), ("i3", "told", None, {"2025-10-26"}),
 ("i3", "welcome", None, None), ("i3", "confirm", None, None), ("i3", "rejected", None, None), ("i3", "annul", None, None),
 ("i3", "recorded", None, None), ("i3", "change", None, None), ("i3", "accept", None, None),
 ("i4", "confirmed", None, {A, "2025-11-01"}), ("i4", "recount", "which began", {"2025-10-29", "2025-10-31"}),
 ("i4", "began", None, {"2025-10-29"}), ("i4", "completed", None, {"2025-10-31"}), ("i4", "found", None, None),
 ("i4", "counted", None, None), ("i4", "narrowed", None, None), ("i4", "conceded", None, {A, "2025-11-01"}),
 ("i4", "congratulated", None, {A, "2025-11-01"}), ("i4", "sworn", None, {"2025-W45"}), ("i4", "reshuffle", None, {"2024"}),
 ("i4", "recounted", None, None), ("i4", "emigrated", None, None),
 ("j1", "cyberattack", None, {"2024-03-04"}), ("j1", "disrupted", None, {"2024-03-04"}), ("j1", "halting", None, {"2024-03-04"}),
 ("j1", "restored", None, {"2024-03-04TEV", "2024-03-04"}), ("j1", "faced", None, None), ("j1", "stolen", None, None),
 ("j1", "launched", None, None), ("j1", "investigation", None, None), ("j1", "analysing", None, None),
 ("j1", "attack", "most serious", {"2024-03-04"}), ("j1", "knocked", None, {"2007"}), ("j1", "switched", None, None),
 ("j1", "treating", None, None),
 ("j2", "blamed", None, {"2024-03-06"}), ("j2", "cyberattack", None, {"2024-03-04"}), ("j2", "told", None, None),
 ("j2", "targeted", None, {"2024-01"}), ("j2", "summoned", None, {"2024-03-08"}),
 ("j2", "attack", "first reported", {"2024-03-04TMO", "2024-03-04"}), ("j2", "reported", None, {"2024-03-04TMO", "2024-03-04"}),
 ("j2", "stopped", None, {"2024-03-04TMO", "2024-03-04"}), ("j2", "resumed", None, {"2024-03-04"}), ("j2", "planted", None, None),
 ("j2", "attack", "several weeks", None), ("j2", "called", None, None),
 ("j3", "denied", None, {"2024-03-08"}), ("j3", "cyberattack", None, None), ("j3", "accusation", None, None),
 ("j3", "summoned", None, {"2024-03-08"}), ("j3", "handed", None, {"2024-03-08"}), ("j3", "rejected", None, None),
 ("j3", "presented", None, None), ("j3", "discuss", None, {"2024-W11"}), ("j3", "meeting", None, {"2024-W11"}),
 ("j3", "expelled", None, {"2024-02"}), ("j3", "told", None, None), ("j3", "blamed", None, None), ("j3", "shared", None, None),
 ("k1", "closed", "temporarily", {"2025-05-13"}), ("k1", "clashes", None, None), ("k1", "broke", None, None),
 ("k1", "Fighting", None, {"2025-05-12TNI"}), ("k1", "erupted", None, {"2025-05-12TNI"}), ("k1", "killing", None, None),
 ("k1", "continued", None, {"2025-05-13"}), ("k1", "killed", None, None), ("k1", "evacuated", None, None), ("k1", "run", None, None),
 ("k1", "closed", "2014", {"2014"}), ("k1", "moved", None, {"2014"}), ("k1", "advised", None, None), ("k1", "monitoring", None, None),
 ("k2", "truce", None, {"2025-05-17"}), ("k2", "brokered", None, None), ("k2", "took", None, {"2025-05-17"}),
 ("k2", "ending", None, {"2025-05-17"}), ("k2", "fighting", "five days", None), ("k2", "reopen", "would reopen", None),
 ("k2", "shut", None, {"2025-05-13"}), ("k2", "spread", None, {"2025-05-13"}), ("k2", "criticised", None, None),
 ("k2", "kept", None, None), ("k2", "reopen", "Schools", {"2025-W22"}), ("k2", "reopened", None, {"2025-05-18"}),
 ("k2", "deployed", None, None), ("k2", "called", None, None), ("k2", "withdraw", None, None),
 ("k3", "reopened", None, {"2025-06-02"}), ("k3", "closed", "three weeks", None), ("k3", "fighting", None, None),
 ("k3", "returned", None, {"2025-06-01"}), ("k3", "evacuated", None, {"2025-05"}), ("k3", "return", None, None),
 ("k3", "resume", None, {"2025-06-10"}), ("k3", "shut", None, {"2025-05-13"}), ("k3", "run", None, None),
 ("k3", "evacuation", None, None), ("k3", "visit", None, {"2025-FA"}), ("k3", "welcomed", None, None),
 ("k3", "closed", "Belgium", None), ("k3", "decide", None, {"2025-06"}), ("k3", "reopen", None, None),
 ("l1", "agreed", "on Thursday", {"2026-01-08"}), ("l1", "exchange", "agreed on Thursday", None), ("l1", "negotiated", None, None),
 ("l1", "freed", "will be freed", None), ("l1", "held", None, None), ("l1", "exchange", "will take place", {"2026-W03"}),
 ("l1", "discussed", None, {"2026-01-07"}), ("l1", "agreed", "continue talks", None), ("l1", "talks", None, None),
 ("l1", "exchange", "last exchange", {"2023-12"}), ("l1", "freed", "32 Armenian", {"2023-12"}), ("l1", "told", None, {A, "2026-01-09"}),
 ("l1", "settle", None, None),
 ("l2", "exchange", "will take place", {"2026-01-15"}), ("l2", "arrived", None, {"2026-01-12"}), ("l2", "meet", None, None),
 ("l2", "denied", None, None), ("l2", "delayed", None, None), ("l2", "gathered", None, {"2026-01-12"}), ("l2", "urging", None, None),
 ("l2", "asked", None, None), ("l2", "release", None, None), ("l2", "rejected", None, {"2025-12"}), ("l2", "expected", None, None),
 ("l2", "return", None, {"2026-W03"}), ("l2", "sentenced", None, None), ("l2", "declined", None, None),
 ("l3", "exchanged", None, {"2026-01-15"}), ("l3", "freeing", None, {"2026-01-15"}), ("l3", "swap", None, {"2026-01-15"}),
 ("l3", "overseen", None, {"2026-01-15"}), ("l3", "handed", None, {"2026-01-15", "2026-01-15TAF"}),
 ("l3", "taken", None, {"2026-01-15", "2026-01-15TAF"}), ("l3", "welcomed", None, None), ("l3", "exchange", None, None),
 ("l3", "called", None, None), ("l3", "captured", None, {"2023-09"}), ("l3", "offensive", None, {"2023-09"}),
 ("l3", "embraced", None, None), ("l3", "released", None, None), ("l3", "signed", None, None),
 ("l4", "meet", None, {"2026-02"}), ("l4", "discuss", None, None), ("l4", "swap", None, {"2026-W03", "2026-01-15"}),
 ("l4", "freed", None, {"2026-W03", "2026-01-15"}), ("l4", "seen", None, None), ("l4", "talks", "goodwill", None),
 ("l4", "denied", None, {"2026-01-17"}), ("l4", "exchange", None, None), ("l4", "prepared", None, None),
 ("l4", "met", None, {"2025-08"}), ("l4", "initialled", None, {"2025-08"}), ("l4", "hosted", None, {"2023"}),
 ("l4", "talks", "several rounds", {"2023"}), ("l4", "welcomed", None, None), ("l4", "meeting", None, None),
]
rows = [json.loads(l) for l in subprocess.run([sys.executable, "-c", "from chronicle.cli.main import app; app()", "export", "--db", sys.argv[1]],
        capture_output=True, text=True, check=True).stdout.splitlines() if l.strip()]
def find(art, trig, hint):
    return [r for r in rows if r["article_id"] == art and r["trigger_text"].lower() == trig.lower()
            and (hint is None or hint in r["sentence_text"])]
right = wrong = missing = 0
listed = set()
for art, trig, hint, acc in EXPECTED:
    rs = find(art, trig, hint)
    listed.update(r["event_id"] for r in rs)
    if acc is None:
        continue
    if not rs:
        missing += 1
        print("  missing:", art, trig, hint or "", "expected", sorted(acc))
        continue
    ok = all((r["date_source"] == "article" and A in acc) or
             (r["date_source"] != "article" and r["date_value"] in acc) for r in rs)
    right += ok; wrong += not ok
    if not ok:
        print("  WRONG:", art, trig, hint or "", "expected", sorted(acc), "got",
              [(r["date_value"], r["date_source"], r["date_text"]) for r in rs])
unlisted = [(r["article_id"], r["trigger_text"], r["date_value"], r["date_source"]) for r in rows if r["event_id"] not in listed]
print(f"{sys.argv[1]}: {right} right, {wrong} wrong of {right + wrong} scored mentions found; {missing} scored mentions not extracted")
print("unlisted mentions:", unlisted)
