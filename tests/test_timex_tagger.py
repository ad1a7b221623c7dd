"""The temporal tagger on sentences of the sample articles and typical news phrases."""

from __future__ import annotations

from datetime import date
from itertools import pairwise

import pytest

from storyline.analyse.timex import tag_time_expressions
from storyline.model import TimeExpression

PUBLISHED = date(2024, 10, 26)  # a Saturday, the first sample article's date


def _tag(text: str, day: date | None = PUBLISHED) -> list[TimeExpression]:
    found = tag_time_expressions(text, day)
    for expression in found:
        assert text[expression.start : expression.end] == expression.text
    assert all(a.end <= b.start for a, b in pairwise(found))
    return found


def _one(text: str, day: date | None = PUBLISHED) -> TimeExpression:
    (expression,) = _tag(text, day)
    return expression


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("On 8 October, the South Korean Ministry of Defence said that", "8 October", "2024-10-08"),
        (
            "On Wednesday, South Korean intelligence reported that Pyongyang had sent",
            "Wednesday",
            "2024-10-23",
        ),
        ("They were spotted in Kursk Oblast of Russia on 23 October.", "23 October", "2024-10-23"),
        ("Lloyd Austin stated on 19 October that he could not confirm", "19 October", "2024-10-19"),
        (
            "Zelenskyy announced that the next week would be a time of active work",
            "the next week",
            "2024-W44",
        ),
        ("Talks will resume next week.", "next week", "2024-W44"),
        ("He stressed that this week alone, the Russians have used these drones", "this week", "2024-W43"),
        ("their soldiers may be on the battlefield any day now.", "now", "PRESENT_REF"),
        ("entry into a war against Ukraine in the coming days.", "the coming days", "FUTURE_REF"),
    ],
)
def test_sample_article_expressions(sentence: str, text: str, value: str) -> None:
    expression = _one(sentence)
    assert (expression.text, expression.value) == (text, value)


def test_as_early_as_1_november_is_future() -> None:
    expression = _one("They will be ready to take part in combat as early as 1 November.")
    assert (expression.value, expression.future, expression.mod) == ("2024-11-01", True, "ON_OR_AFTER")


def test_by_1_november_is_future() -> None:
    expression = _one("troops will be ready for combat against Ukraine by 1 November.")
    assert (expression.value, expression.future) == ("2024-11-01", True)


def test_since_the_beginning_of_the_year_is_bounded_by_the_publication_date() -> None:
    expression = _one("they have launched more than 6,130 Shaheds since the beginning of the year.")
    assert (expression.type, expression.value, expression.mod) == ("DATE", "2024", "START")
    assert (expression.begin, expression.end_value) == ("2024-01-01", "2024-10-26")


def test_verbs_and_pronouns_are_not_dates() -> None:
    assert _tag("We may march on. May I ask? They march to the capital. We said so.") == []


def test_without_a_document_date_values_stay_open() -> None:
    found = _tag("On 8 October the minister spoke, and this week he resigned.", None)
    assert [(e.value, e.anchored) for e in found] == [("XXXX-10-08", False), ("XXXX-WXX", False)]


@pytest.mark.parametrize(
    ("sentence", "value", "type_"),
    [
        ("The deal was signed on October 8, 2023.", "2023-10-08", "DATE"),
        ("The deal was signed on 2023-10-08.", "2023-10-08", "DATE"),
        ("The deal was signed on Tuesday, Oct. 8, 2023.", "2023-10-08", "DATE"),
        ("Prices rose in March 2023.", "2023-03", "DATE"),
        ("Prices rose in March.", "2024-03", "DATE"),
        ("The election will be held in December.", "2024-12", "DATE"),
        ("Sales fell last year.", "2023", "DATE"),
        ("Sales fell last month.", "2024-09", "DATE"),
        ("Profit rose in the third quarter.", "2024-Q3", "DATE"),
        ("He arrived yesterday.", "2024-10-25", "DATE"),
        ("She will fly out tomorrow.", "2024-10-27", "DATE"),
        ("The summit opens next Monday.", "2024-10-28", "DATE"),
        ("The strike happened last Friday.", "2024-10-25", "DATE"),
        ("The meeting will take place on Tuesday.", "2024-10-29", "DATE"),
        ("It happened two years ago.", "2022", "DATE"),
        ("The war has lasted two years.", "P2Y", "DURATION"),
        ("In the last twenty four hours, markets fell.", "PT24H", "DURATION"),
        ("The plant was shut for nearly three months.", "P3M", "DURATION"),
        ("Inspectors visit every week.", "P1W", "SET"),
        ("The newspaper is printed daily.", "P1D", "SET"),
        ("The blast came at 10:35 a.m.", "2024-10-26T10:35", "TIME"),
        ("The vote took place this morning.", "2024-10-26TMO", "TIME"),
        ("Protesters rallied on Wednesday night.", "2024-10-23", "DATE"),
        ("The talks resume Monday morning.", "2024-10-28", "DATE"),
        ("It was built in the 1990s.", "199", "DATE"),
        ("Output has fallen recently.", "PAST_REF", "DATE"),
        ("A decision is expected soon.", "FUTURE_REF", "DATE"),
        ("Drilling resumed in the summer of 2010.", "2010-SU", "DATE"),
        ("The talks collapsed in late September.", "2024-09", "DATE"),
        ("He was born on 12/25/1990.", "1990-12-25", "DATE"),
        ("The law took effect on 25.12.2001.", "2001-12-25", "DATE"),
        ("The accord was signed on the 3rd of March 2021.", "2021-03-03", "DATE"),
        ("Growth will pick up early next year.", "2025", "DATE"),
        ("Prices peaked in mid-2023.", "2023", "DATE"),
        ("Revenue doubled in the first half of 2023.", "2023-H1", "DATE"),
        ("Q3 2024 results beat forecasts.", "2024-Q3", "DATE"),
        ("The company reported third-quarter profit.", "2024-Q3", "DATE"),
        ("It was the worst war of the 20th century.", "19", "DATE"),
        ("They met the day before yesterday.", "2024-10-24", "DATE"),
        ("Shelling continued last night.", "2024-10-25TNI", "TIME"),
        ("Shares were up at mid-afternoon yesterday.", "2024-10-25TAF", "TIME"),
        ("The ceasefire took effect at 10:00 GMT on Sunday.", "2024-10-20T10:00", "TIME"),
        ("He will speak at noon tomorrow.", "2024-10-27T12:00", "TIME"),
        ("The offer expires at 5 p.m. EST, Nov. 6.", "2024-11-06T17:00", "TIME"),
        ("Fighting has raged over the past two decades.", "P20Y", "DURATION"),
        ("The siege lasted a year and a half.", "P1Y6M", "DURATION"),
        ("The alarm sounded a minute and a half later.", "PT1M30S", "DURATION"),
        ("They were held for several months.", "PXM", "DURATION"),
        ("The region has been at war for years.", "PXY", "DURATION"),
        ("Troops could arrive within weeks.", "PXW", "DURATION"),
        ("Convoys arrive twice a week.", "P1W", "SET"),
        ("The market is held every Monday.", "XXXX-WXX-1", "SET"),
        ("Casualties have mounted in recent weeks.", "PXW", "DURATION"),
        ("It was founded in nineteen ninety-six.", "1996", "DATE"),
        ("Hate crimes fell through the nineties.", "199", "DATE"),
        ("Talks are planned for the week of 4 November.", "2024-W45", "DATE"),
        ("Aid has arrived since the beginning of the year.", "2024", "DATE"),
        ("Repairs will be finished by the end of the month.", "2024-10", "DATE"),
        ("The last time this happened was last spring.", "2023-SP", "DATE"),
        ("The next round is due this winter.", "2024-WI", "DATE"),
        ("Sales slumped a year earlier.", "2023", "DATE"),
        ("He said the decision would come later this year.", "2024", "DATE"),
    ],
)
def test_news_phrases(sentence: str, value: str, type_: str) -> None:
    expression = _one(sentence)
    assert (expression.value, expression.type) == (value, type_)


def test_modifiers_are_part_of_the_expression() -> None:
    expression = _one("The talks collapsed in late September.")
    assert (expression.text, expression.mod) == ("late September", "END")
    expression = _one("The plant was shut for nearly three months.")
    assert (expression.text, expression.mod) == ("nearly three months", "LESS_THAN")


def test_ranges_give_both_ends() -> None:
    found = _tag("The exhibition runs from 8 to 13 October.")
    assert [e.value for e in found] == ["2024-10-08", "2024-10-13"]


def test_a_cue_after_the_expression_counts_only_within_its_clause() -> None:
    found = _one("Robots removed the cap on Saturday but it will be days before a new one fits.")
    assert (found.value, found.future) == ("2024-10-26", False)
    found = _one("The minister will visit Kyiv on Wednesday.")
    assert (found.value, found.future) == ("2024-10-30", True)


def test_a_range_gives_both_ends_in_month_first_order() -> None:
    found = _tag("Talks are set for October 8-13, 2024.")
    assert [e.value for e in found] == ["2024-10-08", "2024-10-13"]


def test_future_flag_and_anchoring() -> None:
    tomorrow, yesterday, explicit = _tag(
        "Tomorrow he flies out; yesterday he met them; on 3 May 2023 they spoke."
    )
    assert (tomorrow.future, tomorrow.anchored) == (True, True)
    assert (yesterday.future, yesterday.anchored) == (False, True)
    assert (explicit.future, explicit.anchored) == (False, False)


def test_quarter_comparisons_refer_to_the_quarter_last_mentioned() -> None:
    found = _tag(
        "Profit rose 5% in the third quarter of 2023 from a year earlier and from the year-ago quarter."
    )
    assert [e.value for e in found] == ["2023-Q3", "2022-Q3", "2022-Q3"]


@pytest.mark.parametrize(
    "sentence",
    [
        "A 44-year-old man and a six-year-old girl were hurt.",
        "He appeared on 60 Minutes to defend a second betrayal.",
        "The company cut its quarterly dividend.",
        "It was high noon for the alliance.",
        "Some 2000 troops and 1500 tanks crossed.",
        "He left as soon as the talks ended, and soon after the vote.",
        "The currency has lost twenty six percent of its value.",
        "A man in his forties was arrested.",
        "The plan failed. Now, he says, the alliance must change course.",
        "The airline flies four flights a week and earns $2 million a year; fares rise 8% annually.",
        "Costs ran at $6m (£3.9m) a day, and 19,000 barrels of oil (3 million litres) a day leaked.",
        "The well leaks thousands of barrels of crude oil a day; a cap captures '10,000 barrels' a day.",
        "The coast's economy is worth $234billion a year, and it loses millions of dollars a week.",
        "Democracies emerged after the fall of communism; the fall in prices hurt them.",
        "He told USA Today, the Daily Record and NBC's Today show about Hope for Haiti Now.",
    ],
)
def test_things_that_are_not_time_expressions(sentence: str) -> None:
    assert _tag(sentence) == []


def test_no_document_date_for_relative_expressions() -> None:
    found = _tag("Yesterday the army said it would withdraw next week, two years after the invasion.", None)
    assert [(e.value, e.anchored) for e in found] == [
        ("XXXX-XX-XX", False),
        ("XXXX-WXX", False),
        ("P2Y", False),
    ]


def test_earlier_and_later_stay_outside_the_expression() -> None:
    week, day = _tag("The envoy arrived earlier this week and will leave later Thursday.")
    assert (week.text, week.value, week.mod) == ("this week", "2024-W43", None)
    assert day.text == "Thursday"


def test_anaphoric_units_count_from_the_period_last_mentioned() -> None:
    found = _tag("He was promoted on May 22, 2019, and the following year he retired.")
    assert [(e.text, e.value) for e in found] == [
        ("May 22, 2019", "2019-05-22"),
        ("the following year", "2020"),
    ]
    found = _tag("She fled in June 2021 and came home later that year.")
    assert [(e.text, e.value) for e in found] == [("June 2021", "2021-06"), ("later that year", "2021")]
    assert _tag("Traders who sold that day lost heavily.") == []


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("The retailer expects sales for the full year to rise.", "the full year"),
        ("For the year, the chain opened 40 stores.", "the year"),
        ("Profit in the current fiscal year will fall.", "the current fiscal year"),
    ],
)
def test_the_reported_year_is_the_document_year(sentence: str, text: str) -> None:
    expression = _one(sentence)
    assert (expression.text, expression.value) == (text, "2024")


def test_the_year_alone_or_as_a_title_is_no_expression() -> None:
    assert _tag("The year was a hard one for the Person of the Year.") == []


def test_now_that_is_the_present() -> None:
    expression = _one("Now that the ceasefire holds, aid is flowing again.")
    assert (expression.text, expression.value) == ("Now", "PRESENT_REF")


def test_a_year_named_with_a_reporting_period() -> None:
    found = _tag("Net income rose in the third quarter; in the 2023 quarter the chain lost money.")
    assert [(e.text, e.value) for e in found] == [
        ("the third quarter", "2024-Q3"),
        ("the 2023 quarter", "2023-Q3"),
    ]


def test_the_belongs_to_the_noun_a_year_ago_comparison_qualifies() -> None:
    found = _tag("Profit fell in the year-ago quarter. The year-ago results included a charge.")
    assert [e.text for e in found] == ["the year-ago quarter", "year-ago"]


def test_a_plan_in_the_pluperfect_looks_back() -> None:
    expression = _one("The offer was extended; it had been scheduled to expire Friday.")
    assert expression.value == "2024-10-25"


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The pilgrims arrived in Jerusalem on Good Friday 2025.", "2025-04-18"),
        ("Churches were full last Easter.", "2024-03-31"),
        ("Polls open on Election Day.", "2024-11-05"),
        ("The store closes on Thanksgiving.", "2024-11-28"),
        ("Crowds gathered as Easter week 2000 began.", "2000-W16"),
        ("The strike ended before Labor Day.", "2024-09-02"),
    ],
)
def test_moving_holidays_are_computed_from_the_year(sentence: str, value: str) -> None:
    assert _one(sentence).value == value


def test_a_bounding_preposition_points_the_expression() -> None:
    assert _one("Officials postponed the hearing until Tuesday.").value == "2024-10-29"
    assert _one("The new contract took effect, effective June 1.").value == "2025-06-01"
    assert _one("Two members had filed reports by Wednesday.").value == "2024-10-23"


def test_the_following_weekday_with_its_article_is_still_the_one_after() -> None:
    found = _tag("The board met on Friday and voted on the following Tuesday's budget.", date(2010, 1, 15))
    expected = [("Friday", "2010-01-15"), ("the following Tuesday", "2010-01-19")]
    assert [(e.text, e.value) for e in found] == expected


@pytest.mark.parametrize(
    ("sentence", "published", "value"),
    [
        # A bound in a clause told in the past is the nearest such date (Timeline17's Reuters and Fox News)
        ("The spill ran until July 15, when the well was capped.", date(2010, 9, 27), "2010-07-15"),
        (
            "Halliburton insists it was BP's design. By 1 a.m., on April 20, the cement job was completed.",
            date(2010, 9, 9),
            "2010-04-20T01:00",
        ),
        ("By Monday, tar balls were washing up near the Treasure Isle.", date(2010, 7, 6), "2010-07-05"),
        # ... though a past clause may set a bound still ahead
        ("The government imposed a moratorium until November 30.", date(2010, 9, 19), "2010-11-30"),
        # A clause that looks ahead keeps the bound ahead
        ("The road will stay closed until July 15.", date(2010, 9, 19), "2011-07-15"),
        (
            "The well was to be permanently sealed by Sunday, the official said.",
            date(2010, 9, 15),
            "2010-09-19",
        ),
        ('He said the spill "should be down to a trickle by Monday".', date(2010, 6, 8), "2010-06-14"),
        ("The storm was predicted to reach the area by the weekend.", date(2010, 7, 22), "2010-W29-WE"),
        (
            "Gates says we can't get any troops there until April because we are all tied up in Iraq.",
            date(2008, 9, 24),
            "2009-04",
        ),
        (
            "The six-year-old attended a school in Lozells, which has been closed until Monday.",
            date(2009, 6, 30),
            "2009-07-06",
        ),
    ],
)
def test_a_bound_takes_the_tense_of_its_own_clause(sentence: str, published: date, value: str) -> None:
    (found,) = [e for e in _tag(sentence, published) if e.value[:1].isdigit()]
    assert found.value == value


def test_a_vague_count_of_days_later_is_a_length() -> None:
    expression = _one("The board met; a few days later the chief resigned.")
    assert (expression.text, expression.type, expression.value) == ("a few days", "DURATION", "PXD")


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("The spill was in 1989; 21 years later, otters have not recovered.", "21 years", "P21Y"),
        ("Three decades later, the disaster remains the worst.", "Three decades", "P30Y"),
        ("Six weeks earlier he had resigned.", "Six weeks", "P6W"),
    ],
)
def test_years_later_count_from_another_event(sentence: str, text: str, value: str) -> None:
    found = [e for e in _tag(sentence) if e.type == "DURATION"]
    assert [(e.text, e.value) for e in found] == [(text, value)]


@pytest.mark.parametrize(
    ("sentence", "published", "value"),
    [
        # A past tense takes a month from before the document date even when the next one is nearer.
        ("The chairman stepped down in March for health reasons.", date(2024, 11, 2), "2024-03"),
        ("The chain's stock count ended Jan. 31 with a loss.", date(2024, 10, 31), "2024-01-31"),
        # An initial or "vs." ends no sentence, so the verb after it still gives the tense.
        (
            "In January, after the Smith vs. Jones ruling, a bomb killed a guard.",
            date(2024, 10, 25),
            "2024-01",
        ),
        ("Mr. Smith will succeed Daniel P. Jones on Feb. 1.", date(2024, 10, 26), "2025-02-01"),
        # A predicate that looks ahead puts its infinitive's time later whatever its own tense.
        ("The firm agreed to buy the unit for $22 million in February.", date(2024, 10, 30), "2025-02"),
        # ... but not a preposition before a plural noun: the agreement is past.
        ("The union agreed to concessions in February.", date(2024, 10, 30), "2024-02"),
        ("The parties agreed to talks in February.", date(2024, 10, 30), "2024-02"),
        ("The firm agreed to focus on its unit in February.", date(2024, 10, 30), "2025-02"),
        ("It is part of a program to repay the loan by February.", date(2024, 10, 30), "2025-02"),
        # A participle after "be" or an article carries no tense of its own.
        ("He will be named commander of a mission in December.", date(2024, 3, 4), "2024-12"),
        ("The dividend would be paid on a still unspecified date in January.", date(2024, 10, 26), "2025-01"),
        (
            "Police have searched for him since shortly after the Oct. 23 shooting.",
            date(2024, 5, 6),
            "2023-10-23",
        ),
    ],
)
def test_the_tense_picks_the_year_of_a_month(sentence: str, published: date, value: str) -> None:
    assert _one(sentence, published).value == value


def test_a_look_ahead_after_the_weekday_says_nothing_of_it() -> None:
    expression = _one("On Friday, the government planned to pay the first claims.", date(2024, 10, 30))
    assert expression.value == "2024-10-25"


@pytest.mark.parametrize(
    ("sentence", "published", "text", "value"),
    [
        # A weekday owning a noun names what is done: the one before, even against a modal.
        (
            "Lawyers would look for ways to get around Wednesday's ruling.",
            date(2024, 10, 26),
            "Wednesday",
            "2024-10-23",
        ),
        (
            "The bonds sold at a premium over Thursday's closing price.",
            date(2024, 10, 28),
            "Thursday",
            "2024-10-24",
        ),
        ("Investors will stay cautious ahead of Friday's vote.", date(2024, 10, 26), "Friday", "2024-11-01"),
        # "following" before it is the preposition "after", not "the following Tuesday" (haiti_bbc)
        (
            "Live coverage following Tuesday's earthquake in Haiti, in which thousands are feared dead.",
            date(2010, 1, 14),
            "Tuesday",
            "2010-01-12",
        ),
        (
            "Following Wednesday's sell-off on Wall Street, stocks in Japan fell.",
            date(2008, 10, 17),
            "Wednesday",
            "2008-10-15",
        ),
    ],
)
def test_a_possessive_weekday_is_past(sentence: str, published: date, text: str, value: str) -> None:
    expression = _one(sentence, published)
    assert (expression.text, expression.value) == (text, value)


def test_one_day_after_a_modal_is_some_future_day() -> None:
    expression = _one("Scientists hope the vaccine could one day end the disease.")
    assert (expression.type, expression.value) == ("DATE", "FUTURE_REF")
    assert _one("The plant shut for one day.").value == "P1D"


def test_or_so_is_an_approximation_inside_the_expression() -> None:
    expression = _one("Then, a month or so ago, the general changed his plan.")
    assert (expression.text, expression.value, expression.mod) == ("a month or so ago", "2024-09", "APPROX")
    expression = _one("Rates should stay low for the next two years or so, he said.")
    assert (expression.text, expression.value, expression.mod) == (
        "the next two years or so",
        "P2Y",
        "APPROX",
    )


def test_the_previous_or_following_weekday_counts_from_the_day_last_mentioned() -> None:
    found = _tag("The index closed higher on Oct. 25, up 4.5% from the previous Friday.", date(2024, 10, 28))
    assert [(e.text, e.value) for e in found] == [
        ("Oct. 25", "2024-10-25"),
        ("the previous Friday", "2024-10-18"),
    ]
    found = _tag("He was arrested on May 3, 2023, and charged the following Monday.")
    assert [e.value for e in found] == ["2023-05-03", "2023-05-08"]
    assert _one("Talks resume the following Monday.").value == "2024-10-28"


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("The convoy left at 4 in the morning.", "4 in the morning", "2024-10-26T04:00"),
        ("Polls closed at 8 o'clock in the evening.", "8 o'clock in the evening", "2024-10-26T20:00"),
        ("Sirens sounded at 10 at night.", "10 at night", "2024-10-26T22:00"),
    ],
)
def test_a_clock_hour_with_its_part_of_day(sentence: str, text: str, value: str) -> None:
    expression = _one(sentence)
    assert (expression.text, expression.type, expression.value) == (text, "TIME", value)


def test_the_next_morning_and_that_night_follow_the_day_last_mentioned() -> None:
    found = _tag("He was arrested on May 3, 2023, and appeared in court the next morning.")
    assert [(e.text, e.type, e.value) for e in found][1] == ("the next morning", "TIME", "2023-05-04TMO")
    found = _tag("Talks ended on Oct. 20; that night the rebels attacked.")
    assert [e.value for e in found] == ["2024-10-20", "2024-10-20TNI"]
    assert _tag("Sirens wailed that night.") == []


def test_a_couple_is_two_with_or_without_its_article() -> None:
    expression = _one("Over the next couple of years, rates will rise.")
    assert (expression.text, expression.value) == ("the next couple of years", "P2Y")
    assert _one("It lasted a couple weeks.").value == "P2W"


def test_the_weeks_ahead_and_weekday_nights() -> None:
    assert _one("Funds may sell more bonds in the weeks ahead.").value == "FUTURE_REF"
    expression = _one("New flights will leave on Tuesday nights.")
    assert (expression.text, expression.type, expression.value) == ("Tuesday nights", "SET", "XXXX-WXX-2TNI")


def test_trading_and_business_days_are_days() -> None:
    expression = _one("Payment is due within five business days.")
    assert (expression.text, expression.value) == ("five business days", "P5D")


def test_a_hundred_years_is_a_count() -> None:
    expression = _one("The crown has ruled for almost a hundred years.")
    assert (expression.text, expression.value, expression.mod) == (
        "almost a hundred years",
        "P100Y",
        "LESS_THAN",
    )


def test_a_clock_time_takes_the_weekday_after_a_bracketed_aside() -> None:
    clock, day = _tag("The blast came at 10:35 a.m. (0735 GMT) Friday, toppling a building.")
    assert (clock.text, clock.value, day.value) == ("10:35 a.m.", "2024-10-25T10:35", "2024-10-25")
    clock = _tag("The father will leave at 4 in the morning (4 a.m. EDT Thursday).")[0]
    assert (clock.text, clock.value) == ("4 in the morning", "2024-10-31T04:00")


def test_a_title_word_is_a_time_in_prose_and_in_a_headline() -> None:
    assert [e.value for e in _tag("The talks resume in the fall. Today, he said, they end.")] == [
        "2024-FA",
        "2024-10-26",
    ]
    assert [e.value for e in _tag("BP Says Cap Holding Today As Storm Nears Gulf")] == ["2024-10-26"]


def test_about_before_a_day_word_is_a_preposition() -> None:
    found = _one("The forecast says little about tomorrow.")
    assert (found.text, found.value, found.mod) == ("tomorrow", "2024-10-27", None)


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The school expects to stay closed until at least Sunday.", "2024-10-27"),
        ("\"I've got in touch with the others and we're meeting on Tuesday.", "2024-10-29"),
        ("The envoy, who is due to visit Kyiv on Monday, said aid was under way.", "2024-10-28"),
        ("The cap, which was mounted on the well Monday, will be tested, officials said.", "2024-10-21"),
        ('He called it "a disgrace."\nOn Monday the minister will reply.', "2024-10-28"),
    ],
)
def test_the_clause_of_a_weekday_gives_its_tense(sentence: str, value: str) -> None:
    assert [e.value for e in _tag(sentence)] == [value]


def test_a_counted_time_unit_before_a_comma_is_no_rate() -> None:
    assert [e.value for e in _tag("It could take six months, a year or more.")] == ["P6M", "P1Y"]


@pytest.mark.parametrize(
    ("sentence", "texts", "values"),
    [
        (
            "The quake struck at 1653 local time on Tuesday.",
            ["1653 local time on Tuesday"],
            ["2024-10-22T16:53"],
        ),
        ("The test ended at 1930 CDT on 1 October.", ["1930 CDT on 1 October"], ["2024-10-01T19:30"]),
        (
            "The blast came at 10:35 a.m. (0735 GMT) Friday.",
            ["10:35 a.m.", "Friday"],
            ["2024-10-25T10:35", "2024-10-25"],
        ),
        ("The factory was built in 1930 and closed in 1987.", ["1930", "1987"], ["1930", "1987"]),
    ],
)
def test_four_digit_clocks_need_a_zone(sentence: str, texts: list[str], values: list[str]) -> None:
    found = _tag(sentence)
    assert ([e.text for e in found], [e.value for e in found]) == (texts, values)


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Anadarko, which owns a quarter of the well, and one quarter (25%) of the rig.", []),
        ("The oil entered a current that moves east; the loop current is strong.", []),
        ("The current government and current and former officials agreed.", ["PRESENT_REF", "PRESENT_REF"]),
        ("We will follow the fall out of this.", []),
        ("People were killed every two days.", ["P2D"]),
        (
            "Effects will be felt decades from now, in the months and years to come.",
            ["FUTURE_REF", "FUTURE_REF"],
        ),
        ("He left the firm years ago.", ["PAST_REF"]),
    ],
)
def test_word_senses_and_vague_spans(sentence: str, found: list[str]) -> None:
    assert [e.value for e in _tag(sentence)] == found


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("Profit rose in the fourth quarter of last year.", "the fourth quarter of last year", "2023-Q4"),
        ("Sales will recover in the first half of next year.", "the first half of next year", "2025-H1"),
        ("They met in the spring of last year.", "spring of last year", "2023-SP"),
    ],
)
def test_a_part_of_a_relative_year(sentence: str, text: str, value: str) -> None:
    found = _one(sentence)
    assert (found.text, found.value) == (text, value)


def test_a_participle_after_is_is_no_past() -> None:
    assert _one("The next report is published in December.").value == "2024-12"
    assert _one("Schools are closed and are likely to reopen on Wednesday.").value == "2024-10-30"


def test_a_habit_names_every_such_period() -> None:
    found = _tag("The hurricane season typically peaks in August and ends in November.")
    assert [(e.type, e.value) for e in found] == [("SET", "XXXX-08"), ("SET", "XXXX-11")]
    found = _tag("Flu usually peaks in winter, but this year it peaked in October.")
    assert [e.value for e in found] == ["XXXX-WI", "2024", "2024-10"]
    assert _one("The season usually peaked in August last year.").value == "2023-08"


def test_an_indefinite_weekday_is_unresolved_and_a_futures_month_is_ahead() -> None:
    found = _tag("On a recent Wednesday morning, the docks were empty; that afternoon they filled.")
    assert [e.value for e in found] == ["XXXX-WXX-3"]
    assert _one("The minister held a Monday meeting with unions.").value == "2024-10-21"
    assert _one("Wheat futures for January delivery fell.").value == "2025-01"


def test_that_morning_is_the_day_of_the_time_last_mentioned() -> None:
    found = _tag("The tanker ran aground at 00:10 on March 24, 1989. I heard the news that morning.")
    assert [e.value for e in found] == ["1989-03-24T00:10", "1989-03-24TMO"]


def test_prepositions_and_full_stops_stay_outside_the_expression() -> None:
    assert [e.text for e in _tag("Supplies are short at the moment. The store opens at 9pm.")] == [
        "the moment",
        "9pm",
    ]
    assert _tag("At the moment the bomb exploded, he was inside.") == []


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("We met last weekend and will meet again next weekend.", ["2024-W42-WE", "2024-W44-WE"]),
        ("The leak is bigger than the size of the 1989 Exxon Valdez spill.", ["1989"]),
        ("The process is expected to last several hours.", ["PTXH"]),
        ("BP will spend $500m over 10 years.", ["P10Y"]),
        ("They were hurt by Tuesday's quake.", ["2024-10-22"]),
        ("Analysts questioned the future of BP.", []),
        ('They shouted "Merry Christmas!"', []),
        ("He answers questions at 1 p.m. ET.", ["2024-10-26T13:00"]),
        ("Monday 20 September 2010 20.07 BST", ["2010-09-20", "2010-09-20T20:07"]),
        ("It appeared in print at 09.48 BST on Friday 28 May 2010.", ["2010-05-28T09:48"]),
        ("The shop was open on Christmas Eve 8pm.", ["2023-12-24", "2023-12-24T20:00"]),
        ("The tremor struck at 1653 (2153 GMT) on Tuesday.", ["2024-10-22T16:53", "2024-10-22"]),
        ("The flow was shut off at 1425 local time (1925 GMT).", ["2024-10-26T14:25"]),
        ("Jackson died at his home on 25 June last year.", ["2023-06-25"]),
        ("The wall fell in 1989 (1990 in some accounts).", ["1989", "1990"]),
        ("Results for Q1 98 were mixed.", ["1998-Q1"]),
        ("Sales fell in the third quarter of '09 and in 2010.", ["2009-Q3", "2010"]),
        ("Seasonal flu kills up to 500,000 people a year and 331 million cubic feet of gas a day.", []),
        ("He won little sympathy in many quarters. But wait a minute!", []),
    ],
)
def test_review_patterns_from_news(sentence: str, found: list[str]) -> None:
    assert [e.value for e in _tag(sentence)] == found


def test_over_a_length_is_more_than_unless_spread_across_it() -> None:
    assert _one("He has been a friend for over two decades.").mod == "MORE_THAN"
    assert _one("BP will spend $500m over 10 years.").mod is None


def test_an_adjectival_length_leaves_the_article_to_its_noun() -> None:
    assert [e.text for e in _tag("After the four hour meeting, the nine months ended.")] == [
        "four hour",
        "the nine months",
    ]


def test_a_range_of_lengths_is_one_expression_of_at_least_its_lower_end() -> None:
    found = _tag("Relief takes two to three weeks, 6-8 weeks or between six and 10 hours.")
    assert [(e.text, e.value, e.mod) for e in found] == [
        ("two to three weeks", "P2W", "EQUAL_OR_MORE"),
        ("6-8 weeks", "P6W", "EQUAL_OR_MORE"),
        ("six and 10 hours", "PT6H", "EQUAL_OR_MORE"),
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (  # H1N1_bbc
            "A pandemic similar to that of 1918-19, which killed at least 50 million people, would be a "
            "catastrophic event because it would double annual worldwide mortality.",
            [("1918-19", "1918")],
        ),
        (  # Finan_washingtonpost
            "This pattern is reminiscent of the 1997-98 Asian crisis, when successive International Monetary "
            "Fund programs provided briefer and briefer respites from market routs in emerging economies.",
            [("1997-98", "1997")],
        ),
        (
            "The mortgage bubble reached its craziest extremes in 2005-07, when China was flooding the world "
            "with cheap capital.",
            [("2005-07", "2005")],
        ),
        (
            "He was CEO of Fannie Mae from 1991-1998, how does that matter now?",
            [("1991-1998", "1991"), ("now", "PRESENT_REF")],
        ),
    ],
)
def test_a_year_range_is_one_expression_dated_by_its_first_year(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert [(e.text, e.value) for e in _tag(sentence)] == expected


def test_a_day_or_a_figure_is_no_year_range() -> None:
    found = _tag("Submitted by La_Verdad on Mon, 2008-09-15 23:19.")
    assert [e.value for e in found if e.type == "DATE"] == ["2008-09-15"]
    assert _tag("Officials expect some 1500-2000 troops to arrive.") == []
    # a span short enough for a period: only the count check keeps these out
    assert _tag("Officials expect some 1950-1990 troops to arrive.") == []
    assert _tag("Officials expect 1950-1990 troops to arrive.") == []


@pytest.mark.parametrize(
    ("sentence", "text", "value", "mod"),
    [
        (  # TimeBank wsj_0584
            "Although he expressed confidence that the proposed new company's cash flow would be sufficient "
            "to cover interest payments on the debt, he estimated that the company wouldn't be profitable "
            "until 1994 or later.",
            "1994 or later",
            "1994",
            "ON_OR_AFTER",
        ),
        (  # TimeBank wsj_0762
            'Although profits were "squeezed" in 1989, mainly as a result of higher raw-material costs, '
            "the company said it is confident about future earnings and cash flow for 1990 and beyond.",
            "1990 and beyond",
            "1990",
            "ON_OR_AFTER",
        ),
        (  # TimeBank wsj_0189
            "The battery plant, which makes rechargeable nickel cadmium and carbon zinc products, will be "
            "closed over the next year or so, a spokesman said.",
            "the next year or so",
            "1990",
            "APPROX",
        ),
    ],
)
def test_an_open_end_is_part_of_the_date(sentence: str, text: str, value: str, mod: str) -> None:
    (found,) = [e for e in _tag(sentence, date(1989, 10, 30)) if e.text.endswith(text[-6:])]
    assert (found.text, found.value, found.mod) == (text, value, mod)


def test_an_open_end_before_another_date_stays_outside() -> None:
    found = _tag("Directors may meet on Friday or later this month.", date(1989, 10, 30))
    assert [e.text for e in found] == ["Friday", "this month"]


def test_a_year_range_still_running_keeps_its_last_year() -> None:
    """H1N1_bbc, 30 June 2009: its first year would tell the study's future work as past."""
    found = _tag(
        "Roche recently initiated the global Influenza Resistance Information Study (IRIS), which will "
        "include 1,200 patients per influenza season from 2008-2011 and will assess the clinical impact of "
        "naturally-occurring and drug-induced resistance to antiviral drugs.",
        date(2009, 6, 30),
    )
    assert [(e.text, e.value) for e in found] == [("recently", "PAST_REF"), ("2011", "2011")]


@pytest.mark.parametrize(
    "sentence",
    [
        '"We do not see the markers for virulence that were seen in the 1918 virus," she said.',  # H1N1_bbc
        "To restore the 1990 status quo, government commitments to the IMF should be tripled.",  # Finan_wp
        "She is on the 1881 census living in Carno Wales with her husband and children.",  # MJ_bbc
    ],
)
def test_a_year_before_a_singular_noun_in_s_names_a_year(sentence: str) -> None:
    """A noun ending in -us, -is or -ss is no plural: the number before it is no count ("2000 troops")."""
    assert [e.type for e in _tag(sentence)] == ["DATE"]
