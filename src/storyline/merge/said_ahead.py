"""A statement about a coming day and one told after that day: two statements.

"Adm Allen said BP would test the integrity of the leaking oil well on Tuesday morning" (12 July) is
dated by its time expression, which is the day of what was said, not of the saying: the words were
said on or before their article's day, ahead of that Tuesday. A statement of the same verb told by an
article published after that day ("Adm Thad Allen says the integrity of the capped well is not
compromised", 19 July) cannot be those words, whoever says them, unless it copies them: by then the
day they looked ahead to has passed. The speaker, the verb and the story's words make the two
sentences alike, and the coming day, read as the statement's own, made their times meet and kept
them from being read as one speaker's statements of different days (`pair_rules._restated`).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from storyline.analyse.reporting import CUE_VERBS, PERFORMATIVE_CUES
from storyline.model import Event
from storyline.timevalue import bounds

if TYPE_CHECKING:
    from storyline.merge.similarity import Signature


def said_for(event: Event) -> date | None:
    """The last day of the time a verb of saying is dated by, when that time points after its
    article's date (`TimeExpression.future`: "would test ... on Tuesday morning"): the day the words
    look ahead to. None for any other mention: a saying still to come ("BP is set to reveal its latest
    results on Tuesday": the revealing is that day's), or a performative, which is its act."""
    if event.timex is None or not event.timex.future or event.predicate not in CUE_VERBS:
        return None
    if event.modality != "actual" or event.predicate in PERFORMATIVE_CUES:
        return None
    span = bounds(event.date)
    return span[1] if span else None


def said_ahead(sig: Signature, other: Signature) -> bool:
    """Whether one of two statements looks ahead to a day (`Signature.said_for`) that the other's
    article was published after: two statements (a copy of the words is the caller's to keep)."""
    return any(
        day is not None and later.published is not None and later.published > day
        for day, later in ((sig.said_for, other), (other.said_for, sig))
    )
