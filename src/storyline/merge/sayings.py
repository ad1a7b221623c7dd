"""Two sayings of different days: "BP is to decide whether to carry out a new plan ..., the chief
executive has ⟦said⟧" (26 May), "The oil company BP ⟦says⟧ its new attempt ... is going according to
plan" (27 May) and "The latest attempt to stop the Gulf of Mexico oil leak has failed, the oil giant BP
has ⟦said⟧" (29 May) are three statements.

A mention of a verb of saying (`CUE_VERBS`, read as a report: `Signature.reporting`) is the saying
itself, and what makes it one saying is what was said. Across articles the merge asks its sentences
to be a little alike (`entries.REPORT_THRESHOLD`), but a story's words ("BP", "attempt", "leaking oil
well", "Gulf of Mexico") make two statements of one speaker on one subject that alike. When neither
sentence writes the saying's day (each is dated by its article: "on or before" it) and the articles
are of different days, the two are one saying only if they tell alike what was said (the caller's bar:
the likeness from which a reporting verb's reports count as one retold, `entries.CROWD_EXEMPT` +
`REPORT_THRESHOLD`). `entries._restated` parts one speaker's statements of days further apart at a
lower bar; this one asks no speaker in common ("the chief executive", "BP"), since a saying's speaker
is no name that tells one statement from another.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from storyline.analyse.reporting import CUE_VERBS

if TYPE_CHECKING:
    from storyline.merge.similarity import Signature


def other_sayings(sig: Signature, other: Signature) -> bool:
    """Whether two mentions of one verb of saying, each dated only by its article, come from
    articles published on different days (the caller asks that their sentences are not alike)."""
    return (
        sig.reporting
        and other.reporting
        and sig.lemma in CUE_VERBS
        and other.lemma in CUE_VERBS
        and sig.dating == other.dating == "publication"
        and sig.published is not None
        and other.published is not None
        and sig.published != other.published
    )
