"""(extract23) A rule's required object named by its head phrase is the participant when no party is
resolved ("struck a radar site": detect._required_noun reads _phrase_words as the rule's check
does), and an armed attack withstood is done to the one who withstood it (requires withstood)."""
from __future__ import annotations

from datetime import date

from chronicle.model import Article
from chronicle.pipeline import annotate


def _by_trigger(text: str, trigger: str):
    return [e for e in annotate(Article(id="t", date=date(2025, 3, 28), text=text)).events
            if e.trigger.text == trigger]


def test_head_phrase_is_the_named_party():
    es = _by_trigger("The coalition said it had struck a radar site near the port on Saturday.", "struck")
    assert [e.type for e in es] == ["ASSAULT"]
    assert any("radar site" in r.text for r in es[0].recipient)


def test_head_word_of_phrase_alone_is_not_enough():
    # "site" alone is no military target
    assert not _by_trigger("The coalition said it had struck a building site near the port.", "struck")


def test_withstood_armed_attack_is_done_to_the_withstander():
    es = _by_trigger("Malian troops repelled a terrorist attack near the border on Sunday.", "attack")
    assert [e.type for e in es] == ["ASSAULT"]
    assert not es[0].actor
    assert any("troops" in r.text for r in es[0].recipient)


def test_launched_armed_attack_is_not_withstood():
    es = _by_trigger("Rebel fighters launched a terrorist attack on Sunday.", "attack")
    assert es
    assert not any("fighters" in r.text for e in es for r in e.recipient)


def test_passive_withstood_attack_is_done_to_the_agent():
    # (mend9) "was repelled by Malian troops": the withstander is the passive's "by" agent
    es = _by_trigger("A terrorist attack by militants was repelled by Malian troops near the border on Sunday.",
                     "attack")
    assert [e.type for e in es] == ["ASSAULT"]
    assert any("troops" in r.text for r in es[0].recipient)
    assert not any("troops" in a.text for a in es[0].actor)
