"""An outlet's notice run into the last words of an article, caption or headline is cut into a
sentence of its own (`analyse.notice_cuts`, `analyse.segment`): the news before it is kept, the
notice is dropped as furniture (`extract.page_notes`, `non_events`). Lines are from Timeline17 pages
as the reader hands them to the parser (topic, publication date)."""

from __future__ import annotations

import pytest

from conftest import sentences_of
from storyline.extract.non_events import not_news

# bpoil_guardian, 2010-06-15: headline, standfirst, then the page's letters and help lines
GUARDIAN = (
    "BP oil spill: the growing onslaught of public anger The Deepwater Horizon oil spill has unleashed a "
    "rising tide of public fury at the energy giant Letters for publication should be sent to: "
    "letters@guardian.co.uk If you need help using the site: userhelp@guardian.co.uk"
)


@pytest.mark.parametrize(
    ("line", "news", "notice"),
    [
        (  # the headline before it is a sentence of its own (`analyse.headline_cuts`)
            GUARDIAN,
            "The Deepwater Horizon oil spill has unleashed a rising tide of public fury at the energy giant",
            "Letters for publication should be sent to:",
        ),
        (  # bpoil_reuters, 2010-08-02: the wire's credit in brackets after the last sentence
            'More information, including maps of the 2010 "dead zone" can be found here (Reporting by '
            "Deborah Zabarenko, editing by Doina Chiacu)",
            'More information, including maps of the 2010 "dead zone" can be found here',
            "(Reporting by Deborah Zabarenko, editing by Doina Chiacu)",
        ),
        (  # bpoil_guardian, 2010-05-02: a related story's headline, then the call to follow on Twitter
            "Obama postpones trip to Australia and Indonesia to visit region Follow the latest environment "
            "news, comment and analysis on Twitter",
            "Obama postpones trip to Australia and Indonesia to visit region",
            "Follow the latest environment news, comment and analysis on Twitter",
        ),
    ],
)
def test_a_notice_run_into_news_is_cut_from_it(pipeline, line: str, news: str, notice: str) -> None:  # type: ignore[no-untyped-def]
    sentences = sentences_of(pipeline, line)
    after = sentences[sentences.index(news) + 1 :]
    assert not_news(news) is None
    assert any(sentence.startswith(notice) for sentence in after)
    assert all(not_news(sentence) is not None for sentence in after)


def test_a_credit_line_and_the_notice_run_into_it_are_cut_apart_and_both_dropped(pipeline) -> None:  # type: ignore[no-untyped-def]
    """bpoil_foxnews, 2010-06-09: the report's credit line, then the site's call to sign up."""
    line = (
        "The Associated Press contributed to this report Sign up for free e-mail news alerts from "
        "FoxNews.com and FoxBusiness.com."
    )
    sentences = sentences_of(pipeline, line)
    assert sentences == [
        "The Associated Press contributed to this report",
        "Sign up for free e-mail news alerts from FoxNews.com and FoxBusiness.com.",
    ]
    assert [not_news(sentence) for sentence in sentences] == ["credit line", "call to readers"]


def test_cut_sentences_give_back_the_text(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = pipeline.nlp(GUARDIAN)
    assert len(list(doc.sents)) >= 3
    assert "".join(sentence.text_with_ws for sentence in doc.sents) == GUARDIAN
    assert all(GUARDIAN[s.start_char : s.end_char] == s.text for s in doc.sents)


@pytest.mark.parametrize(
    "line",
    [
        # a title's words in capitals (MJ_bbc, 2011-06-13), a call to the reader inside a live blog's entry
        # (bpoil_guardian, 2010-05-11), followers on Twitter (haiti_bbc, 2010-01-15)
        "Written by Sarah Daniels, But If You Try Sometimes stars Lesley Manville and also features Amy "
        "Golden, a young actor with cerebral palsy.",
        "If you are following these hearings on Twitter, then there's some excellent live tweeting going on "
        "from Kate Sheppard @kate_sheppard and my excellent colleague Suzanne Goldenberg @suzyji",
        "After all, the American Red Cross had only a modest number of followers on Twitter when their "
        "appeal was launched.",
    ],
)
def test_words_of_a_notice_inside_news_make_no_cut(pipeline, line: str) -> None:  # type: ignore[no-untyped-def]
    assert sentences_of(pipeline, line) == [line]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Letters for publication should be sent to: letters@guardian.co.uk", "contact address"),
        ("Letters for publication should be sent to:", "contact address"),  # its address cut off
        ("Content and Programming Copyright 2010 Fox News Network, LLC.", "copyright line"),  # bpoil_foxnews
        ("A version appeared in the Guardian on", "editor's note"),  # bpoil_guardian, 2010-07-25
        ("Sign up for free e-mail news alerts from FoxNews.com and FoxBusiness.com.", "call to readers"),
    ],
)
def test_a_notice_alone_is_still_dropped(line: str, kind: str) -> None:
    assert not_news(line) == kind
