"""Claims one source makes and another doubts: stance conflicts and revisions.

Within one entry (one event reported by several articles), a report whose source could not
confirm, denied or doubted the event is set against a report by another source that asserts it: the
report must carry what is doubted (its predicates and most of its words), since an entry may
also hold reports of other things; this reads each report's own attribution
(`Mention.attribution`). Across entries, a doubting entry
is set against the entries that assert the same claim: they must carry most of its words,
weighted by rarity, and all its predicates, and be by another source. A doubt can only
dispute what was said before it or about the same time: a claim made more than a day later is
a revision ("could not confirm" on 19 October, reported on 23 October), and so is a confirmation
made the next day ("could not confirm" on 13 January, "has been confirmed dead" on 14 January). A
doubt that matches many unlike claims names no one claim it disputes and is left out; a claim must
carry the doubt's most telling word ("eclipsed"), not only the names around it.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import replace
from datetime import date

from spacy.lang.en.stop_words import STOP_WORDS

from storyline.analyse.reporting import stance_of_form
from storyline.analyse.timex.lexicon import MONTH_NAMES
from storyline.extract import figure_kinds
from storyline.extract.figure_context import class_of_word
from storyline.merge.conflict_sides import (
    conflict_id,
    entry_side,
    first_mention,
    report_of,
    shortened,
    source_of,
    who,
)
from storyline.merge.figure_series import claim_date
from storyline.model import Attribution, Conflict, ConflictSide, Entry, Mention, Stance

PROPOSITION_COVERED = 0.6  # share of a doubted claim's words an asserting entry must carry
MIN_PROPOSITION = 4  # fewer words ("dismissed those comments") do not say what is doubted
MAX_DISPUTED = 5  # a doubt matching more asserting entries than this is too vague to pair
_PREDICATE = "predicate:"  # a doubted claim must say what happened, in a class the lexicon knows
_DENYING = frozenset({Stance.DENIED, Stance.DOUBTED})  # what a denial or a dispute's own word carries
_DOUBTING = _DENYING | {Stance.COULD_NOT_CONFIRM}
_HEDGED = frozenset({Stance.LIKELY, Stance.EXPECTED, Stance.INTENDS})
_UNSURE = _DOUBTING | _HEDGED
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_CONFIRMED = re.compile(r"\b(?:has|have|had|was|were|been|is|are) (?:now |since |also )?confirmed\b", re.I)
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
# "declined to confirm ..., but she did not dispute it": a doubt its source says it does not dispute
_UNDISPUTED = re.compile(
    r"\b(?:did|does|do|would|will|could)(?: not|n[’']t)(?: \w+ly)? (?:dispute|deny|contest|challenge|"
    r"contradict|reject|question)\b",
    re.IGNORECASE,
)
_CLAIM_WORDS = frozenset(
    {"report", "reports", "reported", "claim", "claims", "claimed", "confirm", "confirmed", "deny", "denied",
     "denies", "state", "stated", "said", "says", "say", "told", "could", "unable", "allegation",
     "allegations", "information", "evidence", "verify", "secretary", "minister", "spokesman", "official",
     "officials", "decline", "declined", "declines", "refuse", "refused", "refuses", "dispute", "disputed",
     "disputes", "comment"}
)  # fmt: skip
_IGNORED = STOP_WORDS | _CLAIM_WORDS | set(MONTH_NAMES)
_BELIEVING = frozenset(
    {"believe", "believes", "believed", "think", "thinks", "fear", "fears", "suspect", "suspects"}
)
_MANY = frozenset({"many", "some", "most", "few"})  # "what many believe", "Many scientists believe"
_EXPECTING = frozenset({"could", "may", "might", "will", "would", "can", "shall", "should", "to"})


def stance_conflicts(entries: list[Entry]) -> Iterator[Conflict]:
    """Doubts against claims within each entry, then across entries (the same two reports once)."""
    seen: set[tuple[str, int, str, int]] = set()
    for conflict in [*_within_entries(entries), *_stance_conflicts(entries, {e.id: e for e in entries})]:
        if _reports(conflict) not in seen:  # one doubt told by two entries is one dispute
            seen.add(_reports(conflict))
            yield conflict


def _reports(conflict: Conflict) -> tuple[str, int, str, int]:
    return (conflict.first.document, conflict.first.start, conflict.second.document, conflict.second.start)


def _within_entries(entries: list[Entry]) -> Iterator[Conflict]:
    """Reports of one event whose sources take opposite stances: one asserts it, another could not
    confirm or denied it. Needs the reports' own attributions (`Mention.attribution`)."""
    frequency = Counter(word for entry in entries for word in _words_of(entry.summary))
    for entry in entries:
        attributed = [m for m in entry.mentions if m.attribution is not None]
        doubts = [
            m
            for m in attributed
            if m.attribution and m.attribution.stance in _DOUBTING and not _undisputed(m)
        ]
        claims = [m for m in entry.mentions if _claims(m)]
        for doubt in doubts:
            doubted = _doubted_words(doubt)
            if len(doubted) < MIN_PROPOSITION:
                continue
            telling = _rarest_shared(doubted, frequency)
            for claim in claims:
                if claim.document == doubt.document or _mention_source(claim) == _mention_source(doubt):
                    continue
                believed = _only_believed(claim.text, telling)  # "Many scientists believe the spill has ..."
                if _carries(claim, doubted) and telling <= _words_of(claim.text) and not believed:
                    yield _mention_conflict(entry, doubt, claim)


def _doubted_words(doubt: Mention) -> frozenset[str]:
    """The words of what a report doubts ("that the BP spill has eclipsed the Exxon Valdez"), without
    its source's name: an entry may hold reports of other things, so each claim must carry them."""
    text = _doubted(doubt.text, doubt.attribution) or doubt.text
    attribution = doubt.attribution
    for name in [attribution.source, *attribution.source.split()[-1:]] if attribution else []:
        text = text.replace(name, " ")
    return _words_of(text)


def _rarest_shared(doubted: frozenset[str], frequency: Counter[str]) -> set[str]:
    """The doubted claim's rarest plain word that another entry also says ("eclipsed", not "Valdez")."""
    shared = {word: frequency[word] for word in doubted if ":" not in word and frequency[word] > 1}
    return {min(shared, key=lambda word: (shared[word], word))} if shared else set()


def _carries(claim: Mention, doubted: frozenset[str]) -> bool:
    """Whether a report asserts what is doubted: all its predicates and most of its words ("the spill
    had eclipsed the 1989 Exxon Valdez disaster" against "the BP spill has eclipsed the Exxon Valdez")."""
    words = _words_of(claim.text)
    predicates = {word for word in doubted if word.startswith(_PREDICATE)}
    return predicates <= words and len(doubted & words) >= PROPOSITION_COVERED * len(doubted)


def _words_of(text: str) -> frozenset[str]:
    return frozenset(_normal(word) for word in _WORD.findall(text) if word.lower() not in _IGNORED)


def _mention_source(mention: Mention) -> str | None:
    return mention.attribution.source if mention.attribution else None


def _mention_conflict(entry: Entry, doubt: Mention, claim: Mention) -> Conflict:
    first, second = _mention_side(entry, doubt), _mention_side(entry, claim)
    days = _days_between(first.date, second.date) if first.date and second.date else 0
    later = days > 1 or (days >= 1 and _confirms(claim.attribution, claim.text))
    kind = "revision" if later else "stance"
    what = _doubted(" ".join(doubt.text.split()), doubt.attribution) or f" that {shortened(entry.summary)}"
    claimant = who(second.source or f"the report in {claim.path.rsplit('/', 1)[-1]}")
    description = (
        f"revision: {who(first.source)} {first.stance} on {first.date}{what}; {claimant} "
        f"{second.stance or 'states'} it later, on {second.date}"
        if later
        else f"{who(first.source)} {first.stance} ({first.date}){what}, which {claimant} "
        f"{second.stance or 'states'} ({second.date})"
    )
    return Conflict(
        id=conflict_id(kind, entry.id, doubt.document, str(doubt.start), claim.document, str(claim.start)),
        kind=kind,
        description=description,
        first=first,
        second=second,
    )


def _mention_side(entry: Entry, mention: Mention) -> ConflictSide:
    attribution = mention.attribution
    return ConflictSide(
        entry_id=entry.id,
        source=attribution.source if attribution else None,
        stance=attribution.stance if attribution else None,
        date=mention.publication_date.isoformat() if mention.publication_date else None,
        text=mention.text,
        document=mention.document,
        path=mention.path,
        start=mention.start,
        end=mention.end,
    )


def _days_between(first: str, second: str) -> int:
    if not (_DAY.match(first[:10]) and _DAY.match(second[:10])):
        return 0
    return (date.fromisoformat(second[:10]) - date.fromisoformat(first[:10])).days


def _stance_conflicts(entries: list[Entry], by_id: dict[str, Entry]) -> Iterator[Conflict]:
    doubting = [
        e
        for e in entries
        if e.attribution and e.attribution.stance in _DOUBTING and _own_doubt(e) and not _undisputed(e)
    ]
    if not doubting:
        return
    index: dict[str, list[str]] = defaultdict(list)
    words: dict[str, frozenset[str]] = {}
    summaries: dict[str, str] = {}
    for entry in entries:
        if _asserts(entry):
            words[entry.id] = claim_words(entry)
            summaries[entry.id] = entry.summary
            for word in words[entry.id]:
                index[word].append(entry.id)
    for doubt in doubting:
        proposition = claim_words(doubt)
        if len(proposition) < MIN_PROPOSITION or not any(w.startswith(_PREDICATE) for w in proposition):
            continue
        if _vague_doubt(doubt):
            continue
        asserting, telling = _asserting(proposition, index, words, summaries)
        others = [by_id[i] for i in asserting if source_of(by_id[i]) != source_of(doubt)]
        if len({" ".join(other.summary.split()) for other in others}) > MAX_DISPUTED:
            continue  # a doubt that many unlike claims carry names no one claim it disputes (one
            # sentence told by two entries, through two of its events, is one claim)
        for other in others:
            if _documents(other) <= _documents(doubt):
                continue  # a report does not dispute itself
            claim = _claiming(other, telling, source_of(doubt))
            if claim is None:
                continue  # no report of the entry asserts the doubted words ("what many believe ...")
            side = _claim_side(other, claim)
            yield (
                _revision(doubt, other, side)
                if _later(claim, side.date, doubt)
                else _stance_conflict(doubt, other, side)
            )


def _vague_doubt(doubt: Entry) -> bool:
    """ "..., but scientists and the government have questioned that figure": a doubt that names what it
    doubts only by pointing at it ("that figure", "those reports") disputes the claim pointed at, not
    whatever else the sentence's words match; the entry's other words are another source's."""
    attribution = doubt.attribution
    if attribution is None or attribution.stance != Stance.DOUBTED:
        return False
    return len(_words_of(_what(doubt))) < MIN_PROPOSITION


def _claiming(entry: Entry, telling: set[str], doubter: str | None) -> Mention | None:
    """The entry's report that asserts the doubted claim: one that carries the telling word as a fact,
    not as what may come or what "many believe" (the entry's summary may come from another report),
    else the report the summary comes from (the telling word may be an actor's other name)."""
    reports = [m for m in entry.mentions if _claims(m) and (doubter is None or _mention_source(m) != doubter)]
    carrying = [m for m in reports if telling <= _words_of(m.text)]
    for mention in carrying:
        if not _only_expected(mention.text, telling) and not _only_believed(mention.text, telling):
            return mention
    if carrying:
        return None  # every report that says it narrates a belief or a guess
    leads = [m for m in reports if entry.summary in (m.sentence or m.text)]
    return leads[0] if leads else None


def _claim_side(entry: Entry, claim: Mention) -> ConflictSide:
    """The side a claim shows: the asserting report's own words, source and date (not the source an
    entry's lead report lends it)."""
    return replace(_mention_side(entry, claim), date=claim_date(entry, claim))


def _only_believed(sentence: str, telling: set[str]) -> bool:
    """Whether the sentence has the doubted claim's telling word only after a belief it narrates of an
    unnamed many ("what many believe is already the worst U.S. oil spill, eclipsing ...", "Many
    scientists believe the Gulf spill has already eclipsed ..."): no one asserts it."""
    words = [word.lower() for word in _WORD.findall(sentence)]
    beliefs = [
        i for i, word in enumerate(words) if word in _BELIEVING and _MANY & set(words[max(0, i - 2) : i])
    ]
    found = [i for i, word in enumerate(words) if word not in _IGNORED and _normal(word) in telling]
    return bool(found and beliefs) and all(beliefs[0] < i for i in found)


def _undisputed(doubt: Entry | Mention) -> bool:
    """Whether the doubting sentence also says its source does not dispute the claim ("McNutt declined
    to confirm that the BP spill has eclipsed the Exxon Valdez, but she did not dispute it"): withholding
    a confirmation while not disputing is no disagreement."""
    if isinstance(doubt, Mention):
        return bool(_UNDISPUTED.search(doubt.sentence or doubt.text))
    own = [m for m in doubt.mentions if m.attribution == doubt.attribution]
    own = own or [m for m in doubt.mentions if doubt.summary in (m.sentence or m.text)]
    return any(_UNDISPUTED.search(m.sentence or m.text) for m in own)


def _own_doubt(entry: Entry) -> bool:
    """Whether the doubt is said by the report the entry's summary comes from, not lent to the entry by
    another report merged into it ("Exxon denied" on "The field's production has declined ...")."""
    leads = [m for m in entry.mentions if entry.summary in (m.sentence or m.text)]
    lenders = [m for m in entry.mentions if m.attribution is not None and m.attribution == entry.attribution]
    return not lenders or any(m.attribution == entry.attribution for m in leads)


def _documents(entry: Entry) -> set[str]:
    return {m.document for m in entry.mentions}


def _later(claim: Mention, said: str | None, doubt: Entry) -> bool:
    """Whether the claim (said on `said`) was made after the doubt (more than a day later): a doubt can
    only dispute what was said before it or about the same time."""
    doubted = claim_date(doubt, first_mention(doubt))
    if not said or not doubted or not _DAY.match(said[:10]) or not _DAY.match(doubted[:10]):
        return False
    days = (date.fromisoformat(said[:10]) - date.fromisoformat(doubted[:10])).days
    return days > 1 or (days >= 1 and _confirms(claim.attribution, claim.text))


def _confirms(attribution: Attribution | None, text: str) -> bool:
    """Whether a claim says the doubted thing has since been confirmed ("Hedi Annabi has been confirmed
    dead", the day after the UN could not confirm it): an answer to the doubt, not a dispute of it."""
    confirmed = attribution is not None and attribution.stance == Stance.CONFIRMED
    return confirmed or bool(_CONFIRMED.search(text))


def _revision(doubt: Entry, later: Entry, second: ConflictSide) -> Conflict:
    first = entry_side(doubt)
    description = (
        f"revision: {who(first.source)} {first.stance} on {first.date}{_what(doubt)}; "
        f"{who(second.source or report_of(later))} {second.stance or 'states'} it later, on {second.date}"
    )
    return Conflict(
        id=conflict_id("revision", doubt.id, later.id),
        kind="revision",
        description=description,
        first=first,
        second=second,
    )


def _what(doubt: Entry) -> str:
    return _doubted(doubt.summary, doubt.attribution)


def _doubted(sentence: str, attribution: Attribution | None) -> str:
    """ " that North Korea had sent troops to Russia": the doubted claim, as written after the cue."""
    cue = attribution.cue if attribution else ""
    at = sentence.lower().find(cue.lower()) if cue else -1
    if at < 0:
        return ""
    rest = sentence[at + len(cue) :].strip(" ,.")
    for lead in ("reports that ", "reports of ", "that "):
        if rest.lower().startswith(lead):
            rest = rest[len(lead) :]
            break
    return f" that {shortened(rest)}" if rest else ""


def _claims(mention: Mention) -> bool:
    """Whether a report asserts its event: not a doubt or a guess, not what may happen ("could
    eclipse", "threatens to eclipse") against a doubt that it has, nor a denial whose source went
    unparsed ("The doctor is accused of ... but denies involuntary manslaughter": its event is the
    denial, told again, no claim against the first)."""
    unsure = mention.attribution is not None and mention.attribution.stance in _UNSURE
    return not unsure and mention.modality == "actual" and not _tells_a_denial(mention)


def _tells_a_denial(mention: Mention) -> bool:
    """Whether the report's own event word denies or disputes ("denies", "rejected", "disputed"),
    as the reporting lexicon knows them (`stance_of_form`)."""
    if mention.event_start is None or mention.event_end is None:
        return False
    word = mention.text[mention.event_start - mention.start : mention.event_end - mention.start]
    return stance_of_form(word.lower()) in _DENYING


def _asserts(entry: Entry) -> bool:
    attribution = entry.attribution
    if attribution is not None and attribution.stance in _DOUBTING | _HEDGED:
        return False
    leads = [m for m in entry.mentions if entry.summary in (m.sentence or m.text)]
    return not leads or any(m.modality == "actual" for m in leads)


def claim_words(entry: Entry) -> frozenset[str]:
    """What an entry claims, as normalized words: kinds for counted nouns, classes for predicates.

    The claimant's name and title, reporting words and dates are left out, and the entry's actors
    are added, so "Pyongyang had sent" and "North Korea had sent" say the same.
    """
    text = entry.summary
    for name in _claimant_names(entry):
        text = text.replace(name, " ")
    actor_words = [w for actor in entry.actors for w in _WORD.findall(actor) if actor != source_of(entry)]
    written = _WORD.findall(text)
    return frozenset(_normal(word) for word in [*written, *actor_words] if word.lower() not in _IGNORED)


def _claimant_names(entry: Entry) -> list[str]:
    """The claimant as the text may name it: in full, by title, by surname."""
    attribution = entry.attribution
    if attribution is None:
        return []
    names = [attribution.source, attribution.source.split()[-1]] if attribution.source.split() else []
    return [*names, attribution.source_title] if attribution.source_title else names


def _normal(word: str) -> str:
    lowered = word.lower()
    kind = figure_kinds.known_kind(lowered)
    if kind:
        return f"kind:{kind}"
    predicate = class_of_word(lowered)
    return f"{_PREDICATE}{predicate}" if predicate else lowered[:5]


def _asserting(
    proposition: frozenset[str],
    index: dict[str, list[str]],
    words: dict[str, frozenset[str]],
    summaries: dict[str, str],
) -> tuple[list[str], set[str]]:
    """Entries that carry most of the proposition, weighing rare words more, and all its predicates."""
    predicates = {word for word in proposition if word.startswith(_PREDICATE)}
    # in sorted order, not a set's (hashing varies it run to run): the sums and the entries' order
    weights = {word: _rarity(len(index.get(word, ())), len(words)) for word in sorted(proposition)}
    shared: Counter[str] = Counter()
    for word in weights:
        for entry_id in index.get(word, ()):
            shared[entry_id] += weights[word]  # type: ignore[assignment]
    needed = PROPOSITION_COVERED * sum(weights.values())
    telling = _most_telling({word: weight for word, weight in weights.items() if index.get(word)})
    return [
        entry_id
        for entry_id, weight in shared.items()
        if weight >= needed
        and predicates <= words[entry_id]
        and telling <= words[entry_id]
        and not _only_expected(summaries[entry_id], telling)
    ], telling


def _only_expected(sentence: str, telling: set[str]) -> bool:
    """Whether the sentence has the doubted claim's telling word only as what may come ("threatens
    to eclipse", "could eclipse", "will take about 50 days to eclipse"): it does not assert that the
    spill has eclipsed the Valdez."""
    words = _WORD.findall(sentence)
    found = [i for i, word in enumerate(words) if word.lower() not in _IGNORED and _normal(word) in telling]
    return bool(found) and all(any(w.lower() in _EXPECTING for w in words[max(0, i - 2) : i]) for i in found)


def _most_telling(weights: dict[str, float]) -> set[str]:
    """The rarest plain word of the doubted claim that some claim carries ("eclipsed" in "that the BP spill
    has eclipsed the Exxon Valdez"): a claim that only mentions the Valdez and BP's spill, or its costs,
    is about something else."""
    plain = {word: weight for word, weight in weights.items() if ":" not in word}
    return {max(plain, key=lambda word: (plain[word], word))} if plain else set()


def _rarity(entries_with_word: int, entries: int) -> float:
    """Inverse document frequency: "BP" in a BP collection says little, "participation" a lot."""
    return math.log((entries + 1) / (entries_with_word + 1)) + 1


def _stance_conflict(doubt: Entry, other: Entry, second: ConflictSide) -> Conflict:
    first = entry_side(doubt)
    description = (
        f"{who(first.source)} {first.stance} ({first.date}){_what(doubt)}, which "
        f"{who(second.source or report_of(other))} {second.stance or 'states'} ({second.date})"
    )
    return Conflict(
        id=conflict_id("stance", doubt.id, other.id),
        kind="stance",
        description=description,
        first=first,
        second=second,
    )
