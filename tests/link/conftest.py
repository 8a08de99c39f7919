"""Shared fixtures for the linking tests."""
from __future__ import annotations

import pytest


def _ecb_xml(name: str, sentences: list[list[str]], actions: list[int],
             entities: tuple[tuple[str, int], ...] = (), chain: str = "ACT1") -> str:
    """One ECB+ CAT-XML document: ``sentences`` of words (token ids count from 1 across the
    document), an ACTION_OCCURRENCE markable on each token id of ``actions`` (m_id 1, 2, ...),
    entity markables ``(tag, token id)``, and the first action in the cross-document chain ``chain``."""
    tokens, t = [], 0
    for s, words in enumerate(sentences):
        for n, word in enumerate(words):
            t += 1
            tokens.append(f'<token t_id="{t}" sentence="{s}" number="{n}">{word}</token>')
    marks = [f'<ACTION_OCCURRENCE m_id="{i}"><token_anchor t_id="{a}"/></ACTION_OCCURRENCE>'
             for i, a in enumerate(actions, start=1)]
    marks += [f'<{tag} m_id="{i}"><token_anchor t_id="{a}"/></{tag}>'
              for i, (tag, a) in enumerate(entities, start=len(actions) + 1)]
    marks.append(f'<ACTION_OCCURRENCE m_id="99" TAG_DESCRIPTOR="chain" instance_id="{chain}"/>')
    return "\n".join([f'<Document doc_name="{name}.xml" doc_id="x">', *tokens, "<Markables>", *marks,
                      "</Markables>", "<Relations>",
                      f'<CROSS_DOC_COREF r_id="1" note="{chain}"><source m_id="1"/><target m_id="99"/></CROSS_DOC_COREF>',
                      "</Relations>", "</Document>", ""])


@pytest.fixture
def ecb_xml():
    return _ecb_xml
