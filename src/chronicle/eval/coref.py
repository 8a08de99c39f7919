"""Coreference scores: MUC, B³, CEAF-e and their mean (CoNLL F1), singletons included.

Clusterings are lists of sets of hashable mention keys. Key (gold) and response (system) are
expected to cover the same mentions (gold mentions); a mention missing from one side counts as a
singleton there. Scores are fractions in [0, 1]; :func:`conll` reports F1 in 0–100.
"""
from __future__ import annotations

from typing import Hashable, Iterable, Sequence

Clusters = Sequence[frozenset]


def _norm(clusters: Iterable[Iterable[Hashable]]) -> list[frozenset]:
    return [frozenset(c) for c in clusters if c]


def _f1(p: float, r: float) -> float:
    return 0.0 if p + r == 0 else 2 * p * r / (p + r)


def _muc_recall(key: Clusters, response: Clusters) -> float:
    where = {m: i for i, c in enumerate(response) for m in c}
    num = den = 0
    for k in key:
        parts = {where.get(m, ("own", m)) for m in k}
        num += len(k) - len(parts)
        den += len(k) - 1
    return num / den if den else 0.0


def muc(key, response) -> tuple[float, float, float]:
    key, response = _norm(key), _norm(response)
    r = _muc_recall(key, response)
    p = _muc_recall(response, key)
    return p, r, _f1(p, r)


def b_cubed(key, response) -> tuple[float, float, float]:
    key, response = _norm(key), _norm(response)
    kof = {m: c for c in key for m in c}
    rof = {m: c for c in response for m in c}
    mentions = set(kof) | set(rof)
    if not mentions:
        return 0.0, 0.0, 0.0
    p_sum = r_sum = 0.0
    for m in mentions:
        k = kof.get(m, frozenset([m]))
        r = rof.get(m, frozenset([m]))
        inter = len(k & r)
        p_sum += inter / len(r)
        r_sum += inter / len(k)
    # Precision is averaged over response mentions, recall over key mentions (equal sets here).
    p = p_sum / len(mentions)
    r = r_sum / len(mentions)
    return p, r, _f1(p, r)


def _assignment(weights: list[list[float]]) -> float:
    """Maximum-weight assignment (Hungarian algorithm, rectangular), returns the total weight."""
    n, m = len(weights), len(weights[0]) if weights else 0
    if n == 0 or m == 0:
        return 0.0
    transpose = n > m
    if transpose:
        weights = [list(col) for col in zip(*weights)]
        n, m = m, n
    big = max(max(row) for row in weights)
    cost = [[big - w for w in row] for row in weights]  # minimize cost, n <= m
    inf = float("inf")
    u = [0.0] * (n + 1)
    v = [0.0] * (m + 1)
    p = [0] * (m + 1)
    way = [0] * (m + 1)
    for i in range(1, n + 1):
        p[0] = i
        j0 = 0
        minv = [inf] * (m + 1)
        used = [False] * (m + 1)
        while True:
            used[j0] = True
            i0, delta, j1 = p[j0], inf, 0
            for j in range(1, m + 1):
                if not used[j]:
                    cur = cost[i0 - 1][j - 1] - u[i0] - v[j]
                    if cur < minv[j]:
                        minv[j], way[j] = cur, j0
                    if minv[j] < delta:
                        delta, j1 = minv[j], j
            for j in range(m + 1):
                if used[j]:
                    u[p[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if p[j0] == 0:
                break
        while True:
            j1 = way[j0]
            p[j0] = p[j1]
            j0 = j1
            if j0 == 0:
                break
    return sum(weights[p[j] - 1][j - 1] for j in range(1, m + 1) if p[j])


def ceaf_e(key, response) -> tuple[float, float, float]:
    """Entity-based CEAF (φ4 similarity), solved per connected component of overlapping clusters."""
    key, response = _norm(key), _norm(response)
    if not key or not response:
        return 0.0, 0.0, 0.0
    rof: dict = {}
    for j, c in enumerate(response):
        for m in c:
            rof[m] = j
    # Components of the bipartite "shares a mention" graph.
    parent = list(range(len(key) + len(response)))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for i, c in enumerate(key):
        for m in c:
            if m in rof:
                a, b = find(i), find(len(key) + rof[m])
                if a != b:
                    parent[a] = b
    comps: dict[int, tuple[list, list]] = {}
    for i in range(len(key)):
        comps.setdefault(find(i), ([], []))[0].append(i)
    for j in range(len(response)):
        comps.setdefault(find(len(key) + j), ([], []))[1].append(j)
    total = 0.0
    for ks, rs in comps.values():
        if not ks or not rs:
            continue
        w = [[2 * len(key[i] & response[j]) / (len(key[i]) + len(response[j])) for j in rs] for i in ks]
        total += _assignment(w)
    p, r = total / len(response), total / len(key)
    return p, r, _f1(p, r)


def conll(key, response) -> dict:
    """{"muc", "b3", "ceafe", "conll_f1"}: F1 in 0–100, rounded to two decimals."""
    f = {"muc": muc(key, response)[2], "b3": b_cubed(key, response)[2], "ceafe": ceaf_e(key, response)[2]}
    f["conll_f1"] = sum(f.values()) / 3
    return {k: round(100 * v, 2) for k, v in f.items()}
