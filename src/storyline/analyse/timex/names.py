"""Capitalized words that name a time in prose but sit inside a name or title.

"Today" is a date in "Today, the minister said" and in a headline "BP Says
Cap Holding Today", but not in "told USA Today" or "NBC's Today show";
"Daily" is no recurrence in "the Daily Record". A neighbour word in
capitals (function words skipped), mid-sentence, marks the name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# Words that name a time in prose but are often part of a title: "USA Today", "NBC's Today show",
# "the Daily Mail", "Hope for Haiti Now", "Driving the Future of Business".
_NAME_WORDS = frozenset(["today", "now", "tonight", "daily", "weekly", "monthly", "future", "current"])
_FUNCTION_WORDS = frozenset(["of", "the", "for", "and", "a", "an", "in", "on", "at", "to", "'s"])
_WORD = re.compile(r"[\w'’.&-]+")
_SENTENCE_END_BEFORE = re.compile(r"[.!?:;\"“”]\s*$")
_CLOSING_PUNCTUATION = re.compile(r"[.!?\"”']\s*$")


def in_name(text: str, start: int, end: int) -> bool:
    """Whether a capitalized one-word expression sits inside a name: a capitalized neighbour word
    (function words skipped), mid-sentence, on a line that is not a title-case headline."""
    word = text[start:end]
    if word[:4].lower() == "the ":
        word, start = word[4:], start + 4
    if word.lower() not in _NAME_WORDS or not word[0].isupper():
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    before = _WORD.findall(text[max(line_start, start - 80) : start])
    if not before or _SENTENCE_END_BEFORE.search(text, line_start, start):
        return False  # the first word of a sentence
    after = _WORD.findall(text[end : min(line_end, end + 80)])
    if _headline(text[line_start:line_end]):
        return False
    return _capitalized(reversed(before)) or _capitalized(after)


def _capitalized(words: Iterable[str]) -> bool:
    for word in words:
        if word.lower() not in _FUNCTION_WORDS:
            return word[0].isupper() or word[0].isdigit()  # "Radio 4's Today programme"
    return False


def _headline(line: str) -> bool:
    """A title-case line without closing punctuation: "BP Says Cap Holding Today As Storm Nears"."""
    if _CLOSING_PUNCTUATION.search(line):
        return False
    long_words = [word for word in _WORD.findall(line) if len(word) > 3]
    return len(long_words) >= 3 and sum(word[0].isupper() for word in long_words) >= 0.7 * len(long_words)
