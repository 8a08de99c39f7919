"""Temporal tagging (TimeML TIMEX3): rules as data under ``chronicle/resources/time``."""
from chronicle.time.intervals import value_to_interval
from chronicle.time.tagger import tag_timexes

__all__ = ["tag_timexes", "value_to_interval"]
