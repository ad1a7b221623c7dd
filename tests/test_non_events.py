"""What is on a news page but is no event: reader comments, calls and questions to readers,
live-blog clock stamps and garbled text. Lines are from the Timeline17 BBC pages."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import T17, events_of, extraction_of, needs
from storyline.analyse.comment_section import comments_start
from storyline.extract.non_events import is_garbled, not_news
from storyline.extract.sections import is_credit_line, is_live_blog
from storyline.model import Event
from storyline.pipeline import Pipeline


def _events(pipeline: Pipeline, text: str, published: date) -> list[Event]:
    return events_of(pipeline, text, published)


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Have you been affected by swine flu?", "addressed to readers"),
        ("The BBC may edit your comments and not all emails will be published.", "addressed to readers"),
        ("Send us your pictures and videos.", "call to readers"),
        ("Is BP spill hurting UK reputation in the USA?", "question"),
        ("sensiblegrannie wrote: Up until now we have been the dominant species.", "reader comment"),
        ("The rigâ€™s owner, Transocean, said it was cooperating.", "garbled text"),
        ("i c n th n v i # t s h i BBC", "garbled text"),
        ("BACK {current} of {total} NEXT The pun - ancient artform.", "page template"),
        # bpoil_washingtonpost: calls to look at a page's graphics, and its script data
        ("View how tourism, commerce and the coastline are all at risk.", "call to readers"),
        (
            "Explore all of our oil spill graphics to track the spill, see its effects, and learn its "
            "possible solutions.",
            "call to readers",
        ),
        ("See the major forms oil takes on upon water contact.", "call to readers"),
        (
            "(John Fitzhugh\\/associated Press) View how tourism, commerce and the coastline are all at "
            "risk.",
            "call to readers",
        ),
        (
            "Browse this A-Z list to find contributors that are listed within BBC Archive Collections.",
            "call to readers",
        ),  # MJ_bbc
        (
            '(AP) {"title": "Playing the oil prices money game", "description": "Investors, not oil '
            "companies, make up about two thirds of all the oil being traded",
            "code",
        ),
        (
            "Clare Spencer | 09:06 UK time, Tuesday, 8 June 2010 Commentators discuss how BP and the US "
            "government are responding to the BP oil spill.",
            "byline",
        ),
        (
            "Haiti : a race to survive - 21 hrs ago IAfrica.com Haiti quake : Take That join line-up - "
            "8 hrs ago Billboard",
            "links to other sites",
        ),
        ("6 January 2011 Last updated at 01:53 GMT Help", "update stamp"),
        ("09:27 UK time, Friday, 28 May 2010", "update stamp"),
        ("Page last updated at 16:51 GMT, Tuesday, 19 January 2010", "update stamp"),
        (
            "Page last updated at 07:02 GMT, Friday, 16 September 2011 08:02 UK (an error occurred while "
            "processing this directive)",
            "update stamp",
        ),
        ("Last updated: 19 January, 2010 - 14:10 GMT", "update stamp"),
        ("Last updated: 1 may, 2009 - 17:54 GMT", "update stamp"),  # H1N1_bbc, 2009-05-01
        ("Friday, December 19, 2008; 10:02 AM --", "update stamp"),
        ("(By Dennis Cook -- Associated Press)", "photo credit"),
        ("HONG KONG, May 2 (Reuters) -", "dateline"),
        ("(Photos By Melina Mara -- The Washington Post)", "photo credit"),
        ("John Curry, from BP, explains how the funnel should work", "caption or listing"),
        (
            "Richard Villar, an orthopaedic surgeon, discusses the role of emergency response units.",
            "caption or listing",
        ),
        (
            "Valerie Moliere, 15, describes the scene in Haiti in the wake of an earthquake.",
            "caption or listing",
        ),
    ],
)
def test_page_furniture_is_not_news(line: str, reason: str) -> None:
    assert not_news(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "Carol Browner, President Barack Obama's adviser on energy policy, says the spill is the worst "
        "environmental disaster in US history.",
        "Thad Allen, the US coastguard official, describes the leak as under control.",
        "Operator Transocean, under contract for BP, explains that it had no warning of trouble.",
    ],
)
def test_a_speaker_who_claims_something_is_no_listing(line: str) -> None:
    """A video's caption or a programme's listing says what a clip is about; a speaker who says,
    explains that, or describes something as something claims it (bpoil_bbc, haiti_bbc)."""
    assert not_news(line) is None


@pytest.mark.parametrize(
    "line",
    [
        '"See, I know we can get some consensus in here," Obama ad-libbed.',  # Finan_washingtonpost
        # a view, the noun, heading a report (bpoil_bbc, 2010-06-09)
        "View from Cordova's Alaskan Hotel: ` The Valdez broke a lot of people ' Mr Kopchak, of the science "
        "center, said he doesn't think Cordova will be the same again until the herring recover.",
        # braces in a report are no script data (Finan_washingtonpost)
        "Pennsylvania and Sen. John Mc Cain {F.H. E. Regulatory Reform Act of 2005, S. 190} can partner to "
        "make this demand.",
        # a call's word opening a hyphenated one is no call
        "See-through containment domes were lowered on Friday.",
        "Follow-up tests confirmed the case.",
        "(Reuters) Tell-tale signs of oil reached the beach.",
    ],
)
def test_a_report_opening_like_a_call_is_kept(line: str) -> None:
    assert not_news(line) is None


def test_a_time_and_a_bar_inside_a_report_are_no_byline() -> None:
    assert not_news("Trading closed at 17:30 | London | after BP shares fell 6%.") is None
    assert not_news("The flow of oil was shut off at 1425 local time (1925 GMT) on Thursday.") is None


def test_a_headline_in_capitals_is_news() -> None:
    assert not_news("CHARGERS' WILLIAMS ARRESTED ON SUSPICION OF DUI") is None  # ECB+ 35


def test_a_report_that_a_stamp_or_a_heading_runs_into_is_told_alone(pipeline: Pipeline) -> None:
    """BBC pages run the update stamp and a fact box's heading into the report that follows."""
    text = (
        "6 January 2011 Last updated at 01:53 GMT Help Management and communication failures at BP "
        "were partly responsible for the Gulf spill, a report says.\n"
        "NEW CAP FOR LEAKING OIL WELL In June, BP placed a cap, known as an LMRP cap, over the top of "
        "the Deepwater Horizon well.\n"
        "09:27 UK time, Friday, 28 May 2010 The amount has risen since Saturday, and implies more than "
        "half the estimated 12,000 to 19,000 barrels leaking each day is now being captured.\n"
    )
    events = _events(pipeline, text, date(2011, 1, 6))
    sentences = {event.text.strip() for event in events}
    assert any(s.startswith("Management and communication failures") for s in sentences)
    assert any(s.startswith("In June, BP placed a cap") for s in sentences)
    assert any(s.startswith("The amount has risen since Saturday") for s in sentences)


def test_a_bbc_page_stamp_tells_no_event_and_joins_no_page(pipeline: Pipeline) -> None:
    """BBC video and Newsbeat pages open with "Page last updated at ..." (with the server's error
    notice on some) or "Last updated: ...": three haiti_bbc pages of 19 January, on three different
    events, were one timeline entry through their stamps until the stamp was its own line."""
    text = (
        "Page last updated at 11:51 GMT, Friday, 29 January 2010 (an error occurred while processing "
        "this directive) Wyclef Jean says his former group Fugees should record a charity single to raise "
        "money for the victims of the earthquake in Haiti.\n"
        "Last updated: 19 January, 2010 - 14:10 GMT Haiti earthquake: the struggle to distribute aid The "
        "former US President, Bill Clinton, has been in Haiti watching the international aid operation.\n"
    )
    sentences = [event.text.strip() for event in _events(pipeline, text, date(2010, 1, 29))]
    assert not any("updated" in sentence or "directive" in sentence for sentence in sentences)
    assert any(s.startswith("Wyclef Jean says his former group Fugees") for s in sentences)


def test_a_washington_post_time_stamp_is_its_own_line(pipeline: Pipeline) -> None:
    """The Washington Post's pages open with the day and time they were posted, run into the report."""
    text = (
        "Tuesday, March 10, 2009; 11:48 AM A shortage of staff at the Treasury Department is taking a "
        "toll on its ability to deal with a financial crisis that is growing more complex by the day.\n"
    )
    sentences = [event.text.strip() for event in _events(pipeline, text, date(2009, 3, 10))]
    assert any(s.startswith("A shortage of staff at the Treasury Department") for s in sentences)
    assert not any("11:48" in sentence for sentence in sentences)
    text = (
        "Wednesday, February 18, 2009; 10:00 AM PBS Frontline producer Michael Kirk was online Wednesday, "
        "Feb. 18 at 11 a.m. ET to discuss his film about the financial crisis.\n"
    )
    sentences = [event.text.strip() for event in _events(pipeline, text, date(2009, 2, 18))]
    assert any(s.startswith("PBS Frontline producer Michael Kirk was online") for s in sentences)
    assert not any("GMT" in s or "LEAKING OIL WELL In" in s or "UK time" in s for s in sentences)


def test_reported_speech_to_a_you_inside_quotes_is_news() -> None:
    assert not_news('"You have to be responsible," Mr Obama told BP executives.') is None
    assert not_news('"Who will pay for this?" asked a fisherman in Venice, Louisiana.') is None
    assert not_news("WHO raised its pandemic alert to phase 5 on Wednesday.") is None
    assert not_news("He is to go to Mexico as it is up to us to act.") is None


def test_everything_after_a_comment_header_belongs_to_readers(pipeline: Pipeline) -> None:
    text = (
        "Roche reiterates that such resistant isolates in people on the drug is to be expected.\n"
        "Antivir Ther 2007; 12:603-616 At 08:55 am on 30 Jun 2009, sensiblegrannie wrote: Up until now "
        "we have been the dominant species on this planet.\n"
        "As weapons get bigger, more powerful and more damaging to environments, isn't it ironic that "
        "something so tiny as a virus could ultimately dominate our lives.\n"
    )
    assert comments_start(text) == text.index("Antivir")  # the header's line on
    removed = "At 12:19 26th Apr 2009, barriesingleton wrote: This comment was removed."
    assert comments_start(removed) == 0
    events = _events(pipeline, text, date(2009, 6, 30))
    assert events and all(e.text.startswith("Roche") for e in events)
    posted = text + 'Dr Smith told me: "The virus will burn itself out by the autumn, mark my words."\n'
    extraction = extraction_of(pipeline, posted, date(2009, 6, 30))
    assert not extraction.quotes  # a reader's post quotes nobody the article cites
    assert not any("Smith" in name for name in extraction.context)  # nor names the article's actors


def test_a_call_for_comments_ends_the_article(pipeline: Pipeline) -> None:
    """What follows the notice under a comment form is the readers' (H1N1_bbc, 2 May 2009)."""
    text = (
        "The UN's World Health Organization has raised the alert over swine flu from level four to "
        "level five.\n"
        "In the meantime we are using the form on the right to ask for your comments.\n"
        "We will aim to publish as many of your views as we can.\n"
        "Over Christmas I had a terrible flu and had to work on Christmas Eve despite being ill.\n"
    )
    assert comments_start(text) == text.index("We will aim")
    events = _events(pipeline, text, date(2009, 5, 2))
    assert events and not any("Christmas" in e.text for e in events)


def test_a_closed_debate_page_is_followed_by_readers_posts(pipeline: Pipeline) -> None:
    text = (
        "The number of confirmed cases of swine flu in the UK has risen to 18.\n"
        "This debate is now closed.\n"
        "The extensive media coverage of swine flu is a welcome distraction from the economic crisis.\n"
        "Basic hygiene, avoid lifts and wash hands frequently during the day.\n"
    )
    events = _events(pipeline, text, date(2009, 4, 30))
    assert events and all(e.text.startswith("The number") for e in events)
    public = "The debate on the closure of the plant is now closed to the public."
    assert comments_start(public) == len(public)
    assert (
        comments_start("Washing hands often helps (Photo: AP) This debate is now closed.") == 0
    )  # a caption


def test_readers_accounts_in_the_first_person_are_not_reports(pipeline: Pipeline) -> None:
    text = (
        "Readers in the areas affected by the swine flu outbreak have been sending their accounts "
        "to the BBC.\n"
        "My partner and I returned to Birmingham from Cancun yesterday morning.\n"
        "Last night we developed many of the symptoms listed.\n"
        "I contacted the NHS Direct and after several hours we were asked to go to the hospital ourselves.\n"
        "We had to wait in A&E before being seen by doctors dressed in masks, aprons and gloves.\n"
        "The hospital prescribed us both with Tamiflu.\n"
    )
    events = _events(pipeline, text, date(2009, 4, 29))
    assert events and all(e.text.startswith("Readers") for e in events)


def test_quoted_first_person_speech_stays_news(pipeline: Pipeline) -> None:
    text = (
        'Dr Fey said: "We are doing tests. We are not taking people into hospital unless they need it. '
        'We have traced our contacts."\n'
        "Health officials confirmed two more cases in Scotland on Tuesday.\n"
    )
    events = _events(pipeline, text, date(2009, 4, 28))
    assert any(e.text.startswith("Health officials") for e in events)
    assert any(e.text.startswith("We are not") for e in events)


def test_live_blog_clock_stamps_are_no_years(pipeline: Pipeline) -> None:
    text = (
        "2200: BP says the containment cap is collecting about 15,000 barrels a day.\n"
        "2152: Admiral Thad Allen says the relief wells are ahead of schedule.\n"
        "1914: We also expect Mr Obama to speak about the spill from the Oval Office.\n"
    )
    assert is_live_blog(text)
    events = _events(pipeline, text, date(2010, 6, 15))
    assert events and not any((e.date or "").startswith(("1914", "2152", "2200")) for e in events)
    assert not any(e.text.startswith("1914") for e in events)


def test_a_list_of_years_stays_years() -> None:
    text = (
        "1918: The Spanish flu pandemic remains the most devastating outbreak of modern times.\n"
        "1957: Asian flu killed two million people.\n"
        "1968: Hong Kong flu killed one million people.\n"
    )
    assert not is_live_blog(text)


def test_a_title_without_a_verb_makes_no_timeline_event(pipeline: Pipeline) -> None:
    """A link repeated on every page of an outlet names a story; its words still join entries."""
    text = (
        "Oil spill in Gulf of Mexico in maps and graphics\n"
        "BP has agreed to put aside $20bn to compensate victims of the oil spill.\n"
    )
    events = _events(pipeline, text, date(2010, 6, 18))
    titled = [event for event in events if event.text.startswith("Oil spill in Gulf")]
    assert titled and not any(event.main for event in titled)
    assert any(event.main and event.predicate == "agree" for event in events)


@needs(T17)
def test_a_page_mostly_garbled_makes_no_news(pipeline: Pipeline) -> None:
    """A Vietnamese page with its accented letters dropped (H1N1_bbc 2009-04-30/665): even its
    pieces that are not cut to single letters ("Th nh ng WHO cho rng ...") are no report."""
    page = (T17 / "H1N1_bbc" / "InputDocs" / "2009-04-30" / "665.htm.txt").read_text(encoding="utf-8")
    assert any(not is_garbled(line) for line in page.splitlines() if line.strip())
    extraction = extraction_of(pipeline, page, date(2009, 4, 30))
    assert (extraction.events, extraction.quotes, extraction.context) == ([], [], frozenset())
    english = "The number of confirmed cases of swine flu in the UK has risen to 18.\n"
    told = _events(pipeline, english + "i c n th n v i # t s h i BBC\n", date(2009, 4, 30))
    assert [e.text for e in told if e.main] == [english.strip()]  # one garbled line is not a page


def test_a_wires_credit_line_tells_no_event(pipeline) -> None:  # type: ignore[no-untyped-def]
    """H1N1_reuters: "(Reporting by Maggie Fox, Editing by Sandra Maler)", printed under ten articles,
    was merged into one entry and held a place of the 26 April overview: who made the page, no event
    of the story. A report that names a reporting in a clause is news."""
    published = date(2009, 4, 26)
    for credit in (
        "(Reporting by Maggie Fox, Editing by Sandra Maler)",
        "(Editing by Julie Steenhuysen and Will Dunham)",
        "Additional reporting by Bill Berkrot in New York",
        "Writing and reporting by Chris Michaud, editing by Philip Barbara",
    ):
        assert events_of(pipeline, credit, published) == [], credit
    assert not is_credit_line("Now I see that I was the victim of shoddy reporting by the Washington Post.")
    books = (  # a participle opening a sentence, not a credit (test_claims_captions)
        "Written by Mervyn Peake, the books describe the vast crumbling castle to which Titus Groan is "
        "lord and heir, and his battle with the Machiavellian character Steerpike."
    )
    assert not is_credit_line(books) and events_of(pipeline, books, published)


# Finan_washingtonpost, 2008-09-22: an unsigned reader's comment under a column, which shouts
SHOUTING = (
    "The SECOND are SHORT SELLERS which pulled down the stock market.\n"
    "The SOLUTION to this mess is simply to PLUG UP these THREE HOLES.\n"
    "Second is to PERMANENTLY BAN SHORT SELLERS.\n"
    "The third solution will release the banks from bad debt and can therefore continue and start clean "
    "anew.\n"
)


def test_a_page_that_shouts_is_a_readers_comment(pipeline: Pipeline) -> None:
    from storyline.extract.non_events import shouting, shouts

    lines = SHOUTING.splitlines()
    assert [shouts(line) for line in lines] == [True, True, True, False]
    assert shouting([True, True, True, False]) == {0, 1, 2}
    told = {event.text for event in _events(pipeline, SHOUTING, date(2008, 9, 22))}
    assert not any("SHORT SELLERS" in text or "THREE HOLES" in text for text in told)


@pytest.mark.parametrize(
    ("line", "shouted"),
    [
        # a heading run into a live page's items (H1N1_bbc, 2009-05-01): the page's one such line
        (
            "Health Minister Oscar Ugarte said tests on Peru's sole suspected case had proved negative, "
            "reversing an earlier statement SYMPTOMS - WHAT TO DO",
            True,
        ),
        # the same acronym twice (Finan_washingtonpost, 2009-01-03), a headline in capitals (ECB+ 35)
        (
            "Under the GMAC deal, the government received 5 million preferred shares in GMAC that pay an 8 "
            "percent dividend -- a larger payout to taxpayers than the 5 percent dividend on its investments "
            "in banks -- in return for a $5 billion capital injection in the company.",
            False,
        ),
        ("CHARGERS' WILLIAMS ARRESTED ON SUSPICION OF DUI", False),
    ],
)
def test_capitals_without_a_shouting_page_keep_their_line(line: str, shouted: bool) -> None:
    from storyline.extract.non_events import shouting, shouts

    assert shouts(line) is shouted
    assert shouting([shouts(line), False, False, False]) == set()


def test_a_wires_dateline_is_its_own_line(pipeline: Pipeline) -> None:
    """Reuters pages (H1N1_reuters, bpoil_reuters) open with the web dateline and the wire's own, run
    into the lead: the lead is a sentence of its own, its subject not the dateline's city."""
    text = (
        "By Maggie Fox, Health and Science Editor WASHINGTON | Thu May 7, 2009 7:41 pm EDT WASHINGTON "
        "(Reuters) - U.S. health officials predicted worsening outbreaks of the new flu.\n"
        "HOUSTON (Reuters) - BP Plc said on Monday it would try to plug the well.\n"
    )
    sentences = {event.text.strip() for event in _events(pipeline, text, date(2009, 5, 7))}
    assert "U.S. health officials predicted worsening outbreaks of the new flu." in sentences
    assert "BP Plc said on Monday it would try to plug the well." in sentences
