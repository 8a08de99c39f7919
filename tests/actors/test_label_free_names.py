"""roles18: a line's label (a live blog's clock time, a list's date) the NER takes into a name is no part
of it (actors/extract._label_free_ents): "10:15 - Ghana's foreign ministry" names Ghana's ministry, and no
actor's text starts with the clock time. Sentences of our own."""
from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "events"))
from _sentences import annotated  # noqa: E402

_CLOCK = re.compile(r"^\d{1,2}[:.]\d{2}")


def _texts(text):
    art = annotated(text)
    return [m.text for a in art.actors for m in a.mentions] + \
        [f.text for e in art.events for f in e.actor + e.recipient]


def test_a_clock_label_is_no_part_of_a_name():
    # (the NER tags "11:20 - Chile's" as one organisation on HEAD d5f761f)
    text = "Storms closed the pass.\n\n11:20 - Chile's interior ministry said it would summon Bolivia's consul."
    texts = _texts(text)
    assert texts and not any(_CLOCK.match(t) for t in texts), texts
    assert not any(t.startswith("-") for t in texts), texts


def test_a_name_after_no_label_keeps_its_words():
    texts = _texts("The April 6 Youth Movement called a march in Cairo on Friday.")
    assert any("April 6 Youth Movement" in t for t in texts), texts
