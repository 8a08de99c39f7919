import datetime as dt
from pathlib import Path

import pytest

from chronicle.time import tag_timexes
from chronicle.time.timeml import annotate_dir, read_timeml, render_timeml, write_timeml

FIXTURE = Path(__file__).parent / "fixtures" / "sample.tml"


def test_read_timeml_text_offsets_and_dct():
    doc_id, dct, text, gold = read_timeml(FIXTURE)
    assert doc_id == "sample_001"
    assert dct == dt.date(1998, 1, 8)
    assert text.startswith("\nAT&T said yesterday that profit rose")
    assert "<sic>" in text and "<EVENT" not in text
    assert [(g["tid"], g["text"], g["type"], g["value"], g.get("mod")) for g in gold] == [
        ("t1", "yesterday", "DATE", "1998-01-07", None),
        ("t2", "more than two years", "DURATION", "P2Y", "MORE_THAN"),
        ("t3", "the fourth quarter", "DATE", "1997-Q4", None),
    ]
    for g in gold:
        assert text[g["start"]:g["end"]] == g["text"]


def test_write_then_read_roundtrip(tmp_path):
    _, dct, text, _ = read_timeml(FIXTURE)
    timexes = tag_timexes(text, dct)
    out = tmp_path / "out.tml"
    write_timeml(out, "sample_001", dct, text, timexes)
    doc_id, dct2, text2, back = read_timeml(out)
    assert (doc_id, dct2, text2) == ("sample_001", dct, text)
    assert [(b["text"], b["type"], b["value"]) for b in back] == [(t.text, t.type, t.value) for t in timexes]
    assert ("yesterday", "DATE", "1998-01-07") in [(b["text"], b["type"], b["value"]) for b in back]
    assert "AT&amp;T" in out.read_text() and "&lt;sic&gt;" in out.read_text()


def test_render_skips_overlapping_timexes():
    xml = render_timeml("d", None, "last week", [
        {"tid": "t1", "type": "DATE", "value": "X", "start": 0, "end": 9},
        {"tid": "t2", "type": "DATE", "value": "Y", "start": 5, "end": 9},
    ])
    assert xml.count("<TIMEX3") == 1 and "<DCT>" not in xml


def test_annotate_dir(tmp_path):
    inp = tmp_path / "in"
    inp.mkdir()
    (inp / "sample.tml.TE3input").write_text(FIXTURE.read_text())
    stats = annotate_dir(inp, tmp_path / "out")
    assert stats["documents"] == 1 and stats["timexes"] >= 2
    _, dct, _, got = read_timeml(tmp_path / "out" / "sample.tml")
    assert dct == dt.date(1998, 1, 8)
    assert any(g["text"] == "yesterday" and g["value"] == "1998-01-07" for g in got)


def test_read_meantime_rebuilds_text_up_to_the_annotated_sentences():
    from chronicle.time.timeml import read_meantime

    doc_id, dct, text, gold = read_meantime(Path(__file__).parent / "fixtures" / "meantime_sample.xml")
    assert doc_id == "sample_meantime"
    assert dct == dt.date(2008, 3, 1)
    assert text == "Markets fall\nMarch 01, 2008\nStocks fell on Friday."
    assert [(g["text"], g["value"]) for g in gold] == [("March 01, 2008", "2008-03-01"), ("Friday", "2008-02-29")]
    got = {t.text: t.value for t in tag_timexes(text, dct)}
    assert got["Friday"] == "2008-02-29" and got["March 01, 2008"] == "2008-03-01"


TE3_INPUT = (
    '<?xml version="1.0" ?>\r\n<TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\r\n'
    "<DOCID>te3_probe</DOCID>\r\n"
    '<DCT><TIMEX3 tid="t1" type="TIME" value="2013-03-22T10:30:00" temporalFunction="false" '
    'functionInDocument="CREATION_TIME">March 22, 2013</TIMEX3></DCT>\r\n'
    '<TITLE>Cyprus &amp; EU <EVENT eid="e9" class="OCCURRENCE">race</EVENT></TITLE>\r\n'
    "<EXTRAINFO>NICOSIA &lt;AP&gt;</EXTRAINFO>\r\n"
    '<TEXT>\r\nCyprus&apos;s parliament &#8212; <EVENT eid="e1" class="OCCURRENCE">met</EVENT> on '
    '<TIMEX3 tid="t2" type="DATE" value="2013-03-22">Friday</TIMEX3>, &quot;AT&amp;T&quot; said.\r\n'
    "Banks stay shut until Tuesday.</TEXT>\r\n"
    '<MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>\r\n'
    "</TimeML>"
)


def _raw_text(xml: str) -> str:
    import re

    return re.sub(r"<[^>]*>", "", xml.split("<TEXT>", 1)[1].split("</TEXT>", 1)[0])


def test_annotate_dir_keeps_the_input_text_byte_for_byte(tmp_path):
    """The TE3 scorer aligns by the tokens of the raw TEXT: entities, line ends, the DCT as
    given, TITLE and EXTRAINFO are kept; gold tags are removed; tids never clash with the DCT's."""
    import xml.etree.ElementTree as ET

    inp = tmp_path / "in"
    inp.mkdir()
    (inp / "te3_probe.TE3input").write_bytes(TE3_INPUT.encode("utf-8"))
    annotate_dir(inp, tmp_path / "out")
    out = (tmp_path / "out" / "te3_probe.tml").read_bytes().decode("utf-8")
    assert _raw_text(out) == _raw_text(TE3_INPUT)  # entities and \r\n as in the input
    assert "&quot;AT&amp;T&quot;" in out and "Cyprus&apos;s" in out and "&#8212;" in out
    assert "<EVENT" not in out and "MAKEINSTANCE" not in out
    assert '<DCT><TIMEX3 tid="t1" type="TIME" value="2013-03-22T10:30:00"' in out
    assert "<TITLE>Cyprus &amp; EU race</TITLE>" in out and "<EXTRAINFO>NICOSIA &lt;AP&gt;</EXTRAINFO>" in out
    root = ET.fromstring(out.encode("utf-8"))
    tids = [t.get("tid") for t in root.iter("TIMEX3")]
    assert len(tids) == len(set(tids)) >= 3
    assert [t.text for t in root.find("TEXT").iter("TIMEX3")] == ["Friday", "Tuesday"]
    assert read_timeml(tmp_path / "out" / "te3_probe.tml")[2] == read_timeml(inp / "te3_probe.TE3input")[2]


def test_annotate_dir_writes_every_file_even_a_malformed_one(tmp_path):
    import xml.etree.ElementTree as ET

    inp = tmp_path / "in"
    inp.mkdir()
    (inp / "a.TE3input").write_bytes(TE3_INPUT.encode("utf-8"))
    (inp / "broken.TE3input").write_text(TE3_INPUT.replace("&amp;T", "&T"))  # a bare "&"
    assert annotate_dir(inp, tmp_path / "out")["documents"] == 2
    assert (tmp_path / "out" / "a.tml").exists()
    broken = (tmp_path / "out" / "broken.tml").read_text()
    ET.fromstring(broken.encode("utf-8"))  # written, and well-formed
    assert "&amp;T" in broken and ">Friday</TIMEX3>" in broken


def test_annotate_dir_with_the_parse_reads_lemmas(tmp_path):
    # the tense rules read lemmas ("opens" -> open, a timetabled verb): the parse keeps its lemmatizer
    pytest.importorskip("spacy")
    inp = tmp_path / "in"
    inp.mkdir()
    (inp / "d.TE3input").write_text(
        '<?xml version="1.0" ?>\n<TimeML>\n<DOCID>d</DOCID>\n<DCT><TIMEX3 tid="t0" type="DATE" value="2013-05-20" '
        'functionInDocument="CREATION_TIME">2013-05-20</TIMEX3></DCT>\n<TEXT>\nThe sequel opens in theaters on Friday.\n'
        '</TEXT>\n</TimeML>\n', encoding="utf-8")
    annotate_dir(inp, tmp_path / "out", use_spacy=True)
    gold = read_timeml(tmp_path / "out" / "d.tml")[3]
    assert [(t["text"], t["value"]) for t in gold] == [("Friday", "2013-05-24")]
