"""Pipeline cost vs spaCy's own parse, measured in one run on the same texts.

Prints articles/second for spaCy `nlp.pipe` alone and for chronicle's `annotate_many`
(spaCy + every chronicle stage), and the ratio. Corpus: the demo articles in examples/,
repeated to N articles (default 200).

    python benchmarks/pipeline_vs_spacy.py [N]
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

from chronicle.nlp import get_nlp
from chronicle.pipeline import annotate_many
from chronicle.readers import read_inputs

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    base = [a for a in read_inputs([str(ROOT / "examples")]) if hasattr(a, "text")]
    articles = [base[i % len(base)] for i in range(n)]
    nlp = get_nlp()
    list(annotate_many(articles[:5]))  # warm up: model, resources, gazetteer

    def spacy_only() -> float:
        t0 = time.perf_counter()
        for _ in nlp.pipe((a.text for a in articles), batch_size=32):
            pass
        return time.perf_counter() - t0

    # Baseline measured before and after the pipeline run; the faster one is the fair baseline
    # on a machine with other load.
    spacy_first = spacy_only()

    timings: dict = {}
    t0 = time.perf_counter()
    events = sum(len(r.events) for r in annotate_many(articles, batch_size=32,
                                                      options={"stage_timings": timings}))
    full_s = time.perf_counter() - t0
    spacy_s = min(spacy_first, spacy_only())
    event_stages = ("events", "status", "dating", "attribution", "location")
    events_s = sum(timings.get(s, 0.0) for s in event_stages)

    chars = sum(len(a.text) for a in articles)
    print(f"articles: {n} ({chars / n:.0f} chars each), events found: {events}")
    print(f"spaCy nlp.pipe only : {n / spacy_s:8.1f} articles/s ({spacy_s:.2f} s)")
    print(f"chronicle pipeline  : {n / full_s:8.1f} articles/s ({full_s:.2f} s)")
    print(f"ratio pipeline/spaCy: {full_s / spacy_s:.2f}x  (target <= 1.5x)")
    for name, secs in timings.items():
        print(f"  stage {name:12s} {secs:6.2f} s  ({secs / spacy_s:5.1%} of spaCy's parse)")
    print(f"event extraction (events..location) adds {events_s / spacy_s:.1%} to spaCy's parse time (target <= 30%)")


if __name__ == "__main__":
    main()
