"""Sentence boundaries at line breaks (chronicle.segment, resources/segment.yaml)."""
from __future__ import annotations

import pytest

from chronicle.model import Sentence
from chronicle.nlp import get_nlp
from chronicle.segment import LINE_BREAKS, segment_rules


def _sentences(text: str) -> list[str]:
    doc = get_nlp()(text)
    return [text[s.start:s.end] for s in (Sentence.of(span) for span in doc.sents) if s.end > s.start]


def test_the_component_runs_before_the_parser():
    names = get_nlp().pipe_names
    assert names.index(LINE_BREAKS) < names.index("parser")


_RULES = segment_rules()


@pytest.mark.parametrize("case", _RULES["examples"] + _RULES["counter_examples"], ids=lambda c: c["text"][:40])
def test_resource_examples(case):
    assert _sentences(case["text"]) == case["sentences"]


def test_blank_line_after_an_abbreviation_ends_the_sentence():
    # the parser alone reads on across the blank line: "a.m." hides the full stop
    text = "The pipeline was shut at 4 a.m.\n\nInspectors reopened it on Sunday. The company said so."
    assert _sentences(text) == ["The pipeline was shut at 4 a.m.", "Inspectors reopened it on Sunday.",
                                "The company said so."]


def test_a_blank_line_with_spaces_on_it_is_a_blank_line():
    assert _sentences("Voting closed at 8 p.m.\n  \nCounting began at once.") == \
        ["Voting closed at 8 p.m.", "Counting began at once."]


@pytest.mark.parametrize("text", [
    "Chronology\n3 March: the strike begins\n9 March - ministers meet union leaders\nMarch 15: the strike ends",
    "Timeline\n- Apr 3: the convoy leaves Juba\n- Apr 5: the convoy is stopped at the border",
])
def test_date_labelled_lines_are_left_to_the_parser(text):
    # dating.timeline_lines reads a timeline box line by line; no start is preset inside it
    nlp = get_nlp()
    with nlp.select_pipes(disable=[LINE_BREAKS]):
        parser_only = [s.text for s in nlp(text).sents]
    assert [s.text for s in nlp(text).sents] == parser_only


def test_a_bullet_line_without_a_date_is_a_sentence():
    text = "Demands\n- Higher wages for nurses\n- The return of dismissed staff"
    assert _sentences(text) == ["Demands", "- Higher wages for nurses", "- The return of dismissed staff"]


def test_a_single_line_break_after_a_quoted_sentence_end():
    assert _sentences('"We will not sign," he said.\nThe talks broke up on Friday.') == \
        ['"We will not sign," he said.', "The talks broke up on Friday."]


def test_a_heading_line_stays_whole():
    text = "Port Strike Ends\nJune 4, 2019\nDockers went back to work on Monday."
    assert _sentences(text) == ["Port Strike Ends", "June 4, 2019", "Dockers went back to work on Monday."]


@pytest.mark.parametrize("text", [
    "Police in the northern city said the\nprotesters had dispersed by the evening.",
    "The ministry, which runs the ports,\nsaid the ban would last a week.",
    "Officials met in Geneva on Monday and\nagreed to meet again.",
])
def test_a_hard_wrapped_sentence_stays_one(text):
    assert _sentences(text) == [text]


def test_offsets_are_those_of_the_text():
    text = "Rain stopped play at 2 p.m.\n\nThe match resumed at 3 p.m."
    doc = get_nlp()(text)
    spans = [Sentence.of(s) for s in doc.sents]
    assert [text[s.start:s.end] for s in spans] == ["Rain stopped play at 2 p.m.", "The match resumed at 3 p.m."]
    assert spans[1].start == text.index("The match")


def test_a_long_article_of_many_lines_gets_a_start_on_every_line():
    # the component once read the whole doc per line break (33 s for these 3,000 lines); its cost is
    # measured in benchmarks/pathological_text.py ("short lines"), here only what it marks
    from chronicle.segment import mark_line_breaks

    text = "The council met at 9 a.m.\nIts members voted on the budget. The mayor said so.\n\n" * 1500
    doc = mark_line_breaks(get_nlp().make_doc(text))
    starts = [t.idx for t in doc if t.is_sent_start]
    assert len(starts) == 3000
    assert all(i == 0 or text[i - 1] == "\n" for i in starts)
