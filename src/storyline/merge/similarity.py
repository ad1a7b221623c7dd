"""How alike two event mentions are, and the keys used to find candidates.

Reports of one event share a predicate ("sank", "the sinking"), a time that
fits, participants, and a context: the sentence around the mention and the
article around the sentence. Two reports rarely share long word sequences,
so the sentence score mixes content-word overlap with character 5-gram
overlap, which survives inflection and reordering. The article's named
actors and places tell two earthquakes, or two arrests, apart when the
sentence alone does not.

A mention's time is an interval: the days its date covers; when only its
article's publication date dates it, any day up to the publication date —
for the main event of a sentence outside a background paragraph, the week up
to it (a report in the present tells recent news). A deed done to something told in the present
perfect ("The US has declared a public health emergency") is in force: the act may be of any day up
to the page (`in_force`; not an activity going on, "have been wearing", nor a count, "has risen to
27", which are of the page's days); beyond the page's week it meets only a copy of its sentence
(`Signature.news`, `pair_rules._only_in_force`). Mentions whose intervals do not meet are never the
same event.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from itertools import repeat
from typing import Self

import numpy as np
import snowballstemmer
from spacy.lang.en.stop_words import STOP_WORDS

from storyline.analyse.actor_lexicon import PERSON_WORDS
from storyline.analyse.embedding import text_similarity
from storyline.analyse.reporting import CUE_VERBS, DECLARED_STATES, PERFORMATIVE_CUES
from storyline.analyse.timex.lexicon import MONTH_NAMES, ORDINALS, TENS, UNITS_SMALL, WEEKDAY_NAMES
from storyline.extract.described_persons import Person
from storyline.extract.event_arguments import PATIENT
from storyline.extract.figure_kinds import is_currency
from storyline.extract.figure_tallies import TALLIES
from storyline.merge.complements import complement_word
from storyline.merge.count_bounds import QUALIFIERS, Count, bound_excludes, hedge_before
from storyline.merge.counts_in_words import counts_in_words
from storyline.merge.said_ahead import said_for
from storyline.model import Event, Figure
from storyline.timevalue import bounds

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_MONTHS = {*MONTH_NAMES, *WEEKDAY_NAMES}
_IGNORED = STOP_WORDS | _MONTHS | {"said", "says", "say", "told", "stated", "according"}

# Nouns and verbs that name one kind of event with different words, or one happening seen from
# either side (a killing is a death, one side's win the other's defeat, an accusation a charge):
# the key is shared.
_SAME_PREDICATE = {
    "explosion": "explode", "blast": "explode", "detonation": "explode", "bombing": "bomb",
    "quake": "earthquake", "tremor": "earthquake", "temblor": "earthquake",
    "death": "die", "dead": "die", "kill": "die", "killing": "die", "murder": "die", "slay": "die",
    "arrest": "arrest", "capture": "capture",
    "agreement": "agree", "deal": "agree", "announcement": "announce", "statement": "state",
    "resignation": "resign", "appointment": "appoint", "nomination": "nominate", "election": "elect",
    "acquisition": "acquire", "purchase": "buy", "sale": "sell", "takeover": "acquire",
    "sinking": "sink", "collapse": "collapse", "fire": "fire", "blaze": "fire",
    "shooting": "shoot", "gunfire": "shoot", "attack": "attack", "assault": "attack",
    "spill": "spill", "leak": "leak", "evacuation": "evacuate", "investigation": "investigate",
    "probe": "investigate", "inquiry": "investigate", "release": "release", "issue": "release",
    "launch": "launch", "injury": "injure", "wound": "injure", "conviction": "convict",
    "sentence": "sentence", "trial": "try", "hearing": "hear", "rescue": "rescue",
    "suspension": "suspend", "strike": "strike", "vote": "vote", "meeting": "meet", "talks": "talk",
    "visit": "visit", "beat": "win", "victory": "win", "defeat": "win", "discover": "find",
    "discovery": "find", "accuse": "charge", "accusation": "charge", "indict": "charge",
    "indictment": "charge", "heist": "rob", "robbery": "rob", "stoppage": "stop",
    # the verbs news varies for one deed ("fled the scene but was apprehended by police", "was
    # arrested nearby"; "thwarted a piracy attack", "foiled a hijack attempt"). Not "hit" (a song's
    # "greatest hits", shares that "hit their lowest level"), "hire" or "unveil": a key shared is
    # told on the days of both words, and a kind told on more days asks more of every join
    # (`breadth_floor`): "struck down the moratorium", "the miners' strike" of one page, "hired"
    # and "unveiled" reports of one deed fell apart
    "apprehend": "arrest", "nab": "arrest", "detain": "arrest", "detention": "arrest",
    "thwart": "foil", "repulse": "foil", "repel": "foil",
    "sack": "dismiss", "oust": "dismiss", "terminate": "dismiss", "dismissal": "dismiss",
    "plunge": "fall", "gun": "shoot", "collision": "crash", "accident": "crash",
    # phrasal verbs (`event_mentions._particle`) that name the deed of a single word
    "blow up": "explode", "call off": "cancel", "pass away": "die", "step down": "resign",
    "stand down": "resign", "shut off": "stop",
    "blow out": "blowout",
}  # fmt: skip
# Phrasal verbs whose particle makes another deed than their verb's, keyed as themselves: "carried out
# tests" is no carrying, "broke up the oil" and "talks broke down" no breaking, "prices shot up" no
# shooting, "struck down the moratorium" no strike, "ruled out" no ruling, "fighting broke out" no
# break-in. The most frequent in Timeline17's stores of bpoil and H1N1 (bbc, guardian, reuters:
# "carry out" 92 events, "break up" 53, "pick up" 48, "point out" 47, "wash up" 42, "break down" 34),
# and those ECB+ tells ("broke out" 32 times, "picked up" 12).
_IDIOM_WORDS = (
    "carry_out carry_on break_up break_down break_out pick_up point_out wash_up step_up play_down "
    "wipe_out wipe_off rule_out grow_up shoot_up single_out build_up pass_on lay_off draw_up catch_up "
    "follow_up cover_up strike_down pull_out roll_out pay_off stand_down fall_out swear_in die_down"
)
_IDIOMS = frozenset(phrase.replace("_", " ") for phrase in _IDIOM_WORDS.split())
# The level a scale was set to ("raised its alert level to four", "from level four to level five",
# "the alert level raised to emergency", "phase 6", "rating the threat at three"): two reports that
# give different levels tell different occasions, however alike their words.
SCALES = ("alert", "level", "phase", "stage", "category", "tier", "threat")  # nouns of a scale
_LEVEL = re.compile(
    rf"\b(?:{'|'.join(SCALES)})\b(?:[^.;]{{0,40}}?\b(?:to|at))?\s+"
    r"(?:(?:phase|level|stage|category|tier)\s+)?"
    r"(one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|emergency|maximum|critical|severe)\b",
    re.IGNORECASE,
)  # the scale's word, then its level, or "to" or "at" its level a few words on: not any "rose to five"
_NUMBER_WORDS = {
    "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
    "eight": "8", "nine": "9", "ten": "10",
}  # fmt: skip
# Someone's own words: a sentence that opens with a quote mark, or speaks in the first person
# ("We will not rest until justice is done", "I've never seen nothing like that": "I" ends at the
# apostrophe, so contractions need no alternatives of their own).
_QUOTED = re.compile(r"^\W*[\"“”‘'`]|\b(?:I|[Ww]e|[Oo]ur|[Mm]y)\b")
RECENT = timedelta(days=7)
SKETCH_BITS = 8192  # buckets of a sentence's 5-grams (about 160 of them): few share a bucket
_LIGHT = (
    "want need try start begin end continue keep stay remain look see watch know think feel hope expect "
    "seem come go take give make put set use help include involve mean depend remember receive meet leave "
    "show call ask tell let allow bring hold turn work run move face deal find cause affect provide "
    # a verb of finding out ("The BBC has also learned that BP will sell assets") tells what was
    # learned, and a verb of readying what is readied for ("preparing to leave the site", "preparing
    # to resume work"): the rest of the sentence names the happening
    "learn prepare"
)
LIGHT_VERBS = frozenset(_LIGHT.split())  # verbs that name no particular happening on their own
_STEMMER = snowballstemmer.stemmer("english")


# the particles of phrasal verbs (spaCy's `prt`: `event_mentions._particle`)
_PARTICLES = "up down out off in on over away back about around through along aside apart ahead"
PARTICLES = frozenset(_PARTICLES.split())


@lru_cache(maxsize=50_000)
def predicate_key(lemma: str) -> str:
    """The key shared by the words that name one kind of event ("explosion" and "exploded"). A
    phrasal verb is keyed as its verb unless the verb is light ("took over", "set up", "called off"),
    the phrase names another deed (`_IDIOMS`: "carried out", "broke up") or `_SAME_PREDICATE` names
    it ("blew up", "passed away"): most particles only say which way or how far ("gunned down",
    "checked in", "rushed out"), and the parser reads "checked in to rehab" with a particle in one
    article and "checked into rehab" without in another."""
    lemma = lemma.lower()
    verb, _, particle = lemma.partition(" ")
    if particle in PARTICLES and verb not in LIGHT_VERBS and lemma not in _SAME_PREDICATE.keys() | _IDIOMS:
        lemma = verb
    return _STEMMER.stemWord(_SAME_PREDICATE.get(lemma, lemma))


_TALLY_KEYS = frozenset(map(predicate_key, TALLIES))  # the words of a running tally ("number", "toll")
PREDICATE_KEY_RULE = "3"  # change when `predicate_key` keys words otherwise than its tables say


def predicate_keys_fingerprint() -> str:
    """What names the keys `predicate_key` gives: a store keeps its events' keys by it, and re-keys
    them when another version of the table opens it (`store.predicate_keys`)."""
    mapping = json.dumps([PREDICATE_KEY_RULE, sorted(_SAME_PREDICATE.items()), sorted(_IDIOMS)])
    return hashlib.sha256(mapping.encode()).hexdigest()[:16]


WORDS_ALIKE = 0.25  # cosine of two words' vectors below which a shared stem joins two meanings
# Suffixes that make a noun of a word ("designation", "direction", "accordance"): a noun so made may
# name another thing than the word it is spelt from; a gerund ("pasting") or a spelling ("instal",
# "install") names the verb's own act
_NOUN_SUFFIXES = ("ation", "ion", "ance", "ence", "ment")


@lru_cache(maxsize=8192)
def words_apart(first: str, second: str) -> bool:
    """Whether two predicates' lemmas that `predicate_key` stems alike are two words: one is the stem
    itself, a whole word, the other that word with a noun's suffix (`_NOUN_SUFFIXES`: "design" and
    "designation", "direct" and "direction", "accord" and "accordance"), and their meanings lie far
    apart (`embedding`, `WORDS_ALIKE`). A verb and its own noun stay one kind ("infect" and
    "infection", "collect" and "collection"), and so do words the stemmer cuts further
    ("pollute" and "pollution": the stem is neither) or that `_SAME_PREDICATE` maps."""
    if first == second or not first or not second or first in _SAME_PREDICATE or second in _SAME_PREDICATE:
        return False
    stem, longer = sorted((first, second), key=len)
    if predicate_key(first) != predicate_key(second) or predicate_key(stem) != stem:
        return False
    if not (longer.startswith(stem) and longer[len(stem) :] in _NOUN_SUFFIXES):
        return False
    return text_similarity(first, second) < WORDS_ALIKE


@dataclass(frozen=True, slots=True)
class Signature:
    document: str
    sentence: int  # where the sentence starts
    predicate: str
    modality: str
    reporting: bool  # a verb of saying ("announce", "say") or another light one ("want", "start"):
    # the word alone names no particular happening, the rest of the sentence must
    main: bool
    words: frozenset[str]
    word_keys: frozenset[
        str
    ]  # the telling words (4+ letters): paraphrases with other predicates meet by them
    grams: frozenset[str]
    figures: frozenset[float]
    amounts: frozenset[float]  # the figures that are amounts of money ("over $3.5bn (£2.3bn)")
    quoted: bool  # someone's own words: the sentence opens a quotation or speaks in the first person
    levels: frozenset[str]  # the levels a scale was set to (`levels`)
    years: frozenset[int]  # the years its sentence writes ("in 1968", "the 2003 SARS outbreak")
    counts: frozenset[Count]  # what its sentence counts, how many, hedged (`counts`)
    participants: frozenset[str]
    persons: tuple[Person, ...]  # the unnamed people its arguments describe (`described_persons`)
    arguments: tuple[tuple[str, frozenset[str], str], ...]  # each role, its nouns' keys and words (`roles`)
    places: frozenset[str]
    when: tuple[date, date] | None  # the days it may have happened on
    in_article: tuple[date, date] | None  # the same, guessed dates included: for its own article
    news: tuple[date, date] | None  # `when`, a deed in force (`in_force`) read as the page's news
    dating: str  # "text" (written in the sentence), "publication" (its article's), "guessed" or "none"
    context: frozenset[str]  # the article's named actors and places
    speaker: str  # who the report says makes the claim ("" when none: `Event.attribution`)
    published: date | None  # its article's publication date
    sketch: int  # one bit per bucket its 5-grams fall in (the bounds of `sketch_rows`)
    hidden: int  # how many more 5-grams than bits: those that share a bucket with another
    also: bool = False  # its word comes after "also" ("have also filed"): another of the kind (`told_also`)
    added: str = ""  # a role's noun told as a counted addition, lower case ("two other people": `told_added`)
    manners: frozenset[str] = frozenset()  # how long or how far it was done ("temporarily": `manners`)
    word: str = ""  # the word that tells it, as written, lower case ("risen": `event_word`)
    clauses: frozenset[str] = frozenset()  # the words heading the subordinate clauses its word governs
    lemma: str = ""  # the predicate's lemma, lower case ("designation"): two may share a key (`words_apart`)
    said_for: date | None = None  # the coming day a statement's words look ahead to (`said_ahead`)
    complement: str = ""  # the verb of the infinitive its word takes ("forced to ask": `complements`)
    cue: str = ""  # the words that carry its sentence's report, lower case ("has said": `Attribution.cue`)


_NO_FIGURES: frozenset[float] = frozenset()  # the figures of most mentions: no generator made for them


def content_words(text: str) -> frozenset[str]:
    """The telling words of a sentence, lower case (no stop words, months, reporting verbs, digits)."""
    return _telling(_WORD.findall(text.lower()))


def _telling(words: list[str]) -> frozenset[str]:
    """`content_words` of a sentence's words, found lower case."""
    return frozenset(w for w in words if w not in _IGNORED and not w.isdigit())


def telling_stems(text: str) -> frozenset[str]:
    """The stems of a text's telling words, one key for the words of one kind of event
    ("exploded" and "explosion"): what `main_events` compares, weighed by `DocumentFrequency`."""
    return frozenset(predicate_key(word) for word in content_words(text))


def signature(
    event: Event, context: frozenset[str] = frozenset(), published: date | None = None
) -> Signature:
    words, keys, grams, sketch, hidden, quoted = _sentence_features(event.summary)
    figures = event.figures
    arguments = roles(tuple(event.arguments))
    found = counts(event.summary) | _keyed(counts_in_words(event.summary))
    return Signature(
        document=event.document_id,
        sentence=event.start,
        predicate=predicate_key(event.predicate) if event.predicate else "",
        modality=event.modality,
        # a contraction or a sign ("there's" read as "'s") names no kind of event either
        reporting=_reporting(event),
        main=event.main,
        words=words,
        word_keys=keys,
        grams=grams,
        figures=frozenset([f.value for f in figures]) if figures else _NO_FIGURES,
        amounts=frozenset([f.value for f in figures if is_currency(f.kind)]) if figures else _NO_FIGURES,
        levels=levels(event.summary),
        years=years(event.summary, published.year if published else None),
        counts=_named_by_figures(found, figures) if figures else _named_by_tally(found, arguments),
        quoted=quoted,
        participants=frozenset(event.participants),
        persons=tuple(Person.load(text) for text in event.persons),
        arguments=arguments,
        places=frozenset(event.places),
        when=time_interval(event, published),
        in_article=time_interval(event, published, guessed=True),
        news=time_interval(event, published, lasting=False),
        dating=_dating(event),
        context=context,
        speaker=event.attribution.source if event.attribution else "",
        published=published,
        sketch=sketch,
        hidden=hidden,
        also=told_also(event),
        added=told_added(event.text, arguments),
        manners=manners(event),
        word=event_word(event).lower(),
        clauses=frozenset(event.clauses),
        lemma=event.predicate.lower(),
        said_for=said_for(event),
        complement=complement_word(event),
        cue=event.attribution.cue.lower() if event.attribution else "",
    )


def event_word(event: Event) -> str:
    """The word that tells the event as its sentence writes it ("risen", not the lemma "rise"): what
    another sentence holding the word tells of it (`pair_rules._clause_lent`)."""
    if event.event_start is None:
        return ""
    at = event.event_start - event.start
    return event.text[at : (event.event_end or event.event_start) - event.start]


# "also" and the auxiliaries, negation and adverbs between it and the event's word ("have also
# filed", "was also found", "is also being tested", "also quickly moved")
_ALSO = re.compile(
    r"\balso\s+(?:(?:has|have|had|be|been|being|is|are|was|were|will|would|could|may|might|can|not|"
    r"\w+ly)\s+)*$",
    re.IGNORECASE,
)


# the perfect's auxiliary and the words between it and the event's word ("has declared", "have
# already been suspended", "has also agreed", "has formally declared": any "-ly" adverb); not "'s",
# which is "is" as often as "has"
_PERFECT = re.compile(
    r"\b(?:has|have|'ve)\s+(?:(?:not|also|already|now|just|since|\w+ly)\s+)*"
    r"(?:been\s+)?$",
    re.IGNORECASE,
)


def in_force(event: Event) -> bool:
    """Whether the event is a deed done to something, told in the present perfect ("health officials
    have declared a public health emergency", "A public health emergency has been declared in the
    US"): it is in force by the page's day, and may have been done any day before it. An activity
    going on ("have been wearing masks") or a count ("has risen to 27", "has confirmed 27 new
    cases": a tally as of the page) is of the page's last days, as other news is."""
    if event.event_start is None or not any(a.startswith(f"{PATIENT}|") for a in event.arguments):
        return False
    at = event.event_start - event.start
    if not 0 < at <= len(event.text) or counts(event.summary):
        return False
    perfect = _PERFECT.search(event.text, max(0, at - 60), at)
    word = event_word(event)
    return perfect is not None and not (
        perfect.group(0).lower().rstrip().endswith("been") and word.endswith("ing")
    )


def _reporting(event: Event) -> bool:
    """`Signature.reporting`: a verb of saying or a light verb, or no word. A performative verb
    (`PERFORMATIVE_CUES`) is its act when what it declares is a state (`DECLARED_STATES`: "have
    declared a public health emergency"), or when the sentence's main event, no one's claim, is the
    declaring ("declared the outbreak a pandemic": extract read no report in it)."""
    if event.predicate in PERFORMATIVE_CUES and (
        _declares_a_state(event) or (event.main and not event.attribution)
    ):
        return False
    predicate = event.predicate
    vague = predicate in CUE_VERBS or predicate in LIGHT_VERBS
    return vague or _no_word(predicate) or _vague_phrasal(predicate)


def _vague_phrasal(predicate: str) -> bool:
    """A phrasal verb (`event_mentions._particle`) of a verb of saying still says ("pointed out",
    "spelled out"), and one of a light verb is as vague as the verb ("set up" a testing centre, a
    quarantine centre and an immigration post; "came up"): its own kind (`predicate_key`), weighed
    as the verb is."""
    verb, _, particle = predicate.partition(" ")
    return particle in PARTICLES and (verb in CUE_VERBS or verb in LIGHT_VERBS)


def _declares_a_state(event: Event) -> bool:
    """Whether the mention's patient names a state declaring makes ("patient|emergency health")."""
    return any(
        role == PATIENT and not DECLARED_STATES.isdisjoint(text.lower().split())
        for role, _, text in (argument.partition("|") for argument in event.arguments)
    )


def told_also(event: Event) -> bool:
    """Whether the event's word comes right after "also": "Two Louisiana shrimpers have also filed a
    lawsuit", a sentence after "A lawsuit has already been filed ... on behalf of the 11 missing rig
    workers", tells another lawsuit, not the first again."""
    if event.event_start is None:
        return False
    at = event.event_start - event.start
    return 0 < at <= len(event.text) and bool(_ALSO.search(event.text, max(0, at - 60), at))


# a noun told as a counted addition to its kind: "Two other people", "eight more people", "13 million
# more courses", "Another nine UK cases", "A third school"; not "other companies" (than the doer),
# "Other efforts being made", "more than 100 people", "his fourth visit" or "an independent third party"
_NUMBER = (
    r"(?:\d[\d,.]*(?:\s+(?:million|billion))?|"
    + "|".join(word for word, value in (UNITS_SMALL | TENS).items() if value > 1)
    + ")"
)  # the time tagger's number words (`timex.lexicon`), as `counts_in_words` reads them
_NEXT = "|".join(word for word, value in ORDINALS.items() if value > 1)  # "second", "3rd"
_ADDED = re.compile(
    r"\b(?:" + _NUMBER + r"\s+(?:other|more|further|additional)\s+([\w-]+(?:\s+[\w-]+)?)"
    r"|another\s+" + _NUMBER + r"\s+([\w-]+(?:\s+[\w-]+){0,2})"
    r"|a\s+(?:" + _NEXT + r")\s+([\w-]+(?:\s+[\w-]+)?))\b",
    re.IGNORECASE,
)  # the words that may hold the noun, after the count
# a word every `_ADDED` holds: most sentences have none, which `in` finds at a tenth of the regex's cost
_ADDED_CUES = ("other", "more", "further", "additional", *_NEXT.split("|"))


def told_added(text: str, arguments: tuple[tuple[str, frozenset[str], str], ...]) -> str:
    """The words that tell a role's noun as a counted addition to its kind (`_ADDED`), lower case,
    or "": "Two other people are being tested" (2 May) adds to the people its own article told of
    before, not to "some" people tested in the East Midlands (28 April); two reports of "a second
    night" in the open tell one night. The noun is the first of the role's words (`roles`)."""
    added = _additions(text)
    if not added:
        return ""
    heads = {part[0].lower() for _, _, words in arguments if (part := words.split())}
    return next((told for word, told in added if word in heads), "")


@lru_cache(maxsize=1024)
def _additions(text: str) -> tuple[tuple[str, str], ...]:
    """Each word that may hold the noun of a counted addition in `text` (`_ADDED`), lower case, with
    the words from the count to it, in order: the same for the several mentions of one sentence,
    which come one after another (scanned once per mention, it was a fifth of a signature)."""
    lower = text.lower()
    if not any(cue in lower for cue in _ADDED_CUES):
        return ()
    found = []
    for match in _ADDED.finditer(text):
        group = next(number for number in (1, 2, 3) if match.group(number) is not None)
        for word in re.finditer(r"[\w-]+", match.group(group)):
            told = text[match.start() : match.start(group) + word.end()]
            found.append((word.group().lower(), " ".join(told.lower().split())))
    return tuple(found)


# Adverbs right before a deed's word, with only "be" between, that say how long or how far it was
# done ("has been temporarily sealed", "a step towards permanently sealing it"): the scale, then its
# end. Two ends of one scale are two deeds: the cap's seal of 15 July, the static kill's of August.
_MANNER_ENDS = {
    "temporarily": "lasting:for a while", "permanently": "lasting:for good",
    "partially": "extent:in part", "partly": "extent:in part",
    "fully": "extent:in full", "completely": "extent:in full",
}  # fmt: skip
_MANNER = re.compile(
    r"\b(" + "|".join(_MANNER_ENDS) + r")\s+(?:(?:be|been|being)\s+)?$",
    re.IGNORECASE,
)


def manners(event: Event) -> frozenset[str]:
    """How long or how far the event's deed was done, from the adverb right before its word
    (`_MANNER_ENDS`): "The Macondo well has been temporarily sealed with a cap" is "lasting:for a
    while", "a step towards permanently sealing it" "lasting:for good"."""
    if event.event_start is None:
        return frozenset()
    at = event.event_start - event.start
    if not 0 < at <= len(event.text):
        return frozenset()
    found = _MANNER.search(event.text, max(0, at - 40), at)
    return frozenset([_MANNER_ENDS[found.group(1).lower()]]) if found else frozenset()


def manners_opposed(first: frozenset[str], second: frozenset[str]) -> bool:
    """Whether two sets of `manners` give two ends of one scale ("for a while" and "for good")."""
    ends = first | second
    return len({end.partition(":")[0] for end in ends}) < len(ends)


@lru_cache(maxsize=4096)
def roles(arguments: tuple[str, ...]) -> tuple[tuple[str, frozenset[str], str], ...]:
    """A mention's arguments (`event_arguments`: "agent|inspectors health") as each role and the
    keys of its nouns (`predicate_key`: "lawsuit" and "lawsuits" are one), and its words. A role
    headed by a name ("agent|Obama Mr") has no keys: a name may be the participant another report
    describes ("the company" for BP), and names are compared as participants. A role headed by one
    person's word (`PERSON_WORDS`) has the one key `ONE_PERSON`."""
    found = []
    for argument in arguments:
        role, _, text = argument.partition("|")
        words = text.split()
        if not words or words[0][:1].isupper():
            found.append((role, frozenset(), text))
        elif words[0] in PERSON_WORDS:  # "the child", "a Mexican two-year-old boy": `described_persons`
            found.append((role, ONE_PERSON, text))
        else:
            found.append((role, frozenset(predicate_key(word.lower()) for word in words), text))
    return tuple(found)


# One person told by what they are ("the child", "the Mexican traveller", "a 25-year-old man"): two
# reports may describe one person by different words, so their roles meet (sex and age tell people
# apart: `described_persons`); one person is not "All three", nor police or medical staff.
ONE_PERSON = frozenset({"\0person"})


_MONTH = "|".join(MONTH_NAMES)
_YEAR = re.compile(
    rf"\b(?:in|of|since|during|until|before|after|from|by|the)\s+(?:the\s+)?(?:(?:{_MONTH})\s+)?"
    r"(1[89]\d\d|20\d\d)(?![\w.,:]\d)",
    re.IGNORECASE,
)
_YEARS_AGO = re.compile(r"\b(\d{1,3}) years ago\b")


@lru_cache(maxsize=4096)
def years(sentence: str, this_year: int | None = None) -> frozenset[int]:
    """The years a sentence writes as a time ("in 1968", "the 2003 SARS outbreak", "that of
    1918-19", and, given its article's year, "41 years ago"): four digits from 1800 to 2099 after a
    word that makes them one, so that neither an amount, a longer number nor a live blog's clock
    stamp ("1609 The US military is sending ...") counts."""
    found = {int(year) for year in _YEAR.findall(sentence)}
    if this_year is not None:
        found.update(this_year - int(ago) for ago in _YEARS_AGO.findall(sentence))
    return frozenset(found)


# A number written in digits ("1,562", "25,288", "6.6", each bound of "12,000-19,000"), not part of
# a word or code ("H1N1", "3G", "20th"), a clock time ("10:30"), an amount ("$20bn":
# `Signature.amounts`) or a day of a month ("13 April"; "April 13": `_AFTER_MONTH`), then what it
# counts: the next word, past words that only qualify or scale it ("126 other workers", "4.9 m barrels")
_COUNT = re.compile(
    rf"(?<![\w.,:/£$€])((?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d+)?)(?![\w:/]|[.,]\d)(?!\s+(?:{_MONTH})\b)"
    r"(?:\s*(million|billion|thousand|m|bn)\b)?" + QUALIFIERS + r"\s*(%|per\s+cent|[a-z]+)?",
    re.IGNORECASE,
)
_AFTER_MONTH = re.compile(rf"\b(?:{_MONTH})\s+$", re.IGNORECASE)
_LONGEST_MONTH = max(len(name) for name in MONTH_NAMES)
_SCALES = {"": 1.0, "thousand": 1e3, "m": 1e6, "million": 1e6, "bn": 1e9, "billion": 1e9}
COUNT_ROUNDING = 0.1  # a round count this near another (a share of the larger) may be it rounded
HEDGED_ROUNDING = 0.3  # the same for a count that is a bound or a guess, round or not


@lru_cache(maxsize=4096)
def counts(sentence: str) -> frozenset[Count]:
    """The counts a sentence writes in digits, each as what it counts, its value and whether it is
    a bound or a guess ("41 countries had reported 11,034 cases ... including 85 deaths": countries
    41, cases 11,034, deaths 85): neither a day of a month, a year from 1800 to 2099 written
    without a comma, a number inside a word ("H1N1", "20th"), a clock time, an amount with its
    currency sign; what a number counts is "" when no word follows it."""
    found = set()
    for match in _COUNT.finditer(sentence):
        number, scale, unit = match.groups()
        unit = "%" if unit and unit.lower().startswith("per") else (unit or "").lower()
        if _after_month(sentence, match.start()):
            continue  # "April 13"
        if len(number) == 4 and number.isdigit() and 1800 <= int(number) <= 2099:
            continue  # a year
        # casefold, not lower: IGNORECASE matches "thouſand" (a long s) too
        value = float(number.replace(",", "")) * _SCALES[(scale or "").casefold()]
        hedged = hedge_before(sentence, match.start())  # a bound or a guess: "more than 100", "some 400"
        # a number that counts nothing said ("killed as many as 200,000.", "25,288 of influenza")
        # is kept without its thing: it may still be a count the other sentence gives
        found.add(("" if unit in STOP_WORDS else predicate_key(unit), value, hedged))
    return frozenset(found)


def _keyed(found: frozenset[Count]) -> frozenset[Count]:
    """Counts whose thing is a word as written, keyed as `counts` keys its things."""
    return frozenset((predicate_key(unit) if unit else "", value, hedged) for unit, value, hedged in found)


def _named_by_figures(found: frozenset[Count], figures: list[Figure]) -> frozenset[Count]:
    """The sentence's counts, a number that counts nothing said named by the kind its figure gives
    it: "They bring the overall totals to 23 in England" counts totals, "the number of UK cases has
    risen to 28" cases (`extract.figure_tallies`), so another day's 24 is another tally."""
    if not figures or all(unit for unit, _, _ in found):
        return found
    kinds = {figure.value: figure.kind for figure in figures if _bare(figure)}
    return frozenset(
        (predicate_key(kinds[value]) if not unit and value in kinds else unit, value, hedged)
        for unit, value, hedged in found
    )


def _named_by_tally(
    found: frozenset[Count], arguments: tuple[tuple[str, frozenset[str], str], ...]
) -> frozenset[Count]:
    """The sentence's counts, a number that counts nothing said named by what the mention's own tally
    counts, for a mention that holds no figures: a clause's ("The nationwide campaign begins after the
    number of confirmed cases ... has risen to 28", whose figure the sentence's first event holds)
    counts what its role headed by a tally counts ("number cases": cases; "the total": totals), so a
    page's 28 is not another's 27 (`_named_by_figures` names the first event's the same way)."""
    if all(unit for unit, _, _ in found):
        return found
    counted = next((kind for _, keys, text in arguments if keys and (kind := _tally_kind(text))), None)
    if counted is None:
        return found
    return frozenset((unit or counted, value, hedged) for unit, value, hedged in found)


def _tally_kind(text: str) -> str | None:
    """What a role headed by a tally counts, keyed (`roles` writes the head first: "number cases",
    "toll death"): the first noun after the tally, or the tally itself; None for another head."""
    words = [predicate_key(word.lower()) for word in text.split()]
    if not words or words[0] not in _TALLY_KEYS:
        return None
    return next((word for word in words[1:] if word not in _TALLY_KEYS), words[0])


def _bare(figure: Figure) -> bool:
    """Whether a figure is a number alone whose kind the parse found elsewhere (a tally's: "to 23");
    not a range's first number ("between 1,000 and 5,000 barrels a day": the barrels, written)."""
    bare = figure.upper is None and figure.text.replace(",", "").isdigit()
    return bare and bool(figure.kind) and not is_currency(figure.kind)


def _after_month(sentence: str, at: int) -> bool:
    """Whether the name of a month and blanks come right before `at` ("April 13"): `_AFTER_MONTH`
    sought over the name's few characters only, not the whole sentence before each number (a table
    run into one sentence has thousands)."""
    blank = at
    while blank > 0 and sentence[blank - 1].isspace():
        blank -= 1
    return blank < at and bool(_AFTER_MONTH.search(sentence, max(0, blank - _LONGEST_MONTH), at))


def counts_differ(a: frozenset[Count], b: frozenset[Count], bounds: bool = True) -> bool:
    """Whether two sentences count the same things (`counts`: "cases", "deaths", "%") and share no
    number, not even one rounded ("1,324 people", "more than 1,300 people"), of the same thing or
    of a thing one leaves unsaid: "1.5 million people were left homeless by the quake, which killed
    as many as 200,000" gives the toll of "As many as 200,000 people have died", but "killed 80
    people" is not "more than 70 countries". Counts of different things ("11 workers", "5,000
    barrels") say nothing. Without `bounds` (tallies of days far apart) a bound or a guess is no
    nearer than an exact count: "at least 60 people" killed on 25 April is not 80 on 21 May. A bound
    pointing away from the other count keeps them two (`count_bounds`: "More than 400", "About 300")."""
    if not {unit for unit, _, _ in a if unit} & {unit for unit, _, _ in b if unit}:
        return False
    return not any(
        _rounded(x, y, bounds and (hedged or other_hedged))
        and not (bounds and bound_excludes(x, hedged, y, other_hedged, HEDGED_ROUNDING))
        for unit, x, hedged in a
        for other_unit, y, other_hedged in b
        if unit == other_unit or not unit or not other_unit
    )


def _rounded(x: float, y: float, hedged: bool) -> bool:
    """Whether two counts may be one: the same, one a bound or a guess near the other ("more than
    1,300", "1,324"), or one round near the other ("1,000", "1,024"); two exact counts that are not
    round are two ("73 countries", "76 countries")."""
    if x == y:
        return True
    if hedged:
        return abs(x - y) <= HEDGED_ROUNDING * max(x, y)
    return (x % 10 == 0 or y % 10 == 0) and abs(x - y) <= COUNT_ROUNDING * max(x, y)


def _no_word(predicate: str | None) -> bool:
    return bool(predicate) and not any(character.isalpha() for character in predicate or "")


@lru_cache(maxsize=1024)
def levels(sentence: str) -> frozenset[str]:
    """The levels a sentence says a scale (an alert, a phase, a category) was set to: the last
    one of a "from ... to ..." ("from level four to level five" is 5)."""
    found = [match.group(1).lower() for match in _LEVEL.finditer(sentence)]
    if not found:
        return frozenset()
    return frozenset({_NUMBER_WORDS.get(found[-1], found[-1])})


@lru_cache(maxsize=1024)
def _sentence_features(
    summary: str,
) -> tuple[frozenset[str], frozenset[str], frozenset[str], int, int, bool]:
    """A sentence's content words and the telling ones among them (`Signature.word_keys`), character
    5-grams and their sketch, and whether it quotes (`Signature.quoted`): the several mentions of one
    sentence come one after another, and share them."""
    found = _WORD.findall(summary.lower())
    squeezed = " ".join(found)
    grams = _shared([squeezed[i : i + 5] for i in range(max(len(squeezed) - 4, 1))])
    sketch = _sketch(grams)
    quoted = bool(_QUOTED.search(summary))
    words = _telling(found)
    keys = frozenset(w for w in words if len(w) > 3)
    return words, keys, grams, sketch, len(grams) - sketch.bit_count(), quoted


# Each 5-gram met, as the one copy that the sentences holding it share (a topic's 9,500 sentences
# write 1.2 million 5-grams, 81,000 of them distinct): a batch's sentences and the entries loaded
# from the store hold one string per 5-gram, not one per sentence. A dict of its own rather than
# `sys.intern` (the same sharing, at about two thirds of the CPU); emptied past `GRAMS_KEPT` (about
# 18 MB), so that it stays bounded however long the run or the process: the strings still held stay
# valid, only not shared with later ones.
_GRAMS: dict[str, str] = {}
GRAMS_KEPT = 200_000


def _shared(grams: list[str]) -> frozenset[str]:
    """`grams` as a set, each the copy in `_GRAMS`."""
    if len(_GRAMS) > GRAMS_KEPT:
        _GRAMS.clear()
    return frozenset(map(_GRAMS.setdefault, grams, grams))


def _sketch(grams: frozenset[str]) -> int:
    """Bit `hash(gram) % SKETCH_BITS` set for each 5-gram; numpy packs the bits (setting them one
    at a time in Python took a third of the time of a signature, worked out for every stored
    mention a merge loads)."""
    bits = np.zeros(SKETCH_BITS, dtype=np.uint8)
    # the low bits of each hash, as `hash(gram) & (SKETCH_BITS - 1)` gives them (two's complement)
    bits[np.fromiter(map(hash, grams), dtype=np.int64, count=len(grams)) & (SKETCH_BITS - 1)] = 1
    return int.from_bytes(np.packbits(bits, bitorder="little").tobytes(), "little")


def _dating(event: Event) -> str:
    """How the event's date is known: `Signature.dating`."""
    if event.date_inferred:
        return "guessed"
    return "text" if event.timex else "publication" if event.date else "none"


def time_interval(
    event: Event, published: date | None = None, guessed: bool = False, lasting: bool = True
) -> tuple[date, date] | None:
    """The days an event may have happened on; None when nothing bounds them.

    An undated restatement ("Background: ...") happened on or before its article's date.
    A date resolved against a guessed publication date keeps nothing apart across
    articles (`guessed` False); within its article it still does, since the guess
    shifts every date of the article alike.
    """
    if event.date_inferred and not guessed:
        return None
    span = bounds(event.date)
    if span is None:
        return (date.min, published) if published and event.date is None else None
    if event.timex is None:  # dated only by its article: on or before that day
        # a lead's news is of the last days; a deed in the perfect is in force, done any day before
        recent = event.main and not event.is_background and not (lasting and in_force(event))
        earliest = span[0] - RECENT if recent and span[0] > date.min + RECENT else date.min
        return earliest, span[1]
    return span


def overlaps(a: tuple[date, date] | None, b: tuple[date, date] | None) -> bool:
    return a is None or b is None or (a[0] <= b[1] and b[0] <= a[1])


def jaccard(a: frozenset[object], b: frozenset[object]) -> float:
    if not a or not b:
        return 0.0
    shared = len(a & b)
    return shared / (len(a) + len(b) - shared)  # the size of the union, without building it


def sentence_similarity(a: Signature, b: Signature) -> float:
    """How alike the two sentences are (0 to about 1), their figures included."""
    return word_similarity(a, b) + figure_agreement(a, b)


def word_similarity(a: Signature, b: Signature) -> float:
    """How alike the two sentences' words are: content words and character 5-grams."""
    return 0.5 * jaccard(a.words, b.words) + 0.5 * jaccard(a.grams, b.grams)  # type: ignore[arg-type]


def figure_agreement(a: Signature, b: Signature) -> float:
    """A small bonus when both mentions carry a figure in common, a penalty when their figures differ."""
    if a.figures and b.figures:
        return 0.1 if a.figures & b.figures else -0.15
    return 0.0


class DocumentFrequency:
    """How many of the collection's articles hold each item (a name, a word): one that most
    articles share (the story's company, its country, "oil" in an oil-spill story) says little
    about which event a sentence tells; a rare one says much.

    The weight is an inverse document frequency over the articles seen so far, kept by the
    store between runs (`as_dict`/`from_dict`).
    """

    def __init__(self, counts: dict[str, int] | None = None, documents: int = 0) -> None:
        self.counts: dict[str, int] = dict(counts or {})
        self.documents = documents
        self._by_count = _CountWeights(documents)
        # what `see` counted since the store last kept the counts (`saved`): all a store adds
        self.unsaved: dict[str, int] = {}
        self.unsaved_documents = 0

    def see(self, items: frozenset[str]) -> None:
        """Count one more article and the items it holds."""
        self.documents += 1
        self.unsaved_documents += 1
        for item in items:
            self.counts[item] = self.counts.get(item, 0) + 1
            self.unsaved[item] = self.unsaved.get(item, 0) + 1

    def saved(self) -> None:
        """The store now holds every count (`unsaved` added to its own)."""
        self.unsaved = {}
        self.unsaved_documents = 0

    def weight(self, item: str) -> float:
        return self._weights()[self.counts.get(item, 0)]

    def weights(self, items: Iterable[str]) -> Iterator[float]:
        """Each item's `weight`, without a Python call for each (a merge weighs each article's
        names against thousands of other articles' names)."""
        return map(self._weights().__getitem__, map(self.counts.get, items, repeat(0)))

    def _weights(self) -> _CountWeights:
        if self._by_count.documents != self.documents:
            self._by_count = _CountWeights(self.documents)
        return self._by_count

    def as_dict(self) -> dict[str, object]:
        return {"documents": self.documents, "counts": self.counts}

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> Self:
        counts = data.get("counts")
        documents = data.get("documents")
        return cls(
            counts if isinstance(counts, dict) else None, documents if isinstance(documents, int) else 0
        )


class _CountWeights(dict[int, float]):
    """The weight of an item held by each number of articles, at one count of articles: worked out
    once for each number (a few hundred), not for each item (the logarithm of each of an article's
    names, again for each article counted, was most of the work of comparing articles)."""

    def __init__(self, documents: int) -> None:
        super().__init__()
        self.documents = documents

    def __missing__(self, count: int) -> float:
        weight = self[count] = math.log((2 + self.documents) / (1 + count))
        return weight


class NameWeights(DocumentFrequency):
    """The articles' named actors and places, weighed by how telling they are."""

    def __init__(self, counts: dict[str, int] | None = None, documents: int = 0) -> None:
        super().__init__(counts, documents)
        # each article's context's whole weight, while no other article is counted (`_total`)
        self._totals: dict[int, tuple[frozenset[str], float]] = {}
        self._totals_at = documents

    def similarity(self, a: Signature, b: Signature) -> float:
        """How much the two articles name the same telling actors and places (0 to 1)."""
        if a.document == b.document:
            return 1.0
        if not a.context or not b.context:
            return 0.0
        # `fsum`: the same to the last bit in whatever order a set's hashing walks the names
        shared = math.fsum(self.weights(a.context & b.context))
        smaller = min(self._total(a.context), self._total(b.context))
        return shared / smaller if smaller > 0 else 0.0

    def _total(self, context: frozenset[str]) -> float:
        """The weight of all of a context's names, remembered until `see` counts another article
        (a merge compares one article with each of thousands of others: summing both contexts
        each time was most of the work). Kept by the set itself, so the sum is added up in the
        same order, to the same last bit."""
        if self._totals_at != self.documents:
            self._totals.clear()
            self._totals_at = self.documents
        known = self._totals.get(id(context))
        if known is not None and known[0] is context:
            return known[1]
        total = math.fsum(self.weights(context))
        self._totals[id(context)] = (context, total)
        return total
