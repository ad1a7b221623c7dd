"""Reports of others told inside a columnist's or an eyewitness's first-person sentences.

On a page written in the first person (a column, a reporter's diary), the writer's own sentences make
no events, but the reports of others they tell keep their holders: "officials reported ...",
"Randy tells me ...". The writer's own clauses stay unread. Each test quotes the Timeline17 sentences
it runs on (restored from their tokenized form).
"""

from __future__ import annotations

from datetime import date

from conftest import extraction_of
from storyline.model import Event
from storyline.pipeline import Pipeline

OTT = (  # bpoil_reuters 2010-05-01/1695, Riki Ott's column
    "-- I remember the words, We ve had the Big One, with chilling clarity, spoken just over 21 years ago "
    "when a fellow fisherman arrived at my door in the early morning and announced that the Exxon Valdez "
    "had run aground in Alaska s Prince William Sound and was gushing oil.\n"
    "For the small fishing community of Cordova, Alaska, where I lived and worked as a commercial "
    "fisherma am, it was our worst nightmare.\n"
    "That nightmare is reoccurring now with BP s deadly rig blowout off the Gulf Coast with haunting "
    "parallels to the Exxon Valdez.\n"
    "I was not at all surprised when officials reported zero spillage, then projected modest spillage, "
    "and then reported spill amounts five times higher than their earlier estimates.\n"
    "As the spill continues, I imagine that even the newly reported amounts will continue to vastly "
    "underestimate the actual spillage.\n"
)

LOVELY = (  # haiti_bbc 2010-01-30/1366, a BBC reporter's account
    "We are looking for one small child, trapped not by rubble but by bureaucracy.\n"
    "At an orphanage I show them a photograph of a girl called Lovely.\n"
    "While we are at the embassy, I get a text from a man called Randy Presley from Oklahoma.\n"
    "On my way to Haiti I had met him and his adopted Haitian daughter Eliana.\n"
    "Now Randy tells me they and 40 more orphans are inside the embassy unable to get out of the country.\n"
    "A US official tells us she has seen the girl and will take us to her.\n"
)


def _in(events: list[Event], sentence: str) -> list[Event]:
    return [event for event in events if event.text.startswith(sentence)]


def _sources(events: list[Event]) -> set[str]:
    return {event.attribution.source for event in events if event.attribution}


def test_officials_report_told_inside_a_columnists_sentence_keeps_its_source(pipeline: Pipeline) -> None:
    events = extraction_of(pipeline, OTT, date(2010, 5, 1)).events
    told = _in(events, "I was not at all surprised when officials reported")
    assert told
    assert all(event.attribution is not None and event.attribution.source == "officials" for event in told)


def test_columnists_own_sentences_stay_unread(pipeline: Pipeline) -> None:
    events = extraction_of(pipeline, OTT, date(2010, 5, 1)).events
    assert not _in(events, "As the spill continues, I imagine")
    assert not _in(events, "For the small fishing community of Cordova")


def test_what_another_tells_the_reporter_keeps_the_teller(pipeline: Pipeline) -> None:
    events = extraction_of(pipeline, LOVELY, date(2010, 1, 30)).events
    randy = _in(events, "Now Randy tells me")
    official = _in(events, "A US official tells us")
    assert any(event.main for event in randy) and any(event.main for event in official)
    assert _sources(randy) == {"Randy Presley"}
    assert _sources(official) == {"US official"}
    assert not _in(events, "At an orphanage I show them")


def test_a_report_inside_the_writers_own_call_is_the_writers(pipeline: Pipeline) -> None:
    column = (  # bpoil_reuters 2011-01-20/1003, a former BP manager's column
        "That experience led me to believe that corporate and societal interests could be aligned, given the "
        "right leadership, staff and resources.\n"
        "My belief was sustained through my next assignment in China, where I worked to ensure that the "
        "worker dormitories for a chemicals plant met international safety standards.\n"
        "Through a stint at BP s headquarters in London, I worked with colleagues in Angola, Colombia, "
        "Russia and elsewhere to develop a new human rights policy for the company.\n"
        "In the U.S., however, a very different BP emerged.\n"
        "We need to demand that companies calculate risks not just for their bottom line, but for society at "
        "large -- recognizing that in the long run the two are often the same.\n"
    )
    events = extraction_of(pipeline, column, date(2011, 1, 20)).events
    assert not _sources(_in(events, "We need to demand"))


def test_a_readers_question_reports_nothing(pipeline: Pipeline) -> None:
    comment = (
        "History showes the fact that capitalism is in the pat of distruction, but did some one say that "
    )
    comment += "we got to learn from history!\n"  # bpoil_reuters 1695, a reader's comment below Ott's column
    events = extraction_of(pipeline, OTT + comment, date(2010, 5, 1)).events
    assert not _sources(_in(events, "History showes"))


def test_the_writers_aside_in_brackets_is_not_told(pipeline: Pipeline) -> None:
    text = LOVELY + (
        "He says they have been there for three days, sleeping on mats on the floor, refusing to leave.\n"
        "Several hours and many confused text messages later (our phones don't work to make calls), he tells "
        "me they are boarding buses for the airport.\n"
    )
    events = extraction_of(pipeline, text, date(2010, 1, 30)).events
    assert not [e for e in _in(events, "Several hours") if e.predicate == "work" and e.attribution]


def test_she_after_my_sister_is_not_a_name_further_back(pipeline: Pipeline) -> None:
    diary = (  # haiti_bbc 2010-01-15/756, readers' accounts
        "It is so upsetting.\n"
        "Haiti's government can not respond to something on this scale.\n"
        "To see how the whole world is responding is amazing.\n"
        "I am close to tears when I see how everyone is coming to help us.\n"
        "Sebastien Barrau and Marvin Chery I am from Haiti and I moved to Miami four years ago.\n"
        "My family is still there.\n"
        "I got a call from my sister asking me to call her back straight away, she mentioned something about "
        "an earthquake.\n"
        "I didn't think it was that bad.\n"
    )
    events = extraction_of(pipeline, diary, date(2010, 1, 15)).events
    assert "Marvin Chery" not in _sources(_in(events, "I got a call from my sister"))


def test_the_guide_set_before_an_aside_tells(pipeline: Pipeline) -> None:
    page = (  # bpoil_reuters 2010-05-28/832, a reporter's fishing story, from its first line
        'Venice, Louisiana, proudly calls itself the world\'s "Fishing Capital" but as the Memorial Day '
        "holiday weekend gets under way, there are times when it seems journalists outnumber anglers in"
        " this steamy bayou town.\n"
        "There are also lots of fishing and charter guides with no or few clients.\n"
        "Venice caters to recreational anglers in pursuit of legendary game such as redfish and it is "
        "suffering as the spill spreads from the ruptured well out in the Gulf of Mexico.\n"
        "I have spoken to several fishing guides over the past couple of days and they all complain "
        "about BP -- held squarely responsible for the mess -- the situation, and the numerous clients "
        "who keep canceling their trips.\n"
        "The National Oceanic and Atmospheric Administration announced on Friday that it was extending "
        "the closed fishing area to about 25 percent of the Gulf from around 19 percent before, dealing"
        " a further blow to both commercial fishermen and sport angling guides.\n"
        "But what surprises me as someone who just arrived here a couple of days ago is the trickle of "
        "boats still leaving the Venice Marina with angling clients.\n"
        "They seem to be going either close inshore or very far because of the closures.\n"
        "Several of the guides I spoke to said there were still inshore areas open to fishing though "
        'one said, "We have to work harder for the fish because the good areas we normally go to are '
        'closed."\n'
        "Some grumbled that the media coverage was obscuring this fact.\n"
        "Guide Jeff Fuscia, while loading his 24-foot (7-1\\/2 meter) boat onto a trailer, told me on "
        "Friday his clients that morning had taken their limit of five redfish each and had released "
        "several more.\n"
        "But another guide told me while fueling up his large boat that he was going out 130 miles (215"
        " kms) to get well beyond the restrictions.\n"
    )
    events = extraction_of(pipeline, page, date(2010, 5, 28)).events
    assert _sources(_in(events, "Guide Jeff Fuscia")) == {"Jeff Fuscia"}


GUARDIAN_COLUMN = (  # bpoil_guardian 2010-06-09/1139, a philosopher's column (lines 2-5, 11-13, 22-25, 37-38)
    "Many commentators point the finger at BP and the United States government.\n"
    "This focus is understandable but gives an incomplete picture of how moral responsibility is "
    "distributed in this kind of case.\n"
    "Getting a better idea of distribution is important for blame and punishment but also for "
    "prevention: we don't want this to happen again.\n"
    "Ascribing responsibility here can be knotty, owing to the wide range of actors involved in oil "
    "production.\n"
    "Research on a near disaster with a platform in the Norwegian Sea, the Snorre A blowout, shows that"
    " it is useful to pay attention to the capabilities people should have in order to deal "
    "successfully with a crisis.\n"
    "Ger Wackers and I have argued that in the Sorre A case, the crew managed to recover the platform "
    "partly by using their imagination to try to understand what was happening and decide what to do.\n"
    "For instance, the crew had to improvise when trying to control the well.\n"
    "Moreover, and perhaps most important, we should not only consider responsibility for oil "
    "production but also for oil consumption.\n"
    "Business and finance are not isolated from our own choices.\n"
    "Companies such as BP can only do what they do because we want what they sell.\n"
    "We're all too happy with cheap oil.\n"
    "This brief analysis is not a substitute for more precise legal investigations and public inquiries"
    " that will follow in the wake of the disaster.\n"
    "However, it can inform these investigations by reminding us that the problem is not just far away "
    "in the Gulf.\n"
)


def test_a_report_the_writer_shares_or_that_may_be_made_is_not_anothers(pipeline: Pipeline) -> None:
    events = extraction_of(pipeline, GUARDIAN_COLUMN, date(2010, 6, 9)).events
    assert not _sources(_in(events, "Ger Wackers and I have argued"))  # the writer among the holders
    assert not _sources(_in(events, "However, it can inform"))  # "can inform": no report made
