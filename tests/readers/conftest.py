from __future__ import annotations

import pytest

from chronicle.errors import InputProblem
from chronicle.model import Article
from chronicle.readers import read_inputs


@pytest.fixture
def read():
    """read(*paths, **kw) -> (articles, problems)."""

    def _read(*paths, **kwargs):
        items = list(read_inputs([str(p) for p in paths], **kwargs))
        assert all(isinstance(x, (Article, InputProblem)) for x in items)
        return [x for x in items if isinstance(x, Article)], [x for x in items if isinstance(x, InputProblem)]

    return _read
