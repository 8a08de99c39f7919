"""TempEval-3 evaluation of temporal expressions (TIMEX3), as the TE3 toolkit defines it.

- strict match: same extent (start and end); relaxed match: the extents overlap.
- precision = matched system timexes / system timexes; recall = matched gold / gold.
- value (type) accuracy: share of relaxed-matched gold timexes whose paired system timex has the
  same value (type); value F1 = value accuracy x relaxed F1, type F1 likewise.
The DCT is not scored. Percentages 0-100, rounded to 2 decimals."""
from __future__ import annotations

from pathlib import Path
from typing import Union

from chronicle.time.timeml import doc_name, input_files, read_timeml

PathLike = Union[str, Path]


def _prf(p_num: int, p_den: int, r_num: int, r_den: int) -> dict:
    p = p_num / p_den if p_den else 0.0
    r = r_num / r_den if r_den else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(100 * p, 2), "recall": round(100 * r, 2), "f1": round(100 * f, 2), "_f": f}


def _overlap(a: dict, b: dict) -> int:
    return min(a["end"], b["end"]) - max(a["start"], b["start"])


def score_documents(pairs: list[tuple[str, list[dict], list[dict]]]) -> dict:
    """Score (name, gold timexes, system timexes) triples; timexes are dicts with start, end, type, value."""
    tot = dict(gold=0, system=0, strict_gold=0, strict_system=0, relaxed_gold=0, relaxed_system=0,
               pairs=0, value_correct=0, type_correct=0)
    per_doc = {}
    for name, gold, system in pairs:
        c = dict.fromkeys(tot, 0)
        c["gold"], c["system"] = len(gold), len(system)
        spans_g = {(g["start"], g["end"]) for g in gold}
        spans_s = {(s["start"], s["end"]) for s in system}
        c["strict_gold"] = sum((g["start"], g["end"]) in spans_s for g in gold)
        c["strict_system"] = sum((s["start"], s["end"]) in spans_g for s in system)
        c["relaxed_gold"] = sum(any(_overlap(g, s) > 0 for s in system) for g in gold)
        c["relaxed_system"] = sum(any(_overlap(g, s) > 0 for g in gold) for s in system)
        # one-to-one pairs for attribute accuracy: largest overlaps first
        cand = sorted(
            ((_overlap(g, s), -abs(g["start"] - s["start"]), i, j) for i, g in enumerate(gold) for j, s in enumerate(system)),
            reverse=True,
        )
        used_g: set[int] = set()
        used_s: set[int] = set()
        for ov, _, i, j in cand:
            if ov <= 0:
                break
            if i in used_g or j in used_s:
                continue
            used_g.add(i)
            used_s.add(j)
            c["pairs"] += 1
            c["value_correct"] += (gold[i].get("value") or "") == (system[j].get("value") or "")
            c["type_correct"] += gold[i].get("type") == system[j].get("type")
        per_doc[name] = c
        for k in tot:
            tot[k] += c[k]
    strict = _prf(tot["strict_system"], tot["system"], tot["strict_gold"], tot["gold"])
    relaxed = _prf(tot["relaxed_system"], tot["system"], tot["relaxed_gold"], tot["gold"])
    vacc = tot["value_correct"] / tot["pairs"] if tot["pairs"] else 0.0
    tacc = tot["type_correct"] / tot["pairs"] if tot["pairs"] else 0.0
    rf = relaxed.pop("_f")
    strict.pop("_f")
    return {
        "documents": len(pairs),
        "strict": strict,
        "relaxed": relaxed,
        "value": {"accuracy": round(100 * vacc, 2), "f1": round(100 * vacc * rf, 2)},
        "type": {"accuracy": round(100 * tacc, 2), "f1": round(100 * tacc * rf, 2)},
        "counts": tot,
        "per_document": per_doc,
    }


def score_dirs(gold_dir: PathLike, pred_dir: PathLike) -> dict:
    """TempEval-3 timex scores of the ``.tml`` files of ``pred_dir`` against ``gold_dir``.

    Files pair up by name ("X.tml" with "X.tml" or "X.tml.TE3input"); a gold file without a
    prediction counts with no system timexes. Documents whose texts differ are listed under
    ``text_mismatch`` (their offsets cannot be compared and are scored as they are)."""
    preds = {doc_name(p): p for p in input_files(pred_dir)}
    pairs = []
    missing, mismatch = [], []
    for gpath in input_files(gold_dir):
        name = doc_name(gpath)
        _, _, gtext, gold = read_timeml(gpath)
        system: list[dict] = []
        if name in preds:
            _, _, ptext, system = read_timeml(preds[name])
            if ptext != gtext:
                mismatch.append(name)
        else:
            missing.append(name)
        pairs.append((name, gold, system))
    result = score_documents(pairs)
    result["missing_predictions"] = missing
    result["text_mismatch"] = mismatch
    return result
