"""chronicle: dated news articles -> who did what to whom, when, where, and who says so."""
from chronicle.model import (  # noqa: F401
    AnnotatedArticle, Article, Actor, Attribution, Event, EventDate, Location, Mention,
    RoleFiller, Sentence, Span, Timex,
)

__all__ = [
    "AnnotatedArticle", "Article", "Actor", "Attribution", "Event", "EventDate", "Location", "Mention",
    "RoleFiller", "Sentence", "Span", "Timex",
]
__version__ = "0.1.0"
