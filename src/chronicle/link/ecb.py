"""ECB+ (CAT XML) reading and event-mention linking for ``chronicle eval coref``.

Linking the gold mentions of ECB+ uses chronicle's blocking idea with the features a bare mention
gives: documents are first clustered into "subtopics", each one seminal event's coverage, by a
small logistic model of a document pair (TF-IDF cosine with the participants, times and places
counted more, since a topic's subtopics share the kind of event but not its who, when and where;
the years and other numbers the two texts share; learned from training documents that share a
gold event), average link. Inside a document cluster, every pair of mentions
gets a probability of co-reference from boosted trees over a few features (same head lemma,
how often the two head lemmas co-referred on the training topics, the cosine of the two triggers'
MiniLM vectors in their sentences, of their event phrases -- the trigger's own clause, embedded as
a sentence -- sentence context cosine, overlap of the sentences' participants / times / places,
...), and mentions are clustered easy-first by a second, cluster-level
logistic model (pair probabilities between the clusters, the union of their arguments, their MiniLM
centroids, whether two of their mentions share a sentence, ...): the best-scoring pair of clusters
merges first and is re-scored against the rest. Participants, times and places come from the text (spaCy's named entities), not
from ECB+'s entity annotation; only the event mentions are gold. The model (``resources/link/ecb_pair_model.json``) is
learned on the training topics by ``python -m chronicle.link.ecb DIR CSV``.
"""
from __future__ import annotations

import csv
import json
import math
import re
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Optional

EVENT_TAG = re.compile(r"^(NEG_)?ACTION_")
ENTITY_TAG = re.compile(r"^(HUMAN_PART|NON_HUMAN_PART|TIME_|LOC_)")
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
    # the trigger's own clause: its head with its subject, objects and modifiers (see _event_phrase)
    phrase: str = ""
    # MiniLM vectors (unit length): the trigger in its sentence, the sentence, the head lemma
    # alone, the event phrase
    vectors: Optional[tuple] = None


@dataclass
class EcbDoc:
    name: str
    topic: int
    sentences: dict[int, list[tuple[int, str]]] = field(default_factory=dict)  # sent -> [(t_id, text)]
    lemmas: list[str] = field(default_factory=list)
    # sent -> [(entity tag, token ids)] for the annotated participants, times and locations (ECB+'s
    # entity markables: read, but used only by ``annotate(..., arguments="markables")``)
    entities: dict[int, list[tuple[str, list[int]]]] = field(default_factory=dict)
    # sent -> content lemmas of the sentence; sent -> [(entity kind, head lemma)]
    sent_lemmas: dict[int, list[str]] = field(default_factory=dict)
    sent_args: dict[int, list[tuple[str, str]]] = field(default_factory=dict)


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
            elif anchors and ENTITY_TAG.match(m.tag):
                doc.entities.setdefault(tok_sent[anchors[0]], []).append((m.tag, sorted(anchors)))
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
_ENTITY_KIND = {"HUMAN_PART": "who", "NON_HUMAN_PART": "what", "TIME_": "when", "LOC_": "where"}
# spaCy's entity labels -> argument kind (the annotation-free arguments)
_NER_KIND = {"PERSON": "who", "ORG": "who", "NORP": "who", "GPE": "where", "LOC": "where", "FAC": "where",
             "DATE": "when", "TIME": "when"}
# the words of a web address ("http : / / www . latimes . com / ...") say nothing about the event
_URL_WORDS = {"http", "https", "www", "com", "org", "net", "html", "htm", "php", "asp", "aspx", "shtml",
              "cfm", "jsp", "co", "uk"}


def _arg_word(tok) -> bool:
    return (tok.is_alpha and not tok.is_stop) or tok.like_num


def annotate(docs: list[EcbDoc], mentions: list[EcbMention], arguments: str = "text") -> None:
    """Head lemma and POS of every mention; content lemmas of every document (spaCy); the
    participants, times and places of every sentence: spaCy's named entities (``"text"``, the
    default and what the shipped model is trained with) or ECB+'s entity markables
    (``"markables"``, gold annotation, for comparison only)."""
    from spacy.tokens import Doc

    from chronicle.nlp import get_nlp

    if arguments not in ("text", "markables"):
        raise ValueError(f"arguments={arguments!r}: 'text' or 'markables'")
    nlp = get_nlp()
    by_sent: dict[tuple, list[EcbMention]] = defaultdict(list)
    for m in mentions:
        by_sent[(m.doc, m.sentence)].append(m)
    for d in docs:
        d.lemmas = []
    items = [(d, s, toks) for d in docs for s, toks in sorted(d.sentences.items())]
    spacy_docs = (Doc(nlp.vocab, words=[t or "_" for _, t in toks]) for _, _, toks in items)
    for (d, s, toks), sd in zip(items, nlp.pipe(spacy_docs, batch_size=256)):
        pos_of = {tid: i for i, (tid, _) in enumerate(toks)}
        content = [t.lemma_.lower() for t in sd if t.pos_ in _CONTENT and not t.is_stop and t.is_alpha]
        content = [w for w in content if w not in _URL_WORDS]
        d.lemmas.extend(content)
        d.sent_lemmas[s] = content
        args = []
        if arguments == "text":
            for ent in sd.ents:
                kind = _NER_KIND.get(ent.label_, "what")
                args.extend((kind, tok.lemma_.lower()) for tok in ent if _arg_word(tok))
        else:
            for tag, tids in d.entities.get(s, ()):
                kind = _ENTITY_KIND[next(k for k in _ENTITY_KIND if tag.startswith(k))]
                args.extend((kind, sd[pos_of[t]].lemma_.lower()) for t in tids
                            if t in pos_of and _arg_word(sd[pos_of[t]]))
        d.sent_args[s] = args
        for m in by_sent.get((d.name, s), ()):
            idx = [pos_of[t] for t in m.token_ids if t in pos_of]
            span = set(idx)
            heads = [i for i in idx if sd[i].head.i not in span or sd[i].head.i == i]
            h = sd[heads[0] if heads else idx[0]]
            # "checked into" -> check; a light verb's noun ("took off") stays with the verb
            m.lemma, m.pos = h.lemma_.lower(), h.pos_
            m.phrase = _event_phrase(sd, h, span)


# dependents that start another clause or a list: not part of the event's own phrase
_OTHER_CLAUSE = {"ccomp", "advcl", "relcl", "conj", "cc", "punct", "parataxis", "mark", "csubj", "acl",
                 "xcomp", "appos", "dep"}
PHRASE_MIN_TOKENS = 4   # a bare trigger ("the attack") borrows its governor's phrase ("carried out the attack")


def _event_phrase(sd, head, span: set) -> str:
    """The words of ``head``'s own clause: the head, the mention's tokens and the subtrees of its
    dependents that are not another clause ("Red Sox offer Teixeira $200 million" for "offer" in
    "Red Sox offer Teixeira $200 million, report says"). A phrase this short borrows its
    governor's: who did what to whom is said around the noun, not inside it."""
    def clause(tok) -> set:
        keep = {tok.i}
        for c in tok.children:
            if c.dep_ not in _OTHER_CLAUSE:
                keep.update(t.i for t in c.subtree)
        return keep

    keep = clause(head) | span
    if len(keep) < PHRASE_MIN_TOKENS and head.head.i != head.i:
        keep |= clause(head.head)
    return " ".join(sd[i].text for i in sorted(keep))


def _unit(v):
    import numpy as np

    return (v / max(float(np.linalg.norm(v)), 1e-12)).astype(np.float32)


def embed(docs: list[EcbDoc], mentions: list[EcbMention]) -> None:
    """``m.vectors`` for every mention: the mean of its trigger's word pieces in its sentence, the
    sentence (mean of its word pieces), the head lemma alone and its event phrase (``m.phrase``,
    as a sentence), from MiniLM (one sentence at a time: the int8 model's vectors would change with
    padding)."""
    from chronicle.events.classifier import encoder

    model = encoder()
    enc = model.token_vectors
    by_name = {d.name: d for d in docs}
    by_sent: dict[tuple, list[EcbMention]] = defaultdict(list)
    for m in mentions:
        by_sent[(m.doc, m.sentence)].append(m)
    lemma_vec: dict[str, object] = {}
    phrase_vec: dict[str, object] = {}   # two mentions of one clause share its phrase
    for (name, s), ms in sorted(by_sent.items()):
        toks = by_name[name].sentences[s]
        hidden, word_ids = enc([t or "_" for _, t in toks])
        inner = hidden[1:-1] if len(hidden) > 2 else hidden
        sentence = _unit(inner.mean(axis=0))
        pos_of = {tid: i for i, (tid, _) in enumerate(toks)}
        for m in ms:
            words = {pos_of[t] for t in m.token_ids if t in pos_of}
            rows = [k for k, w in enumerate(word_ids) if w is not None and w in words]
            trigger = _unit(hidden[rows].mean(axis=0)) if rows else sentence
            if m.lemma not in lemma_vec:
                h, _ = enc(m.lemma or "_", pretokenized=False)
                lemma_vec[m.lemma] = _unit((h[1:-1] if len(h) > 2 else h).mean(axis=0))
            if m.phrase and m.phrase not in phrase_vec:
                phrase_vec[m.phrase] = model.embed([m.phrase])[0]
            m.vectors = (trigger, sentence, lemma_vec[m.lemma], phrase_vec[m.phrase] if m.phrase else trigger)


# ------------------------------------------------------------------------------ document clusters

def _tfidf_cosines(wordlists: list[list[str]]):
    """(n, n) cosines of the TF-IDF vectors (sublinear tf, smoothed idf over these lists)."""
    import numpy as np

    n = len(wordlists)
    df = Counter(w for ws in wordlists for w in set(ws))
    vocab = {w: i for i, w in enumerate(sorted(df))}
    X = np.zeros((n, max(len(vocab), 1)), dtype=np.float32)
    for i, ws in enumerate(wordlists):
        for w, c in Counter(ws).items():
            X[i, vocab[w]] = (1 + math.log(c)) * math.log((1 + n) / (1 + df[w]))
    X /= np.maximum(np.linalg.norm(X, axis=1, keepdims=True), 1e-9)
    return X @ X.T


def _document_words(d: EcbDoc, arg_weight: int) -> list[str]:
    return d.lemmas + [lem for s in sorted(d.sent_args) for _, lem in d.sent_args[s]] * arg_weight


def cluster_documents(docs: list[EcbDoc], threshold: float = 0.2, arg_weight: int = 0) -> dict[str, int]:
    """Average-link agglomerative clustering of documents by TF-IDF cosine; {doc: cluster}.

    ``arg_weight`` counts the words of the annotated participants, times and places that many
    more times: two subtopics of one topic share the kind of event, not its who / when / where."""
    if not docs:
        return {}
    return _labels(docs, _tfidf_cosines([_document_words(d, arg_weight) for d in docs]), threshold)


def _labels(docs: list[EcbDoc], sim, threshold: float) -> dict[str, int]:
    clusters = average_link(list(range(len(docs))), sim, threshold)
    label = {k: min(c) for c in clusters for k in c}
    return {d.name: label[i] for i, d in enumerate(docs)}


# Document pairs of one gold topic: is it the same seminal event (subtopic)? A logistic model over
# the TF-IDF cosine (argument words x3) and the years and other numbers the two texts write.
DOC_FEATURES = ["bias", "tfidf_cosine", "year_jaccard", "year_conflict", "number_jaccard"]
DOC_THRESHOLDS = (0.35, 0.4, 0.45)   # average-link thresholds cross-validation chooses from
_YEAR = re.compile(r"^(1[89]\d\d|20\d\d)$")
_NUMBER = re.compile(r"^\d+(?:[.,]\d+)?$")


def document_numbers(d: EcbDoc) -> tuple[set, set]:
    """The years (1800-2099) and the other numbers written in a document (its web address included:
    "/2008/11/..." dates the report)."""
    toks = {t for s in d.sentences.values() for _, t in s if t}
    years = {t for t in toks if _YEAR.match(t)}
    return years, {t for t in toks if _NUMBER.match(t)} - years


def document_pair_features(docs: list[EcbDoc], arg_weight: int = 2):
    """(n, n, len(DOC_FEATURES)) features of every document pair of ``docs`` (one topic): TF-IDF
    cosine over ``docs`` with the argument words counted ``1 + arg_weight`` times, Jaccard overlap of
    their years, whether both write years and none is shared, Jaccard overlap of their other numbers."""
    import numpy as np

    n = len(docs)
    F = np.zeros((n, n, len(DOC_FEATURES)))
    if n == 0:
        return F
    F[:, :, 0] = 1.0
    F[:, :, 1] = _tfidf_cosines([_document_words(d, arg_weight) for d in docs])
    nums = [document_numbers(d) for d in docs]
    for i in range(n):
        for j in range(n):
            (ya, na), (yb, nb) = nums[i], nums[j]
            F[i, j, 2:] = [_jaccard(ya, yb), float(bool(ya and yb) and not ya & yb), _jaccard(na, nb)]
    return F


def document_pair_labels(docs: list[EcbDoc], mentions: list[EcbMention]):
    """(n, n) 1.0 where two documents share a gold event (a cross-document chain); the label the
    document model learns from (the subtopic is never read from the file names)."""
    import numpy as np

    pos = {d.name: i for i, d in enumerate(docs)}
    chains: dict = defaultdict(set)
    for m in mentions:
        if m.doc in pos:
            chains[m.gold].add(pos[m.doc])
    Y = np.zeros((len(docs), len(docs)))
    for idx in chains.values():
        for i in idx:
            for j in idx:
                Y[i, j] = 1.0
    return Y


def document_probabilities(docs: list[EcbDoc], weights):
    """(n, n) probability that two documents of one topic report the same seminal event."""
    import numpy as np

    F = document_pair_features(docs)
    return 1 / (1 + np.exp(-(F @ np.asarray(weights, dtype=np.float64))))


# ------------------------------------------------------------------------------ mention linking

def link_mentions(mentions: list[EcbMention], doc_cluster: dict[str, int],
                  lemma_pairs: Iterable[frozenset] = ()) -> list[frozenset]:
    """Clusters of mention keys: blocked by document cluster, joined by head lemma (and the given
    lemma pairs); union-find, linear in the number of mentions. The same-lemma baseline."""
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


# ------------------------------------------------------------------------------ pairwise model

FEATURES = ["bias", "same_lemma", "lemma_pair_log_odds", "lemma_pair_seen", "context_cosine",
            "who_jaccard", "where_jaccard", "when_jaccard", "what_jaccard", "same_document",
            "same_prefix", "verbs", "same_text", "trigger_cosine", "lemma_cosine", "sentence_cosine",
            "phrase_cosine"]
PAIR_PRIOR, PAIR_SMOOTHING = 0.05, 2.0


def _groups(mentions: list[EcbMention], doc_cluster: dict) -> dict:
    out: dict = defaultdict(list)
    for m in mentions:
        out[doc_cluster.get(m.doc, m.doc)].append(m)
    return out


def lemma_pair_stats(mentions: list[EcbMention], doc_cluster: dict) -> dict[tuple, list[int]]:
    """{(lemma a, lemma b) sorted: [co-referring mention pairs, mention pairs]} over the mention
    pairs of each document cluster (same-lemma pairs included)."""
    stats: dict = defaultdict(lambda: [0, 0])
    for ms in _groups(mentions, doc_cluster).values():
        lemma_gold: dict[str, Counter] = defaultdict(Counter)
        for m in ms:
            lemma_gold[m.lemma][m.gold] += 1
        lemmas = sorted(lemma_gold)
        for i, a in enumerate(lemmas):
            ga = lemma_gold[a]
            na = sum(ga.values())
            for b in lemmas[i:]:
                gb = lemma_gold[b]
                if a == b:
                    same, tot = sum(c * (c - 1) // 2 for c in ga.values()), na * (na - 1) // 2
                else:
                    same, tot = sum(ga[g] * gb[g] for g in ga if g in gb), na * sum(gb.values())
                if tot and (same or a == b):
                    st = stats[(a, b)]
                    st[0] += same
                    st[1] += tot
    return dict(stats)


class _MentionContext:
    """Per mention: the argument words of its sentence by kind, and its sentence's TF-IDF vector."""

    def __init__(self, docs: list[EcbDoc]):
        self.docs = {d.name: d for d in docs}
        df = Counter(w for d in docs for ws in d.sent_lemmas.values() for w in set(ws))
        n = sum(len(d.sent_lemmas) for d in docs) or 1
        self.idf = {w: math.log(n / c) for w, c in df.items()}
        self.cache: dict = {}

    def __call__(self, m: EcbMention):
        if m.key not in self.cache:
            d = self.docs.get(m.doc)
            args: dict[str, set] = defaultdict(set)
            ctx: Counter = Counter()
            if d is not None:
                for kind, lem in d.sent_args.get(m.sentence, ()):
                    args[kind].add(lem)
                ctx = Counter(d.sent_lemmas.get(m.sentence, ()))
            vec = {w: c * self.idf.get(w, 1.0) for w, c in ctx.items()}
            norm = math.sqrt(sum(x * x for x in vec.values())) or 1.0
            self.cache[m.key] = (args, {w: x / norm for w, x in vec.items()})
        return self.cache[m.key]


def _jaccard(a: set, b: set) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def pair_features(a: EcbMention, b: EcbMention, ctx: _MentionContext, stats: dict) -> list[float]:
    """The :data:`FEATURES` of a mention pair."""
    la, lb = sorted((a.lemma, b.lemma))
    st = stats.get((la, lb))
    p = (st[0] + PAIR_SMOOTHING * PAIR_PRIOR) / (st[1] + PAIR_SMOOTHING) if st else PAIR_PRIOR
    (args_a, vec_a), (args_b, vec_b) = ctx(a), ctx(b)
    same = la == lb
    return [1.0, float(same), math.log(p / (1 - p)), 1.0 if st else 0.0,
            sum(x * vec_b.get(w, 0.0) for w, x in vec_a.items()),
            _jaccard(args_a["who"], args_b["who"]), _jaccard(args_a["where"], args_b["where"]),
            _jaccard(args_a["when"], args_b["when"]), _jaccard(args_a["what"], args_b["what"]),
            float(a.doc == b.doc), float(not same and la[:4] == lb[:4]),
            ((a.pos == "VERB") + (b.pos == "VERB")) / 2.0, float(a.text.lower() == b.text.lower()),
            *_cosines(a, b)]


def _cosines(a: EcbMention, b: EcbMention) -> list[float]:
    """Cosines of the two mentions' MiniLM vectors: trigger in context, head lemma, sentence,
    event phrase."""
    if a.vectors is None or b.vectors is None:
        return [0.0, 0.0, 0.0, 0.0]
    (ta, sa, la, pa), (tb, sb, lb, pb) = a.vectors, b.vectors
    return [float(ta @ tb), float(la @ lb), float(sa @ sb), float(pa @ pb)]


def fit_logistic(X, y, l2: float = 1.0, iterations: int = 30):
    """L2-regularised logistic regression by Newton's method (numpy); the weight vector."""
    import numpy as np

    w = np.zeros(X.shape[1])
    for _ in range(iterations):
        p = 1 / (1 + np.exp(-(X @ w)))
        g = X.T @ (p - y) + l2 * w
        h = (X * (p * (1 - p))[:, None]).T @ X + l2 * np.eye(len(w))
        w -= np.linalg.solve(h, g)
    return w


def average_link(keys: list, sim, threshold: float) -> list[frozenset]:
    """Average-link agglomerative clustering of ``keys`` under the similarity matrix ``sim``."""
    import numpy as np

    n = len(keys)
    S = np.array(sim, dtype=np.float64).reshape(n, n)
    np.fill_diagonal(S, -np.inf)
    size = np.ones(n)
    members = {i: [i] for i in range(n)}
    while len(members) > 1:
        i, j = np.unravel_index(np.argmax(S), S.shape)
        if S[i, j] < threshold:
            break
        new = (S[i] * size[i] + S[j] * size[j]) / (size[i] + size[j])
        S[i, :], S[:, i] = new, new
        S[i, i] = -np.inf
        S[j, :], S[:, j] = -np.inf, -np.inf
        size[i] += size[j]
        members[i].extend(members.pop(j))
    return [frozenset(keys[k] for k in ms) for ms in members.values()]


def fit_pair_model(X, y) -> dict:
    """The mention-pair model: boosted trees over :data:`FEATURES` (see :mod:`chronicle.link.boosting`)."""
    from chronicle.link.boosting import fit_boosted_trees

    return fit_boosted_trees(X, y)


def pair_model_probabilities(weights, F):
    """The pair model's probability for every row of ``F``: boosted trees (a dict) or a logistic
    weight vector (a list)."""
    import numpy as np

    from chronicle.link.boosting import boosted_probabilities

    if isinstance(weights, dict):
        return boosted_probabilities(weights, F)
    return 1 / (1 + np.exp(-(np.asarray(F, dtype=np.float64) @ np.asarray(weights, dtype=np.float64))))


def pair_probabilities(ms: list[EcbMention], ctx: "_MentionContext", stats: dict, weights):
    """(n, n) matrix of the pair model's co-reference probability for every pair of ``ms``."""
    import numpy as np

    n = len(ms)
    P = np.zeros((n, n))
    idx = [(i, j) for i in range(n) for j in range(i + 1, n)]
    if idx:
        F = np.array([pair_features(ms[i], ms[j], ctx, stats) for i, j in idx])
        p = pair_model_probabilities(weights, F)
        ii, jj = np.array(idx).T
        P[ii, jj] = p
        P[jj, ii] = p
    return P


# ------------------------------------------------------------------------------ cluster-level merging

CLUSTER_FEATURES = ["bias", "mean_p", "max_p", "min_p", "log_size_min", "log_size_max", "who_jaccard",
                    "where_jaccard", "when_jaccard", "what_jaccard", "lemma_jaccard", "trigger_centroid_cosine",
                    "same_sentence_any", "same_document_fraction", "fraction_p_over_half",
                    "sentence_centroid_cosine", "lemma_centroid_cosine"]
CLUSTER_FLOOR = 0.05                        # cluster pairs whose mean pair probability is lower never merge
CLUSTER_SAMPLE_THRESHOLDS = (0.3, 0.4, 0.5, 0.6)   # average-link clusterings the cluster model learns from
CLUSTER_THRESHOLDS = (0.35, 0.4, 0.45, 0.5)        # merge thresholds cross-validation chooses from


class _Block:
    """One document cluster's mentions with what the cluster-level features read: the pair
    probabilities, each mention's sentence arguments and its MiniLM vectors."""

    def __init__(self, ms: list[EcbMention], P, ctx: _MentionContext):
        import numpy as np

        self.ms, self.P = ms, P
        self.args = [ctx(m)[0] for m in ms]
        dim = next((len(m.vectors[0]) for m in ms if m.vectors is not None), 1)
        zero = np.zeros(dim, dtype=np.float32)
        self.V = [np.array([m.vectors[k] if m.vectors is not None else zero for m in ms]) for k in range(3)]


def _centroid_cosine(M, A: list[int], B: list[int]) -> float:
    import numpy as np

    a, b = M[A].mean(axis=0), M[B].mean(axis=0)
    na, nb = float(np.linalg.norm(a)), float(np.linalg.norm(b))
    return float(a @ b) / (na * nb) if na > 0 and nb > 0 else 0.0


def cluster_features(block: _Block, A: list[int], B: list[int]) -> list[float]:
    """The :data:`CLUSTER_FEATURES` of two clusters (lists of indices into ``block.ms``): the
    mean / max / min pair probability between them, their sizes, the overlap of the union of their
    sentences' participants / places / times / things and of their head lemmas, the cosines of
    their MiniLM centroids (trigger, sentence, lemma), whether any two of their mentions share a
    sentence, and how many of their mention pairs share a document."""
    import numpy as np

    sub = block.P[np.ix_(A, B)]
    ua: dict = defaultdict(set)
    ub: dict = defaultdict(set)
    for idx, u in ((A, ua), (B, ub)):
        for i in idx:
            for kind, words in block.args[i].items():
                u[kind] |= words
    ms = block.ms
    same_sentence = any(ms[i].doc == ms[j].doc and ms[i].sentence == ms[j].sentence for i in A for j in B)
    same_doc = sum(ms[i].doc == ms[j].doc for i in A for j in B) / (len(A) * len(B))
    trig, sent, lem = block.V
    return [1.0, float(sub.mean()), float(sub.max()), float(sub.min()),
            math.log(min(len(A), len(B))), math.log(max(len(A), len(B))),
            _jaccard(ua["who"], ub["who"]), _jaccard(ua["where"], ub["where"]),
            _jaccard(ua["when"], ub["when"]), _jaccard(ua["what"], ub["what"]),
            _jaccard({ms[i].lemma for i in A}, {ms[j].lemma for j in B}),
            _centroid_cosine(trig, A, B), float(same_sentence), same_doc, float((sub > 0.5).mean()),
            _centroid_cosine(sent, A, B), _centroid_cosine(lem, A, B)]


def merge_clusters(block: _Block, weights, threshold: float) -> list[list[int]]:
    """Easy-first cluster-level merging: starting from singletons, merge the two clusters whose
    cluster-level probability (a logistic model over :func:`cluster_features`) is highest, recompute
    the merged cluster's features against the others, and stop when no pair reaches ``threshold``.
    Pairs whose mean pair probability is under :data:`CLUSTER_FLOOR` are never merged."""
    import numpy as np

    w = np.asarray(weights, dtype=np.float64)
    clusters = {i: [i] for i in range(len(block.ms))}

    def score(A, B):
        if float(block.P[np.ix_(A, B)].mean()) < CLUSTER_FLOOR:
            return None
        return 1 / (1 + math.exp(-float(np.dot(w, cluster_features(block, A, B)))))

    scores = {}
    for a in clusters:
        for b in clusters:
            if a < b and (s := score(clusters[a], clusters[b])) is not None:
                scores[(a, b)] = s
    nxt = len(clusters)
    while scores:
        (a, b), s = max(scores.items(), key=lambda kv: (kv[1], -kv[0][0], -kv[0][1]))
        if s < threshold:
            break
        merged = sorted(clusters.pop(a) + clusters.pop(b))
        scores = {k: v for k, v in scores.items() if a not in k and b not in k}
        for c in clusters:
            if (s := score(clusters[c], merged)) is not None:
                scores[(c, nxt)] = s
        clusters[nxt] = merged
        nxt += 1
    return list(clusters.values())


def cluster_samples(block: _Block, thresholds: Iterable[float] = CLUSTER_SAMPLE_THRESHOLDS):
    """Training examples for the cluster-level model: the cluster pairs of average-link clusterings
    of ``block`` at each threshold (mean pair probability at least :data:`CLUSTER_FLOOR`), labelled 1
    when the two clusters' most frequent gold events are the same."""
    pos = {m.key: i for i, m in enumerate(block.ms)}
    X, y = [], []
    for t in thresholds:
        cl = [sorted(pos[k] for k in c) for c in average_link([m.key for m in block.ms], block.P, t)]
        cl.sort()
        major = [Counter(block.ms[i].gold for i in c).most_common(1)[0][0] for c in cl]
        for a in range(len(cl)):
            for b in range(a + 1, len(cl)):
                if float(block.P[cl[a]][:, cl[b]].mean()) >= CLUSTER_FLOOR:
                    X.append(cluster_features(block, cl[a], cl[b]))
                    y.append(float(major[a] == major[b]))
    return X, y


def link_pairwise(mentions: list[EcbMention], doc_cluster: dict, docs: list[EcbDoc], model: dict,
                  ctx: Optional[_MentionContext] = None) -> list[frozenset]:
    """Clusters of mention keys: inside each document cluster, the pair model's probability
    that two mentions co-refer; clustered by the cluster-level model (:func:`merge_clusters`) when
    the model has one, else by average link at the model's pair threshold."""
    ctx = ctx or _MentionContext(docs)
    out: list[frozenset] = []
    for ms in _groups(mentions, doc_cluster).values():
        P = pair_probabilities(ms, ctx, model["stats"], model["weights"])
        if model.get("cluster_weights") is not None:
            for c in merge_clusters(_Block(ms, P, ctx), model["cluster_weights"], model["cluster_threshold"]):
                out.append(frozenset(ms[i].key for i in c))
        else:
            out.extend(average_link([m.key for m in ms], P, model["threshold"]))
    return out


def gold_clusters(mentions: list[EcbMention]) -> list[frozenset]:
    out: dict = defaultdict(set)
    for m in mentions:
        out[m.gold].add(m.key)
    return [frozenset(c) for c in out.values()]


# ------------------------------------------------------------------------------ evaluation

DOC_THRESHOLD = 0.4               # the document threshold cross-validation prefers on ties
GOLD_TOPIC_ARG_WEIGHT = 2         # argument words count 3x in the within-topic document vectors
NO_TOPIC_TOPIC_THRESHOLD = 0.08   # topics before the document model's subtopics (training topics)
# models without document weights: TF-IDF document clusters
GOLD_TOPIC_DOC_THRESHOLD = 0.06   # tuned on the training topics (TF-IDF within one topic)
NO_TOPIC_DOC_THRESHOLD = 0.2      # tuned on the training topics (TF-IDF over all documents)
PAIR_THRESHOLD = 0.3              # average-link threshold on the pair probability (training topics)
MODEL_RESOURCE = "link/ecb_pair_model.json"


def load_model() -> dict:
    """The pairwise model learned on the ECB+ training topics (``resources/link``)."""
    from importlib.resources import files

    raw = json.loads(files("chronicle.resources").joinpath(MODEL_RESOURCE).read_text(encoding="utf-8"))
    return {"weights": raw["weights"], "threshold": raw["threshold"],
            "cluster_weights": raw.get("cluster_weights"), "cluster_threshold": raw.get("cluster_threshold"),
            "document_weights": raw.get("document_weights"), "document_threshold": raw.get("document_threshold"),
            "stats": {(a, b): [c, t] for a, b, c, t in raw["lemma_pairs"]}}


def gold_topic_clusters(docs: list[EcbDoc], model: Optional[dict] = None) -> dict:
    """{doc: (gold topic, subtopic cluster)}: documents clustered inside each gold topic, by the
    model's document-pair probabilities (average link at its document threshold) when it has them,
    else by TF-IDF cosine."""
    return subtopic_clusters(docs, {d.name: d.topic for d in docs}, model)


def subtopic_clusters(docs: list[EcbDoc], topic_of: dict, model: Optional[dict] = None) -> dict:
    """{doc: (topic, subtopic cluster)}: the documents of each topic (``topic_of``: doc -> topic)
    clustered as in :func:`gold_topic_clusters`."""
    by_topic: dict = defaultdict(list)
    for d in docs:
        by_topic[topic_of[d.name]].append(d)
    learned = model is not None and model.get("document_weights") is not None
    dc: dict = {}
    for t, ds in by_topic.items():
        if learned and len(ds) < 3:
            # two documents give no IDF to weigh their words by (every shared word is in all of
            # them): a group this small stays one subtopic
            labels = {d.name: 0 for d in ds}
        elif learned:
            labels = _labels(ds, document_probabilities(ds, model["document_weights"]), model["document_threshold"])
        else:
            labels = cluster_documents(ds, GOLD_TOPIC_DOC_THRESHOLD, GOLD_TOPIC_ARG_WEIGHT)
        dc.update({k: (t, v) for k, v in labels.items()})
    return dc


def no_topic_clusters(docs: list[EcbDoc], model: Optional[dict] = None) -> dict:
    """Document clusters without topic information: with a document model, documents are first
    grouped into topics by TF-IDF cosine over all of them (average link at
    :data:`NO_TOPIC_TOPIC_THRESHOLD`), then split into subtopics inside each group as in
    :func:`gold_topic_clusters`; without one, TF-IDF at :data:`NO_TOPIC_DOC_THRESHOLD`."""
    if model is None or model.get("document_weights") is None:
        return cluster_documents(docs, NO_TOPIC_DOC_THRESHOLD)
    return subtopic_clusters(docs, cluster_documents(docs, NO_TOPIC_TOPIC_THRESHOLD), model)


def evaluate(root: Path, sentences_csv: Optional[Path] = None, topics: Optional[Iterable[int]] = None,
             model: Optional[dict] = None) -> dict:
    """{"gold_topics": scores, "no_topics": scores, "same_lemma_gold_topics": scores,
    "mentions": n, "documents": n}."""
    from chronicle.eval.coref import conll

    docs, mentions = read_ecbplus(root, topics, sentences_csv)
    annotate(docs, mentions)
    embed(docs, mentions)
    model = load_model() if model is None else model
    key = gold_clusters(mentions)
    ctx = _MentionContext(docs)
    gold_topics = conll(key, link_pairwise(mentions, gold_topic_clusters(docs, model), docs, model, ctx))
    no_topics = conll(key, link_pairwise(mentions, no_topic_clusters(docs, model), docs, model, ctx))
    baseline = conll(key, link_mentions(mentions, {d.name: d.topic for d in docs}))
    return {"gold_topics": gold_topics, "no_topics": no_topics, "same_lemma_gold_topics": baseline,
            "documents": len(docs), "mentions": len(mentions)}


PAIR_THRESHOLDS = (0.25, 0.3, 0.35, 0.4)  # the average-link thresholds cross-validation chooses from


def _document_folds(docs: list[EcbDoc], mentions: list[EcbMention], fold_of: dict):
    """Out-of-fold document-pair probabilities {topic: (docs, P)} (the model of topic t's fold is
    fitted on the other folds' topics) and the document model fitted on all topics."""
    import numpy as np

    by_topic: dict[int, list[EcbDoc]] = defaultdict(list)
    for d in docs:
        if d.topic in fold_of:
            by_topic[d.topic].append(d)
    data = {}
    for t, ds in by_topic.items():
        iu = np.triu_indices(len(ds), 1)
        data[t] = (ds, document_pair_features(ds)[iu], document_pair_labels(ds, mentions)[iu])

    def fit(topics):
        X = np.concatenate([data[t][1] for t in topics]).reshape(-1, len(DOC_FEATURES))
        return fit_logistic(X, np.concatenate([data[t][2] for t in topics]))

    out = {}
    for k in sorted(set(fold_of.values())):
        u = fit([t for t in data if fold_of[t] != k])
        for t in data:
            if fold_of[t] == k:
                out[t] = (data[t][0], document_probabilities(data[t][0], u))
    return out, fit(list(data))


def _pair_folds(mentions: list[EcbMention], dc: dict, ctx: _MentionContext, topics: list, folds: int):
    """Per fold: its mentions, the lemma statistics of the other folds, and its pair features and labels."""
    import numpy as np

    parts = []
    for k in range(folds):
        held = set(topics[k::folds])
        stats = lemma_pair_stats([m for m in mentions if m.topic not in held], dc)
        held_ms = [m for m in mentions if m.topic in held]
        X, y = [], []
        for ms in _groups(held_ms, dc).values():
            for i in range(len(ms)):
                for j in range(i + 1, len(ms)):
                    X.append(pair_features(ms[i], ms[j], ctx, stats))
                    y.append(float(ms[i].gold == ms[j].gold))
        parts.append((held_ms, stats, np.array(X).reshape(-1, len(FEATURES)), np.array(y)))
    return parts


def train_model(docs: list[EcbDoc], mentions: list[EcbMention], folds: int = 5,
                thresholds: Iterable[float] = PAIR_THRESHOLDS,
                cluster_thresholds: Iterable[float] = CLUSTER_THRESHOLDS,
                document_thresholds: Iterable[float] = DOC_THRESHOLDS) -> dict:
    """Fit the document model, the pairwise model and the cluster-level model on gold-annotated
    topics, choosing their thresholds by cross-validation over those topics (folds of whole topics).

    The document model (:func:`document_probabilities`) learns from the document pairs that share
    a gold event; each topic's documents are clustered by a model fitted on the other folds. For
    each document threshold, the pairwise and cluster-level models below are cross-validated on
    those document clusters; the threshold whose best merge threshold scores the highest CoNLL F1
    wins (``document_cv``: that F1 per document threshold; ``cv`` and ``cluster_cv`` are the
    chosen document threshold's).

    The lemma-pair statistics a pair of fold k sees come from the other folds, both when the
    weights are fitted and when fold k is scored, so the weights learn how far the statistics
    generalise to unseen topics.

    Then the cluster-level model (:func:`merge_clusters`) is fitted on cluster pairs of the
    out-of-fold average-link clusterings (:func:`cluster_samples`), and its merge threshold chosen
    by the same folds (``cluster_cv``: CoNLL F1 of each merge threshold; fold k is merged by a
    model fitted on the other folds' samples)."""
    ctx = _MentionContext(docs)
    topics = sorted({m.topic for m in mentions})
    fold_of = {t: k for k in range(folds) for t in topics[k::folds]}
    doc_probs, doc_weights = _document_folds(docs, mentions, fold_of)
    key = gold_clusters(mentions)
    thresholds, cluster_thresholds = list(thresholds), list(cluster_thresholds)
    best: Optional[dict] = None
    document_cv = {}
    for td in document_thresholds:
        dc = {k: (t, v) for t, (ds, P) in doc_probs.items() for k, v in _labels(ds, P, td).items()}
        run = _pair_and_cluster_cv(mentions, dc, ctx, topics, folds, key, thresholds, cluster_thresholds)
        document_cv[td] = max(run["cluster_cv"].values())
        run.update(document_threshold=td, dc=dc)
        rank = (document_cv[td], -abs(td - DOC_THRESHOLD))
        if best is None or rank > best["rank"]:
            best = dict(run, rank=rank)
    assert best is not None, "no document threshold to choose from"
    return {"weights": best["weights"], "threshold": best["threshold"],
            "cluster_weights": best["cluster_weights"], "cluster_threshold": best["cluster_threshold"],
            "document_weights": [round(float(x), 4) for x in doc_weights],
            "document_threshold": best["document_threshold"], "stats": lemma_pair_stats(mentions, best["dc"]),
            "cv": best["cv"], "cluster_cv": best["cluster_cv"], "document_cv": document_cv}


def _pair_and_cluster_cv(mentions: list[EcbMention], dc: dict, ctx: _MentionContext, topics: list, folds: int,
                         key: list, thresholds: list, cluster_thresholds: list) -> dict:
    """The pairwise and cluster-level models of :func:`train_model` for one document clustering
    ``dc``, with their cross-validated thresholds and CoNLL F1s."""
    import numpy as np

    from chronicle.eval.coref import conll

    parts = _pair_folds(mentions, dc, ctx, topics, folds)
    response: dict[float, list] = {t: [] for t in thresholds}
    blocks: list[list[_Block]] = []     # per fold: its document clusters, with out-of-fold probabilities
    for k, (held_ms, stats, _, _) in enumerate(parts):
        w = fit_pair_model(np.concatenate([p[2] for i, p in enumerate(parts) if i != k]),
                           np.concatenate([p[3] for i, p in enumerate(parts) if i != k]))
        blocks.append([])
        for ms in _groups(held_ms, dc).values():
            P = pair_probabilities(ms, ctx, stats, w)
            blocks[k].append(_Block(ms, P, ctx))
            for t in thresholds:
                response[t].extend(average_link([m.key for m in ms], P, t))
    cv = {t: conll(key, response[t])["conll_f1"] for t in thresholds}
    best = max(thresholds, key=lambda t: (cv[t], -abs(t - PAIR_THRESHOLD)))
    w = fit_pair_model(np.concatenate([p[2] for p in parts]), np.concatenate([p[3] for p in parts]))
    # the cluster-level model learns from the out-of-fold clusterings of the other folds, and
    # its merge threshold is chosen by the same cross-validation
    samples = []
    for bs in blocks:
        xs, ys = [], []
        for b in bs:
            x, y = cluster_samples(b)
            xs.extend(x)
            ys.extend(y)
        samples.append((np.array(xs).reshape(-1, len(CLUSTER_FEATURES)), np.array(ys)))
    merged: dict[float, list] = {t: [] for t in cluster_thresholds}
    for k, bs in enumerate(blocks):
        v = fit_logistic(np.concatenate([s[0] for i, s in enumerate(samples) if i != k]),
                         np.concatenate([s[1] for i, s in enumerate(samples) if i != k]))
        for b in bs:
            for t in cluster_thresholds:
                merged[t].extend(frozenset(b.ms[i].key for i in c) for c in merge_clusters(b, v, t))
    cluster_cv = {t: conll(key, merged[t])["conll_f1"] for t in cluster_thresholds}
    best_merge = max(cluster_thresholds, key=lambda t: (cluster_cv[t], -t))
    v = fit_logistic(np.concatenate([s[0] for s in samples]), np.concatenate([s[1] for s in samples]))
    return {"weights": w, "threshold": best,
            "cluster_weights": [round(float(x), 4) for x in v], "cluster_threshold": best_merge,
            "cv": cv, "cluster_cv": cluster_cv}


def _learn_main(argv: list[str]) -> None:  # python -m chronicle.link.ecb DIR CSV > resource
    docs, mentions = read_ecbplus(Path(argv[0]), TRAIN_TOPICS, Path(argv[1]) if len(argv) > 1 else None)
    annotate(docs, mentions)
    embed(docs, mentions)
    model = train_model(docs, mentions)
    head = {"about": "ECB+ event-pair model learned on the training topics by python -m chronicle.link.ecb "
                     "(document-pair model for the subtopics, pair model, then the cluster-level merge model; "
                     "thresholds chosen by 5-fold cross-validation over those topics)",
            "trained_on": "ECB+ (Cybulska & Vossen 2014, CC BY 3.0) training topics "
                          + " ".join(map(str, TRAIN_TOPICS)) + ", the sentences of "
                          "ECBplus_coreference_sentences; dev and test topics unseen",
            "license": "derived from ECB+ (Cybulska & Vossen, LREC 2014; NewsReader project), CC BY 3.0 "
                       "Unported: http://creativecommons.org/licenses/by/3.0/",
            "features": FEATURES, "weights": model["weights"], "threshold": model["threshold"],
            "cv_conll_f1": {str(t): f for t, f in model["cv"].items()},
            "cluster_features": CLUSTER_FEATURES, "cluster_weights": model["cluster_weights"],
            "cluster_threshold": model["cluster_threshold"],
            "cluster_cv_conll_f1": {str(t): f for t, f in model["cluster_cv"].items()},
            "document_features": DOC_FEATURES, "document_weights": model["document_weights"],
            "document_threshold": model["document_threshold"],
            "document_cv_conll_f1": {str(t): f for t, f in model["document_cv"].items()}}
    pairs = ",\n".join(json.dumps([a, b, c, t]) for (a, b), (c, t) in sorted(model["stats"].items()))
    print(json.dumps(head)[:-1] + ',\n"lemma_pairs": [\n' + pairs + "\n]}")


if __name__ == "__main__":  # pragma: no cover
    import sys

    _learn_main(sys.argv[1:])
