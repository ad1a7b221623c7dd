"""Sentences of a page that are not news: reader comments, questions and calls to readers,
live-blog clock stamps and garbled text.

They stay in the stored document (its text is kept whole) but make no event.
News sites mix them into the article text that trafilatura or a crawler
returns, and no library separates them, so the patterns are written here:

- a page's comment section is not even parsed (`analyse.comment_section`); a lone
  "Name wrote:" line is one comment;
- on a page where many sentences speak in the first person outside quotation marks
  (a readers' page, eyewitness accounts: "My partner and I returned to Birmingham
  from Cancun yesterday"), those sentences are the writers' own voices, not reports;
- a sentence that speaks to the reader ("Have you been affected by swine
  flu?", "The BBC may edit your comments", "Send us your pictures", "Explore all of our oil spill
  graphics ...", "View how tourism ... are all at risk.") outside a
  quotation is page furniture, not a report; so is a question ("Is BP spill
  hurting UK reputation in the USA?"): it asks, it tells nothing;
- a byline (`analyse.bylines`) names who wrote the page, not what happened: a reporter's ("By
  Richard Black Environment correspondent, BBC News"), or a blog post's, which heads a teaser
  ("Clare Spencer | 09:06 UK time, Tuesday, 8 June 2010 Commentators discuss ...");
- a video's caption or a programme's listing names a speaker, who they are, and what they talk
  about in the present ("John Curry, from BP, explains how the funnel should work", "Richard
  Villar, an orthopaedic surgeon, discusses the role of emergency response units"): it tells what
  a clip holds, not what happened (a speaker who "says" or "describes ... as" something claims it);
- a panel of links to other sites' stories ("Haiti: a race to survive - 21 hrs ago
  Yahoo!"), a page's update stamp ("6 January 2011 Last updated at 01:53 GMT") and a photo's
  credit in brackets ("(By Dennis Cook -- Associated Press)") are furniture (a heading in
  capitals is not: "CHARGERS' WILLIAMS ARRESTED ON SUSPICION OF DUI" is a headline that tells
  the news);
- text with the marks of a wrong decoding ("â€™", "Ã©", U+FFFD), or whose words are
  cut to single letters (a language whose accented letters were dropped), is garbled;
  on a page that is mostly garbled, so is the rest ("Th nh ng WHO cho rng" between
  lines cut to letters: the sentence splitter cut the garble where it cut it);
  an unfilled page template ("BACK {current} of {total} NEXT") is furniture, and so is a page's script
  data run into the text ('(AP) {"title": "Playing the oil prices money game", "description": ...');
- on a page where several sentences shout (two words in capitals inside a sentence written in lower
  case: "Second is to PERMANENTLY BAN SHORT SELLERS.", "The FIRST are the SPECULATORS who played up THE
  PRICE OF OIL."), those sentences are a reader's unsigned comment, whose writer raises the voice; one
  such sentence alone is more often an acronym, a heading run in or a list of names;
- a note about the page itself (an editor's note, a contact address, a wire's credits and links, a
  line about the writer, a bare dateline) is furniture of other outlets (`page_notes`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from storyline.analyse.bylines import is_byline
from storyline.analyse.segment import PHOTO_CREDIT, UPDATE_STAMP
from storyline.extract.page_notes import page_note

_ONE_COMMENT = re.compile(r"^\s*[\w.\-]+(?: [\w.\-]+)?\s+wrote\s*:", re.IGNORECASE)
_READER = re.compile(r"\b(?:you|your|yours|yourself)\b", re.IGNORECASE)
_CALL_TO_READERS = re.compile(
    r"^\s*(?:\([^()]*\)\s*)*"  # after a photo's credit in brackets
    r"(?:send|tell|email|e-mail|share|click|watch|listen|follow|join|sign up|read more|see also|"
    r"get in touch|have your say|contact us|subscribe|find out more|check out|take a look|look at|"
    r"(?:view|explore|browse|see)\b(?![,!])(?! from\b))(?![\w-])",  # not "See-through", "Follow-up"
    re.IGNORECASE,
)  # "View how tourism ... are all at risk.", "Explore all of our oil spill graphics": not "See, I know",
# "View from Cordova's Alaskan Hotel: ..." (a view, the noun); after a photo's credit in brackets, "(John
# Fitzhugh/Associated Press) View how ..."
_QUOTED = re.compile(r'"[^"]*"|“[^”]*”')
_MOJIBAKE = re.compile(r"â€|Ã[\x80-\xbf]|Â[\xa0-\xbf]|\ufffd")
_VOWEL = re.compile(r"[aeiouy]")


FIRST_PERSON = re.compile(r"\b(?:I|[Mm]e|[Mm]y|[Mm]ine|[Ww]e|us|[Oo]ur|[Oo]urs)\b")  # not "US"
READERS_PAGE_SHARE = 0.25  # of a page's sentences in the first person, and at least
READERS_PAGE_SENTENCES = 4
_TEMPLATE = re.compile(r"\{[a-z_]+\}")  # an unfilled page template: "BACK {current} of {total} NEXT"
_CODE = re.compile(r'\{\s*"\w+"\s*:\s*["\[{\d]')  # a page's script data: '{"title": "Playing the oil ...'
_LISTING = re.compile(
    r"^\s*[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,4}, [^,]{1,80}, "
    r"(?:explains|discusses|examines|assesses|considers|analyses|analyzes|looks at|"
    r"talks (?:about|to|through)|reflects on|reports on|describes)\b(?! that\b)(?![^.]*\bas\b)"
)  # "Name, who they are, explains ...": not "explains that ...", "describes the spill as ..."
_LINK_PANEL = re.compile(
    r"\s[-–]\s*\d+\s+(?:hrs?|hours?|mins?|minutes?|days?)\s+ago\b"
)  # "- 12 hrs ago Guardian"


def _stripped_letters(text: str) -> bool:
    """Many words cut to a letter or two without a vowel: a language whose accented letters were
    dropped ("i c n th n v i # t s", "C cents p # nm co nghia"); English has only "a" and "I"."""
    words = [word for word in text.split() if word.isalpha()]
    return len(words) >= 6 and _fragments(words) >= 0.4 * len(words)


def _fragments(words: list[str]) -> int:
    return sum(map(_fragment, words))


@lru_cache(maxsize=65_536)
def _fragment(word: str) -> bool:
    """A word cut to a letter, or to letters without a vowel: asked of every word of every sentence and
    of every page, most of them common words, so kept."""
    return (len(word) == 1 and word not in ("a", "A", "I")) or (word.islower() and not _VOWEL.search(word))


GARBLED_PAGE_SHARE = 0.25  # of a page's words cut to fragments, in at least
GARBLED_PAGE_WORDS = 30


def is_garbled(text: str) -> bool:
    """Marks of a wrong decoding, or many words cut to a letter or to letters without a vowel."""
    return bool(_MOJIBAKE.search(text)) or _stripped_letters(text)


def is_garbled_page(text: str) -> bool:
    """Many of the page's words are fragments: its sentences that escape `is_garbled` are pieces
    of the same text, not news written in English."""
    words = [word for word in text.split() if word.isalpha()]
    return len(words) >= GARBLED_PAGE_WORDS and _fragments(words) >= GARBLED_PAGE_SHARE * len(words)


def in_first_person(text: str) -> bool:
    """The sentence speaks as "I" or "we" outside quotation marks."""
    return bool(FIRST_PERSON.search(_QUOTED.sub(" ", text)))


def is_readers_page(first_person: list[bool]) -> bool:
    """Many of the page's sentences (True: in the first person) speak as "I" or "we":
    readers' posts, eyewitness accounts or a column."""
    speaking = sum(first_person)
    return speaking >= READERS_PAGE_SENTENCES and speaking >= READERS_PAGE_SHARE * len(first_person)


_SHOUTED = re.compile(r"\b[A-Z]{4,}\b")
_LOWER_WORD = re.compile(r"\b[a-z]{2,}\b")
SHOUTING_PAGE_SENTENCES = 3  # sentences of a page that shout, at least


def shouts(text: str) -> bool:
    """Two different words in capitals after the sentence's first lower-case word ("Second is to
    PERMANENTLY BAN SHORT SELLERS."): a writer raising the voice, or an acronym, a heading run in
    ("... Oscar Ugarte said SYMPTOMS - WHAT TO DO ..."), a list of charities ("CAFOD, CARE International").
    `text` is the sentence with its quotes blanked."""
    lower = _LOWER_WORD.search(text)
    return lower is not None and len(set(_SHOUTED.findall(text, lower.start()))) >= 2


def shouting(shouted: list[bool]) -> set[int]:
    """The indices of the page's sentences (True: `shouts`) that a reader shouts: on a page where
    several do (an unsigned reader's comment, "The SECOND are SHORT SELLERS which pulled down the stock
    market."); one alone is an acronym, a heading or a list more often than a voice."""
    found = {index for index, shouts in enumerate(shouted) if shouts}
    return found if len(found) >= SHOUTING_PAGE_SENTENCES else set()


def not_news(text: str, unquoted: str | None = None) -> str | None:
    """Why a sentence is not a report of anything (None when it may be one).

    `unquoted`: the sentence with the words of direct quotes blanked, where the caller knows them
    better than the quotation marks of the sentence alone tell (a quote the sentence splitter cut
    from its closing mark: 'Feinberg said ... "we will not do anything behind your back.' is no
    call to the reader)."""
    if _ONE_COMMENT.match(text):
        return "reader comment"
    if is_garbled(text):
        return "garbled text"
    if _TEMPLATE.search(text):
        return "page template"
    if _CODE.search(text):
        return "code"
    if "ago" in text and _LINK_PANEL.search(text):  # the searches only where they may match: most do not
        return "links to other sites"
    if UPDATE_STAMP.fullmatch(text.strip()):
        return "update stamp"
    if PHOTO_CREDIT.fullmatch(text.strip()):
        return "photo credit"
    if is_byline(text):
        return "byline"
    if note := page_note(text):
        return note
    if _LISTING.match(text):
        return "caption or listing"
    if _CALL_TO_READERS.match(text):
        return "call to readers"
    unquoted = _QUOTED.sub(" ", text if unquoted is None else unquoted)
    if "you" in unquoted.lower() and _READER.search(unquoted):  # no "i", "s": they match others ignoring case
        return "addressed to readers"
    if unquoted.rstrip().endswith("?"):
        return "question"
    return None
