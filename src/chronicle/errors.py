"""Errors meant for users: one clear line, never a traceback."""
from __future__ import annotations

from dataclasses import dataclass


class ChronicleError(Exception):
    """A user-facing error; the CLI prints ``str(err)`` and exits non-zero."""


@dataclass(frozen=True)
class InputProblem:
    """One input item that could not be read (file and line or record, and why)."""

    origin: str  # "path/to/file.jsonl:12" or "path/to/file.txt"
    reason: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.reason}"
