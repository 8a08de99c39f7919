"""`chronicle actors NAME`: the canonical actor, its aliases and its roles over time, end to end
(ingest of three dated articles about an invented person, then the command); and the annotate
contract's roles against the JSON schema."""
from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from chronicle.cli.main import app

runner = CliRunner()

ARTICLES = [
    {"id": "r1", "date": "2022-03-10",
     "text": "Russian Defence Minister Pavel Arkhipov inspected troops near the border on Wednesday, "
             "the ministry said."},
    {"id": "r2", "date": "2025-01-21",
     "text": "Russia's Security Council Secretary Pavel Arkhipov met Chinese Foreign Minister Li Wen in Beijing "
             "on Tuesday. Arkhipov, the former defence minister, discussed security cooperation with Li."},
    {"id": "r3", "date": "2025-04-02",
     "text": "Russian Security Council Secretary Arkhipov arrived in Minsk on Wednesday for talks with "
             "Belarusian officials."},
]


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    d = tmp_path_factory.mktemp("roles")
    src = d / "roles.jsonl"
    src.write_text("".join(json.dumps(a) + "\n" for a in ARTICLES), encoding="utf-8")
    path = str(d / "roles.db")
    result = runner.invoke(app, ["ingest", str(src), "--db", path])
    assert result.exit_code == 0, result.output
    return path


def test_actors_json_lists_roles_over_time(db):
    result = runner.invoke(app, ["actors", "Arkhipov", "--db", db, "--json"])
    assert result.exit_code == 0, result.output
    d = json.loads(result.output)
    assert d["name"] == "Pavel Arkhipov" and d["country"] == "RUS"
    assert {"Arkhipov", "Pavel Arkhipov"} <= set(d["aliases"]) and len(d["members"]) == 2
    got = [(r["title"], r["first_seen"], r["last_seen"], r["ended_by"], r["articles"]) for r in d["roles"]]
    assert got == [("Defence Minister", "2022-03-10", "2022-03-10", "2025-01-21", 2),
                   ("Security Council Secretary", "2025-01-21", "2025-04-02", None, 2)]
    texts = {a["id"]: a["text"] for a in ARTICLES}
    for r in d["roles"]:
        for e in r["evidence"]:
            assert texts[e["article"]][e["start"]:e["end"]] == e["text"]
    assert [e["text"] for e in d["roles"][0]["evidence"]] == ["Russian Defence Minister", "former defence minister"]


def test_actors_text_output_and_dictionary(db, tmp_path: Path):
    dic = tmp_path / "actors.yaml"
    dic.write_text("- name: Pavel Arkhipov\n  roles:\n"
                   "    - {country: RUS, sector: GOV, title: Defence Minister, since: 2020-01-01, until: 2024-05-12}\n",
                   encoding="utf-8")
    result = runner.invoke(app, ["actors", "pavel arkhipov", "--db", db, "--dictionary", str(dic)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].startswith("Pavel Arkhipov · RUS")
    assert any("2022-03-10 → 2022-03-10  Defence Minister (RUS, GOV) · ended by 2025-01-21" in x for x in lines)
    assert any("2025-01-21 → 2025-04-02  Security Council Secretary (RUS, GOV)" in x for x in lines)
    assert any('r2 [124:147] "former defence minister" (former)' in x for x in lines)
    assert lines[-1] == "  2020-01-01 → 2024-05-12  Defence Minister (RUS, GOV) · dictionary"


def test_actors_unknown_name_is_a_clear_error(db):
    result = runner.invoke(app, ["actors", "Nobody Atall", "--db", db])
    assert result.exit_code == 2 and "no actor named" in result.output


def test_schema_requires_well_formed_roles():
    schema = json.loads(resources.files("chronicle.resources").joinpath("schema", "annotate.schema.json").read_text())
    role = {"title": "Defence Minister", "text": "former defence minister", "country": "RUS", "sector": "GOV",
            "former": True, "qualifier": "former", "mentions": [{"text": "former defence minister", "start": 3,
                                                                 "end": 26}]}
    doc = {"article": {"id": "x", "date": None, "title": None, "source": None, "url": None}, "timexes": [],
           "events": [], "actors": [{"id": "a1", "name": "P", "country": "RUS", "sector": "GOV",
                                     "mentions": [], "roles": [role]}]}
    jsonschema.validate(doc, schema)
    for broken in ({k: v for k, v in role.items() if k != "former"}, {**role, "qualifier": "then"},
                   {**role, "mentions": []}):
        doc["actors"][0]["roles"] = [broken]
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.validate(doc, schema)
    del doc["actors"][0]["roles"]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(doc, schema)
