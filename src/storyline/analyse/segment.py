"""Sentence boundaries at line breaks, before the parser runs.

Articles arrive as paragraphs (samples) or one sentence a line (Timeline17);
a line break always ends a sentence there, but the parser alone lets a heading
such as "Background:" or a `Source: ...` line run into the next sentence. This
component marks the first token after a line break as a sentence start, and
the opening word (or opening quotation mark) of a sentence that a photo caption
or a quote runs into without a full stop (it reads the tagger's tags, which come
before the parser), the name (or title and name) that opens a sentence a caption
runs into ("... from the surface Adm Thad Allen, the commander of the US
response, says ...", or a capitalised common noun phrase: "... due to high costs
of implementation Five trusts are planning ..."), the question an index page runs
its teasers into ("... in our daily audio show Which international leaders messed
up most this week?"), an index item after its bullet decoded as "cents", a photo
credit between a caption and the lead ("... Photograph: Yuri Gripas\\/Reuters The
chief executive of BP faces ..."), and the first word after a page's update stamp ("Last
updated at 01:53 GMT Help") or after a heading in capitals ("HOW THE OIL FUNNEL
WORKS The funnel is ...", "... TO BUY: BP said"), the first word of an outlet's notice run into
the text before it (`notice_cuts`: "... at the energy giant Letters for publication should be sent
to:", "... contributed to this report Sign up for free e-mail news alerts"), or after a number that
ends an item of a fact box run into the next ("... rose to 140 Of nine new confirmed cases ..."), or at a
fact box's year label ("vulnerable 1968: An outbreak ..."), and a live page's
clock after the last word of an entry; it keeps a line that an abbreviation with
a doubled period ends ("from the Ft.." / "Jackson Wildlife ...") going on into
the next, and so a line cut at a stock ticker's period ("BP Plc (BP." / "L) failed
..."), a lower-case word that follows no full stop in its sentence, and a
name with a number inside ("Radio 2 At The Movies"), and leaves every other
boundary to the parser.

A caption, headline or fact box's item that ends without a full stop is also cut
from a sentence that opens with a subject in capitals or a name that heads a
noun phrase ("The" and a name and its noun) before its finite verb, or with a
capitalised common subject, which may take a prepositional phrase ("Health
officials in Japan have confirmed") or be a title and a name ("Former BP boss
Tony Hayward says"), also after a people's name in the plural ("the quarantined
Mexicans Large parts of ..."); with a capitalised pronoun before its verb, a
determiner before a lower-case word, or a number word before a noun phrase and
its verb, after a name; or with an adverbial (a capitalised preposition and its
phrase up to a comma or a date, a sentence adverb and its comma, "But") or a
quantity ("As many as 40,000") after a word that ends a phrase. The text before
must say something of its own: a finite verb since the last cut; only a
headline of a few words with no verb, no comma and no role's noun runs into its
lead's report of what a name says ("Mexico and China in swine flu row Mexico 's
ambassador says he ..."), and a headline that ends in a comparison's participle
("than estimated", which takes no object and no clause) into a subject with its
verb ("Video from BP appears to show ..."). A caption that ends in its date ("in
May", or a time told from now: "Ricky Hatton last weekend Health officials in
the Philippines have asked ...") runs into a name or a capitalised common
subject; a sentence that closes on its source after a comma (", analysts say")
into a name before its verb ("Moody 's downgraded BP 's creditworthiness") or an
article; a caption that ends in a noun into a capitalised adjective and a plural
noun right before their verb ("... its containment efforts Mexican authorities
have taken ...", not after a number: "two Democratic senators have written"), as
does a caption's title after its name ("Dr Margaret Chan, WHO director general
Official reports say ..."). A fact box's item that a year label opens and that has
its own verb runs into a name or "The" and a name before its finite verb ("...
most likely to die The World Health Organization has warned ...", "... to die WHO
Director General Margaret Chan said ..."); a headline or box item that ends in a
sum of money ("$450m", "$10.5bn (£7bn)") into a name before its finite verb or
its participle and infinitive ("... bill reaches $450m BP says ...", "$360m BP
scheduled to make ..."), not after an article ("the $20billion BP has pledged")
nor before a verb that leaves its object out ("$80million Obama wanted for"). A
caption that quotes its person ('Shrimper Randy Nunez: "It looks like a ghost town
around here" BP has endured ...') runs into a name, or "The" and a noun, before a
verb that goes on; a caption with its own verb into a name that "says" a whole
clause ("... clean-up efforts continue BP says there are no signs ..."); and a box
item with a participle and its infinitive ("BP scheduled to make ... on 21 June")
into an adverbial ("At its worst, BP saw ..."). An existential "There" and its verb open a sentence after
a word ("... seasonal flu does kill There are now 23 cases ..."), as does a line's opening subject said
again after a lower-case word that ends a phrase, before its verb ("Michael Jackson's doctor goes on trial
Michael Jackson's doctor has gone on trial ..."), and a capitalised word after a sum whose "m." kept the
full stop ("$38.5m. Plans to ..."); a name after a possessive heads a subject ("The BBC's Madeleine Morris
says").
A caption that ends in a verb runs into a capitalised article before its subject's finite verb ("... is
already suffering The slick has ...") or a pronoun before its verb; a headline that ends in its verb into a
capitalised common subject ("..., study finds Scientists use ..."); a standfirst that ends in a quotation
into a name that says a whole clause ("... a ` very important step ' Oil company BP says it has cut ...");
and a counted stretch of time ends a caption before a name ("for just over two weeks BP has started ...").
A name after a noun of saying, a name before a
relative clause's gap (a verb of naming's object: "a procedure BP is calling a
static kill"), a name after a fronted adverbial, and a title's capitalised word
(after a comma, or alone after a lower-case word) keep their sentence whole; a
time zone stays with its clock.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import accumulate

import numpy as np
from spacy.attrs import IS_ALPHA, IS_SPACE, LENGTH, ORTH, SENT_START, SPACY
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from storyline.analyse.actor_lexicon import COLLECTIVE_NOUNS, HONORIFICS, ORG_ROLES, ORG_WORDS, PERSON_WORDS
from storyline.analyse.bylines import byline_leads
from storyline.analyse.headline_cuts import headline_ends
from storyline.analyse.notice_cuts import notice_openings
from storyline.analyse.timex.lexicon import (
    MONTHS,
    SCALES,
    SEASONS,
    TENS,
    TIME_ZONES,
    UNITS_SMALL,
    VAGUE_COUNTS,
    WEEKDAY_NAMES,
    WEEKDAYS,
)
from storyline.analyse.titles import TITLE_WORDS
from storyline.analyse.token_table import names
from storyline.analyse.verb_forms import BE_FORMS, FINITE_TAGS, SUBORDINATORS, TENSED_TAGS

COMPONENT = "line_boundaries"


_ARTICLES = frozenset({"The", "A", "An"})
# words that open a noun phrase, and with a capital a sentence ("... close UK school Another nine UK cases")
_DETERMINERS = _ARTICLES | {"Another", "This", "These", "Its", "His", "Her", "Their", "Our"}
_OPENERS = _DETERMINERS | {"He", "She", "They", "It", "We"}
_QUOTED_WORDS = 8  # a quotation that opens a sentence after a caption runs on for at least half as many words
_QUOTE_MARKS = frozenset({'"', "”", "''"})
_NAME_PREFIXES = HONORIFICS | {"ft", "st", "mt", "pt"}  # "Ft. Jackson", "St. Bernard Parish", "Dr. Lee"
_ENDS = frozenset({".", "!", "?", "…", "..."})
_ENDS_OR_QUOTES = _ENDS | _QUOTE_MARKS
_START, _NOT_START = np.uint64(1), np.uint64(2**64 - 1)  # 1 and -1 as spaCy's arrays hold them


@dataclass(frozen=True, slots=True)
class _Words:
    """A document's words as plain strings and flags (`Doc.to_array`): the tests below read every
    word and the words before it, and a spaCy `Token` for each, made by every test in turn, cost
    about as much as the rest of the component; a `Token` is made only for the few words that may
    open a sentence after a caption or a quote."""

    text: list[str]
    spaced: list[int]  # 1: a space follows the word (its `text_with_ws` is its text and " ")
    space: list[int]  # 1: the word is white space
    alpha: list[int]
    opens: list[bool]  # `_opens` of each word: read here, never asked again of a word's text
    lower: list[bool]  # the word opens with a lower-case letter (`_lower_inside_line`)
    joined: str  # the words joined by blanks, each at its `offsets` (`stamp_sign_within`)
    offsets: list[int]

    @classmethod
    def of(cls, doc: Doc) -> _Words:
        array = doc.to_array([ORTH, SPACY, IS_SPACE, IS_ALPHA, LENGTH])
        orth, spaced, space, alpha, _ = array.T.tolist() if len(doc) else ([], [], [], [], [])
        text = names(orth, doc.vocab.strings)
        opens, lower = [_opens(word) for word in text], [w[:1].islower() for w in text]
        lengths = array[:, 4] + 1  # and a blank
        offsets = (np.cumsum(lengths) - lengths).tolist()
        return cls(text, spaced, space, alpha, opens, lower, " ".join(text), offsets)

    def stamp_sign_within(self, start: int, end: int) -> bool:
        """Whether a word from `start` to `end` (inclusive) has a digit or an opening bracket: one
        search of the joined words, not a look at each word."""
        last = self.offsets[end] + len(self.text[end])
        return _STAMP_SIGN.search(self.joined, self.offsets[max(start, 0)], last) is not None

    def line_start(self, index: int, reach: int = 0) -> int:
        """Where the line of the word at `index` starts (at most `reach`, or `_LINE_REACH`, words back)."""
        start = index
        reach = reach or _LINE_REACH
        while start > 0 and index - start < reach and "\n" not in self.text[start - 1]:
            start -= 1
        return start


# `user_data` key of a parse whose line boundaries failed: the error, reported with the page by the pipeline
CUTS_FAILED = "storyline.line_boundaries_failed"


@Language.component(COMPONENT)
def line_boundaries(doc: Doc) -> Doc:
    """The component: a bug met by one hostile text costs that text its extra cuts (the parser still
    splits its sentences), never the batch `nlp.pipe` is parsing; the error is kept for the report."""
    try:
        return _mark_boundaries(doc)
    except Exception as error:  # any error of one text stays with that text
        doc.user_data[CUTS_FAILED] = f"{type(error).__name__}: {error}"
        return doc


def _mark_boundaries(doc: Doc) -> Doc:
    """Mark the boundaries, all at once: spaCy reads the whole document each time one token's
    `is_sent_start` is set (a second per 80 articles once most words were marked)."""
    starts = doc.to_array([SENT_START])
    words = _Words.of(doc)
    texts = words.text
    stamps = _time_stamps(words)
    for stamp in stamps:
        starts[stamp + 1] = _START
    for clock in _clocks_ending_lines(words) if stamps else ():
        starts[clock] = starts[clock + 1] = _START
    for end in _pull_quotes_run_in(words):
        starts[end] = _START
    for label, end in _photo_credits(words):
        starts[label] = starts[end] = _START
        starts[label + 1 : end] = starts[end + 1 : end + 2] = _NOT_START  # the lead's name goes on
    for city, report in _datelines(words):
        starts[city] = starts[report] = _START
        starts[city + 1 : report] = _NOT_START
    for lead in headline_ends(doc, _after_stamp(words)):
        starts[lead] = _START
    for opening, closing in _bracketed_credits(words):
        starts[opening] = _START
        starts[opening + 1 : closing + 1] = _NOT_START
        if closing + 1 < len(texts) and texts[closing + 1].strip():  # not the line break after it
            starts[closing + 1] = _START
    notices = notice_openings(texts)
    run_in = _run_in_items(words) | set(notices)
    repeats = _line_openings_repeated(words)
    held: set[int] = set()  # a chronology item's day, its colon and its first word
    for label in _day_labels(words):
        starts[label] = _START
        starts[label + 1 : label + 4] = _NOT_START
        held.update(range(label + 1, label + 4))
    for by, lead in byline_leads(doc, texts):  # "By NAME Business reporter, BBC News" / the lead
        starts[by] = starts[lead] = _START
        starts[by + 1 : lead] = starts[lead + 1 : lead + 2] = _NOT_START  # "London" / "Mayor Boris ..."
        held.update(range(by + 1, lead + 2))
    for opening in notices:  # a notice's second word goes on with its first ("(" / "Reporting by")
        starts[opening + 1] = _NOT_START
        held.add(opening + 1)
    in_lines = _lower_inside_line(words, held | run_in)  # most words: marked after the loop
    skipped = held | set(in_lines)
    for i in range(1, len(texts)):
        if i in skipped:
            continue
        text = texts[i]
        after_break = "\n" in texts[i - 1]
        line_start = after_break and not words.space[i] and not _line_goes_on(words, i)
        if starts[i] == _START:
            continue  # after a live page's time stamp
        if words.lower[i] and not after_break:  # an index page's item after its bullet, "cents"
            starts[i] = _START
            continue
        if _no_letter_or_digit(text):
            _mark_sign_or_space(doc, words, i, starts, line_start or i in run_in)
            continue
        name_after = _name_after_word(words, i)  # asked once for the three tests that read the tags after it
        if (
            line_start
            or (text in _OPENERS and _caption_ends_before(doc[i]))
            or (text in _OPENERS and _opener_after_name(doc[i], starts))
            or (text in _ADVERBIAL_OPENERS and _adverbial_opens(doc[i], starts))
            or (text in _NUMBER_OPENERS and _count_after_name(doc[i], starts))
            or (text in _ARTICLES and _described_subject_after_caption(doc[i]))
            or (text in _INDEFINITE and _counted_subject_after_word(doc[i]))
            or (text == '"' and _quote_after_caption(doc[i]))
            or (texts[i - 1] in _QUOTE_MARKS and _name_opens(words, i) and _subject_after_quote(doc[i]))
            or (
                texts[i - 1] in _CLOSING_MARKS
                and _name_opens(words, i)
                and _report_after_quote(doc[i], starts)
            )
            or (_name_after_word(words, i, plural_name=True) and _subject_after_caption(doc[i], starts))
            or (_after_date(words, i) and _name_after_date(doc[i], starts))
            or (_after_saying(words, i) and _name_after_report_tag(doc[i], starts))
            or (
                name_after
                and (_plural_subject_after_caption(doc[i]) or _subject_after_year_item(doc[i], starts, texts))
            )
            or (_name_after_amount(words, i) and _subject_after_amount(doc[i], words.text))
            or (name_after and _report_after_caption(doc[i], starts))
            or (name_after and _common_subject_after_verb(doc[i], starts))
            or _heading_before(words, i)
            or i in run_in
            or _clause_after_number(words, i)
            or _quantity_opens(words, i)
            or _number_word_opens(words, i)
            or (text == "There" and _existential_after_word(doc[i]))
            or _stop_after_sum(words, i)
        ):
            starts[i] = _START
        elif i in repeats and _headline_subject_repeated(doc[i]):
            starts[i] = _START
            starts[i + 1] = _NOT_START  # the subject's second word stays with its first ("Mariah" / "Carey")
        elif _year_label(doc, words, i):
            starts[i] = _START
            starts[i + 1 : i + 3] = _NOT_START  # the colon and the item's first word stay with their year
        elif (stamp := _update_stamp_before(words, i)) is not None:
            starts[i] = _START
            for inside in stamp[1:]:
                starts[inside] = _NOT_START  # "GMT" and "Help" stay with their stamp
        elif (
            _runs_on(words, i)
            or _closes_quote(words, i)
            or _after_opener(words, i)
            or _line_goes_on(words, i)
            or _name_goes_on(words, i)
            or _web_dateline_day(words, i)
            or _zone_of_clock(words, i)
        ):
            starts[i] = _NOT_START
    going_on = np.array(_going_on(words, in_lines), dtype=np.intp)
    starts[going_on[starts[going_on] != _START]] = _NOT_START  # not after a live page's time stamp
    doc.from_array([SENT_START], starts)
    return doc


def _lower_inside_line(words: _Words, skipped: set[int]) -> list[int]:
    """The words that open with a lower-case letter inside their line, but the `skipped` (a chronology
    item's, a notice's, an index page's item): at them only the two tests that keep a sentence going can
    fire (`_going_on`); every other test needs a capital, a digit, a mark or a line break at the word.
    Three words in four of a page are such: they are marked in one pass after the loop over the others
    (at a word, the loop writes only its own mark, a mark that keeps a sentence going after it, or one
    that keeps a stamp's words together before it; it reads no such mark as a sentence start), not
    each asked in turn all that the loop asks first (most of the component's time)."""
    texts, lower = words.text, words.lower
    return [i for i in range(1, len(texts)) if lower[i] and "\n" not in texts[i - 1] and i not in skipped]


def _going_on(words: _Words, inside: list[int]) -> list[int]:
    """Those of the lower-case words `inside` their lines that go on their sentence (`_runs_on`,
    `_after_opener`, both only of a word of letters); after a word that is no stop and no quotation
    mark, `_runs_on` holds without being asked."""
    texts, alpha = words.text, words.alpha
    return [
        i
        for i in inside
        if alpha[i] and (texts[i - 1] not in _ENDS_OR_QUOTES or _runs_on(words, i) or _after_opener(words, i))
    ]


def _no_letter_or_digit(text: str) -> bool:
    """A word with no letter, digit or capital (a mark, white space): at it, only `_mark_sign_or_space`'s
    tests can fire (a capital in a circle, "Ⓐ", is no letter but counts as one in capitals)."""
    return not any(map(str.isalnum, text)) and not any(map(str.isupper, text))


def _mark_sign_or_space(doc: Doc, words: _Words, index: int, starts: np.ndarray, starts_line: bool) -> None:
    """Mark a word with no letter and no digit (a mark, white space) as `_mark_boundaries`' tests
    would, asking only those that can fire at it: a line's start or an index page's item
    (`starts_line`), a quotation after a caption, a closing quotation mark and a line cut inside a
    ticker; the others need a letter or a digit at the word."""
    if starts_line or (words.text[index] == '"' and _quote_after_caption(doc[index])):
        starts[index] = _START
    elif _closes_quote(words, index) or _line_goes_on(words, index):
        starts[index] = _NOT_START


def _line_goes_on(words: _Words, index: int) -> bool:
    """A line cut after an abbreviation (`_abbreviation_cut`, `_comma_opens_line`) or inside a ticker
    (`_inside_ticker`): asked only where it decides, not for every word."""
    return _abbreviation_cut(words, index) or _comma_opens_line(words, index) or _inside_ticker(words, index)


def _comma_opens_line(words: _Words, index: int) -> bool:
    """A comma or a semicolon that opens a line ("Rep. Bart Stupak (D-Mich.)" / ", chairman of the House
    Energy and Commerce Committee's subcommittee on oversight, said Wednesday ..."): Timeline17's
    tokenizer cut the line after a bracketed abbreviation, in the middle of the sentence; no sentence
    opens with a comma, and left to stand the rest told its news without its subject (187 lines of the
    eleven topics, 151 of bpoil_washingtonpost's entries)."""
    return index >= 2 and words.text[index] in _GOES_ON_MARKS and "\n" in words.text[index - 1]


_GOES_ON_MARKS = frozenset({",", ";"})


def _abbreviation_cut(words: _Words, index: int) -> bool:
    """A name's first word after a line that ends in an abbreviation that stands before names, with a
    doubled period ("... for transport from the Ft.." / "Jackson Wildlife Rehabilitation Center in Buras"):
    Timeline17's tokenizer added a full stop to the abbreviation's and cut the line there, in the middle
    of the name; the sentence goes on."""
    if index < 3 or "\n" not in words.text[index - 1] or not words.text[index][:1].isupper():
        return False
    return words.text[index - 2] == ".." and words.text[index - 3].lower() in _NAME_PREFIXES


def _inside_ticker(words: _Words, index: int) -> bool:
    """A word inside a stock ticker in brackets after a company's name ("BP Plc (BP.L) failed to
    reassure investors", "Kossan Rubber (KRIB.KL) and Supermax"): Timeline17's tokenizer cut the
    line at the ticker's period ("BP Plc (BP." / "L) failed ..."), and the parser elsewhere may cut
    there too, which leaves the company, the subject of "said", in a fragment of its own. The
    sentence goes on to the closing bracket and past it; so it does where the copy lost the opening
    bracket ("Transocean Ltd RIGN.N) and Halliburton Co (HAL.N)")."""
    text = words.text
    if len(text[index]) > _TICKER_TOKEN or text[index] == "(":
        return False
    if ")" not in text[index : index + _TICKER_WORDS]:
        return False  # no closing bracket near (most words): nothing to look back for
    before = range(index - 1, max(index - _TICKER_WORDS, 0) - 1, -1)
    opening = next((i for i in before if text[i] == "("), None)
    if opening is None:  # the opening bracket lost: "Transocean Ltd RIGN." / "N) and Halliburton Co"
        opening = next((i for i in before if words.spaced[i]), None)
    closing = next((i for i in range(index, min(index + _TICKER_WORDS, len(text))) if text[i] == ")"), None)
    if opening is None or closing is None or opening + 1 == index == closing:
        return False
    inside = "".join(word for word in text[opening + 1 : closing] if not word.isspace())
    return bool(_TICKER.fullmatch(inside))


_TICKER = re.compile(r"[A-Z]{1,5}\.[A-Z]{1,2}")  # "BP.L", "TOTF.PA", "DO.N"
_TICKER_TOKEN = 7  # the longest word inside a ticker ("TOTF.PA")
_TICKER_WORDS = 5  # words from a bracket to the ticker's furthest word ("(", "BP", ".", "\n", "L")


_WEEKDAY_ABBREVIATIONS = frozenset(word.capitalize() for word in WEEKDAYS if word not in WEEKDAY_NAMES)


def _web_dateline_day(words: _Words, index: int) -> bool:
    """The month after a web dateline's short weekday ("VENICE, Louisiana | Sun May 30, 2010 7:23 pm EDT
    VENICE, Louisiana (Reuters) - Lawmakers ... clamored"): the parser cut after "Sun" (read as a name),
    leaving the date and the story's first sentence without the place before them; the line goes on."""
    text = words.text
    return (
        index > 1
        and text[index] in _MONTH_NAMES
        and text[index - 1] in _WEEKDAY_ABBREVIATIONS
        and text[index - 2] == "|"
    )


def _zone_of_clock(words: _Words, index: int) -> bool:
    """A time zone goes on the clock before it ("Monday 14 June 2010 21.00 BST A boat glides ..."):
    the parser cut the zone off its time, into the caption after it, once that caption was a
    sentence of its own."""
    text = words.text
    return index > 0 and text[index] in TIME_ZONES and bool(_CLOCK_TIME.fullmatch(text[index - 1]))


_CLOCK_TIME = re.compile(r"\d{1,2}[.:]\d\d")


def _runs_on(words: _Words, index: int) -> bool:
    """A lower-case word after anything but a full stop, a question or an exclamation mark goes on
    the sentence: the parser cut a long quotation in two ('... water and carbon dioxide' / 'so if it
    has been biodegraded, if it is gone, then it is not a threat".'), leaving a fragment to stand as
    a report of its own."""
    if not (words.alpha[index] and words.text[index][:1].islower()):
        return False
    previous = index - 1
    if words.text[previous] in _QUOTE_MARKS and previous > 0:
        previous -= 1
    return words.text[previous] not in _ENDS


def _closes_quote(words: _Words, index: int) -> bool:
    """A closing quotation mark goes with the quote it closes: the parser cut the mark after
    '... "we will not do anything behind your back.' into a sentence of its own (hundreds a topic
    on Timeline17, where the mark ends the line), which left the quote open in the sentence
    before. A closing mark is glued to the word before it and followed by a blank or nothing (an
    opening one stands after a blank, glued to the word after it); a mark that ends a line after
    a full stop opens nothing, even set off by a blank ("` We all need to pull together. '")."""
    text, mark = words.text, words.text[index]
    if mark not in _CLOSING_MARKS or words.space[index - 1]:
        return False
    last = index + 1 == len(text)
    if words.spaced[index - 1]:
        line_end = last or "\n" in text[index + 1] or bool(words.spaced[index] and words.space[index + 1])
        return line_end and text[index - 1] in _ENDS
    return mark in _QUOTE_MARKS and (last or bool(words.spaced[index] or words.space[index + 1]))


def _after_opener(words: _Words, index: int) -> bool:
    """The word after an opening quotation mark, or after a dash, star or ellipsis that opens a
    line ("-- Hayward flies over the Gulf."), goes on the mark's sentence: the parser left the
    mark alone before it."""
    before = index - 1
    mark = words.text[before]
    if not words.alpha[index]:
        return False
    if mark in _OPENING_MARKS and not words.spaced[before]:
        return before == 0 or bool(words.spaced[before - 1] or words.space[before - 1])
    if mark in _LINE_OPENERS:
        return before == 0 or "\n" in words.text[before - 1]
    return False


def _time_stamps(words: _Words) -> list[int]:
    """The time stamps of a live page's entries ("1054 BellaBaita tweets: ...", "2143 The FBI warns
    ..."), each opening a line before a capitalised word: the parser joined some to their entry and
    left others alone, and one joined makes the entry's name a noun ("1054 BellaBaita tweets"). A
    stamp stands alone when the page has a few (a timeline's year opening a line is no stamp)."""
    texts = words.text
    stamps = [
        i
        for i in range(len(texts) - 1)
        if (i == 0 or "\n" in texts[i - 1])
        and _CLOCK.fullmatch(texts[i])
        and words.spaced[i]
        and texts[i + 1][:1].isupper()
    ]
    return stamps if len(stamps) >= _LIVE_PAGE_STAMPS else []


def _clocks_ending_lines(words: _Words) -> list[int]:
    """The time stamps of a live page that the page lost the line break before ("... 100,000 people
    may have been killed 2050 Haiti's President, Rene Preval, tells CNN ..."): a clock after a word
    that ends a report (not "at 1432", "the 2004 Asian tsunami", "January 2010"), before a
    capitalised word that is no time zone. Only read on a page whose lines open with stamps
    (`_time_stamps`)."""
    texts = words.text
    return [
        i
        for i in range(1, len(texts) - 1)
        if _CLOCK.fullmatch(texts[i])
        and words.spaced[i]
        and words.spaced[i - 1]
        and "\n" not in texts[i - 1]
        and words.alpha[i - 1]
        and texts[i - 1].lower() not in _BEFORE_TIMES
        and texts[i - 1] not in _MONTH_NAMES
        and words.opens[i + 1]
        and texts[i + 1] not in _TIME_ZONES
    ]


def _run_in_items(words: _Words) -> set[int]:
    """Where an index page's run-in question (`_question_opens`) or headline after its bullet
    (`_after_bullet`, the bullet and the item's first word) starts: found from the few words that
    may open one ("Which", "cents"), not asked at each of a page's words."""
    texts = words.text
    starts = {i for i, text in enumerate(texts) if text in _QUESTION_WORDS and _question_opens(words, i)}
    for bullet in (i for i, text in enumerate(texts) if text == "cents"):
        if _after_bullet(words, bullet + 1):
            starts |= {bullet, bullet + 1}
    return starts


def _question_opens(words: _Words, index: int) -> bool:
    """A question run into the text before it without a full stop, as an index page runs its
    teasers together ("... in our daily audio show Which international leaders messed up most this
    week?", "... struggling with the recession Did you soak up the news, or the sunshine
    instead?"): a capitalised question word after a lower-case word, before a lower-case word, and
    a question mark that ends the sentence on its line. Left whole, the question mark (or the
    "you") made the whole block a question to the reader, and every report in it was dropped as
    not news. A title in capitals keeps its words ("Perry Como's Without A Song, Lonnie Donegan's
    Does Your Chewing Gum Lose Its Flavour ...?")."""
    texts = words.text
    if texts[index] not in _QUESTION_WORDS or not _name_after_word(words, index) or index + 1 >= len(texts):
        return False
    if not (words.alpha[index + 1] and texts[index + 1].islower()):
        return False
    for word in texts[index + 1 : index + _QUESTION_REACH]:
        if word == "?":
            return True
        if word in _ENDS or "\n" in word:
            return False
    return False


_QUESTION_WORDS = frozenset(
    {"Which", "What", "Who", "Whose", "Why", "How", "Where", "When", "Did", "Do", "Does", "Is", "Are", "Was"}
    | {"Were", "Can", "Could", "Should", "Will", "Would", "Has", "Have"}
)
_QUESTION_REACH = 40  # words from a question's first word to its question mark


def _after_bullet(words: _Words, index: int) -> bool:
    """An item of a list of headlines after its bullet, which the copy decoded as "cents" ("... two
    weeks after the rig explosion cents Barack Obama under fire for ...", "... mental health software
    cents Mexicans told to stay indoors"): an index page's items run together without full stops, and
    each is a headline of its own, and the bullet a sentence of its own that tells nothing (asked at
    the word after it; `_run_in_items` cuts before both). Every such bullet of the Guardian topics
    opens a line or stands after a lower-case word, or after the headline's number on the page's first
    line; "cents" after a number or a word of quantity elsewhere ("50 cents", "a few cents") is money."""
    texts = words.text
    if not 2 <= index < len(texts) or texts[index - 1] != "cents" or not texts[index][:1].isupper():
        return False
    before = texts[index - 2]
    if "\n" in before:
        return True  # a bullet that opens its line
    if (any(c.isdigit() for c in before) or before == "%") and not any("\n" in t for t in texts[: index - 1]):
        return True  # "Swine flu shuts Eton as UK cases pass 200 cents Eton advised to close ...": the
        # headline's number before the bullet of the standfirst run in on the page's first line
    if not before[:1].islower() or before in _QUANTITY_WORDS:
        return False  # "people from the Monterey cents Bay Aquarium": a name's garble, not a list
    return bool(words.spaced[index - 1])


# words that count cents ("a few cents", "ninety cents"): the dates' number words and vague counts
_QUANTITY_WORDS = frozenset(
    {*UNITS_SMALL, *TENS, *SCALES, *(count for count in VAGUE_COUNTS if " " not in count)}
    | {"a", "no", "of", "dozen", "hundreds", "million"}
)


def _bracketed_credits(words: _Words) -> list[tuple[int, int]]:
    """Each photo credit in brackets (`PHOTO_CREDIT`), wherever it stands: most run in between a
    caption and the lead on one line ("... convened a hearing on 401(k)s. (By Dennis Cook -- Associated
    Press) For many Americans, 401(k) plans ..."), or open the lead's line. Where its brackets open and
    close. Cut off, the credit tells the caption above it (`extract.captions`) and the lead opens its
    own sentence."""
    texts = words.text
    credits = []
    for opening in (i for i, text in enumerate(texts) if text == "("):
        closing = next(
            (i for i in range(opening + 1, min(opening + _CREDIT_REACH, len(texts))) if texts[i] == ")"), None
        )
        if closing is None:
            continue
        text = "".join(texts[i] + " " * words.spaced[i] for i in range(opening, closing + 1)).rstrip()
        if PHOTO_CREDIT.fullmatch(text):
            credits.append((opening, closing))
    return credits


def _after_stamp(words: _Words) -> int:
    """The first word after the update stamp that opens the page, if one does (else 0). Read off the
    page's first words (`Doc.text` made a `Token` of every word of the page: a third of the component)."""
    reach = min(len(words.text), _STAMP_REACH)
    ends = list(accumulate(len(words.text[i]) + words.spaced[i] for i in range(reach)))
    text = "".join(words.text[i] + " " * words.spaced[i] for i in range(reach))
    stamp = UPDATE_STAMP.match(text) or WIRE_DATELINE.match(text)
    if stamp is None:
        return 0
    return next((i + 1 for i, end in enumerate(ends) if end >= stamp.end()), reach)


def _datelines(words: _Words) -> list[tuple[int, int]]:
    """Each newspaper dateline ("TOULON, France, Sept. 25 --", "NEW YORK, June 24 --") run into a line
    (most often a page's first; a later line of a page of several reports, too): where its city stands
    and where the report after its dashes starts. The Washington Post's pages run the headline, the
    dateline and the lead into one line ("Sarkozy Advocates Systemic Change After Crisis TOULON, France,
    Sept. 25 -- French President Nicolas Sarkozy warned ..."), read as one sentence told by the
    headline's verb; cut, the headline, the dateline (no event) and the lead are three lines."""
    texts = words.text
    found = []
    for dashes in (i for i, text in enumerate(texts) if text == _DATELINE_DASHES and 4 <= i < len(texts) - 1):
        day, month, comma = texts[dashes - 1], texts[dashes - 2].rstrip("."), dashes - 3
        if not (day.isdecimal() and 1 <= int(day) <= 31 and month.lower() in MONTHS and texts[comma] == ","):
            continue
        city = comma
        if comma >= 2 and texts[comma - 1][:1].isupper() and not texts[comma - 1].isupper():
            city = comma - 2 if texts[comma - 2] == "," else comma  # a state or country before the date
        capitals = range(city - 1, max(city - _DATELINE_CITY_WORDS, 0) - 1, -1)
        first = city
        for i in capitals:
            if not (texts[i].isalpha() and texts[i].isupper() and len(texts[i]) > 1):
                break
            first = i
        one_line = all("\n" not in texts[i] for i in range(first, dashes))
        if first < city and words.opens[dashes + 1] and one_line:
            found.append((first, dashes + 1))
    return found


_DATELINE_DASHES = "--"
_DATELINE_CITY_WORDS = 3  # "UNITED NATIONS", "RIO DE JANEIRO"


def _photo_credits(words: _Words) -> list[tuple[int, int]]:
    """Each photo credit ("Photograph: Yuri Gripas\\/Reuters") that runs into the report after it:
    where its label stands and where the report starts (`_after_credit`). The credit is a sentence
    of its own, run in after a caption or opening its line."""
    texts = words.text
    credits = []
    for label in (i for i, text in enumerate(texts[:-2]) if text == _CREDIT_LABEL):
        if texts[label + 1] != ":":
            continue
        for word in range(label + 3, min(label + _CREDIT_WORDS + 1, len(texts))):
            if _after_credit(words, word):
                credits.append((label, word))
                break
            if not _credit_word(texts, label + 2, word):
                break
    return credits


def _after_credit(words: _Words, index: int) -> bool:
    """The report that a photo credit runs into ("... Photograph: Yuri Gripas\\/Reuters The chief
    executive of BP faces a grilling ...", "Photograph: Reuters It was, for Tony Hayward ..."): the
    credit is a few capitalised words after "Photograph:", and it ends after its agency (the word
    with a slash, and a second word of the agency after it: "Ho\\/AFP\\/Getty Images") or, with no agency,
    before a word that opens a clause. Run in, the photographer's name and agency were read as the
    lead's first words (its main event "gripas\\/reuter")."""
    texts = words.text
    if not (words.opens[index] or texts[index].isupper()) or not words.spaced[index - 1]:
        return False
    before = range(index - 1, max(index - _CREDIT_WORDS, 1) - 1, -1)
    colon = next((i for i in before if texts[i] == ":"), None)
    if colon is None or texts[colon - 1] != _CREDIT_LABEL:
        return False
    credit = texts[colon + 1 : index]
    if not credit or not all(_credit_word(texts, colon + 1, word) for word in range(colon + 1, index)):
        return False
    last = credit[-1]
    if "\\/" in last or (len(credit) > 1 and last in _AGENCY_TAILS and "\\/" in credit[-2]):
        return texts[index] not in _AGENCY_TAILS
    return not any("\\/" in word for word in credit) and texts[index] in _CLAUSE_OPENERS


def _credit_word(texts: list[str], start: int, index: int) -> bool:
    """A word of a photo credit that starts at `start`: a capitalised word, or a lower-case particle
    of a photographer's name between capitalised words of the name ("Carl de Souza\\/AFP\\/Getty
    Images", "Ludwig van der Berg"), before the agency's slash; after the slash a lower-case word is
    not the credit's."""
    word = texts[index]
    if "\n" in word:
        return False
    if word[:1].isupper():
        return True
    if word not in _NAME_PARTICLES or index == start or any("\\/" in text for text in texts[start:index]):
        return False
    before = texts[index - 1]
    if not (before[:1].isupper() or before in _NAME_PARTICLES):
        return False
    after = index + 1
    while after < len(texts) and texts[after] in _NAME_PARTICLES:
        after += 1
    return after < len(texts) and texts[after][:1].isupper()


_CREDIT_LABEL = "Photograph"
# lower-case particles of personal names ("Carl de Souza", "Vincent van Gogh", "Osama bin Laden")
_NAME_PARTICLES = frozenset(
    {"de", "da", "di", "du", "do", "dos", "das", "des", "del", "della", "van", "von", "der", "den"}
    | {"ter", "ten", "le", "la", "bin", "ibn", "al", "el"}
)
_CREDIT_WORDS = 7  # "Photograph", ":" and a credit of up to five words ("Michael St Maur Sheil\\/Corbis")
# an agency's second word ("Getty Images", "Associated Press", "Rex Features", "Magnum Photos", "White House")
_AGENCY_TAILS = frozenset({"Images", "Press", "Features", "Photos", "House", "Broadcasting"})


def _clause_after_number(words: _Words, index: int) -> bool:
    """A number that ends one sentence of a list or fact box run into the next one without a full
    stop ("... cases rose to 140 Of nine new confirmed cases ...", "... in 1989 They point out
    ...", "... killed 15 A US Congressional committee ..."): a word that cannot go on a noun phrase
    after a number (a determiner, pronoun, preposition or adverb) opens a sentence after it. A name
    keeps its number ("Radio 2 At The Movies", "No. 7 The Village": a capitalised word other than a
    month before the number), and so does a line that opens with a date or a label before the
    number, as a timeline does ("6 October 2011 A recording of Jackson ..."): no lower-case word
    before the number on its line."""
    if not _opener_after_number(words, index):
        return False
    texts, number = words.text, index - 1
    before = texts[number - 1]
    if (before[:1].isupper() and before not in _MONTH_NAMES) or before.rstrip(".").lower() in _NUMBER_WORDS:
        return False
    line = texts[words.line_start(number) : number]
    return any(word[:1].islower() for word in line)


def _quantity_opens(words: _Words, index: int) -> bool:
    """A capitalised word of quantity before a number opens a sentence that a caption or a list item
    runs into with no full stop ("Police are guarding the Hong Kong hotel where the man stayed About
    300 people at a Hong Kong hotel have been placed under quarantine", "... serious air pollution
    About 325,000 gallons of dispersant ...", "... continue At least 75,000 bodies ..."): after a
    lower-case word, "About", "Some", "More than", "Up to", "As many as" and the like do not go on a
    sentence."""
    texts = words.text
    after = _QUANTITY_OPENERS.get(texts[index])
    if after is None or not words.spaced[index - 1] or not texts[index - 1][:1].islower():
        return False
    number = index + 1
    for needed in after:
        if number >= len(texts) or texts[number].lower() not in needed:
            return False
        number += 1
    return number < len(texts) and texts[number][:1].isdigit() and words.alpha[index - 1] == 1


# a quantity word that opens a sentence, and the words it needs before its number ("More than 90,000",
# "As many as 40,000 barrels")
_QUANTITY_OPENERS: dict[str, tuple[frozenset[str], ...]] = {
    **dict.fromkeys(("About", "Around", "Nearly", "Almost", "Some", "Over"), ()),
    **dict.fromkeys(("More", "Fewer", "Less"), (frozenset({"than"}),)),
    "Up": (frozenset({"to"}),),
    "At": (frozenset({"least", "most"}),),
    "As": (frozenset({"many", "much"}), frozenset({"as"})),
}


def _number_word_opens(words: _Words, index: int) -> bool:
    """A capitalised number word opens a sentence that a caption or a fact box runs into with no full
    stop ("... and via social media Eighty-five UN employees died in the 12 January earthquake", "... in
    the Haiti quake Thousands of people lost their homes"): after a lower-case word on its line (no
    conjunction, preposition or determiner), before
    a lower-case word, an acronym, "of" or the hyphen of a compound number ("Eighty-five"). A name keeps
    its number word ("Three Mile Island": a capitalised word after it). Run in, the number's first word
    went with the caption, and the figure was read as "five UN employees"."""
    texts = words.text
    if texts[index] not in _NUMBER_OPENERS or index + 2 >= len(texts) or not words.spaced[index - 1]:
        return False
    before = texts[index - 1]
    if not (words.alpha[index - 1] and before.islower()) or before in _BEFORE_TIMES:
        return False  # "Leagues One and Two", "to the Thousands of Saudi princes"
    after = texts[index + 1]
    if after in ("-", "–") and not words.spaced[index]:
        return texts[index + 2] in _QUANTITY_WORDS
    return words.spaced[index] == 1 and words.alpha[index + 1] == 1 and (after.islower() or after.isupper())


# capitalised number words that open a sentence ("Eighty-five UN employees", "Thousands of people")
_NUMBER_OPENERS = frozenset(
    {word.capitalize() for word in _QUANTITY_WORDS - {"a", "few", "several", "many", "some", "no", "of"}}
    | {"Dozens", "Hundreds", "Thousands", "Millions", "Tens"}
)


def _existential_after_word(token: Token) -> bool:
    """An existential "There" with its verb opens a sentence that a caption or headline runs into
    without a full stop ("... and seasonal flu does kill There are now 23 cases in England ...",
    "New life in US for Haiti earthquake orphans There were already 380,000 orphans ..."): inside a
    sentence the word is in lower case; a title keeps its capital after a preposition or a particle
    ("Out There", "Over There") or before a capitalised word ("There Will Be Blood")."""
    doc, index = token.doc, token.i
    if token.tag_ != "EX" or index + 1 >= len(doc):
        return False
    verb, previous = doc[index + 1], doc[index - 1]
    if not (verb.is_lower and verb.tag_ in FINITE_TAGS):
        return False
    if index + 2 < len(doc) and doc[index + 2].is_title and doc[index + 2].text not in _ONE_LETTER_WORDS:
        return False  # "the song There's Something About A Soldier": a title's words
    if not previous.is_alpha or not previous.whitespace_ or "\n" in previous.text_with_ws:
        return False
    return previous.tag_ not in _TITLE_BEFORE_THERE and previous.lower_ not in BE_FORMS


_TITLE_BEFORE_THERE = frozenset({"IN", "RP", "DT", "CC", "TO", "MD"})


def _line_openings_repeated(words: _Words) -> set[int]:
    """Where a line's first two words come again later on the line, after a lower-case word: a
    headline runs into its lead (or a caption and then the lead) that opens with the headline's
    subject ("Michael Jackson's doctor goes on trial Michael Jackson's doctor has gone on trial
    ..."). Found in one pass over the lines; `_headline_subject_repeated` reads the tags."""
    texts, found = words.text, set()
    start = 0
    for index in range(1, len(texts)):
        if "\n" in texts[index - 1]:
            start = index
            continue
        if index - start < _HEADLINE_WORDS or not words.opens[start] or not words.alpha[start + 1]:
            continue
        if texts[index] == texts[start] and texts[index + 1 : index + 2] == [texts[start + 1]]:
            before = texts[index - 1]
            if words.alpha[index - 1] and before.islower() and words.spaced[index - 1]:
                found.add(index)
    return found


def _headline_subject_repeated(token: Token) -> bool:
    """The repeated opening (`_line_openings_repeated`) is the subject of a finite verb, after a word
    that ends a phrase (not a preposition, determiner, conjunction, adjective, verb or "how": "a man
    Barack Obama met", "trial of Michael Jackson's doctor", "the two-hour Hope for Haiti telethon",
    "have not proved how Dr Murray caused") nor a role that stands before a name ("Former BP boss
    Tony Hayward says", "Talent show mogul Simon Cowell has"), and the verb goes on as a sentence's
    or takes a prepositional phrase ("has gone on trial"), where a relative clause would leave a gap
    ("the dose Michael Jackson's doctor gave.")."""
    doc, previous = token.doc, token.doc[token.i - 1]
    compound = previous.tag_ == "JJ" and doc[previous.i - 1].tag_ in ("NN", "NNS")  # "Haiti charity single"
    if not compound and (previous.tag_ in _NOT_PHRASE_ENDS or previous.tag_.startswith("VB")):
        return False
    if _role(previous) or _name_modifies_noun(doc, token.i):
        return False
    found = _finite_verb_after_subject(doc, token.i)
    if found is None and token.text in _ARTICLES:
        found = _verb_after_common_phrase(doc, token.i)
    if found is None:
        return False
    verb, set_off = found
    end = _chain_end(doc, verb)
    takes_phrase = end + 2 < len(doc) and doc[end + 1].tag_ == "IN" and doc[end + 2].tag_ in _OBJECT_OPENERS
    return set_off or takes_phrase or _verb_goes_on(doc, verb, through_infinitive=True)


def _name_modifies_noun(doc: Doc, start: int) -> bool:
    """The name opening at `start` (its capitalised words, and "of", "for" or "&" between them) stands
    before a common noun, with no possessive: it goes on a noun phrase that the word before may have
    opened ("the two-hour Hope for Haiti telethon included"; the tagger may read "Hope" as a noun)."""
    end = start
    while end + 1 < len(doc) and end - start < _NAME_WORDS:
        word = doc[end]
        if not (_capitalised(word) or (word.text in _NAME_JOINERS and _capitalised(doc[end + 1]))):
            break
        end += 1
    return doc[end].tag_ in ("NN", "NNS") and doc[end].is_lower


def _stop_after_sum(words: _Words, index: int) -> bool:
    """A capitalised word after a sum of money whose scale took the full stop as an abbreviation's
    ("... paid out a total of $38.5m. Plans to permanently seal the well ...", "... have reached
    £31.5m. Meanwhile, UK rescuers ..."): the tokenizer kept "m." whole and the parser went on."""
    if index < 2 or not words.opens[index] or not words.spaced[index - 1]:
        return False
    scale, number = words.text[index - 1], words.text[index - 2]
    glued = not words.spaced[index - 2] and scale.endswith(".")
    return glued and scale.rstrip(".") in _SUM_SCALES and number[:1].isdigit()


def _pull_quotes_run_in(words: _Words) -> list[int]:
    """Where the text after a pull quote starts on its line: a BBC page sets a sentence of its own (or
    part of one) apart in large type, and the copy runs it into the next paragraph with no full stop
    ("Sending aid to rioting ingrates while our own people die is stinking elite hypocrisy Mr Griffin,
    MEP for North West England, responded ..."). The quote opens its line, repeats at least
    `_PULL_QUOTE_WORDS` words from elsewhere in the page word for word, and where the words part, the
    copy elsewhere ends (a full stop, a closing quotation mark, a comma, a line's end; not 'Alain Le Roy
    says "less than five"', where the line's "says" goes on) and a capitalised word goes on the line.
    Left whole, the quote's verb took the sentence, and its reporting clause lost its event."""
    texts, n = words.text, len(words.text)
    size = _PULL_QUOTE_WORDS
    line_starts = [i for i in range(n - size) if not i or ("\n" in texts[i - 1] and not words.space[i])]
    first_words = {texts[start] for start in line_starts}  # only a line's first word can open a pull quote
    seen: dict[tuple[str, ...], list[int]] = {}
    for i in range(n - size):
        if texts[i] in first_words and not any(words.space[i : i + size]):
            seen.setdefault(tuple(texts[i : i + size]), []).append(i)
    cuts = []
    for start in line_starts:
        for other in seen.get(tuple(texts[start : start + size]), ()):
            length = _copied_length(words, start, other) if other != start else None
            if length is None:
                continue  # the line itself, or a line repeating itself past any pull quote
            end = start + length
            if end < n and _pull_quote_ends(words, end, other + length):
                cuts.append(end)
                break
    return cuts


def _copied_length(words: _Words, start: int, other: int) -> int | None:
    """How many words from `start` repeat from `other` on, word for word on one line; None past
    `_PULL_QUOTE_REACH` words, longer than any pull quote (a line repeating itself, "officials in
    Mexico City met officials in Mexico City met ...", was read to its end once for each copy)."""
    texts, n = words.text, len(words.text)
    length = _PULL_QUOTE_WORDS
    while (
        start + length < n
        and other + length < n
        and texts[start + length] == texts[other + length]
        and not words.space[start + length]
    ):
        length += 1
        if length > _PULL_QUOTE_REACH:
            return None
    return length


def _pull_quote_ends(words: _Words, end: int, copy_end: int) -> bool:
    """The pull quote's words stop at `end`, where a capitalised word goes on its line, and its copy
    elsewhere stops at `copy_end` at a sentence's or a quotation's end."""
    texts = words.text
    if not (words.opens[end] and words.alpha[end] and words.spaced[end - 1]) or "\n" in texts[end - 1]:
        return False
    if copy_end == len(texts) or "\n" in texts[copy_end]:
        return True
    if texts[copy_end] in _CLOSING_MARKS:  # glued to the quote it closes: 'says "less than five"' opens one
        return not words.spaced[copy_end - 1]
    return texts[copy_end] in _COPY_ENDS


_PULL_QUOTE_WORDS = 6  # words repeated at least (fewer repeat by chance: "the Gulf of Mexico")
_PULL_QUOTE_REACH = 200  # words repeated at most (Timeline17's longest pull quote: 35 words)
_COPY_ENDS = _ENDS | {",", ";", "-", "--", "–", "—"}  # and a dash: "poorly designed and built - mostly with"


def _name_goes_on(words: _Words, index: int) -> bool:
    """A name with a number inside goes on past it ("BBC Radio 2 At The Movies season", "Radio 2 In
    Concert"): a capitalised word before the number and after the opener. The parser alone cut
    both after the number."""
    if not _opener_after_number(words, index) or index + 1 >= len(words.text):
        return False
    before = words.text[index - 2]
    return before[:1].isupper() and before not in _MONTH_NAMES and words.opens[index + 1]


def _opener_after_number(words: _Words, index: int) -> bool:
    """The word at `index` opens a clause (`_CLAUSE_OPENERS`) right after a number on its line."""
    texts = words.text
    if texts[index] not in _CLAUSE_OPENERS or index < 2:
        return False
    number = index - 1
    return texts[number][:1].isdigit() and bool(words.spaced[number]) and "\n" not in texts[number - 1]


# Words that open a clause and cannot go on a noun phrase after a number ("140 Of nine new cases").
_CLAUSE_OPENERS = frozenset(
    {"The", "A", "An", "This", "These", "Those", "Its", "His", "Her", "Their", "Our", "Some"}
    | {"He", "She", "It", "They", "We", "I", "There"}
    | {"Of", "About", "In", "On", "At", "For", "By", "With", "After", "As", "When", "However"}
)
_MONTH_NAMES = frozenset(word.capitalize() for word in MONTHS)  # "January", "Sept"
_NUMBER_WORDS = frozenset({"no", "number"})  # "No. 7 The Village" (lower-cased, full stop dropped)
# Words that a year or a time goes on ("at 1432", "the 2004 Asian tsunami"), not a report's last word.
_BEFORE_TIMES = frozenset(
    {"at", "by", "from", "until", "till", "to", "before", "after", "since", "around", "between", "in", "of"}
    | {"on", "for", "and", "or", "the", "a", "an", "this", "that", "its", "his", "her", "their", "our"}
)
_TIME_ZONES = TIME_ZONES | {"UK", "US", "local"}  # and "UK time", "local time"
_CLOCK = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d")
_LIVE_PAGE_STAMPS = 3
_CLOSING_MARKS = _QUOTE_MARKS | {"'"}
_OPENING_MARKS = frozenset({'"', "“", "``"})
_LINE_OPENERS = frozenset({"-", "--", "—", "–", "*", "•", "...", "…"})


# A page's update stamp ("6 January 2011 Last updated at 01:53 GMT Help"; "Page last updated at 11:50
# GMT, Friday, 29 January 2010", with the server's "(an error occurred while processing this directive)"
# after it on some pages; "Last updated: 19 January, 2010 - 14:10 GMT", its month lowered on some, "1
# may, 2009"; the Washington Post's "Thursday, December 18, 2008; 11:33 AM") or a blog post's time
# ("09:27 UK time, Friday, 28 May 2010") set before the report on its line; `non_events` drops it.
_ZONE = r"(?: (?:GMT|BST|UTC|ET|EST|EDT|UK))"
_WEEKDAY_DATE = r"\s*,\s*[A-Z][a-z]+day\s*,\s*\d{1,2} [A-Z][a-z]+ \d{4}"
UPDATE_STAMP = re.compile(
    rf"[^.\n]{{0,40}}\bLast updated at \d{{1,2}}[:.]\d{{2}}{_ZONE}?(?: Help)?"
    rf"|\d{{1,2}}[:.]\d{{2}} (?:UK|GMT|BST|US) time{_WEEKDAY_DATE}"
    rf"|Page last updated at \d{{1,2}}[:.]\d{{2}}{_ZONE}?{_WEEKDAY_DATE}(?: \d{{1,2}}[:.]\d{{2}}{_ZONE}?)?"
    r"(?:\s*\(\s*an error occurred while processing this directive\s*\))?"
    rf"|Last updated\s*:\s*\d{{1,2}} [A-Za-z][a-z]+\s*,\s*\d{{4}}\s*-\s*\d{{1,2}}[:.]\d{{2}}{_ZONE}?"
    r"|[A-Z][a-z]+day\s*,\s*[A-Z][a-z]+\.? \d{1,2}\s*,\s*\d{4}\s*;\s*\d{1,2}:\d{2} [AP]M(?: ET)?(?:\s*--)?"
)
# A wire's dateline: its place ("MEXICO CITY", "NUSA DUA, Indonesia"), its web time stamp ("Sat Apr 25,
# 2009 1:51 am BST") and the wire. Run into its lead ("MEXICO CITY | Sat May 2, 2009 7:53 pm EDT MEXICO CITY
# (Reuters) -", "HONG KONG, May 2 (Reuters) -", a byline before it), it is cut off as a stamp is; alone,
# `extract.page_notes` reads it as a dateline.
WIRE_PLACE = r"[A-Z][A-Z.' -]*(?:, [A-Z][a-z]+(?: [A-Z][a-z]+)?)?"
WIRE_STAMP = r"[A-Z][a-z]{2} [A-Z][a-z]{2} \d{1,2}, \d{4} \d{1,2}:\d{2} [ap]m [A-Z]{2,4}"
WIRES = r"(?:Reuters|AP|AFP|Bloomberg|UPI|Xinhua)"
# every stamp and wire dateline above has a digit (a clock, a date) or an opening bracket (a wire's name)
_STAMP_SIGN = re.compile(r"[\d(]")
WIRE_DATELINE = re.compile(
    rf"(?:By [A-Z][^|\n]{{0,60}} )?{WIRE_PLACE} ?\| ?{WIRE_STAMP} {WIRE_PLACE} \({WIRES}\) -"
    rf"|{WIRE_PLACE}(?:, [A-Z][a-z]{{2,4}}\.? \d{{1,2}})? \({WIRES}\) -"
)
# A photo's credit in brackets, after its caption: "(By Kirsty Wigglesworth -- Associated Press)", "(AP
# Photo/Gerald Herbert)", "(Ng Han Guan - AP)", "(Photos By Melina Mara -- The Washington Post)".
PHOTO_CREDIT = re.compile(
    r"\((?:(?:Photos? )?By [A-Z][\w.' -]{1,40} -- [A-Z][\w.' -]{1,40}"
    r"|(?:AP|Pool|AFP|Reuters) Photo ?(?:\\?/ ?|[Bb]y )[A-Z][\w.' -]{1,40}"
    r"|[A-Z][\w.' -]{1,40} - (?:AP|AFP|Reuters|Getty Images)"
    r")\)"
)
_CREDIT_REACH = 16  # words of a credit in brackets, the brackets included
_LINE_REACH = 12  # tokens looked back for the start of a line
_STAMP_REACH = 32  # and for a stamp's (19 words with a server's error notice, 25 with a wire's byline)


def _opens(text: str) -> bool:
    """A capitalised word, not one in capitals (an acronym or a heading's word); "A" and "I" are words."""
    return text[:1].isupper() and (not text.isupper() or text in _ONE_LETTER_WORDS)


_ONE_LETTER_WORDS = frozenset({"A", "I"})  # "... Last updated at 12:54 GMT Help A `` sequence of failures ''"


def _update_stamp_before(words: _Words, index: int) -> range | None:
    """The update stamp (the indices of its words) that runs into the report starting at word
    `index`, if any (only a capitalised word or an acronym opens a report: "... 10:00 AM PBS Frontline
    producer Michael Kirk was online"; most words are told apart without reading back along their line)."""
    if not (words.opens[index] or words.text[index].isupper()):
        return None
    if not words.stamp_sign_within(index - _STAMP_REACH, index):
        return None  # no stamp's clock nor wire's bracket on the line: its text is not joined and read
    line = range(words.line_start(index, _STAMP_REACH), index)
    if not line:
        return None
    text = "".join(words.text[i] + " " * words.spaced[i] for i in line)  # the line's `Span.text`
    if UPDATE_STAMP.fullmatch(text + words.text[index]):
        return None  # the stamp goes on: "GMT", "UK", "ET" or "Help" at the end of a stamp's own line
    text = text[:-1] if words.spaced[index - 1] else text
    return line if UPDATE_STAMP.fullmatch(text) or WIRE_DATELINE.fullmatch(text) else None


def _heading_before(words: _Words, index: int) -> bool:
    """A heading in capitals runs into the report that starts at word `index` ("HOW THE OIL FUNNEL
    WORKS The funnel is ..."), or ends in a colon ("U.S. OIL COMPANY APACHE (APA.N) TO BUY: BP said
    ..."): three words or more and twelve letters or more in capitals, so that acronyms ("US FDA
    CDC") are no heading. A line cut inside a ticker is one line with the line before it."""
    text, before = words.text[index], words.text[index - 1]
    if not (words.opens[index] or (text.isupper() and before == ":")) or before.upper() != before:
        return False  # no heading before a word with a lower-case letter
    if text in _ONE_LETTER_WORDS and index + 1 < len(words.text) and words.text[index + 1].isupper():
        return False  # a text all in capitals goes on ("... ONCE IN A BLUE MOON")
    start = words.line_start(index)
    while start > 1 and "\n" in words.text[start - 1] and _inside_ticker(words, start):
        start = words.line_start(start - 1)
    line = words.text[start:index]
    lettered = [word for word in line if any(c.isalpha() for c in word)]
    capitals = all(c.isupper() for word in lettered for c in word if c.isalpha())
    return capitals and len(lettered) >= 3 and sum(c.isalpha() for word in lettered for c in word) >= 12


def _caption_ends_before(token: Token) -> bool:
    """A photo caption or a quoted headline run into the next sentence without a full stop:
    '... the losses heartbreaking" The chairman of the US Joint Chiefs ... said', "Poet Laureate Carol
    Ann Duffy organised the fundraising event The prime minister ... thanked". Only a sentence's
    opening word counts ("The" before a lower-case word, not "The Times"; "He", "They"), after a
    closing quotation mark, a common noun or a participle ("... the severity of the situation has
    increased The head of the WHO's global influenza program ... said"), or another verb that may end
    a clause, not one of saying (`_CLAUSE_END_VERBS`), an adjective or an adverb (`_MODIFIER_TAGS`)."""
    if token.text not in _OPENERS or token.i + 1 >= len(token.doc):
        return False
    following = token.doc[token.i + 1]
    if _participle_before_named_subject(token):
        return True
    if token.text in _DETERMINERS and not following.is_lower:
        return False  # "told The Guardian", "the band The Kooks"
    previous = token.doc[token.i - 1]
    if not previous.whitespace_:
        return False
    if previous.text in _QUOTE_MARKS:  # a closing mark, glued to the quoted words, not after a comma
        before = token.doc[previous.i - 1] if previous.i > 0 else None
        return before is not None and not before.whitespace_ and before.text not in (",", ":")
    if following.tag_ == "CC" or previous.lower_ in _NAMING_VERBS or not previous.is_lower:
        return False  # "a set featuring selected A and B sides", "an initiative called It's My Country"
    if previous.tag_ in ("NN", "NNS", "VBN"):
        return True
    if previous.tag_ not in _CAPTION_END_TAGS or previous.lower_ in _CLAUSE_VERBS:
        return False  # "said It was": a verb of saying takes a clause
    if token.text in _DETERMINERS:
        return _main_verb_ahead(token.doc, token.i + 1)  # no object in capitals: "was A bolt from the blue."
    return following.tag_ in FINITE_TAGS and following.is_lower


# an adjective or an adverb may end a caption too ("... makes other big companies nervous It added:", "...
# last declared a pandemic 41 years ago A sharp increase in swine flu cases ... may mean"), and a noun the
# tagger read as an adjective ("... has the potential to become a pandemic The first cases ... have been")
_MODIFIER_TAGS = frozenset({"JJ", "RB"})


def _participle_before_named_subject(token: Token) -> bool:
    """A caption that ends in a participle runs into "The" and a name before their finite verb ("Whole
    areas of the Haitian capital have been flattened The World Food Programme is working on ..."); a
    participle of naming takes a title ("a film called The Hurt Locker")."""
    doc, previous = token.doc, token.doc[token.i - 1]
    if previous.tag_ != "VBN" or not previous.is_lower or previous.lower_ in _NAMING_VERBS:
        return False
    return (
        previous.whitespace_ == " "
        and _article_of_name(doc, token.i)
        and bool(_finite_verb_after_subject(doc, token.i))
    )


def _main_verb_ahead(doc: Doc, start: int) -> bool:
    """A finite verb in lower case within `_SUBJECT_REACH` words of `start`, before any mark, line
    break or subordinate clause: the noun phrase there is a subject ("A giant iron funnel being built
    in a bid to halt the huge spill from a Gulf of Mexico well will be deployed"), not an object
    ("we get A surprising result if chaos means ...")."""
    for word in doc[start : start + _SUBJECT_REACH]:
        if word.tag_ in FINITE_TAGS:
            return word.is_lower
        if word.is_punct or "\n" in word.text_with_ws or word.lower_ in SUBORDINATORS or word.tag_ == "WDT":
            return False
    return False


_SUBJECT_REACH = 24
# verbs that may end a caption's clause ("... is already suffering The slick has ...", "... explains how
# the funnel will work A ship carrying ..."): a capitalised determiner after one opens a sentence, and so
# does a pronoun before its finite verb
_CLAUSE_END_VERBS = frozenset({"VB", "VBG", "VBD", "VBP", "VBZ"})
_CAPTION_END_TAGS = _CLAUSE_END_VERBS | _MODIFIER_TAGS
_NAMING_VERBS = frozenset({"called", "named", "entitled", "titled", "dubbed", "headlined", "nicknamed"})


def _opener_after_name(token: Token, starts: np.ndarray) -> bool:
    """A caption, headline or list item that ends in a name runs into a sentence that opens with a
    pronoun before its verb or an article before a lower-case word: "An ocean current is
    threatening to carry the oil into the Atlantic It emerged on Wednesday ...", "... send 400,000
    of them to Mexico A flight from Germany ... is diverted". Inside a sentence such a word has a
    capital only in a title ("Vitamin A deficiency": no article's tag; "Beat It": no verb after
    the pronoun, or the title listed after a comma or a conjunction, "..., Smooth Criminal to 28,
    Beat It reached 30"); the text before it on its line says something of its own
    (`_verb_since_cut`)."""
    doc, index = token.doc, token.i
    if index < 2 or index + 1 >= len(doc):
        return False
    previous, following = doc[index - 1], doc[index + 1]
    if previous.tag_ not in _NAME_TAGS or not _capitalised(previous) or previous.whitespace_ != " ":
        return False
    if token.text in _ARTICLES and _article_opens_subject(doc, index, starts):
        return True
    if doc[index - 2].tag_ in (",", "CC"):
        return False
    if token.text in _DETERMINERS:
        if token.tag_ not in ("DT", "PRP$") or not (following.is_alpha and following.is_lower):
            return False
    else:
        verb = following if following.tag_ != "RB" or index + 2 >= len(doc) else doc[index + 2]
        if verb.tag_ not in FINITE_TAGS or not verb.is_lower:
            return False
    return _verb_since_cut(doc, index - 1, starts)


def _article_opens_subject(doc: Doc, index: int, starts: np.ndarray) -> bool:
    """An article after a name opens a sentence when a lower-case word follows it and the noun phrase
    it opens is the subject of a finite verb (`_main_verb_ahead`), even after a byline with no verb of
    its own ("The BBC's Paul Adams in Washington The president says ...", "From Matthew Price in
    Oaxaca, Mexico The first fatal case of the virus is believed ..."): inside a sentence a capitalised
    article opens a title, whose next word has a capital too ("the band The Kooks"). "A" or "An", which
    may be a letter that a name takes ("Influenza A viruses are classified ...", "Vitamin A"), opens a
    sentence only after a caption's verb ("... at Alleyn's School A third school in London has closed")."""
    following = doc[index + 1]
    if not (following.is_alpha and following.is_lower) or not _main_verb_ahead(doc, index + 1):
        return False
    if doc[index].text == "The":
        return doc[index].tag_ == "DT"
    return doc[index].tag_ in ("DT", *_NAME_TAGS) and _verb_since_cut(doc, index - 1, starts)


def _count_after_name(token: Token, starts: np.ndarray) -> bool:
    """A capitalised number word opens a sentence after a caption that ends in a place or another
    name: "Eight cases of swine flu have emerged in the UK Two more people in London have been
    diagnosed ...". The name follows an article or a preposition ("in the UK"), the number word a
    word of a noun phrase, and a finite verb comes within a few words; a name that a number goes on
    ("on Channel Four news", "shown on BBC Two after a power cut", "World War Two veterans") has no
    verb so near, no noun phrase after the number, or no article or preposition before it."""
    doc, index = token.doc, token.i
    if index < 3 or token.text == "One":
        return False
    previous, following = doc[index - 1], doc[index + 1] if index + 1 < len(doc) else None
    if previous.tag_ not in _NAME_TAGS or not _capitalised(previous) or previous.whitespace_ != " ":
        return False
    if doc[index - 2].tag_ not in ("DT", "IN") or not doc[index - 2].is_lower:
        return False
    if (
        following is None
        or not following.is_lower
        or not (following.tag_ in _COUNTED or following.lower_ == "of")
    ):
        return False  # "shown on BBC Two after a power cut halted ..."
    near = doc[index + 1 : index + 1 + _COUNT_TO_VERB]
    verb = next((word for word in near if word.tag_ in FINITE_TAGS or word.is_punct), None)
    if verb is None or verb.is_punct or not verb.is_lower:
        return False
    return _verb_since_cut(doc, index - 1, starts)


_COUNT_TO_VERB = 6  # "Two more people in London have"
_COUNTED = frozenset({"JJ", "JJR", "NN", "NNS"})  # "Two more people", "Three children", "Two of them"


def _verb_since_cut(doc: Doc, end: int, starts: np.ndarray, box_item: bool = False) -> bool:
    """A finite verb between the last full stop, line break or cut made before it here (`starts`)
    and word `end`, in any clause: a word that no sentence goes on with (a capitalised pronoun,
    article or adverbial) ends even a caption whose verb is in a clause of its own ("The US
    announces that it will buy ... and send 400,000 of them to Mexico"). With `box_item`, a box
    item since a cut made here that says something with a participle and its infinitive, not a
    finite verb, counts too ("BP scheduled to make a first-quarter dividend payment to shareholders
    on 21 June At its worst, BP saw ..."): it ends before an adverbial that opens a sentence. At
    most `_CUT_REACH` words back, as `_last_cut` (unbounded, a 40,000-character line of phrases
    with no verb, "... ships of the Gulf In May, ...", was read back to its start for every "In")."""
    for before in reversed(doc[max(end + 1 - _CUT_REACH, 0) : end + 1]):
        if "\n" in before.text_with_ws or before.text[-1:] in ".!?":
            return False
        if before.tag_ in FINITE_TAGS:
            return True
        if starts[before.i] == _START:
            return box_item and _scheduled_after_name(doc, before.i)
    return False


def _adverbial_opens(token: Token, starts: np.ndarray) -> bool:
    """A sentence that opens with an adverbial, run into the caption, headline or list item before it
    without a full stop: "... said Health Minister Tony Ryall In France, a top health official told
    ...", "... run into Wednesday Then, engineers will have to decide ...", "... on 21 June At its
    worst, BP saw ...", "... with flu symptoms In addition, ...", "... a trip to Mexico But a UK
    hospital ...". A capitalised preposition whose phrase a comma closes within a few words (more
    when a lower-case determiner opens the phrase: "In a speech in Pennsylvania on Wednesday,"; or that
    a day or a month follows: "On Thursday European health ministers held"), a sentence adverb and
    its comma, or "But" before a lower-case word; after a word that ends a phrase (a lower-case word
    that no article, preposition or conjunction needs to go on, or a name), and after text that says
    something of its own (`_verb_since_cut`). A title keeps its words ("the show
    Made In Chelsea", "the album Live At Leeds": a capitalised word alone after a lower-case one)."""
    doc, index = token.doc, token.i
    if index < 2 or index + 2 >= len(doc) or not _ends_phrase(doc, index - 1):
        return False
    following = doc[index + 1]
    if token.text in _CLAUSE_PREPOSITIONS:
        determined = following.tag_ in ("DT", "PRP$") and following.is_lower
        reach = _DETERMINED_ADVERBIAL_WORDS if determined else _ADVERBIAL_WORDS
        phrase = doc[index + 1 : index + 1 + reach]
        dated = following.text in _MONTH_NAMES or following.lower_ in WEEKDAY_NAMES
        comma = any(word.text == "," for word in phrase[1:])
        phrase = phrase if comma else phrase[:_ADVERBIAL_WORDS]
        if not dated and not comma and not _subject_after_phrase(doc, index):
            return False
        if any(word.is_punct and word.text != "," for word in phrase[: _comma_or_end(phrase)]):
            return False
    elif token.text == "But":
        if not (following.is_lower and following.is_alpha):
            return False
    elif following.text != ",":
        return False
    return _verb_since_cut(doc, index - 1, starts, box_item=True)


def _subject_after_phrase(doc: Doc, index: int) -> bool:
    """The capitalised preposition at `index` takes a phrase of a determiner and one lower-case word,
    and a name with its finite verb follows it, no comma between ("At its worst BP saw 34% wiped
    off ..."): the phrase is the adverbial of the name's clause."""
    if index + 4 >= len(doc) or doc[index + 1].tag_ not in ("DT", "PRP$"):
        return False
    word, name = doc[index + 2], doc[index + 3]
    if not (word.is_alpha and word.is_lower) or name.tag_ not in _NAME_TAGS:
        return False
    return _finite_verb_after_subject(doc, name.i) is not None


def _comma_or_end(words: Span) -> int:
    """Where the first comma of `words` stands (the end of an opening adverbial), or their length."""
    return next((i for i, word in enumerate(words) if word.text == ","), len(words))


def _ends_phrase(doc: Doc, index: int) -> bool:
    """The word at `index` may end a phrase, and so a caption: a lower-case word that nothing needs
    to go on, or a name that is no title's first word (a capitalised word alone after a lower-case
    word that is no article or preposition, "the show Made", or after a comma or a conjunction,
    "Lewis Carroll's classic fantasy, Alice In Wonderland")."""
    word = doc[index]
    if not word.is_alpha or word.whitespace_ != " " or word.tag_ in _GOES_ON_TAGS:
        return False
    if word.is_lower:
        return True
    if word.tag_ not in _NAME_TAGS or not _capitalised(word):
        return False
    before = doc[index - 1]
    if before.tag_ in (",", "CC"):
        return False
    return not (before.is_alpha and before.is_lower and before.tag_ not in _GOES_ON_TAGS)


_CLAUSE_PREPOSITIONS = frozenset({"In", "On", "At"})
_SENTENCE_ADVERBS = frozenset(
    {"Then", "However", "Meanwhile", "Later", "Instead", "Nevertheless", "Separately", "Afterwards"}
    | {"Eventually", "Finally", "Earlier", "Moreover", "Furthermore", "Indeed", "Initially", "Previously"}
)
_ADVERBIAL_OPENERS = _CLAUSE_PREPOSITIONS | _SENTENCE_ADVERBS | {"But"}
_ADVERBIAL_WORDS = 4  # "In France ,", "At its worst ,", "In the meantime ,"
# a phrase that a lower-case determiner opens is no title's, and may run on to its comma: "... from beaches
# and marshes In a speech in Pennsylvania on Wednesday , President Barack Obama said"
_DETERMINED_ADVERBIAL_WORDS = 10


def _described_subject_after_caption(token: Token) -> bool:
    """A caption or a headline run into a sentence that opens with an article, a capitalised adjective and
    a common noun: "... their fans are now celebrating again The Haitian consul to Sao Paulo ...",
    "Haitians still waiting for aid The Haitian authorities say ...", "... appeal A Haitian woman is
    helped ...". Inside a sentence an article has a capital only in a title, whose words are all
    capitalised ("The Irish Times"); so after a lower-case word that no article, preposition, conjunction
    or possessive needs to go on, on the same line, the article opens a sentence."""
    doc = token.doc
    if token.i < 1 or token.i + 2 >= len(doc):
        return False
    previous, adjective, noun = doc[token.i - 1], doc[token.i + 1], doc[token.i + 2]
    if not (previous.is_alpha and previous.is_lower and previous.whitespace_ == " "):
        return False
    if previous.tag_ in _GOES_ON_TAGS:
        return False
    return adjective.is_title and adjective.tag_ == "JJ" and noun.is_lower and noun.tag_ in ("NN", "NNS")


def _counted_subject_after_word(token: Token) -> bool:
    """An indefinite article before a number, after a word and a blank on the same line, whose noun
    phrase has its finite verb ahead: "... reports from Mexico A 23-month-old Mexican child has died",
    "... removed from the rubble A 16-year-old girl has been pulled out", "... on Mexico 's coastline A
    1985 report by ... found". Inside a sentence a capital "A" before a number is a letter ("Class A
    10-year notes"), and no finite verb follows with the number's noun as its subject."""
    doc = token.doc
    if token.i < 1 or token.i + 2 >= len(doc) or not doc[token.i + 1].like_num:
        return False
    previous = doc[token.i - 1]
    if not (previous.is_alpha and previous.whitespace_ == " ") or previous.tag_ in _GOES_ON_TAGS:
        return False
    for word in doc[token.i + 2 : token.i + 2 + _SUBJECT_REACH]:
        if word.tag_ in FINITE_TAGS:
            return word.is_lower
        if word.text not in _HYPHENS and (word.is_punct or "\n" in word.text_with_ws or word.tag_ == "WDT"):
            return False
    return False


_INDEFINITE = frozenset({"A", "An"})
_HYPHENS = frozenset({"-", "–"})
_GOES_ON_TAGS = frozenset({"IN", "DT", "CC", "TO", "PRP$", "WDT", "WP", "POS", "MD"})
_NOT_PHRASE_ENDS = _GOES_ON_TAGS | {"JJ", "JJR", "JJS", "WRB"}  # words a name does not end a phrase after


def _name_after_word(words: _Words, index: int, plural_name: bool = False) -> bool:
    """A capitalised word after a lower-case word and a blank on the same line (or, with
    `plural_name`, after a people's name in the plural): the cheap test that comes before
    `_subject_after_caption` reads the tags."""
    before = index - 1
    return (
        index > 1
        and _name_opens(words, index)
        and words.alpha[index] == 1
        and words.alpha[before] == 1
        and words.spaced[before] == 1
        and (words.text[before].islower() or (plural_name and _plural_name(words.text[before])))
    )


def _name_opens(words: _Words, index: int) -> bool:
    """A capitalised word or an acronym at `index`: the cheap test before the tags are read."""
    return bool(words.opens[index]) or _acronym(words.text[index])


def _plural_name(text: str) -> bool:
    """A people's name in the plural ("Mexicans", "Haitians"), which ends a caption as a common noun does."""
    return len(text) > 3 and text.istitle() and text.endswith("s")


def _after_date(words: _Words, index: int) -> bool:
    """A capitalised word after a month or a weekday that a lower-case preposition governs ("in May
    BP"), or after a time told from now ("last weekend Health officials"): the cheap test before
    `_name_after_date` reads the tags."""
    texts = words.text
    return (
        index > 2
        and (_dated_word(texts[index - 1]) or _time_from_now(texts[index - 2], texts[index - 1]))
        and texts[index - 2].islower()
        and words.spaced[index - 1] == 1
        and _name_opens(words, index)
    )


def _dated_word(text: str) -> bool:
    return text in _MONTH_NAMES or text.lower() in WEEKDAY_NAMES


def _time_from_now(before: str, noun: str) -> bool:
    """ "last weekend", "this week", "next month": a date with no preposition and no article, which no
    relative clause can tell of ("the weekend Health officials met" needs its article)."""
    return before in _FROM_NOW and noun in _FROM_NOW_NOUNS


_FROM_NOW = frozenset({"last", "this", "next"})
_FROM_NOW_NOUNS = frozenset({"week", "weekend", "month", "year", "night", "summer", "winter", "spring"})


def _name_after_date(token: Token, starts: np.ndarray) -> bool:
    """A caption or a list item that ends in its date runs into a sentence that opens with a name
    before its verb: "BP began drilling two relief wells in May BP says its operation to drill a
    relief well ...". A date names no noun that a relative clause could tell of, so the name opens a
    sentence when the text before has its verb, the date follows a noun (the verb's object: not "said
    on Tuesday Haiti was", whose clause the name opens) and the name's verb has what follows a
    sentence's."""
    doc, index = token.doc, token.i
    dated = doc[index - 2].tag_ == "IN" and _dated_word(doc[index - 1].text)
    if token.tag_ not in _NAME_TAGS or token.text in _MONTH_NAMES:
        return False
    if not (dated or _time_from_now(doc[index - 2].text, doc[index - 1].text)):
        return False
    if doc[index - 3].tag_ not in ("NN", "NNS", "NNP", "NNPS"):
        return False  # "Gordon Brown said on Tuesday Haiti was", "Obama stressed on Sunday BP was"
    found = _finite_verb_after_subject(doc, index)
    if found is None or not _verb_in_caption(doc, index - 1, starts):
        return False
    return found[1] or _verb_goes_on(doc, found[0], through_infinitive=True)


def _after_saying(words: _Words, index: int) -> bool:
    """A capitalised word after ", <people> say": the cheap test before `_name_after_report_tag`."""
    texts = words.text
    return (
        index > 3
        and texts[index - 1] in _SAYING_FORMS
        and texts[index - 3] == ","
        and words.spaced[index - 1] == 1
        and _name_opens(words, index)
    )


def _name_after_report_tag(token: Token, starts: np.ndarray) -> bool:
    """A sentence that closes on its source after a comma ("The Gulf of Mexico oil disaster could cost
    BP $40bn, analysts say") runs into the next, which opens with a name before its verb ("Moody 's
    downgraded BP 's creditworthiness ...") or with an article (capitalised only at a sentence's start
    or in a title, which the tag cannot take). The tag is a plural common noun and "say"/"said" after a
    clause with its own verb (not "In a statement, officials said BP ...", nor "If the cap works,
    officials say BP ...": the name there opens what they say)."""
    doc, index = token.doc, token.i
    if doc[index - 2].tag_ != "NNS" or not doc[index - 2].is_lower:
        return False
    if token.tag_ not in _NAME_TAGS and token.text not in _ARTICLES:
        return False
    if not _verb_in_caption(doc, index - 4, starts):
        return False
    if token.text in _ARTICLES:
        return True  # "... more planning is needed , scientists say The lack of earthquake planning ..."
    return _finite_verb_after_subject(doc, index) is not None or _verb_after_possessive_name(doc, index)


def _verb_after_possessive_name(doc: Doc, start: int) -> bool:
    """A name that ends in "'s" and a past verb with its object ("Moody 's downgraded BP 's
    creditworthiness"): the "'s" is the name's own, as in "Moody's" or "McDonald's"."""
    end = start + 3
    return (
        end < len(doc)
        and doc[start + 1].tag_ == "POS"
        and doc[start + 2].tag_ in ("VBD", "VBN")
        and doc[start + 2].is_lower
        and doc[end].tag_ in ("NNP", "DT", "PRP$")
    )


_SAYING_FORMS = frozenset({"say", "says", "said"})


def _acronym(text: str) -> bool:
    """A name in capitals ("BP", "US"), which a sentence may open with as any other name."""
    return len(text) > 1 and text.isupper()


def _subject_after_caption(token: Token, starts: np.ndarray) -> bool:
    """A photo caption that ends in a noun without a full stop runs into a sentence that opens with a
    name, a title and a name, or "A"/"The" and a name: "Skimmers ... are cleaning oil from the
    surface Adm Thad Allen, the commander of the US response, says ...", "The US has tens of
    thousands of troops in the country Medecins Sans Frontieres (MSF) has complained ...". The
    caption says something of its own (a finite verb since the last full stop on its line) and ends
    in the object of a verb or a preposition ("in the country"), the noun is no word for someone
    that stands before a name ("BP's new boss Bob Dudley", "the French winner Nicholas Leblanc"),
    and the name is the subject of a finite verb: right after it, after its bracket or after an
    appositive in commas. A name right before its verb with nothing after the verb chain ("the
    damage BP has caused.") or a preposition ("the money BP has paid to ...") closes a relative
    clause instead, and the sentence goes on. A common noun with a capital, and a name after a
    capitalised "The" (which inside a sentence has none, but in a few names: "The Hague"), are no
    relative clause's subject: they open a sentence after any noun ("... will not be finished for
    weeks Engineers from the British oil firm BP are scrambling ...", "... with placards Scientists
    said on Sunday they had found ...", "... made the comments on his program The White House has
    dismissed as ...")."""
    doc, previous = token.doc, token.doc[token.i - 1]
    if previous.tag_ == "VBN" and previous.is_lower and doc[token.i - 2].lower_ == "than":
        return _subject_after_comparison(doc, token.i)
    if previous.tag_ == "NNPS" and token.tag_ in _COMMON_OPENERS and _plural_name(previous.text):
        pass  # "with the quarantined Mexicans Large parts of Mexico 's economy have been shut down"
    elif (
        _noun_tag(previous) in ("NN", "NNS", "NNP")
        and previous.is_lower
        and _report_after_headline(token, starts)
    ):
        return True  # "Mexico and China in swine flu row Mexico 's ambassador says he was denied ..."
    elif (
        _noun_tag(previous) not in ("NN", "NNS")
        or not previous.is_lower
        or _stands_before_names(previous.lower_)
    ):
        return False
    found = _finite_verb_after_subject(doc, token.i)
    common = (token.tag_ in ("NN", "NNS") and token.is_title) or _article_of_name(doc, token.i)
    if (
        previous.lower_ in _CLAUSE_NOUNS
        and not common
        and not (found and found[1] and token.text in _ARTICLES)
        and not _counted_duration(doc, previous.i)
    ):
        return False  # "the moment Haiti was shaken", "over the next several months Pemex tried";
        # not "for just over two weeks The US government has said": no clause opens with "The"
    if found is None or not _ends_object(doc, previous.i, token.tag_ in _NAME_TAGS):
        return False
    if not _verb_in_caption(doc, previous.i, starts) and not (
        _no_title(doc, token.i) and _verb_since_cut(doc, previous.i, starts)
    ):
        return False
    verb, set_off = found
    if not set_off and token.tag_ in _NAME_TAGS and _names_someone_or_somewhere(previous.lower_):
        return False  # "the clockmaker John Harrison established ...", "the capital Nairobi suffered"
    if not set_off and token.tag_ in _NAME_TAGS and _naming_verb(doc, verb):
        return False  # "as they begin a procedure BP is calling a static kill": the name's gap is its object
    return set_off or common or _verb_goes_on(doc, verb, through_infinitive=token.tag_ in _NAME_TAGS)


def _article_of_name(doc: Doc, index: int) -> bool:
    """A capitalised "The" before a capitalised name ("The White House", "The World Food Programme")."""
    return (
        doc[index].text == "The"
        and index + 1 < len(doc)
        and doc[index + 1].tag_ in _NAME_TAGS
        and _capitalised(doc[index + 1])
    )


def _common_subject_after_verb(token: Token, starts: np.ndarray) -> bool:
    """A headline that ends in its verb runs into a standfirst or a lead that opens with a capitalised
    common noun before its finite verb: "BP spill released 4.4 m barrels of oil into the ocean, study
    finds Scientists use underwater video ...". Inside a sentence a common noun after a verb is in lower
    case; a verb of saying or naming may take a title as its object ("called Beat It") and is left to
    the other tests."""
    doc, previous = token.doc, token.doc[token.i - 1]
    if previous.tag_ not in _CLAUSE_END_VERBS or previous.lower_ in _CLAUSE_VERBS | _NAMING_FORMS:
        return False
    if token.tag_ not in ("NN", "NNS") or not token.is_title or token.text in _OPENERS:
        return False
    found = _verb_after_common_phrase(doc, token.i)
    return found is not None and _verb_goes_on(doc, found[0]) and _verb_since_cut(doc, previous.i, starts)


def _counted_duration(doc: Doc, noun: int) -> bool:
    """A noun of time counted by a bare number ("for just over two weeks", "for 36 hours"): a stretch of
    time that no clause follows as it follows "the moment" or "the two weeks BP spent", so a name
    after it opens a sentence of its own ("... sealed with a cap for just over two weeks BP has
    started ...")."""
    if noun < 2 or doc[noun - 1].tag_ != "CD" or doc[noun].lower_ not in _COUNTED_TIMES:
        return False
    return doc[noun - 2].tag_ not in ("DT", "PRP$", "POS", "JJ")


_COUNTED_TIMES = frozenset({"days", "weeks", "months", "years", "hours", "minutes"})


def _noun_tag(token: Token) -> str:
    """The token's tag, but "NN" for a "well" after a noun or an article that the tagger read as an
    interjection or an adjective ("BP starts ` static kill ' to plug Gulf of Mexico oil well The Macondo
    well has been ...", "... still leaking from the well BP has said ...")."""
    misread = token.tag_ in ("UH", "JJ") and token.lower_ == "well" and token.i > 0
    if misread and token.doc[token.i - 1].tag_ in ("NN", "NNS", "NNP", "JJ", "VBG", "DT"):
        return "NN"
    return token.tag_


def _report_after_caption(token: Token, starts: np.ndarray) -> bool:
    """A caption or headline with a verb of its own runs into a lead that reports what a name says:
    "... beach clean-up efforts continue BP says there are no signs of leakage ...", "... to be
    diagnosed with the virus Mexico says it will lodge a formal challenge ...". A name's relative
    clause may report too, but then the reported clause leaves a gap ("the fund BP says it will set
    up.", "the figure BP says is accurate"): here the reported clause has its subject and a verb that
    goes on."""
    doc, previous = token.doc, token.doc[token.i - 1]
    if _noun_tag(previous) not in _CAPTION_ENDS or _saying_before(doc, previous.i):
        return False
    if _stands_before_names(previous.lower_) or _names_someone_or_somewhere(previous.lower_):
        return False  # "University of Michigan ecologist Donald Scavia says ...": a title and its name
    return _verb_since_cut(doc, previous.i, starts) and _reports_clause(doc, token.i)


def _report_after_quote(token: Token, starts: np.ndarray) -> bool:
    """A standfirst that ends in a quoted phrase runs into a lead that reports what a name says: "BP
    CEO Tony Hayward says cutting away the riser was a ` very important step ' Oil company BP says it
    has cut a ruptured pipe ...". The closing mark is glued to a word or closes a backtick's quotation
    (an apostrophe that ends a plural's possessive is neither) and the text before it says something
    of its own; the lead's reported clause has its subject and a verb that goes on, as in
    `_report_after_caption`."""
    doc, close = token.doc, token.i - 1
    if close < 2 or doc[close].tag_ != "''" or doc[close].whitespace_ != " " or not doc[close - 1].is_alpha:
        return False
    if doc[close - 1].whitespace_ and not _backtick_opens(doc, close):
        return False
    return _verb_since_cut(doc, close - 1, starts) and _reports_clause(doc, token.i)


def _backtick_opens(doc: Doc, close: int) -> bool:
    """A Timeline17 single quotation ("` very important step '", the tokenizer's blanks kept), whose
    closing mark stands apart: a backtick opens it on the same line, a few words before."""
    for before in reversed(doc[max(close - _QUOTE_REACH, 0) : close]):
        if "\n" in before.text_with_ws or before.text in ("'", "''"):
            return False
        if before.text == "`":
            return True
    return False


def _reports_clause(doc: Doc, start: int) -> bool:
    """The subject opening at `start` says a whole clause: a present verb of saying right after it
    (no appositive), and a reported clause with its subject and a verb that goes on, not the gap of
    a relative clause ("the fund BP says it will set up.", "the figure BP says is accurate")."""
    found = _finite_verb_after_subject(doc, start)
    if found is None or found[1]:
        return False
    clause = _reported_clause(doc, found[0])
    if clause is None or doc[clause].tag_ not in _CLAUSE_SUBJECTS:
        return False
    subject = doc[clause + 1 : clause + _SUBJECT_WORDS]
    verb = next((word.i for word in subject if word.tag_ in FINITE_TAGS), None)
    return verb is not None and _verb_goes_on(doc, verb, through_infinitive=True)


def _reported_clause(doc: Doc, verb: int) -> int | None:
    """Where the clause that a present verb of saying reports opens ("says there are", "has said the
    amount", "says that the"), if the verb at `verb` is one."""
    word = doc[verb]
    if word.lower_ in ("has", "have") and verb + 1 < len(doc) and doc[verb + 1].lower_ == "said":
        verb += 1
    elif word.lower_ != "says":
        return None
    clause = verb + 1
    if clause < len(doc) and doc[clause].lower_ == "that":
        clause += 1
    return clause if clause < len(doc) else None


_CAPTION_ENDS = frozenset({"NN", "NNS", "VBP", "VBZ", "VBD"})  # "the country", "efforts continue"
# a reported clause's first word; "VBG" for a gerund subject ("says cutting away the riser was ...")
_CLAUSE_SUBJECTS = frozenset({"DT", "PRP", "EX", "NNP", "NNPS", "NN", "NNS", "CD", "VBG"})
# words from a reported subject to its verb: "the amount of oil recovered from a leaking Gulf of Mexico
# oil well on Thursday was"
_SUBJECT_WORDS = 16


def _subject_after_comparison(doc: Doc, start: int) -> bool:
    """A headline that ends in a comparison's participle runs into the next sentence's subject ("BP `
    recovering less oil ' than estimated Video from BP appears to show ..."): "than estimated" takes no
    object and no clause, so a subject with its finite verb after it opens a sentence of its own."""
    found = _finite_verb_after_subject(doc, start) or _verb_after_word_and_phrase(doc, start)
    if found is None:
        return False
    return found[1] or _verb_goes_on(doc, found[0], through_infinitive=doc[start].tag_ in _NAME_TAGS)


def _verb_after_word_and_phrase(doc: Doc, start: int) -> tuple[int, bool] | None:
    """The finite verb after a capitalised word and its prepositional phrase ("Video from BP appears"),
    which the tagger may read as a name."""
    end = _after_prepositional_phrase(doc, start + 1)
    if end == start + 1 or end >= len(doc) or doc[end].tag_ not in FINITE_TAGS or not doc[end].is_lower:
        return None
    return end, False


def _plural_subject_after_caption(token: Token) -> bool:
    """A caption that ends in a noun runs into a sentence that opens with a capitalised adjective and a
    plural noun right before its verb: "Mexico has ramped up its containment efforts Mexican authorities
    have taken drastic measures ...", "... the ruins of a destroyed building Overseas workers have saved
    130 people". Inside a sentence such a subject follows a number or a quantity ("two Democratic
    senators have written", "many African nations deal with"), not a noun; a noun of time or a verb of
    saying before it may open the clause ("told reporters French troops would"), and a relative
    clause leaves its verb's object out ("the vaccine British scientists have developed.")."""
    doc, index = token.doc, token.i
    if index + 2 >= len(doc) or token.tag_ != "JJ":
        return False
    previous, noun, verb = doc[index - 1], doc[index + 1], doc[index + 2]
    # a title after its name ends a caption too: "Dr Margaret Chan , WHO director general Official reports"
    if not _title_after_name(doc, previous.i) and not _common_noun_ends_caption(doc, previous.i):
        return False
    if noun.tag_ != "NNS" or not noun.is_lower or verb.tag_ not in ("VBP", "VBD") or not verb.is_lower:
        return False
    return _verb_goes_on(doc, verb.i)


def _title_after_name(doc: Doc, index: int) -> bool:
    """The lower-case word at `index` ends a title set off after a name by a comma, as a photo caption
    names who is shown ("Dr Margaret Chan , WHO director general"): a title word within four words of
    the comma, nothing but words between."""
    if doc[index].lower_ not in TITLE_WORDS or not doc[index].is_lower:
        return False
    for comma in range(index - 1, max(index - 5, 1), -1):
        if doc[comma].text == ",":
            return doc[comma - 1].tag_ in _NAME_TAGS
        if not doc[comma].is_alpha:
            return False
    return False


def _common_noun_ends_caption(doc: Doc, index: int) -> bool:
    """The word at `index` is a common noun that may end a caption: no noun of time, no title before a
    name, no verb that a bare clause follows a few words before ("told reporters French troops would")."""
    noun = doc[index]
    if noun.tag_ not in ("NN", "NNS") or noun.lower_ in _CLAUSE_NOUNS or _stands_before_names(noun.lower_):
        return False
    return not _saying_before(doc, index + 1)


def _subject_after_year_item(token: Token, starts: np.ndarray, texts: list[str]) -> bool:
    """A fact box's item that a year label opens ("1968: An outbreak ... killed up to one million
    people globally, with those over 65 most likely to die") tells of its year with a verb of its own
    and runs into the next sentence without a full stop: a name or "The" and a name before its finite
    verb opens that sentence ("... to die The World Health Organization has warned that ...", "... to
    die WHO Director General Margaret Chan said ..."), after a word that goes on no phrase. `texts`: the
    document's words (`_Words.text`), read on the way back to the label without a `Token` for each."""
    doc, previous = token.doc, token.doc[token.i - 1]
    if previous.tag_ in _GOES_ON_TAGS or previous.lower_ in _CLAUSE_VERBS or previous.lower_ in _SAYING_FORMS:
        return False
    label = _last_cut(texts, token.i, starts)
    if label is None or not _YEAR.fullmatch(texts[label]) or texts[label + 1] != ":":
        return False
    if not any(word.tag_ in FINITE_TAGS for word in doc[label + 2 : token.i]):
        return False
    found = _finite_verb_after_subject(doc, token.i)
    if found is None and _acronym(token.text) and token.tag_ not in _NAME_TAGS:
        found = _finite_verb_after_subject(doc, token.i + 1)  # "WHO Director General", "WHO" read as "who"
    return found is not None and (found[1] or _verb_goes_on(doc, found[0], through_infinitive=True))


def _last_cut(texts: list[str], index: int, starts: np.ndarray) -> int | None:
    """The last sentence start before `index` on its line (a cut made here or the line's first word),
    at most `_CUT_REACH` words back. A word's text holds its line break as its `text_with_ws` does
    (the trailing white space is one blank at most)."""
    for before in range(index - 1, max(index - _CUT_REACH, 0), -1):
        if starts[before] == _START or "\n" in texts[before - 1]:
            return before
        if texts[before] in _ENDS:
            return None
    return None


# words looked back for the last cut: more than Timeline17's longest fact-box item (329 words, a CV's
# "1950: Stood first in BA ...; ..."); unbounded, a 40,000-character line of names and no full stop
# was read back to its start for every name
_CUT_REACH = 500


def _name_after_amount(words: _Words, index: int) -> bool:
    """A capitalised word after a sum of money ("$ 360m BP", "$ 10.5bn ( £ 7bn ) BP"): the cheap test
    before `_subject_after_amount` reads the tags."""
    return (  # the flags first: this is asked of every word
        words.alpha[index] == 1
        and words.spaced[index - 1] == 1
        and _amount_before(words.text, index) is not None
        and _name_opens(words, index)
    )


def _amount_before(texts: list[str], index: int) -> int | None:
    """Where the sum of money that ends right before `index` opens (its currency sign), if one does."""
    number = index - 1
    if texts[number] == ")" and index > 6 and texts[number - 2] in _CURRENCIES and texts[number - 3] == "(":
        number -= 4  # a sum converted in brackets: "$ 10.5bn ( £ 7bn )"
    if texts[number] in _SUM_SCALES and number > 2:
        number -= 1  # "$ 360 m", "$ 20 billion"; not a title's "$ 30 Billion Blowout"
    if number < 2 or not texts[number][:1].isdigit() or texts[number - 1] not in _CURRENCIES:
        return None
    return number - 1


_CURRENCIES = frozenset({"$", "£", "€", "#"})  # "#": the PTB files' pound sign
_SUM_SCALES = frozenset({"m", "bn", "million", "billion", "trillion"})


def _subject_after_amount(token: Token, texts: list[str]) -> bool:
    """A headline or a box item that ends in a sum of money runs into the next sentence's subject: "Gulf
    of Mexico oil leak bill reaches $ 450m BP says the ...", "Estimated cost of sand barrier project :
    $ 360m BP scheduled to make a first-quarter dividend payment". A name after a sum with an article
    or a possessive before it closes a relative clause instead ("the $ 20 billion BP has pledged"), and
    so does one whose verb leaves its object out ("$ 80 million Obama wanted for")."""
    doc = token.doc
    currency = _amount_before(texts, token.i)
    if currency is None:
        return False
    if doc[currency - 1].tag_ in ("DT", "PRP$", "POS", "JJ", "JJS", "JJR", "CD"):
        return False  # "the $ 20 billion BP has pledged", "a possible $ 700 million BP claim"
    found = _finite_verb_after_subject(doc, token.i)
    if found is None:
        return _scheduled_after_name(doc, token.i)
    return found[1] or _verb_goes_on(doc, found[0], through_infinitive=True)


def _scheduled_after_name(doc: Doc, start: int) -> bool:
    """A box item with no finite verb: a name, a participle and its infinitive ("BP scheduled to make")."""
    if doc[start].tag_ not in _NAME_TAGS or start + 3 >= len(doc):
        return False
    verb, to, infinitive = doc[start + 1 : start + 4]
    return verb.tag_ == "VBN" and verb.is_lower and to.tag_ == "TO" and infinitive.tag_ == "VB"


def _saying_before(doc: Doc, index: int) -> bool:
    """A verb that a clause follows without "that", a few words before `index` ("told reporters")."""
    return any(word.lower_ in _CLAUSE_VERBS for word in doc[max(index - 4, 0) : index])


def _report_after_headline(token: Token, starts: np.ndarray) -> bool:
    """A headline with no verb, which ends in a noun, runs into its lead's report of what someone
    says: "Mexico and China in swine flu row Mexico 's ambassador says he was denied access ...". The
    name (or its possessive's noun) is the subject of "says" or "said", which a clause follows (a
    pronoun, a determiner or "that"); the noun is no title before the name ("BBC business editor
    Robert Peston said"); the headline runs from its line's start (or the last cut)."""
    doc, noun = token.doc, token.doc[token.i - 1].lower_
    if _stands_before_names(noun) or _names_someone_or_somewhere(noun):
        return False  # "BBC business editor Robert Peston said": the title of the name
    found = _finite_verb_after_subject(doc, token.i)
    if found is None or doc[found[0]].lower_ not in _SAYING or found[0] + 1 >= len(doc):
        return False
    clause = doc[found[0] + 1]
    if clause.tag_ not in ("PRP", "PRP$", "DT", "EX") and clause.lower_ != "that":
        return False
    return _headline_before(doc, token.i - 1, starts)


_SAYING = frozenset({"says", "said"})
_HEADLINE_WORDS = 3  # "Mexico and China in swine flu row": words from the line's start at least


def _headline_before(doc: Doc, end: int, starts: np.ndarray) -> bool:
    """The words from the line's start (or the last cut) to `end` are a headline: no finite verb, no
    full stop or comma, no noun for a role (a title before the name), and a capitalised noun, name,
    adjective, article or number first (not an adverbial's preposition, participle or conjunction:
    "Referring to the blast Mr Dudley said")."""
    first = end
    while first > 0:
        before = doc[first - 1]
        if "\n" in before.text_with_ws or starts[first] == _START:
            break
        if before.text[-1:] in ".!?" or before.text == "," or before.tag_ in FINITE_TAGS or _role(before):
            return False
        first -= 1
    opener = doc[first]
    return end - first + 1 >= _HEADLINE_WORDS and _capitalised(opener) and opener.tag_ in _HEADLINE_OPENERS


_HEADLINE_OPENERS = frozenset({"NNP", "NNPS", "NN", "NNS", "JJ", "DT", "CD"})


def _role(token: Token) -> bool:
    """A noun for someone's role ("director", "Head"): the words before a name are its title
    ("National director of epidemiology Eddy Martinez said"), no headline."""
    noun = token.lower_
    return token.tag_ in ("NN", "NNS", "NNP") and (
        _stands_before_names(noun) or _names_someone_or_somewhere(noun)
    )


def _naming_verb(doc: Doc, verb: int) -> bool:
    """The verb chain from `verb` ends in a verb of naming ("is calling", "calls", "has dubbed"): after a
    bare name it names what the noun before it stands for, a relative clause whose gap is its object."""
    end = _chain_end(doc, verb)
    return doc[end].lower_ in _NAMING_FORMS


_NAMING_FORMS = _NAMING_VERBS | {"call", "calls", "calling", "name", "names", "naming", "dub", "dubs"}


def _no_title(doc: Doc, index: int) -> bool:
    """A capitalised article before an acronym ("The US is suing BP") opens a sentence, not a title
    ("The Times"), and so does not go on a clause that the caption's verb opened ("... led to what
    was described as the worst environmental catastrophe in US history The US is suing ...")."""
    return doc[index].text in _ARTICLES and index + 1 < len(doc) and _acronym(doc[index + 1].text)


def _stands_before_names(word: str) -> bool:
    """A noun that a name follows in apposition ("the company BP", "his lawyer Tom Mesereau")."""
    return word in _BEFORE_NAMES or (word.endswith("s") and word[:-1] in _BEFORE_NAMES)


def _names_someone_or_somewhere(word: str) -> bool:
    """A noun made for someone who does something ("editor", "winner", "clockmaker", "cosmonaut"), or
    for a place."""
    return word.endswith(_DOER_ENDINGS) or word in _PLACE_NOUNS


_BEFORE_NAMES = (
    PERSON_WORDS
    | TITLE_WORDS
    | ORG_WORDS
    | frozenset(ORG_ROLES)
    | COLLECTIVE_NOUNS
    | {"boss", "unit", "division", "arm", "house", "star", "band", "colleague", "partner", "rival", "legend"}
    | {"icon", "mogul"}
    | {"north", "south", "east", "west"}  # "north-west Florida"
)
_DOER_ENDINGS = ("er", "or", "ist", "ian", "ant", "naut", "ate")
# nouns that a clause follows without "that" or "when" ("the moment Mia was pulled out", "the way America
# produces"), and names of works before their titles ("the New York Times blog The Lede")
_CLAUSE_NOUNS = frozenset(
    {"moment", "time", "day", "days", "week", "weeks", "month", "months", "year", "years", "night", "hour"}
    | {"hours", "minute", "minutes", "morning", "evening", "afternoon", "weekend", "decade", "period", "way"}
    | {"reason", "place", "point", "blog", "magazine", "show", "programme", "program", "paper", "site"}
    | {"column", "series", "film", "album", "song", "book", "novel", "single", "station", "channel", "dog"}
    | {"evidence", "proof", "sign", "signs", "indication", "suggestion", "idea", "fact", "news", "belief"}
    | {"hope", "fear", "chance", "claim", "claims"}  # "said there was no evidence Jackson was concerned"
    | {"hopes", "fears", "accusation", "accusations", "allegation", "allegations", "report", "reports"}
    | {"warning", "warnings", "concern", "concerns", "suggestions", "doubt", "doubts", "speculation"}
    | {"question"}  # "There's no question BP made mistakes"
)  # "amid accusations BP took shortcuts"
# places that their names follow ("the capital Nairobi suffered two grenade attacks")
_PLACE_NOUNS = frozenset(
    {"capital", "city", "town", "village", "country", "state", "region", "province", "island", "port"}
    | {"county", "district", "area", "suburb", "river"}
)
_NAME_TAGS = frozenset({"NNP", "NNPS"})
_NAME_WORDS = 8  # words of a name after its opener ("Director General of the World Health Organization")
_APPOSITIVE_WORDS = 12  # "the commander of the US response"


def _ends_object(doc: Doc, noun: int, name_follows: bool) -> bool:
    """The noun phrase that ends at `noun` follows a preposition or a verb ("in the country", "from
    the surface", "provide some natural protection"): no subject, no possessive ("BP's new boss")
    and no capitalised word that opens a phrase ("Former BP boss"); before a name, no preposition
    after a conjunction or a comma either, which opens the adverbial of the name's clause ("..., and
    during the operation BP made three separate attempts")."""
    for before in reversed(doc[max(noun - _APPOSITIVE_WORDS, 0) : noun]):
        if "\n" in before.text_with_ws or before.tag_ == "POS":
            return False
        if name_follows and before.tag_ == "IN" and before.i > 0 and doc[before.i - 1].tag_ in ("CC", ","):
            return False
        if before.tag_ in ("IN", "TO") or before.tag_.startswith("VB"):
            return before.is_lower and before.lower_ not in _CLAUSE_VERBS
        if not _inside_noun_phrase(before):
            return False
    return False


# verb forms that a clause follows without "that" ("said his rescue dog Echo brought hope")
_CLAUSE_VERBS = frozenset(
    {"say", "says", "said", "think", "thinks", "thought", "believe", "believes", "believed", "know", "knows"}
    | {"knew", "hope", "hopes", "hoped", "warn", "warns", "warned", "fear", "fears", "feared", "claim"}
    | {"claims", "claimed", "insist", "insists", "insisted", "suggest", "suggests", "suggested", "argue"}
    | {"argues", "argued", "feel", "feels", "felt", "expect", "expects", "expected", "add", "adds", "added"}
    | {"admit", "admits", "admitted", "reckon", "reckons", "reckoned", "estimate", "estimates", "estimated"}
    | {"tell", "tells", "told"}  # "Mr Martinez told the hearing Dr Murray said that ..."
)


def _inside_noun_phrase(token: Token) -> bool:
    """A word that a noun phrase goes on through: lower-case, a name ("the Gulf oil well") or an
    adjective made of a name ("the Palestinian territories")."""
    if token.tag_ == "HYPH":
        return True
    return token.tag_ in _NOUN_PHRASE and (token.is_lower or token.tag_ in _NAME_TAGS or token.tag_ == "JJ")


def _verb_in_caption(doc: Doc, end: int, starts: np.ndarray) -> bool:
    """The caption says something of its own ("Skimmers ... are cleaning oil from the surface"), not
    "Two months into the disaster": a finite verb between the last full stop, line break or cut made
    before it here (`starts`) and word `end`, outside any clause that a subordinating word (not the
    pronoun "That may take all of Tuesday") or a relative pronoun opens ("When Job
    complains about the injuries", "One researcher who recently studied the undersea oil aboard the
    NOAA research ship"), and no such clause still waiting for its verb ("it can seem that on the
    soul-making view"). An adverbial clause that has its verb after the caption's own may stand
    before the noun ("The government could save around £400m each year if it canceled identity
    cards ..., according to Home Office figures")."""
    verb = False
    for before in reversed(doc[: end + 1]):
        if "\n" in before.text_with_ws or before.text[-1:] in ".!?":
            break
        if (before.lower_ in SUBORDINATORS and before.tag_ != "DT") or before.tag_ in ("WP", "WP$"):
            if not verb or before.lower_ not in _ADVERBIAL_SUBORDINATORS:
                return False  # the clause awaits its verb, or it is what a verb says or knows
            verb = False  # an adverbial clause with its verb: the caption needs a verb before it
            continue
        verb = verb or before.tag_ in FINITE_TAGS
        if starts[before.i] == _START:
            break  # a sentence this component opened before (a run-in caption or item of its own)
    return verb


# an adverbial clause may end a caption ("..., while scientists identify 22-mile plume in ocean
# depths"); a clause after "that", "whether" or "what" is what the caption's verb says or knows ("The
# Daily Mail knows what has been going wrong during the BP oil spill Obama has been playing too much
# golf": the colon was lost), and the name after it may go on it
_ADVERBIAL_SUBORDINATORS = SUBORDINATORS - {"that", "whether"}


def _finite_verb_after_subject(doc: Doc, start: int) -> tuple[int, bool] | None:
    """The finite verb of the subject opening at `start` (a name, a title and a name, or "A"/"The"
    and a name), and whether a bracket or an appositive sets the name off before it."""
    opener = doc[start]
    if opener.text in _ARTICLES or opener.lower_.rstrip(".") in HONORIFICS or opener.lower_ in TITLE_WORDS:
        start += 1
        if start >= len(doc) or doc[start].tag_ not in _NAME_TAGS or not _capitalised(doc[start]):
            return None
    elif opener.is_title and (opener.tag_ in _COMMON_OPENERS or _common_word_follows(doc, start)):
        return _verb_after_common_phrase(doc, start)
    elif opener.tag_ not in _NAME_TAGS or _names_someone_or_somewhere(opener.lower_):
        return None  # "Self taught steam Engineer Edwin Richards might ...": a title, no name
    end = start
    while end < len(doc) and end - start < _NAME_WORDS and (_in_name(doc[end]) or _joins_name(doc, end)):
        end += 1
    head = _head_after_name(doc, end)
    if head is not None:
        end = head
        set_off = opener.text in _ARTICLES  # "The US government has said": no title, no relative clause's gap
    else:
        set_off = False
    if end < len(doc) and doc[end].text == "(":
        end = next((i + 1 for i in range(end, min(end + 6, len(doc))) if doc[i].text == ")"), len(doc))
        set_off = True
    elif end < len(doc) and doc[end].text == ",":
        end = _after_appositive(doc, end)
        set_off = True
    if end < len(doc) and doc[end].tag_ == "RB":  # "BP also said"
        end += 1
    if end >= len(doc) or doc[end].tag_ not in FINITE_TAGS or not doc[end].is_lower:
        return None  # "the cantata movement Sheep May Safely Graze": a title
    return end, set_off


def _head_after_name(doc: Doc, end: int) -> int | None:
    """Where the noun phrase that a name (or a name's possessive) modifies ends, if one does: "The
    Deepwater Horizon rig explosion led to ...", "The US government has said", "Spain 's health
    ministry says": lower-case words of a noun phrase that a common noun ends, or a name after the
    possessive ("The BBC's Madeleine Morris says", "BP's Doug Suttles says")."""
    if end < len(doc) and doc[end].tag_ == "POS":
        end += 1
        name = end
        while name < len(doc) and name - end < _NAME_WORDS and _in_name(doc[name]) and not doc[name].like_num:
            name += 1
        if name > end:
            return name
    head = end
    while head < len(doc) and head - end < _COMMON_WORDS and _lower_noun_phrase(doc[head]):
        head += 1
    if head == end or doc[head - 1].tag_ not in ("NN", "NNS"):
        return None
    return head


def _verb_after_common_phrase(doc: Doc, start: int) -> tuple[int, bool] | None:
    """The finite verb after a headline's subject that opens with a capitalised common word and goes
    on in lower case ("... with BP for oil slick clean-up Movie star has developed a ` dream machine
    '", "... due to high costs of implementation Five trusts are planning to implement ..."): an
    index page's next teaser, or a standfirst after its headline."""
    end = start + 1
    while end < len(doc) and end - start < _COMMON_WORDS and _lower_noun_phrase(doc[end]):
        end += 1
    if end == start + 1 and doc[start].tag_ == "JJ":
        end = _role_after_company(doc, end)  # "Former BP boss Tony Hayward says"
    if doc[end - 1].tag_ not in ("NN", "NNS"):
        return None  # "Former BP": no noun heads the phrase
    end = _name_after_role(doc, end)
    end = _after_prepositional_phrase(doc, end)
    if end < len(doc) and doc[end].tag_ == "RB":
        end += 1
    if end >= len(doc) or doc[end].tag_ not in FINITE_TAGS or not doc[end].is_lower:
        return None
    return end, False


def _role_after_company(doc: Doc, start: int) -> int:
    """Where a title's role noun ends after a capitalised adjective and the name of the body it serves
    ("Former BP boss", "Former US president"); `start` if none follows."""
    end = start
    while end < len(doc) and end - start < 3 and _in_name(doc[end]) and not doc[end].like_num:
        end += 1
    if end == start or end >= len(doc) or not doc[end].is_lower or not _stands_before_names(doc[end].lower_):
        return start
    return end + 1


def _name_after_role(doc: Doc, start: int) -> int:
    """Where the name ends that follows a role noun in apposition ("BP boss Tony Hayward says"), or
    `start` if the noun before is no role or no name follows."""
    if not _stands_before_names(doc[start - 1].lower_):
        return start
    end = start
    while end < len(doc) and end - start < _NAME_WORDS and _in_name(doc[end]) and not doc[end].like_num:
        end += 1
    return end


def _after_prepositional_phrase(doc: Doc, start: int) -> int:
    """Where a common subject's prepositional phrase ends, if one follows it ("Health officials in the
    Philippines have asked", "Large parts of Mexico 's economy have been shut down"): a lower-case
    preposition and a noun phrase of a few words (names and possessives too) that a noun ends; `start`
    if none does."""
    if start >= len(doc) or doc[start].tag_ != "IN" or doc[start].lower_ not in _SUBJECT_PREPOSITIONS:
        return start
    end = start + 1
    while end < len(doc) and end - start <= _PHRASE_WORDS and _in_prepositional_phrase(doc[end]):
        end += 1
    if end == start + 1 or doc[end - 1].tag_ not in ("NN", "NNS", "NNP", "NNPS"):
        return start
    return end


def _in_prepositional_phrase(token: Token) -> bool:
    return token.tag_ == "POS" or (token.tag_ in _NOUN_PHRASE and token.tag_ != "CC" and token.is_alpha)


_SUBJECT_PREPOSITIONS = frozenset({"of", "in", "at", "from", "for", "on", "across"})
_PHRASE_WORDS = 5  # words of the phrase after its preposition ("of Mexico 's economy", "in the Philippines")


def _common_word_follows(doc: Doc, start: int) -> bool:
    """A capitalised word that the tagger read as a name, before a lower-case noun ("Movie star has
    developed"): it opens a common noun phrase, not a name."""
    return start + 1 < len(doc) and doc[start + 1].tag_ in ("NN", "NNS") and doc[start + 1].is_lower


def _lower_noun_phrase(token: Token) -> bool:
    return token.tag_ in _NOUN_PHRASE and token.is_lower


_COMMON_OPENERS = frozenset({"NN", "NNS", "JJ", "CD"})
_COMMON_WORDS = 4  # words of a headline's subject ("Five trusts", "Movie star", "Giant oil tanker")


def _capitalised(token: Token) -> bool:
    """A name's word, or an acronym ("the quake The EU should consider ...")."""
    return token.is_title or (token.is_upper and len(token) > 1)


def _in_name(token: Token) -> bool:
    return (token.tag_ in _NAME_TAGS and (token.is_title or token.is_upper)) or token.like_num


def _joins_name(doc: Doc, index: int) -> bool:
    """A lower-case word or an ampersand inside a name, between two of its capitalised words
    ("Battersea Dogs & Cats Home", "Transport for London", "Bank of America", "Director General of
    the World Health Organization")."""
    if index + 2 >= len(doc) or index == 0:
        return False
    word, before, after = doc[index], doc[index - 1], doc[index + 1]
    if word.text in _NAME_JOINERS and after.lower_ == "the":
        return _in_name(before) and doc[index + 2].tag_ in _NAME_TAGS and doc[index + 2].is_title
    if word.lower_ == "the" and before.text in _NAME_JOINERS:
        return after.tag_ in _NAME_TAGS and after.is_title
    if word.text not in _NAME_JOINERS:
        return False
    return _in_name(before) and after.tag_ in _NAME_TAGS and after.is_title


_NAME_JOINERS = frozenset({"&", "of", "for"})


def _after_appositive(doc: Doc, comma: int) -> int:
    """The word after an appositive in commas (", the commander of the US response,"), and after a
    subject that the appositive's name shares (", and its 10 million residents"); `len(doc)` if none."""
    words = doc[comma + 1 : comma + 1 + _APPOSITIVE_WORDS]
    if not words or words[0].tag_ not in ("DT", "PRP$", "JJ", "JJS", "CD", "NN", "NNP"):
        return len(doc)
    closing = next(
        (t.i for t in words if t.text == "," or "\n" in t.text_with_ws or t.tag_ in FINITE_TAGS), None
    )
    if closing is None or doc[closing].text != ",":
        return len(doc)
    end = closing + 1
    if end < len(doc) and doc[end].lower_ == "and":  # "Haiti, the poorest nation ..., and its residents were"
        end += 1
        while end < len(doc) and end - closing < _APPOSITIVE_WORDS and doc[end].tag_ in _NOUN_PHRASE:
            end += 1
    return end


_NOUN_PHRASE = frozenset({"DT", "PRP$", "JJ", "JJS", "JJR", "CD", "NN", "NNS", "NNP", "NNPS", "CC"})


def _verb_goes_on(doc: Doc, verb: int, through_infinitive: bool = False) -> bool:
    """The verb chain from `verb` has what follows a sentence's verb: an object, a clause or a
    complement, not the gap of a relative clause ("the damage BP has caused." / "... has paid to",
    "the way America produces and consumes", "the bracelet Mr Gibbs is wearing is"). With
    `through_infinitive`, an infinitive after the chain needs its own object too: a name's relative
    clause may leave its gap there ("to recoup money US taxpayers are expected to lose from ...",
    "the penalties BP would have to pay under ...")."""
    end = _chain_end(doc, verb)
    after = doc[end + 1] if end + 1 < len(doc) else None
    infinitive = after is not None and after.tag_ == "TO" and end + 2 < len(doc) and doc[end + 2].tag_ == "VB"
    if infinitive and through_infinitive:
        return _verb_goes_on(doc, end + 2, through_infinitive)
    if doc[end].tag_ == "VBN" and doc[end - 1].lower_ in BE_FORMS:
        return True  # a passive: no object is missing
    if after is None:
        return False
    if after.tag_ == "TO":  # "are planning to implement", "is to be relaunched"; not "has paid to"
        return infinitive
    return after.tag_ in _OBJECT_OPENERS or after.lower_ == "that"


_OBJECT_OPENERS = frozenset({"DT", "PRP", "PRP$", "NN", "NNS", "NNP", "NNPS", "JJ", "CD", "EX", "``"})


def _chain_end(doc: Doc, verb: int) -> int:
    """The last word of the verb chain that opens at `verb` ("is calling", "has been caused")."""
    end = verb
    while end + 1 < len(doc) and doc[end + 1].tag_ in ("VB", "VBN", "VBG", "RB") and doc[end + 1].is_alpha:
        end += 1
    return end


def _day_labels(words: _Words) -> list[int]:
    """Where a chronology's item opens with its day and a colon, at its line's start or run in after
    the item before it ("22 April: The oil rig sinks ...", "... worst spills in US history 8 May: Giant
    metal dome fails to cap leak 2 June: US government begins criminal inquiry"): the day dates its
    item, which cut off from it would take its page's date. Run in, the day follows a lower-case word
    that is no preposition, article or conjunction ("on 8 May: the talks" stays whole); at a line's start
    a dash may stand for the colon ("May 09 - Japan and Australia announce their first cases")."""
    text, labels = words.text, []
    marks = (i for i, word in enumerate(text) if word in _LABEL_MARKS and 2 <= i < len(text) - 1)
    for index in (mark - 2 for mark in marks):
        if not text[index + 3][:1].isupper() or not _day_and_month(text[index], text[index + 1]):
            continue
        previous = text[index - 1] if index else "\n"
        if "\n" in previous or (text[index + 2] == ":" and _ends_an_item(previous)):
            labels.append(index)
    return labels


def _ends_an_item(word: str) -> bool:
    """A lower-case word that may end a run-in item ("history"), not one that a date goes on ("on")."""
    return word.isalpha() and word.islower() and word not in _NO_ITEM_END


def _day_and_month(first: str, second: str) -> bool:
    """ "22 April", "June 22" """
    if first.isdigit():
        return len(first) <= 2 and second in _MONTH_NAMES
    return first in _MONTH_NAMES and second.isdigit() and len(second) <= 2


_LABEL_MARKS = frozenset({":", "-", "–", "—"})
_NO_ITEM_END = _BEFORE_TIMES | {"but"}  # the words a date goes on, and "but"


def _year_label(doc: Doc, words: _Words, index: int) -> bool:
    """A year with a colon opens the item of a fact box whose line lost its break: "The elderly were
    particularly vulnerable 1968: An outbreak first detected in Hong Kong ... killed up to one million
    people" (the item would otherwise take its article's date, not its year). The year follows a
    lower-case word that is no preposition or part of a year ("in 1968: A bad year", "since early
    2009: The numbers" stay whole) and is glued to its colon, which a capitalised word follows."""
    text = words.text
    if index + 2 >= len(text) or text[index + 1] != ":" or not _YEAR.fullmatch(text[index]):
        return False
    if words.spaced[index] or not words.opens[index + 2] or not words.spaced[index - 1]:
        return False
    previous = doc[index - 1]
    if not (previous.is_alpha and previous.is_lower) or previous.lower_ in _PART_OF_YEAR:
        return False
    return previous.tag_ not in ("IN", "TO", "DT", "CC")


_YEAR = re.compile(r"1[5-9]\d\d|20\d\d")
_PART_OF_YEAR = frozenset({"early", "late", "mid", *SEASONS})  # "early 2009", "spring 2009"


def _quote_after_caption(token: Token) -> bool:
    """A quotation opening straight after a photo caption: 'Mazandarani spent nine days in the rubble of
    her home "It causes renal damage and shock, ...," she said.' The mark stands after a lower-case noun
    and opens a capitalised sentence of some words (not 'the word "Help"')."""
    doc = token.doc
    if token.text != '"' or token.whitespace_ or token.i + 1 >= len(doc):
        return False
    previous = doc[token.i - 1]
    if not previous.whitespace_ or previous.tag_ not in ("NN", "NNS") or not previous.is_lower:
        return False
    if not doc[token.i + 1].is_title or not _clause_before(token):
        return False  # 'One site "Make BP responsible ...," has 867 followers': a name, no caption
    words = 0
    for following in doc[token.i + 1 : token.i + 1 + _QUOTED_WORDS]:
        if following.text == '"' or "\n" in following.text_with_ws:
            return False
        words += following.is_alpha
    return words >= _QUOTED_WORDS // 2


def _subject_after_quote(token: Token) -> bool:
    """A caption that quotes someone without a full stop runs into the next sentence's subject: 'UK
    Energy Secretary Chris Huhne:"It's a ground-breaking deal" BP and Rosneft have also agreed ...'.
    The quotation closes glued to a word (no stop or comma inside it), opened on the same line with a
    capitalised word and runs for some words (not 'a so-called "top kill" BP is planning'); after it
    a name, or "The" and a name or a common noun, opens a subject whose finite verb goes on as a
    sentence's."""
    doc, close = token.doc, token.i - 1
    if close < 1 or doc[close].whitespace_ != " ":
        return False
    if doc[close - 1].whitespace_ or not doc[close - 1].is_alpha:
        return False
    if not _quote_opens_sentence(doc, close):
        return False
    found = _finite_verb_after_subject(doc, token.i)
    if found is None and token.text in _ARTICLES:
        found = _verb_after_common_phrase(doc, token.i)  # '... over the dose" The disclosure was made'
    if found is None:
        return False
    return found[1] or _verb_goes_on(doc, found[0], through_infinitive=True)


def _quote_opens_sentence(doc: Doc, close: int) -> bool:
    """The quotation that closes at `close` opens on its line, with a capitalised word, at least
    `_QUOTED_WORDS` // 2 words before."""
    words = 0
    for before in reversed(doc[max(close - _QUOTE_REACH, 0) : close]):
        if "\n" in before.text_with_ws:
            return False
        mark = max(before.text.rfind(quote) for quote in _OPENING_MARKS)
        if mark >= 0:
            opened = before.text[mark + len('"') :] or doc[before.i + 1].text
            return opened[:1].isupper() and words >= _QUOTED_WORDS // 2
        words += before.is_alpha
    return False


_QUOTE_REACH = 30  # words looked back for a quotation's opening mark


def _clause_before(token: Token) -> bool:
    """A finite verb between the line's start and the token, at most `_CUT_REACH` words back: the
    caption says something of its own (unbounded, a 40,000-character line of verbless captions that
    each quote, 'oil on the beach "Oil on the sand of the Gulf" ...', was read back to its start for
    every quotation)."""
    for before in reversed(token.doc[max(token.i - _CUT_REACH, 0) : token.i]):
        if before.tag_ in TENSED_TAGS:
            return True
        if "\n" in before.text_with_ws:
            return False
    return False


def add_line_boundaries(nlp: Language) -> None:
    if COMPONENT in nlp.pipe_names:
        return
    before = "parser" if "parser" in nlp.pipe_names else None
    if before:
        nlp.add_pipe(COMPONENT, before=before)
    else:
        nlp.add_pipe(COMPONENT, first=True)
