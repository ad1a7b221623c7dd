"""storyline's temporal tagger: TIMEX3 time expressions in news text.

`tag_time_expressions` finds dates, times, durations, sets and vague
references ("now", "in the coming days") and normalizes them against the
document date. Rule-based and in-process; it learns nothing from data.
"""

from __future__ import annotations

from datetime import date

from storyline.analyse.timex.tagger import tag
from storyline.model import TimeExpression

__all__ = ["tag_time_expressions"]


def tag_time_expressions(text: str, document_date: date | None) -> list[TimeExpression]:
    """Time expressions of `text`, sorted, non-overlapping, offsets into `text`.

    With `document_date` None, values that need it stay underspecified
    ("XXXX-10-08") and `anchored` is False.
    """
    return tag(text, document_date)
