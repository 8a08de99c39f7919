"""Boosted trees for the ECB+ pair model: they learn an interaction a linear model cannot, store as
JSON, and predict what they were trained to."""
import json

import numpy as np

from chronicle.link.boosting import _tree_scores, boosted_probabilities, fit_boosted_trees


def _xor(n, seed):
    rng = np.random.default_rng(seed)
    X = rng.uniform(-1, 1, size=(n, 3))
    y = ((X[:, 0] > 0) ^ (X[:, 1] > 0)).astype(float)   # the third column is noise
    return X, y


def test_boosted_trees_learn_an_interaction_a_logistic_model_cannot():
    from chronicle.link.ecb import fit_logistic

    X, y = _xor(2000, 0)
    Xt, yt = _xor(1000, 1)
    model = fit_boosted_trees(X, y, rounds=30, depth=3)
    acc = float(((boosted_probabilities(model, Xt) > 0.5) == (yt > 0.5)).mean())
    w = fit_logistic(np.c_[np.ones(len(X)), X], y)
    linear = float((((np.c_[np.ones(len(Xt)), Xt] @ w) > 0) == (yt > 0.5)).mean())
    assert acc > 0.95 and linear < 0.65


def test_boosted_trees_round_trip_through_json_and_split_on_less_than():
    X, y = _xor(500, 2)
    model = fit_boosted_trees(X, y, rounds=5, depth=2)
    again = json.loads(json.dumps(model))
    assert np.allclose(boosted_probabilities(again, X), boosted_probabilities(model, X))
    node = next(n for t in model["trees"] for n in t if n[0] == "split")
    _, f, threshold, left, right = node
    tree = [["split", f, threshold, 1, 2], ["leaf", -1.0], ["leaf", 1.0]]
    at = np.zeros((2, 3))
    at[0, f], at[1, f] = threshold - 1e-9, threshold
    assert list(_tree_scores(tree, at)) == [-1.0, 1.0]


def test_boosted_trees_without_signal_predict_the_base_rate():
    X = np.ones((40, 2))
    y = np.array([1.0] * 10 + [0.0] * 30)
    model = fit_boosted_trees(X, y, rounds=3)
    assert all(t == [["leaf", 0.0]] for t in model["trees"])
    assert np.allclose(boosted_probabilities(model, X), 0.25)
