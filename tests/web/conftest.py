"""Browser tests: a real server (uvicorn, loopback) on the demo database, driven by Playwright
with the system Chromium. Skipped when /usr/bin/chromium is missing, unless CHRONICLE_BROWSER_TESTS=1
(set by .ci/run), where a missing browser is a failure."""
from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
XSS_ARTICLE = (
    "date 2025-02-10\n"
    "Russian President Vladimir Putin visited Pyongyang on Monday <script>window.__pwned = 1</script>"
    "<img src=x onerror=\"window.__pwned = 2\">, the Kremlin said. "
    "<b>Bold</b> claims &amp; <iframe src=\"javascript:window.__pwned=3\"></iframe> followed.\n"
)

# A plan and its realization (the demo articles have none: the `realizes` link of the event page)
PLAN_ARTICLES = (
    "date 2025-01-20\nRussian Foreign Minister Sergey Lavrov will visit Pyongyang next week, the Kremlin said.\n",
    "date 2025-01-29\nRussian Foreign Minister Sergey Lavrov arrived in Pyongyang on Tuesday for talks.\n",
)


def _required() -> bool:
    return os.environ.get("CHRONICLE_BROWSER_TESTS") == "1"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def ui_db(demo_db, tmp_path_factory) -> Path:
    """The demo database plus one hostile article (HTML and script in its text) and a plan with
    its realization."""
    from chronicle.ingest import ingest
    from chronicle.readers.dispatch import _read_bytes
    from chronicle.store import Store

    base = tmp_path_factory.getbasetemp()
    path = base / "serve-ui.db"
    shutil.copy(demo_db, path)
    with Store(path) as store:
        summary = ingest(list(_read_bytes(XSS_ARTICLE.encode(), "xss", "xss-article", None, None)), store)
        for n, text in enumerate(PLAN_ARTICLES):
            summary.stored += ingest(list(_read_bytes(text.encode(), f"plan{n}", f"plan-{n}", None, None)), store).stored
    assert summary.stored == 3
    return path


@pytest.fixture(scope="session")
def base_url(ui_db):
    import uvicorn

    from chronicle.api import create_app

    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(str(ui_db)), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.time() + 20
    while not server.started:
        assert time.time() < deadline, "server did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        if _required():
            pytest.fail(f"{CHROMIUM} is missing but CHRONICLE_BROWSER_TESTS=1")
        pytest.skip(f"{CHROMIUM} not installed (apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        if _required():
            raise
        pytest.skip("playwright not installed")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser, base_url):
    """A fresh page; records every request and console error, and fails on requests off this server."""
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    pg = context.new_page()
    pg.set_default_timeout(8000)
    pg.requests = []
    pg.errors = []
    pg.on("request", lambda r: pg.requests.append(r.url))
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))
    pg.base = base_url
    yield pg
    context.close()
    outside = [u for u in pg.requests if not u.startswith(base_url) and not u.startswith("data:")]
    assert outside == [], f"requests left the server: {outside}"
    assert pg.errors == [], pg.errors
