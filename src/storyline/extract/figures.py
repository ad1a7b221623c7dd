"""Figures a sentence claims: "about 11,000 North Korean infantrymen", "$6.1bn".

`extract_figures` scans a parsed sentence for amounts (digits, number words,
ranges, vague amounts such as "dozens"), reads the words that qualify them
("about", "more than", "between ... and"), then uses the parse to find what
they count ("North Korean infantrymen"), a rate ("barrels a day") and the
period the figure holds for ("since the beginning of the year"). When the counted
words are only a unit or nothing ("200,000 bpd", "$100 billion"), the parse says what
the figure is of: "loadings of 200,000 bpd", "market capitalization has shrunk by
$100 billion", "$50 million in damages claims", else "amount pledged". Offsets are
document character offsets.

It deliberately skips dates, times, years, ordinals and numbers inside names
("8 October", "2024", "first", "Flight 370", "a top 10 shareholder"), live-page clock
stamps, magnitudes, the same figure in other units in brackets, counts of sources
("two officials said"), questions and readers' comments; it does not decide who claims a
figure (attribution does) nor group figures across documents (merge does).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from storyline.analyse.doc_text import doc_text, span_text
from storyline.analyse.reporting import cue_lemma
from storyline.analyse.timex.lexicon import MONTHS, TIME_ZONES
from storyline.analyse.token_table import token_table
from storyline.extract import figure_kinds
from storyline.extract.figure_context import clause_verb, predicate_of, subject_of
from storyline.extract.figure_skips import COLLECTIVES, after_a_name, asks, not_a_claim
from storyline.extract.figure_tallies import tally_of
from storyline.extract.figure_things import (
    LENGTHS,
    a_year,
    counted_modifier,
    length_before_dimension,
    length_of_dimension,
    multiple_of,
    name_end,
    named_counted,
    noun_stood_for,
    put_on_demonstrative,
    set_off_dash,
    size_of_thing,
    thing_of,
    unit_only_label,
    unit_word,
)
from storyline.extract.numbers import (
    VAGUE_OPENERS,
    is_scale_abbreviation,
    is_scale_word,
    parse_number,
    scale_of,
    tens_and_unit,
    vague_amount,
)
from storyline.model import EntityMention, Figure, TimeExpression

_APPROXIMATE = (
    ("about",), ("around",), ("approximately",), ("roughly",), ("some",), ("nearly",), ("almost",),
    ("close", "to"), ("an", "estimated"), ("estimated",), ("circa",), ("approx",), ("c.",),
)  # fmt: skip
_BOUNDS = (
    ("more", "than"), ("over",), ("at", "least"), ("in", "excess", "of"), ("upwards", "of"),
    ("up", "to"), ("as", "many", "as"), ("as", "much", "as"), ("at", "most"), ("fewer", "than"),
    ("less", "than"), ("under",), ("no", "more", "than"), ("just", "over"), ("just", "under"),
    ("more", "than", "about"), ("just",), ("only",),
)  # fmt: skip
_QUALIFIERS = sorted(_APPROXIMATE + _BOUNDS, key=len, reverse=True)
_NOT_A_BOUND = {("just",), ("only",)}
_RANGE_LINKS = {"-", "–", "—", "to"}
_THOUSANDS = re.compile(r"^(\d{1,3})(?:,000)+$")  # "10,000", "2,000,000": a number written in whole thousands
_SKIPPED_ENTITIES = {
    "DATE",
    "TIME",
    "ORDINAL",
    "ORG",
    "PRODUCT",
    "FAC",
    "LAW",
    "EVENT",
    "WORK_OF_ART",
    "PERSON",
}
_TIME_ZONES = TIME_ZONES | {"CST", "CDT", "CEST", "AM", "PM"}  # and "1930 CDT", "10 AM"
_ORDINAL = re.compile(r"^\d+(st|nd|rd|th)$", re.IGNORECASE)
_GROUP_HEAD = re.compile(r"^\d{1,3}$")  # "500" of "500 000": digits a spaced group may follow
_GROUP = re.compile(r"^\d{3}$")
_COUNTED_POS = {"ADJ", "NOUN", "PROPN"}
_RATE_MARKERS = {"a", "an", "per", "each", "every"}
_PERIOD_STARTS = (("since",), ("so", "far"), ("to", "date"), ("during",), ("throughout",),
                  ("over", "the", "past"), ("over", "the", "last"), ("in", "the", "past"),
                  ("in", "the", "last"), ("for", "the", "past"))  # fmt: skip
_ORIGIN_LABELS = {"GPE", "NORP"}
_BRACKETED = re.compile(r"\s*\([^()]*\)")
_ARTICLES = frozenset({"a", "an"})
_FRACTIONS = {"half": 0.5, "quarter": 0.25}  # "half a million", "a quarter of a million"
_FRACTION_PLURALS = {"quarters": 0.25, "halves": 0.5, "thirds": 1 / 3}  # "three-quarters of a million"
_ANY_FRACTION = frozenset(_FRACTIONS) | frozenset(_FRACTION_PLURALS)
_LARGE_SCALES = frozenset({"million", "billion", "trillion"})
_MODIFYING_MEASURES = frozenset(
    {"tonnes", "barrels", "gallons", "litres"}
)  # not lengths: "a 52ft yacht" would join the depths in feet, "1.5 m to 2.5 m gallons" is millions
_MONEY_NOUNS = frozenset({"aid", "funding", "money", "cash", "investment", "debt", "taxpayers"})
_VERB_OBJECTS = frozenset({"dobj", "ccomp", "xcomp", "attr", "acomp", "dative"})
_PREPOSITION_WORDS = frozenset({"thanks", "according", "owing"})
_OPEN_BOUNDS = frozenset({"more", "fewer", "less", "so"})
_WITHIN_REACH = 4  # "within about 6 miles": tokens from "within" to the counted words
_PHRASE_REACH = 8  # tokens between an amount and the noun its phrase is built on


@dataclass(slots=True)
class Amount:
    """The number part of a figure: where it lies (token indices) and what it says."""

    start: int
    end: int  # exclusive
    value: float
    upper: float | None = None
    approximate: bool = False
    qualifier: str | None = None
    currency: str | None = None
    percent: bool = False


@dataclass(slots=True)
class Counted:
    """What an amount counts: its words (token indices), head noun and rate."""

    start: int
    end: int  # exclusive
    head: Token | None
    rate: str | None = None


def extract_figures(
    sentence: Span, expressions: Sequence[TimeExpression] = (), actors: Sequence[EntityMention] = ()
) -> list[Figure]:
    """Every figure the sentence claims, in order.

    `expressions` (the sentence's time expressions) give periods their TIMEX value and `actors` give
    subjects their canonical names; without them the words as written are kept.
    """
    return _put_on_what_came_before(sentence, _figures_in(sentence, expressions, actors))


def _figures_in(
    sentence: Span, expressions: Sequence[TimeExpression] = (), actors: Sequence[EntityMention] = ()
) -> list[Figure]:
    """The sentence's figures read from its own words alone (no sentence before it is read)."""
    figures: list[Figure] = []
    if asks(sentence):
        return figures
    index = sentence.start
    openers = _amount_openers(sentence.doc)
    periods = _Periods(sentence, expressions)
    while index < sentence.end:
        at = bisect_left(openers, index)  # the next word that may open an amount
        if at == len(openers) or openers[at] >= sentence.end:
            break
        index = openers[at]
        amount = _read_amount(sentence.doc, index, sentence.end)
        if amount is None:
            index += 1
            continue
        amount = _as_share(sentence.doc, amount, sentence.end)
        if figures and _model_inside(sentence.doc, amount, figures[-1]):
            index = max(amount.end, index + 1)
            continue
        figure = _figure(sentence, amount, periods, actors)
        if figure is not None:
            figures.append(figure)
        index = max(amount.end, index + 1)
    figures = _restated_shares(sentence.doc, _join_from_to(sentence.doc, figures))
    figures = _another_of(sentence.doc, _included_parts(sentence.doc, _restated_sums(sentence.doc, figures)))
    return _continued_things(sentence.doc, figures)


# --- the amount -----------------------------------------------------------------------------


_OPENERS = frozenset(figure_kinds.CURRENCY_SYMBOLS) | _ARTICLES | frozenset(_FRACTIONS) | VAGUE_OPENERS


def _amount_openers(doc: Doc) -> list[int]:
    """The indices of the parse's words where `_read_amount` could start, ascending, found once per
    parse: each sentence's figures are looked for from these words only (a tenth of them). Such a word
    is a currency symbol, a number, the first word of a vague amount, or "a"/"an" before a scale word
    ("a million": `_read_number` asks the next word's text, here its lower case, the same test)."""
    found = doc.user_data.get(_OPENERS_KEY)
    if found is None:
        table = token_table(doc)
        lower = table.lower
        found = [
            index
            for index, (word, number) in enumerate(zip(lower, table.like_num, strict=True))
            if number
            or word[:1].isdigit()
            or (word in _OPENERS and (word not in _ARTICLES or _before_scale(lower, index)))
        ]
        doc.user_data[_OPENERS_KEY] = found
    return found  # type: ignore[no-any-return]


_OPENERS_KEY = "storyline.amount_openers"


def _before_scale(lower: list[str], index: int) -> bool:
    return index + 1 < len(lower) and is_scale_word(lower[index + 1])


def _read_amount(doc: Doc, index: int, limit: int) -> Amount | None:
    currency = figure_kinds.CURRENCY_SYMBOLS.get(doc[index].lower_)
    number_at = index + 1 if currency else index
    if number_at >= limit:
        return None
    first = _read_number(doc, number_at, limit, currency is not None)
    if first is None:  # the cheap test first: few words are numbers
        return None
    value, upper, end, vague = first
    if not _read_as_large(doc, number_at, end) and _excluded(doc[number_at]):
        return None
    amount = Amount(start=index, end=end, value=value, upper=upper, approximate=vague, currency=currency)
    _read_range(doc, amount, limit)
    _read_suffix(doc, amount, limit)
    _read_qualifier(doc, amount)
    return amount


def _read_as_large(doc: Doc, start: int, end: int) -> bool:
    """ "half a million", "five and a half million": a fraction of millions is no date or time,
    whatever the entity tagger made of it ("the quarter", "five and a half million feet" as a DATE)."""
    words = {doc[i].lower_ for i in range(start, end)}
    return not words.isdisjoint(_ANY_FRACTION) and doc[end - 1].lower_ in _LARGE_SCALES


def _model_inside(doc: Doc, amount: Amount, before: Figure) -> bool:
    """ "58 additional 787 planes": a number in digits inside the words the figure before counts, after
    a word that describes them and before the noun it names, is a model, not a count of its own."""
    number = doc[amount.start]
    if number.idx >= before.end or amount.end != amount.start + 1 or not number.text.isdigit():
        return False
    described = amount.start > 0 and doc[amount.start - 1].pos_ in ("ADJ", "PROPN")
    return described and number.head.pos_ == "NOUN" and number.head.i > number.i


def _as_share(doc: Doc, amount: Amount, limit: int) -> Amount:
    """ "seven in 10 Americans": a share (70 percent of Americans), not seven of something and then 10
    Americans; the part must be smaller than the whole it is taken from."""
    if amount.currency or amount.percent or amount.end + 1 >= limit or doc[amount.end].lower_ != "in":
        return amount
    whole = _read_amount(doc, amount.end + 1, limit)
    if whole is None or whole.currency or whole.percent or not 0 < amount.value < whole.value <= 1000:
        return amount
    if doc[whole.start].ent_type_ in ("DATE", "TIME"):
        return amount  # "11 in 2010": a count and a year
    share = 100 * amount.value / whole.value
    return Amount(amount.start, whole.end, share, approximate=amount.approximate, qualifier=amount.qualifier,
                  percent=True)  # fmt: skip


def _read_number(
    doc: Doc, index: int, limit: int, money: bool = False
) -> tuple[float, float | None, int, bool] | None:
    """(value, upper, end, vague) of the number starting at `index`."""
    words = [doc[i].text for i in range(index, min(index + 3, limit))]
    for length in (3, 1):
        vague = vague_amount(words[:length]) if len(words) >= length else None
        if vague:
            return vague.lower, vague.upper, index + length, True
    token = doc[index]
    if token.lower_ in _FRACTIONS:
        return _fraction_of_scale(doc, index, limit)
    if token.lower_ in ("a", "an") and index + 1 < limit and is_scale_word(doc[index + 1].text):
        value = 1.0
    elif token.like_num or token.text[0].isdigit():
        parsed = parse_number(token.text)
        if parsed is None:
            return None
        value = parsed
    else:
        return None
    end = index + 1
    if _GROUP_HEAD.match(token.text) and not (index > 0 and doc[index - 1].text[:1].isdigit()):
        value, end = _spaced_groups(doc, value, end, limit)  # not in a run of digits: "0370 60 60 900"
    if token.is_alpha:
        value, end = _words_on(doc, value, end, limit)
        parts = _parts_of_scale(doc, value, end, limit)
        if parts is not None:
            return parts
    while end < limit and _scales(doc, end, limit, money):
        value *= scale_of(doc[end].text) or 1
        end += 1
        if token.is_alpha and end < limit and doc[end].lower_ == "and" and value % 100 == 0:
            rest = _read_number(doc, end + 1, limit) if end + 1 < limit and doc[end + 1].is_alpha else None
            if rest is not None and not rest[3] and rest[0] < value:  # "two hundred and thirty four"
                return value + rest[0], None, rest[2], False
    return value, None, end, False


def _fraction_of_scale(
    doc: Doc, index: int, limit: int, fraction: float | None = None
) -> tuple[float, float | None, int, bool] | None:
    """ "half a million", "a quarter of a billion": the fraction multiplies the scale word after "a"."""
    at = index + 1
    if at < limit and doc[at].lower_ == "of":
        at += 1
    if at + 1 >= limit or doc[at].lower_ not in _ARTICLES or not is_scale_word(doc[at + 1].text):
        return None
    value, end = _times_scales(doc, fraction or _FRACTIONS[doc[index].lower_], at + 1, limit)
    return value, None, end, False


def _times_scales(doc: Doc, value: float, at: int, limit: int) -> tuple[float, int]:
    """`value` times the scale words from `at` on ("half a million" → 500,000), and where they end."""
    while at < limit and is_scale_word(doc[at].text):
        value *= scale_of(doc[at].text) or 1
        at += 1
    return value, at


def _parts_of_scale(
    doc: Doc, whole: float, end: int, limit: int
) -> tuple[float, float | None, int, bool] | None:
    """ "one and a half million" (1.5 million), "three-quarters of a million" (750,000): a number in
    words and a fraction of the scale word after it."""
    words = [doc[i].lower_ for i in range(end, min(end + 4, limit))]
    if words[:3] == ["and", "a", "half"] and end + 3 < limit and is_scale_word(doc[end + 3].text):
        value, at = whole + 0.5, end + 3
    else:
        at = end + 1 if words[:1] == ["-"] else end
        plural = doc[at].lower_ if at < limit else ""
        if plural not in _FRACTION_PLURALS:
            return None
        found = _fraction_of_scale(doc, at, limit, _FRACTION_PLURALS[plural])
        return None if found is None else (whole * found[0], None, found[2], False)
    value, at = _times_scales(doc, value, at, limit)
    return value, None, at, False


def _spaced_groups(doc: Doc, value: float, end: int, limit: int) -> tuple[float, int]:
    """ "To skim and recover 500 000 bbl per day": thousands set off by a single space, as some writers
    group digits; each group of exactly three digits after one space goes on the number."""
    while end < limit and doc[end - 1].whitespace_ == " " and _GROUP.match(doc[end].text):
        value, end = value * 1000 + float(doc[end].text), end + 1
    return value, end


def _words_on(doc: Doc, value: float, end: int, limit: int) -> tuple[float, int]:
    """A number in words goes on in the next word when the hyphen is left out ("twenty six"), and past
    the hyphen that the tokenizer splits off ("Eighty-five UN employees died": 85, not 5)."""
    if end < limit and (joined := tens_and_unit(doc[end - 1].text, doc[end].text)):
        return joined, end + 1
    glued = (
        end + 1 < limit and doc[end].text == "-" and not (doc[end - 1].whitespace_ or doc[end].whitespace_)
    )
    if glued and (joined := tens_and_unit(doc[end - 1].text, doc[end + 1].text)):
        return joined, end + 2
    return value, end


def _scales(doc: Doc, index: int, limit: int, money: bool) -> bool:
    """Whether the word at `index` multiplies the number before it ("million"; "m" in "$360 m")."""
    word = doc[index].text
    if is_scale_word(word):
        return True
    if not is_scale_abbreviation(word):
        return False
    unambiguous = word.lower().rstrip(".") in ("bn", "tn", "mn", "mln")  # "m" may be metres
    return unambiguous or money or (index + 1 < limit and doc[index + 1].pos_ == "NOUN")


def _excluded(token: Token) -> bool:
    """Numbers that are dates, times, years, ordinals or parts of names."""
    if token.ent_type_ in _SKIPPED_ENTITIES and "," not in token.text:
        return True
    if _ORDINAL.match(token.text):
        return True
    doc = token.doc
    neighbours = [doc[i] for i in (token.i - 1, token.i + 1) if 0 <= i < len(doc)]
    if any(n.lower_.rstrip(".") in MONTHS and n.pos_ == "PROPN" for n in neighbours):
        return True
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if following is not None and (following.text == ":" or following.text.upper() in _TIME_ZONES):
        return True
    if following is not None and _glued_compound(token, following):
        return True
    if _named_body(token) or _code(token) or _attribute_size(token) or size_of_thing(token):
        return True
    return re.fullmatch(r"1[89]\d\d|20\d\d", token.text) is not None and not _counts_something(token)


_BODIES = frozenset({"Group", "Club", "Gang", "Committee", "Council", "Forum"})
_CODE = re.compile(r"0\d+")  # "0370", "01": a leading zero writes a code or a dialling prefix, no amount
_ATTRIBUTES = frozenset({"storey", "story", "floor", "star", "lane"})  # "a five storey building": a size
_SIZE_LINKS = frozenset({"and", "or", "to", "-", ","})


def _code(token: Token) -> bool:
    """ "calling a UK 0370 number": digits with a leading zero are a telephone prefix or a code."""
    return _CODE.fullmatch(token.text) is not None


def _attribute_size(token: Token) -> bool:
    """ "many two and three storey buildings", "a four star hotel": a number before a singular noun of
    size or rank that itself describes the noun after it tells what the things are like, not how many
    there are; through other numbers joined to it ("two and three")."""
    doc = token.doc
    at = token.i + 1
    while at + 1 < len(doc) and doc[at].lower_ in _SIZE_LINKS and doc[at + 1].like_num:
        at += 2
    if at + 1 >= len(doc) or doc[at].lower_ not in _ATTRIBUTES:
        return False
    return doc[at + 1].pos_ in ("NOUN", "PROPN") and doc[at + 1].is_alpha


def _named_body(token: Token) -> bool:
    """ "the Group of 20 nations", "the Group of Eight": the number is part of a body's name, not a
    count of its members."""
    doc = token.doc
    return token.i >= 2 and doc[token.i - 1].lower_ == "of" and doc[token.i - 2].text in _BODIES


def _glued_compound(token: Token, hyphen: Token) -> bool:
    """ "a four-vessel system", "the 20-inch riser": a number inside a compound adjective."""
    if hyphen.text != "-" or token.whitespace_ or hyphen.whitespace_ or hyphen.i + 1 >= len(token.doc):
        return False
    after = token.doc[hyphen.i + 1]
    if after.lower_ in _FRACTION_PLURALS and _fraction_of_scale(token.doc, after.i, len(token.doc), 1.0):
        return False  # "three-quarters of a million": a number
    if tens_and_unit(token.text, after.text):  # "eighty-five UN employees": a number ...
        # ... unless the compound goes on past it ("twenty-one-year-old")
        return after.i + 1 < len(token.doc) and _glued_compound(after, token.doc[after.i + 1])
    return after.is_alpha


def _counts_something(token: Token) -> bool:
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return following is not None and following.pos_ == "NOUN" and following.ent_type_ != "DATE"


def _read_range(doc: Doc, amount: Amount, limit: int) -> None:
    if amount.upper is not None or amount.end + 1 >= limit:
        return
    between = amount.start > 0 and doc[amount.start - 1].lower_ == "between"
    link_at = amount.end
    if between and _unit_said_twice(doc, amount.end, limit):
        link_at += 1  # "between 130,000 barrels and 270,000 barrels": the unit said with both numbers
    link = doc[link_at].lower_
    alternative = link == "or" and amount.currency is None and not between  # "three or four floors"
    if not (link in _RANGE_LINKS or (link == "and" and between) or alternative):
        return
    at = link_at + 1
    if doc[at].lower_ in figure_kinds.CURRENCY_SYMBOLS:
        at += 1
    if at >= limit or _excluded(doc[at]):
        return
    second = _read_number(doc, at, limit, amount.currency is not None)
    if second is None or second[3]:
        return
    upper, _, end, _ = second
    if link_at != amount.end and (end >= limit or doc[end].lower_ != doc[amount.end].lower_):
        return  # "between 30 barrels and 40 tonnes": two amounts of two things
    if upper > amount.value * 1000 and amount.value < 1000:  # "5 to 6 million": the scale is shared
        amount.value *= upper / _unscaled(doc, at, end)
    amount.value *= _shared_thousands(doc[amount.end - 1], doc[at], link)
    if upper <= amount.value:
        return
    amount.upper, amount.end = upper, end


def _unit_said_twice(doc: Doc, end: int, limit: int) -> bool:
    """A word after the first number of "between ... and ..." followed by "and" and a number: the
    range's unit said with both ends ("between 130,000 barrels and 270,000 barrels")."""
    return end + 2 < limit and doc[end].is_alpha and doc[end + 1].lower_ == "and" and doc[end + 2].like_num


def _shared_thousands(first: Token, second: Token, link: str) -> float:
    """ "Some 7-10,000 tonnes": a bare small number glued to a dash before a number written in thousands
    shares its thousands (7,000 to 10,000) when it is smaller than the second's leading digits; "2 to
    10,000", written out, keeps its value, as does "15-10,000" (no span at all)."""
    match = _THOUSANDS.match(second.text)
    if link == "and" or match is None or not first.text.isdigit():
        return 1.0
    if int(first.text) >= int(match.group(1)) or first.i + 2 != second.i or first.whitespace_:
        return 1.0  # glued to its dash, as the shorthand is written: "7-10,000", not "7 - 10,000"
    return 1000.0 ** (len(second.text.split(",")) - 1)


def _unscaled(doc: Doc, start: int, end: int) -> float:
    return parse_number(doc[start].text) or 1.0


def _read_suffix(doc: Doc, amount: Amount, limit: int) -> None:
    """A currency word ("dollars") or a percent sign."""
    end = amount.end
    money_word = end < limit and doc[end].lower_ in figure_kinds.CURRENCY_WORDS
    if money_word and not amount.currency and not _weight_pounds(doc, end):
        amount.currency = figure_kinds.CURRENCY_WORDS[doc[end].lower_]
        end += 1
    elif end < limit and doc[end].lower_ in figure_kinds.PERCENT_WORDS:
        amount.percent = True
        end += 1
    elif end + 1 < limit and doc[end].lower_ == "per" and doc[end + 1].lower_ == "cent":
        amount.percent = True
        end += 2
    amount.end = end


def _weight_pounds(doc: Doc, index: int) -> bool:
    """ "6,700 pounds per square inch", "370,000 pounds of hair", "weighs ... 2,400 pounds": pounds of
    weight or pressure, not sterling. A sum in pounds is written with a scale or a pound sign ("millions
    of pounds", "£17billion pounds") and is seldom "of" a substance."""
    word = doc[index]
    if word.lower_ not in ("pound", "pounds") or (index > 0 and doc[index - 1].text == "£"):
        return False
    if _pressure(doc, index):
        return True
    if any(t.lower_.startswith("weigh") for t in (word.head, word.head.head)):
        return True
    number = doc[index - 1] if index > 0 else None
    plain = number is not None and number.text[:1].isdigit() and not is_scale_abbreviation(number.text)
    after = doc[index + 2] if index + 2 < len(doc) else None
    substance = after is not None and (after.pos_ in ("NOUN", "ADJ") or after.tag_ == "VBN")
    substance = substance and after.lower_ not in _MONEY_NOUNS  # "200 pounds of dried food"
    return plain and substance and doc[index + 1].lower_ == "of"  # `substance` read the word after "of"


def _pressure(doc: Doc, index: int) -> bool:
    """ "6,700 pounds psi", "6,700 pounds per square inch": pounds of pressure."""
    following = [t.lower_ for t in doc[index + 1 : index + 4]]
    return following[:1] == ["psi"] or following == ["per", "square", "inch"]


def _read_qualifier(doc: Doc, amount: Amount) -> None:
    lower = token_table(doc).lower  # each qualifier compared on the word forms, with no token made
    start = amount.start - 1 if amount.start > 0 and lower[amount.start - 1] == "between" else amount.start
    for words in _QUALIFIERS:
        begin = start - len(words)
        if begin >= 0 and tuple(lower[begin:start]) == words:
            if words in _APPROXIMATE:
                amount.approximate = True
            elif words not in _NOT_A_BOUND:
                amount.qualifier = " ".join(words)
            amount.start = begin
            return
    amount.start = start
    if amount.end < len(doc) - 1 and (lower[amount.end], lower[amount.end + 1]) == ("or", "so"):
        amount.approximate = True
        amount.end += 2


# --- what it counts -------------------------------------------------------------------------


def _figure(
    sentence: Span, amount: Amount, periods: _Periods, actors: Sequence[EntityMention]
) -> Figure | None:
    doc = sentence.doc
    counted = _counted(doc, amount, sentence.end)
    anchor = counted.head if counted.head is not None else doc[amount.end - 1]
    if not_a_claim(doc, amount.start, amount.end, counted.head):
        return None
    stood_for = noun_stood_for(counted.head)  # "the two main ones": the faults
    modifier = _counted_modifier(doc, amount, counted)  # "a 100 bed hospital": the beds
    kind, unit = _kind(amount, replace(counted, head=stood_for or modifier or counted.head))
    tally = None
    if not kind and counted.head is None and amount.currency is None and not amount.percent:
        tally = tally_of(doc[amount.end - 1])  # "brings the overall totals to 24 in England"
    if tally is not None:
        kind = tally.kind
    if not kind:
        return None
    written = doc[counted.start : counted.end].text if counted.end > counted.start else ""
    written = _BRACKETED.sub("", written)  # "barrels (840,000 gallons) of oil": the units once
    if stood_for is not None and counted.head is not None:
        written = f"{doc[counted.start : counted.head.i].text} {stood_for.text}".strip()
    money = amount.currency is not None or figure_kinds.is_currency(kind)
    multiple = multiple_of(counted.head, money, kind)  # "-- 100 times the country's current proven supply"
    if tally is not None:
        thing, written = tally.thing, ""
    elif modifier is not None and counted.head is not None:
        thing = f"{figure_kinds.plural_of(modifier.lower_)} of the {doc[modifier.i + 1 : counted.head.i + 1]}"
        written = ""
    elif multiple:
        thing, written = multiple, ""
    else:
        thing = thing_of(
            doc[counted.start : counted.end],
            counted.head,
            doc[amount.end - 1],
            max(amount.end, counted.end),
            money,
            kind,
            doc[amount.start],
        )
    last = doc[max(amount.end, counted.end) - 1]
    start_char, end_char = doc[amount.start].idx, last.idx + len(last.text.rstrip("."))
    return Figure(
        value=_tidy(amount.value),
        text=span_text(sentence)[start_char - sentence.start_char : end_char - sentence.start_char],
        start=start_char,
        end=end_char,
        counted=named_counted(thing, written, money),
        kind=kind,
        approximate=amount.approximate,
        upper=_tidy(amount.upper) if amount.upper is not None else None,
        qualifier=amount.qualifier,
        unit=unit,
        period=periods.of(amount),
        predicate=predicate_of(anchor),
        subject=subject_of(doc[counted.start : counted.end], anchor, actors),
        thing=thing,
    )


def _counted_modifier(doc: Doc, amount: Amount, counted: Counted) -> Token | None:
    if amount.currency is not None or amount.percent or amount.end >= len(doc):
        return None
    return counted_modifier(doc[amount.start], doc[amount.end], counted.head, amount.value)


def _tidy(value: float) -> float:
    """4.1 * 1e6 as 4100000, not 4099999.9999999995."""
    return float(f"{value:.12g}")


def _counted(doc: Doc, amount: Amount, limit: int) -> Counted:
    start = amount.end
    if start < limit and doc[start].lower_ == "of":
        start += 1
        while start < limit and doc[start].pos_ in ("DET", "PRON") and doc[start].lower_ != "them":
            start += 1
    end = start
    seen_noun = False
    possessed = start  # the counted words after a possessive: "the world's biggest stars"
    while True:
        while end < limit and (
            _counted_word(doc[end], seen_noun or amount.currency is not None)
            or _model_number(doc, end, limit)
        ):
            seen_noun = seen_noun or doc[end].pos_ == "NOUN"
            end += 1
        if end + 1 >= limit or end == possessed or doc[end].tag_ != "POS":
            break
        end = possessed = end + 1
    head = _head_noun(doc, amount, possessed, end)
    phrase = _phrase_head(doc, amount, limit)
    measured = (
        head is not None
        and head.i == amount.end
        and (_measure_modifier(head) or length_before_dimension(head) or length_of_dimension(head))
    )
    if phrase is not None and (head is None or head.i < phrase.i) and not measured:
        head = phrase  # "two U.S. offshore Gulf of Mexico production platforms", "a $20billion BP fund"
    if head is not None and _preposition_word(head):
        head = None  # "£200,000 thanks to the government's Gift Aid scheme"
    head = _open_compound_head(doc, amount, head, limit)
    head = _plural_read_as_verb(doc, amount, head, limit)
    head = _joined_modifier_head(doc, amount, head, start, limit)
    if head is not None:
        start = _after_joined_amount(doc, start, head)
    counted = Counted(start, head.i + 1, head) if head is not None else Counted(amount.end, amount.end, None)
    counted.end = _joined_plural_end(doc, amount, counted, limit)
    for _ in range(3):
        _extend_with_rate(doc, counted, limit, amount.currency is not None)
        _extend_with_complement(doc, counted, limit)
        _skip_parenthesis(doc, counted, limit)
    return _without_trailing_parenthesis(doc, counted)


def _joined_plural_end(doc: Doc, amount: Amount, counted: Counted, limit: int) -> int:
    """ "the thousands of men and women who work in the industry": a plural noun joined by "and"/"or"
    right after the counted one, with no number, article or phrase of its own, is counted with it."""
    head = counted.head
    if head is None or head.tag_ != "NNS" or amount.currency is not None or amount.percent:
        return counted.end
    if head.i + 2 >= limit or doc[head.i + 1].lower_ not in ("and", "or") or unit_word(head):
        return counted.end
    joined = doc[head.i + 2]
    if joined.dep_ != "conj" or joined.head.i != head.i or joined.tag_ != "NNS" or unit_word(joined):
        return counted.end
    own = any(c.dep_ in ("nummod", "det", "quantmod", "prep") for c in joined.children)
    origin = joined.i + 1 < limit and doc[joined.i + 1].lower_ == "from"  # "20 countries and representatives
    return counted.end if own or origin else joined.i + 1  # from the UN": the representatives' own


def _after_joined_amount(doc: Doc, start: int, head: Token) -> int:
    """ "at least 20 and up to 81 deaths": the counted words begin after the amount joined to this one
    ("deaths"), not at the "and" that joins them."""
    if start >= head.i or doc[start].tag_ != "CC":
        return start
    if doc[start + 1].lower_ in _OPEN_BOUNDS:
        return start + 2  # "two or more tectonic plates": the bound is the amount's, the plates are counted
    numbers = [t.i for t in doc[start : head.i] if t.like_num]
    return numbers[-1] + 1 if numbers else start


def _open_compound_head(doc: Doc, amount: Amount, head: Token | None, limit: int) -> Token | None:
    """ "the 9,000 peace keeping personnel": a singular noun right after the amount, then a word in
    "-ing" and a plural noun, is a compound written open ("peacekeeping"); the plural noun is counted."""
    if head is None or head.i != amount.end or head.tag_ != "NN" or amount.value == 1 or head.i + 2 >= limit:
        return head
    gerund, noun = doc[head.i + 1], doc[head.i + 2]
    if gerund.tag_ != "VBG" or not gerund.lower_.endswith("ing") or noun.tag_ != "NNS":
        return head
    return noun


def _plural_read_as_verb(doc: Doc, amount: Amount, head: Token | None, limit: int) -> Token | None:
    """ "more than 1,500 status updates on Facebook": a plural noun the tagger read as a verb in "-s"
    ("updates"), which the parse gives the singular noun before it as its subject. A count above one
    of a singular noun does not agree with such a verb, so the compound runs on to the plural, which
    is counted (not a collective noun, "300 staff says", nor a verb that reports or takes an object)."""
    if head is None or head.tag_ != "NN" or head.dep_ != "nsubj" or amount.value <= 1:
        return head
    if amount.currency is not None or amount.percent or head.lower_ in COLLECTIVES:
        return head
    following = doc[head.i + 1] if head.i + 1 < limit else None
    if following is None or following.tag_ != "VBZ" or head.head.i != following.i:
        return head
    if not (following.is_alpha and following.is_lower and following.lower_.endswith("s")):
        return head
    if cue_lemma(following) is not None or any(c.dep_ in _VERB_OBJECTS for c in following.children):
        return head
    return following


def _joined_modifier_head(
    doc: Doc, amount: Amount, head: Token | None, start: int, limit: int
) -> Token | None:
    """ "more than 100 music and Hollywood stars", "dozens of search and rescue teams": a singular noun
    that opens the counted words after a count above one, joined by "and"/"or" to nouns that end in a
    plural, modifies that plural noun with them (the stars, the teams are counted)."""
    if head is None or head.tag_ != "NN" or amount.value <= 1:
        return head
    if head.i < start or any(t.pos_ != "ADJ" for t in doc[start : head.i]):
        return head  # "three of his top energy and environmental officials": adjectives may come first
    if amount.currency is not None or amount.percent or head.i + 3 >= limit or unit_word(head):
        return head
    link = doc[head.i + 1]
    if link.lower_ not in ("and", "or"):
        return head
    joined = [c for c in head.children if c.dep_ == "conj" and c.tag_ == "NNS" and c.i < limit]
    if head.dep_ in ("nmod", "compound") and head.head.tag_ == "NNS" and head.head.i < limit:
        joined.append(head.head)  # the parse hung "search" on "teams" and "rescue" on "search"
    plural = joined[0] if joined and joined[0].i > link.i + 1 else None
    if plural is None or figure_kinds.is_measure(figure_kinds.kind_of(plural.text)):
        return head
    between = doc[link.i + 1 : plural.i]
    if any(t.pos_ not in ("NOUN", "PROPN", "ADJ") for t in between):
        return head
    return plural


def _model_number(doc: Doc, index: int, limit: int) -> bool:
    """ "10 Boeing 787 Dreamliners", "two Apollo 13 astronauts": a number written after a name and
    before what is counted is the name's model or issue, one of the counted words."""
    return index + 1 < limit and after_a_name(doc, index) and doc[index + 1].pos_ in ("NOUN", "PROPN")


def _measure_modifier(unit: Token) -> bool:
    """ "a 78 ton metal box", "a 100 tonne containment dome": a unit in the singular before the noun it
    measures (not "Three Mile Island", "barrels oil equivalent" or "a 5,000 barrel-per-day estimate")."""
    following = unit.doc[unit.i + 1] if unit.i + 1 < len(unit.doc) else None
    hyphenated = following is not None and following.text in ("-", "–")
    return unit.tag_ == "NN" and not hyphenated and figure_kinds.kind_of(unit.text) in _MODIFYING_MEASURES


def _counted_word(token: Token, after_noun: bool) -> bool:
    """Words of the counted phrase; a proper noun after the counted noun starts something else."""
    joining = _joining_hyphen(token)
    if token.ent_type_ in ("DATE", "TIME") or (after_noun and token.pos_ == "PROPN"):
        return False
    if _preposition_word(token):
        return False
    if token.text[0] == "-" and not joining:
        return False
    return token.pos_ in _COUNTED_POS or joining


def _preposition_word(token: Token) -> bool:
    """ "more than £200,000 thanks to the government's Gift Aid scheme": the first word of a preposition
    written in two ("thanks to", "according to"), which says why or who, not what is counted."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return following is not None and following.lower_ == "to" and token.lower_ in _PREPOSITION_WORDS


def _joining_hyphen(token: Token) -> bool:
    """ "non-core divestments": a hyphen the tokenizer split off inside one word that modifies a noun
    after it, not a dash (nor "$29billion post-tax", a word said of the amount)."""
    doc = token.doc
    if token.text != "-" or token.whitespace_ or token.i == 0 or doc[token.i - 1].whitespace_:
        return False
    return token.i + 2 < len(doc) and doc[token.i + 2].pos_ == "NOUN"


def _head_noun(doc: Doc, amount: Amount, start: int, end: int) -> Token | None:
    nouns = [doc[i] for i in range(start, end) if doc[i].pos_ in ("NOUN", "PROPN")]
    if not nouns:
        return None
    measures = [noun for noun in nouns if figure_kinds.is_measure(figure_kinds.kind_of(noun.text))]
    if measures:
        return measures[0]
    syntactic = doc[amount.end - 1]
    while syntactic.dep_ in ("nummod", "quantmod", "compound") and syntactic.head.i > syntactic.i:
        syntactic = syntactic.head
    if syntactic in nouns:
        return syntactic
    contiguous = nouns[0]
    for noun in nouns[1:]:
        if noun.i != contiguous.i + 1 and doc[noun.i - 1].pos_ != "ADJ":
            break
        contiguous = noun
    return contiguous


def _phrase_head(doc: Doc, amount: Amount, limit: int) -> Token | None:
    """The noun the amount's noun phrase is built on when names stand between them, which the counted
    words stop at: "two U.S. offshore Gulf of Mexico production platforms"."""
    token = doc[amount.end - 1]
    reach = min(limit, amount.end + _PHRASE_REACH)
    while token.dep_ in ("nummod", "quantmod", "compound", "nmod") and token.i < token.head.i < reach:
        if _plural_before_name(token, amount):
            break
        token = token.head
    if token.i < amount.end or token.pos_ != "NOUN" or token.left_edge.i > amount.start:
        return None
    between = doc[amount.end : token.i]
    if _joined_after(between) or _another_amount_to(between, token):
        return None  # "actual damages of about $287million and compensatory damages": another item
    dashes = [t.i for t in between if set_off_dash(t)]
    if dashes:  # "200,000 family-sized tents - solid ones": the phrase ends at the dash
        return _noun_before(doc, amount.end, dashes[0])
    return None if any(t.is_punct and t.text != "-" for t in between) else token


def _another_amount_to(between: Span, head: Token) -> bool:
    """ "the final emergency tally probably will reach $2.3billion to 175,000 individuals": "to" and a
    number counting a noun of its own start another amount, whom this one goes to, not what it counts
    (not "about 70% to 90% effective", a range's end whose unit the reading missed)."""
    if (
        len(between) < 2
        or between[0].lower_ != "to"
        or unit_word(head)
        or head.lower_ in figure_kinds.PERCENT_WORDS
    ):
        return False
    return any(t.like_num for t in between[1:])


def _joined_after(between: Span) -> bool:
    """ "about $287million and compensatory damages of about $500million": an "and" or "or" right after
    the amount, with no number after it, starts another item (not "two or more tectonic plates", "at
    least 20 and up to 81 deaths", whose counted words `_after_joined_amount` begins after the bound)."""
    if not len(between) or between[0].tag_ != "CC":
        return False
    bound = len(between) > 1 and between[1].lower_ in _OPEN_BOUNDS
    return not bound and not any(t.like_num for t in between)


def _plural_before_name(token: Token, amount: Amount) -> bool:
    """ "The BA Haiti relief flight is staffed by 30 volunteers UK airlines have begun flying aid": a
    plural noun after the amount, then a name, ends the phrase (here a sentence run into the next
    without its full stop); a plural does not modify a noun after it as "relief" does."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    named = following is not None and following.pos_ == "PROPN"
    return token.i >= amount.end and token.tag_ == "NNS" and named


def _noun_before(doc: Doc, start: int, dash: int) -> Token | None:
    """The last noun before a spaced dash, when only the amount's own words lie before it."""
    words = doc[start:dash]
    nouns = [t for t in words if t.pos_ == "NOUN"]
    if not nouns or nouns[-1].i != dash - 1 or any(t.is_punct and t.text != "-" for t in words):
        return None
    return nouns[-1]


def _extend_with_rate(doc: Doc, counted: Counted, limit: int, money: bool) -> None:
    """ "a day", "per day", "daily"; for money also a price per unit ("$76 a barrel")."""
    at = counted.end
    if counted.rate or at >= limit:
        return
    if figure_kinds.rate_period(doc[at].text) and doc[at].lower_.endswith("ly"):
        counted.rate, counted.end = figure_kinds.rate_period(doc[at].text), at + 1
    elif at + 1 < limit and doc[at].lower_ in _RATE_MARKERS:
        per = doc[at + 1]
        rate = figure_kinds.rate_period(per.text)
        if rate is None and money and per.pos_ == "NOUN":
            rate = figure_kinds.singular_of(per.lower_)
        if rate is not None:
            counted.rate, counted.end = rate, at + 2


def _skip_parenthesis(doc: Doc, counted: Counted, limit: int) -> None:
    """Step over "(42,000 gallons)" to what follows: "1,000 barrels (42,000 gallons) of oil a day"."""
    if counted.head is None or counted.end >= limit or doc[counted.end].text != "(":
        return
    for index in range(counted.end + 1, min(counted.end + 12, limit)):
        if doc[index].text == ")":
            counted.end = index + 1
            return


def _without_trailing_parenthesis(doc: Doc, counted: Counted) -> Counted:
    if counted.end > counted.start and doc[counted.end - 1].text == ")":
        opening = max(i for i in range(counted.start, counted.end) if doc[i].text == "(")
        counted.end = opening
    return counted


_LIMITS = frozenset({"cap", "caps", "limit", "limits", "ceiling", "ceilings"})  # a cap is of what it is on


def _extend_with_complement(doc: Doc, counted: Counted, limit: int) -> None:
    """ "barrels a day of oil", "soldiers from North Korea", "a $75 million cap on liability"."""
    at = counted.end
    if at + 1 >= limit:
        return
    limited = at > 0 and doc[at - 1].lower_ in _LIMITS and doc[at].lower_ == "on"
    if doc[at].lower_ not in ("of", "from") and not limited:
        return
    if doc[at].lower_ == "from" and counted.head is not None and _a_length(counted.head):
        return  # "16km from Port-au-Prince": a distance, not kilometres of the capital
    if (
        doc[at].lower_ == "of"
        and counted.head is not None
        and _a_length(counted.head)
        and _within(doc, counted)
    ):
        return  # "crept to within 6 miles of Florida's Gulf coast": a distance, not miles of the coast
    end = at + 1
    while end < limit and doc[end].pos_ in _COUNTED_POS and doc[end].ent_type_ not in ("DATE", "CARDINAL"):
        end = name_end(doc, end, limit) if doc[end].pos_ == "PROPN" else end + 1  # "Guinea-Bissau" whole
        if end + 1 < limit and doc[end].tag_ == "POS" and doc[end + 1].pos_ in _COUNTED_POS:
            end += 1  # "100 miles of Louisiana's coast"
    if counted.head is not None:  # "grams of ...", not "4 percent of projected production"
        end = max(end, _object_end(doc[at], end, limit))
    words = doc[at + 1 : end]
    if not words:
        return
    if doc[at].lower_ == "from" and not any(t.ent_type_ in _ORIGIN_LABELS for t in words):
        return
    counted.end = end


def _within(doc: Doc, counted: Counted) -> bool:
    """ "within 6 miles of": the amount before the counted words follows "within"."""
    return any(t.lower_ == "within" for t in doc[max(0, counted.start - _WITHIN_REACH) : counted.start])


def _object_end(preposition: Token, stop: int, limit: int) -> int:
    """ "75 grams of high fructose corn syrup", "species of bottom-dwelling fish": the words after "of"
    run on to its object when they stopped at a modifier of it that the tagger read as a verb
    ("fructose") or at a hyphen inside a word, and all belong to the object; 0 otherwise."""
    doc = preposition.doc
    if stop >= limit or not (_joining_hyphen(doc[stop]) or _verb_modifier(doc[stop])):
        return 0
    objects = [c for c in preposition.children if c.dep_ == "pobj" and c.pos_ == "NOUN"]
    if not objects or objects[0].i >= limit or objects[0].left_edge.i != preposition.i + 1:
        return 0
    return objects[0].i + 1


def _verb_modifier(token: Token) -> bool:
    """A modifier the tagger read as a participle ("fructose" of "high fructose corn syrup")."""
    return token.tag_ in ("VBN", "VBG") and token.dep_ in ("amod", "compound")


def _a_length(unit: Token) -> bool:
    return figure_kinds.kind_of(unit.text) in LENGTHS


def _kind(amount: Amount, counted: Counted) -> tuple[str, str | None]:
    """(kind, unit): "USD"/"USD", "percent"/"%", "barrels per day"/"barrels per day", "personnel"/None."""
    if amount.currency:
        unit = f"{amount.currency} per {counted.rate}" if counted.rate else amount.currency
        return unit, unit
    if amount.percent:
        return "percent", "%"
    if counted.head is None:
        return "", None
    head = counted.head
    if _weight_pounds(head.doc, head.i):
        kind = "psi" if _pressure(head.doc, head.i) else "lb"
        return (f"{kind} per {counted.rate}", f"{kind} per {counted.rate}") if counted.rate else (kind, kind)
    country = head.doc[amount.end : head.i].text
    currency = figure_kinds.country_currency(head.text, country) or figure_kinds.CURRENCY_WORDS.get(
        head.lower_
    )
    if currency:  # "millions of dollars", "100 Egyptian pounds"
        unit = f"{currency} per {counted.rate}" if counted.rate else currency
        return unit, unit
    if counted.head.lower_ in ("bpd", "b/d", "bopd"):  # barrels per day, abbreviated
        return "barrels per day", "barrels per day"
    slashed = figure_kinds.slashed_rate(counted.head.text)  # "45,000 bbls/day"
    if slashed:
        return slashed, slashed
    kind = _people_named(counted.head) or figure_kinds.kind_of(counted.head.text)
    if kind in figure_kinds.NOT_COUNTS:
        return "", None
    if figure_kinds.is_measure(kind):
        dimension = next((t.lower_ for t in counted.head.lefts if t.lower_ in ("cubic", "square")), None)
        kind = f"{dimension} {kind}" if dimension else kind
        unit = f"{kind} per {counted.rate}" if counted.rate else kind
        return unit, unit
    if amount.value == 1 and not amount.upper:
        return "", None
    outcome = figure_kinds.outcome_of(_governing_words(counted.head), kind)
    return (f"{kind} {outcome}" if outcome else kind), None


def _people_named(head: Token) -> str:
    """ "thousands of Americans", "1 million Floridians": a people counted by its name are people, not
    "americans"."""
    named = head.ent_type_ == "NORP" and head.tag_ in ("NNPS", "NNP", "NNS")
    return "people" if named and not figure_kinds.known_kind(head.text) else ""


def _governing_words(head: Token) -> list[str]:
    """The counted noun, its modifiers and the words governing it (nearest first), lower-cased."""
    words = [head.lower_] + [child.lower_ for child in head.children if child.dep_ in ("amod", "acl")]
    ancestor = head
    for _ in range(3):
        if ancestor.head.i == ancestor.i:
            break
        ancestor = ancestor.head
        words.append(ancestor.lower_)
        words.extend(child.lower_ for child in ancestor.children if child.dep_ in ("acomp", "dobj"))
    return words


# --- the period it holds for -------------------------------------------------------------------


class _Periods:
    """The period a figure holds for: the first one (`_PERIOD_STARTS`) opened in its clause. Where each
    clause's first period opens is read once a sentence, when its first figure asks, not once a figure
    (a line of 50,000 characters, one sentence of 500 figures and as many "since", spent most of its
    analysis reading the sentence again for each)."""

    def __init__(self, sentence: Span, expressions: Sequence[TimeExpression]) -> None:
        self.sentence = sentence
        self.expressions = expressions
        self._opened: dict[int, tuple[int, int]] | None = None  # by the clause's verb: where, to where

    def of(self, amount: Amount) -> str | None:
        doc = self.sentence.doc
        if self._opened is None:
            self._opened = self._read()
        opened = self._opened.get(clause_verb(doc[amount.end - 1]).i)
        if opened is None:
            return None
        phrase = _period_phrase(doc, *opened, self.sentence.end)
        return _timex_value(phrase, self.expressions) or phrase.text

    def _read(self) -> dict[int, tuple[int, int]]:
        doc, opened = self.sentence.doc, {}
        lower = token_table(doc).lower  # the words read off the table: no `Token` for each
        for index in range(self.sentence.start, self.sentence.end):
            first = lower[index]
            for words in _PERIOD_STARTS:
                if words[0] != first:  # the cheap test first
                    continue
                end = index + len(words)
                if tuple(lower[index:end]) == words:
                    opened.setdefault(clause_verb(doc[index]).i, (index, end))
                    break  # no two of them open alike
        return opened


def _period_phrase(doc: Doc, start: int, end: int, limit: int) -> Span:
    stop = end
    while stop < limit and (doc[stop].ent_type_ == "DATE" or doc[stop].pos_ in ("DET", "NOUN", "ADP", "ADJ")):
        if doc[stop].is_punct:
            break
        stop += 1
    return doc[start:stop]


def _timex_value(phrase: Span, expressions: Sequence[TimeExpression]) -> str | None:
    for expression in expressions:
        if expression.start < phrase.end_char and phrase.start_char < expression.end:
            if expression.begin and expression.end_value:
                return f"{expression.begin}/{expression.end_value}"
            return expression.value
    return None


# --- a share that restates the figure before it ----------------------------------------------------


def _restated_shares(doc: Doc, figures: list[Figure]) -> list[Figure]:
    """ "estimates put the cost ... at $700billion, or about 4 percent of gross domestic product": the
    share is the same cost set against the economy, not an amount of gross domestic product; "1,000 jobs,
    or about 3 percent of its payroll": jobs, as a share of the payroll."""
    restated = list(figures)
    for index in range(1, len(restated)):
        before, share = restated[index - 1], restated[index]
        if share.kind != "percent" or before.kind == "percent" or not _set_beside(doc, before, share):
            continue
        thing = before.thing or (before.counted if figure_kinds.known_kind(before.kind) else "")
        if not thing:
            continue
        whole = share.counted if " of " in f" {share.text} " else ""
        counted = f"{thing} as a share of {whole}" if whole else thing
        restated[index] = replace(share, thing=thing, counted=counted)
    return restated


def _restated_sums(doc: Doc, figures: list[Figure]) -> list[Figure]:
    """ "most Haitians living on $2 or less per day, about £1.30": a sum in another currency set after
    a sum by a comma is the same sum converted, and is of what that sum is of."""
    restated = list(figures)
    for index in range(1, len(restated)):
        before, sum_ = restated[index - 1], restated[index]
        currencies = figure_kinds.is_currency(before.kind) and figure_kinds.is_currency(sum_.kind)
        if sum_.thing or not before.thing or not currencies or before.kind == sum_.kind:
            continue
        if _converted_beside(doc, before, sum_):
            restated[index] = replace(sum_, thing=before.thing, counted=before.thing)
    return restated


def _included_parts(doc: Doc, figures: list[Figure]) -> list[Figure]:
    """ "BP so far has paid nearly $50million in lost-income claims ..., including more than $6million in
    Florida": a part of a sum, introduced by "including", is of what the sum is of."""
    parts = list(figures)
    for index in range(1, len(parts)):
        whole, part = parts[index - 1], parts[index]
        if part.counted or part.kind != whole.kind or not whole.counted:
            continue
        between = doc_text(doc)[whole.end : part.start].split()
        if between and between[-1].lower() == "including" and len(between) <= 12:
            parts[index] = replace(part, thing=whole.thing, counted=whole.counted)
    return parts


def _converted_beside(doc: Doc, before: Figure, after: Figure) -> bool:
    """Only a few words of the first sum's own ("or less per day") and a comma between two sums."""
    between = doc.char_span(before.end, after.start, alignment_mode="expand")
    if between is None or not between.text.strip().endswith(","):
        return False
    return len(between) <= 6 and not any(t.pos_ in ("VERB", "AUX") for t in between)


def _set_beside(doc: Doc, before: Figure, share: Figure) -> bool:
    """Only a comma, or a comma and "or", between two figures: the second says the first again."""
    between = doc_text(doc)[before.end : share.start].split()
    return between in ([","], [",", "or"])


def _another_of(doc: Doc, figures: list[Figure]) -> list[Figure]:
    """ "it had undrawn bank lending facilities of $10billion and ... it had secured another $7billion":
    "another" amount of the same kind is more of what the amount before it in the sentence is of, when
    nothing else names it (or only what is done with it, "amount secured"; not "another $20billion" added
    "to its bill", which names what it is more of)."""
    kept = list(figures)
    for index in range(1, len(kept)):
        figure, before = kept[index], kept[index - 1]
        opening = doc.char_span(figure.start, figure.end, alignment_mode="expand")
        if opening is None or opening.start == 0 or doc[opening.start - 1].lower_ != "another":
            continue
        named = before.thing and not before.thing.startswith("amount")
        only_done = len(figure.thing.split()) == 2 and figure.thing.startswith("amount ")
        if figure.kind == before.kind and named and (not figure.thing or only_done):
            kept[index] = replace(figure, thing=before.thing, counted=before.counted)
    return kept


def _continued_things(doc: Doc, figures: list[Figure]) -> list[Figure]:
    """ "BP said it collected 10,500 barrels of oil on Saturday and 11,100 barrels on Sunday", "closed at
    $29.20, down $5.46": an amount of the same kind that goes on from the one before it with no verb of
    its own between them is of the same thing, when its own words give only the unit or nothing."""
    kept = list(figures)
    for index in range(1, len(kept)):
        figure, before = kept[index], kept[index - 1]
        if not _same_measure(before.kind, figure.kind) or figure.thing or not unit_only_label(figure.counted):
            continue
        if not before.counted or unit_only_label(before.counted) or figure.start < before.end:
            continue
        between = doc.char_span(before.end, figure.start, alignment_mode="expand")
        if between is None or any(t.pos_ in ("VERB", "AUX") or t.text in (";", ":", "--") for t in between):
            continue
        kept[index] = replace(figure, thing=before.thing, counted=before.counted)
    return kept


def _put_on_what_came_before(sentence: Span, figures: list[Figure]) -> list[Figure]:
    """ "Hitchens ... estimates compensation claims will be $10billion. Credit Suisse estimates this at
    $23billion.": an amount a verb puts a demonstrative alone at counts what the last amount of the same
    kind in the sentence before counted (only when its own words name nothing). The sentence before is read
    from its own words, never further back: a run of such sentences costs one look each, not a chain."""
    doc = sentence.doc
    kept = list(figures)
    earlier: list[Figure] | None = None  # the sentence before's figures, read once, only when needed
    for index, figure in enumerate(kept):
        if figure.counted or sentence.start == 0:
            continue
        words = doc.char_span(figure.start, figure.end, alignment_mode="expand")
        if words is None or not any(put_on_demonstrative(t) for t in words):
            continue
        if earlier is None:
            earlier = _figures_in(doc[sentence.start - 1].sent)
        before = [f for f in earlier if f.kind == figure.kind and f.thing]
        if before:
            kept[index] = replace(figure, thing=before[-1].thing, counted=before[-1].counted)
    return kept


def _same_measure(kind: str, other: str) -> bool:
    """The same kind, or a percentage and its change in points ("stood at 45 percent ..., down 5 points")."""
    return kind == other or (kind, other) == ("percent", "point")


# --- ranges written across two figures ------------------------------------------------------------


def _join_from_to(doc: Doc, figures: list[Figure]) -> list[Figure]:
    """ "from 12,000 barrels (...) to 25,000 barrels per day": one range, in the second figure's kind."""
    joined: list[Figure] = []
    index = 0
    while index < len(figures):
        figure = figures[index]
        partner = _to_partner(doc, figure, figures[index + 1 :])
        if partner is None:
            joined.append(figure)
            index += 1
            continue
        joined.append(_as_range(doc, figure, partner))
        index = figures.index(partner) + 1
    return joined


def _to_partner(doc: Doc, figure: Figure, later: list[Figure]) -> Figure | None:
    before = doc.char_span(figure.start, figure.end, alignment_mode="expand")
    if before is None or before.start == 0 or doc[before.start - 1].lower_ != "from":
        return None
    for other in later[:3]:
        span = doc.char_span(other.start, other.end, alignment_mode="expand")
        same_thing = other.kind.startswith(figure.kind) or not figure.counted
        if (
            span is not None
            and doc[span.start - 1].lower_ == "to"
            and not _dated_between(doc[before.end : span.start - 1])
            and same_thing
            and other.value > figure.value
        ):
            return other
    return None


def _dated_between(words: Span) -> bool:
    """ "from about $5.7million in 1999 to $15.9million last year": a time given to the first amount makes
    the two amounts of two times (a change), not the bounds of one range."""
    return any(t.ent_type_ in ("DATE", "TIME") or a_year(t) for t in words)


def _as_range(doc: Doc, low: Figure, high: Figure) -> Figure:
    return Figure(
        value=low.value,
        text=doc_text(doc)[low.start : high.end],
        start=low.start,
        end=high.end,
        counted=high.counted,
        kind=high.kind,
        approximate=low.approximate or high.approximate,
        upper=high.value,
        qualifier=low.qualifier,
        unit=high.unit,
        period=low.period or high.period,
        predicate=high.predicate or low.predicate,
        subject=high.subject or low.subject,
        thing=high.thing or low.thing,
    )
