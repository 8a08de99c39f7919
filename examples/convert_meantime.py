"""Convert MEANTIME (NewsReader) English CAT XML documents into chronicle's seed format.

Usage:
    python examples/convert_meantime.py /path/to/meantime [--out examples/meantime] [DOC_ID ...]

Each output file is ``<corpus>-<docid>.txt``: a first line ``date YYYY-MM-DD`` (the document
creation time annotated in the XML), then the article text rebuilt from the tokens, one
paragraph per sentence (the title, the dateline, then the body). Also writes the table of
converted documents that examples/ATTRIBUTION.md lists. A helper for the demo corpus; the product
never imports it.
"""
from __future__ import annotations

import argparse
import sys
import urllib.parse
import xml.etree.ElementTree as ET
from pathlib import Path

# The demo selection: three documents from each topic folder.
DEFAULT_DOCS = {
    "airbus": ["3307", "129865", "145930"],
    "apple": ["190356", "199629", "238039"],
    "gm": ["125796", "127226", "1007169"],
    "stock": ["113219", "116834", "251007"],
}

NO_SPACE_BEFORE = {".", ",", ";", ":", "!", "?", "%", ")", "]", "}", "...", "n't",
                   "'s", "'re", "'ve", "'ll", "'d", "'m", "'", "''", "\u201d", "\u2019"}
NO_SPACE_AFTER = {"(", "[", "{", "$", "#", "\u00a3", "\u20ac", "\u00a5", "``", "`", "\u201c"}
CLITICS = {"s", "d", "m", "t", "ll", "re", "ve"}  # left of a split contraction: "I'" + "d"


def read_document(path: Path) -> dict:
    root = ET.parse(path).getroot()
    sentences: dict[int, list[str]] = {}
    for tok in sorted(root.iter("token"), key=lambda t: int(t.get("number"))):
        sentences.setdefault(int(tok.get("sentence")), []).append(tok.text or "")
    dct = None
    for timex in root.iter("TIMEX3"):
        if timex.get("functionInDocument") == "CREATION_TIME":
            dct = (timex.get("value") or "")[:10]
    url = root.get("url") or ""
    title = urllib.parse.unquote(url.rsplit("/wiki/", 1)[-1]).replace("_", " ") if url else None
    return {
        "doc_id": root.get("doc_id"),
        "url": url,
        "title": title,
        "dct": dct,
        "paragraphs": [detokenize(sentences[n]) for n in sorted(sentences)],
    }


def detokenize(tokens: list[str]) -> str:
    """Join tokens with spaces, except around punctuation, quotes and split contractions."""
    out = ""
    glue_next = False  # the previous token opens something (bracket, quote, currency sign)
    open_double = False  # inside a "..." quotation written with straight quotes
    for tok in tokens:
        word, glue, opens = tok, False, False
        if tok in ("``", "\u201c"):
            word, opens = '"', True
        elif tok in ("''", "\u201d"):
            word, glue = '"', True
        elif tok == '"':
            word = '"'
            opens, glue = (False, True) if open_double else (True, False)
            open_double = not open_double
        elif tok.startswith("''") and len(tok) > 2:  # a quote glued to a word: ''I'
            word = '"' + tok[2:]
        elif tok == "`":
            word, opens = "'", True
        else:
            glue = tok in NO_SPACE_BEFORE or (out.endswith(("'", "\u2019")) and tok in CLITICS)
            opens = tok in NO_SPACE_AFTER or tok.endswith("$")  # $, US$, A$
        if out and not glue and not glue_next:
            out += " "
        out += word
        glue_next = opens
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("meantime", type=Path, help="the MEANTIME folder (with intra-doc_annotation/)")
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "meantime")
    parser.add_argument("docs", nargs="*", help="corpus:docid pairs (default: the demo selection)")
    args = parser.parse_args(argv)

    wanted = [tuple(d.split(":", 1)) for d in args.docs] or [
        (corpus, doc) for corpus, docs in DEFAULT_DOCS.items() for doc in docs
    ]
    args.out.mkdir(parents=True, exist_ok=True)
    rows = []
    for corpus, doc_id in wanted:
        folder = args.meantime / "intra-doc_annotation" / f"corpus_{corpus}"
        matches = sorted(folder.glob(f"{doc_id}_*.xml"))
        if not matches:
            print(f"error: no document {doc_id} in {folder}", file=sys.stderr)
            return 1
        doc = read_document(matches[0])
        if not doc["dct"]:
            print(f"error: {matches[0].name} has no document creation time", file=sys.stderr)
            return 1
        name = f"{corpus}-{doc_id}.txt"
        text = f"date {doc['dct']}\n" + "\n\n".join(doc["paragraphs"]) + "\n"
        (args.out / name).write_text(text, encoding="utf-8")
        rows.append(f"| `meantime/{name}` | {doc['title']} | {doc['dct']} | {doc['url']} |")
        print(f"wrote {args.out / name}", file=sys.stderr)
    print("| File | Original title | Date (DCT) | Original URL |\n|---|---|---|---|")
    print("\n".join(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
