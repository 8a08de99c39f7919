"""Save a screenshot of each view of the web UI to docs/ (PNG, small).

    .venv/bin/python docs/screenshots.py [--db chronicle.db]

Without --db it ingests examples/ into a temporary database first. Needs /usr/bin/chromium and
the Python ``playwright`` package (both installed for the tests). Serves on loopback only.
"""
from __future__ import annotations

import argparse
import socket
import sys
import tempfile
import threading
import time
from pathlib import Path

import uvicorn
from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
CHROMIUM_ARGS = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


def demo_db(path: Path) -> None:
    from chronicle.ingest import ingest
    from chronicle.readers import read_inputs
    from chronicle.store import Store

    with Store(path) as store:
        ingest(read_inputs([str(ROOT / "examples")]), store)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(db: str) -> tuple[uvicorn.Server, str]:
    from chronicle.api import create_app

    port = free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning"))
    threading.Thread(target=server.run, daemon=True).start()
    deadline = time.time() + 20
    while not server.started:
        if time.time() > deadline:
            raise RuntimeError("server did not start")
        time.sleep(0.05)
    return server, f"http://127.0.0.1:{port}"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", help="database to show (default: examples/ ingested into a temp file)")
    ap.add_argument("--out", default=str(DOCS))
    args = ap.parse_args()
    tmp = tempfile.TemporaryDirectory()
    db = args.db
    if db is None:
        db = str(Path(tmp.name) / "demo.db")
        demo_db(Path(db))
    server, base = start_server(db)
    out = Path(args.out)
    dyad = "party=North+Korea&with=Russia"
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
            page = browser.new_page(viewport={"width": 1280, "height": 760})
            shots = [
                ("ui-timeline.png", f"/#/timeline?{dyad}", "#timeline .vis-item"),
                ("ui-network.png", "/#/network", "#network canvas"),
                ("ui-map.png", "/#/map", "#map .leaflet-interactive"),
                ("ui-table.png", f"/#/table?{dyad}", "#events tbody tr"),
            ]
            for name, path, ready in shots:
                page.goto(base + path)
                page.wait_for_selector(ready, timeout=15000)
                page.wait_for_timeout(600)
                page.screenshot(path=str(out / name))
                print("wrote", out / name)
            # the event page of the first North Korea – Russia event with an attribution
            page.goto(base + f"/#/table?{dyad}")
            page.wait_for_selector("#events tbody tr")
            rows = page.locator("#events tbody tr")
            target = None
            for i in range(rows.count()):
                if rows.nth(i).locator("td").nth(7).inner_text().strip():
                    target = rows.nth(i)
                    break
            (target or rows.first).click()
            page.wait_for_selector("#article mark.k-trigger")
            page.wait_for_timeout(300)
            page.evaluate("window.scrollTo(0, 0)")
            page.screenshot(path=str(out / "ui-event.png"), full_page=True,
                            clip={"x": 0, "y": 0, "width": 1280, "height": 1300})
            print("wrote", out / "ui-event.png")
            browser.close()
    finally:
        server.should_exit = True
        tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
