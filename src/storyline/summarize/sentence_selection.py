"""What happened on a day: choosing the few sentences that best say it.

The candidates are the entries told on the day, each with only its reports
that point at the day. An entry is worth showing when several articles report
it on that day (support: an event told on many days is not thereby what
happened on this one), when it is about what the day's news is about
(centrality: closeness to the centroid of everything said about the day) and
when it was reported close to the day (later articles mostly recall an event
in passing). Chosen sentences must not repeat each other: an entry too close
to one already chosen is passed over.

Each entry shows one sentence: the mention whose sentence is most typical of
the entry's reports (closest to their centroid), preferring sentences of a
reader's length, sentences that date the event themselves over those dated
only by their article, and sentences early in their article (news is written
lead first: what happened comes in the opening sentences, background and
reactions later). Position counts both for the sentence an entry shows and for
the entry's place among the day's candidates. An article's opening sentence is
shown from where its lead begins (`opening_line`), without the headline,
caption or dateline run into it; the shown mention's offsets move with it, so
the text shown is always the span of the article its mention points at. The
whole entry, with all its mentions, travels with it.
This module does not decide which days to show (`date_ranking` does).
"""

from __future__ import annotations

import math
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace
from datetime import date

from storyline.model import Entry, KeySentence, Mention
from storyline.summarize.date_ranking import CandidateDay, dated_by_article
from storyline.summarize.opening_line import lead_start
from storyline.summarize.text import Idf, Vector, centroid

REDUNDANT = 0.5  # cosine above which a candidate repeats a chosen sentence
FRESH_DAYS = 2  # reports published within this many days of the event count fully
SHORTEST, LONGEST = 6, 60  # words; sentences outside get a lower score
DATED_BY_ARTICLE = 0.7  # weight of a sentence that gives no date of its own, against one that does
EARLY_CHARS = 2000  # a sentence this far into its article weighs 1/sqrt(2) of the opening one


@dataclass(frozen=True, slots=True)
class Candidate:
    entry: Entry
    mention: Mention
    text: str
    vector: Vector
    score: float


def mention_text(mention: Mention) -> str:
    return (mention.sentence or mention.text).strip()


def shown(mention: Mention) -> Mention:
    """The report as a summary shows it: an opening sentence from where its lead begins.

    The returned mention's offsets still index its document, and its text is
    that span, so the shown sentence can be found in the article.
    """
    if mention.start != 0 or (mention.sentence is not None and mention.sentence != mention.text):
        return mention  # only a whole opening sentence, whose offsets are its own, is cut
    cut = lead_start(mention.text)
    if not cut:
        return mention
    lead = mention.text[cut:]
    start = mention.start + cut
    event_kept = mention.event_start is not None and mention.event_start >= start
    return replace(
        mention,
        start=start,
        text=lead,
        sentence=lead if mention.sentence is not None else None,
        event_start=mention.event_start if event_kept else None,
        event_end=mention.event_end if event_kept else None,
    )


def position_factor(mention: Mention) -> float:
    """Earlier in its article is more likely what happened: 1 at its first character, slowly less after."""
    return (1 + mention.start / EARLY_CHARS) ** -0.5


def length_factor(text: str) -> float:
    words = len(text.split())
    if words < SHORTEST:
        return words / SHORTEST
    if words > LONGEST:
        return LONGEST / words
    return 1.0


def freshness(entry: Entry, day: CandidateDay) -> float:
    """The share of an entry's reports published within `FRESH_DAYS` of its day."""
    lags = [
        (mention.publication_date - day.day).days for mention in entry.mentions if mention.publication_date
    ]
    if not lags:
        return 1.0
    return sum(1 for lag in lags if lag <= FRESH_DAYS) / len(lags)


def own_date_factor(mention: Mention) -> float:
    return DATED_BY_ARTICLE if dated_by_article(mention) else 1.0


def representative(entry: Entry, idf: Idf) -> tuple[Mention, Vector]:
    """The report (as `shown`) whose sentence is closest to what all the entry's reports say."""
    vectors = [(mention, idf.vector(mention_text(mention))) for mention in map(shown, entry.mentions)]
    middle = centroid(vector for _, vector in vectors)
    return max(
        vectors,
        key=lambda pair: (
            pair[1].cosine(middle)
            * length_factor(mention_text(pair[0]))
            * own_date_factor(pair[0])
            * position_factor(pair[0]),
            -_published(pair[0]),
        ),
    )


def _published(mention: Mention) -> int:
    return (mention.publication_date or date.max).toordinal()


def candidates(day: CandidateDay, idf: Idf) -> list[Candidate]:
    chosen = [(entry, *representative(entry, idf)) for entry in day.entries]
    middle = centroid(vector for _, _, vector in chosen)
    result = []
    for entry, mention, vector in chosen:
        support = math.log1p(len({m.document for m in entry.mentions}))  # articles telling it that day
        text = mention_text(mention)
        typical = vector.cosine(middle) * length_factor(text) * position_factor(mention)
        score = support * typical * (0.5 + 0.5 * freshness(entry, day))
        result.append(Candidate(entry, mention, text, vector, score))
    return result


def choose_sentences(
    day: CandidateDay, count: int, idf: Idf, shown: AbstractSet[str] = frozenset()
) -> list[KeySentence]:
    """Up to `count` sentences for the day, none of them in `shown` (those of more important days):
    one sentence telling two events ("McCain this afternoon said he would suspend his campaign
    tomorrow") pointed at two days and was printed under both."""
    chosen: list[Candidate] = []
    for candidate in sorted(candidates(day, idf), key=lambda c: (-c.score, c.entry.id)):
        if len(chosen) == count:
            break
        if candidate.text in shown:
            continue
        if any(candidate.vector.cosine(other.vector) > REDUNDANT for other in chosen):
            continue
        chosen.append(candidate)
    return [KeySentence(c.text, day.originals.get(c.entry.id, c.entry), c.mention) for c in chosen]
