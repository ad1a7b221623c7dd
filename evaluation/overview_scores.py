"""Score a store's default view (`storyline timeline`) against Timeline17's reference timelines.

The overview is read as a timeline of its dated entries: each entry's sentence on its calendar
day, within each reference's span, scored with the TLS metrics of `storyline eval tls` (date F1,
AR-1 F1, AR-2 F1, averaged over the topic's references). It also counts entries of three or more
articles whose reports are alike the entry's own sentence in fewer than half of those articles
(a proxy of chained entries; a reading decides). The topic is the store file's name
(`bpoil_bbc.db`). Not imported by storyline.

    python evaluation/overview_scores.py /tmp/x/bpoil_bbc.db [--corpus ../shared/corpus/t17] [--show]
"""

from __future__ import annotations

import argparse
import statistics
from pathlib import Path

from storyline.evaluate.timeline17 import read_topics
from storyline.evaluate.tls_eval import named_scores
from storyline.evaluate.tls_metrics import score_timeline
from storyline.merge.retelling import COHERENT, Told
from storyline.present.safe_text import one_line
from storyline.present.views import main_events
from storyline.store import Store
from storyline.timevalue import calendar_day


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("--corpus", type=Path, default=Path("../shared/corpus/t17"))
    parser.add_argument("--show", action="store_true", help="print the view, one entry a line")
    options = parser.parse_args()
    topic = options.db.stem
    store = Store(options.db)
    view = main_events(store)
    references = {t.name: t for t in read_topics(options.corpus)}[topic].timelines
    scores = []
    for reference in references:
        timeline: dict = {}
        for entry in view:
            day = calendar_day(entry.date)
            if day and reference.first <= day <= reference.last:
                timeline.setdefault(day, []).append(entry.summary)
        named = named_scores(score_timeline(timeline, reference.days))
        scores.append((named["date"].f1, named["ar1"].f1, named["ar2"].f1))
    date_f1, ar1, ar2 = (round(statistics.mean(values), 4) for values in zip(*scores, strict=True))
    words = store.article_words()
    large = chained = 0
    for entry in view:
        lead, articles = Told.of_sentence(entry.summary, words), {}
        for mention in entry.mentions:
            overlap = lead.overlap(Told.of_sentence(mention.text, words))
            articles[mention.document] = max(articles.get(mention.document, 0.0), overlap)
        if len(articles) >= 3:
            large += 1
            chained += 2 * sum(value >= COHERENT for value in articles.values()) < len(articles)
    print(
        f"{topic}: view {len(view)}, date F1 {date_f1}, AR-1 F1 {ar1}, AR-2 F1 {ar2}; "
        f"entries of 3+ articles {large}, alike in under half of them {chained}"
    )
    if options.show:
        for number, entry in enumerate(view, 1):
            print(f"#{number}\t{entry.date}\t{entry.sources}\t{one_line(entry.summary)[:160]}")


if __name__ == "__main__":
    main()
