"""ECB+ mention linking: the pairwise model's pieces, document clusters with argument words, and
the shipped model; `evaluate` end to end on two tiny CAT files (spaCy's installed model)."""
import math

import numpy as np
import pytest

from chronicle.link import ecb
from chronicle.link.ecb import EcbDoc, EcbMention


def _m(doc, mid, lemma, gold, sentence=0, pos="VERB", text=None, topic=1):
    return EcbMention(key=(doc, mid), topic=topic, doc=doc, sentence=sentence, token_ids=[1],
                      text=text or lemma, gold=gold, lemma=lemma, pos=pos)


def test_average_link_merges_above_threshold_only():
    # a-b strongly similar, c close to a but not to b: average link keeps c apart at 0.5
    sim = [[1, .9, .6], [.9, 1, .2], [.6, .2, 1]]
    got = sorted(sorted(c) for c in ecb.average_link(["a", "b", "c"], sim, 0.5))
    assert got == [["a", "b"], ["c"]]
    got = sorted(sorted(c) for c in ecb.average_link(["a", "b", "c"], sim, 0.35))
    assert got == [["a", "b", "c"]]          # (0.6 + 0.2) / 2 = 0.4 >= 0.35
    assert ecb.average_link(["a"], [[1.0]], 0.5) == [frozenset({"a"})]


def test_fit_logistic_learns_the_sign_of_a_feature():
    rng = np.random.default_rng(0)
    x = rng.normal(size=400)
    y = (x + rng.normal(scale=0.3, size=400) > 0).astype(float)
    w = ecb.fit_logistic(np.c_[np.ones(400), x, rng.normal(size=400)], y)
    assert w[1] > 2 and abs(w[2]) < 0.5


def test_lemma_pair_stats_counts_mention_pairs_per_document_cluster():
    ms = [_m("d1", "1", "arrest", "A"), _m("d1", "2", "detain", "A"), _m("d2", "1", "arrest", "A"),
          _m("d2", "2", "arrest", "B"), _m("d3", "1", "detain", "A")]
    st = ecb.lemma_pair_stats(ms, {"d1": 0, "d2": 0, "d3": 1})
    # cluster 0: arrest x3 (gold A, A, B) and detain x1 (A)
    assert st[("arrest", "arrest")] == [1, 3]
    assert st[("arrest", "detain")] == [2, 3]
    assert ("detain", "detain") not in st      # one detain per cluster: no pair


def _doc(name, args, words):
    d = EcbDoc(name=name, topic=1)
    d.sent_lemmas = {0: words}
    d.sent_args = {0: args}
    d.lemmas = list(words)
    return d


def test_pair_features_same_lemma_arguments_and_context():
    docs = [_doc("d1", [("who", "police"), ("where", "paris")], ["police", "arrest", "man", "paris"]),
            _doc("d2", [("who", "police"), ("where", "london")], ["police", "arrest", "woman", "london"]),
            _doc("d3", [], ["storm", "hit", "coast"])]
    ctx = ecb._MentionContext(docs)
    a, b = _m("d1", "1", "arrest", "A"), _m("d2", "1", "arrest", "A")
    f = dict(zip(ecb.FEATURES, ecb.pair_features(a, b, ctx, {("arrest", "arrest"): [8, 10]})))
    assert f["same_lemma"] == 1.0 and f["same_document"] == 0.0
    assert f["lemma_pair_log_odds"] == pytest.approx(math.log((8.1 / 12) / (1 - 8.1 / 12)))
    assert f["who_jaccard"] == 1.0 and f["where_jaccard"] == 0.0
    assert 0 < f["context_cosine"] < 1
    c = _m("d2", "2", "arrested", "A")
    g = dict(zip(ecb.FEATURES, ecb.pair_features(a, c, ctx, {})))
    assert g["same_lemma"] == 0.0 and g["same_prefix"] == 1.0 and g["lemma_pair_seen"] == 0.0


def test_link_pairwise_links_inside_document_clusters_only():
    docs = [_doc(n, [], ["shoot"]) for n in ("d1", "d2", "d3")]
    ms = [_m("d1", "1", "shoot", "A"), _m("d2", "1", "shoot", "A"), _m("d3", "1", "shoot", "B"),
          _m("d1", "2", "say", "C")]
    model = {"weights": [-2.0, 4.0] + [0.0] * (len(ecb.FEATURES) - 2), "threshold": 0.5, "stats": {}}
    got = sorted(sorted(c) for c in ecb.link_pairwise(ms, {"d1": 0, "d2": 0, "d3": 1}, docs, model))
    assert got == [[("d1", "1"), ("d2", "1")], [("d1", "2")], [("d3", "1")]]


def test_argument_words_separate_subtopics():
    # same kind of event (earthquake), different places and dates: the event words join them,
    # the argument words split them
    a = _doc("a", [("where", "chile"), ("when", "2010")], ["earthquake", "kill", "chile", "2010"])
    b = _doc("b", [("where", "chile"), ("when", "2010")], ["earthquake", "magnitude", "chile", "2010"])
    c = _doc("c", [("where", "haiti"), ("when", "2008")], ["earthquake", "kill", "magnitude", "haiti", "2008"])
    plain = ecb.cluster_documents([a, b, c], 0.05)
    assert plain["a"] == plain["b"] == plain["c"]
    weighted = ecb.cluster_documents([a, b, c], 0.05, arg_weight=2)
    assert weighted["a"] == weighted["b"] != weighted["c"]


def _dw(**kw):
    w = [0.0] * len(ecb.DOC_FEATURES)
    for k, v in kw.items():
        w[ecb.DOC_FEATURES.index(k)] = v
    return w


def _dated(name, words, topic=1):
    d = _doc(name, [], [w.lower() for w in words if w.isalpha()])
    d.topic = topic
    d.sentences = {0: list(enumerate(words, 1))}
    return d


def test_document_pair_features_read_years_and_numbers():
    a = _dated("a", ["Quake", "of", "7.0", "hits", "in", "2008"])
    b = _dated("b", ["The", "2008", "quake", "of", "7.0", "killed", "12"])
    c = _dated("c", ["Quake", "hits", "in", "2012"])
    d = _dated("d", ["Quake", "hits"])
    assert ecb.document_numbers(b) == ({"2008"}, {"7.0", "12"})
    F = ecb.document_pair_features([a, b, c, d])
    f = {n: F[..., k] for k, n in enumerate(ecb.DOC_FEATURES)}
    assert f["year_jaccard"][0, 1] == 1.0 and f["year_conflict"][0, 1] == 0.0
    assert f["number_jaccard"][0, 1] == pytest.approx(0.5)                 # {7.0} of {7.0, 12}
    assert f["year_jaccard"][0, 2] == 0.0 and f["year_conflict"][0, 2] == 1.0   # 2008 vs 2012
    assert f["year_conflict"][0, 3] == 0.0                                   # d writes no year
    assert (f["bias"] == 1.0).all() and f["tfidf_cosine"][0, 1] == f["tfidf_cosine"][1, 0] > 0


def test_document_pair_labels_are_shared_gold_events():
    docs = [_dated(n, ["x"]) for n in ("a", "b", "c")]
    ms = [_m("a", "1", "hit", "E1"), _m("b", "1", "strike", "E1"), _m("b", "2", "say", "E2"),
          _m("c", "1", "say", "E3")]
    Y = ecb.document_pair_labels(docs, ms)
    assert Y[0, 1] == Y[1, 0] == 1.0 and Y[0, 2] == Y[1, 2] == 0.0


def test_gold_topic_clusters_with_the_document_model():
    docs = [_dated("1_a", ["Quake", "hits", "in", "2008"]), _dated("1_b", ["Quake", "hits", "2008"]),
            _dated("1_c", ["Quake", "hits", "2012"]), _dated("2_a", ["Quake", "hits", "2008"], topic=2)]
    # shared years join, conflicting years split; never across gold topics
    model = {"document_weights": _dw(bias=0.0, year_jaccard=3.0, year_conflict=-3.0), "document_threshold": 0.6}
    dc = ecb.gold_topic_clusters(docs, model)
    assert dc["1_a"] == dc["1_b"] != dc["1_c"] and dc["2_a"][0] == 2 and dc["1_a"][0] == 1
    # a model without document weights: TF-IDF cosine (all of topic 1 share "quake hits")
    old = ecb.gold_topic_clusters(docs, {"document_weights": None})
    assert old == ecb.gold_topic_clusters(docs)


def test_no_topic_clusters_group_topics_then_split_subtopics():
    docs = [_dated("a", ["Quake", "hits", "Chile", "2008"]), _dated("b", ["Quake", "hits", "Chile", "2008"]),
            _dated("c", ["Quake", "hits", "Chile", "2012"]), _dated("d", ["Senate", "votes", "budget", "2008"]),
            _dated("e", ["Senate", "votes", "budget", "2008"])]
    model = {"document_weights": _dw(bias=-1.0, year_jaccard=3.0, year_conflict=-3.0), "document_threshold": 0.6}
    dc = ecb.no_topic_clusters(docs, model)
    # the quake reports and the vote reports are two topics (no shared word), so the 2008 vote
    # does not join the 2008 quake although their years agree; inside the quake topic 2012 is apart
    assert dc["a"] == dc["b"] != dc["c"] and dc["a"][0] == dc["c"][0]
    assert dc["d"] == dc["e"] and dc["d"][0] != dc["a"][0]
    assert ecb.no_topic_clusters(docs) == ecb.cluster_documents(docs, ecb.NO_TOPIC_DOC_THRESHOLD)


def test_shipped_model_matches_its_features():
    model = ecb.load_model()
    trees = model["weights"]["trees"]
    assert trees and all(n[1] < len(ecb.FEATURES) for t in trees for n in t if n[0] == "split")
    assert model["threshold"] in ecb.PAIR_THRESHOLDS
    # a pair of different lemmas never seen together: the trigger cosine decides, and the same
    # pair with the same lemma (seen co-referring) is more likely
    row = dict.fromkeys(ecb.FEATURES, 0.0)
    row.update(bias=1.0, lemma_pair_log_odds=math.log(0.05 / 0.95), context_cosine=0.2, verbs=1.0,
               sentence_cosine=0.5, lemma_cosine=0.5, phrase_cosine=0.5)
    rows = [dict(row, trigger_cosine=c) for c in (0.3, 0.6, 0.9)]
    rows.append(dict(rows[1], same_lemma=1.0, lemma_pair_seen=1.0, lemma_pair_log_odds=1.0, lemma_cosine=1.0))
    p = ecb.pair_model_probabilities(model["weights"], [[r[f] for f in ecb.FEATURES] for r in rows])
    assert p[0] < p[1] < p[2] and p[3] > p[1]
    assert all(0 <= c <= t for c, t in model["stats"].values())
    import json
    from importlib.resources import files

    raw = json.loads(files("chronicle.resources").joinpath(ecb.MODEL_RESOURCE).read_text(encoding="utf-8"))
    assert raw["features"] == ecb.FEATURES and "CC BY 3.0" in raw["license"]
    assert raw["cluster_features"] == ecb.CLUSTER_FEATURES
    assert len(model["cluster_weights"]) == len(ecb.CLUSTER_FEATURES)
    assert model["cluster_threshold"] in ecb.CLUSTER_THRESHOLDS
    cw = dict(zip(ecb.CLUSTER_FEATURES, model["cluster_weights"]))
    assert cw["trigger_centroid_cosine"] > 0 and cw["same_sentence_any"] < 0
    assert raw["document_features"] == ecb.DOC_FEATURES and model["document_threshold"] in ecb.DOC_THRESHOLDS
    dw = dict(zip(ecb.DOC_FEATURES, model["document_weights"]))
    assert dw["tfidf_cosine"] > 0 and dw["year_jaccard"] > 0 and dw["year_conflict"] < 0
    # trained on the training topics only: no dev topic is named in what it was trained on
    trained = {int(t) for t in raw["trained_on"].split("topics ")[1].split(",")[0].split()}
    assert trained == set(ecb.TRAIN_TOPICS) and not trained & set(ecb.DEV_TOPICS)


def _unit(v):
    v = np.asarray(v, dtype=np.float32)
    return v / np.linalg.norm(v)


def test_pair_features_minilm_cosines():
    docs = [_doc("d1", [], ["arrest"]), _doc("d2", [], ["detain"])]
    ctx = ecb._MentionContext(docs)
    a, b = _m("d1", "1", "arrest", "A"), _m("d2", "1", "detain", "A")
    f = dict(zip(ecb.FEATURES, ecb.pair_features(a, b, ctx, {})))
    assert f["trigger_cosine"] == f["lemma_cosine"] == f["sentence_cosine"] == f["phrase_cosine"] == 0.0  # no vectors
    a.vectors = (_unit([1, 0, 0]), _unit([1, 1, 0]), _unit([0, 0, 1]), _unit([0, 1, 0]))
    b.vectors = (_unit([1, 1, 0]), _unit([1, 1, 0]), _unit([1, 0, 0]), _unit([0, 1, 1]))
    f = dict(zip(ecb.FEATURES, ecb.pair_features(a, b, ctx, {})))
    assert f["trigger_cosine"] == pytest.approx(2 ** -0.5, abs=1e-6)
    assert f["sentence_cosine"] == pytest.approx(1.0) and f["lemma_cosine"] == pytest.approx(0.0)
    assert f["phrase_cosine"] == pytest.approx(2 ** -0.5, abs=1e-6)


def test_train_model_chooses_the_threshold_by_cross_validation():
    # five topics of three documents; in two of them "hit" co-refers across the documents, "say"
    # never does; the third is on something else; co-referring triggers have the same vector
    rng = np.random.default_rng(1)
    docs, ms = [], []
    for t in range(1, 6):
        for k in (1, 2, 3):
            name = f"{t}_{k}ecb"
            words = ["storm", "hit", f"town{t}"] if k < 3 else ["flood", "river"]
            d = _doc(name, [("where", f"town{t}")] if k < 3 else [], words)
            d.topic = t
            docs.append(d)
            for i, (lemma, gold) in enumerate([("hit", f"hit{t}"), ("say", f"{name}:say")]
                                              if k < 3 else [("flood", f"{name}:flood")]):
                m = _m(name, str(i), lemma, gold, topic=t)
                v = _unit(np.eye(8)[t]) if lemma == "hit" else _unit(rng.normal(size=8))
                m.vectors = (v, v, _unit(np.eye(8)[("hit", "say", "flood").index(lemma)]), v)
                ms.append(m)
    model = ecb.train_model(docs, ms, folds=5)
    assert sorted(model["cv"]) == sorted(ecb.PAIR_THRESHOLDS) and model["threshold"] in ecb.PAIR_THRESHOLDS
    assert max(model["cv"].values()) == 100.0 and model["cv"][model["threshold"]] == 100.0
    assert model["stats"][("hit", "hit")] == [5, 5] and model["stats"][("say", "say")] == [0, 5]
    assert sorted(model["cluster_cv"]) == sorted(ecb.CLUSTER_THRESHOLDS)
    assert model["cluster_threshold"] in ecb.CLUSTER_THRESHOLDS and model["cluster_cv"][model["cluster_threshold"]] == 100.0
    assert len(model["cluster_weights"]) == len(ecb.CLUSTER_FEATURES)
    # the document model: "hit" documents share a gold event, the flood document shares none
    assert sorted(model["document_cv"]) == sorted(ecb.DOC_THRESHOLDS)
    assert model["document_threshold"] in ecb.DOC_THRESHOLDS and len(model["document_weights"]) == len(ecb.DOC_FEATURES)
    assert model["document_weights"][ecb.DOC_FEATURES.index("tfidf_cosine")] > 0




def test_evaluate_two_documents_one_event(tmp_path, ecb_xml):
    (tmp_path / "1").mkdir()
    places = (("HUMAN_PART_PER", 4), ("LOC_GEO", 6))
    for n in ("1_1ecb", "1_2ecb"):
        doc = ecb_xml(n, [["Police", "arrested", "a", "man", "in", "Paris"]], actions=[2], entities=places)
        (tmp_path / "1" / f"{n}.xml").write_text(doc, encoding="utf-8")
    # a third document on something else, so that the shared words weigh (IDF)
    other = ecb_xml("1_3ecb", [["Storms", "flooded", "a", "coast", "in", "Texas"]], actions=[2], entities=places,
                    chain="ACT2")
    (tmp_path / "1" / "1_3ecb.xml").write_text(other, encoding="utf-8")
    docs, ms = ecb.read_ecbplus(tmp_path)
    assert docs[0].entities[0] == [("HUMAN_PART_PER", [4]), ("LOC_GEO", [6])]
    ecb.annotate(docs, ms)
    assert [m.lemma for m in ms] == ["arrest", "arrest", "flood"]
    assert docs[0].sent_args[0] == [("where", "paris")]     # from the text: spaCy's entities
    ecb.annotate(docs, ms, arguments="markables")
    assert docs[0].sent_args[0] == [("who", "man"), ("where", "paris")]   # ECB+'s markables
    ecb.embed(docs, ms)
    assert [m.phrase for m in ms] == ["Police arrested a man in Paris"] * 2 + ["Storms flooded a coast in Texas"]
    trig, sent, lemma, phrase = ms[0].vectors
    assert float(phrase @ ms[1].vectors[3]) == pytest.approx(1.0, abs=1e-5)
    assert trig.shape == (384,) and float(trig @ trig) == pytest.approx(1.0, abs=1e-5)
    assert float(ms[0].vectors[0] @ ms[1].vectors[0]) == pytest.approx(1.0, abs=1e-5)  # same sentence
    assert float(ms[0].vectors[0] @ ms[2].vectors[0]) < 0.9
    assert float(ms[0].vectors[2] @ ms[1].vectors[2]) == pytest.approx(1.0, abs=1e-5)  # same lemma
    out = ecb.evaluate(tmp_path)
    assert out["mentions"] == 3 and out["documents"] == 3
    assert out["gold_topics"]["conll_f1"] == 100.0 and out["no_topics"]["conll_f1"] == 100.0


def test_annotate_drops_the_words_of_web_addresses():
    d = EcbDoc(name="1_1ecbplus", topic=1)
    words = "http : / / www . latimes . com / 2013 / quake - hits - chile . html".split()
    d.sentences = {0: list(enumerate(words, 1)), 1: [(100, "Quake"), (101, "hits"), (102, "Chile")]}
    ecb.annotate([d], [])
    assert "quake" in d.lemmas and "chile" in d.lemmas
    assert not {"http", "www", "com", "html"} & set(d.lemmas)


def _block(ms, P, docs):
    return ecb._Block(ms, np.asarray(P, dtype=float), ecb._MentionContext(docs))


def _cw(**kw):
    w = [0.0] * len(ecb.CLUSTER_FEATURES)
    for k, v in kw.items():
        w[ecb.CLUSTER_FEATURES.index(k)] = v
    return w


def test_cluster_features_use_the_union_of_the_clusters():
    docs = [_doc("d1", [("who", "police")], ["police", "arrest"]),
            _doc("d2", [("where", "paris")], ["arrest", "paris"]),
            _doc("d3", [("who", "police"), ("where", "paris")], ["police", "detain", "paris"])]
    ms = [_m("d1", "1", "arrest", "A"), _m("d2", "1", "arrest", "A"), _m("d3", "1", "detain", "A"),
          _m("d3", "2", "say", "B")]
    for m, v in zip(ms, ([1, 0, 0], [1, 1, 0], [0, 1, 0], [0, 0, 1])):
        m.vectors = (_unit(v), _unit(v), _unit(v), _unit(v))
    P = [[0, .8, .6, .1], [.8, 0, .4, .1], [.6, .4, 0, .3], [.1, .1, .3, 0]]
    b = _block(ms, P, docs)
    f = dict(zip(ecb.CLUSTER_FEATURES, ecb.cluster_features(b, [0, 1], [2])))
    assert f["mean_p"] == pytest.approx(0.5) and f["max_p"] == 0.6 and f["min_p"] == 0.4
    # {police} ∪ {paris} against {police, paris}: each mention alone shares only one of them
    assert f["who_jaccard"] == 1.0 and f["where_jaccard"] == 1.0
    assert f["log_size_min"] == 0.0 and f["log_size_max"] == pytest.approx(math.log(2))
    assert f["lemma_jaccard"] == 0.0 and f["same_sentence_any"] == 0.0 and f["same_document_fraction"] == 0.0
    assert f["trigger_centroid_cosine"] == pytest.approx(float(_unit([2 ** -0.5 + 1, 2 ** -0.5, 0]) @ _unit([0, 1, 0])))
    assert f["fraction_p_over_half"] == 0.5
    g = dict(zip(ecb.CLUSTER_FEATURES, ecb.cluster_features(b, [2], [3])))
    assert g["same_sentence_any"] == 1.0 and g["same_document_fraction"] == 1.0     # both sentence 0 of d3


def test_merge_clusters_easy_first_with_cluster_level_features():
    docs = [_doc("d1", [], ["a"]), _doc("d2", [], ["a"]), _doc("d3", [], ["a"])]
    ms = [_m("d1", "1", "hit", "A"), _m("d2", "1", "hit", "A"), _m("d3", "1", "hit", "A"), _m("d3", "2", "hit", "B")]
    P = [[0, .9, .6, .6], [.9, 0, .6, .6], [.6, .6, 0, .6], [.6, .6, .6, 0]]
    b = _block(ms, P, docs)
    # only the mean pair probability: like average link, everything above 0.55 merges
    w = _cw(bias=-5.5, mean_p=10.0)
    assert sorted(map(sorted, ecb.merge_clusters(b, w, 0.5))) == [[0, 1, 2, 3]]
    # two mentions of one sentence never join: 3 stays apart although its probabilities equal 2's
    w = _cw(bias=-5.5, mean_p=10.0, same_sentence_any=-20.0)
    assert sorted(map(sorted, ecb.merge_clusters(b, w, 0.5))) == [[0, 1, 2], [3]]
    # the highest-scoring pair merges first: 0 and 1 (0.9) before anything at 0.6
    w = _cw(bias=-8.0, mean_p=10.0)
    assert sorted(map(sorted, ecb.merge_clusters(b, w, 0.5))) == [[0, 1], [2], [3]]
    # under the floor nothing merges, whatever the cluster model says
    low = _block(ms, np.full((4, 4), ecb.CLUSTER_FLOOR / 2), docs)
    assert len(ecb.merge_clusters(low, _cw(bias=10.0), 0.5)) == 4


def test_link_pairwise_uses_the_cluster_model_when_present():
    docs = [_doc(n, [], ["shoot"]) for n in ("d1", "d2")]
    ms = [_m("d1", "1", "shoot", "A"), _m("d1", "2", "shoot", "B"), _m("d2", "1", "shoot", "A")]
    pair = [-2.0, 4.0] + [0.0] * (len(ecb.FEATURES) - 2)       # same lemma: p = 0.88 for every pair
    model = {"weights": pair, "threshold": 0.5, "stats": {}}
    dc = {"d1": 0, "d2": 0}
    assert len(ecb.link_pairwise(ms, dc, docs, model)) == 1           # average link joins all three
    model.update(cluster_weights=_cw(bias=-5.0, mean_p=10.0, same_sentence_any=-20.0), cluster_threshold=0.5)
    got = sorted(sorted(c) for c in ecb.link_pairwise(ms, dc, docs, model))
    assert got == [[("d1", "1"), ("d2", "1")], [("d1", "2")]]     # ties: the lowest indices merge first


def test_event_phrase_is_the_triggers_own_clause():
    d = EcbDoc(name="1_1ecb", topic=1)
    words = "Police said the gunman killed two people in the store .".split()
    words2 = "Rebels carried out the attack .".split()
    d.sentences = {0: list(enumerate(words, 1)), 1: list(enumerate(words2, 100))}
    said = EcbMention(key=("1_1ecb", "1"), topic=1, doc="1_1ecb", sentence=0, token_ids=[2], text="said", gold="A")
    killed = EcbMention(key=("1_1ecb", "2"), topic=1, doc="1_1ecb", sentence=0, token_ids=[5], text="killed", gold="B")
    attack = EcbMention(key=("1_1ecb", "3"), topic=1, doc="1_1ecb", sentence=1, token_ids=[104], text="attack", gold="C")
    ecb.annotate([d], [said, killed, attack])
    # the reported killing without the reporting clause; the report without its content clause
    assert killed.phrase == "the gunman killed two people in the store"
    assert said.phrase == "Police said"
    # a bare noun borrows its verb's clause: who carried out the attack
    assert attack.phrase == "Rebels carried out the attack"
