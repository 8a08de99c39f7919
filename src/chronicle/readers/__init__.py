"""Input readers: files, directories and stdin in several formats -> Articles (and InputProblems).

    from chronicle.readers import read_inputs
    for item in read_inputs(["news/", "more.jsonl", "-"], default_date=None):
        ...  # Article or InputProblem

Formats: the seed format (``date YYYY-MM-DD`` then text), plain text, JSON Lines, CSV and HTML.
"""
from .dispatch import read_inputs

__all__ = ["read_inputs"]
