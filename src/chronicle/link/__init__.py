"""Cross-document event linking: mentions -> canonical events (see :mod:`chronicle.link.linker`)."""
from chronicle.link.linker import LinkResult, compatible, link
from chronicle.link.records import EventState, MentionRecord, event_id_for, norm_name

__all__ = ["EventState", "LinkResult", "MentionRecord", "compatible", "event_id_for", "link", "norm_name"]
