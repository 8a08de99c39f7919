"""Bounds that keep chronicle's work on one input finite, whatever the input.

* ``MAX_ARTICLE_CHARS``: an article's text longer than this is refused -- by the readers (an
  ``InputProblem``) and by ``annotate_many`` (an ``AnnotationFailure``) -- instead of tying up a
  worker for many minutes. A long news article has 20,000 characters; the limit is 50 times that.
* ``MAX_FILE_BYTES``: a file that holds one article (text, seed format, HTML) and is larger than
  this is refused before it is read, so a huge file never has to fit in memory.
* ``MAX_SENTENCE_TOKENS``: a run of tokens with no sentence-final punctuation and no line break
  is cut into sentences of at most this many tokens before spaCy parses it. The stages work
  sentence by sentence, so this bounds what each of their per-sentence searches costs; real news
  sentences are far shorter (the longest in the demo corpus has under 100 tokens).
"""
from __future__ import annotations

MAX_ARTICLE_CHARS = 1_000_000
MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_SENTENCE_TOKENS = 200

_SENTENCE_END = frozenset({".", "!", "?", "…", "。", "！", "？"})
SENTENCE_CAP = "chronicle_sentence_cap"


def too_long(text: str) -> str | None:
    """The reason an article text is refused, or None when its length is fine."""
    if len(text) > MAX_ARTICLE_CHARS:
        return f"article too long: {len(text):,} characters (the limit is {MAX_ARTICLE_CHARS:,})"
    return None


def cap_sentences(doc, max_tokens: int = MAX_SENTENCE_TOKENS):
    """Mark a sentence start after every ``max_tokens`` tokens that contain no sentence end.

    Runs before the parser, which keeps boundaries set in advance; ordinary text (sentences
    shorter than ``max_tokens``) is left exactly as the parser would split it.
    """
    run = 0
    for tok in doc:
        if run >= max_tokens:
            tok.is_sent_start = True
            run = 0
        run += 1
        if tok.text in _SENTENCE_END or "\n" in tok.text:
            run = 0
    return doc


def add_sentence_cap(nlp) -> None:
    """Put :func:`cap_sentences` in front of ``nlp``'s parser (once)."""
    add_before_parser(nlp, SENTENCE_CAP, cap_sentences)


def add_before_parser(nlp, name: str, func) -> None:
    """Register ``func`` as the component ``name`` and put it in front of ``nlp``'s parser (first
    with no parser), once: a component that presets sentence starts, which the parser keeps."""
    add_component(nlp, name, func, before="parser")


def add_component(nlp, name: str, func, *, before: str | None = None, after: str | None = None) -> None:
    """Register ``func`` as the component ``name`` and add it to ``nlp`` once: in front of the pipe
    ``before`` (first if it is missing) or behind the pipe ``after`` (last if it is missing)."""
    from spacy.language import Language

    if not Language.has_factory(name):
        Language.component(name, func=func)
    if name in nlp.pipe_names:
        return
    if before is not None:
        if before in nlp.pipe_names:
            nlp.add_pipe(name, before=before)
        else:
            nlp.add_pipe(name, first=True)
    elif after is not None and after in nlp.pipe_names:
        nlp.add_pipe(name, after=after)
    else:
        nlp.add_pipe(name, last=True)
