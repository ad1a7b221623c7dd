"""Restore Penn-Treebank tokenized text (Timeline17) to the text a reader expects.

Timeline17 stores one sentence a line with `-LRB-`, ``` `` ```/`''` quotes and a
space before every punctuation mark. Offsets must point into the text storyline
shows, so the text is rebuilt before anything else sees it. Line breaks are kept:
they are the data set's sentence boundaries.
"""

from __future__ import annotations

import re

_BRACKETS = {"-LRB-": "(", "-RRB-": ")", "-LSB-": "[", "-RSB-": "]", "-LCB-": "{", "-RCB-": "}"}
_BRACKET_RE = re.compile("|".join(re.escape(token) for token in _BRACKETS))
_OPEN_QUOTE = re.compile(r"``\s*")
_CLOSE_QUOTE = re.compile(r"\s*''")
_CLITIC = re.compile(r"(?i)(\w) (n't|'s|'re|'m|'ve|'ll|'d)\b")
_SPACE_BEFORE = re.compile(r" +([.,;:!?%)\]}]|\.\.\.)")
_SPACE_AFTER = re.compile(r"([(\[{$]) +")
_CURRENCY_SCALE = re.compile(r"([$£]\d[\d,.]*) (bn|m|k|million|billion|trillion)\b")
_POUND = re.compile(r"(?<![\w#])# ?(?=\d)")  # the tokenizer's stand-in for £


def detokenize_line(line: str) -> str:
    """One PTB-tokenized sentence back to ordinary text."""
    text = line.strip()
    # a substitution only where its mark is: most lines have no bracket, PTB quote, "#" or currency
    if "-" in text:
        text = _BRACKET_RE.sub(lambda match: _BRACKETS[match.group(0)], text)
    if "``" in text:
        text = _OPEN_QUOTE.sub('"', text)
    if "''" in text:
        text = _CLOSE_QUOTE.sub('"', text)
    if "'" in text:
        text = _CLITIC.sub(r"\1\2", text)
    text = _SPACE_BEFORE.sub(r"\1", text)
    if "#" in text:
        text = _POUND.sub("£", text)
    text = _SPACE_AFTER.sub(r"\1", text)
    if "$" in text or "£" in text:
        text = _CURRENCY_SCALE.sub(r"\1\2", text)
    return _tidy_quotes(text)


def _tidy_quotes(text: str) -> str:
    """Close up the space inside straight quotes: `" word "` -> `"word"`."""
    parts = text.split('"')
    if len(parts) % 2 == 0:  # unbalanced: leave it as it is
        return text
    for index in range(1, len(parts), 2):
        parts[index] = parts[index].strip()
    return '"'.join(parts)


def detokenize(text: str) -> str:
    return "\n".join(detokenize_line(line) for line in text.splitlines() if line.strip())
