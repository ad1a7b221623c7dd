"""How alike two event mentions are, and the keys used to find candidates.

Reports of one event share a predicate ("sank", "the sinking"), a time that
fits, participants, and a context: the sentence around the mention and the
article around the sentence. Two reports rarely share long word sequences,
so the sentence score mixes content-word overlap with character 5-gram
overlap, which survives inflection and reordering. The article's named
actors and places tell two earthquakes, or two arrests, apart when the
sentence alone does not.

A mention's time is an interval: the days its date covers; when only its
article's publication date dates it, the week up to that day (a report in
the present or perfect tells something recent); for an undated restatement,
any day up to the publication date. Mentions whose intervals do not meet are
never the same event.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from nltk.stem.snowball import SnowballStemmer
from spacy.lang.en.stop_words import STOP_WORDS

from storyline.model import Event
from storyline.timevalue import bounds

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_MONTHS = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday",
}  # fmt: skip
_IGNORED = STOP_WORDS | _MONTHS | {"said", "says", "say", "told", "stated", "according"}
RECENT = timedelta(days=7)

# Nouns and verbs that name one kind of event with different words: the key is shared.
_SAME_PREDICATE = {
    "explosion": "explode", "blast": "explode", "detonation": "explode", "bombing": "bomb",
    "quake": "earthquake", "tremor": "earthquake", "temblor": "earthquake",
    "death": "die", "dead": "die", "killing": "kill", "murder": "kill", "slay": "kill",
    "arrest": "arrest", "detention": "detain", "capture": "capture",
    "agreement": "agree", "deal": "agree", "announcement": "announce", "statement": "state",
    "resignation": "resign", "appointment": "appoint", "nomination": "nominate", "election": "elect",
    "acquisition": "acquire", "purchase": "buy", "sale": "sell", "takeover": "acquire",
    "sinking": "sink", "collapse": "collapse", "fire": "fire", "blaze": "fire",
    "shooting": "shoot", "gunfire": "shoot", "attack": "attack", "assault": "attack",
    "spill": "spill", "leak": "leak", "evacuation": "evacuate", "investigation": "investigate",
    "probe": "investigate", "inquiry": "investigate", "release": "release", "launch": "launch",
    "injury": "injure", "wound": "injure", "conviction": "convict", "sentence": "sentence",
    "trial": "try", "hearing": "hear", "rescue": "rescue", "suspension": "suspend",
    "strike": "strike", "vote": "vote", "meeting": "meet", "talks": "talk", "visit": "visit",
}  # fmt: skip
_STEMMER = SnowballStemmer("english")


@lru_cache(maxsize=50_000)
def predicate_key(lemma: str) -> str:
    """The key shared by the words that name one kind of event ("explosion" and "exploded")."""
    lemma = lemma.lower()
    return _STEMMER.stem(_SAME_PREDICATE.get(lemma, lemma))


@dataclass(frozen=True, slots=True)
class Signature:
    document: str
    sentence: int  # where the sentence starts
    predicate: str
    modality: str
    main: bool
    words: frozenset[str]
    grams: frozenset[str]
    figures: frozenset[float]
    participants: frozenset[str]
    places: frozenset[str]
    when: tuple[date, date] | None  # the days it may have happened on
    context: frozenset[str]  # the article's named actors and places


def signature(
    event: Event, context: frozenset[str] = frozenset(), published: date | None = None
) -> Signature:
    text = event.summary.lower()
    words = frozenset(w for w in _WORD.findall(text) if w not in _IGNORED and not w.isdigit())
    squeezed = " ".join(_WORD.findall(text))
    grams = frozenset(squeezed[i : i + 5] for i in range(max(len(squeezed) - 4, 1)))
    return Signature(
        document=event.document_id,
        sentence=event.start,
        predicate=predicate_key(event.predicate) if event.predicate else "",
        modality=event.modality,
        main=event.main,
        words=words,
        grams=grams,
        figures=frozenset(f.value for f in event.figures),
        participants=frozenset(event.participants),
        places=frozenset(event.places),
        when=time_interval(event, published),
        context=context,
    )


def time_interval(event: Event, published: date | None = None) -> tuple[date, date] | None:
    """The days an event may have happened on; None when nothing bounds them.

    An undated restatement ("Background: ...") happened on or before its article's date.
    """
    span = bounds(event.date)
    if span is None:
        return (date.min, published) if published and event.date is None else None
    if event.timex is None:  # dated only by its article: on that day or shortly before
        return span[0] - RECENT, span[1]
    return span


def overlaps(a: tuple[date, date] | None, b: tuple[date, date] | None) -> bool:
    return a is None or b is None or (a[0] <= b[1] and b[0] <= a[1])


def jaccard(a: frozenset[object], b: frozenset[object]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def sentence_similarity(a: Signature, b: Signature) -> float:
    """How alike the two sentences are (0 to about 1), figures and named participants included."""
    score = 0.5 * jaccard(a.words, b.words) + 0.5 * jaccard(a.grams, b.grams)  # type: ignore[arg-type]
    if a.figures and b.figures:
        score += 0.1 if a.figures & b.figures else -0.15
    return score


def context_similarity(a: Signature, b: Signature) -> float:
    """How much the two articles name the same actors and places (overlap coefficient)."""
    if a.document == b.document:
        return 1.0
    if not a.context or not b.context:
        return 0.0
    return len(a.context & b.context) / min(len(a.context), len(b.context))


def word_keys(sig: Signature) -> frozenset[str]:
    """Words long enough to be telling; paraphrases with other predicates meet through them."""
    return frozenset(w for w in sig.words if len(w) > 3)
