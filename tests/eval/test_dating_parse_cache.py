"""The event-dating benchmark's parse cache must not serve a parse made by another pipeline."""
from __future__ import annotations

from chronicle.eval import dating


def test_the_parse_cache_is_keyed_on_the_pipeline_as_well_as_the_text(tmp_path, monkeypatch):
    text = "The bridge was closed at 6 a.m.\n\nWorkers repaired it on Tuesday."
    first = dating.parse(text, tmp_path)
    assert len(list(tmp_path.glob("*.spacy"))) == 1
    # the same pipeline: served from the cache, same sentences
    again = dating.parse(text, tmp_path)
    assert [s.text for s in again.sents] == [s.text for s in first.sents]
    assert len(list(tmp_path.glob("*.spacy"))) == 1
    # another pipeline (a changed segmentation rule, say): parsed anew under its own key
    monkeypatch.setattr(dating, "_pipeline_fingerprint", lambda nlp: "another pipeline")
    dating.parse(text, tmp_path)
    assert len(list(tmp_path.glob("*.spacy"))) == 2
