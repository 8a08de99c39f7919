"""The web UI in a real browser (Chromium via Playwright) on the demo database."""
from __future__ import annotations

import csv
import json
import urllib.request


def api(page, path):
    with urllib.request.urlopen(page.base + path) as r:
        return json.loads(r.read())


def open_view(page, hash_):
    page.goto(page.base + "/" + hash_)
    page.wait_for_selector("body[data-ready='1']")


def test_filter_to_north_korea_russia_click_an_event_see_its_evidence(page):
    open_view(page, "#/table")
    page.fill("[data-testid=f-party]", "North Korea")
    page.fill("[data-testid=f-with]", "Russia")
    page.click("[data-testid=f-apply]")
    page.wait_for_function("() => location.hash.includes('party=North')")
    page.wait_for_selector("#events tbody tr")
    expected = api(page, "/api/events?party=North+Korea&with=Russia&limit=500")["items"]
    rows = page.locator("#events tbody tr")
    assert rows.count() == len(expected) >= 8
    for i in range(rows.count()):
        text = rows.nth(i).inner_text()
        assert "(PRK)" in text and "(RUS)" in text, text
    # an event with an attribution, so every kind of evidence is there
    target = next(e for e in expected if e["attribution"] and e["recipient"] and e["date"]["source"] == "text")
    page.click(f"#events tbody tr[data-id='{target['id']}']")
    page.wait_for_selector("#article mark.k-trigger")
    detail = api(page, f"/api/events/{target['id']}")
    assert page.inner_text("[data-testid=ev-title]").count("→") == 2
    triggers = page.locator("#article mark.k-trigger")
    assert triggers.count() == 1 and triggers.inner_text() == detail["trigger"]["text"]
    marked = {k: page.locator(f"#article mark[data-kinds~='{k}']").all_inner_texts() for k in
              ("actor", "recipient", "timex", "attribution")}
    for span in detail["evidence"]:
        if span["kind"] in marked:
            assert any(t in span["text"] or span["text"] in t for t in marked[span["kind"]]), (span, marked)
    assert "".join(marked["attribution"]) and "".join(marked["timex"])
    # the highlighted trigger sits inside the event's sentence, which is shaded
    assert page.locator("#article .sent mark.k-trigger").count() == 1
    # the whole article is shown, unchanged
    art = api(page, f"/api/articles/{detail['article']['key']}")
    assert page.locator("#article").inner_text().strip() == art["text"].strip()


def test_timeline_draws_planned_and_occurred_differently_and_zooms(page):
    open_view(page, "#/timeline?party=North+Korea&with=Russia")
    page.wait_for_selector("#timeline .vis-item.st-planned")
    style = "el => getComputedStyle(el).borderTopStyle"
    planned = page.locator("#timeline .vis-item.st-planned").first.evaluate(style)
    occurred_bg = page.locator("#timeline .vis-item.vis-range.st-occurred").first.evaluate(
        "el => getComputedStyle(el).backgroundColor")
    planned_bg = page.locator("#timeline .vis-item.vis-range.st-planned, #timeline .vis-item.vis-box.st-planned").first.evaluate(
        "el => getComputedStyle(el).backgroundColor")
    assert planned == "dashed" and occurred_bg != planned_bg
    groups = page.locator("#timeline .vis-label").all_inner_texts()
    assert any("RUS → PRK" in g for g in groups) and any("PRK → RUS" in g for g in groups)
    before = page.evaluate("(() => { const w = state.timeline.getWindow(); return w.end - w.start; })()")
    page.click("[data-testid=tl-in]")
    page.wait_for_timeout(400)
    after = page.evaluate("(() => { const w = state.timeline.getWindow(); return w.end - w.start; })()")
    assert after < before
    page.select_option("[data-testid=tl-group]", "type")
    page.wait_for_function("() => [...document.querySelectorAll('#timeline .vis-label')].some(x => x.textContent.trim() === 'CONSULT')")
    # click an event item where it is visible (not under the group labels or a stacked neighbour)
    page.wait_for_timeout(300)
    pos = page.evaluate("""(() => {
        for (const c of document.querySelectorAll('#timeline .vis-item .vis-item-content')) {
            const r = c.getBoundingClientRect(), x = r.left + Math.min(r.width / 2, 8), y = r.top + r.height / 2;
            const hit = document.elementFromPoint(x, y);
            if (hit && hit.closest('.vis-item') === c.closest('.vis-item')) return {x, y};
        }
        return null; })()""")
    assert pos, "no event item is visible on the axis"
    page.mouse.click(pos["x"], pos["y"])
    page.wait_for_selector("#article mark.k-trigger")


def test_network_click_filters_to_the_actor(page):
    open_view(page, "#/network")
    page.wait_for_function("() => state.network && state.network.nodes().length > 5")
    pos = page.evaluate("""(() => { const n = state.network.nodes().filter(n => n.data('name') === 'Kim Jong-un')[0];
        const p = n.renderedPosition(); const r = document.querySelector('#network').getBoundingClientRect();
        return {x: r.left + p.x, y: r.top + p.y}; })()""")
    before = page.evaluate("state.network.nodes().length")
    page.mouse.click(pos["x"], pos["y"])
    page.wait_for_function("() => location.hash.includes('party=Kim')")
    # the filter input changes at once, the graph when the filtered network has loaded: wait for
    # the smaller graph, not just the input (the old graph is still there for a moment)
    page.wait_for_function("(n0) => state.network.nodes().length > 0 && state.network.nodes().length < n0"
                           " && document.querySelector('[data-testid=f-party]').value === 'Kim Jong-un'", arg=before)
    names = page.evaluate("state.network.nodes().map(n => n.data('name'))")
    assert "Kim Jong-un" in names and "Apple" not in names


def test_map_shows_located_events_without_a_tile_server(page):
    open_view(page, "#/map")
    page.wait_for_selector("#map path.leaflet-interactive")
    assert page.locator("#map path.leaflet-interactive").count() == len(api(page, "/api/places")["places"])
    assert page.locator("#map img.leaflet-tile").count() == 0
    page.locator("#map path.leaflet-interactive").first.click()
    page.wait_for_selector(".leaflet-popup-content a")


def test_csv_download_follows_the_filters(page):
    open_view(page, "#/table?status=planned")
    page.wait_for_selector("#events tbody tr")
    href = page.get_attribute("[data-testid=csv]", "href")
    assert "status=planned" in href and "format=csv" in href
    with page.expect_download() as dl:
        page.click("[data-testid=csv]")
    with open(dl.value.path(), encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    shown = page.locator("#events tbody tr").evaluate_all("trs => trs.map(tr => tr.dataset.id)")
    assert [r["event_id"] for r in rows] == shown and {r["status"] for r in rows} == {"planned"}


def test_an_article_with_script_renders_as_text(page):
    hits = api(page, "/api/events?q=window.__pwned&limit=50")["items"]
    assert hits, "the hostile article's event should be stored"
    key = hits[0]["article"]["key"]
    open_view(page, f"#/article/{key}")
    page.wait_for_selector("#article2 mark")
    text = page.inner_text("#article2")
    assert "<script>window.__pwned = 1</script>" in text and "<img src=x onerror=" in text and "&amp;" in text
    assert page.locator("#article2 script, #article2 img, #article2 iframe, #article2 b").count() == 0
    # event page and table show the same text inertly
    open_view(page, f"#/event/{hits[0]['id']}")
    page.wait_for_selector("#article mark.k-trigger")
    assert "<script>" in page.inner_text("#article")
    open_view(page, "#/table?q=__pwned")
    page.wait_for_selector("#events tbody tr")
    assert "<img src=x" in page.inner_text("#events tbody")
    assert page.locator("main script, main img, main iframe").count() == 0
    assert page.evaluate("window.__pwned") is None


def test_event_page_shows_its_canonical_event_and_follows_realizes(page):
    entries = api(page, "/api/timeline")["entries"]
    done = next(e for e in entries if e["realizes"])
    open_view(page, f"#/event/{done['id']}")
    page.wait_for_selector("[data-testid=ev-event] a.ev-link")
    row = page.inner_text("[data-testid=ev-event]")
    assert row.startswith(done["status"]) and "realizes " + done["realizes"][0] in row
    assert f"{done['num_mentions']} in {done['num_articles']} article(s)" in page.inner_text("#ev-meta")
    page.click("[data-testid=ev-event] a.ev-link")
    page.wait_for_function(f"() => location.hash.endsWith('{done['realizes'][0]}')")
    page.wait_for_function("() => (document.querySelector('[data-testid=ev-event]') || {}).textContent?.includes('realized by')")
    assert page.inner_text("[data-testid=ev-event]").split(" · ")[0] in ("planned", "possible")
    page.wait_for_selector("#article mark.k-trigger")
