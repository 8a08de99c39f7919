"""GDELT 2.0 events / mentions and ACLED-style exports of the canonical events (chronicle.store.exports).

The articles are annotated by hand (no NLP), so every cell is known: an arrest reported by two
articles (one canonical event, two articles), a demonstration told in a second paragraph, a
planned rally (not exported by default), a deployment by a country whose CAMEO code differs from
its ISO code. The seed's medal award is checked on the demo database (the real pipeline).
"""
from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from chronicle.model import (
    Actor, AnnotatedArticle, Article, EventDate, Location, Mention, RoleFiller, Sentence, Span,
)
from chronicle.store import Store
from chronicle.store import exports as X

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared" / "data" / "events"


def _span(text: str, s: str) -> tuple[int, int]:
    i = text.index(s)
    return i, i + len(s)


def _filler(text, s, name=None, country=None, sector=None, aid=None) -> RoleFiller:
    a, b = _span(text, s)
    return RoleFiller(text=s, name=name, country=country, sector=sector, start=a, end=b, actor_id=aid)


def _sentence(text: str, s: str) -> Sentence:
    a, _ = _span(text, s)
    start = max(text.rfind(". ", 0, a), text.rfind("\n", 0, a))
    start = 0 if start < 0 else start + (2 if text[start] == "." else 1)
    return Sentence(start=start, end=text.index(".", a) + 1)


def _date(value: str, start: str, end: str, text: str | None = None) -> EventDate:
    return EventDate(text=text, value=value, start=date.fromisoformat(start), end=date.fromisoformat(end),
                     source="text" if text else "article")


def _mention(text, mid, type_, mode, cameo, status, trigger, actor, recipient, when, location=None,
             confidence=0.8) -> Mention:
    a, b = _span(text, trigger)
    return Mention(id=mid, type=type_, mode=mode, plover=type_, cameo=cameo, status=status,
                   actor=actor, recipient=recipient, date=when, location=location,
                   trigger=Span(text=trigger, start=a, end=b), sentence=_sentence(text, trigger),
                   confidence=confidence)


def _doc(aid, day, text, events, url=None, source=None) -> AnnotatedArticle:
    cut = [i + 1 for i, c in enumerate(text) if c == "." and (i + 1 == len(text) or text[i + 1] in " \n")]
    starts = [0] + [c + (2 if text[c:c + 2] == "\n\n" else 1) for c in cut[:-1]]
    return AnnotatedArticle(
        article=Article(id=aid, text=text, url=url, source=source).model_copy(update={"date": date.fromisoformat(day)}),
        sentences=[Sentence(start=s, end=e) for s, e in zip(starts, cut)],
        actors=[Actor(id=f.actor_id, name=f.name, country=f.country, sector=f.sector, kind="organization")
                for m in events for f in (*m.actor, *m.recipient) if f.actor_id],
        events=events)


LAGOS = "Lagos"


def _articles() -> list[AnnotatedArticle]:
    t1 = ("Nigerian police detained nine union members in Lagos on Monday.\n\n"
          "Hundreds of workers marched through the city against a fuel price rise.")
    police = lambda t, s: _filler(t, s, "Nigeria Police Force", "NGA", "COP", "p")  # noqa: E731
    loc1 = Location(text=LAGOS, name=LAGOS, country="NGA", latitude=6.45, longitude=3.39,
                    start=_span(t1, LAGOS)[0], end=_span(t1, LAGOS)[1])
    a1 = _doc("wire-1", "2024-10-15", t1, [
        _mention(t1, "e1", "COERCE", "arrest", "173", "occurred", "detained",
                 [police(t1, "Nigerian police")], [_filler(t1, "union members", None, None, "CVL")],
                 _date("2024-10-14", "2024-10-14", "2024-10-14", "on Monday"), loc1, confidence=0.87),
        _mention(t1, "e2", "PROTEST", "demo", "141", "occurred", "marched",
                 [_filler(t1, "workers")], [], _date("2024-10-15", "2024-10-15", "2024-10-15")),
    ], url="https://www.lagos-wire.example/story/1", source="Lagos Wire")
    t2 = "Nigerian police held nine trade unionists in Lagos this week."
    a2 = _doc("paper-2", "2024-10-17", t2, [
        _mention(t2, "e1", "COERCE", "arrest", "173", "occurred", "held",
                 [police(t2, "Nigerian police")], [_filler(t2, "trade unionists", None, None, "CVL")],
                 _date("2024-W42", "2024-10-14", "2024-10-20", "this week"))], source="Daily Courier")
    t3 = "The labour congress will stage a general strike in Abuja next month."
    a3 = _doc("paper-3", "2024-10-18", t3, [
        _mention(t3, "e1", "PROTEST", "strike", "143", "planned", "stage",
                 [_filler(t3, "labour congress")], [], _date("2024-11", "2024-11-01", "2024-11-30", "next month"))])
    t4 = "Romanian soldiers moved to the Moldovan frontier on Friday."
    a4 = _doc("wire-4", "2024-10-19", t4, [
        _mention(t4, "e1", "MOBILIZE", "troops", "150", "occurred", "moved",
                 [_filler(t4, "Romanian soldiers", "Romanian Land Forces", "ROU", "MIL", "r")], [],
                 _date("2024-10-18", "2024-10-18", "2024-10-18", "on Friday"))])
    return [a1, a2, a3, a4]


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    from chronicle.link.store_adapter import link_pending

    db = tmp_path_factory.mktemp("exports") / "x.db"
    st = Store(str(db))
    st.add_many(_articles())
    link_pending(st)
    yield st
    st.close()


def _events(st, **kw) -> dict[str, dict]:
    cols = X.gdelt_event_columns()
    rows = [dict(zip(cols, r)) for r in X.gdelt_event_rows(st, **kw)]
    return {r["EventCode"]: r for r in rows}


# ------------------------------------------------------------------ the column lists


def test_column_lists_have_gdelt_and_acled_widths():
    assert len(X.gdelt_event_columns()) == 61 and len(set(X.gdelt_event_columns())) == 61
    assert len(X.gdelt_mention_columns()) == 16
    assert len(X.acled_columns()) == 31 and X.acled_columns()[0] == "event_id_cnty"


@pytest.mark.skipif(not (SHARED / "GDELT_2.0_Events_Column_Labels_Header_Row_Sep2016.csv").exists(),
                    reason="the shared GDELT codebook is not here")
def test_column_lists_match_the_gdelt_codebook():
    with open(SHARED / "GDELT_2.0_Events_Column_Labels_Header_Row_Sep2016.csv", encoding="utf-8") as f:
        assert [r["tableId"] for r in csv.DictReader(f)] == X.gdelt_event_columns()
    with open(SHARED / "GDELT_2.0_eventMentions_Column_Labels_Header_Row_Sep2016.tsv", encoding="utf-8") as f:
        names = [line.split("\t")[1] for line in f.read().splitlines()[1:] if line.split("\t")[2:3] == ["INTEGER"]
                 or line.split("\t")[2:3] in (["STRING"], ["FLOAT"])]
    assert names == X.gdelt_mention_columns()


# ------------------------------------------------------------------ gdelt-events


def test_one_row_per_canonical_occurred_event_with_its_own_date(store):
    ev = _events(store)
    assert set(ev) == {"173", "141", "150"}  # the planned strike is left out
    arrest = ev["173"]
    # the event's own date (the Monday), not either article's date
    assert (arrest["SQLDATE"], arrest["MonthYear"], arrest["Year"]) == ("20241014", "202410", 2024)
    assert arrest["FractionDate"] == round(2024 + (10 * 30 + 14) / 365, 4)
    assert (arrest["NumMentions"], arrest["NumArticles"]) == (2, 2)
    assert (arrest["EventBaseCode"], arrest["EventRootCode"], arrest["QuadClass"]) == ("173", "17", 4)
    assert (arrest["Actor1Code"], arrest["Actor1Name"], arrest["Actor1CountryCode"], arrest["Actor1Type1Code"]) == \
        ("NGACOP", "Nigeria Police Force", "NGA", "COP")
    assert (arrest["Actor2Code"], arrest["Actor2Name"], arrest["Actor2CountryCode"]) == ("CVL", "union members", None)
    assert (arrest["ActionGeo_FullName"], arrest["ActionGeo_Lat"], arrest["ActionGeo_Long"]) == (LAGOS, 6.45, 3.39)
    assert arrest["SOURCEURL"] == "https://www.lagos-wire.example/story/1"
    assert arrest["IsRootEvent"] == 1 and ev["141"]["IsRootEvent"] == 0  # second paragraph
    assert ev["141"]["QuadClass"] == 3
    assert len(arrest["DATEADDED"]) == 14 and arrest["DATEADDED"].isdigit()


def test_unknowns_stay_empty(store):
    arrest = _events(store)["173"]
    for col in ("GoldsteinScale", "AvgTone", "Actor1KnownGroupCode", "Actor1EthnicCode", "Actor1Type2Code",
                "ActionGeo_Type", "ActionGeo_CountryCode", "ActionGeo_FeatureID", "Actor1Geo_FullName"):
        assert arrest[col] is None, col
    march = _events(store)["141"]
    assert march["Actor1Code"] is None and march["Actor1Name"] == "workers" and march["Actor2Name"] is None
    assert march["ActionGeo_FullName"] is None and march["ActionGeo_Lat"] is None


def test_cameo_country_codes_where_cameo_differs_from_iso(store):
    deploy = _events(store)["150"]
    assert (deploy["Actor1Code"], deploy["Actor1CountryCode"]) == ("ROMMIL", "ROM")
    assert X.cameo_country("NGA") == "NGA" and X.cameo_country(None) is None


def test_planned_events_only_when_asked(store):
    ev = _events(store, include_planned=True)
    assert set(ev) == {"173", "141", "150", "143"}
    # a month-precision date gives the month's first day
    assert (ev["143"]["SQLDATE"], ev["143"]["MonthYear"]) == ("20241101", "202411")


def test_global_event_id_is_the_event_id_read_as_hex():
    assert X.global_event_id("ev-00000000ff10") == 0xff10
    assert X.global_event_id("nonsense") is None


# ------------------------------------------------------------------ gdelt-mentions


def test_mentions_rows(store):
    cols = X.gdelt_mention_columns()
    rows = [dict(zip(cols, r)) for r in X.gdelt_mention_rows(store)]
    assert {len(r) for r in X.gdelt_mention_rows(store)} == {16}
    arrest_id = _events(store)["173"]["GLOBALEVENTID"]
    mine = [r for r in rows if r["GLOBALEVENTID"] == arrest_id]
    assert len(mine) == 2 and len(rows) == 4  # the planned strike's mention is left out
    web, paper = mine  # reporting order
    t1 = _articles()[0].article.text
    assert web["MentionTimeDate"] == "20241015000000" and paper["MentionTimeDate"] == "20241017000000"
    assert (web["MentionType"], web["MentionSourceName"], web["MentionIdentifier"]) == \
        (1, "lagos-wire.example", "https://www.lagos-wire.example/story/1")
    assert (paper["MentionType"], paper["MentionSourceName"], paper["MentionIdentifier"]) == \
        (2, "Daily Courier", "paper-2")
    assert web["SentenceID"] == 1 and web["ActionCharOffset"] == t1.index("detained")
    assert web["Actor1CharOffset"] == 0 and web["Actor2CharOffset"] == t1.index("union members")
    assert web["Confidence"] == 87 and web["MentionDocLen"] == len(t1) and web["InRawText"] == 1
    assert web["EventTimeDate"] == _events(store)["173"]["DATEADDED"]
    assert web["MentionDocTone"] is None and web["Extras"] is None
    march = [r for r in rows if r["GLOBALEVENTID"] == _events(store)["141"]["GLOBALEVENTID"]]
    assert march[0]["SentenceID"] == 2 and march[0]["Actor2CharOffset"] is None


# ------------------------------------------------------------------ acled


def _acled_examples():
    for rule in yaml.safe_load(Path(X.__file__).parents[1].joinpath("resources/export/acled.yaml")
                               .read_text(encoding="utf-8"))["rules"]:
        for (type_, mode, cameo, sector), expected in rule["examples"]:
            yield type_, mode, cameo, sector, expected


@pytest.mark.parametrize("type_, mode, cameo, sector, expected", list(_acled_examples()))
def test_acled_mapping_examples(type_, mode, cameo, sector, expected):
    rule = X.acled_rule(type_, mode, cameo, sector)
    if expected is None:
        assert rule is None
    else:
        assert rule is not None and [rule["event_type"], rule["sub_event_type"]] == expected


def test_acled_rows(store):
    rows = {r["sub_event_type"]: r for r in X.acled_rows(store)}
    assert set(rows) == {"Arrests", "Peaceful protest", "Change to group/activity"}  # no planned strike
    arrest = rows["Arrests"]
    assert (arrest["event_date"], arrest["year"], arrest["time_precision"]) == ("2024-10-14", 2024, 1)
    assert (arrest["disorder_type"], arrest["event_type"]) == ("Strategic developments", "Strategic developments")
    assert (arrest["actor1"], arrest["inter1"], arrest["actor2"], arrest["inter2"], arrest["interaction"]) == \
        ("Nigeria Police Force", 1, "union members", 7, 17)
    assert (arrest["iso"], arrest["country"], arrest["location"], arrest["latitude"], arrest["geo_precision"]) == \
        (566, "Nigeria", LAGOS, 6.45, 1)
    assert arrest["notes"] == "Nigerian police detained nine union members in Lagos on Monday."
    assert "Lagos Wire" in arrest["source"] and "Daily Courier" in arrest["source"]
    assert arrest["fatalities"] is None and arrest["admin1"] is None and arrest["region"] is None
    assert arrest["civilian_targeting"] is None  # an arrest is not political violence
    march = rows["Peaceful protest"]
    assert (march["inter1"], march["interaction"], march["actor2"]) == (6, 60, None)  # protesters, alone
    deploy = rows["Change to group/activity"]
    assert (deploy["inter1"], deploy["interaction"], deploy["country"]) == (1, 10, None)  # place unknown


def test_acled_time_precision_from_the_date_width():
    assert X.acled_time_precision(date(2024, 1, 3), date(2024, 1, 3)) == 1
    assert X.acled_time_precision(date(2024, 1, 1), date(2024, 1, 7)) == 2  # an ISO week
    assert X.acled_time_precision(date(2024, 1, 3), date(2024, 1, 5)) == 2  # a few days
    assert X.acled_time_precision(date(2024, 1, 1), date(2024, 1, 31)) == 3
    assert X.acled_time_precision(date(2024, 1, 1), date(2024, 12, 31)) == 3
    assert X.acled_time_precision(None, None) is None


# ------------------------------------------------------------------ writing, CLI


def test_tsv_has_no_header_unless_asked_and_cells_stay_on_one_line(store):
    text = "".join(X.chunks(store, "gdelt-events"))
    lines = text.splitlines()
    assert len(lines) == 3 and {len(x.split("\t")) for x in lines} == {61}
    assert not lines[0].startswith("GLOBALEVENTID")
    with_header = "".join(X.chunks(store, "gdelt-mentions", header=True)).splitlines()
    assert with_header[0].split("\t") == X.gdelt_mention_columns() and len(with_header) == 5
    assert X._tsv_cell("a\tb\nc") == "a b c" and X._tsv_cell(None) == ""


def test_chunks_are_bounded_and_complete(store):
    whole = "".join(X.chunks(store, "gdelt-mentions"))
    parts = list(X.chunks(store, "gdelt-mentions", page_size=1, batch=1))
    assert len(parts) == 4 and "".join(parts) == whole


def test_cli_export_formats(store):
    from chronicle.cli.main import app

    runner = CliRunner()
    path = store.engine.url.database
    r = runner.invoke(app, ["export", "--format", "gdelt-events", "--db", path])
    assert r.exit_code == 0, r.output
    assert len(r.stdout.splitlines()) == 3
    r = runner.invoke(app, ["export", "--format", "gdelt-events", "--include-planned", "--header", "--db", path])
    assert len(r.stdout.splitlines()) == 5
    r = runner.invoke(app, ["export", "--format", "acled", "--db", path])
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    assert len(rows) == 3 and list(rows[0]) == X.acled_columns()
    # ACLED codes what happened: asking it for plans is a user's mistake, said, not ignored
    r = runner.invoke(app, ["export", "--format", "acled", "--include-planned", "--db", path])
    assert r.exit_code != 0 and "--include-planned" in r.output


# ------------------------------------------------------------------ the seed, through the pipeline


def test_seed_medal_award_exported_with_its_own_date(demo_db):
    with Store(demo_db) as st:
        cols = X.gdelt_event_columns()
        rows = [dict(zip(cols, r)) for r in X.gdelt_event_rows(st)]
    # the award to Kim in the lead sentence: the Thursday before the article's date (2025-03-28)
    medal = [r for r in rows if r["SOURCEURL"] == "seed-article" and r["IsRootEvent"] == 1
             and "Kim" in (r["Actor2Name"] or "") and r["EventRootCode"] == "05"]
    assert len(medal) == 1, [(r["SQLDATE"], r["EventCode"], r["Actor2Name"]) for r in rows
                             if r["SOURCEURL"] == "seed-article"]
    m = medal[0]
    assert m["SQLDATE"] == "20250327" and m["Actor1CountryCode"] == "RUS" and m["Actor2CountryCode"] == "PRK"
    assert m["NumMentions"] >= 2 and m["NumArticles"] == 1


# ------------------------------------------------------------------ both backends


def _masked(st, fmt: str) -> list[list[str]]:
    """The export's rows with the wall-clock cells (when a row was stored) blanked."""
    text = "".join(X.chunks(st, fmt, include_planned=True, page_size=2, batch=3))
    if fmt == "acled":
        rows = list(csv.reader(io.StringIO(text)))
        clock = [rows[0].index("timestamp")]
    else:
        rows = [line.split("\t") for line in text.splitlines()]
        cols = X.gdelt_event_columns() if fmt == "gdelt-events" else X.gdelt_mention_columns()
        clock = [cols.index("DATEADDED" if fmt == "gdelt-events" else "EventTimeDate")]
    for r in rows[1 if fmt == "acled" else 0:]:
        for i in clock:
            r[i] = ""
    return rows


@pytest.mark.parametrize("fmt", ["gdelt-events", "gdelt-mentions", "acled"])
def test_exports_are_the_same_on_sqlite_and_postgresql(store, store_url, fmt):
    # the export's SQL (substr, LIKE, length, keyset pages) must read alike on both backends;
    # small pages make the keyset paging cross several pages
    from chronicle.link.store_adapter import link_pending

    other = Store(store_url)
    try:
        other.add_many(_articles())
        link_pending(other)
        got = _masked(other, fmt)
    finally:
        other.close()
    assert got == _masked(store, fmt) and len(got) >= 2
