"""Index, block, then compare: a kind of event told in nearly every article of a story ("spill" in
a story of an oil spill) has hundreds of entries, and scoring each new mention against all of them
was most of a merge's pairs. The latest told `RECENT_PER_PREDICATE` are compared whatever they
share; an older one only when it shares a blocking key with the mention (its article, a
participant, a place or a figure). Sentences are Timeline17 lines of the BBC's oil spill articles."""

from __future__ import annotations

from datetime import date, timedelta

from conftest import T17, needs
from storyline.merge.entries import RECENT_PER_PREDICATE, Merger
from storyline.merge.similarity import signature
from storyline.model import Event, Tense

ARTICLES = T17 / "bpoil_bbc" / "InputDocs"
REGRET = (
    "Expressing his `` deep regret '' for the spill , Mr Hayward repeatedly stressed he was constrained "
    "in what he could say by the fact that a number of investigations into the explosion had yet to finish ."
)
FIRST_DAY = date(2010, 6, 17)


def _spill(document: str, text: str, day: date, participants: list[str]) -> Event:
    return Event(
        document, 0, len(text), text, text, day.isoformat(), False, Tense.PAST,
        predicate="spill", participants=participants,
    )  # fmt: skip


def _merger_with_older_regret() -> tuple[Merger, str]:
    """A merger whose "deep regret" entry was told before more than `RECENT_PER_PREDICATE` other
    entries of the spill, each of another day (so none joins another)."""
    lines = sorted(
        {
            line.strip()
            for path in sorted(ARTICLES.glob("*/*.txt"))
            for line in path.read_text(encoding="utf-8").splitlines()
            if " spill " in line and "Hayward" not in line and len(line) < 200
        }
    )[: RECENT_PER_PREDICATE + 10]
    merger = Merger()
    regret = merger.add(_spill("hearing", REGRET, FIRST_DAY, ["Tony Hayward"]), published=FIRST_DAY).id
    for number, line in enumerate(lines, start=1):
        day = FIRST_DAY + timedelta(days=2 * number)
        merger.add(_spill(f"article{number}", line, day, []), published=day)
    return merger, regret


@needs(ARTICLES)
def test_an_older_entry_sharing_a_participant_is_still_joined() -> None:
    merger, regret = _merger_with_older_regret()
    retold = merger.add(_spill("copy", REGRET, FIRST_DAY, ["Tony Hayward"]), published=FIRST_DAY)
    assert retold.id == regret


@needs(ARTICLES)
def test_an_older_entry_sharing_no_key_is_not_compared() -> None:
    merger, regret = _merger_with_older_regret()
    sentence = "The spill has become a major political issue ."
    mention = _spill("elsewhere", sentence, FIRST_DAY, [])
    candidates = merger._candidates(signature(mention, published=FIRST_DAY))
    assert regret not in candidates
    assert len(candidates) == RECENT_PER_PREDICATE
