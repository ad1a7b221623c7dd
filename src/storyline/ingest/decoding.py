"""Turning raw bytes into text, refusing what is not text.

A newsroom feed mixes in binaries, empty files and broken encodings; each is
refused with a reason the user can act on. Text is NFC-normalized with Windows
line endings folded, so offsets are stable whatever wrote the file.
"""

from __future__ import annotations

import re
import unicodedata

MAX_ARTICLE_BYTES = 20 * 1024 * 1024


class NotText(ValueError):
    """The bytes are not a readable article; the message says why."""


class EmptyArticle(NotText):
    """Nothing to read: reported, but not a failure."""


def decode_article(raw: bytes) -> str:
    if not raw.strip():
        raise EmptyArticle("empty file")
    if len(raw) > MAX_ARTICLE_BYTES:
        raise too_large(len(raw))
    if b"\x00" in raw[:8192]:
        raise NotText("binary file (contains NUL bytes)")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise NotText(
            f"not valid UTF-8 (byte {error.start}: {raw[error.start : error.start + 1]!r})"
        ) from error
    return normalize_text(text)


def too_large(size: int) -> NotText:
    return NotText(f"too large for one article ({size / (1024 * 1024):.0f} MiB; limit 20 MiB)")


def normalize_text(text: str) -> str:
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    if _control_ratio(text) > 0.05:
        raise NotText("binary content (too many control characters)")
    return text


# Unicode's control characters (category "Cc": U+0000-U+001F and U+007F-U+009F) but the line
# break and the tab; one regular expression, not `unicodedata.category` asked of each character
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _control_ratio(text: str) -> float:
    sample = text[:8192]
    return len(_CONTROL.findall(sample)) / max(len(sample), 1)
