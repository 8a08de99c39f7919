"""ECB+ (CAT XML) reading and event-mention linking for ``chronicle eval coref``.

Linking the gold mentions of ECB+ uses chronicle's blocking idea with the features a bare mention
gives: documents are first clustered by the words they share (TF-IDF cosine, average link, so
each cluster is one seminal event's coverage, the "subtopic"); inside a document cluster, mentions
are blocked by the lemma of their syntactic head (spaCy, the pipeline's model) and the blocks of
lemmas learned to co-refer on the training topics ("shooting" ~ "kill") are joined.
"""
from __future__ import annotations

import csv
import math
import re
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Optional

EVENT_TAG = re.compile(r"^(NEG_)?ACTION_")
TRAIN_TOPICS = [1, 3, 4, 6, 7, 8, 9, 10, 11, 13, 14, 16, 19, 20, 22, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33]
DEV_TOPICS = [2, 5, 12, 18, 21, 23, 34, 35]


@dataclass
class EcbMention:
    key: tuple          # (doc name, m_id)
    topic: int
    doc: str
    sentence: int
    token_ids: list[int]
    text: str
    gold: str           # gold cluster id
    lemma: str = ""
    pos: str = ""


@dataclass
class EcbDoc:
    name: str
    topic: int
    sentences: dict[int, list[tuple[int, str]]] = field(default_factory=dict)  # sent -> [(t_id, text)]
    lemmas: list[str] = field(default_factory=list)


def read_ecbplus(root: Path, topics: Optional[Iterable[int]] = None,
                 sentences_csv: Optional[Path] = None) -> tuple[list[EcbDoc], list[EcbMention]]:
    """Documents and gold event mentions (ACTION_* and NEG_ACTION_*); with ``sentences_csv`` only
    the mentions of the listed sentences (the literature's evaluation setting)."""
    root = Path(root)
    keep: Optional[set] = None
    if sentences_csv is not None:
        keep = set()
        with open(sentences_csv, newline="", encoding="utf-8") as f:
            for row in csv.DictReader(f):
                keep.add((f"{row['Topic']}_{row['File']}", int(row["Sentence Number"])))
    wanted = set(topics) if topics is not None else None
    docs, mentions = [], []
    for tdir in sorted((p for p in root.iterdir() if p.is_dir() and p.name.isdigit()), key=lambda p: int(p.name)):
        topic = int(tdir.name)
        if wanted is not None and topic not in wanted:
            continue
        for path in sorted(tdir.glob("*.xml")):
            d, ms = _read_doc(path, topic, keep)
            docs.append(d)
            mentions.extend(ms)
    return docs, mentions


def _read_doc(path: Path, topic: int, keep: Optional[set]) -> tuple[EcbDoc, list[EcbMention]]:
    tree = ET.parse(path)
    root = tree.getroot()
    name = path.stem
    doc = EcbDoc(name=name, topic=topic)
    tok_sent: dict[int, int] = {}
    tok_text: dict[int, str] = {}
    for t in root.iter("token"):
        tid, s = int(t.get("t_id")), int(t.get("sentence"))
        tok_sent[tid], tok_text[tid] = s, t.text or ""
        doc.sentences.setdefault(s, []).append((tid, t.text or ""))
    marks = root.find("Markables")
    events: dict[str, list[int]] = {}
    if marks is not None:
        for m in marks:
            anchors = [int(a.get("t_id")) for a in m.findall("token_anchor")]
            if anchors and EVENT_TAG.match(m.tag):
                events[m.get("m_id")] = sorted(anchors)
    gold: dict[str, str] = {}
    rels = root.find("Relations")
    if rels is not None:
        for r in rels:
            tgt = r.find("target")
            if tgt is None:
                continue
            cid = r.get("note") if r.tag == "CROSS_DOC_COREF" and r.get("note") else f"{name}:{r.tag}:{tgt.get('m_id')}"
            for s in r.findall("source"):
                gold[s.get("m_id")] = cid
    out = []
    for mid, toks in events.items():
        sent = tok_sent[toks[0]]
        if keep is not None and (name, sent) not in keep:
            continue
        out.append(EcbMention(key=(name, mid), topic=topic, doc=name, sentence=sent, token_ids=toks,
                              text=" ".join(tok_text[t] for t in toks), gold=gold.get(mid, f"{name}:single:{mid}")))
    return doc, out


# ------------------------------------------------------------------------------ features

_CONTENT = {"NOUN", "PROPN", "VERB", "NUM", "ADJ"}


def annotate(docs: list[EcbDoc], mentions: list[EcbMention]) -> None:
    """Head lemma and POS of every mention; content lemmas of every document (spaCy)."""
    from spacy.tokens import Doc

    from chronicle.nlp import get_nlp

    nlp = get_nlp()
    by_sent: dict[tuple, list[EcbMention]] = defaultdict(list)
    for m in mentions:
        by_sent[(m.doc, m.sentence)].append(m)
    items = [(d, s, toks) for d in docs for s, toks in sorted(d.sentences.items())]
    spacy_docs = (Doc(nlp.vocab, words=[t or "_" for _, t in toks]) for _, _, toks in items)
    for (d, s, toks), sd in zip(items, nlp.pipe(spacy_docs, batch_size=256)):
        pos_of = {tid: i for i, (tid, _) in enumerate(toks)}
        d.lemmas.extend(t.lemma_.lower() for t in sd if t.pos_ in _CONTENT and not t.is_stop and t.is_alpha)
        for m in by_sent.get((d.name, s), ()):
            idx = [pos_of[t] for t in m.token_ids if t in pos_of]
            span = set(idx)
            heads = [i for i in idx if sd[i].head.i not in span or sd[i].head.i == i]
            h = sd[heads[0] if heads else idx[0]]
            # "checked into" -> check; a light verb's noun ("took off") stays with the verb
            m.lemma, m.pos = h.lemma_.lower(), h.pos_


# ------------------------------------------------------------------------------ document clusters

def cluster_documents(docs: list[EcbDoc], threshold: float = 0.2) -> dict[str, int]:
    """Average-link agglomerative clustering of documents by TF-IDF cosine; {doc: cluster}."""
    import numpy as np

    n = len(docs)
    if n == 0:
        return {}
    df = Counter(w for d in docs for w in set(d.lemmas))
    vocab = {w: i for i, w in enumerate(sorted(w for w, c in df.items() if c >= 1))}
    X = np.zeros((n, len(vocab)), dtype=np.float32)
    for i, d in enumerate(docs):
        for w, c in Counter(d.lemmas).items():
            X[i, vocab[w]] = (1 + math.log(c)) * math.log((1 + n) / (1 + df[w]))
    X /= np.maximum(np.linalg.norm(X, axis=1, keepdims=True), 1e-9)
    S = (X @ X.T).astype(np.float64)
    np.fill_diagonal(S, -np.inf)
    size = np.ones(n)
    alive = np.ones(n, dtype=bool)
    label = list(range(n))
    members = {i: [i] for i in range(n)}
    while True:
        i, j = np.unravel_index(np.argmax(S), S.shape)
        if S[i, j] < threshold:
            break
        # merge j into i: average link = size-weighted mean of similarities
        new = (S[i] * size[i] + S[j] * size[j]) / (size[i] + size[j])
        S[i, :], S[:, i] = new, new
        S[i, i] = -np.inf
        S[j, :], S[:, j] = -np.inf, -np.inf
        size[i] += size[j]
        alive[j] = False
        members[i].extend(members.pop(j))
    for c, ms in members.items():
        for k in ms:
            label[k] = c
    return {d.name: label[i] for i, d in enumerate(docs)}


# ------------------------------------------------------------------------------ mention linking

def learn_lemma_pairs(mentions: list[EcbMention], min_count: int = 2, min_precision: float = 0.5) -> set[frozenset]:
    """Pairs of different head lemmas that co-refer on training data more often than not."""
    pos: Counter = Counter()
    tot: Counter = Counter()
    by_topic: dict[int, list[EcbMention]] = defaultdict(list)
    for m in mentions:
        by_topic[m.topic].append(m)
    for ms in by_topic.values():
        lemma_gold: dict[str, Counter] = defaultdict(Counter)
        for m in ms:
            lemma_gold[m.lemma][m.gold] += 1
        lemmas = sorted(lemma_gold)
        for a_i, a in enumerate(lemmas):
            for b in lemmas[a_i + 1:]:
                ga, gb = lemma_gold[a], lemma_gold[b]
                same = sum(ga[g] * gb[g] for g in ga if g in gb)
                if same:
                    pair = frozenset((a, b))
                    pos[pair] += same
                    tot[pair] += sum(ga.values()) * sum(gb.values())
    return {p for p, c in pos.items() if c >= min_count and c / tot[p] >= min_precision}


def link_mentions(mentions: list[EcbMention], doc_cluster: dict[str, int],
                  lemma_pairs: Iterable[frozenset] = ()) -> list[frozenset]:
    """Clusters of mention keys: blocked by document cluster, joined by head lemma (and learned
    lemma pairs); union-find, linear in the number of mentions."""
    parent: dict = {}

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(a, b):
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[ra] = rb

    first: dict[tuple, tuple] = {}
    for m in mentions:
        parent[m.key] = m.key
        block = (doc_cluster.get(m.doc, m.doc), m.lemma)
        if block in first:
            union(m.key, first[block])
        else:
            first[block] = m.key
    for pair in lemma_pairs:
        a, b = sorted(pair)
        for (c, lem), k in list(first.items()):
            if lem == a and (c, b) in first:
                union(k, first[(c, b)])
    out: dict = defaultdict(set)
    for m in mentions:
        out[find(m.key)].add(m.key)
    return [frozenset(c) for c in out.values()]


def gold_clusters(mentions: list[EcbMention]) -> list[frozenset]:
    out: dict = defaultdict(set)
    for m in mentions:
        out[m.gold].add(m.key)
    return [frozenset(c) for c in out.values()]


# ------------------------------------------------------------------------------ evaluation

GOLD_TOPIC_DOC_THRESHOLD = 0.06   # tuned on the training topics (TF-IDF within one topic)
NO_TOPIC_DOC_THRESHOLD = 0.2      # tuned on the training topics (TF-IDF over all documents)
PAIRS_RESOURCE = "link/ecb_lemma_pairs.txt"


def load_lemma_pairs() -> set[frozenset]:
    from importlib.resources import files

    path = files("chronicle.resources").joinpath(PAIRS_RESOURCE)
    out = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            a, b = line.split("\t")[:2]
            out.add(frozenset((a, b)))
    return out


def evaluate(root: Path, sentences_csv: Optional[Path] = None, topics: Optional[Iterable[int]] = None,
             lemma_pairs: Optional[set] = None) -> dict:
    """{"gold_topics": scores, "no_topics": scores, "mentions": n, "documents": n}."""
    from chronicle.eval.coref import conll

    docs, mentions = read_ecbplus(root, topics, sentences_csv)
    annotate(docs, mentions)
    pairs = load_lemma_pairs() if lemma_pairs is None else lemma_pairs
    key = gold_clusters(mentions)
    by_topic: dict[int, list[EcbDoc]] = defaultdict(list)
    for d in docs:
        by_topic[d.topic].append(d)
    dc: dict = {}
    for t, ds in by_topic.items():
        dc.update({k: (t, v) for k, v in cluster_documents(ds, GOLD_TOPIC_DOC_THRESHOLD).items()})
    gold_topics = conll(key, link_mentions(mentions, dc, pairs))
    no_topics = conll(key, link_mentions(mentions, cluster_documents(docs, NO_TOPIC_DOC_THRESHOLD), pairs))
    return {"gold_topics": gold_topics, "no_topics": no_topics,
            "documents": len(docs), "mentions": len(mentions)}


def _learn_main(argv: list[str]) -> None:  # python -m chronicle.link.ecb DIR CSV > resource
    docs, mentions = read_ecbplus(Path(argv[0]), TRAIN_TOPICS, Path(argv[1]) if len(argv) > 1 else None)
    annotate(docs, mentions)
    print("# head-lemma pairs that co-refer on ECB+ training topics (min 5 pairs, precision >= 0.4)")
    for p in sorted(tuple(sorted(p)) for p in learn_lemma_pairs(mentions, 5, 0.4)):
        print("\t".join(p))


if __name__ == "__main__":  # pragma: no cover
    import sys

    _learn_main(sys.argv[1:])
