"""Gradient-boosted regression trees for a binary probability (numpy only).

The ECB+ mention-pair model uses them where a logistic model cannot express how its features
interact: a high trigger cosine means much more for two different head lemmas than for the same
one, and the lemma statistics matter only when the pair was seen in training. Second-order
boosting of the log loss (each tree fits the gradient and hessian of the current predictions) on
quantile-binned features, so that a split search is a cumulative sum over at most ``bins`` bins.

A model is a plain dict (``{"base": log-odds, "trees": [[node, ...], ...]}``), stored as JSON; a
node is ``["leaf", value]`` or ``["split", feature, threshold, left, right]`` (``x < threshold``
goes left)."""
from __future__ import annotations

from typing import Optional

ROUNDS = 100      # trees
DEPTH = 4         # splits from the root to a leaf
LEARNING_RATE = 0.1
L2 = 1.0          # on the leaf values
BINS = 32         # quantile bins a feature's split points are chosen from
MIN_HESSIAN = 5.0  # a leaf carries at least this much weight (about 20 pairs near p = 0.5) ...
MIN_HESSIAN_SHARE = 0.01  # ... or this share of the whole sample's, when the sample is small


def fit_boosted_trees(X, y, rounds: int = ROUNDS, depth: int = DEPTH, learning_rate: float = LEARNING_RATE,
                      l2: float = L2, bins: int = BINS, min_hessian: float = MIN_HESSIAN) -> dict:
    """Fit ``rounds`` trees of depth ``depth`` to the 0/1 labels ``y`` of the rows of ``X``."""
    import numpy as np

    X = np.asarray(X, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    n, d = X.shape
    edges = []
    binned = np.zeros((n, d), dtype=np.int32)
    for f in range(d):
        cuts = np.unique(np.quantile(X[:, f], np.linspace(0, 1, bins + 1)[1:-1])) if n else np.zeros(0)
        edges.append(cuts)
        binned[:, f] = np.searchsorted(cuts, X[:, f], side="right")   # bin k: cuts[k-1] <= x < cuts[k]
    prior = min(max(float(y.mean()) if n else 0.5, 1e-6), 1 - 1e-6)
    base = float(np.log(prior / (1 - prior)))
    score = np.full(n, base)
    min_hessian = min(min_hessian, MIN_HESSIAN_SHARE * n * prior * (1 - prior))
    trees = []
    for _ in range(rounds):
        p = 1 / (1 + np.exp(-score))
        g, h = p - y, p * (1 - p)
        nodes: list = []

        def grow(rows, level: int) -> int:
            G, H = float(g[rows].sum()), float(h[rows].sum())
            me = len(nodes)
            nodes.append(None)
            best: Optional[tuple] = None
            if level < depth and H > 2 * min_hessian:
                for f in range(d):
                    nb = len(edges[f]) + 1
                    if nb < 2:
                        continue
                    gl = np.cumsum(np.bincount(binned[rows, f], weights=g[rows], minlength=nb))[:-1]
                    hl = np.cumsum(np.bincount(binned[rows, f], weights=h[rows], minlength=nb))[:-1]
                    ok = (hl >= min_hessian) & (H - hl >= min_hessian)
                    if not ok.any():
                        continue
                    gain = np.where(ok, gl ** 2 / (hl + l2) + (G - gl) ** 2 / (H - hl + l2) - G ** 2 / (H + l2),
                                    -np.inf)
                    k = int(np.argmax(gain))
                    if gain[k] > 1e-12 and (best is None or gain[k] > best[0]):
                        best = (float(gain[k]), f, k)
            if best is None:
                nodes[me] = ["leaf", round(-G / (H + l2) * learning_rate, 6)]
                return me
            _, f, k = best
            go_left = binned[rows, f] <= k          # bin <= k  <=>  x < cuts[k]
            node = ["split", f, float(edges[f][k]), 0, 0]
            nodes[me] = node
            node[3] = grow(rows[go_left], level + 1)
            node[4] = grow(rows[~go_left], level + 1)
            return me

        grow(np.arange(n), 0)
        trees.append(nodes)
        score += _tree_scores(nodes, X)
    return {"base": round(base, 6), "trees": trees}


def _tree_scores(nodes: list, X):
    import numpy as np

    out = np.zeros(len(X))
    stack = [(0, np.arange(len(X)))]
    while stack:
        i, rows = stack.pop()
        node = nodes[i]
        if node[0] == "leaf":
            out[rows] = node[1]
            continue
        _, f, threshold, left, right = node
        go_left = X[rows, f] < threshold
        stack.append((left, rows[go_left]))
        stack.append((right, rows[~go_left]))
    return out


def boosted_probabilities(model: dict, X):
    """The model's probability for every row of ``X``."""
    import numpy as np

    X = np.asarray(X, dtype=np.float64)
    score = np.full(len(X), float(model["base"]))
    for nodes in model["trees"]:
        score += _tree_scores(nodes, X)
    return 1 / (1 + np.exp(-score))
