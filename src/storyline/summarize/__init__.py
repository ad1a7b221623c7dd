"""summarize stage: from thousands of timeline entries to the few days that tell the story.

`summarize` ranks days by how much the collection points at them
(`date_ranking`) and gives each kept day the sentences that best say what
happened (`sentence_selection`), every sentence keeping its entry and so its
sources. It works on entries alone: it neither reads articles nor runs NLP.
Only day-precise dates are kept (a week or a month is not a key date).
"""

from __future__ import annotations

from datetime import date

from storyline.model import Entry, TimelineDay
from storyline.summarize.date_ranking import candidate_days, rank_days
from storyline.summarize.sentence_selection import choose_sentences, mention_text
from storyline.summarize.text import Idf


def summarize(
    entries: list[Entry],
    dates: int,
    per_date: int,
    start: date | None = None,
    end: date | None = None,
) -> list[TimelineDay]:
    """The `dates` most important days between `start` and `end`, each with up to `per_date` sentences.

    Days come back in calendar order.
    """
    days = rank_days(candidate_days(entries, start, end), dates)
    idf = Idf(mention_text(mention) for day in days for entry in day.entries for mention in entry.mentions)
    timeline: list[TimelineDay] = []
    shown: set[str] = set()
    for day in days:  # most important first: a sentence is shown under the day that matters most
        sentences = choose_sentences(day, per_date, idf, shown)
        shown.update(sentence.text for sentence in sentences)
        timeline.append(TimelineDay(day.day, day.importance, sentences))
    return sorted((day for day in timeline if day.sentences), key=lambda day: day.date)
