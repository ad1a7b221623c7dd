"""The overview's order among entries its ranking holds alike: thousands of entries that one article
tells tie at salience 1.0 (H1N1_bbc: 3,062 of 3,247), and which of them a view shows was decided by
their ids, hashes of no meaning. Now by how much their words are the story's, then by where they are
first told: the same view whatever the ids and whatever order the entries come in (sentences from
H1N1_bbc, where they stand in their articles)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from conftest import T17, needs, topic_words
from conftest import told_entry as _told
from storyline.merge.main_events import main_events
from storyline.model import Entry
from storyline.pipeline import Pipeline, ingest
from storyline.store import EntryFilter, Store

RAISED = "The World Health Organization has raised its pandemic alert to five, the second-highest level."
DIED = "Jacqueline Fleming, 38, from Glasgow, died on Sunday at the Royal Alexandra Hospital in Paisley."
# 77 characters into a 27 May article, after its headline
AUSTRALIA = "The number of swine flu cases in Australia has doubled in the last day to 59."
# 276 characters into a 2 May article: a novelist's interview that names swine flu once
JODI = "Jodi's first story was called The Lobster Which Misunderstood."
# a 30 June article: the caption that stands first, and its lead, 191 characters in
IMRAN = 'Imran Ahmad said his daughter had "been through a lot"'
SAMEERAH = (
    "Sameerah Ahmad died at Birmingham Children's Hospital on Friday evening after contracting the virus."
)


def _one_article(
    entry_id: str, day: str, word: str, text: str, at: int, actor: str, published: date, document: str = ""
) -> Entry:
    """An entry that one article (`document`, else its own) tells, its report `at` characters in."""
    entry = _told(entry_id, day, 1.0, word, text, published)
    mention = entry.mentions[0]
    moved = replace(
        mention,
        document=document or mention.document,
        path=f"{document}.txt" if document else mention.path,
        start=at,
        end=at + len(text),
        event_start=(mention.event_start or 0) + at,
        event_end=(mention.event_end or 0) + at,
    )
    return replace(entry, mentions=[moved], actors=[actor])


def _two_articles() -> list[Entry]:
    return [
        _told("raised", "2009-05-01", 3.0, "raised", RAISED, date(2009, 5, 1), date(2009, 5, 2)),
        _told("died", "2009-06-14", 2.0, "died", DIED, date(2009, 6, 15), date(2009, 6, 15)),
    ]


@needs(T17 / "H1N1_bbc")
def test_of_leads_tied_at_one_article_the_storys_news_comes_first_whatever_the_ids() -> None:
    """Two one-article leads alike in every term of the ranking: the overview's one place left goes to
    the one whose words the collection's articles use (swine, flu, cases: 0.16 of them on average),
    not to a novelist's interview (0.03), whichever id sorts first and whichever comes first."""
    words = topic_words("H1N1_bbc")
    for first_id, second_id in (("a", "z"), ("z", "a")):
        jodi = _one_article(first_id, "2009-05-02", "called", JODI, 276, "Jodi Picoult", date(2009, 5, 2))
        cases = _one_article(
            second_id, "2009-05-27", "doubled", AUSTRALIA, 77, "Australia", date(2009, 5, 27)
        )
        for story in ([*_two_articles(), jodi, cases], [cases, *_two_articles(), jodi]):
            chosen = [e.summary for e in main_events(story, 3, words)]
            assert chosen == [RAISED, AUSTRALIA, DIED]


def test_a_caption_standing_first_gives_its_article_s_place_to_the_news() -> None:
    """An article leads with one piece of news, the first of its lead: a caption that stands before
    it ("Imran Ahmad said ...", a quote's frame, no news for an overview) is not that news, and had
    kept the death it captions out of the articles' leads."""
    imran = _one_article("imran", "2009-06-30", "said", IMRAN, 0, "Imran Ahmad", date(2009, 6, 30), "ahmad")
    sameerah = _one_article(
        "sameerah", "2009-06-26", "died", SAMEERAH, 191, "Sameerah Ahmad", date(2009, 6, 30), "ahmad"
    )
    story = [*_two_articles(), imran, sameerah]
    assert [e.id for e in main_events(story, 3)] == ["raised", "died", "sameerah"]


def test_the_most_salient_entries_of_a_store_are_those_told_highest_in_their_articles(
    tmp_path: Path, isolated_pipeline: Pipeline
) -> None:
    """Entries tied at one salience are cut by where they are first told, not by id: of three
    articles' six one-article entries, the three most salient are each article's first sentence."""
    folder = tmp_path / "in"
    folder.mkdir()
    articles = {
        "a": ("Troops arrived in Kursk on Wednesday.", "The mayor thanked volunteers on Thursday."),
        "b": ("The sabotage was reported on Friday.", "Engineers repaired the line on Saturday."),
        "c": ("Floods closed the bridge on Monday.", "Residents collected sandbags on Tuesday."),
    }
    for name, (lead, body) in articles.items():
        (folder / f"{name}.txt").write_text(f"date 2024-10-26\n{lead} {body}\n", encoding="utf-8")
    with Store(tmp_path / "s.db") as store:
        ingest([folder], store, isolated_pipeline)
        every = store.entries(EntryFilter())
        assert len({entry.salience for entry in every}) == 1
        top = store.entries(EntryFilter(most_salient=3))
        assert sorted(entry.summary for entry in top) == sorted(lead for lead, _ in articles.values())
