"""Where each entry stands in a store's overview ranking, and why one left out is not shown.

Prints the default view's lines with their place in `merge.main_events`' ranking (`rank_terms`),
their told salience and what it counts, and, for the entries named with `--ids` (main events a reader
missed), the same and the overview's tests that keep each out, asked against the view as chosen
(or its place in the view); with `--held`, every candidate ranked above the view's weakest line that
the view leaves out, with the same tests and a count of the first test each one meets; with `--tie`,
the candidates that share the weakest line's told salience, grouped by the rest of the ranking's key:
within a group the tie-breakers decide (stored salience, story words, where first told). Not imported
by storyline.

    python evaluation/view_ranks.py /tmp/x/bpoil_bbc.db [--ids 37968db19e,7b05dea089] [--held] [--tie]
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from dataclasses import replace
from pathlib import Path

from storyline.merge import main_events as me
from storyline.merge.similarity import DocumentFrequency
from storyline.merge.view_lines import no_news
from storyline.model import Entry
from storyline.present.safe_text import one_line
from storyline.present.views import CANDIDATES, current_names, main_events, main_events_shown
from storyline.store import EntryFilter, Store


def _why_out(entry: Entry, overview: me.Overview) -> list[str]:
    """The overview's tests that keep the entry out, asked against the view as chosen (`offer` asks
    them in turn as it chooses, so the first that held it back may differ)."""
    when = (entry.date or "")[:10]
    key = (when, me.event_key(entry))
    reasons = []
    if key[1] and key in overview.seen:
        reasons.append(f"same event word {key[1]!r} on its day")
    if me.said_once(entry) in overview.said:
        reasons.append("same sentence shown")
    if overview.shown[when] >= (overview.per_day if me.calendar_day(when) else me.PER_PERIOD):
        holding = " ".join(shown.id[:10] for shown in overview.chosen if (shown.date or "")[:10] == when)
        reasons.append(f"day full ({overview.shown[when]}) {holding}")
    if no_news(entry, overview.first):
        reasons.append("no news (view_lines)")
    if me.off_the_story(entry, overview.weights):
        reasons.append("off the story")
    for shown in overview.chosen:
        alone = me.Overview(overview.count, overview.weights, overview.first)  # which shown one holds it
        alone._choose(shown)
        if alone._a_facet(entry):
            reasons.append(f"a facet of a shown one {shown.id[:10]}")
    for shown in overview.chosen:
        alone = me.Overview(overview.count, overview.weights, overview.first)
        alone._choose(shown)
        if alone._same_news(entry):
            reasons.append(f"same news as a shown one {shown.id[:10]}")
    this = overview._told(entry)
    for shown, other in zip(overview.chosen, overview.shown_told, strict=True):
        if this.alike(other) or this.retold_in_a_report(other):
            reasons.append(f"retells {shown.id[:10]}")
    left_out = [other for other in overview.told if other not in overview.shown_told]
    if any(overview._retells(this, other) for other in left_out):
        reasons.append("retells a sentence left out as a retelling")
    if overview._explains(entry) or overview._details_a_lead(entry):
        reasons.append("explains or details a shown lead")
    if not reasons and entry.sources < 2 and not me.leads_with_a_deed(entry):
        reasons.append("one article, not its lead's deed")
    return reasons or ["ranked below the view's weakest line"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("--ids", default="", help="comma-separated entry ids (prefixes) to explain")
    parser.add_argument("--held", action="store_true", help="explain lines ranked above the weakest shown")
    parser.add_argument("--tie", action="store_true", help="the candidates tied with the weakest shown")
    options = parser.parse_args()
    store = Store(options.db)
    count = main_events_shown(store.document_count())
    words, first = store.article_words(), store.first_publication_date()
    read = store.entries(replace(EntryFilter(), most_salient=count * CANDIDATES))
    candidates = current_names(store.actor_registry(), read)
    terms = me.rank_terms(candidates, words)
    ranked = sorted(candidates, key=lambda entry: terms[entry.id].order)  # as `main_events` ranks them
    place = {entry.id: at for at, entry in enumerate(ranked, 1)}
    view = main_events(store)
    overview = me.Overview(count, words, first)
    for entry in view:
        overview._choose(entry)
    # the day's cap of the last round the view took entries in: a day over `PER_DAY` means a later round ran
    days = [overview.shown[day] for day in overview.shown if me.calendar_day(day)]
    overview.per_day = max([me.PER_DAY, *days])
    weakest = max((place[entry.id] for entry in view if entry.id in place), default=0)
    print(f"view {len(view)} of {len(ranked)} candidates; its weakest line ranks {weakest}")
    for number, entry in enumerate(view, 1):
        print(_line(f"#{number}", entry, place, words))
    if options.held:
        _print_held(ranked[:weakest], view, overview, place, words)
    if options.tie and weakest:
        _print_tie(ranked, ranked[weakest - 1], view, terms, place)
    wanted = [prefix for prefix in options.ids.split(",") if prefix]
    if wanted:
        print("\nnamed:")
    everything = {entry.id: entry for entry in store.entries()}
    for prefix in wanted:
        found = [entry for entry_id, entry in everything.items() if entry_id.startswith(prefix)]
        if not found:
            print(f"{prefix}\tnot in the store")
            continue
        entry = found[0]
        shown = [number for number, chosen in enumerate(view, 1) if chosen.id == entry.id]
        if shown:
            reasons = [f"in the view (#{shown[0]})"]
        else:
            reasons = _why_out(entry, overview) if entry.id in place else ["not among the candidates"]
        print(_line(prefix, entry, place, words) + f"\n\t-> {'; '.join(reasons)}")


def _print_held(
    above: list[Entry],
    view: list[Entry],
    overview: me.Overview,
    place: dict[str, int],
    words: DocumentFrequency,
) -> None:
    """The entries ranked above the view's weakest line that it leaves out, each with the tests that
    keep it out now, and how many meet each test first. One that meets none was passed over when it
    was offered (its day full in that round, or a retelling of a line left out then)."""
    shown = {entry.id for entry in view}
    held = [entry for entry in above if entry.id not in shown]
    print(f"\nheld out above the weakest line: {len(held)}")
    first: Counter[str] = Counter()
    for entry in held:
        reasons = _why_out(entry, overview)
        if reasons == ["ranked below the view's weakest line"]:
            reasons = ["passed over when offered"]
        first[_HELD_DETAIL.sub("", reasons[0])] += 1
        print(_line("held", entry, place, words) + f"\n\t-> {'; '.join(reasons)}")
    print("first test met: " + ", ".join(f"{test} {count}" for test, count in first.most_common()))


def _print_tie(
    ranked: list[Entry],
    weakest: Entry,
    view: list[Entry],
    terms: dict[str, me.RankTerms],
    place: dict[str, int],
) -> None:
    """The candidates whose told salience is the weakest shown line's, and how the ranking orders
    them: by the rest of its key (`RankTerms.order`), then, within a group of equal terms, by the
    stored salience, a one-article entry's story words and where it is first told (`tie_order`)."""
    told = terms[weakest.id].told
    tie = [entry for entry in ranked if terms[entry.id].told == told]
    shown = {entry.id for entry in view}
    print(
        f"\ntied at told {told:.3f}: {len(tie)} candidates, ranks {place[tie[0].id]}-{place[tie[-1].id]}, "
        f"{sum(entry.id in shown for entry in tie)} shown"
    )
    groups: dict[tuple[bool, bool, bool, int, float], list[Entry]] = {}
    for entry in tie:
        _, undated, needs_its_page, not_a_deed, leads, *_ = terms[entry.id].order
        groups.setdefault((not undated, needs_its_page, not_a_deed, -leads, entry.salience), []).append(entry)
    for (dated, page, not_a_deed, leads, salience), members in groups.items():
        mark = " <- the weakest shown" if weakest in members else ""
        print(
            f"  dated {dated!s:5} needs its page {page!s:5} not a deed {not_a_deed!s:5} leads {leads} "
            f"sal {salience:.3f}: {len(members)}, ranks {place[members[0].id]}-{place[members[-1].id]}, "
            f"{sum(entry.id in shown for entry in members)} shown{mark}"
        )


_HELD_DETAIL = re.compile(r" \(\d+\)| '[^']*'| [0-9a-f]{10}\b")  # a count, a word or an id of a test's line


def _line(label: str, entry: Entry, place: dict[str, int], words: DocumentFrequency) -> str:
    """The entry's place, salience and told salience (`rank_terms`) and what this counts: its
    articles (a reprint once), those that tell it alike its sentence, the days it is told on, and of
    those alike how many open with it, tell it in their lead paragraph as its news or tell it as
    their day's news."""
    terms = me.rank_terms([entry], words)[entry.id]
    counts = f"art {terms.articles} alike {terms.alike} days {terms.days} "
    counts += f"open {terms.opened} lead {terms.led} fresh {terms.fresh}"
    return (
        f"{label}\t{entry.id[:10]}\trank {place.get(entry.id, '-')}\t{entry.date}\t"
        f"sal {entry.salience:.3f} told {terms.told:.3f} {'dated' if terms.dated_news else '     '}\t"
        f"{counts}\t{one_line(entry.summary)[:110]}"
    )


if __name__ == "__main__":
    main()
