"""Pathological text: time per 1,000 tokens, against ordinary news text measured in the same run.

A 100,000-token sentence (no sentence-final punctuation at all), 100,000 tokens of numbers and a
name-heavy 100,000-token text and 100,000 tokens in short lines (a break every
8 words) go through the whole pipeline (parse and every stage); the baseline
is the demo articles repeated to the same size. Prints seconds and the ratio of each to the
baseline's time per 1,000 tokens: close to 1 means pathological text costs what news costs.

    .venv/bin/python benchmarks/pathological_text.py [TOKENS]
"""
from __future__ import annotations

import random
import sys
import time
from datetime import date
from pathlib import Path

from chronicle.limits import MAX_SENTENCE_TOKENS
from chronicle.model import Article
from chronicle.nlp import get_nlp
from chronicle.pipeline import AnnotationFailure, annotate_many

ROOT = Path(__file__).resolve().parent.parent
TOKENS = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
WORDS = ("the minister said that Russia will visit Pyongyang on Monday and talks with China last week "
         "Vladimir Putin met Kim Jong-un in Moscow according to TASS troops attacked Seoul").split()


def cases(n: int) -> dict[str, str]:
    r = random.Random(0)
    news = " ".join(p.read_text(encoding="utf-8").split("\n", 1)[-1]
                    for p in sorted((ROOT / "examples").rglob("*.txt")))
    base = news.split()
    return {
        "news (baseline)": " ".join(base[i % len(base)] for i in range(n)),
        "one 100k-token sentence": " ".join(r.choice(WORDS) for _ in range(n)),
        "only numbers": " ".join(str(r.randint(0, 10**6)) for _ in range(n)),
        "names and dates, no punctuation": " ".join(
            r.choice(["Putin", "Vladimir Putin", "Kim", "Kim Jong-un", "Lavrov", "he", "said", "visited",
                      "Pyongyang", "on Monday", "last week", "met", "in Seoul", "TASS reported"])
            for _ in range(n)),
        # a list or transcript of short lines: the line-break segmenter (segment.py) looks at every break
        "short lines, a break after each": "\n".join(
            " ".join(base[(i + j) % len(base)] for j in range(8)) for i in range(0, n, 8)),
    }


def main() -> None:
    nlp = get_nlp()
    nlp("warm up")
    per_k = {}
    for name, text in cases(TOKENS).items():
        t0 = time.perf_counter()
        (result,) = list(annotate_many([Article(id="x", date=date(2025, 3, 28), text=text)], errors="collect"))
        dt = time.perf_counter() - t0
        ntok = len(text.split())
        per_k[name] = dt / ntok * 1000
        if isinstance(result, AnnotationFailure):
            print(f"{name:34s} FAILED {result.stage}: {result.error}")
            continue
        longest = max((len(text[s.start:s.end].split()) for s in result.sentences), default=0)
        print(f"{name:34s} {ntok:>7,} tokens  {dt:7.1f} s  {per_k[name]:.3f} s/1k tokens  "
              f"ratio {per_k[name] / per_k['news (baseline)']:.2f}  longest sentence {longest} words "
              f"(cap {MAX_SENTENCE_TOKENS} tokens)  events {len(result.events)}", flush=True)


if __name__ == "__main__":
    main()
