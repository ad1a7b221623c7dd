"""Where a page's reader comments begin, found before the page is parsed.

News pages run their readers' comments on after the article ("At 08:55 am on 30 Jun 2009,
sensiblegrannie wrote:", "Views expressed in the comments do not represent those of
Reuters."). Nothing there is news, a source's claim or a speaker's quote, and on comment-heavy
sites it is much of the text: 44% of the characters of Timeline17's H1N1_bbc pages, 24% of
bpoil_bbc's. Pages with no such notice close a post with its signature ("By Ezra Klein | May 27,
2009; 10:04 AM ET") or sign each reader's post underneath ("Posted by: kirk | September 19,
2008 11:00 AM | Report abuse"): 63% of the characters of Finan_washingtonpost's pages are such
posts. The parse, the names and the time expressions are worked out for the article alone;
the stored document keeps the whole page. Found by the marks that open a comment section,
written here: no library knows them.
"""

from __future__ import annotations

import re

from storyline.analyse.timex.tagger import ascii_twins_replaced

# a post's header ("At 12:19 26th Apr 2009, Jim wrote:"), a closed debate's notice, an outlet's
# notice over its comments or under its form ("A selection of your comments may be published"), or
# its invitation to comment ("Take our poll and share your thoughts below."), where the page keeps no
# post headers; each with words it does not match without, case aside (`_may_open`)
_OPENINGS = (
    ("wrote", r"\bAt\s+\d{1,2}[:.]\d{2}[^,\n]{0,40}\d{4}\s*,\s*\S+(?: \S+){0,3}\s+wrote\s*:"),
    ("closed", r"\bthis (?:debate|discussion) (?:is|has) (?:now )?closed\b"),
    ("views expressed", r"Views expressed in the comments do not represent"),
    ("we welcome comments", r"We welcome comments (?:on our articles|that advance the story)"),
    ("selection of your", r"selection of your (?:comments|views|e-?mails)"),
    ("publish as many", r"publish as many of your (?:views|comments)"),
    ("share your", r"share your (?:thoughts|views|comments) below"),  # a blog's invitation
    ("add your comments", r"add your comments on this story"),
    # "At 1:33 pm on 18 Jan, Isa wrote:"
    ("wrote", r"^At \d{1,2}:\d{2} ?[ap]m on [^\n]{5,30}, [^\n]{1,60} wrote ?:"),
)
_OPENING = re.compile("|".join(pattern for _, pattern in _OPENINGS), re.IGNORECASE | re.MULTILINE)
_OPENING_WORDS = frozenset(words for words, _ in _OPENINGS)
# the picture credit that closes a Reuters or Washington Post blog post, where the readers' posts run on
# with no header ("Picture credit: ... REUTERS/Larry Downing Interesting that ...")
_CREDIT = re.compile(r"^(?:Photo|Picture)s? credits? ?:|^(?-i:PHOTO) ?:", re.IGNORECASE | re.MULTILINE)
_HEAD_LINES = 3  # a credit over the first lines is the page's own picture, not the post's close
# the signature closing a Washington Post blog post ("By Ezra Klein | May 27, 2009; 10:04 AM ET"): the
# readers' posts, or the notice that they are closed, follow it
_SIGNATURE = re.compile(r"\bBy [A-Z][^|\n]{1,60} \| [A-Z][a-z]+ \d{1,2}, \d{4}; \d{1,2}:\d{2} [AP]M ET\b")
# the footer under a reader's post ("Posted by: kirk | September 19, 2008 11:00 AM | Report abuse",
# "Posted by GSH10 | Report as abusive"), on pages with no notice and no signature: the posts began on its
# line at the latest
_POST_FOOTER = re.compile(
    r"\bPosted by:? [^|\n]{1,60} \| (?:Report as abusive\b|[A-Z][a-z]+ \d{1,2}, \d{4}\b)"
)


def comments_start(text: str) -> int:
    """Where the comments begin: the start of the line that opens them; the text's length when
    there are none."""
    marks = (
        _OPENING.search(text) if _may_open(text) else None,
        _closing(_CREDIT, text),
        _closing(_SIGNATURE, text),
        _POST_FOOTER.search(text),
    )
    starts = [mark.start() for mark in marks if mark is not None]
    if not starts:
        return len(text)
    return text.rfind("\n", 0, min(starts)) + 1


def _may_open(text: str) -> bool:
    """Whether the page has the words of one of `_OPENINGS`, case aside: most pages have none, and
    trying each opening at each character of a page was most of the time of finding the comments."""
    folded = ascii_twins_replaced(text).lower()  # as the case-blind search reads the letters
    return any(words in folded for words in _OPENING_WORDS)


def _closing(mark: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The first `mark` below the page's first lines (over them, a credit or a signature is the page's
    own)."""
    below = -1
    for _ in range(_HEAD_LINES):  # where the page's first lines end: one pass, however many marks
        below = text.find("\n", below + 1)
        if below < 0:
            return None
    return mark.search(text, below + 1)


def article_part(text: str) -> str:
    """The page without its readers' comments."""
    return text[: comments_start(text)]
