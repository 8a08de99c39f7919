"""Calendar intervals of TIMEX3 values (public: ``value_to_interval``)."""
from chronicle.time.calendar import value_to_interval

__all__ = ["value_to_interval"]
