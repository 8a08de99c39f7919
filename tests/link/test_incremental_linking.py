"""Incremental ingest gives the batch result: what one linking pass knows in memory, a later pass
reads back from the store (benchmarks/incremental_linking.py measures it on the news probes).

The articles are built as annotations (no extraction), so each case is exactly the class it names."""
from datetime import date, timedelta

from chronicle.link.store_adapter import link_pending
from chronicle.model import AnnotatedArticle, Article, EventDate, Mention, RoleFiller, Sentence, Span
from chronicle.store import Store

D = date(2025, 6, 10)


def _mention(i: int, type_: str, status: str, actors=(), recipients=(), start=None, end=None) -> Mention:
    """One mention; ``actors`` / ``recipients``: (name, country or None); dated by its text when ``start``."""
    fill = [RoleFiller(text=n, name=n, country=c, start=0, end=1) for n, c in actors]
    rec = [RoleFiller(text=n, name=n, country=c, start=0, end=1) for n, c in recipients]
    when = (EventDate(text="then", value=start.isoformat(), start=start, end=end or start, source="text")
            if start else EventDate())
    return Mention(id=f"e{i}", type=type_, status=status, actor=fill, recipient=rec, date=when,
                   trigger=Span(text=f"t{i}", start=10 * i, end=10 * i + 2),
                   sentence=Sentence(start=10 * i, end=10 * i + 9), confidence=0.9)


def _article(name: str, day: date, *mentions: Mention) -> AnnotatedArticle:
    return AnnotatedArticle(article=Article(id=name, date=day, text=name + " " + "x" * 400, source=name),
                            events=list(mentions))


def _partition(db: str) -> tuple:
    import sqlite3

    c = sqlite3.connect(db)
    rows = c.execute("select a.external_id || '/' || m.mention_id, em.event_id from event_mentions em "
                     "join mentions m on m.id = em.mention_id join articles a on a.id = m.article_id").fetchall()
    links = c.execute("select source_id, target_id from event_links").fetchall()
    c.close()
    events: dict[str, set] = {}
    for m, e in rows:
        events.setdefault(e, set()).add(m)
    of = {e: frozenset(ms) for e, ms in events.items()}
    return set(of.values()), {(of[s], of[t]) for s, t in links}


def _ingest(tmp_path, name: str, passes: list[list[AnnotatedArticle]]) -> str:
    db = str(tmp_path / name)
    with Store(db) as s:
        for articles in passes:
            s.add_many(articles)
            link_pending(s)
    return db


def _same_as_batch(tmp_path, *articles: AnnotatedArticle) -> tuple:
    batch = _partition(_ingest(tmp_path, "batch.db", [list(articles)]))
    assert _partition(_ingest(tmp_path, "one_by_one.db", [[a] for a in articles])) == batch
    return batch


def test_an_event_joined_by_a_report_of_another_block_is_found_there_by_a_later_ingest(tmp_path):
    # one article: "Senegal and Mauritania signed the pact on Tuesday ... signed by his Mauritanian
    # counterpart" (``linker._choose_local``: the event is also linked under Mauritania's block);
    # a later article: "Mauritania signed the pact on Tuesday" finds it there
    a = _article("a", D, _mention(1, "AGREE2", "occurred", [("Senegal", "SEN"), ("Mauritania", "MRT")], start=D),
                 _mention(2, "AGREE2", "occurred", [("Mauritania", "MRT")], start=D))
    b = _article("b", D + timedelta(days=1), _mention(1, "AGREE2", "occurred", [("Mauritania", "MRT")], start=D))
    events, _ = _same_as_batch(tmp_path, a, b)
    assert frozenset({"a/e1", "a/e2", "b/e1"}) in events


def test_an_act_only_told_beside_its_plan_realizes_it_in_no_later_ingest(tmp_path):
    # "ministers met on June 1 to prepare the visit planned for June": every report of the act also
    # tells the plan as still to come (``linker._fits_plan``), also when the plan is reported again later
    month = (date(2025, 6, 1), date(2025, 6, 30))
    a = _article("a", date(2025, 6, 1),
                 _mention(1, "CONSULT2", "occurred", [("Japan", "JPN")], [("Philippines", "PHL")], start=month[0]),
                 _mention(2, "CONSULT2", "planned", [("Japan", "JPN")], [("Philippines", "PHL")], *month))
    b = _article("b", date(2025, 6, 2),
                 _mention(1, "CONSULT2", "planned", [("Japan", "JPN")], [("Philippines", "PHL")], *month))
    events, links = _same_as_batch(tmp_path, a, b)
    assert links == set() and frozenset({"a/e2", "b/e1"}) in events


def test_a_later_ingest_merges_a_countryless_report_of_a_day_only_with_the_one_event_of_that_day(tmp_path):
    # "Tajik forces shelled ... on Saturday", "the shelling of Kyrgyz villages on Saturday", "a house was
    # damaged on Saturday" (two events of that day name countries: which one?); a later article's "the
    # shelling of Kyrgyz villages at the weekend" joins the Kyrgyz one, and the countryless report still
    # joins neither (``linker._reconcile_days`` must see the whole day)
    a = _article("a", D, _mention(1, "ASSAULT2", "occurred", [("Tajik forces", "TJK")], start=D),
                 _mention(2, "ASSAULT2", "occurred", [], [("Kyrgyz villages", "KGZ")], start=D),
                 _mention(3, "ASSAULT2", "occurred", [], [("a house", None)], start=D))
    b = _article("b", D + timedelta(days=2),
                 _mention(1, "ASSAULT2", "occurred", [], [("Kyrgyz villages", "KGZ")], D, D + timedelta(days=1)),
                 _mention(2, "ASSAULT2", "occurred"))  # a countryless report dated by its article
    events, _ = _same_as_batch(tmp_path, a, b)
    assert frozenset({"a/e2", "b/e1"}) in events and frozenset({"a/e3"}) in events


def test_a_countryless_plan_and_act_naming_one_organisation_are_linked_in_any_ingest_order(tmp_path):
    # "would march to Congress on Monday" / "marched to Congress" that Monday: no country, the
    # organisation read back from the store for the event a later ingest finds
    from chronicle.model import Actor

    def art(name, day, i, status, start):
        a = _article(name, day, _mention(i, "PROTEST", status, start=start))
        a.actors = [Actor(id="x0", name="Congress", kind="organization")]
        a.events[0].recipient = [RoleFiller(text="Congress", name="Congress", start=0, end=1, actor_id="x0")]
        return a
    plan = art("a", D, 1, "planned", D + timedelta(days=3))
    done = art("b", D + timedelta(days=4), 2, "occurred", D + timedelta(days=3))
    events, links = _same_as_batch(tmp_path, plan, done)
    assert len(events) == 2 and len(links) == 1
    assert _partition(_ingest(tmp_path, "reverse.db", [[done], [plan]])) == (events, links)
