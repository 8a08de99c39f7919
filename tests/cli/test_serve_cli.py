"""`chronicle serve`: options, defaults (loopback, read-only) and the token from the environment."""
from __future__ import annotations

import pytest
from typer.testing import CliRunner

from chronicle.cli.main import app

runner = CliRunner()


@pytest.fixture
def captured(monkeypatch):
    import uvicorn

    calls = {}

    def fake_run(application, **kwargs):
        calls["app"] = application
        calls.update(kwargs)

    monkeypatch.setattr(uvicorn, "run", fake_run)
    monkeypatch.delenv("CHRONICLE_WRITE_TOKEN", raising=False)
    return calls


def test_defaults_are_loopback_port_8000_read_only(captured, tmp_path):
    r = runner.invoke(app, ["serve", "--db", str(tmp_path / "x.db")])
    assert r.exit_code == 0, r.output
    assert captured["host"] == "127.0.0.1" and captured["port"] == 8000
    assert captured["app"].state.write_enabled is False


def test_token_from_option_or_environment(captured, tmp_path, monkeypatch):
    r = runner.invoke(app, ["serve", "--db", str(tmp_path / "x.db"), "--write-token", "long-enough-1", "--port", "9001"])
    assert r.exit_code == 0 and captured["app"].state.write_enabled is True and captured["port"] == 9001
    monkeypatch.setenv("CHRONICLE_WRITE_TOKEN", "from-the-env-123")
    r = runner.invoke(app, ["serve", "--db", str(tmp_path / "y.db")])
    assert r.exit_code == 0 and captured["app"].state.write_enabled is True


def test_short_token_is_refused_in_one_line(captured, tmp_path):
    r = runner.invoke(app, ["serve", "--db", str(tmp_path / "x.db"), "--write-token", "abc"])
    assert r.exit_code == 2 and "at least 8" in r.output and "Traceback" not in r.output
    assert "app" not in captured
