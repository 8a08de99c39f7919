"""MUC, B³, CEAF-e against a hand-computed example, and the ECB+ reader on a tiny CAT file."""
import json

import pytest

from chronicle.eval.coref import b_cubed, ceaf_e, conll, muc

KEY = [{"a", "b", "c"}, {"d", "e"}, {"f"}]
RESPONSE = [{"a", "b"}, {"c", "d", "e"}, {"f"}]


def test_muc_by_hand():
    # recall: (3 - 2) + (2 - 1) = 2 of (2 + 1) = 3 links; precision: (2 - 1) + (3 - 2) = 2 of (1 + 2) = 3
    p, r, f = muc(KEY, RESPONSE)
    assert (p, r, f) == pytest.approx((2 / 3, 2 / 3, 2 / 3))


def test_b_cubed_by_hand():
    # precision per mention: a,b 1; c 1/3; d,e 2/3; f 1 -> (2 + 1/3 + 4/3 + 1) / 6 = 14/18
    # recall per mention:    a,b 2/3; c 1/3; d,e 1; f 1 -> (4/3 + 1/3 + 2 + 1) / 6 = 14/18
    p, r, _ = b_cubed(KEY, RESPONSE)
    assert p == pytest.approx(14 / 18) and r == pytest.approx(14 / 18)


def test_ceaf_e_by_hand():
    # best alignment: abc~ab (2*2/5 = .8), de~cde (2*2/5 = .8), f~f (1) -> 2.6 over 3 clusters each side
    p, r, f = ceaf_e(KEY, RESPONSE)
    assert p == pytest.approx(2.6 / 3) and r == pytest.approx(2.6 / 3)


def test_conll_is_mean_and_perfect_is_100():
    s = conll(KEY, RESPONSE)
    assert s["conll_f1"] == pytest.approx((s["muc"] + s["b3"] + s["ceafe"]) / 3, abs=0.01)
    assert conll(KEY, KEY) == {"muc": 100.0, "b3": 100.0, "ceafe": 100.0, "conll_f1": 100.0}
    assert conll(KEY, [{x} for c in KEY for x in c])["muc"] == 0.0


DOC = """<Document doc_name="{name}.xml" doc_id="x">
<token t_id="1" sentence="0" number="0">Police</token>
<token t_id="2" sentence="0" number="1">arrested</token>
<token t_id="3" sentence="0" number="2">a</token>
<token t_id="4" sentence="0" number="3">man</token>
<token t_id="5" sentence="1" number="0">He</token>
<token t_id="6" sentence="1" number="1">was</token>
<token t_id="7" sentence="1" number="2">{verb}</token>
<Markables>
<ACTION_OCCURRENCE m_id="1"><token_anchor t_id="2"/></ACTION_OCCURRENCE>
<ACTION_OCCURRENCE m_id="2"><token_anchor t_id="7"/></ACTION_OCCURRENCE>
<HUMAN_PART_PER m_id="3"><token_anchor t_id="4"/></HUMAN_PART_PER>
<ACTION_OCCURRENCE m_id="9" TAG_DESCRIPTOR="arrest" instance_id="ACT1"/>
</Markables>
<Relations>
<CROSS_DOC_COREF r_id="1" note="ACT1"><source m_id="1"/><target m_id="9"/></CROSS_DOC_COREF>
</Relations>
</Document>
"""


def test_ecbplus_reader_gold_clusters_and_sentence_filter(tmp_path):
    from chronicle.link.ecb import gold_clusters, read_ecbplus

    (tmp_path / "1").mkdir()
    (tmp_path / "1" / "1_1ecb.xml").write_text(DOC.format(name="1_1ecb", verb="released"), encoding="utf-8")
    (tmp_path / "1" / "1_2ecb.xml").write_text(DOC.format(name="1_2ecb", verb="freed"), encoding="utf-8")
    docs, ms = read_ecbplus(tmp_path)
    assert len(docs) == 2 and len(ms) == 4
    clusters = sorted(sorted(c) for c in gold_clusters(ms))
    assert [("1_1ecb", "1"), ("1_2ecb", "1")] in clusters  # the cross-document chain
    assert len(clusters) == 3                               # + two singletons
    csv = tmp_path / "s.csv"
    csv.write_text("Topic,File,Sentence Number\n1,1ecb,0\n1,2ecb,1\n", encoding="utf-8")
    _, kept = read_ecbplus(tmp_path, sentences_csv=csv)
    assert sorted(m.key for m in kept) == [("1_1ecb", "1"), ("1_2ecb", "2")]
