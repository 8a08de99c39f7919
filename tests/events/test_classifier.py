"""The statistical fallback: MiniLM sentence embeddings + the shipped PLOVER type classifier."""
from __future__ import annotations

import json
from importlib import resources

import numpy as np

from chronicle.eval.events import QUAD
from chronicle.events import classifier as clf

from _sentences import events


def _events(text: str, **options):
    """Events with the fallback on (as the sentence interface runs it) unless told otherwise."""
    return events(text, **{"event_classifier": True, **options})


def test_fallback_is_off_for_articles_by_default():
    text = "Rebel fighters shelled the village of Kobani overnight."
    assert events(text) == []


def test_encoder_loads_offline_and_gives_unit_384_vectors():
    vecs = clf.encoder().embed(["Rebels shelled the town.", "The ministers met in Geneva.",
                                "Rebels shelled the town."])
    assert vecs.shape == (3, 384)
    assert np.allclose(np.linalg.norm(vecs, axis=1), 1.0, atol=1e-5)
    assert np.array_equal(vecs[0], vecs[2])  # same sentence, same vector, whatever the batch
    assert float(vecs[0] @ vecs[1]) < 0.9


def test_weights_file_has_the_plover_labels_and_loads():
    data = json.loads(resources.files("chronicle.resources").joinpath("events/event_classifier.json")
                      .read_text(encoding="utf-8"))
    assert sorted(data["labels"]) == sorted(QUAD)
    assert np.asarray(data["weights"]).shape == (16, 384)
    assert "CC BY-SA" in data["license"]
    model = clf.classifier()
    assert 0 < model.threshold < 1 and model.labels == tuple(data["labels"])


def test_fallback_types_a_sentence_without_rule_trigger():
    text = "Rebel fighters shelled the village of Kobani overnight."  # "shell" is in no rule
    off = _events(text, event_classifier=False)
    assert off == []
    events = _events(text)
    assert len(events) == 1
    e = events[0]
    assert (e.type, e.plover, e.cameo, e.mode) == ("ASSAULT", "ASSAULT", "180", None)
    assert e.trigger.text == "shelled" and [a.text for a in e.actor] == ["Rebel fighters"]
    assert e.status == "occurred" and e.confidence < 0.7  # below every rule event
    assert e.id == "e1"


def test_fallback_status_and_reported_clause():
    events = _events("The ministry said rebel fighters would shell the village of Kobani.")
    assert len(events) == 1 and events[0].trigger.text == "shell"
    assert events[0].status == "planned"
    assert events[0].attribution is not None


def test_fallback_never_fires_where_a_rule_event_exists():
    text = "Chinese Premier Li Qiang visited Hanoi on Monday."
    events = _events(text)
    assert [e.type for e in events] == ["CONSULT"] and events[0].confidence >= 0.7


def test_fallback_needs_a_participant_and_a_sure_type():
    assert _events("The weather in Paris was sunny yesterday.") == []


def test_threshold_gates_the_fallback():
    sure = clf.classifier()
    try:
        clf.use_classifier(clf.TypeClassifier(sure.labels, sure.weights, sure.bias, threshold=1.01))
        assert _events("Rebel fighters shelled the village of Kobani overnight.") == []
    finally:
        clf.use_classifier(None)


def test_train_logreg_is_deterministic_and_separates():
    rng = np.random.default_rng(0)
    x = np.vstack([rng.normal(1, 0.3, (20, 4)), rng.normal(-1, 0.3, (20, 4))])
    y = np.array([0] * 20 + [1] * 20)
    w1, b1 = clf.train_logreg(x, y, 2, epochs=200)
    w2, b2 = clf.train_logreg(x, y, 2, epochs=200)
    assert np.array_equal(w1, w2) and np.array_equal(b1, b2)
    assert ((x @ w1.T + b1).argmax(axis=1) == y).all()
