"""How a store's default view (`storyline timeline`) is spread over the story's months, beside the
collection's articles and Timeline17's reference timelines.

For each month: the articles published in it, the view's entries dated in it (a week or a month by its
first day; entries with no time apart), the reference timelines' dates in it (all of the topic's
references together), and, with `--missing`, the days of the main events a judge found missing. The
topic is the store file's name (`bpoil_bbc.db`). Not imported by storyline.

    python evaluation/view_spread.py /tmp/x/bpoil_bbc.db [--corpus ../shared/corpus/t17]
        [--missing 2010-04-26,2010-04-29,...]
"""

from __future__ import annotations

import argparse
from collections import Counter
from datetime import date
from pathlib import Path

from storyline.evaluate.timeline17 import read_topics
from storyline.present.views import main_events
from storyline.store import Store
from storyline.timevalue import bounds


def _month(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("--corpus", type=Path, default=Path("../shared/corpus/t17"))
    parser.add_argument("--missing", default="", help="comma-separated days (YYYY-MM-DD) of missed events")
    options = parser.parse_args()
    store = Store(options.db)
    view = main_events(store)
    articles = Counter(_month(day) for day in store.publication_dates())
    shown: Counter[str] = Counter()
    for entry in view:
        span = bounds(entry.date)
        shown[_month(span[0]) if span else "no time"] += 1
    references: Counter[str] = Counter()
    topics = {topic.name: topic for topic in read_topics(options.corpus)}
    if options.db.stem in topics:
        for reference in topics[options.db.stem].timelines:
            references.update(_month(day) for day in reference.days)
    missing = Counter(_month(date.fromisoformat(day)) for day in options.missing.split(",") if day)
    total = sum(articles.values())
    dates = sum(references.values())
    print(f"{options.db.stem}: view {len(view)}, articles {total}, reference dates {dates}")
    print("month    articles view view/art articles' share of the view reference missing")
    for when in sorted(set(articles) | set(shown) | set(references) | set(missing)):
        ratio = f"{shown[when] / articles[when]:.2f}" if articles[when] else "-"
        owed = len(view) * articles[when] / total if total else 0.0
        print(
            f"{when:8} {articles[when]:8} {shown[when]:4} {ratio:>8} {owed:28.1f} "
            f"{references[when]:9} {missing[when]:7}"
        )


if __name__ == "__main__":
    main()
