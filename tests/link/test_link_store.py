"""Canonical events in the store: linked at ingest, incremental, stable ids, one timeline row each."""
import sqlite3

from chronicle.cli.main import app
from chronicle.link.store_adapter import canonical_timeline, link_pending
from chronicle.store import Store
from typer.testing import CliRunner

runner = CliRunner()

A = "date 2024-06-20\nRussian President Vladimir Putin visited Pyongyang on Wednesday, state media said.\n"
B = "date 2024-06-21\nPutin's visit to Pyongyang on Wednesday was his first in 24 years, Yonhap reported.\n"
C = "date 2024-09-02\nRussian President Vladimir Putin visited Pyongyang on Monday.\n"


def _ingest_one_at_a_time(tmp_path, texts: dict, order: str, db_name: str = "t.db") -> str:
    """Write ``texts`` (name -> article) to files and ingest them one CLI call each, in ``order``."""
    db = str(tmp_path / db_name)
    for name in order:
        (tmp_path / f"{name}.txt").write_text(texts[name], encoding="utf-8")
        assert runner.invoke(app, ["ingest", str(tmp_path / f"{name}.txt"), "--db", db]).exit_code == 0
    return db


def _event_of_each_article(db: str, mention_type: str) -> dict:
    """Article file stem -> the canonical event id of its (last) mention of ``mention_type``."""
    import sqlite3

    c = sqlite3.connect(db)
    rows = c.execute("select a.external_id, em.event_id from event_mentions em join mentions m on m.id = em.mention_id"
                     " join articles a on a.id = m.article_id where m.type = ?", (mention_type,)).fetchall()
    c.close()
    return {k.rsplit("/", 1)[-1].split(".")[0]: v for k, v in rows}


def test_ingest_links_incrementally_with_stable_ids(tmp_path):
    db = str(tmp_path / "t.db")
    (tmp_path / "a.txt").write_text(A, encoding="utf-8")
    assert runner.invoke(app, ["ingest", str(tmp_path / "a.txt"), "--db", db]).exit_code == 0
    with Store(db) as s:
        first = canonical_timeline(s, "RUS", with_="PRK", type="CONSULT")
    assert len(first) == 1 and first[0]["num_mentions"] >= 1
    eid = first[0]["id"]
    for name, text in (("b.txt", B), ("c.txt", C)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    assert runner.invoke(app, ["ingest", str(tmp_path / "b.txt"), str(tmp_path / "c.txt"), "--db", db]).exit_code == 0
    with Store(db) as s:
        assert link_pending(s)["mentions"] == 0  # ingest already linked everything
        tl = canonical_timeline(s, "RUS", with_="PRK", type="CONSULT")
        june = [e for e in tl if e["date"]["start"] == "2024-06-19"]
        sept = [e for e in tl if e["date"]["start"] == "2024-09-02"]
        assert len(june) == 1 and len(sept) == 1
        assert june[0]["id"] == eid                           # the event kept its id
        assert june[0]["num_articles"] == 2 and june[0]["num_mentions"] >= 2
        assert june[0]["first_reported"] == "2024-06-20" and june[0]["last_reported"] == "2024-06-21"
        assert "Yonhap" in june[0]["sources"]
        assert canonical_timeline(s, "RUS", with_="PRK", since="2024-07-01")[0]["id"] == sept[0]["id"]
        assert canonical_timeline(s, "RUS", status="planned") == []
    # re-ingesting changes nothing
    assert runner.invoke(app, ["ingest", str(tmp_path), "--db", db]).exit_code == 0
    with Store(db) as s:
        again = canonical_timeline(s, "RUS", with_="PRK", type="CONSULT")
        assert [(e["id"], e["num_mentions"]) for e in again] == [(e["id"], e["num_mentions"]) for e in tl]


PLAN = ("date 2024-05-20\nRussian President Vladimir Putin plans to visit Pyongyang in June, Kremlin aides said.\n",
        "date 2024-06-01\nRussian President Vladimir Putin may visit Pyongyang in June.\n")
VISIT = (A, "date 2024-06-21\nPutin's visit to Pyongyang was his first in 24 years, Yonhap reported.\n")


def test_cli_and_api_timelines_are_one_reading_filtered_by_the_events_own_status_and_date(tmp_path):
    from datetime import date

    from chronicle.store.queries import EventFilters, canonical_events

    db = str(tmp_path / "t.db")
    for i, text in enumerate(PLAN + VISIT):
        (tmp_path / f"{i}.txt").write_text(text, encoding="utf-8")
    assert runner.invoke(app, ["ingest", str(tmp_path), "--db", db]).exit_code == 0
    with Store(db) as s:
        cli = canonical_timeline(s, "RUS", with_="PRK")
        api = canonical_events(s, EventFilters(party="RUS", with_="PRK"))["entries"]
        assert [e["id"] for e in cli] == [e["event_id"] for e in api] and len(cli) == 2
        plan, visit = cli
        assert plan["status"] == "planned" and [m["status"] for m in plan["mentions"]] == ["planned", "possible"]
        assert visit["date"]["start"] == "2024-06-19" and visit["mentions"][1]["date"]["start"] == "2024-06-21"

        def ids(**kw):
            return [e["event_id"] for e in canonical_events(s, EventFilters(party="Putin", **kw))["entries"]]

        # only the "possible" report says "may", yet the event it belongs to is planned
        assert ids(q="may visit", status=["planned"]) == [plan["id"]] and ids(q="may visit", status=["possible"]) == []
        # only the report dated by its article (June 21) says "24 years"; the visit was on June 19
        day = date(2024, 6, 19)
        assert ids(q="24 years", since=day, until=day) == [visit["id"]]
        assert canonical_timeline(s, "RUS", status="possible") == []


def _with_actors(text: str, actors: list[tuple[str, str, str | None]]):
    from chronicle.model import Actor, AnnotatedArticle, Article

    art = Article(id=text[:8], text=text, date="2025-01-10")
    return AnnotatedArticle(article=art, actors=[Actor(id=f"x{i}", name=n, country=c, kind=k)
                                                 for i, (n, c, k) in enumerate(actors)])


def _identities(store) -> dict[str, str]:
    from sqlalchemy import select

    from chronicle.store import schema as S

    a, ai = S.actors, S.actor_identities
    canon = a.alias("canon")
    with store._read() as conn:
        q = (select(a.c.name, canon.c.name).join(ai, ai.c.actor_id == a.c.id)
             .join(canon, canon.c.id == ai.c.canonical_id))
        return dict(conn.execute(q).all())


def test_actor_identities_follow_new_rows_and_filled_kinds_and_skip_otherwise(tmp_path):
    from chronicle.link.store_adapter import update_actor_identities

    with Store(str(tmp_path / "t.db")) as s:
        # the full name arrives first without a kind: "Rudenko" has no person to resolve to yet
        s.add_many([_with_actors("Andrey Rudenko met Rudenko's aides.", [
            ("Andrey Rudenko", "RUS", None), ("Rudenko", "RUS", "person")])])
        link_pending(s)
        assert _identities(s)["Rudenko"] == "Rudenko"
        # a later article knows he is a person: that fills the kind, and the identity is redone
        s.add_many([_with_actors("Deputy Foreign Minister Andrey Rudenko spoke.", [("Andrey Rudenko", "RUS", "person")])])
        link_pending(s)
        assert _identities(s)["Rudenko"] == "Andrey Rudenko"
        # an article naming only known actors leaves identities alone and costs no recomputation
        s.add_many([_with_actors("Rudenko spoke again on Friday.", [("Rudenko", "RUS", "person")])])
        with s._write() as conn:
            assert update_actor_identities(conn) == 0


def test_an_agentless_report_in_a_later_ingest_joins_the_event_that_names_the_agent(tmp_path):
    # the passive report has no actor countries (another block): the store must hand its
    # agent-relative events to the linker
    db = str(tmp_path / "t.db")
    (tmp_path / "a.txt").write_text("date 2025-03-04\nSerbian police arrested opposition leader Milan Petrovic in "
                                    "Belgrade on Monday night after a protest outside parliament.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("date 2025-03-20\nSerbian opposition leader Milan Petrovic was arrested on "
                                    "March 3 after a protest in Belgrade.\n", encoding="utf-8")
    for name in ("a.txt", "b.txt"):
        assert runner.invoke(app, ["ingest", str(tmp_path / name), "--db", db]).exit_code == 0
    with Store(db) as s:
        arrests = canonical_timeline(s, "Milan Petrovic", type="COERCE")
    assert [(e["num_mentions"], e["num_articles"], e["date"]["start"]) for e in arrests] == [(2, 2, "2025-03-03")]


def test_an_agentless_event_of_a_day_takes_one_agent_across_ingests(tmp_path):
    # first only "were killed"; then the Pakistani account joins it by its day; the Chinese one,
    # a second agent, does not (the store must remember which agent joined)
    db = str(tmp_path / "t.db")
    texts = ("date 2025-03-24\nTwo Indian soldiers were killed in Kashmir on Sunday, the army said.\n",
             "date 2025-03-24\nPakistani troops killed two Indian soldiers in Kashmir on Sunday, Indian officials said.\n",
             "date 2025-03-24\nChinese troops killed two Indian soldiers in Ladakh on Sunday, Indian officials said.\n")
    for n, text in enumerate(texts):
        (tmp_path / f"{n}.txt").write_text(text, encoding="utf-8")
        assert runner.invoke(app, ["ingest", str(tmp_path / f"{n}.txt"), "--db", db]).exit_code == 0
    with Store(db) as s:
        kills = canonical_timeline(s, "IND", type="ASSAULT")
    assert sorted(e["num_mentions"] for e in kills) == [1, 2]
    pair = next(e for e in kills if e["num_mentions"] == 2)
    assert sorted(m["article"]["id"] for m in pair["mentions"]) == ["0", "1"]


def test_a_joint_act_told_with_one_party_joins_across_ingests_in_any_order(tmp_path):
    texts = {"b": "date 2026-02-12\nCambodia agreed on Sunday to a ceasefire, officials said.\n",
             "a": "date 2026-02-09\nThailand and Cambodia agreed on Sunday to a ceasefire, Malaysian officials said.\n",
             "c": "date 2026-02-10\nThailand agreed on Sunday to a ceasefire, officials said.\n",
             "d": "date 2026-02-10\nLaos agreed on Sunday to a ceasefire, officials said.\n"}
    # the report naming one party first; then the one naming both, loaded from the store
    ev = _event_of_each_article(_ingest_one_at_a_time(tmp_path, texts, "bacd"), "AGREE")
    assert ev["a"] == ev["b"] == ev["c"] != ev["d"]


def test_a_joint_act_dated_to_its_week_joins_the_day_across_ingests_in_either_order(tmp_path):
    # "the aid Tokyo pledged last week" / "Japan on Monday pledged aid to the Philippines": the
    # store must hand the linker the events of the other blocks dated inside the week (or around it)
    import sqlite3

    texts = {"a": "date 2025-11-10\nJapan on Monday pledged emergency aid to the Philippines after the typhoon.\n",
             "b": "date 2025-11-19\nThe last planes reached Cebu on Tuesday, completing the aid Tokyo pledged last week.\n"}
    for order in ("ab", "ba"):
        db = _ingest_one_at_a_time(tmp_path, texts, order, f"{order}.db")
        c = sqlite3.connect(db)
        rows = c.execute("select a.external_id, m.date_value, em.event_id from event_mentions em join mentions m"
                         " on m.id = em.mention_id join articles a on a.id = m.article_id where m.type = 'AGREE'").fetchall()
        c.close()
        assert len(rows) == 2 and len({r[2] for r in rows}) == 1, (order, rows)


def test_a_countryless_report_of_a_day_joins_the_event_naming_countries_across_ingests_in_either_order(tmp_path):
    # "The mission was shut last Tuesday": the store must hand the linker the events of that day
    # in the blocks naming countries, and the countryless ones to a report naming countries
    texts = {"a": "date 2025-05-16\nThe Netherlands temporarily closed its embassy in Tripoli on Tuesday after heavy "
                  "clashes, the Dutch foreign ministry said.\n",
             "b": "date 2025-05-19\nThe mission was shut last Tuesday as clashes spread across the capital.\n",
             "c": "date 2025-05-19\nThe mission was shut last Wednesday as clashes spread.\n"}
    for order in ("abc", "cba"):
        ev = _event_of_each_article(_ingest_one_at_a_time(tmp_path, texts, order, f"{order}.db"), "SANCTION")
        assert ev["a"] == ev["b"] != ev["c"], (order, ev)


def test_a_countryless_plan_is_realized_across_ingests_in_either_order(tmp_path):
    # "The first shipment will arrive in Cebu on Thursday" names no country; the landing in the
    # next article names Japan: the store hands the linker each side's events with their words
    import sqlite3

    texts = {"a": "date 2025-11-11\nThe first shipment will arrive in Cebu on Thursday.\n",
             "b": "date 2025-11-14\nA Japanese air force transport plane carrying tents landed at Mactan-Cebu "
                  "International Airport on Thursday.\n"}
    for order in ("ab", "ba"):
        db = _ingest_one_at_a_time(tmp_path, texts, order, f"{order}.db")
        c = sqlite3.connect(db)
        links = c.execute("select count(*) from event_links l join events s on s.id = l.source_id"
                          " join events t on t.id = l.target_id where l.relation = 'realizes'"
                          " and s.type = 'AID' and t.type = 'AID'").fetchone()[0]
        c.close()
        assert links == 1, order


def test_countryless_reports_stored_first_are_merged_into_the_event_naming_countries_and_old_ids_resolve(tmp_path):
    # "The mission was shut last Tuesday" ×2 before "The Netherlands closed its embassy on Tuesday": two
    # countryless events the first ones could not tell apart, merged when the Dutch report arrives; the
    # absorbed id stays resolvable (``event_aliases``), in the API too
    import sqlite3

    from chronicle.store import queries as Q  # (behind /api/events/{event_id})

    texts = {"a": "date 2025-05-16\nThe Netherlands temporarily closed its embassy in Tripoli on Tuesday after heavy "
                  "clashes, the Dutch foreign ministry said.\n",
             "b": "date 2025-05-19\nThe mission was shut last Tuesday as clashes spread across the capital.\n",
             "c": "date 2025-05-20\nThe mission, which was shut on May 13, had been run from Tunis.\n"}
    parts = {}
    for order in ("abc", "cba", "bca"):
        db = str(tmp_path / f"{order}.db")
        before = {}
        for name in order:
            (tmp_path / f"{name}.txt").write_text(texts[name], encoding="utf-8")
            assert runner.invoke(app, ["ingest", str(tmp_path / f"{name}.txt"), "--db", db]).exit_code == 0
            before.update(_event_of_each_article(db, "SANCTION"))
        ev = _event_of_each_article(db, "SANCTION")
        assert ev["a"] == ev["b"] == ev["c"], (order, ev)
        parts[order] = len(set(ev.values()))
        c = sqlite3.connect(db)
        aliases = dict(c.execute("select alias_id, event_id from event_aliases").fetchall())
        (n,) = c.execute("select num_mentions from events where id = ?", (ev["a"],)).fetchone()
        c.close()
        assert n == 3
        with Store(db) as st:
            for old in set(before.values()):  # every id ever given out names the event kept
                assert Q.event_detail(st, old)["event_id"] == ev["a"], (order, old)
        if order == "abc":
            assert not aliases  # in date order nothing needs merging
        else:
            assert set(aliases.values()) == {ev["a"]} and ev["a"] not in aliases


def test_a_countryless_report_stored_first_is_not_merged_on_another_day_or_without_a_text_date(tmp_path):
    # (two events naming countries of its day: tests/link/test_linker.py, the store hands the same events)
    texts = {"w": "date 2025-05-19\nThe mission was shut last Wednesday as clashes spread.\n",
             "u": "date 2025-05-14\nThe mission was shut as clashes spread.\n",
             "a": "date 2025-05-16\nThe Netherlands temporarily closed its embassy in Tripoli on Tuesday.\n"}
    ev = _event_of_each_article(_ingest_one_at_a_time(tmp_path, texts, "wua"), "SANCTION")
    assert len({ev["a"], ev["u"], ev["w"]}) == 3, ev


def test_a_plan_naming_no_agent_is_realized_by_the_act_naming_it_across_ingests_in_either_order(tmp_path):
    # "the foreign ministry ... would summon Tajikistan's ambassador on Monday" names no country for
    # its agent; the act names Kyrgyzstan: the store hands the linker the other status group's
    # agent-relative blocks
    import sqlite3

    texts = {"a": "date 2025-10-05\nThe foreign ministry said it would summon Tajikistan's ambassador on Monday.\n",
             "b": "date 2025-10-07\nKyrgyzstan's foreign ministry summoned Tajikistan's ambassador on Monday.\n"}
    for order in ("ab", "ba"):
        db = _ingest_one_at_a_time(tmp_path, texts, order, f"{order}.db")
        c = sqlite3.connect(db)
        links = c.execute("select s.status, t.status from event_links l join events s on s.id = l.source_id"
                          " join events t on t.id = l.target_id where l.relation = 'realizes'"
                          " and s.type = 'ACCUSE' and t.type = 'ACCUSE'").fetchall()  # an envoy summoned
        c.close()
        assert links == [("occurred", "planned")], order


def test_a_count_right_after_the_trigger_is_read_from_the_stored_text(tmp_path):
    # ``records.counted_after`` on the text right after the trigger (offsets as stored): a tally and one act
    from sqlalchemy import true

    from chronicle.link.store_adapter import _load_records
    db = str(tmp_path / "t.db")
    (tmp_path / "a.txt").write_text("date 2024-08-28\nIndonesia has detained at least six Vietnamese boats this year."
                                    " Indonesia detained a Malaysian boat on Saturday.\n", encoding="utf-8")
    assert runner.invoke(app, ["ingest", str(tmp_path / "a.txt"), "--db", db]).exit_code == 0
    with Store(db) as s, s._read() as conn:
        recs = [r for r in _load_records(conn, true()) if r.type == "COERCE"]
    assert sorted((r.start.year, r.start.month, r.counted) for r in recs) == [(2024, 1, True), (2024, 8, False)]


def test_a_signing_is_read_from_the_stored_cameo_code_and_joins_its_articles_agreement(tmp_path):
    # ``MentionRecord.signing`` from the mention's CAMEO code (057); "The agreement was signed by ..." is
    # the agreement of its article's lead (``linker._choose_signed``)
    from sqlalchemy import true

    from chronicle.link.store_adapter import _load_records
    db = str(tmp_path / "t.db")
    (tmp_path / "a.txt").write_text(
        "date 2026-02-10\nThailand and Cambodia agreed on Sunday to an immediate ceasefire along their border."
        " The agreement was signed by Thai Defence Minister Phumtham Wechayachai and his Cambodian counterpart"
        " Tea Seiha on Sunday.\n", encoding="utf-8")
    assert runner.invoke(app, ["ingest", str(tmp_path / "a.txt"), "--db", db]).exit_code == 0
    with Store(db) as s, s._read() as conn:
        recs = {r.type: r for r in _load_records(conn, true()) if r.type in ("AGREE", "SUPPORT")}
    assert recs["SUPPORT"].signing and not recs["AGREE"].signing
    events = _event_of_each_article(db, "SUPPORT"), _event_of_each_article(db, "AGREE")
    assert events[0] == events[1]
    from chronicle.link.store_adapter import _signing
    assert _signing("057", "signed") and _signing("057", "signing") and not _signing("057", "ratified")
    assert not _signing("032", "sign") and not _signing(None, "signed")


def _realized(db) -> list[tuple[str, str]]:
    """(act trigger, plan trigger) of every `realizes` link stored in DB."""
    c = sqlite3.connect(db)
    rows = c.execute("select ms.trigger_text, mt.trigger_text from event_links l"
                     " join event_mentions es on es.event_id = l.source_id join mentions ms on ms.id = es.mention_id"
                     " join event_mentions et on et.event_id = l.target_id join mentions mt on mt.id = et.mention_id"
                     " where l.relation = 'realizes'").fetchall()
    c.close()
    return rows


def test_a_plan_is_realized_only_by_an_act_of_its_mode_across_ingests(tmp_path):
    # "will hear the appeal on Tuesday" (ACCUSE investigate) is not carried out by "charged ... on Tuesday"
    # (ACCUSE allege; same court, journalist and day), but by "heard the appeal": the stored events keep
    # their mentions' modes (``store_adapter._mark_modes_stated_and_cameos``), so the rule holds one article at a time
    from chronicle.link.store_adapter import _load_events
    texts = {"a": "date 2024-02-16\nThe Bishkek city court will hear the appeal of journalist Aibek Toktogulov on Tuesday.\n",
             "b": "date 2024-02-21\nOn Tuesday the Bishkek city court charged journalist Aibek Toktogulov with calling"
                  " for mass unrest.\n",
             "c": "date 2024-02-21\nThe Bishkek city court heard the appeal of journalist Aibek Toktogulov on Tuesday.\n"}

    for order in ("ab", "ba", "ac", "ca"):
        db = _ingest_one_at_a_time(tmp_path, texts, order, f"{order}.db")
        with Store(db) as s, s._read() as conn:
            modes = {e.block.split("|")[1]: e.modes for e in _load_events(conn, ["ACCUSE|future|KGZ|KGZ",
                                                                                  "ACCUSE|occurred|KGZ|KGZ"])}
        if "b" in order:
            assert modes == {"future": {"investigate"}, "occurred": {"allege"}}, order
            assert _realized(db) == [], order
        else:
            assert modes == {"future": {"investigate"}, "occurred": {"investigate"}}, order
            assert _realized(db) == [("heard", "hear")], order


def test_a_recipient_less_report_joins_its_actors_act_across_ingests_and_takes_one_recipient(tmp_path):
    # "China protested their detention on Monday" (no recipient country) and "China lodged a protest
    # note with Japan on Monday": the store hands the linker the recipient-relative events, and
    # remembers which recipient joined a recipient-less event, so the note to the Philippines that
    # day does not join it too; with both notes stored first, the recipient-less report joins neither
    texts = {"a": "date 2025-09-09\nChina lodged a protest note with Japan on Monday over the detention of its fishermen.\n",
             "b": "date 2025-09-10\nThe fishermen were freed on Tuesday, a day after China protested their detention on Monday.\n",
             "c": "date 2025-09-09\nChina lodged a protest note with the Philippines on Monday over a collision near the shoal.\n"}
    for order in ("bac", "abc"):
        ev = _event_of_each_article(_ingest_one_at_a_time(tmp_path, texts, order, f"{order}.db"), "ACCUSE")
        assert ev["a"] == ev["b"] != ev["c"], order
    ev = _event_of_each_article(_ingest_one_at_a_time(tmp_path, texts, "acb", "acb.db"), "ACCUSE")
    assert len({ev["a"], ev["b"], ev["c"]}) == 3


def test_a_plan_naming_its_recipient_keeps_it_across_ingests(tmp_path):
    # (linkPlan2) "Chile would ask the World Trade Organization for consultations" (undated) is not
    # carried out by "the Chilean delegation had asked for more time" (no recipient), but by "Chile
    # formally requested consultations at the World Trade Organization": the stored plan keeps its
    # recipient (``store_adapter._mark_targets``), so the rule holds one article at a time
    texts = {"a": "date 2024-06-03\nPeru's trade minister said Peru would ask the World Trade Organization for a"
                  " dispute panel.\n",
             "b": "date 2024-06-12\nAn official in Quito said the Peruvian team had asked for a delay of the"
                  " hearing.\n",
             "c": "date 2024-06-12\nPeru formally requested a dispute panel at the World Trade Organization last"
                  " week, a WTO spokesman said.\n"}
    for order in ("ab", "ba", "ac", "ca"):
        db = _ingest_one_at_a_time(tmp_path, texts, order, f"{order}.db")
        assert _realized(db) == ([("requested", "ask")] if "c" in order else []), order


def test_a_countryless_plan_and_act_naming_one_group_on_one_day_link_across_ingests(tmp_path):
    # (linkPlan3) "The governor said he would meet community leaders on Saturday" / "The governor met
    # community leaders on Saturday": no country, no person, no organisation; the stored plan and act keep
    # their resolved recipient (``store_adapter._mark_targets``), so the pair links one article at a time;
    # a meeting with other leaders that day does not realize the plan
    texts = {"a": "date 2026-02-13\nThe governor said he would meet community leaders on Saturday.\n",
             "b": "date 2026-02-16\nThe governor met community leaders on Saturday, an aide said.\n",
             "c": "date 2026-02-16\nThe governor met union leaders on Saturday, an aide said.\n"}
    for order in ("ab", "ba", "ac", "ca"):
        db = _ingest_one_at_a_time(tmp_path, texts, order, f"{order}.db")
        assert _realized(db) == ([("met", "meet")] if "b" in order else []), order


def test_a_plan_naming_its_recipient_is_realized_by_the_act_naming_none_across_ingests(tmp_path):
    # (linkPlan6) "Japan's trade minister is expected to visit Vietnam next week" (JPN -> VNM) / "Japan's
    # trade minister held talks in Hanoi on Wednesday" (JPN, no recipient country): the store hands the
    # linker the other status group's recipient-relative events, in either order; with a second such act
    # that week ("held talks in Bangkok on Friday") stored before the plan, the plan has two: no link
    texts = {"a": "date 2025-05-06\nJapan's trade minister is expected to visit Vietnam next week, an official in Tokyo"
                  " said.\n",
             "b": "date 2025-05-15\nJapan's trade minister held talks in Hanoi on Wednesday.\n",
             "c": "date 2025-05-17\nJapan's trade minister held talks in Bangkok on Friday.\n"}
    for order in ("ab", "ba", "bca", "cba"):
        db = _ingest_one_at_a_time(tmp_path, texts, order, f"{order}.db")
        assert _realized(db) == ([("talks", "visit")] if len(order) == 2 else []), order


def test_a_countryless_act_realizes_the_plan_naming_countries_that_names_its_organisation_across_ingests(tmp_path):
    # (linkPlan9) "Ghana's opposition leader ... would file a petition at the Supreme Court next week" (GHA) /
    # "Mr Mensah's lawyers filed a petition at the Supreme Court on Tuesday" (no country): the store hands the
    # linker the plans naming countries and the countryless acts of the type near a new one
    # (``_load_org_relatives``) with their organisations (``_mark_orgs``), in either order; with a second
    # countryless petition at that court that week stored before the plan, the plan has two acts: no link (as
    # for the other uniqueness paths, an act arriving while the plan has no other links to it, and the link is
    # not withdrawn by a later second act: orders abc, acb, cab link the act first met)
    texts = {"a": "date 2025-06-06\nGhana's opposition leader Kofi Mensah said on Friday he would file a petition at"
                  " the Supreme Court next week to annul the result.\n",
             "b": "date 2025-06-11\nMr Mensah's lawyers filed a petition at the Supreme Court on Tuesday asking for"
                  " the result to be annulled.\n",
             "c": "date 2025-06-13\nA group of voters filed a petition at the Supreme Court on Thursday.\n"}
    for order in ("ab", "ba", "bca", "cba"):
        db = _ingest_one_at_a_time(tmp_path, texts, order, f"{order}.db")
        assert _realized(db) == ([("filed", "file")] if len(order) == 2 else []), order


def test_a_counted_group_joins_across_ingests_in_either_order(tmp_path):
    # (linkPlan7) "Police arrested nine fishermen on Tuesday" / "The nine fishermen arrested last week": no
    # country, no person; the store gives the stored event its counted group (``_mark_fillers``), in either order;
    # "seven fishermen" that week stays apart
    texts = {"a": "date 2025-09-12\nPolice arrested nine fishermen on Tuesday near the harbour, a spokesman said.\n",
             "b": "date 2025-09-16\nThe nine fishermen arrested by police last week were charged on Monday.\n",
             "c": "date 2025-09-16\nThe seven fishermen arrested by police last week were charged on Monday.\n"}
    for order in ("abc", "cba"):
        ev = _event_of_each_article(_ingest_one_at_a_time(tmp_path, texts, order, f"{order}.db"), "COERCE")
        assert ev["a"] == ev["b"] != ev["c"], (order, ev)


def test_a_countryless_report_of_a_counted_group_joins_the_event_naming_countries_across_ingests(tmp_path):
    # (linkPlan8) "Ugandan police arrested 15 traders in Kampala on Thursday" (UGA) / "The 15 traders were
    # arrested in September" (no country, no person): the store hands the linker the events of other blocks
    # that tell the group (``_load_counted_relatives``) with their groups (``_mark_fillers``), so the month
    # report joins the stored event, or, stored first, is merged into it (``linker._reconcile_counted``);
    # "The 14 traders" stays apart
    texts = {"a": "date 2025-09-05\nUgandan police arrested 15 traders in Kampala on Thursday, a police spokesman"
                  " said.\n",
             "b": "date 2025-10-02\nThe 15 traders were arrested in September, their lawyer said on Wednesday.\n",
             "c": "date 2025-10-02\nThe 14 traders were arrested in September, their lawyer said on Wednesday.\n"}
    for order in ("ab", "ba", "abc", "cba"):
        ev = _event_of_each_article(_ingest_one_at_a_time(tmp_path, texts, order, f"{order}.db"), "COERCE")
        assert ev["a"] == ev["b"] and ev.get("c") != ev["a"], (order, ev)


def test_a_month_dated_report_joins_the_one_stored_event_of_its_month_and_none_of_two(tmp_path):
    # (linkPlan10) "rejected the loan offer in June" joins the one rejection of June stored before or after it;
    # with a second rejection that June, either could be meant: it stays apart (linkPlan11: also when it arrives
    # first, orders "cab" / "cba")
    texts = {"a": "date 2024-06-10\nGhana's government rejected the loan offer from the bank on Sunday, the finance"
                  " ministry said.\n",
             "b": "date 2024-06-21\nGhana's government rejected a request by the bank on Thursday to audit the"
                  " accounts.\n",
             "c": "date 2024-07-08\nGhana's government rejected the loan offer in June, officials recalled on"
                  " Monday.\n"}
    for order in ("ac", "ca", "abc", "bac", "cab", "cba"):
        ev = _event_of_each_article(_ingest_one_at_a_time(tmp_path, texts, order, f"{order}.db"), "REJECT")
        if "b" in order:
            assert ev["c"] not in (ev["a"], ev["b"]), (order, ev)
        else:
            assert ev["c"] == ev["a"], (order, ev)


def _partition(db: str, mention_type: str) -> list:
    """The articles (file stems) of each event's mentions of ``mention_type``, as sorted lists."""
    c = sqlite3.connect(db)
    rows = c.execute("select a.external_id, em.event_id from event_mentions em join mentions m on m.id = em.mention_id"
                     " join articles a on a.id = m.article_id where m.type = ?", (mention_type,)).fetchall()
    c.close()
    out: dict = {}
    for k, v in rows:
        out.setdefault(v, []).append(k.rsplit("/", 1)[-1].split(".")[0])
    return sorted(sorted(x) for x in out.values())


def test_a_month_dated_report_is_linked_the_same_in_every_order_of_arrival(tmp_path):
    # (linkPlan11) "rejected the mining permit in March" with one rejection that March: one event, whichever
    # comes first; with a second rejection that March: apart in all six orders, also when the month report
    # had already joined the first (it is linked again when the second comes)
    texts = {"a": "date 2025-03-12\nPeru's government rejected the mining permit from the company on Tuesday, the"
                  " energy ministry said.\n",
             "b": "date 2025-03-22\nPeru's government rejected a proposal by the company on Friday to extend the"
                  " concession.\n",
             "c": "date 2025-04-07\nPeru's government rejected the mining permit in March, officials recalled on"
                  " Monday.\n"}
    for order in ("ac", "ca"):
        db = _ingest_one_at_a_time(tmp_path, texts, order, f"{order}.db")
        assert _partition(db, "REJECT") == [["a", "c"]], order
    for order in ("abc", "acb", "bac", "bca", "cab", "cba"):
        db = _ingest_one_at_a_time(tmp_path, texts, order, f"{order}.db")
        assert _partition(db, "REJECT") == [["a"], ["b"], ["c"]], order
        with sqlite3.connect(db) as c:  # every event keeps its aggregates right: one mention each
            assert {n for (n,) in c.execute("select num_mentions from events where type = 'REJECT'")} == {1}, order


def test_a_countryless_plan_is_not_realized_by_an_act_naming_countries_through_its_countryless_report(tmp_path):
    # (linkPlan10) "The four senators ... had planned to meet leaders of the dockworkers' union" (no country, no
    # person) is not realized weeks later by "Okoro met Kenyan Trade Minister Kamau in Nairobi on Tuesday" (KEN)
    # through "the visit by Mark Okoro on Tuesday" (no country) joined to it: in either order, no link
    texts = {"a": "date 2025-03-03\nThe four senators, who were turned back at the airport on Saturday, had planned to"
                  " meet leaders of the dockworkers' union.\n",
             "b": "date 2025-03-26\nTrade Commissioner Mark Okoro met Kenyan Trade Minister Peter Kamau in Nairobi on"
                  " Tuesday, his first visit since January. Exporters welcomed the visit by Mark Okoro on Tuesday.\n"}
    for order in ("ab", "ba"):
        assert _realized(_ingest_one_at_a_time(tmp_path, texts, order, f"{order}.db")) == [], order


def test_an_act_told_before_the_plans_date_does_not_realize_it_across_ingests(tmp_path):
    # (linkPlan12) "Kenya's president will visit Uganda in November" (3 March) is not realized by "visited
    # Uganda in 2026" told on 10 March, in either order (the store hands back each event's last report); a
    # report of the visit "this year" on 12 November joins the act and lets it realize the plan
    texts = {"a": "date 2026-03-03\nKenya's president will visit Uganda in November, his office said.\n",
             "b": "date 2026-03-10\nKenya's president visited Uganda in 2026 to discuss a railway, state media said.\n",
             "c": "date 2026-11-12\nKenya's president visited Uganda this year, state media said.\n"}
    for order in ("ab", "ba", "abc", "bca", "cab"):
        db = _ingest_one_at_a_time(tmp_path, texts, order, f"{order}.db")
        assert sorted(set(_realized(db))) == ([("visited", "visit")] if "c" in order else []), order


def test_a_joint_act_of_one_country_takes_one_set_of_partners_across_ingests(tmp_path):
    # (linkPlan12) "Cambodia agreed on Sunday" stored, then "Cambodia agreed with Thailand on Sunday" joins it;
    # "Cambodia agreed with Vietnam on Sunday" is then another act (the stored event keeps Thailand among its
    # countries): in every order the two partners' agreements are two events, the bare report joining one
    texts = {"a": "date 2026-05-04\nCambodia agreed on Sunday to reopen the border crossings, its foreign ministry"
                  " said.\n",
             "b": "date 2026-05-04\nCambodia agreed with Thailand on Sunday to resume joint border patrols, state media"
                  " said.\n",
             "c": "date 2026-05-05\nCambodia agreed with Vietnam on Sunday to resume joint river patrols, state media"
                  " said.\n"}
    for order in ("abc", "acb", "bac"):
        ev = _event_of_each_article(_ingest_one_at_a_time(tmp_path, texts, order, f"{order}.db"), "AGREE")
        assert ev["b"] != ev["c"] and ev["a"] in (ev["b"], ev["c"]), order


def test_a_month_report_leaving_out_a_party_joins_the_one_act_of_that_month_across_ingests(tmp_path):
    # (linkPlan14) "Chile expelled a diplomat in May" (no recipient country) and "Chile expelled Peru's consul ... on
    # Tuesday" (12 May): one act whichever is stored first; with "Chile expelled Bolivia's trade attache on Thursday"
    # (21 May) too, the month report could be either act: apart from both in every order (a month report joined to
    # one act is linked again when the other arrives)
    texts = {"a": "date 2026-06-20\nChile expelled a diplomat in May over the border dispute, the newspaper El Mercurio"
                  " noted.\n",
             "b": "date 2026-05-13\nChile expelled Peru's consul in Arica on Tuesday, the foreign ministry in Santiago"
                  " said.\n",
             "c": "date 2026-05-22\nChile expelled Bolivia's trade attache on Thursday, the foreign ministry in Santiago"
                  " said.\n"}
    for order in ("ab", "ba", "abc", "acb", "bac", "cab", "bca"):
        ev = _event_of_each_article(_ingest_one_at_a_time(tmp_path, texts, order, f"{order}.db"), "SANCTION")
        if "c" in order:
            assert len({ev["a"], ev["b"], ev["c"]}) == 3, order
        else:
            assert ev["a"] == ev["b"], order
    # an act of the month report's own block ("Chile expelled a diplomat on Wednesday", 20 May) is its fit before any
    # act naming a recipient, whichever arrives first, as in one batch
    texts["d"] = "date 2026-05-21\nChile expelled a diplomat on Wednesday, the foreign ministry in Santiago said.\n"
    for order in ("abd", "bad", "dab"):
        ev = _event_of_each_article(_ingest_one_at_a_time(tmp_path, texts, order, f"{order}.db"), "SANCTION")
        assert ev["a"] == ev["d"] != ev["b"], order


def test_reports_dated_by_articles_of_other_days_and_other_cameo_codes_stay_apart_across_ingests(tmp_path):
    # (linkPlan15) an invitation to talks (CAMEO 036) and an agreement (030), neither with a day of its own, in
    # articles four days apart: two acts, whichever article is stored first (the stored event's codes are read
    # from its mentions' CAMEO column, ``store_adapter._mark_modes_stated_and_cameos``)
    texts = {"a": "date 2025-05-02\nBolivia's government invited the leaders of the miners' union to talks,"
                  " a minister said.\n",
             "b": "date 2025-05-06\nBolivia's government agreed to raise the miners' wages, the union said.\n"}
    for order in ("ab", "ba"):
        db = _ingest_one_at_a_time(tmp_path, texts, order, db_name=f"{order}.db")
        c = sqlite3.connect(db)
        rows = c.execute("select m.cameo, m.date_source, em.event_id from event_mentions em join mentions m"
                         " on m.id = em.mention_id where m.type = 'AGREE'").fetchall()
        c.close()
        assert sorted(r[:2] for r in rows) == [("030", "article"), ("036", "article")], order
        assert len({r[2] for r in rows}) == 2, order


def test_one_days_protests_of_other_actors_in_towns_apart_stay_two_acts_across_ingests(tmp_path):
    # (linkPlan16) the capital read as the nurses' Ghanaian recipient, Kumasi 200 km away with no country: two acts
    # in either order; the same women in the capital that day are still the one protest there (as before)
    texts = {"a": "date 2025-06-04\nAbout three hundred nurses marched through Accra on Monday to demand unpaid "
                  "allowances, Ghanaian media reported.\n",
             "b": "date 2025-06-04\nIn Kumasi, market women held a protest against the new market levy on Monday.\n",
             "c": "date 2025-06-04\nIn Accra, market women held a protest against the new market levy on Monday.\n"}
    for order in ("ab", "ba"):
        ev = _event_of_each_article(_ingest_one_at_a_time(tmp_path, texts, order, f"{order}.db"), "PROTEST")
        assert ev["a"] != ev["b"], (order, ev)
    for order in ("ac", "ca"):
        ev = _event_of_each_article(_ingest_one_at_a_time(tmp_path, texts, order, f"{order}.db"), "PROTEST")
        assert ev["a"] == ev["c"], (order, ev)


def test_a_days_walkout_and_a_later_articles_blockade_stay_two_acts_across_ingests(tmp_path):
    # (linkPlan17) a walkout from Kenya's assembly told with its Monday (boycott, 143) and, in an article of Friday,
    # a road blocked with no day of its own (obstruct, 144): two acts in either order (the stored event's modes
    # and codes are read from its mentions, ``store_adapter._mark_modes_stated_and_cameos``)
    texts = {"a": "date 2025-03-04\nOpposition lawmakers walked out of Kenya's national assembly on Monday over the new"
                  " tax bill.\n",
             "b": "date 2025-03-07\nOpposition supporters blocked the main road into Nairobi with burning tyres,"
                  " police said.\n"}
    for order in ("ab", "ba"):
        db = _ingest_one_at_a_time(tmp_path, texts, order, db_name=f"{order}.db")
        c = sqlite3.connect(db)
        rows = c.execute("select m.mode, m.date_source, em.event_id from event_mentions em join mentions m"
                         " on m.id = em.mention_id where m.type = 'PROTEST'").fetchall()
        c.close()
        assert sorted(r[:2] for r in rows) == [("boycott", "text"), ("obstruct", "article")], (order, rows)
        assert len({r[2] for r in rows}) == 2, order


def test_one_workforces_strike_told_by_its_union_and_its_trade_is_one_act_across_ingests(tmp_path):
    # (linkPlan17) the union's walkout and the clerks' stoppage of one Tuesday, in two articles, neither naming a
    # country: one strike in either order (the stored event's modes and words read back from its mentions)
    texts = {"a": "date 2025-09-03\nMembers of the Port Clerks Union walked off the job on Tuesday to demand unpaid"
                  " overtime.\n",
             "b": "date 2025-09-04\nPort clerks stopped work on Tuesday, September 2, over unpaid overtime.\n"}
    for order in ("ab", "ba"):
        db = _ingest_one_at_a_time(tmp_path, texts, order, db_name=f"{order}.db")
        c = sqlite3.connect(db)
        rows = c.execute("select m.mode, m.date_start, em.event_id from event_mentions em join mentions m"
                         " on m.id = em.mention_id where m.type = 'PROTEST'").fetchall()
        c.close()
        assert sorted(r[:2] for r in rows) == [("strike", "2025-09-02"), ("strike", "2025-09-02")], (order, rows)
        assert len({r[2] for r in rows}) == 1, order
