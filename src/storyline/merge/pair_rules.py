"""Whether a mention and one report of an entry tell one event: how far the evidence clears its
threshold (`_margin`), and the rules that part two reports of one kind of event however alike
their sentences are (`parted`).

Similarity alone joins too much: one collection tells many arrests, statements and deaths in the
story's same names and stock words. Each rule here names one way two reports of one kind of event
are told apart, or one thing that shows they tell one. A rule sees two `Signature`s, the
mention's (`sig`) and a report of the entry (`other`), often with their sentence similarity
(`sentence`), and the `Merger` (`pairs`) for what the collection says as a whole: how many of its
articles use a name or a word (`Merger.names`, `Merger.words`), on how many days a kind of event
is told (`Merger.breadth_floor`, `Merger.published_days`), which places lie within which
(`Merger.places`), and the similarities it keeps for a batch (`Merger.sentence_similarity`,
`Merger.context_similarity`). What an entry's other reports tell is the merger's to ask
(`entries`: `Merger._told_apart`, `_values_apart`). `Merger._bounds` bounds `_margin` for a whole
block of reports at once: a change to `_margin` must keep that bound above it
(`tests/test_merge_pruning.py` checks).

The crowd's bar (`Merger._crowd`) spares reports that give one role to a telling name ("reaches
Texas": `_named_alike`) or tell of one unnamed person of the same sex and age (`_described_alike`).
An unfolding event is told over a few days, not over weeks: reports weeks apart need the whole
breadth floor (`_span_floor`). A long page (a live blog, a page of explainers) uses one word for
different things in different places: a report of the mention's article far from it that shares
nothing with it is another thing (`_stray`). One speaker says many things over a story: across
articles, a reporting verb's shared speaker counts for nothing, and the speaker's name in both
sentences does not spare two statements the crowd's bar (`_margin`). A broad word told by the
articles of several days ("studied", "slowing", "learned") names many happenings: across articles
it needs something else in common, a telling name, a figure, telling words or alike sentences
(`_unsupported`); words weigh by how many of the collection's articles use them (`Merger.words`),
and a name both reports hold tells only if the words they write for it do ("Mexico" in a flu
story: `_names_shared`). One speaker's reports of days apart that are not alike are two
statements (`_restated`: "should not panic" on the pandemic's declaration and after the first
death). Different people say one stock phrase about different things ("we will not rest", "never
seen anything like": `_quoted_apart`); a word of judgement ("record", "encouraged") is told of
many things, so only a shared participant makes two reports one (`_judged`); two days' different
amounts of money are two updates ("costs at over $3.5bn", then "$3.95bn": `_other_amounts`); a
recurring act told of other unnamed people or things is another happening ("police wearing
masks", "Medical staff wearing protective clothing": `_other_arguments`), and told of two named
doers, two ("Tyrone Benton, who is now suing BP", "The US is suing BP": `_other_agents`). A light
verb or a verb of saying is the only thing two short sentences share ("We need to have something
out there", "You need the unexpected"): two statements (`_only_the_word`); and one stem of two
words ("designed", "Designation") is two kinds of event (`similarity.words_apart`).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from datetime import timedelta
from functools import lru_cache
from itertools import chain
from types import MappingProxyType
from typing import TYPE_CHECKING

from storyline.analyse.embedding import text_similarity
from storyline.analyse.titles import TITLE_WORDS
from storyline.extract.described_persons import persons_differ
from storyline.extract.event_arguments import AGENT, PATIENT
from storyline.merge.count_bounds import Count
from storyline.merge.person_and_group import person_and_group
from storyline.merge.procedure_outcomes import outcome_of_procedure
from storyline.merge.said_ahead import said_ahead
from storyline.merge.sayings import other_sayings
from storyline.merge.scale_levels import LEVEL_BAR, one_level_set
from storyline.merge.similarity import (
    ONE_PERSON,
    WORDS_ALIKE,
    Signature,
    content_words,
    counts_differ,
    jaccard,
    overlaps,
    predicate_key,
    words_apart,
)

if TYPE_CHECKING:
    from storyline.merge.entries import Merger

CROSS_DOCUMENT_THRESHOLD = 0.1  # same predicate across articles: context and sentence must agree
PARAPHRASE_THRESHOLD = 0.45  # other predicates: the sentences must be close
CONTEXT_WEIGHT = 0.9
SENTENCE_WEIGHT = 0.9
PARTICIPANT_WEIGHT = 0.2
SAME_DOCUMENT_MARGIN = 0.5  # same predicate in one article: one event unless participants or modality differ
SENTENCE_FLOOR = 0.05  # another article's sentence must share something beyond the predicate
CONTEXT_POWER = 2  # a weak shared context (one story's usual names) counts for little
REPORT_THRESHOLD = 0.2  # a reporting verb across articles: what was said must match
APART_PENALTY = 0.15  # other places or other people: two earthquakes, two arrests
MODALITY_PENALTY = 0.5  # what may happen and what did happen are rarely told as one event
CROWD_EXEMPT = 0.25  # sentence similarity from which the sentences alone tell one event
NEAR_CHARS = 2500  # one article's mentions further apart than this are not one passage (`_margin`)
TELLING_NAME = math.log(2)  # a name in fewer than about half of the collection's articles tells events apart
RECURRING_DAYS = 2  # a kind told by articles of more days than this (a day, the next) recurs: `_unsupported`
WORDS_MET = 2  # telling words a paraphrase shares with an entry to be compared (`Merger._candidates`)
QUOTE_CONTEXT = 0.3  # articles sharing less context than this tell other stories (`_quoted_apart`)
QUOTE_COPY = 0.8  # sentence similarity of one quotation copied (`_quoted_apart`)
STOCK_WORDS = 3  # content words a stock phrase shares at most (`_quoted_apart`)
_PEOPLES = ("an", "ish", "ese", "ic", "i")  # how the names of peoples end ("Haitian", "Scottish")
# Words of judgement: they say how something was found, not what happened (`_judged`); not words
# of a statement ("criticised", "welcomed"), which tell an event of their own.
_JUDGEMENTS = "record encourage threaten worry concern alarm disappoint surprise shock impress"
JUDGEMENTS = frozenset(map(predicate_key, _JUDGEMENTS.split()))
NAMED_ROLES = (AGENT, PATIENT)  # the roles whose two names tell two events (`_other_agents`)
ROLE_ALIKE = 0.35  # embedding cosine from which two roles' nouns may be other words for one participant
BOUND_DAYS = 7  # tallies published this many days apart or more: a bound ("at least 60") is no nearer


def _names_shared(sig: Signature, other: Signature, pairs: Merger, places: bool = True) -> bool:
    """Whether the two mentions name a telling participant or place in common: one in both mentions'
    participants, or one of a mention's named in the other's sentence ("Mr Obama" in one and
    "President Barack Obama" in the other, whichever extraction took as a participant). A name in
    most of the collection's articles ("BP" in a story of BP's spill) tells nothing (`TELLING_NAME`),
    nor does a word of a name that most articles use ("Health" of the Health Protection Agency in
    the World Health Organisation, in a flu story), nor a name both hold that their sentences write
    only by such words or initials (`_telling_words`: the story's country, "UK"). Without `places`, a
    name either mention holds as a place is not looked at (`_too_broad`).

    Asked of some 46,000 pairs: it stops at the first telling name found, and weighs a name only
    once its words are found in the other sentence (the answer is the same as weighing all)."""
    settings = frozenset() if places else sig.places | other.places
    if _participant_shared(sig, other, pairs, settings):
        return True
    weight = pairs.names.weight
    common = pairs.words.weight if pairs.words.documents > 1 else None
    for a, b in ((sig, other), (other, sig)):
        words = b.words
        for name in chain(a.participants, a.places if places else ()):
            found = _name_words(name) & words
            if (
                name not in settings
                and found
                and weight(name) > TELLING_NAME
                and (common is None or any(common(predicate_key(word)) > TELLING_NAME for word in found))
            ):
                return True
    return False


def _named_alike(sig: Signature, other: Signature, pairs: Merger) -> bool:
    """Whether two reports of one predicate (not a reporting verb, whose shared speaker says many
    things) give one role to a telling participant they both hold (`_participant_shared`): the
    crowd of the kind's other events (`Merger._crowd`) is told apart by who did it or what it
    happened to, so "Oil from the spill reaches Texas" retells "Gulf oil spill reaches Texas"
    however many things "reached" the coast. A name in another role, or in none, is only where
    or when it happened ("visits to Louisiana" by Mr Obama and by Mr Hayward, "trading in New
    York" on two days, a meeting "with President Obama" and one Mr Obama held), and a name that
    holds the predicate's own word is the mention's words read as an event ("Save the Children":
    "save", "children")."""
    if sig.reporting or not (sig.arguments and other.arguments):
        return False
    weight = pairs.names.weight
    common = pairs.words.weight if pairs.words.documents > 1 else None
    mine, roles = _role_words(sig.arguments), _role_words(other.arguments)
    return any(
        _name_words(name) & mine.get(role, frozenset()) & words
        and sig.predicate not in map(predicate_key, _name_words(name))
        and weight(name) > TELLING_NAME
        and (common is None or _telling_words(name, sig, other, common))
        for name in sig.participants & other.participants
        for role, words in roles.items()
    )


def _described_alike(sig: Signature, other: Signature) -> bool:
    """Whether two reports of one predicate (not a reporting verb) tell it of one unnamed person of
    the same sex and the same written age: as a shared name does (`_named_alike`), sex and age
    tell the crowd of the kind's other events apart ("that of a Mexican two-year-old boy who was
    visiting Texas", "a two-year-old Mexican boy who died in the US": one death among a flu
    story's hundreds)."""
    if sig.reporting:
        return False
    return any(
        bool(mine.sex and mine.age) and (mine.sex, mine.age) == (theirs.sex, theirs.age)
        for mine in sig.persons
        for theirs in other.persons
    )


@lru_cache(maxsize=8192)
def _role_words(arguments: tuple[tuple[str, frozenset[str], str], ...]) -> Mapping[str, frozenset[str]]:
    """Each role's words, lower case, as `_name_words` writes a name's ("patient|Texas": "texas"). Read
    only: the cache hands the same mapping to every caller."""
    found: dict[str, frozenset[str]] = {}
    for role, _, text in arguments:
        found[role] = found.get(role, frozenset()) | frozenset(text.lower().split())
    return MappingProxyType(found)


def _participant_shared(
    sig: Signature, other: Signature, pairs: Merger, settings: frozenset[str] = frozenset()
) -> bool:
    """Whether both mentions hold a telling participant (`TELLING_NAME`, `_telling_words`), other
    than the places in `settings`."""
    weight = pairs.names.weight
    common = pairs.words.weight if pairs.words.documents > 1 else None
    return any(
        weight(name) > TELLING_NAME and (common is None or _telling_words(name, sig, other, common))
        for name in (sig.participants & other.participants) - settings
    )


def _telling_words(name: str, sig: Signature, other: Signature, common: Callable[[str], float]) -> bool:
    """Whether a name both mentions hold is telling by the words the sentences write for it: a
    participant may be named by a word most of the collection's articles use, as the story's own
    country ("returned from Mexico" in a flu story: "Mexico" is then one name, "Besides Mexico"
    another, and each of them rare), or by its initials ("UK" for the United Kingdom). A name
    written by none of its words (a pronoun's) keeps its own weight."""
    written = [
        word for word in chain(_name_words(name), _initials(name)) if word in sig.words or word in other.words
    ]
    return not written or any(common(predicate_key(word)) > TELLING_NAME for word in written)


@lru_cache(maxsize=4096)
def _initials(name: str) -> tuple[str, ...]:
    """A name of several words as its initials, lower case ("uk" for "United Kingdom")."""
    words = name.split()
    return ("".join(word[0] for word in words).lower(),) if len(words) > 1 else ()


@lru_cache(maxsize=4096)
def _name_words(name: str) -> frozenset[str]:
    """The telling words of a name, lower case, as `Signature.words` holds them ("barack", "obama")."""
    return frozenset(word for word in content_words(name) if len(word) > 3)


def _apart_from(apart: tuple[bool, bool], sig: Signature, matched: Signature) -> bool:
    """Whether an entry told apart from the mention (`Merger._told_apart`: in its own article, in
    another) is so for the report it matched: a report of its article always, one of another
    article unless the matched report gives one of the mention's roles some of the same words
    (`_role_keys`): then the two tell one participant, and the entry's report of other people is
    the one out of place ("My beautiful son was born ... 11 weeks early" still joins "Her son
    Jack, who was born 11 weeks early")."""
    in_article, across = apart
    if in_article:
        return True
    if not across:
        return False
    mine, theirs = _role_keys(sig.arguments), _role_keys(matched.arguments)
    return not any(words & theirs.get(role, frozenset()) for role, words in mine.items())


def _reports_apart(sig: Signature, other: Signature, pairs: Merger) -> bool:
    """Whether `other` is another sentence with the same word that fills a role with other nouns
    (`_other_arguments`: both fill it; a role one leaves unsaid tells nothing). In another article
    only the doers are compared, nouns (`_other_arguments` of the agents, unless the reports hold a
    telling participant in common, `_participant_shared`: "BP's managing director Bob Dudley will
    replace him" and "replaced by his American colleague, Bob Dudley") or names (`_other_agents`):
    one package of measures restricts gatherings and eateries, one leaflet tells how to prevent
    the spread and how to prevent catching it, but passengers, pupils and police wearing masks are
    three scenes."""
    same_sentence = (sig.document, sig.sentence) == (other.document, other.sentence)
    if not sig.predicate or sig.predicate != other.predicate or same_sentence:
        return False
    sentence = pairs.sentence_similarity(sig, other)
    if sig.document == other.document:
        return _other_arguments(sig, other, pairs, sentence)
    return (
        _other_arguments(sig, other, pairs, sentence, AGENT) and not _participant_shared(sig, other, pairs)
    ) or _other_agents(sig, other, pairs, sentence)


def _stray(sig: Signature, other: Signature, pairs: Merger) -> bool:
    """Whether `other` is a sentence of the mention's own article far from it (`NEAR_CHARS`) that
    shares none of its participants and says little alike: a long page (a live blog, a page of
    explainers) uses one word for different things in different places ("what happens in the
    southern hemisphere", "quarantining whole families as has happened"), so an entry holding such
    a sentence is not the mention's, whatever else of it matches (`Merger._best_match`)."""
    return (
        sig.document == other.document
        and abs(sig.sentence - other.sentence) > NEAR_CHARS
        and not _names_shared(sig, other, pairs)
        and pairs.sentence_similarity(sig, other) < REPORT_THRESHOLD
    )


def _too_broad(sig: Signature, other: Signature, pairs: Merger, sentence: float) -> bool:
    """Whether the kind of event is told on too many days for these two reports to be one happening
    without a telling name in common or sentences alike enough (`Merger.breadth_floor`). The names
    are looked at only below the floor: most kinds are narrow, and most pairs clear it. In reports of
    articles a week or more apart (`BOUND_DAYS`) a place both name is not such a name: it is where
    the kind keeps happening ("infected almost 500 people in Scotland" on 15 June, "not always a mild
    infection" of a death in Scotland on 30 June); an event retold over a few days keeps its place.
    Reports weeks apart need the whole floor however narrow their kind (`_span_floor`)."""
    weeks = _weeks_apart(sig, other)
    if sentence >= max(pairs.breadth_floor(sig.predicate), _span_floor(sig, other, pairs, weeks)):
        return False
    return not _names_shared(sig, other, pairs, places=not weeks)


def _span_floor(sig: Signature, other: Signature, pairs: Merger, weeks: bool) -> float:
    """The breadth floor two reports of articles `weeks` apart (`BOUND_DAYS`) need whatever their
    kind's (`Merger.breadth_floor`): a kind told on few days may be one happening told as it
    unfolds, but not when its two reports are weeks apart; they are the kind told of two moments,
    as a broad kind's are. Suttles's "Everyone is frustrated" (24 May), Mardell's "growing sense of
    frustration" (2 June) and the committee's "growing frustration" at Hayward's hearing (18 June)
    are three; methane "trapped in the water" of the Gulf (24 June) is not the hydrates explainer's
    gases "trapped inside them" (8 July). Only reports each dated by its article's known day
    (`Signature.dating`): one dated by its own words to a day the other's meets retells that
    happening ("publicly rebuked ... last month for \"stonewalling\"", 26 July, is the 17 June
    hearing), and a guessed day keeps nothing apart; nor reports that give a role one noun
    (`_told_of_alike`: the landmark retold for months), or that each name a role's telling noun
    of the other (`_roles_told_across`)."""
    if not weeks or not sig.dating == other.dating == "publication" or _told_of_alike(sig, other):
        return 0.0
    return 0.0 if _roles_told_across(sig, other, pairs) else CROWD_EXEMPT


def _roles_told_across(sig: Signature, other: Signature, pairs: Merger) -> bool:
    """Whether each report's sentence uses a telling noun (`TELLING_NAME`) that the other gives the
    same role (`_role_keys`): one deed's things told from either side. "BP finally managed to
    insert the tube into the leaking pipe" (17 May) and "a pipe with rubber diaphragm inserted into
    the leaking part of the riser pipe" of the "riser insertion tube" (4 June) are one insertion;
    the parse makes "tube" the patient of one and "pipe" of the other. One way only is not enough:
    a story's thing is named in many sentences of other deeds."""
    if pairs.words.documents <= 1:
        return False
    mine, theirs = _role_keys(sig.arguments), _role_keys(other.arguments)
    return any(
        _told_in(keys, other, pairs) and _told_in(theirs[role], sig, pairs)
        for role, keys in mine.items()
        if role in theirs
    )


def _told_in(keys: frozenset[str], sig: Signature, pairs: Merger) -> bool:
    """Whether the report's sentence uses one of a role's nouns that tells (`TELLING_NAME`)."""
    shared = (keys & _stems(sig.words)) - ONE_PERSON
    return any(weight > TELLING_NAME for weight in pairs.words.weights(shared))


def _page_news_retold(sig: Signature, other: Signature) -> bool:
    """Whether two reports of one article, one dated by the page and one by its own words to the
    page's own news (the day the page came out or the day before), tell their word of one thing (a
    role's common noun in common, `roles`): a page tells its news in its lead and again with the
    hour ("The oil has been stopped for the first time since 20 April", then "The flow of oil was
    shut off at 1425 local time (1925 GMT) on Thursday", on a Friday's page). Not background the
    page recalls ("On 13 October, President Zelenskyy stated ...", on a page of 26 October), nor a
    name's word ("Dolphin School ... had also been closed" on Monday night is not "Swine flu has
    closed three other schools")."""
    if not (sig.main and other.main) or {sig.dating, other.dating} != {"text", "publication"}:
        return False
    theirs = {role: keys for role, keys, _ in other.arguments}
    if not any((keys & theirs.get(role, frozenset())) - ONE_PERSON for role, keys, _ in sig.arguments):
        return False
    written = sig if sig.dating == "text" else other
    if written.when is None or written.published is None:
        return False
    return written.published - _NEWS_DAYS <= written.when[0] and written.when[1] <= written.published


_NEWS_DAYS = timedelta(days=1)  # a page's news is of its day or the day before (`_page_news_retold`)


def _only_the_word(sig: Signature, other: Signature, sentence: float) -> bool:
    """Whether two reports in different articles of a verb of saying or a light verb
    (`Signature.reporting`: the word names no happening, the rest of the sentence must) share
    nothing but that word: no other content word (as `predicate_key`s), no participant, place or
    figure. Two short sentences score alike on their one shared word ("We need to have something
    out there," a parish president, and a crowdsourcing expert's "You need the unexpected.": half
    their content words), so no similarity threshold keeps them apart; with nothing else in common
    they are two statements, unless one copies the other (`QUOTE_COPY`)."""
    return (
        sig.reporting
        and sentence < QUOTE_COPY
        and not _other_words_shared(sig, other)
        and sig.participants.isdisjoint(other.participants)
        and sig.places.isdisjoint(other.places)
        and sig.figures.isdisjoint(other.figures)
    )


def _only_in_force(sig: Signature, other: Signature, sentence: float, met: bool = False) -> bool:
    """Whether two reports meet in time only because one is a deed in force (`in_force`: "have
    learned the lessons" may be of any day before its page), while their sentences are not copies
    (`QUOTE_COPY`): read as news of their pages' last days they would not meet. A page retells a
    deed in force in the words it was first told in ("Three cases have been recorded in Wales", 16
    and 30 June); in other words it is as likely another deed of its kind ("The authorities appear
    to have learned the lessons of previous deadly virus outbreaks", 5 May, is not "Many individual
    countries learned painful lessons", 27 April; "The authorities have banned imports of pork and
    pork products", 5 May, is not Russia's ban of 27 April). `met`: the entry of `other` met the
    mention only so (`_met_in_force`), whatever the two reports' own days."""
    return sentence < QUOTE_COPY and (met or not overlaps(sig.news, other.news))


def _other_complements(sig: Signature, other: Signature, sentence: float) -> bool:
    """Whether both words take an infinitive (`complements`: "forced to ask", "forced to inject")
    and the two infinitives are of other kinds, neither one key nor near in meaning (`WORDS_ALIKE`:
    "forced to pay" and "forced to compensate" stay one): the word names no deed of its own, they do.
    Sentences alike (`CROWD_EXEMPT`) or a shared figure ("to make a $20bn down payment", "to set up a
    $20bn fund") tell one deed in two words."""
    first, second = sig.complement, other.complement
    if not first or not second or sentence >= CROWD_EXEMPT or sig.figures & other.figures:
        return False
    return predicate_key(first) != predicate_key(second) and text_similarity(first, second) < WORDS_ALIKE


def _weeks_apart(sig: Signature, other: Signature) -> bool:
    """Whether the two reports' articles were published a week or more apart (`BOUND_DAYS`)."""
    if sig.published is None or other.published is None:
        return False
    return abs((sig.published - other.published).days) >= BOUND_DAYS


def _words_shared(sig: Signature, other: Signature, pairs: Merger) -> bool:
    """Whether the two sentences share telling words besides the predicate's own: words that fewer
    than about half of the collection's articles use (`TELLING_NAME`), as "face masks" or "Alleyn"
    in a flu story, not "virus", "flu" or "spread"; together worth two words in half of the articles
    or one in a quarter of them ("seasonal" alone, in two explainers of "circulating", is not)."""
    shared = _other_words_shared(sig, other)
    weights = [weight for weight in pairs.words.weights(shared) if weight > TELLING_NAME]
    return math.fsum(weights) > 2 * TELLING_NAME  # the same sum in any order the set gives


def _other_words_shared(sig: Signature, other: Signature) -> frozenset[str]:
    """The content words (as `predicate_key`s) two reports' sentences share besides the predicate's own:
    every word of a phrase's, as "pick" of "picked up" ("picked up swine flu while in Texas" is not
    "the chances of picking up the virus are remote")."""
    own = {sig.predicate} | _lemma_stems(sig.lemma) | _lemma_stems(other.lemma)
    return (_stems(sig.words) & _stems(other.words)) - own


@lru_cache(maxsize=4096)
def _lemma_stems(lemma: str) -> frozenset[str]:
    """The keys (`predicate_key`) of each word of a predicate's lemma ("pick up": "pick", "up")."""
    return frozenset(predicate_key(word) for word in lemma.split())


@lru_cache(maxsize=8192)
def _stems(words: frozenset[str]) -> frozenset[str]:
    """A sentence's content words as the keys of their kinds (`predicate_key`): what `words` counts.
    Frozen: the cache hands the same set to every caller."""
    return frozenset(predicate_key(word) for word in words)


def _unsupported(sig: Signature, other: Signature, pairs: Merger, sentence: float) -> bool:
    """Whether two reports in different articles of a recurring kind of event share nothing but its
    word: no telling name or place, no figure, no telling word besides the predicate, and sentences
    not alike (`CROWD_EXEMPT`). A broad word ("study", "slow", "learn", "pick up") told on several days
    names many happenings in a collection ("is being studied by the top laboratories", "studied in
    the same class"); the story's names in both articles do not make two of them one. A kind told
    by articles of a day or two only (the day and the next: "the two pupils are siblings"), or in a
    collection without publication dates (ECB+), keeps its word telling.

    Reports of articles weeks apart (`BOUND_DAYS`) need more: the story's stock sentence recurs for
    weeks ("There are currently 1,752 confirmed cases of swine flu across the UK", 18 June; "nine
    further cases of swine flu were confirmed in the UK", 4 May), so sentences alike in the story's
    common words are not one happening unless one copies the other (`QUOTE_COPY`), and a place both
    name is only where the kind keeps happening (as `_too_broad`). Not when both write the day
    (their times meet, or they are not compared) or give a role one noun (`_told_of_alike`): a
    landmark is retold for months ("since BP's Deepwater Horizon rig exploded on 20 April", "since
    a drilling rig it leased exploded and sank in April"). Nor when either is undated or dated
    against a guessed publication date (`Signature.dating`): a guess keeps nothing apart."""
    weeks = (
        _weeks_apart(sig, other)
        and {sig.dating, other.dating} <= _KNOWN_DAYS
        and not _told_of_alike(sig, other)
    )
    return (
        sentence < (QUOTE_COPY if weeks else CROWD_EXEMPT)
        and (weeks or pairs.published_days(sig.predicate) > RECURRING_DAYS)
        and pairs.words.documents > 1
        and not sig.figures & other.figures
        and not _words_shared(sig, other, pairs)
        and not _names_shared(sig, other, pairs, places=not weeks)
    )


_KNOWN_DAYS = frozenset({"text", "publication"})  # datings of an article whose day is known (`_unsupported`)


def _told_of_alike(sig: Signature, other: Signature) -> bool:
    """Whether two reports both date their word by their own text (`Signature.dating`) or fill a
    role with a noun in common (`_role_keys`: "the Deepwater Horizon rig exploded", "a drilling rig
    ... exploded"): something besides the word and the story's words tells of one happening. Two
    people each told by what they are (`ONE_PERSON`) have no noun in common: "That worker is now
    suing both BP and the rig's owners" (21 June) is not "a Louisiana lawyer who is suing BP" (8
    November)."""
    if sig.dating == other.dating == "text":
        return True
    theirs = _role_keys(other.arguments)
    return any(
        (keys & theirs.get(role, frozenset())) - ONE_PERSON
        for role, keys in _role_keys(sig.arguments).items()
    )


def _restated(sig: Signature, other: Signature, sentence: float) -> bool:
    """Whether two reports in different articles are one speaker's statements of different days: the
    same source, each dated only by its article, articles more than `RECURRING_DAYS` apart (a
    statement is retold the next day), and sentences not alike (`CROWD_EXEMPT`). A speaker repeats
    a view ("Professor John Oxford said that despite the death, the public should not panic" on 15
    June, "people should not panic as the outbreak was milder" on 11 June); a report of one
    statement copies its words."""
    return (
        bool(sig.speaker)
        and sig.speaker == other.speaker
        and sentence < CROWD_EXEMPT
        and sig.dating == other.dating == "publication"
        and sig.published is not None
        and other.published is not None
        and abs((sig.published - other.published).days) > RECURRING_DAYS
    )


def _quoted_apart(sig: Signature, other: Signature, pairs: Merger, sentence: float) -> bool:
    """Whether two people's own words (`Signature.quoted`) in different articles share only a stock
    phrase: a few words in common (`STOCK_WORDS`: "never seen", "we will not rest"; one quotation
    told twice shares more, "a lot of people crying for help, a lot of buildings collapsed"), no
    speaker named in common, no telling name, no figure, and sentences not alike
    (`CROWD_EXEMPT`), or, when the articles share little else (`QUOTE_CONTEXT`: other stories),
    not copies (`QUOTE_COPY`). "We will not rest until justice is done" (Holder, on the inquiries)
    is not Salazar's "we will not rest until the job is done"; a rescued worker's "I've never seen
    nothing like that" is not a scientist's "We've never seen anything like this before"; the
    words shared are the phrase's own, so they do not count (`_words_shared`). Of other stories one
    sentence need only quote: "You can't be too careful," he says (a Mexican, 2 May) is not They say
    "you can't be too careful" (other people, 5 May), whose quotation does not open its sentence."""
    if (
        not (sig.quoted or other.quoted)
        or sentence >= QUOTE_COPY
        or len(sig.words & other.words) > STOCK_WORDS
    ):
        return False  # no one's own words, or one quotation (copied, or sharing a long stretch)
    if _one_speaker(sig, other):
        return False  # one speaker's words: `_restated`
    if pairs.context_similarity(sig, other) >= QUOTE_CONTEXT:
        if not (sig.quoted and other.quoted):
            return False  # one story: a quotation may be told again in the writer's words
        bar = CROWD_EXEMPT
    else:
        bar = QUOTE_COPY
    return sentence < bar and not sig.figures & other.figures and not _names_shared(sig, other, pairs)


def _one_speaker(sig: Signature, other: Signature) -> bool:
    """Whether two reports' speakers share a name's word, or one's speaker is written in the other's
    sentence: Suttles's own words ("we can't guarantee success," Suttles said) are what "BP's chief
    operating officer Doug Suttles told a press conference on Saturday", whose speaker is read as
    his title."""
    mine, theirs = _name_words(sig.speaker), _name_words(other.speaker)
    return bool(mine & theirs or mine & other.words or theirs & sig.words)


def _judged(sig: Signature, other: Signature, pairs: Merger, sentence: float) -> bool:
    """Whether two reports in different articles of a word of judgement (`JUDGEMENTS`: a "record",
    markets "encouraged", "life-threatening") share no telling participant and are not alike
    (`CROWD_EXEMPT`): the word says how something was found, not what happened, so only who or
    what it is said of tells the event ("record numbers of customers" at karaoke clubs, 250
    infections "recorded" in Japan). As `_unsupported`, only for a word the collection's articles
    tell on several days."""
    if (
        sentence >= CROWD_EXEMPT
        or sig.predicate not in JUDGEMENTS
        or pairs.published_days(sig.predicate) <= RECURRING_DAYS
    ):
        return False  # alike, or a judgement told by articles of a day or two (or undated: ECB+)
    return not _participant_shared(sig, other, pairs)


def _other_amounts(sig: Signature, other: Signature) -> bool:
    """Whether two reports of articles of different days give different amounts (`_amounts`): "BP
    has put the costs of dealing with the disaster at over $3.5bn" (17 July) and "... at over
    $3.95bn" (19 July) are two updates, however alike their words; "£10bn ($15bn) was wiped off the
    value of Britain's third-largest company this week" (1 May) and "At its worst BP saw 34% wiped
    off the company's value" (3 June) two losses. One day's reports may convert or round one amount
    differently ("$20bn (£13.6bn)", "£14bn"); a shared amount keeps them together."""
    mine, theirs = _amounts(sig), _amounts(other)
    return bool(mine and theirs and mine.isdisjoint(theirs) and sig.published != other.published)


def _amounts(sig: Signature) -> frozenset[float]:
    """How much a report says was lost, gained or spent: its own amounts of money
    (`Signature.amounts`) and the shares it counts itself (`_own_counts`: "BP saw 34% wiped off",
    not "shares rose more than 6% after it agreed to put $20bn in a fund")."""
    shares = [value for what, value, _ in _own_counts(sig) if what == "%"]
    return sig.amounts.union(shares) if shares else sig.amounts


def _other_counts(sig: Signature, other: Signature) -> bool:
    """Whether two reports of articles of different days count the same things differently
    (`counts_differ`): "41 countries had reported 11,034 cases ... including 85 deaths" (21 May)
    and "73 countries have officially reported 25,288 ... including 139 deaths" (30 June) are two
    of one reporter's tallies, however alike their words; "Mexico has now confirmed 25 fatalities"
    and "... 19 fatalities" two days' counts. As `_other_amounts`: one day's reports may tell one
    count differently (sources disagreeing on one event: a conflict), unless each counts what it
    tells itself (`_same_day_tallies`, through `_tallies_apart`), and counts of other things
    ("killed 11 workers", "5,000 barrels of oil a day") or no count tell nothing apart. The counts
    must be one of the mentions' own (`Signature.figures`, which go to a sentence's first event):
    "Up to 5,000 barrels of oil a day are gushing ... after the rig exploded" and "Some 1,000
    barrels ... since a drilling rig exploded" tell two flows, but one explosion. A bound or a
    guess meets a count near it only in reports of days close together (`BOUND_DAYS`): "killed at
    least 60 people" (25 April) and "killed 80 people" (21 May) are two tallies of a growing toll.
    The counts of what a mention tells (its word, its arguments' nouns) are its own whichever event
    holds the figures (`_tallies_apart`: "including 231 deaths", a week later "including 125 deaths")."""
    return bool(
        (sig.figures or other.figures)
        and sig.counts
        and other.counts
        and _days_apart(sig, other)
        and counts_differ(sig.counts, other.counts, not _weeks_apart(sig, other))
    ) or _tallies_apart(sig, other)


def _tallies_apart(sig: Signature, other: Signature) -> bool:
    """Whether two reports of articles of different days count what they tell differently
    (`_own_counts_differ`, with `_other_counts`'s bounds): "Mexico has now ⟦confirmed⟧ 25
    fatalities" (4 May) is not "Mexico has now confirmed 19 fatalities, but officials ⟦said⟧ ..."
    (3 May), however alike the sentences, nor is "including 125 ⟦deaths⟧" 22 June's "including
    231 deaths". Articles of one day too, when each report counts what it tells itself and the
    two write no number in common (`_same_day_tallies`)."""
    if _days_apart(sig, other):
        return _own_counts_differ(sig, other, not _weeks_apart(sig, other))
    return _same_day_tallies(sig, other)


def _same_day_tallies(sig: Signature, other: Signature) -> bool:
    """Whether two reports in different articles of one day are two tallies of what they tell: each
    counts it itself (`_own_counts`: not a clause's count, "The nationwide campaign ⟦begins⟧ after
    the number of confirmed cases ... has risen to 28", which a version of the page hours earlier
    wrote as 27), the counts differ (`counts_differ`, a bound meeting a count near it) and the
    sentences share no number at all. A day's news updates a count as it goes: "They bring the
    overall totals to 23 in England" and, in the page's later version, "It brings the overall
    totals to 24"; an outbreak that "killed 103 people in Mexico", then "up to 149". Read over
    four stores' entries, such same-day pairs were updates, not two sources disagreeing on one
    count; reports that share one of their numbers ("20 people have died ... 40 other deaths",
    "killed 20 people ... 48 more deaths") tell one statement revised, and stay one."""
    if sig.document == other.document or sig.published is None or sig.published != other.published:
        return False
    mine, theirs = _own_counts(sig), _own_counts(other)
    if not (mine and theirs) or sig.figures & other.figures:
        return False
    numbers = {value for _, value, _ in sig.counts}
    return numbers.isdisjoint(value for _, value, _ in other.counts) and counts_differ(mine, theirs)


def _days_apart(sig: Signature, other: Signature) -> bool:
    """Whether the two reports' articles were published on different days, both known."""
    return sig.published is not None and other.published is not None and sig.published != other.published


def _own_counts(sig: Signature) -> frozenset[Count]:
    """The counts of what the mention tells: its own word ("including 231 ⟦deaths⟧") or a noun of
    its arguments ("⟦confirmed⟧ 25 fatalities"), whichever event of the sentence holds its figures
    (the first: "The total now ⟦stands⟧ at 52,160 ... including 231 deaths"); not the counts of the
    sentence's other clauses ("first ⟦emerged⟧ in Mexico ... and has since spread to 74 countries")."""
    if not sig.counts:
        return frozenset()
    keys = {predicate_key(sig.word)} if sig.word else set()
    keys.update(chain.from_iterable(nouns for _, nouns, _ in sig.arguments))
    return frozenset(count for count in sig.counts if count[0] in keys)


def _own_counts_differ(sig: Signature, other: Signature, bounds: bool = True) -> bool:
    """Whether the counts of what one report tells differ (`counts_differ`, `bounds` as there)
    from the other's (their own, or its sentence's when it has none of its own): "The total now
    stands at 52,160 ... including 231 deaths" and "It reports 21,940 cases in 69 countries
    including 125 deaths" are two tallies, on two pages or on one (a blog reprinting its posts of a
    month)."""
    mine, theirs = _own_counts(sig), _own_counts(other)
    if not (mine or theirs):
        return False
    return counts_differ(mine or sig.counts, theirs or other.counts, bounds)


def _other_persons(sig: Signature, other: Signature, sentence: float) -> bool:
    """Whether two reports in different articles tell one predicate of different unnamed people
    (`persons_differ`: another sex or another age, both written): "They found a two-year-old girl
    alive", "A 14-year-old girl was also found alive" and "a 10-year-old girl and her eight-year-old
    brother were found" are three rescues; "Rescuers have pulled a six-year-old boy free" is not "An
    11-year-old girl has been pulled from the rubble". People told without sex or age ("the man",
    "a Mexican man" and "the 25-year-old man") are not told apart, nor a described person from a
    named one; copies (`QUOTE_COPY`: an age corrected in a copied report) stay one report."""
    return sentence < QUOTE_COPY and persons_differ(list(sig.persons), list(other.persons))


def _one_and_many(sig: Signature, other: Signature) -> bool:
    """Whether one report tells its word of a described person (`Signature.persons`) and counts no
    more than one, and the other, of no described person, counts many of what it tells
    (`_own_counts`): "A 20-year-old Moroccan woman ⟦infected⟧ with swine flu has died in Madrid" is
    not "717 people have been ⟦infected⟧ with the H1N1 virus in Spain", on one page or on two. She is
    one of them; her infection is not their tally. A report that tells both ("has killed up to 159
    people in Mexico and a 23-month-old boy in the United States") is the tally's."""
    return any(
        bool(one.persons) and not many.persons and _counts_many(many) and not _counts_many(one)
        for one, many in ((sig, other), (other, sig))
    )


def _counts_many(sig: Signature) -> bool:
    """Whether a report counts more than one of what it tells (`_own_counts`)."""
    return any(value > 1 for _, value, _ in _own_counts(sig))


def _other_arguments(
    sig: Signature, other: Signature, pairs: Merger, sentence: float, only: str | None = None
) -> bool:
    """Whether two reports of a recurring kind of event (`RECURRING_DAYS`) tell it of different
    unnamed people or things: a role both fill with nouns (`Signature.arguments`) shares none of
    them, and neither sentence writes the other's, while the sentences are not alike
    (`CROWD_EXEMPT`) and share no figure. A broad predicate is told of many in a collection:
    "Local TV footage showed police wearing masks" is not "Medical staff wearing protective
    clothing", "About 300 people at a Hong Kong hotel have been placed under quarantine" not "About
    250 recruits and personnel at an army camp", "All three recently returned from Mexico" not "a
    51-year-old woman who had recently returned from Mexico". One article's reports too: a page
    tells the scene's different people with one word. A role filled by a name is not compared
    (`roles`); a role only one report fills tells nothing ("A lawsuit has already been filed" and
    "Two Louisiana shrimpers have also filed a lawsuit": one patient, one agent unsaid), nor nouns
    alike in meaning (`ROLE_ALIKE`: "welcomes new investors", "We welcome new shareholders").
    `only`: the one role compared."""
    if (
        sentence >= CROWD_EXEMPT
        or not (sig.arguments and other.arguments)
        or sig.figures & other.figures
        or pairs.published_days(sig.predicate) <= RECURRING_DAYS
    ):
        return False
    theirs = {role: (keys, text) for role, keys, text in other.arguments}
    mine_said, theirs_said = _stems(sig.words), _stems(other.words)
    for role, keys, text in sig.arguments:
        their_keys, their_text = theirs.get(role, (frozenset(), ""))
        if (
            only in (None, role)
            and keys
            and their_keys
            and keys.isdisjoint(their_keys)
            and keys.isdisjoint(theirs_said)
            and their_keys.isdisjoint(mine_said)
            and _nouns_alike(text, their_text) < ROLE_ALIKE
        ):
            return True
    return False


def _other_agents(sig: Signature, other: Signature, pairs: Merger, sentence: float) -> bool:
    """Whether two reports of a recurring kind of event (`RECURRING_DAYS`) in different articles tell
    it of two named doers, or done to two named people or things: "Tyrone Benton, who is now suing BP
    and Transocean" (a rig worker, July) and "The US is suing BP and eight other firms" (December)
    are two lawsuits. Neither name is written in the other's sentence. A person told by what they
    are ("That worker is now suing", "a Louisiana lawyer who is suing BP") may be the named one, and
    a common noun ("the company", "officials") may stand for a name, so neither is compared; nor a
    statement's speaker (a reporting verb), alike sentences (`CROWD_EXEMPT`) or a shared figure."""
    if (
        sentence >= CROWD_EXEMPT
        or sig.reporting
        or sig.figures & other.figures
        or pairs.published_days(sig.predicate) <= RECURRING_DAYS
    ):
        return False
    return any(_named_apart(sig, other, role) or _named_apart(other, sig, role) for role in NAMED_ROLES)


def _placed_apart(sig: Signature, other: Signature, pairs: Merger, sentence: float) -> bool:
    """Whether two reports in different articles locate their word in different places, both named
    (`Signature.places`: "17 other people are under investigation in Spain", "Suspected cases are
    being investigated in Brazil, Israel, Australia and New Zealand"), and their sentences are not
    alike (`CROWD_EXEMPT`): one broad word ("investigated", "tested", "checked") told of two
    countries is two happenings. A place within the other is the same place (`_same_place`).
    Two reports told of places only (`_told_of_places`) are compared by them, and are apart however
    alike their stock words, short of a copy (`QUOTE_COPY`): "the number of confirmed cased in Spain
    rose from two to 10", "Canada's confirmed number of cases rose to 140"."""
    of_places = _told_of_places(sig, pairs) and _told_of_places(other, pairs)
    mine, theirs = (sig.participants, other.participants) if of_places else (sig.places, other.places)
    if sentence >= (QUOTE_COPY if of_places else CROWD_EXEMPT) or not mine or not theirs or mine & theirs:
        return False
    return not any(
        _same_place(place, other_place, other, pairs) or _same_place(other_place, place, sig, pairs)
        for place in mine
        for other_place in theirs
    )


def _told_of_places(sig: Signature, pairs: Merger) -> bool:
    """Whether every participant of the report is a place the collection locates things in: what it
    tells happened to that place ("Canada's confirmed number of cases rose", "Spain's cases")."""
    return bool(sig.participants) and all(pairs.places.placed(name) for name in sig.participants)


def _same_place(place: str, other_place: str, other: Signature, pairs: Merger) -> bool:
    """Whether `place` may be `other_place` or lie in it: one's name words hold the other's ("Mexico
    City", "Mexico"), the other report's sentence writes `place` or its people ("in the Mexican state
    of Veracruz"), `place` is written with the other's initials ("UK", "United Kingdom"), or the
    collection writes one within the other (`PlaceIndex.within`: "Galveston, Texas")."""
    if _initials_of(other_place, place):
        return True
    words, others = _name_words(place), _name_words(other_place)
    if others and words and (others <= words or words <= others):
        return True
    if (words and words <= other.words) or _people_of(place, other.words):
        return True
    return pairs.places.within(place, other_place) or pairs.places.within(other_place, place)


def _initials_of(name: str, short: str) -> bool:
    """Whether `short` is written with the initials of the name's capitalised words: "UK" or "U.K."
    for "United Kingdom", "USA" for "United States of America"."""
    words = name.split()
    initials = "".join(word[0] for word in words if word[0].isupper())
    return len(words) > 1 and short.isupper() and short.replace(".", "") == initials


def _people_of(place: str, words: frozenset[str]) -> bool:
    """Whether the words name the place's people ("mexican" for Mexico, "scottish" for Scotland): a
    word that begins as the one-word name does and ends as the names of peoples do."""
    name = place.lower()
    if " " in name or len(name) < 4:
        return False
    return any(word.startswith(name[:4]) and word.endswith(_PEOPLES) and word != name for word in words)


def _named_apart(sig: Signature, other: Signature, role: str) -> bool:
    """Whether `sig`'s `role` is a name that `other` neither gives that role nor writes, while
    `other`'s is another name, which `sig` does not write (`_other_agents`). A patient must be one
    of its report's participants: "The Libyan ... was freed" (a people's name for one man) is no
    name. A doer need not: one lent by a copula ("Ghana is the latest country to ban pork imports")
    is not among its word's participants."""
    mine, theirs = _role_name(sig.arguments, role), _role_name(other.arguments, role)
    if not mine or not theirs or ONE_PERSON in (mine, theirs):
        return False
    if role == PATIENT and not (_a_participant(mine, sig) and _a_participant(theirs, other)):
        return False
    return (
        mine.isdisjoint(theirs)
        and mine.isdisjoint(_stems(other.words))
        and theirs.isdisjoint(_stems(sig.words))
    )


def _a_participant(name: frozenset[str], sig: Signature) -> bool:
    """Whether a role's name (`_role_name`) writes a word of one of the report's participants, the
    names the actor registry gave it."""
    return any(name & _name_keys(participant) for participant in sig.participants)


@lru_cache(maxsize=8192)
def _name_keys(name: str) -> frozenset[str]:
    """A participant's words as `_role_name` keys them."""
    return frozenset(predicate_key(word.lower()) for word in name.split())


@lru_cache(maxsize=8192)
def _role_name(arguments: tuple[tuple[str, frozenset[str], str], ...], wanted: str) -> frozenset[str] | None:
    """The role's words as keys when it is a name (capitals: "Benton Tyrone", "US"; with its
    initials, "us" for "United States"), `ONE_PERSON` when it is a described person, else None
    (no such role, or a common noun)."""
    for role, keys, text in arguments:
        if role != wanted:
            continue
        if keys == ONE_PERSON:
            return keys
        if keys:
            return None
        names = [word for word in text.split() if word[:1].isupper() and word.lower() not in TITLE_WORDS]
        words = frozenset(predicate_key(word.lower()) for word in names)
        return words | frozenset(_initials(" ".join(names))) if len(names) > 1 else words
    return None


@lru_cache(maxsize=8192)
def _nouns_alike(first: str, second: str) -> float:
    """How alike two roles' nouns are in meaning (`embedding`): other words for one participant
    ("investors", "shareholders"; "threat", "risk"; "results", "research") are alike, other people
    ("police", "staff") are not."""
    return text_similarity(first, second)


def _another_also(sig: Signature, other: Signature) -> bool:
    """Whether the later of two reports in one article tells its word after "also" (`told_also`):
    the article has told one of the kind and now tells another ("A lawsuit has already been filed
    against BP and Transocean on behalf of the 11 missing rig workers. Two Louisiana shrimpers have
    also filed a lawsuit"). Across articles "also" says nothing of the other article's report, nor in
    someone's own words (`Signature.quoted`), which list the speaker's points: "That estimate is
    also based on our belief that we are not grossly negligent" is what the article told before
    ("BP's chairman said the costs estimate was based on the company's belief ...")."""
    later, earlier = (sig, other) if sig.sentence > other.sentence else (other, sig)
    return (
        sig.sentence != other.sentence
        and later.also
        and not later.quoted
        and not _same_roles(later.arguments, earlier.arguments)
    )


def _same_roles(
    first: tuple[tuple[str, frozenset[str], str], ...], second: tuple[tuple[str, frozenset[str], str], ...]
) -> bool:
    """Whether two reports name the same agent doing the act to the same patient (`Signature.arguments`:
    the agents' words meet, one patient's words are all among the other's): "also" then adds the act
    to what the article told before, it tells no other of the kind. "Thad Allen defended the use of
    chemical dispersants", then "Mr Allen also defended the use of chemical dispersants ..." (after
    his other points) is one act. An agent unnamed may be another ("He also reviewed Conrad Murray's
    account": the second witness), and another patient is another act: "Two Louisiana shrimpers have
    also filed a lawsuit" after a lawsuit filed "on behalf of the 11 missing rig workers" (no agent
    said), "Mark also visits the eye clinic" after "the specialist diabetic foot clinic"."""
    mine, theirs = _role_keys(first), _role_keys(second)
    patients = mine.get(PATIENT, frozenset()), theirs.get(PATIENT, frozenset())
    return (
        bool(mine.get(AGENT, frozenset()) & theirs.get(AGENT, frozenset()))
        and bool(patients[0] and patients[1])
        and (patients[0] <= patients[1] or patients[1] <= patients[0])
    )


@lru_cache(maxsize=8192)
def _role_keys(arguments: tuple[tuple[str, frozenset[str], str], ...]) -> Mapping[str, frozenset[str]]:
    """Each role's nouns as keys (`roles`: "timing" and "timing event" meet), or a name's telling
    words, without its title ("Allen Mr": "allen"). Read only, as `_role_words`'s."""
    found: dict[str, frozenset[str]] = {}
    for role, keys, text in arguments:
        words = keys or frozenset(map(predicate_key, _name_words(text)))
        found[role] = found.get(role, frozenset()) | words
    return MappingProxyType(found)


def _other_years(sig: Signature, other: Signature, sentence: float) -> bool:
    """Whether one of two reports in different articles is dated by its own words to a past year
    (`_own_past_year`) that the other's sentence does not write, while the other is dated only by
    its article, whose "on or before" date meets any past day: "still struggling to recover from
    devastating hurricanes in 2008" is not the struggle with "last week's earthquake", nor "The
    World Health Organization last declared a pandemic 41 years ago" the pandemic that "would
    have been declared" by moving to phase 6. Sentences alike (`CROWD_EXEMPT`) may tell one report
    without its year ("won a talent contest" is the win "in 1967"), but not when the other writes
    years of its own, none of them that one ("The last pandemic was in 1968 and killed around a
    million people" is not "A pandemic similar to that of 1918-19, which killed at least 50 million
    people"). Copies (`QUOTE_COPY`) or a shared figure tell one report. Undated articles (ECB+) are
    not compared."""
    if sentence >= QUOTE_COPY or sig.figures & other.figures:
        return False
    return any(
        (year := _own_past_year(a)) is not None
        and b.dating == "publication"
        and year not in b.years
        and (sentence < CROWD_EXEMPT or bool(b.years))
        for a, b in ((sig, other), (other, sig))
    )


def _own_past_year(sig: Signature) -> int | None:
    """The one year, before its article's, that a report is dated to by its own words, written in
    its sentence as a year (`Signature.years`: "in 1968", "41 years ago", not a live blog's
    "1609"); None otherwise."""
    if sig.dating != "text" or sig.when is None or sig.published is None:
        return None
    year = sig.when[0].year
    if year == sig.when[1].year < sig.published.year and year in sig.years:
        return year
    return None


def _paraphrase_bar(sig: Signature, other: Signature) -> float:
    """The sentence similarity two mentions of different predicates (or none) need: a sentence of
    fewer than `WORDS_MET` telling words must be a copy (`QUOTE_COPY`: "NEW CAP FOR LEAKING OIL
    WELL" on every page of a day), as one such word is all it shares with a stranger ("It is so
    upsetting", "It was very upsetting": two people)."""
    if len(sig.word_keys) < WORDS_MET or len(other.word_keys) < WORDS_MET:
        return QUOTE_COPY
    return PARAPHRASE_THRESHOLD


def _other_words_bar(sig: Signature, other: Signature) -> float:
    """The sentence similarity two main mentions of different predicates need: a paraphrase's
    (`_paraphrase_bar`), or less when both set one scale to one level (`scale_levels`)."""
    return LEVEL_BAR if one_level_set(sig, other) else _paraphrase_bar(sig, other)


def _clause_lent(sig: Signature, other: Signature, sentence: float) -> bool:
    """Whether two mentions of different predicates are alike only through a clause one of them holds
    that tells the other's event in its word (`Signature.word` heading a subordinate clause that the
    mention's word governs, `Signature.clauses`): "The nationwide campaign begins after the number of
    confirmed cases ... has risen to 28" is not a paraphrase of "the number of confirmed cases ... has
    risen to 27": the campaign's sentence tells the tally too, in its own mention, and the campaign is
    another event. A light verb's object or a coordinated verb is no clause: "Police carried out an
    extensive interview" is the interview, "acted with gross negligence and gave Jackson a lethal dose"
    the giving. Copies (`QUOTE_COPY`) stay one report, and a mention
    with no predicate stands for its whole sentence: "UK swine flu highest in Europe The UK has the
    highest number of confirmed swine flu cases in Europe" is the news of "141 cases ... have been
    confirmed ..., making the UK home to the highest number of confirmed cases in Europe"."""
    if sentence >= QUOTE_COPY or not (sig.predicate and other.predicate):
        return False
    return bool(other.word and other.word in sig.clauses) or bool(sig.word and sig.word in other.clauses)


def _margin(sig: Signature, other: Signature, pairs: Merger, crowd: float = 0.0) -> float:
    """How far the evidence that two mentions tell one event clears its threshold (< 0: it does not)."""
    penalty = MODALITY_PENALTY if sig.modality != other.modality else 0.0  # "likely to send" / "sent"
    if sig.document == other.document and sig.sentence == other.sentence:
        return -1.0  # one sentence tells different events
    if sig.predicate != other.predicate or not sig.predicate:  # no predicate: only the sentence tells
        if (
            sig.main
            and other.main
            and (sentence := pairs.sentence_similarity(sig, other)) >= (bar := _other_words_bar(sig, other))
            and not _clause_lent(sig, other, sentence)
            and not _tallies_apart(sig, other)
            and not outcome_of_procedure(sig, other)  # "started the static kill", "the kill has worked"
        ):
            return sentence - bar - penalty  # not another day's tally in other words: 19, then 25
        return -1.0
    if words_apart(sig.lemma, other.lemma):
        return -1.0  # one stem, two words: "is designed for" and "Designation of this phase"
    apart = bool(sig.participants and other.participants and not sig.participants & other.participants)
    if sig.document == other.document:  # one article tells one event again with the same word
        if apart or penalty or not overlaps(sig.in_article, other.in_article):
            return -1.0
        told_again = _page_news_retold(sig, other)
        if {sig.dating, other.dating} == {"text", "publication"} and not told_again:
            return -1.0  # "On 13 October ... called" is background to the news the article dates
        if sig.reporting and pairs.sentence_similarity(sig, other) < REPORT_THRESHOLD:
            return -1.0  # "said" or "made" twice in one article: two statements unless they say alike
        if _stray(sig, other, pairs):
            return -1.0  # far apart in a long page (a live blog, an explainer): one word, two topics
        alike = pairs.sentence_similarity(sig, other)
        if not told_again and _too_broad(sig, other, pairs, alike):
            return -1.0  # "pupils fell ill" and "a fall in the number of new cases"
        if _other_arguments(sig, other, pairs, alike):
            return -1.0  # one page's different people: "police wearing masks", "Medical staff wearing"
        if _one_and_many(sig, other):
            return -1.0  # "A 20-year-old Moroccan woman infected", "717 people have been infected"
        if _another_also(sig, other):
            return -1.0  # "A lawsuit has already been filed ...", then "shrimpers have also filed a lawsuit"
        if _own_counts_differ(sig, other):
            return -1.0  # one page's two tallies of its word: "including 231 deaths", "including 125 deaths"
        return SAME_DOCUMENT_MARGIN
    sentence = pairs.sentence_similarity(sig, other)
    if sentence < (REPORT_THRESHOLD if sig.reporting else SENTENCE_FLOOR):
        return -1.0  # another article: the sentences must share something ("announced": what was said)
    if _only_the_word(sig, other, sentence):
        return -1.0  # "We need to have something out there" and "You need the unexpected"
    if _too_broad(sig, other, pairs, sentence):
        return -1.0  # a recurring kind of event: two articles' names alone do not make it one
    if _only_in_force(sig, other, sentence):
        return -1.0  # "The authorities appear to have learned the lessons" is not last week's lessons
    if _other_complements(sig, other, sentence):
        return -1.0  # "was forced to ask the Treasury" is not "are forced to inject $300billion"
    # below the breadth floor the reports share a telling name by now (`_too_broad`), so they are
    # supported: `_unsupported` would weigh their words and names again for nothing
    if sentence >= pairs.breadth_floor(sig.predicate) and _unsupported(sig, other, pairs, sentence):
        return -1.0  # only the word is shared: "studied by the top laboratories", "studied in one class"
    if parted(sig, other, pairs, sentence):
        return -1.0  # other people, doers, places, counts, amounts, years; a speaker's other statement
    # a speaker says many things ("said", "wants"): who said it does not make two statements one,
    # and the name and the verb make up part of the sentences' likeness ("Nicola Sturgeon said")
    participants = 0.0 if sig.reporting else jaccard(sig.participants, other.participants)  # type: ignore[arg-type]
    elsewhere = bool(sig.places and other.places and not sig.places & other.places)
    score = (
        CONTEXT_WEIGHT * pairs.context_similarity(sig, other) ** CONTEXT_POWER
        + SENTENCE_WEIGHT * sentence
        + PARTICIPANT_WEIGHT * participants
    )
    if elsewhere or apart:
        score -= APART_PENALTY
    exempt = CROWD_EXEMPT + (REPORT_THRESHOLD if sig.reporting else 0.0)
    if sentence < exempt and not (_named_alike(sig, other, pairs) or _described_alike(sig, other)):
        score -= crowd  # a common kind of event: the shared context alone tells little (`Merger._crowd`)
    return score - CROSS_DOCUMENT_THRESHOLD - penalty


def parted(sig: Signature, other: Signature, pairs: Merger, sentence: float) -> bool:
    """Whether a rule that parts two articles' reports of one kind of event, however alike their
    sentences (`sentence`), parts these two. Public so that a study of pairs
    (`evaluation/pair_model.py`) asks the merge's own rules, not a copy that drifts from them."""
    return (
        _restated(sig, other, sentence)  # one speaker's statements of two days: "should not panic"
        or (sentence < QUOTE_COPY and said_ahead(sig, other))  # "said BP would test ... on Tuesday", later
        or (sentence < CROWD_EXEMPT + REPORT_THRESHOLD and other_sayings(sig, other))  # "has said", next day
        or _other_amounts(sig, other)  # two days' amounts: costs "over $3.5bn", then "over $3.95bn"
        or _other_counts(sig, other)  # one reporter's tallies of two days: 11,034 cases, then 25,288
        or _other_persons(sig, other, sentence)  # "a two-year-old girl", "a 14-year-old girl"
        or _one_and_many(sig, other)  # "A 20-year-old Moroccan woman infected", "717 people"
        or (sentence < QUOTE_COPY and person_and_group(sig, other))  # "a young man returned", "The patients"
        or _other_arguments(sig, other, pairs, sentence)  # "police wearing masks", "staff wearing"
        or _other_agents(sig, other, pairs, sentence)  # "Tyrone Benton ... is suing BP", "The US is suing BP"
        or _placed_apart(sig, other, pairs, sentence)  # "under investigation in Spain", "in Brazil, Israel"
        or _quoted_apart(sig, other, pairs, sentence)  # a stock phrase in two people's words: "never seen"
        or _judged(sig, other, pairs, sentence)  # judgements of different things: "record numbers"
        or _other_years(sig, other, sentence)  # history: "the last pandemic was in 1968"
        or _added_apart(sig, other, pairs, sentence)  # "Two other people are being tested", days later
    )


def _added_apart(sig: Signature, other: Signature, pairs: Merger, sentence: float) -> bool:
    """Whether a report tells a role's noun as a counted addition (`Signature.added`: "Two other
    people are being tested", "A third school in London has closed") that the other article's does
    not tell in the same words ("a second night" in the open, twice, is one night), and the two
    share neither close words (`PARAPHRASE_THRESHOLD`), a figure nor a telling name
    (`_names_shared`, places aside: "London" is every school's): "other" and "third" count from
    what its own article told before, which another article's report in other words is not
    ("some" people tested in the East Midlands; "three other schools" closed a day earlier). A
    report retold keeps its words or its figure ("Another nine UK cases", "nine further cases";
    "13 million more courses"). Only of reports dated by a known day (`_KNOWN_DAYS`), as
    `_unsupported`: a guessed publication date (ECB+'s) keeps nothing apart, and "another" there
    tells an article's one happening's place in a series."""
    return (
        sig.added != other.added
        and sentence < PARAPHRASE_THRESHOLD
        and {sig.dating, other.dating} <= _KNOWN_DAYS
        and _figures(sig).isdisjoint(_figures(other))
        and not _names_shared(sig, other, pairs, places=False)
    )


def _figures(sig: Signature) -> frozenset[float]:
    """The figures a report's sentence gives, those read as counts too ("13 million more courses")."""
    return sig.figures | {value for _, value, _ in sig.counts}
