"""Two sayings of different things: "The oil company BP is to ⟦decide⟧ on whether to carry out a new
plan ..., the chief executive has ⟦said⟧" (26 May), "The oil company BP ⟦says⟧ its new attempt ... is
⟦going⟧ according to plan" (27 May) and "The latest attempt to stop the Gulf of Mexico oil leak has
⟦failed⟧, the oil giant BP has ⟦said⟧" (29 May) are three statements.

A mention of a verb of saying (`SAYINGS`, read as a report: `Signature.reporting`) is the saying
itself, and what makes two mentions one saying is what was said: the words heading its sentence's
other clauses (`Signature.clauses`: "decide", "going", "failed"). Across articles the merge asks
their sentences to be a little alike (`pair_rules.REPORT_THRESHOLD`), but a story's words ("BP",
"attempt", "leaking oil well", "Gulf of Mexico") make one speaker's statements on one subject that
alike. Two sayings told by articles of different days, each dated only by its article, whose
sentences' clauses share no word are two statements, unless their sentences are alike (the
caller's bar). One statement retold the next day keeps some of its words: "The WHO has warned the
virus ⟦has⟧ the potential to become a pandemic" (26 April), "The UN has warned that the virus
⟦has⟧ the potential to become a pandemic" (28 April). A form of "be" or "have" counts as a shared
word: the clause words are the heads the parse gives, and the words of what was said are under
them. `pair_rules._restated` parts one speaker's statements of days further apart, whatever they say.
"""

from __future__ import annotations

from storyline.analyse.reporting import CUE_VERBS
from storyline.merge.similarity import Signature, predicate_key
from storyline.model import Stance

# the verbs that tell words said ("said", "confirmed", "reported"); not those of a belief, a plan or an
# estimate, whose participle names a thing as often as a statement ("a combination ⟦feared⟧ most by
# those watching for a flu pandemic", told on 25 and 26 April)
SAYINGS = frozenset(
    verb for verb, stance in CUE_VERBS.items() if stance in (Stance.STATED, Stance.CONFIRMED, Stance.REPORTED)
)


def other_sayings(sig: Signature, other: Signature) -> bool:
    """Whether two sayings (`_saying`), each dated only by its article, of articles published on
    different days, tell clauses with no word in common (`_said`); the caller asks that their
    sentences are not alike."""
    if not (_saying(sig) and _saying(other)):
        return False
    if not (sig.dating == other.dating == "publication"):
        return False
    if sig.published is None or other.published is None or sig.published == other.published:
        return False
    mine, theirs = _said(sig), _said(other)
    return bool(mine and theirs) and mine.isdisjoint(theirs)


def _saying(sig: Signature) -> bool:
    """Whether the mention is the verb of saying that carries its sentence's report (its word is the
    report's cue, `Signature.cue`): not "go" in "he said ... a new containment device to ⟦go⟧ over the
    old riser", nor a verb that is a cue only in some turns ("went on to say")."""
    return sig.reporting and sig.lemma in SAYINGS and bool(sig.word) and sig.word in sig.cue.split()


def _said(sig: Signature) -> frozenset[str]:
    """The keys of the words heading its sentence's other clauses ("failed", "fails": one)."""
    return frozenset(map(predicate_key, sig.clauses))
