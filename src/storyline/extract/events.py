"""From an analysed document to its events: one per event mention.

Each sentence that states something yields an `Event` for every predicate
that tells something happening (`event_mentions`): its main events, which
make timeline entries, and secondary ones, which only take part in
coreference. Each carries its own date (the time expression of its clause),
tense and participants; the sentence's attribution, actors and places are
shared, and its figures go to its first main event. Section labels and credit
lines are skipped; sentences inside a direct quote are left to the quotes
extractor (a quote is recorded with its speaker, not restated as an event).
A sentence that tells a standing state in the simple present (`states`) makes
only secondary events.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from itertools import accumulate

from spacy.tokens import Span, Token

from storyline.analyse.document import AnalysedDocument
from storyline.analyse.entities import PLACE_LABELS, labelled_names
from storyline.analyse.token_table import TokenTable, token_table
from storyline.extract import non_events, sections
from storyline.extract.attribution import attribute, clause_attributions, continued, is_reporting_verb
from storyline.extract.captions import captions
from storyline.extract.chronology import Chronology, chronology
from storyline.extract.clause_heads import clause_heads
from storyline.extract.described_persons import described_persons
from storyline.extract.event_arguments import event_arguments
from storyline.extract.event_dates import (
    EventDate,
    chronicled_tense,
    dated_by,
    event_tense,
    governing_expression,
    happened_later,
    in_coordinated_clause,
    is_calendar_value,
)
from storyline.extract.event_mentions import attached_index, find_triggers, modality, participants
from storyline.extract.figure_claims import spoken_in_quote, with_own_claims
from storyline.extract.figures import extract_figures
from storyline.extract.quotes import extract_quotes
from storyline.extract.states import is_state
from storyline.model import Attribution, EntityMention, Event, Quote, Sentence, TimeExpression

_ACTOR_LABELS = {"PERSON", "ORG", "GPE"}
_CONTEXT_LABELS = {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT"}
_LOCATIVE_PREPOSITIONS = {"in", "at", "near", "into", "inside", "across", "outside", "off", "around"}


@dataclass(slots=True)
class Extraction:
    """Everything extract makes of one document."""

    events: list[Event]
    quotes: list[Quote]
    context: frozenset[str] = frozenset()  # the article's named actors and places, for coreference


@dataclass(frozen=True, slots=True)
class _Quoted:
    """Where the document's direct quotes lie, read once: every sentence asks whether a quote touches
    it, holds it or lies in it, and asking each quote of each sentence cost quadratic time on a page of
    statements (2,000 sentences, 700 quotes). What the quotes cover is kept as runs of characters, not
    a mark per character: built per page and read per sentence, the marks took a tenth of a second on
    bpoil_guardian."""

    quotes: list[Quote]
    runs: list[tuple[int, int]]  # the characters inside a quote: disjoint runs (start, end), ascending
    run_ends: list[int]  # the runs' ends
    starts: list[int]  # the quotes' starts, ascending
    reach: list[int]  # per quote in `starts` order: the furthest end of it and those before

    @classmethod
    def of(cls, quotes: list[Quote]) -> _Quoted:
        ordered = sorted(quotes, key=lambda quote: quote.start)
        runs: list[tuple[int, int]] = []
        for quote in ordered:
            if quote.start >= quote.end:
                continue
            if runs and quote.start <= runs[-1][1]:
                runs[-1] = (runs[-1][0], max(runs[-1][1], quote.end))
            else:
                runs.append((quote.start, quote.end))
        return cls(
            quotes,
            runs,
            [end for _, end in runs],
            [quote.start for quote in ordered],
            list(accumulate((quote.end for quote in ordered), max)),
        )

    def _runs_in(self, start: int, end: int) -> list[tuple[int, int]]:
        """The runs inside quotes that overlap `start`..`end`."""
        first = bisect_right(self.run_ends, start)
        found = []
        for run in self.runs[first:]:
            if run[0] >= end:
                break
            found.append(run)
        return found

    def touches(self, sentence: Sentence) -> bool:
        """Some of the (non-empty) sentence is inside a quote."""
        first = bisect_right(self.run_ends, sentence.start)
        return first < len(self.runs) and self.runs[first][0] < sentence.end

    def holds(self, statement: Sentence) -> bool:
        """The statement lies inside one quote, a mark either side aside."""
        last = bisect_right(self.starts, statement.start + 1) - 1
        return last >= 0 and statement.end <= self.reach[last] + 1

    def blanked(self, statement: Sentence) -> str:
        """The statement with the characters inside quotes made blanks."""
        text, start = statement.text, statement.start
        limit = min(statement.end, start + len(text))
        pieces, at = [], 0
        for run_start, run_end in self._runs_in(start, limit):
            blank_start = max(run_start - start, 0)
            blank_end = min(run_end, limit) - start
            pieces += [text[at:blank_start], " " * (blank_end - blank_start)]
            at = blank_end
        return "".join([*pieces, text[at:]]) if pieces else text


def extract(analysed: AnalysedDocument) -> Extraction:
    quotes = extract_quotes(analysed.doc, analysed.actors)
    quoted = _Quoted.of(quotes)
    events: list[Event] = []
    in_background = False
    live_blog = sections.is_live_blog(analysed.document.text)
    document = analysed.document
    items = chronology(document.text, document.publication_date, live_blog)
    previous: tuple[Span, Attribution | None] | None = None
    sentences = analysed.sentences()
    voices = [
        not quoted.touches(sentence) and non_events.in_first_person(sentence.text)
        for _, sentence in sentences
    ]
    readers = non_events.is_readers_page(voices)
    pictured = captions(sentences, analysed)
    shouting = non_events.shouting([non_events.shouts(quoted.blanked(sentence)) for _, sentence in sentences])
    for index, ((span, sentence), voice) in enumerate(zip(sentences, voices, strict=True)):
        if index in pictured or index in shouting:  # a photo's caption, a reader shouting: no reports
            previous = None
            continue
        if readers and voice:  # a reader's or a columnist's own voice, not a report
            events.extend(_others_reports(analysed, span, sentence, in_background, quoted, live_blog, items))
            previous = None
            continue
        if sections.starts_new_section(sentence.text):
            in_background = sections.starts_background(sentence.text)
        statement = _without_label(sentence, live_blog)
        if _not_a_statement(sentence, statement, quoted):
            previous = None
            continue
        if quoted.holds(statement) or _verbless(span):  # a quote has its speaker, a title tells
            # nothing: their events only join others
            secondary = _events(analysed, span, statement, in_background, items, secondary=True)
            spoken_in_quote(secondary, quotes)
            events.extend(secondary)
            previous = None
            continue
        told = _events(analysed, span, statement, in_background, items)
        attribution = told[0].attribution
        if attribution is None and previous is not None:
            attribution = continued(span, *previous)
            for event in told:  # not a clause's own report ("..., but Mr Cannon said ...")
                event.attribution = event.attribution or attribution
        spoken_in_quote(told, quotes)
        events.extend(told)
        previous = (span, attribution)
    context = frozenset(a.canonical for a in analysed.actors if a.label in _CONTEXT_LABELS)
    return Extraction(events, quotes, context)


def _others_reports(
    analysed: AnalysedDocument,
    span: Span,
    sentence: Sentence,
    in_background: bool,
    quoted: _Quoted,
    live_blog: bool,
    items: Chronology,
) -> list[Event]:
    """The reports of others told inside a reader's or a columnist's first-person sentence ("I was not
    at all surprised when officials reported zero spillage"): only the events inside a reporting clause
    whose holder is not the writer (an "I" or "we" holder names nobody); the writer's own clauses, and
    what the sentence's report does not govern ("we got the unit running"), stay unread."""
    statement = _without_label(sentence, live_blog)
    if _not_a_statement(sentence, statement, quoted) or quoted.holds(statement) or _verbless(span):
        return []
    reported = _reported_by_others(span, analysed.actors_in(statement.start, statement.end))
    told = [
        event
        for event in _events(analysed, span, statement, in_background, items)
        if event.attribution and event.event_start in reported
    ]
    spoken_in_quote(told, quoted.quotes)
    return told


def _reported_by_others(span: Span, actors: list[EntityMention]) -> set[int]:
    """Where the words of the sentence's reports by others begin: the clauses with a named holder that
    `clause_attributions` finds, and each reporting verb whose subject is not "I" or "we" with the
    clause or object it reports ("Randy tells me they ... are inside the embassy")."""
    clauses = clause_attributions(span, actors, attribute(span, actors))
    tokens = {index for governed, found in clauses if found for index in governed}
    told: set[int] = set()
    for verb in span:
        reports = verb.pos_ == "VERB" and is_reporting_verb(verb)
        if reports and not _writer_reports(verb) and not _only_possible(verb):
            told.update(_with_reported(verb))
    writers = _in_parentheses(span) | _in_writers_words(span, told)
    return {span.doc[index].idx for index in (tokens | told) - writers}


def _with_reported(verb: Token) -> set[int]:
    """A verb with the clause or object it reports."""
    return {verb.i} | {t.i for child in verb.children if child.dep_ in _REPORTED for t in child.subtree}


def _in_parentheses(span: Span) -> set[int]:
    """The words of an aside in brackets ("(our phones don't work to make calls), he tells me ..."): the
    writer's, told beside the report."""
    inside: set[int] = set()
    depth = 0
    for token in span:
        depth += token.text == "("
        depth -= token.text == ")" and depth > 0
        if depth and token.text != "(":
            inside.add(token.i)
    return inside


def _in_writers_words(span: Span, told: set[int]) -> set[int]:
    """The words of a clause the writer says, wants or asks ("We need to demand that companies calculate
    risks", "did some one say that ...?"): a report there is the writer's own thought, not one told of
    others. Not a clause of time ("I was not at all surprised when officials reported ..."), nor a "we"
    inside what others are told to say ("Some believe we should set standards ...")."""
    words: set[int] = set()
    for verb in span:
        if verb.pos_ == "VERB" and (_asked(verb) or (_writer_reports(verb) and verb.i not in told)):
            words.update(_with_reported(verb))
    return words


def _asked(verb: Token) -> bool:
    """A question the writer puts ("but did some one say that we got to learn from history!"): "do" before
    the verb's subject."""
    subjects = _subjects(verb)
    return bool(subjects) and any(
        c.dep_ == "aux" and c.lower_ in ("do", "does", "did") and c.i < subjects[0].i for c in verb.children
    )


_REPORTED = ("ccomp", "xcomp", "dobj")  # what a reporting verb reports: a clause or an object
_WRITER = frozenset({"i", "we"})


def _writer_reports(verb: Token) -> bool:
    """No other's report: the verb's subject (or that of the verb it is joined to or completes: "We need
    to demand") is "I" or "we", or has them among its holders, or names nobody ("No African or Ghanaian is
    saying")."""
    holder = verb
    subjects = _subjects(holder)
    while not subjects and holder.dep_ in ("conj", "xcomp") and holder.head.i != holder.i:
        holder = holder.head
        subjects = _subjects(holder)
    nobody = any(d.lower_ == "no" for subject in subjects for d in subject.subtree if d.dep_ == "det")
    joint = [h for subject in subjects for h in (subject, *subject.conjuncts)]  # "Ger Wackers and I"
    return nobody or any(h.lower_ in _WRITER for h in joint)


def _only_possible(verb: Token) -> bool:
    """ "However, it can inform these investigations by reminding us ...": a report that may be made, told
    by the writer, is none made."""
    return any(c.dep_ == "aux" and c.lower_ in ("can", "could", "may", "might") for c in verb.children)


def _subjects(verb: Token) -> list[Token]:
    """The verb's subjects, active or passive, in order."""
    return [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]


def _clause_attribution(
    token: Token, clauses: list[tuple[frozenset[int], Attribution | None]], attribution: Attribution | None
) -> Attribution | None:
    """The attribution of the smallest reporting clause that holds the event, else the sentence's."""
    holding = [(len(tokens), found) for tokens, found in clauses if token.i in tokens]
    return min(holding, key=lambda held: held[0])[1] if holding else attribution


def _not_a_statement(sentence: Sentence, statement: Sentence, quoted: _Quoted) -> bool:
    """Labels, credits, and what is not news (`non_events`), read outside the direct quotes."""
    if sections.is_label_only(sentence.text) or sections.is_credit_line(sentence.text):
        return True
    if not any(char.isalpha() for char in statement.text):
        return True
    # read outside the quotes: the quotes extractor knows where a quote ends when its closing mark fell
    # into the next sentence
    return bool(non_events.not_news(statement.text, quoted.blanked(statement)))


def _verbless(span: Span) -> bool:
    """A title or a link without a verb ("Oil spill in Gulf of Mexico in maps and graphics",
    repeated on every page of an outlet): it names a story, it reports nothing."""
    pos = token_table(span.doc).pos
    return not any(pos[i] in ("VERB", "AUX") for i in range(span.start, span.end))


def _without_label(sentence: Sentence, live_blog: bool) -> Sentence:
    """The statement without its section label, or, in a live blog, its clock stamp."""
    skip = sections.label_length(sentence.text)
    if live_blog and not skip:
        skip = sections.clock_stamp_length(sentence.text)
    if not skip:
        return sentence
    return Sentence(sentence.start + skip, sentence.end, sentence.text[skip:])


def _events(
    analysed: AnalysedDocument,
    span: Span,
    sentence: Sentence,
    background: bool,
    items: Chronology,
    secondary: bool = False,
) -> list[Event]:
    """The sentence's event mentions, main ones first, each dated by its own clause, else by the
    heading of the chronology item it lies in (`chronology`), else as the sentence or its page.

    `secondary`: none of them is a timeline event (a sentence inside a quote)."""
    document = analysed.document
    expressions = [  # a heading dates its item's events, not the clause the parse hangs it on
        e for e in analysed.in_span(sentence.start, sentence.end) if not items.in_heading(e.start, e.end)
    ]
    calendar = [e for e in expressions if e.type in ("DATE", "TIME") and is_calendar_value(e.value or "")]
    triggers = find_triggers(span, expressions, analysed.lemma, analysed.lemma_at, analysed.verb_of)
    if not triggers:
        return []
    table = token_table(span.doc)
    attached: dict[int, TimeExpression] = {}
    elsewhere: set[int] = set()  # expressions of a clause coordinated with the first main event's
    aside: set[int] = set()  # expressions of a relative clause or one ordered against the main clause
    mains = [t for t in triggers if t.main]
    for expression in calendar:
        verb = attached_index(table, span, expression)
        if verb is None:
            continue
        attached.setdefault(verb, expression)
        if mains and in_coordinated_clause(table, verb, mains[0].token.i):
            elsewhere.add(id(expression))
        if _told_aside(table, verb):
            aside.add(id(expression))
    own = {id(e) for t in mains if (e := _clause_expression(table, t.token.i, attached)[0]) is not None}
    in_clauses = own | elsewhere | aside  # expressions that date a clause, not the sentence: built once
    sentence_expression = governing_expression(span, [e for e in expressions if id(e) not in in_clauses])
    actors = analysed.actors_in(sentence.start, sentence.end)
    attribution = attribute(span, actors)
    clauses = clause_attributions(span, actors, attribution)
    names = labelled_names(actors, _ACTOR_LABELS)
    places = _places(span, actors)
    figures = extract_figures(span, expressions, actors)
    attributed = attribution is not None or any(found for _, found in clauses)
    state = not secondary and is_state(span, expressions, attributed, bool(figures), analysed.lemma)
    events: list[Event] = []
    first_date: EventDate | None = None
    summary = " ".join(sentence.text.split())
    undated = dated_by(None, document.publication_date, background)  # the same for every mention
    headline = is_headline(document.text, sentence)
    for trigger in sorted(triggers, key=lambda t: not t.main):
        later = happened_later(trigger.token)  # only its own expression dates it
        expression, order = (
            (attached.get(trigger.token.i), _SAME)
            if later
            else _clause_expression(table, trigger.token.i, attached)
        )
        item = items.item_at(trigger.start)
        if expression is None and trigger.main and not later and item is None:
            expression = sentence_expression if first_date is None else None
        dated = undated if expression is None else dated_by(expression, document.publication_date, background)
        if expression is None and item is not None:  # the heading's date, or none: the page lost its year
            dated = dated_by(item.heading, None, background) if item.heading else EventDate(None, None, False)
        elif expression is None and first_date is not None and not later and not _aside(first_date, aside):
            dated = first_date
        if order == _LATER:  # "rose on Monday ahead of the results": some day after, not told
            dated = undated
        # an inferred publication date that anchors the day still does once its expression is dropped
        inferred = document.date_inferred and (
            dated.from_publication or bool(dated.timex and dated.timex.anchored)
        )
        if order == _EARLIER:  # "sank on 22 April, two days after a huge explosion": on or before that day
            dated = EventDate(dated.value, None, from_publication=False)
        first_date = first_date or dated
        predicate = span.root if trigger is mains[0] else trigger.token
        source = _clause_attribution(trigger.token, clauses, attribution)
        mood = modality(trigger.token, analysed.lemma)  # a headline's "plans to", "could": still to come
        events.append(
            Event(
                document_id=document.id,
                start=sentence.start,
                end=sentence.end,
                text=sentence.text,
                summary=summary,
                date=dated.value,
                date_inferred=inferred,
                tense=chronicled_tense(predicate)
                if expression is None and item is not None
                else event_tense(predicate, dated, document.publication_date, headline and mood == "actual"),
                actors=names,
                attribution=source,
                figures=with_own_claims(figures, span, clauses, trigger.token, source) if not events else [],
                places=places,
                timex=dated.timex,
                is_background=background,
                event_start=trigger.start,
                event_end=trigger.end,
                predicate=trigger.lemma,
                main=trigger.main and not secondary and not state,
                participants=participants(trigger.token, actors),
                modality=mood,
                persons=described_persons(trigger.token),
                arguments=event_arguments(trigger.token),
                clauses=clause_heads(trigger.token),
            )
        )
    return events


def is_headline(text: str, sentence: Sentence) -> bool:
    """The article's headline: its first sentence, within its first line, of a few words that end
    with no full stop ("Gulf oil spill reaches Texas as tar balls wash ashore"), not a lead that its
    headline ran into."""
    first = found.start() if (found := _FIRST_CHARACTER.search(text)) else len(text)
    if sentence.start != first:
        return False  # asked of every sentence: the first line's end is looked for only for the first
    line_end = text.find("\n", first)
    if line_end != -1 and sentence.end > line_end:
        return False
    ending = sentence.text.rstrip().rstrip("\"'`’”")
    return len(sentence.text.split()) <= _HEADLINE_WORDS and not ending.endswith(_FINAL_STOPS)


_FIRST_CHARACTER = re.compile(r"\S")  # where the text begins: found, not the whole text copied stripped
_HEADLINE_WORDS = 16  # a headline is a line of a few words; a longer one is a lead run into it
_FINAL_STOPS = (".", "!", "?", "…")


def _clause_expression(
    table: TokenTable, token: int, attached: dict[int, TimeExpression]
) -> tuple[TimeExpression | None, str]:
    """The time expression of the predicate's own clause or of the nearest clause above it; a
    clause whose subject is a dated event takes its date ("The blast on 20 April killed 11").
    With it, how the predicate stands to that clause's time (`_order`): the same time, or told as
    earlier or later than it. What hangs from a time expression is of that time, whatever word the
    expression hangs from: "until much nearer July 27, when the half-yearly figures must be given",
    "before 19 April, when it ordered work crews to begin pumping cement". `token`: the
    predicate's index in the parse."""
    if not attached:
        return None, _SAME
    dep, heads, starts = table.dep, table.head, table.start
    order, timed = _SAME, False
    for _ in range(50):
        if token in attached:
            return attached[token], order
        cause = next((c for c in table.children(token) if dep[c] == "nsubj" and c in attached), None)
        if cause is not None:
            return attached[cause], order
        if heads[token] == token:
            return None, _SAME
        if order == _SAME and not timed:
            timed = any(e.start <= starts[token] < e.end for e in attached.values())
            order = _SAME if timed else _order(table, token)
        token = heads[token]
    return None, _SAME


_SAME, _EARLIER, _LATER = "same", "earlier", "later"
_EARLIER_WORDS = frozenset({"after", "since", "following"})  # "after X" puts X before the clause
_LATER_WORDS = frozenset({"before", "until", "till", "pending"})  # "before X" puts X after it
_LATER_PHRASES = {"of": frozenset({"ahead"}), "to": frozenset({"prior", "ahead"})}  # "ahead of", "prior to"
# "before" in front of whom one speaks, not in time: "appeared before a congressional hearing"
_IN_FRONT_OF = frozenset(
    {"testify", "testifies", "testified", "testifying", "appear", "appears", "appeared", "appearing"}
)


def _order(table: TokenTable, token: int) -> str:
    """How a word stands in time to the clause it hangs from: the object of "after", "since",
    "following" or a clause they open ("two days after a huge explosion", "since it exploded") came
    earlier; the object of "before", "until", "ahead of", "prior to" comes later, unless one appears
    or testifies before it; else the same."""
    opening = _opening_words(table, token)
    if opening & _EARLIER_WORDS:
        return _EARLIER
    if table.dep[token] in ("pobj", "pcomp"):
        lower, word = table.lower, table.head[token]
        if lower[word] == "before" and lower[table.head[word]] in _IN_FRONT_OF:
            return _SAME
        if lower[table.head[word]] in _LATER_PHRASES.get(lower[word], ()):
            return _LATER
    return _LATER if opening & _LATER_WORDS else _SAME


def _opening_words(table: TokenTable, token: int) -> frozenset[str]:
    """What opens the phrase or clause the word heads: the preposition it is the object of ("since the
    spill on 20 April"), or the marks of the clause it is the verb of ("since it exploded")."""
    dep, lower = table.dep, table.lower
    if dep[token] in ("pobj", "pcomp"):
        return frozenset({lower[table.head[token]]})
    if dep[token] == "advcl":
        return frozenset(lower[c] for c in table.children(token) if dep[c] == "mark")
    return frozenset()


def _aside(dated: EventDate, aside: set[int]) -> bool:
    """Whether the date is that of a clause told aside (`_told_aside`), which only its own events take."""
    return dated.timex is not None and id(dated.timex) in aside


def _told_aside(table: TokenTable, verb: int) -> bool:
    """The clause an expression dates is a relative clause ("Critics also include Barack Obama, who is
    due to travel to the region on Sunday") or one of "since" ("BP's share price has fallen 34% since
    the rig exploded on April 20", a span that reaches the present): its date is not that of the
    sentence's main event. A relative clause of a time ("by the time the fund was wrapped up in 2005")
    is a time clause. `verb`: the index in the parse of the word the expression dates."""
    heads, dep, lower = table.head, table.dep, table.lower
    token = verb
    for _ in range(50):
        if heads[token] == token:
            return False
        if dep[token] == "relcl" and lower[heads[token]] not in _TIME_NOUNS:
            return True
        if "since" in _opening_words(table, token):  # a span that reaches the present
            return True
        token = heads[token]
    return False


_TIME_NOUNS = frozenset({"time", "moment", "day", "night", "morning", "week", "month", "year"})


def _places(span: Span, actors: list[EntityMention]) -> list[str]:
    """Named places the sentence locates something in ("in Kursk Oblast")."""
    doc = span.doc
    places: list[str] = []
    for actor in actors:
        if actor.label not in PLACE_LABELS or actor.canonical in places:
            continue
        first = doc.char_span(actor.start, actor.end, alignment_mode="expand")
        head = _listed_under(first.root) if first is not None else None
        if actor.label != "GPE" or (head is not None and head.head.lower_ in _LOCATIVE_PREPOSITIONS):
            places.append(actor.canonical)
    return places


def _listed_under(token: Token) -> Token:
    """The first item of the list a name is in ("in Brazil, Israel, Australia and New Zealand":
    Israel, Australia and New Zealand hang on Brazil, which hangs on "in"), or the name itself."""
    for _ in range(20):
        if token.dep_ != "conj" or token.head is token:
            break
        token = token.head
    return token
