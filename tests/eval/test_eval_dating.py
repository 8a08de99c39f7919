"""Event dating against gold TLINK anchors: the readers, the measures on a hand-made gold/pred
pair, and chronicle end to end on a three-sentence TimeML document (anchors counted by hand)."""
import datetime as dt

from chronicle.eval.dating import (GoldDoc, GoldEvent, GoldTimex, Predicted, classify, evaluate,
                                   read_meantime_anchors, read_timeml_anchors, score)

D = dt.date

TML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>hand</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2025-03-28" temporalFunction="false" functionInDocument="CREATION_TIME">2025-03-28</TIMEX3></DCT>
<TEXT>Police <EVENT eid="e1" class="OCCURRENCE">arrested</EVENT> two men on <TIMEX3 tid="t1" type="DATE" value="2025-03-24">Monday</TIMEX3>. \
The suspects <EVENT eid="e2" class="OCCURRENCE">fled</EVENT> <TIMEX3 tid="t2" type="DATE" value="2025-W12">last week</TIMEX3>, officials \
<EVENT eid="e3" class="REPORTING">said</EVENT>. Prices <EVENT eid="e4" class="OCCURRENCE">rose</EVENT> for \
<TIMEX3 tid="t3" type="DURATION" value="P3D">three days</TIMEX3> and <EVENT eid="e5" class="OCCURRENCE">fell</EVENT>.</TEXT>
<MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST" aspect="NONE" polarity="POS" pos="VERB" />
<MAKEINSTANCE eventID="e2" eiid="ei2" tense="PAST" aspect="NONE" polarity="POS" pos="VERB" />
<MAKEINSTANCE eventID="e3" eiid="ei3" tense="PAST" aspect="NONE" polarity="POS" pos="VERB" />
<MAKEINSTANCE eventID="e4" eiid="ei4" tense="PAST" aspect="NONE" polarity="POS" pos="VERB" />
<MAKEINSTANCE eventID="e5" eiid="ei5" tense="PAST" aspect="NONE" polarity="POS" pos="VERB" />
<TLINK lid="l1" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t1" />
<TLINK lid="l2" relType="INCLUDES" timeID="t2" relatedToEventInstance="ei2" />
<TLINK lid="l3" relType="IS_INCLUDED" eventInstanceID="ei3" relatedToTime="t0" />
<TLINK lid="l4" relType="DURING" eventInstanceID="ei4" relatedToTime="t3" />
<TLINK lid="l5" relType="BEFORE" eventInstanceID="ei5" relatedToTime="t0" />
<TLINK lid="l6" relType="INCLUDES" eventInstanceID="ei5" relatedToTime="t1" />
</TimeML>
"""


def test_timeml_reader_classes(tmp_path):
    path = tmp_path / "hand.tml"
    path.write_text(TML, encoding="utf-8")
    g = read_timeml_anchors(path)
    assert g.dct == D(2025, 3, 28)
    kinds = {e.text: e.kind for e in g.events}
    # IS_INCLUDED e->t and INCLUDES t->e anchor; DCT only; a DURATION is no date; BEFORE and
    # "the event INCLUDES Monday" are no anchors
    assert kinds == {"arrested": "text", "fled": "text", "said": "dct", "rose": "other", "fell": "none"}
    fled = next(e for e in g.events if e.text == "fled")
    assert g.text[fled.anchors[0].start:fled.anchors[0].end] == "last week"


def test_classify_directions():
    ev = {"e": GoldEvent("e", 0, 1, "x")}
    tx = {"t": GoldTimex("t", "DATE", "2025", 5, 9)}
    for links, kind in [([("e", "IS_INCLUDED", "t")], "text"), ([("t", "INCLUDES", "e")], "text"),
                        ([("e", "SIMULTANEOUS", "t")], "text"), ([("e", "INCLUDES", "t")], "none"),
                        ([("t", "IS_INCLUDED", "e")], "none"), ([("e", "AFTER", "t")], "none"),
                        ([("e", "BEGINS", "t")], "none")]:
        classify(ev, tx, links)
        assert ev["e"].kind == kind, links


def test_meantime_reader(tmp_path):
    xml = """<Document doc_name="m1">
<token t_id="1" sentence="0">March</token><token t_id="2" sentence="0">3</token><token t_id="3" sentence="0">,</token>
<token t_id="4" sentence="0">2009</token>
<token t_id="5" sentence="1">Ford</token><token t_id="6" sentence="1">posted</token><token t_id="7" sentence="1">a</token>
<token t_id="8" sentence="1">profit</token><token t_id="9" sentence="1">on</token><token t_id="10" sentence="1">Monday</token>
<token t_id="11" sentence="1">.</token>
<Markables>
<EVENT_MENTION m_id="20"><token_anchor t_id="6"/></EVENT_MENTION>
<EVENT_MENTION m_id="21"><token_anchor t_id="8"/></EVENT_MENTION>
<TIMEX3 m_id="30" type="DATE" value="2009-03-02" functionInDocument="NONE"><token_anchor t_id="10"/></TIMEX3>
<TIMEX3 m_id="31" type="DATE" value="2009-03-03" functionInDocument="CREATION_TIME">
<token_anchor t_id="1"/><token_anchor t_id="2"/><token_anchor t_id="3"/><token_anchor t_id="4"/></TIMEX3>
</Markables>
<Relations>
<TLINK r_id="1" reltype="IS_INCLUDED"><source m_id="20"/><target m_id="30"/></TLINK>
<TLINK r_id="2" reltype="SIMULTANEOUS"><source m_id="21"/><target m_id="31"/></TLINK>
</Relations>
</Document>"""
    path = tmp_path / "m1.xml"
    path.write_text(xml, encoding="utf-8")
    g = read_meantime_anchors(path)
    assert g.dct == D(2009, 3, 3)
    assert [(e.text, e.kind) for e in g.events] == [("posted", "text"), ("profit", "dct")]
    a = g.events[0].anchors[0]
    assert g.text[a.start:a.end] == "Monday"


def test_measures_by_hand():
    dct = D(1998, 5, 14)
    tx = {"t1": GoldTimex("t1", "DATE", "1998-05-11", 10, 16),       # Monday
          "t2": GoldTimex("t2", "DATE", "1998-W19", 30, 39),         # last week
          "t3": GoldTimex("t3", "DATE", "1998-WXX", 50, 59),         # partial: no interval
          "t4": GoldTimex("t4", "TIME", "1998-05-13T09:00", 70, 80)}  # a clock time: its day
    evs = [GoldEvent("e1", 0, 3, "a", "text", [tx["t1"]]), GoldEvent("e2", 20, 23, "b", "text", [tx["t2"]]),
           GoldEvent("e3", 40, 43, "c", "text", [tx["t3"]]), GoldEvent("e4", 60, 63, "d", "text", [tx["t4"]]),
           GoldEvent("e5", 90, 93, "e", "dct"), GoldEvent("e6", 95, 98, "f", "dct"), GoldEvent("e7", 99, 100, "g")]
    gold = GoldDoc("d", dct, "", evs)
    art = Predicted(dct, dct, "article")
    pred = {
        "e1": Predicted(D(1998, 5, 11), D(1998, 5, 11), "text", (12, 16)),  # anchor + equal
        "e2": Predicted(D(1998, 5, 6), D(1998, 5, 6), "text", (60, 65)),    # other timex; inside the week
        "e3": Predicted(D(1998, 5, 1), D(1998, 5, 31), "text", (50, 59)),   # anchor; value unscorable
        "e4": art,                                                          # wrong day
        "e5": art,                                                          # right (article date)
        "e6": Predicted(D(1998, 5, 13), D(1998, 5, 13), "text", (1, 2)),    # wrong
        "e7": art,
    }
    r = score([(gold, {"chronicle": pred})])
    assert (r["events"], r["text"], r["dct"], r["none"], r["value_unscorable"]) == (7, 4, 2, 1, 1)
    c = r["chronicle"]
    assert (c["anchor"]["n"], c["anchor"]["of"]) == (2, 4)            # e1, e3
    assert (c["anchor_calendar"]["n"], c["anchor_calendar"]["of"]) == (1, 3)
    assert (c["value_equal"]["n"], c["value_equal"]["of"]) == (1, 3)  # e1
    assert (c["value_overlap"]["n"], c["value_overlap"]["of"]) == (2, 3)  # e1, e2 (inside W19)
    assert (c["dct_day"]["n"], c["dct_day"]["of"]) == (1, 2)
    assert (c["anchored_right"]["n"], c["anchored_right"]["of"]) == (2, 5)
    assert c["value_equal"]["pct"] == 33.33
    assert (c["text_dated"]["n"], c["text_dated"]["of"]) == (0, 1)


def test_chronicle_end_to_end(tmp_path):
    (tmp_path / "hand.tml").write_text(TML, encoding="utf-8")
    r = evaluate(tmp_path, "timeml", cache=None)
    # by hand: "arrested" <- "on Monday" and "fled" <- "last week" (their own clauses): both
    # anchors right; "said" has no date of its own: the article date (right for a DCT anchor).
    # The nearest-timex baseline dates "said" by "last week" (wrong); the article baseline
    # gets neither text anchor.
    c, near, art = r["chronicle"], r["nearest"], r["article"]
    assert (c["anchor"]["n"], c["anchor"]["of"]) == (2, 2)
    assert (c["value_equal"]["n"], c["dct_day"]["n"]) == (2, 1)
    assert (near["anchor"]["n"], near["dct_day"]["n"]) == (2, 0)
    assert (art["anchor"]["n"], art["value_equal"]["n"], art["dct_day"]["n"]) == (0, 0, 1)


def test_cli(tmp_path):
    import json

    from typer.testing import CliRunner

    from chronicle.cli.main import app

    (tmp_path / "tml").mkdir()
    (tmp_path / "tml" / "hand.tml").write_text(TML, encoding="utf-8")
    runner = CliRunner()
    r = runner.invoke(app, ["eval", "dating", "--timeml", str(tmp_path / "tml")])
    assert r.exit_code == 0, r.output
    out = json.loads(r.stdout)
    assert out["tml"]["text"] == 2 and out["tml"]["chronicle"]["dct_day"]["n"] == 1
    r = runner.invoke(app, ["eval", "dating"])
    assert r.exit_code != 0


PIPE_TML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>pipe</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2025-03-28" temporalFunction="false" functionInDocument="CREATION_TIME">2025-03-28</TIMEX3></DCT>
<TEXT>Police <EVENT eid="e1" class="OCCURRENCE">arrested</EVENT> two opposition activists on <TIMEX3 tid="t1" type="DATE" value="2025-03-24">Monday</TIMEX3>. \
The government <EVENT eid="e2" class="OCCURRENCE">condemned</EVENT> the protesters, officials <EVENT eid="e3" class="REPORTING">said</EVENT>.</TEXT>
<MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST" aspect="NONE" polarity="POS" pos="VERB" />
<MAKEINSTANCE eventID="e2" eiid="ei2" tense="PAST" aspect="NONE" polarity="POS" pos="VERB" />
<MAKEINSTANCE eventID="e3" eiid="ei3" tense="PAST" aspect="NONE" polarity="POS" pos="VERB" />
<TLINK lid="l1" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t1" />
<TLINK lid="l2" relType="IS_INCLUDED" eventInstanceID="ei2" relatedToTime="t0" />
<TLINK lid="l3" relType="IS_INCLUDED" eventInstanceID="ei3" relatedToTime="t0" />
</TimeML>
"""


def test_pipeline_mode(tmp_path):
    (tmp_path / "pipe.tml").write_text(PIPE_TML, encoding="utf-8")
    r = evaluate(tmp_path, "timeml", cache=None, pipeline=True)
    # chronicle's extraction makes mentions of the arrest (COERCE) and the condemnation (ACCUSE),
    # not of "said" (a reporting verb is attribution, no event): two of three gold events covered
    assert r["mode"] == "pipeline"
    assert (r["events"], r["covered"], r["covered_text"], r["covered_dct"], r["no_token"]) == (3, 2, 1, 1, 1)
    c, near = r["chronicle"], r["nearest"]
    assert (c["anchor"]["n"], c["anchor"]["of"]) == (1, 1)
    assert (c["dct_day"]["n"], c["dct_day"]["of"]) == (1, 1)
    assert (near["anchor"]["n"], near["dct_day"]["n"]) == (1, 1)


def test_gold_midnight_is_next_day():
    # a gold "midnight Friday" written T24 of Friday is Saturday's start, the day the tagger's own
    # interval gives it; any other clock time is its own day
    from chronicle.eval.dating import _gold_interval
    sat = dt.date(1999, 1, 2)
    assert _gold_interval(GoldTimex("t", "TIME", "1999-01-01T24")) == (sat, sat)
    assert _gold_interval(GoldTimex("t", "TIME", "1998-12-31T24:00")) == (dt.date(1999, 1, 1),) * 2
    assert _gold_interval(GoldTimex("t", "TIME", "1999-01-01T23:59")) == (dt.date(1999, 1, 1),) * 2
    assert _gold_interval(GoldTimex("t", "TIME", "1999-01-01TNI")) == (dt.date(1999, 1, 1),) * 2
