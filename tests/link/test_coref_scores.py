"""MUC, B³, CEAF-e against a hand-computed example, and the ECB+ reader on a tiny CAT file."""

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




def test_ecbplus_reader_gold_clusters_and_sentence_filter(tmp_path, ecb_xml):
    from chronicle.link.ecb import gold_clusters, read_ecbplus

    (tmp_path / "1").mkdir()
    for name, verb in (("1_1ecb", "released"), ("1_2ecb", "freed")):
        doc = ecb_xml(name, [["Police", "arrested", "a", "man"], ["He", "was", verb]], actions=[2, 7],
                      entities=(("HUMAN_PART_PER", 4),))
        (tmp_path / "1" / f"{name}.xml").write_text(doc, encoding="utf-8")
    docs, ms = read_ecbplus(tmp_path)
    assert len(docs) == 2 and len(ms) == 4
    clusters = sorted(sorted(c) for c in gold_clusters(ms))
    assert [("1_1ecb", "1"), ("1_2ecb", "1")] in clusters  # the cross-document chain
    assert len(clusters) == 3                               # + two singletons
    csv = tmp_path / "s.csv"
    csv.write_text("Topic,File,Sentence Number\n1,1ecb,0\n1,2ecb,1\n", encoding="utf-8")
    _, kept = read_ecbplus(tmp_path, sentences_csv=csv)
    assert sorted(m.key for m in kept) == [("1_1ecb", "1"), ("1_2ecb", "2")]
