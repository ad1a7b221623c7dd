"""Photo captions among a page's sentences: they describe a picture, they report nothing of their own.

A scraped page keeps the captions of its pictures between the article's sentences, and its events
became timeline entries: "A worker passes the Bank of England in London on Tuesday." was one of the
main events of Finan_washingtonpost, "Two pupils from the school tested positive" (run into the next
sentence with no full stop) one of H1N1_bbc's. No library marks them, so they are known here by how
a caption speaks and where it stands, never by its words:

- it tells a scene in the simple present with the place and the past day it was taken ("Democratic
  vice presidential candidate Sen. Joe Biden campaigns in Washington on Tuesday.", "Peter R.
  Orszag ... testifies on Capitol Hill yesterday.", "Obama addresses Congress last night.", an
  agency's "Pedestrians take a look at stock indicators in Tokyo Wednesday, Oct. 15, 2008."): a report
  tells a past day's deed in the past, and a verb of saying in the present ("BP says on Tuesday") is a
  report, not a scene; a photo shows what was, so a weekday the time tagger puts after the page's day
  is a plan told in the present ("On Tuesday, lawmakers hold a hearing in Washington ..." on a Sunday);
- it says who stands where in the picture ("... the terms of Chairman Ben S. Bernanke, left, and Vice
  Chairman Donald L. Kohn, center, expiring in 2010, ...");
- it stands on the line right above its photo's credit ("(By Kirsty Wigglesworth -- Associated
  Press)", "(AP Photo/Gerald Herbert)", "(Pool Photo By Chip Somodevilla)"), which opens the next
  line, the article's lead run on after it;
- it ends with no full stop, run into the next sentence of its line, and the page tells the same
  thing in a sentence of its own ("Two pupils from the school tested positive" over "Two pupils at
  Bentworth Primary School in west London tested positive for the flu."): a caption or a pull quote
  repeats the page's words, and the page's own sentence keeps the event. The page's first sentence
  is its headline, which tells the news and opens the article (`merge.main_events` counts it as
  the article's lead), and stays.

The captions stay in the stored document; `extract.events` makes no event of them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from spacy.tokens import Span, Token

from storyline.analyse.document import AnalysedDocument
from storyline.analyse.segment import PHOTO_CREDIT
from storyline.analyse.timex.lexicon import WEEKDAY_NAMES
from storyline.analyse.token_table import token_table
from storyline.analyse.verb_forms import BE_FORMS
from storyline.extract.attribution import is_reporting_verb
from storyline.model import Sentence, TimeExpression
from storyline.timevalue import calendar_day

_PRESENT = frozenset({"VBZ", "VBP"})
_NAMES = frozenset({"NNP", "NNPS"})
_POINTING = frozenset({"PRP", "DT", "WDT", "EX"})  # "That follows a 61 percent drop yesterday.": news
_NOT_SCENES = BE_FORMS | {"have", "has", "do", "does"}  # a state, or an auxiliary left as the root
_CLAUSES = frozenset({"advcl", "relcl", "ccomp", "acl", "csubj"})
_PLACE_PREPOSITIONS = frozenset({"in", "at", "on", "near", "outside", "inside"})
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_AGENCY_DATE = re.compile(
    rf"\b[A-Z][a-z]+day,? {_MONTH} \d{{1,2}}, \d{{4}},?(?: in [A-Z][\w.' ]*+(?:, [A-Z][\w.' ]*+)?)?\W*$"
)  # an agency caption closes on its weekday and date, and maybe its place: "... in Tokyo Wednesday, Oct. 15,
# 2008.", "... on the South Lawn of the White House, Friday, Oct. 17, 2008 in Washington."
_POSITION = re.compile(
    r"\b[A-Z][\w.'-]{0,40}+, (?:(?:far|second from|second|back|front) )?"
    r"(?:left|right|center|centre)(?:,|;| and\b)"
)  # "Ben S. Bernanke, left, and ...": who stands where in the picture
_CLOSING = frozenset(".!?…\"”'):;")  # a sentence that ends with one of them is no run-in piece
_CONTENT = frozenset({"NOUN", "PROPN", "VERB", "ADJ", "NUM"})
_REPEATED_SHARE = 0.8  # of a run-in piece's content words that one other sentence of the page writes
_REPEATED_WORDS = 3  # content words at least: fewer are repeated by chance


def captions(sentences: list[tuple[Span, Sentence]], analysed: AnalysedDocument) -> set[int]:
    """The indices of the page's `sentences` (as `analysed.sentences()` gives them) that are photo
    captions; a weekday scene is read against the page's time expressions as the tagger resolved them
    against its publication day."""
    text, lemma = analysed.document.text, analysed.lemma
    times, published = analysed.time_expressions, analysed.document.publication_date
    run_in = [
        index + 1 < len(sentences) and _run_in(sentence, sentences[index + 1][1], text)
        for index, (_, sentence) in enumerate(sentences)
    ]
    # the content words only on a page with a run-in piece (most have none): the rest never asks them
    words = [_content_words(span, analysed) for span, _ in sentences] if any(run_in) else []
    kept = [own for own, cut in zip(words, run_in, strict=False) if not cut]  # what the page tells itself
    found = set()
    for index, (span, sentence) in enumerate(sentences):
        after = sentences[index + 1][1] if index + 1 < len(sentences) else None
        pictured = _scene(span, lemma, times, published) or bool(_POSITION.search(sentence.text))
        credited = after is not None and _above_credit(sentence, after, text)
        repeated = index > 0 and run_in[index] and _repeated(words[index], kept)
        if pictured or credited or repeated:
            found.add(index)
    return found


def _scene(
    span: Span, lemma: Callable[[Token], str], times: list[TimeExpression], published: date | None
) -> bool:
    """A scene in the simple present on a past day: at a place on a weekday not after the page's day
    ("A worker passes the Bank of England in London on Tuesday."), or on a day no report tells in the
    present ("Obama addresses Congress last night.", "Pedestrians take a look at stock indicators in
    Tokyo Wednesday, Oct. 15, 2008.")."""
    root = span.root
    if root.tag_ not in _PRESENT or is_reporting_verb(root) or {root.lower_, lemma(root)} & _NOT_SCENES:
        return False
    children = list(root.children)
    subjects = [c for c in children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or any(c.tag_ in _POINTING for c in subjects):  # a caption names what it shows
        return False
    if any(c.dep_ in ("aux", "auxpass", "neg") for c in children):
        return False
    if _AGENCY_DATE.search(span.text) or any(_past_day(c) for c in children):
        return True
    weekdays = [day for c in children if (day := _weekday(c)) is not None]
    if not weekdays or not _one_clause(span) or not any(_place(t) for t in span if t.i != root.i):
        return False
    return any(_not_after(day, times, published) for day in weekdays)


def _one_clause(span: Span) -> bool:
    """No clause but the verb's own: a caption shows one scene. A plan told in the present has more ("the
    meeting that really matters takes place in the White House on Wednesday when Mr Svanberg meets
    President Obama")."""
    return not any(t.dep_ in _CLAUSES for t in span)


def _past_day(token: Token) -> bool:
    """ "yesterday" or "last night" said of the verb itself (not "... a drop yesterday")."""
    return token.lower_ == "yesterday" or (
        token.lower_ == "night" and any(c.lower_ == "last" for c in token.children)
    )


def _weekday(token: Token) -> Token | None:
    """A weekday said of the verb itself, bare or after "on" ("passes ... on Tuesday")."""
    if token.lower_ == "on":
        return next((c for c in token.children if c.dep_ == "pobj" and c.lower_ in WEEKDAY_NAMES), None)
    return token if token.lower_ in WEEKDAY_NAMES else None


def _not_after(weekday: Token, times: list[TimeExpression], published: date | None) -> bool:
    """The time tagger put the weekday on a day on or before the page's day."""
    start, end = weekday.idx, weekday.idx + len(weekday)
    days = [calendar_day(t.value) for t in times if t.start < end and start < t.end]
    return published is not None and any(day is not None and day <= published for day in days)


def _place(token: Token) -> bool:
    """A preposition of place before a name that is no weekday ("in London", "on Capitol Hill")."""
    if token.lower_ not in _PLACE_PREPOSITIONS:
        return False
    return any(c.dep_ == "pobj" and c.tag_ in _NAMES and c.lower_ not in WEEKDAY_NAMES for c in token.rights)


def _above_credit(sentence: Sentence, after: Sentence, text: str) -> bool:
    """The next sentence is a photo's credit (on the next line, or cut from this line by
    `analyse.segment`: "... convened a hearing on 401(k)s. (By Dennis Cook -- Associated Press) For many
    Americans, ...")."""
    return not text[sentence.end : after.start].strip() and bool(PHOTO_CREDIT.fullmatch(after.text.strip()))


def _run_in(sentence: Sentence, after: Sentence, text: str) -> bool:
    """The sentence ends with no closing mark and the next one goes on on its line."""
    ending = sentence.text[-1:]
    return bool(ending) and ending not in _CLOSING and "\n" not in text[sentence.end : after.start]


def _repeated(own: frozenset[str], others: list[frozenset[str]]) -> bool:
    """One of the page's `others` sentences (none of them a run-in piece: two copies of one caption
    do not stand for each other) writes most of the `own` content words."""
    if len(own) < _REPEATED_WORDS:
        return False
    need = _REPEATED_SHARE * len(own)
    return any(len(own & other) >= need for other in others)


def _content_words(span: Span, analysed: AnalysedDocument) -> frozenset[str]:
    """The lemmas of the sentence's nouns, names, verbs, adjectives and numbers, read off the token table:
    a page with a run-in piece asks them of every word of every sentence, and a `Token` made for each
    word cost more than its lemma."""
    table, lemma_at = token_table(span.doc), analysed.lemma_at
    pos, stop = table.pos, table.is_stop
    return frozenset(lemma_at(i) for i in range(span.start, span.end) if pos[i] in _CONTENT and not stop[i])
