"""The benchmark corpus: N articles (default 10,000) generated from redistributable text.

Base texts: the seed article and the twelve MEANTIME Wikinews articles in examples/ (CC BY, see
examples/ATTRIBUTION.md). Article i is base text i mod 13, perturbed deterministically by its
variant number: the article date moves forward by the variant number of days (so every content
hash differs), country names are swapped for others, numbers change, and one sentence in four
is dropped or repeated. The parser sees the same kind of news prose at the same lengths.

    python benchmarks/_corpus.py [N] [OUT.jsonl]     # default: 10000 build/bench-corpus-10000.jsonl

Nothing large is committed: the file is generated on demand under build/ (git-ignored).
"""
from __future__ import annotations

import json
import random
import re
import sys
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
COUNTRIES = ["Russia", "China", "France", "Germany", "Japan", "India", "Brazil", "Canada", "Egypt", "Kenya",
             "Mexico", "Turkey", "Iran", "Israel", "Ukraine", "Poland", "Spain", "Italy", "Australia", "Nigeria",
             "South Korea", "North Korea", "the United States", "the United Kingdom", "Pakistan", "Indonesia"]
_COUNTRY_RE = re.compile(r"\b(" + "|".join(re.escape(c) for c in sorted(COUNTRIES, key=len, reverse=True)) + r")\b")
_NUMBER_RE = re.compile(r"\b\d{1,3}(?:,\d{3})*(?:\.\d+)?\b")
_SENT_RE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")


def base_articles() -> list:
    from chronicle.readers import read_inputs

    return [a for a in read_inputs([str(ROOT / "examples")]) if hasattr(a, "text")]


def perturb(article, variant: int):
    if variant == 0:
        return article
    rng = random.Random(f"{article.id}/{variant}")
    swap = {c: rng.choice(COUNTRIES) for c in COUNTRIES}
    text = _COUNTRY_RE.sub(lambda m: swap[m.group(1)], article.text)
    text = _NUMBER_RE.sub(lambda m: str(rng.randint(2, 999)) if rng.random() < 0.5 else m.group(0), text)
    paras = []
    for para in text.split("\n"):
        sents = _SENT_RE.split(para)
        out = []
        for s in sents:
            r = rng.random()
            if r < 0.125 and len(sents) > 2:
                continue  # dropped
            out.append(s)
            if r > 0.875:
                out.append(s)  # repeated
        paras.append(" ".join(out))
    return article.model_copy(update={
        "id": f"{article.id}~{variant}", "text": "\n".join(paras),
        "date": article.date + timedelta(days=variant) if article.date else None,
        "origin": f"bench:{article.id}~{variant}"})


def generate(n: int = 10_000) -> list:
    bases = base_articles()
    return [perturb(bases[i % len(bases)], i // len(bases)) for i in range(n)]


def write_jsonl(n: int, out: Path) -> Path:
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as f:
        for a in generate(n):
            f.write(json.dumps({"id": a.id, "date": a.date.isoformat() if a.date else None, "title": a.title,
                                "source": a.source, "text": a.text}, ensure_ascii=False) + "\n")
    return out


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else ROOT / "build" / f"bench-corpus-{n}.jsonl"
    write_jsonl(n, out)
    print(f"wrote {out} ({n} articles, {out.stat().st_size / 1e6:.1f} MB)")
