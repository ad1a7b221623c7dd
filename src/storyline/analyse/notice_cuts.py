"""Where an outlet's notice about the page opens run into the sentence before it.

A scraped page often loses the full stop (or the line break) between the last words of its
article, caption or headline and a notice the outlet sets on every page: "... has unleashed a
rising tide of public fury at the energy giant Letters for publication should be sent to:",
"... contributed to this report Sign up for free e-mail news alerts from ...", "... can be found
here (Reporting by Deborah Zabarenko, editing by Doina Chiacu)", "Obama postpones trip to visit
region Follow the latest environment news, comment and analysis on Twitter". Left as one sentence,
either the news is dropped with the notice (`extract.page_notes`, `non_events`) or the notice is
kept as news. `analyse.segment` cuts before the notice, which then stands alone and is dropped as
furniture.

A notice is known by its opening words and what follows them on its line, not by an outlet's
name: a call to readers (an imperative with its reader-facing object: "Follow ... on Twitter",
"Sign up", "Send us", "Send your", "Click here", "Subscribe to", "Email us", "Contact us"), an
address to the reader ("If you ..."), a contact line ("Letters for publication should be sent
to:"), an editor's note ("This article was amended on ...", "A version appeared on p25 ...") and a
wire's bracketed credit ("(Reporting by ...", "(Editing by ..."). Its first word is run in after a word
that ends no sentence. A copyright line is not cut: its notice opens before "Copyright" ("Content and
Programming Copyright 2010 Fox News Network"), and `page_notes` drops the whole line.
"""

from __future__ import annotations

import re

_REACH = 16  # words of a notice's line read from its opening word


def notice_openings(texts: list[str]) -> list[int]:
    """The indices of the words (`Doc` tokens' texts) that open a notice run in after another word."""
    return [
        index
        for index in range(1, len(texts))
        if texts[index] in _OPENERS and _run_in(texts[index - 1]) and _notice_ahead(texts, index)
    ]


def _run_in(before: str) -> bool:
    """The word before goes on a sentence: no full stop, no line break (where the sentence already
    ends) and no opening bracket or quotation mark (which the notice would be cut from)."""
    return bool(before.strip()) and before not in _SENTENCE_ENDS and before[-1:] not in '([{`"“‘'


_SENTENCE_ENDS = frozenset({".", "!", "?", "…", "...", ":", ";", "-", "--", "–", "—"})


def _notice_ahead(texts: list[str], index: int) -> bool:
    """The words from `index` on its line are a notice's: its opening word and what follows it."""
    opener, ahead = texts[index], _line_ahead(texts, index)
    line = " ".join(ahead)
    if opener in _OBJECTS:
        return len(ahead) > 1 and texts[index + 1] in _OBJECTS[opener]  # "If you", not "If You Leave"
    if opener in _SENT_THINGS:
        return bool(_SENT_TO.match(line))
    pattern = _NOTICE_LINES.get(opener)
    return pattern is not None and bool(pattern.match(line))


def _line_ahead(texts: list[str], index: int) -> list[str]:
    """The lower-cased words from `index` to the end of its line, at most `_REACH`."""
    ahead = []
    for text in texts[index : index + _REACH]:
        if "\n" in text:
            break
        ahead.append(text.lower())
    return ahead


# an imperative and the object that makes it a call to the page's readers, and "If you"
_OBJECTS: dict[str, frozenset[str]] = {
    "Sign": frozenset({"up"}),
    "Send": frozenset({"us", "your"}),
    "Click": frozenset({"here"}),
    "Subscribe": frozenset({"to"}),
    "Email": frozenset({"us"}),
    "Contact": frozenset({"us"}),
    "If": frozenset({"you"}),
}
# what readers send, and "should be sent to:" or an address ("Letters for publication should be sent to:")
_SENT_THINGS = frozenset({"Letters", "Comments", "Questions", "Submissions", "Pictures", "Photos", "Tips"})
_SENT_TO = re.compile(r"^\S+ (?:\S+ ){0,2}should be (?:sent|addressed|e-?mailed) to (?::|\S+@)")
_NOTICE_LINES = {
    "Follow": re.compile(r"^follow (?:[^.!?]+ )?on (?:twitter|facebook)\b"),
    "This": re.compile(r"^this (?:article|story|caption|post|piece|graphic) (?:was|has been) \w+ (?:on|at) "),
    "A": re.compile(r"^a version (?:of this \w+ )?appeared (?:on|in)\b"),
    "(": re.compile(r"^\( (?:additional )?(?:reporting|editing|writing|compiled|edited|written) by\b"),
}
_OPENERS = frozenset({*_OBJECTS, *_SENT_THINGS, *_NOTICE_LINES})
