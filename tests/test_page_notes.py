"""Notes about the page, not the story: editor's notes, photo credits and captions, contact
addresses, a wire's credits and links, lines about the writer, bare datelines. Lines are from
Timeline17's pages of outlets other than the BBC (topic, publication date)."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storyline.extract.non_events import not_news
from storyline.extract.page_notes import page_note


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        # bpoil_guardian, 2010-05-02
        (
            "This article was amended on 8 May 2010 to correct the figure given for BP's total revenues in "
            "2009 from $327bn to $239bn.",
            "editor's note",
        ),
        ("Eric Gay\\/AP (This caption was amended on 6 May 2010.", "editor's note"),  # 2010-05-05
        (  # bpoil_guardian, 2010-05-05
            "A version appeared on p25 of the Main section section of the Guardian on 10.47 BST on "
            "Thursday 6 May 2010 Follow the latest environment news, comment and analysis on Twitter",
            "editor's note",
        ),
        ('The original said that Halliburton "made the cement casing" for the well.', "editor's note"),
        ('An earlier version of this story termed the effort "successful."', "editor's note"),  # 2010-05-28
        (  # bpoil_guardian, 2010-06-13
            "The following correction was printed in the Observer's For the record column, "
            "Sunday 20 June 2010",
            "editor's note",
        ),
        (  # H1N1_guardian, 2009-04-27
            "This article appeared on p28 of the Main section section of the Guardian on 00.01 BST on Monday "
            "27 April 2009.",
            "editor's note",
        ),
        ("This content has been removed as our copyright has expired.", "editor's note"),  # 2010-06-17
        ("This has been corrected.", "editor's note"),  # bpoil_guardian, 2010-06-18
        ("John Moore\\/Getty Images", "photo credit"),  # bpoil_guardian, 2010-05-28
        ("Charles Dharapak\\/AP", "photo credit"),  # bpoil_guardian, 2010-07-13
        (
            "A boy wears a mask inside a bus in Bogota May 4, 2009.",
            "photo caption",
        ),  # H1N1_reuters, 2009-05-04
        (  # H1N1_reuters, 2009-05-17
            "People wear face masks at a shopping street in Kobe, western Japan, May 17, 2009.",
            "photo caption",
        ),
        (  # bpoil_foxnews, 2010-05-31
            "BP PLC CEO Tony Hayward talks to reporters as he visits a Coast Guard command center in Venice, "
            "La., Sunday, May 30, 2010.",
            "photo caption",
        ),
        (
            "Letters for publication should be sent to: letters@guardian.co.uk",
            "contact address",
        ),  # 2010-05-17
        (  # bpoil_guardian, 2010-09-16
            "To contact the MediaGuardian news desk email editor@mediaguardian.co.uk or phone 02033533857.",
            "contact address",
        ),
        ("(For full coverage of the flu outbreak, click (nFLU))", "wire notes"),  # H1N1_reuters, 2009-05-02
        (
            "(ID: nLB765857) (Reporting by Lucy Hornby; Editing by Sanjeev Miglani)",
            "wire notes",
        ),  # 2009-06-17
        (  # H1N1_reuters, 2009-06-23
            "(For latest WHO figures please go to here) (Reporting by Marc Jones, editing by Mark Trevelyan)",
            "wire notes",
        ),
        (  # bpoil_washingtonpost, 2010-06-01
            "Staff writers David A. Fahrenthold, Garance Franke-Ruta, Steven Mufson and Dan Zak contributed "
            'to this report."',
            "credit line",
        ),
        ("The Associated Press contributed to this report.", "credit line"),  # bpoil_foxnews
        (  # bpoil_foxnews: a notice run on after it
            "FoxNews.com's Jeremy Kaplan contributed to this report Sign up for free e-mail news alerts from "
            "FoxNews.com and FoxBusiness.com.",
            "credit line",
        ),
        ("Associated Press writer Frederic J. Frommer contributed to this story.", "credit line"),
        ("(Fox's Kristin Brown contributed to this report.)", "credit line"),  # bpoil_foxnews
        ("ProPublica's Ryan Knutson contributed reporting to this story.", "credit line"),  # bpoil_guardian
        (  # Finan_washingtonpost
            "Correspondents Rama Lakshmi in New Delhi and Ellen Knickmeyer in Dubai, United Arab Emirates, "
            "contributed to this report.",
            "credit line",
        ),
        ("- Eric Auchard is a Reuters columnist.", "about the writer"),  # H1N1_reuters, 2009-04-28
        ("- Maria Sheahan is a Reuters senior correspondent in Frankfurt.", "about the writer"),  # 2009-05-14
        ("MEXICO CITY | Sat Apr 25, 2009 12:51 am BST MEXICO CITY (Reuters) -", "dateline"),  # 2009-04-25
        (  # H1N1_reuters, 2009-05-04
            "NUSA DUA, Indonesia | Mon May 4, 2009 6:47 am EDT NUSA DUA, Indonesia (Reuters) -",
            "dateline",
        ),
        # earlier versions of the page (Finan_washingtonpost, 2008-10-13; 2009-04-12)
        (
            "Earlier versions of this article, including in the print edition of The Washington Post, "
            "carried the wrong dateline.",
            "editor's note",
        ),
        (
            "A previous version of this edited transcript omitted part of John Williamson's answer to the "
            "question of whether he voted",
            "editor's note",
        ),
        # who made the page, after its photo's credit (Finan_washingtonpost, 2009-04-03) or alone (2009-06-29)
        (
            "(By Melina Mara -- The Washington Post) This article was reported jointly with ProPublica, an "
            "independent, non-profit newsroom that produces investigative journalism in the public interest.",
            "editor's note",
        ),
        (
            "This article was reported jointly with Jeff Gerth of ProPublica, an independent, non-profit "
            "newsroom that produces investigative journalism in the public interest.",
            "editor's note",
        ),
    ],
)
def test_a_note_about_the_page_is_no_news(line: str, kind: str) -> None:
    assert page_note(line) == kind
    assert not_news(line) == kind


@pytest.mark.parametrize(
    "line",
    [
        # a wire's code run into a report (H1N1_reuters, 2009-04-27) or closing one (2009-05-05)
        "(ID: nFLU) All these glove making firms export most of their products to North and South American "
        "markets.",
        "Mexican President Felipe Calderon condemned the measure as discrimination against his compatriots "
        "(nSP348835).",
        # a headline run into its dateline (H1N1_reuters, 2009-05-07), and a headline (2009-05-16)
        "Flu hygiene hard in slums as Mexico scrubs off flu CIUDAD NEZAHUALCOYOTL, Mexico | Thu May 7, 2009 "
        "4:26 pm EDT CIUDAD NEZAHUALCOYOTL, Mexico (Reuters) -",
        "Two cases of H1N1 flu confirmed in Turkey \\*",
        # a fact closing on a place and a day (MJ_bbc, 2010-06-29), news closing on its day (bpoil_reuters,
        # 2010-09-19)
        "Son Gordon Kyle Armstrong Mathews died in Vancouver, BC January 18, 1978.",
        'With a final shot of cement, BP Plc permanently "killed" the runaway Macondo well in the Gulf of '
        "Mexico that had unleashed the worst oil spill in U.S. history, the top U.S. spill official said on "
        "September 19, 2010.",
        # words joined by a slash in a report are no credit (bpoil_bbc, 2010-05-11)
        "An oil company sent me a drum of the crude oil\\/water emulsion and we tried soaking it up with "
        "mats of the wool.",
        # news of a report's publication and of a writer, not of the page (bpoil_guardian, 2010-12-16;
        # 2010-06-10)
        "But Holder said the complaint could be amended at a later date, and that criminal and civil "
        "investigations into the oil disaster would continue.",
        "A New York Times columnist, Andrew Ross Sorkin, guessed that the cost of the gulf disaster could "
        "reach a staggering $40bn (£27bn), making corporate collapse a real possibility (calmer industry "
        "experts put the cost at $5bn to $15bn).",
        # what contributed to a crisis, not to the page (Finan_washingtonpost; H1N1_bbc), and a report's
        # findings
        "This plan can not be a welfare program for CEOs whose greed and irresponsibility has contributed to "
        "this crisis.",
        "The media have contributed to this immensely.",
        "Investigators said the missing tests contributed to the report's grim conclusion.",
        # who wrote a report is news about the report, not a credit of the page
        "Scientists who contributed to the report said the oil would reach Florida.",
        "Dozens of experts contributed to the report, which found BP cut corners.",
        # working jointly is no page's making (Finan_washingtonpost, 2009-02-10)
        "The third piece of this program: Working jointly with the Federal Reserve, we are prepared to "
        "commit up to $1 trillion to support consumer and business lending.",
    ],
)
def test_news_with_the_marks_of_a_note_is_kept(line: str) -> None:
    assert page_note(line) is None


def test_a_prompt_to_subscribe_calls_to_readers() -> None:
    # bpoil_guardian, 2010-07-23
    assert not_news("Subscribe to the RSS feed and be first to know.") == "call to readers"


@pytest.mark.parametrize(
    "line",
    [
        "( " * 100_000,  # every bracket once opened a search for "this article" to the run's end
        "a." * 100_000,  # every word once opened a search for an "@" to the run's end
        "((this article was amended" + " (" * 100_000,  # and the note before the run is still one
        "(For more " + "news " * 20_000 + ")",  # two runs of words side by side were tried every way
    ],
)
def test_a_long_run_of_marks_is_read_in_one_pass(line: str) -> None:
    started = time.process_time()
    kind = page_note(line)
    assert time.process_time() - started < 1.0  # a 20,000-character run took 4 s, these minutes
    assert kind == ("editor's note" if "this article" in line else None)


@pytest.mark.parametrize(
    "line",
    [
        "John Moore/Getty Images" + "." * 30_000 + " x",  # a name's closing dots given back one by one
        "Charles Dharapak/AP" + "-'" * 15_000 + " in",
        "(Reuters)" + " " * 30_000 + "x",  # the spaces around a dateline's dash shared out every way
        "MEXICO CITY (Reuters) -" + " " * 30_000 + "- x",
    ],
)
def test_a_line_closed_by_a_long_run_is_read_in_one_pass(line: str) -> None:
    started = time.process_time()
    kind = page_note(line)
    assert time.process_time() - started < 1.0  # 30,000 characters took 3 to 5 s, growing as their square
    assert kind is None


_NOTE_KINDS = {
    None,
    "editor's note",
    "photo credit",
    "photo caption",
    "contact address",
    "wire notes",
    "about the writer",
    "dateline",
}
_MEGABYTE = 1_000_000


def _megabyte(piece: str, end: str = "") -> str:
    return piece * ((_MEGABYTE - len(end)) // len(piece)) + end


@pytest.mark.parametrize(
    "line",
    [
        _megabyte("(", "this article was amended"),
        _megabyte(")"),
        _megabyte("(a("),
        _megabyte("[{<"),
        _megabyte(".", "x"),
        _megabyte("a.", "@"),
        _megabyte("a@"),
        "a@b" + _megabyte(".c", "@"),
        "John Moore/Getty Images" + _megabyte(".", " x"),
        "(Reuters)" + _megabyte(" ", "x"),
        "Eric Auchard is a Reuters columnist at " + _megabyte("!", "x"),
        "(For more " + _megabyte("news ", "click"),
        "(Reporting " + _megabyte("(a) ", "by"),
        _megabyte("in A May 1, 2009 ", "!x"),
        _megabyte("A ", "| (Reuters"),
        _megabyte("1"),
        _megabyte("0.5,"),
        _megabyte("x"),  # no space at all
        _megabyte("Мексика 墨西哥 مكسيك "),
        _megabyte("\x00\x1b[31m\u200b\u202e\r"),
    ],
)
def test_a_megabyte_line_is_read_in_linear_time(line: str) -> None:
    started = time.process_time()
    kind = page_note(line)
    assert time.process_time() - started < 3.0  # each about 0.1 to 0.5 s
    assert kind in _NOTE_KINDS


_HOSTILE = st.sampled_from(
    [
        "(", ")", "((", "))", "[", "]", ".", "...", "-", "—", "'", "/", "\\/", "|", "@", "a@b.c", "x.y@z",
        "1", "2009", "12:51", ",", " ", "  ", "\n", "\t", "\x00", "\x1b", "\u200b", "\u202e", "é", "ß",
        "ſ", "ı", "İ", "Мексика", "墨西哥", "مكسيك", "😷", "this article was amended", "This has been",
        "John Moore/Getty Images", "(Reuters)", "MEXICO CITY", "Sat Apr 25, 2009 12:51 am BST", "(nFLU)",
        "(ID: nHKG372361)", "(Reporting by", "For more", "click", "$1 =", "is a Reuters columnist",
        "writes about", "in Mexico City", "May 4, 2009", "on", "said",
    ]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(_HOSTILE, st.integers(1, 300)), max_size=12))
def test_hostile_lines_never_raise(pieces: list[tuple[str, int]]) -> None:
    line = "".join(piece * times for piece, times in pieces)
    assert page_note(line) in _NOTE_KINDS
    assert page_note(line.upper()) in _NOTE_KINDS
    not_news(line)
