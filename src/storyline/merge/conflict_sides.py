"""What every conflict shows of each side: the source, its stance, the date and the span.

Shared by the finders in `conflicts` (figures, dates) and `stance_conflicts`.
"""

from __future__ import annotations

import hashlib

from storyline.merge.figure_series import claim_date
from storyline.model import ConflictSide, Entry, Mention


def entry_side(entry: Entry) -> ConflictSide:
    mention = entry.mentions[0] if entry.mentions else None
    attribution = entry.attribution
    return ConflictSide(
        entry_id=entry.id,
        source=attribution.source if attribution else None,
        stance=attribution.stance if attribution else None,
        date=claim_date(entry, mention),
        text=mention.text if mention else entry.summary,
        document=mention.document if mention else "",
        path=mention.path if mention else "",
        start=mention.start if mention else 0,
        end=mention.end if mention else 0,
    )


def shortened(text: str, limit: int = 110) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def report_of(entry: Entry) -> str | None:
    mention = first_mention(entry)
    return f"the report in {mention.path.rsplit('/', 1)[-1]}" if mention else None


def source_of(entry: Entry) -> str | None:
    return entry.attribution.source if entry.attribution else None


def first_mention(entry: Entry) -> Mention | None:
    return entry.mentions[0] if entry.mentions else None


def who(claimant: str | None) -> str:
    return claimant or "an unattributed report"


def conflict_id(*parts: str) -> str:
    return hashlib.sha1("|".join(parts).encode()).hexdigest()[:10]
