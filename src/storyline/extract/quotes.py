"""Direct quotes and who speaks them.

A quote is the text between matching quotation marks ("...", “...”, «...»),
over several paragraphs when the quote does (see `quote_marks`). The speaker
comes from, in order: a block label ("Quote from Zelenskyy:") or a reader's credit
line ("Subash Neupane, Kathmandu, Nepal, e-mails:"), a reporting
clause outside the quote in the same sentence (", the president said") or
right after it on the same line, or the nearest attributed sentence around it
(a bare "Quote:" block after "He emphasised that ..."); a report after the quote gives
it no speaker when it asks about it or carries words quoted of its own by someone the
discourse up to the quote has not brought in. Words a clause below the main one carries
are that clause's subject's ("..., where people were shouting: ..."); words quoted as what a named
subject calls a thing are that subject's ('Obama has called the situation "..."'), and words a poll or
a study is said to show are its issuer's.

Fragments of fewer than three words are taken as scare quotes or titles and
skipped; a phrase of fewer than five words quoted inside a sentence that names
no speaker for it ('The section on "worst case discharge" estimates ...') keeps
no speaker; a longer one carried by a sentence about a person is that person's;
quotes in readers' comments have no speaker. A claimant whose own name holds the
quote is not its speaker. Quotes are not split into sentences and their content is not
attributed further (a "we" inside is the speaker).
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from storyline.analyse.actor_lexicon import COLLECTIVE_NOUNS, ORG_WORDS, PERSON_WORDS
from storyline.analyse.doc_text import doc_text, span_text
from storyline.analyse.reporting import cue_lemma, is_reporting_form
from storyline.analyse.titles import TITLE_WORDS
from storyline.analyse.token_table import token_table
from storyline.analyse.verb_forms import BE_OR_HAVE_FORMS
from storyline.extract.attribution import CREDIT_LINE, PLACED, attribute, clause_attributions
from storyline.extract.non_events import FIRST_PERSON
from storyline.extract.quote_marks import quote_spans
from storyline.extract.word_index import WordIndex
from storyline.model import Attribution, EntityMention, Quote

_MIN_WORDS = 3
_VOICE_FORMS = frozenset(
    {
        f"{stem}{ending}"
        for stem in ("shout", "chant", "scream", "yell", "plead", "cheer", "wail", "shriek")
        for ending in ("", "s", "ed", "ing")
    }
    | {
        "cry",
        "cries",
        "cried",
        "crying",
        "beg",
        "begs",
        "begged",
        "begging",
        "sing",
        "sings",
        "sang",
        "singing",
        "sob",
        "sobs",
        "sobbed",
        "sobbing",
    }
)  # verbs of voice that carry quoted words: 'people were shouting: "Where is the food?"'
_WORDS_OF = re.compile(  # "in the words of ...", "As the philosopher David Hume ... put it in 1776:"
    r"\bin the (?:words|phrase) of\b|\bas\b(?=[^.;:]{3,120}?\b(?:put|puts|has put|had put|once put)\s+it\b)",
    re.IGNORECASE,
)
_DOCUMENT_BY = re.compile(  # "in a document filed by ", "according to a report released by "
    r"\b(?:in|according to)\s+(?:an?|the|its|their|his|her)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:document|report|filing|letter|memo|memorandum|plan|study|submission|paper)s?\s+"
    r"(?:filed|written|submitted|prepared|released|published|issued|sent|drawn up)\s+(?:\w+\s+){0,3}?by\s+"
    r"(?:the\s+)?",
    re.IGNORECASE,
)
_READ_OUT = re.compile(  # "Mr Mulet read a message from UN Secretary General Ban Ki-moon:"
    r"\bread(?:s|ing)?\s+(?:out\s+)?(?:an?|the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:message|statement|letter|note|tribute|speech|address)\s+(?:from|by)\s+",
    re.IGNORECASE,
)
# words each of these patterns needs, found once per sentence: a quote whose sentence has none before it is
# not searched back to the sentence's start (every quote of a page read as one long sentence did)
_WORDS_OF_HINT = re.compile(r"in the (?:words|phrase) of|puts?\s+it", re.IGNORECASE)
_READ_OUT_HINT = re.compile(r"read", re.IGNORECASE)
_NAMED_BY_HINT = re.compile(r"what")
_CONTEXT_SENTENCES = 3
_CONTINUED_SENTENCES = 8  # the most sentences between a quote and the one before it that it goes on from
_FIRST_WORDS = 6  # a quote speaks as its speaker when "I" or "we" comes this early
_NOT_NAMED = frozenset({"ADP", "VERB", "AUX", "CCONJ", "SCONJ", "PART", "PRON", "DET"})
_LEADING = frozenset({"ADP", "AUX", "CCONJ", "SCONJ", "PART", "PRON", "DET"})  # words that lead on
_MIN_FRAGMENT_WORDS = 5  # a shorter phrase quoted inside a narrating sentence is a term or a title
_MARKS_AND_SPACE = " \t\n\"“”«»'‘’-—"
_CAPTION_WORDS = 3  # a photo caption run in before a quote has at least this many words
_CAPTION_REACH = 2  # sentences before a caption's first name where the full name is looked for
_NAME_WORDS = 4  # a caption's name before a colon has at most this many words
_TITLE_CASED = 3  # this many words or more, every one capitalised, are a title even in the first person
# a title or a name brought in as such, whatever its length: 'a series entitled "A History of the World in
# 100 Objects."', 'The U.S. report, titled "BP Deepwater Horizon Oil Budget: What Happened to the Oil?"'
_TITLED_BEFORE = re.compile(r"\b(?:titled|entitled):?\s*[\"“]\s*$", re.IGNORECASE)
_TITLED_REACH = 16
_TITLE_WORDS = 6  # a title quoted in a sentence has at most this many words
_SMALL_WORDS = frozenset(
    {"a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "that", "is", "was"}
)
_BLOCK_LABEL = re.compile(
    r"(?i)\s*(?:quotes?|statement|in (?:his|her|their) words)"
    r"(?:\s+(?:from|by|of)\s+(?P<who>[^:\n]+?))?\s*:\s*"
)
_CAPTION = re.compile(
    r"\s*(?:\d{4}\s+)?(?P<who>[A-Z][^:\n\"“”]{1,60}?)\s*:\s*"
)  # "Bill Clinton:" before a quote
_NAMED_BY = re.compile(  # 'what the Columbia Journalism Review called "the Haitian news vacuum"'
    r"\bwhat\s+(?P<who>[^,;:.\"“”]{2,80}?)\s+(?:has\s+|had\s+)?"
    r"(?:called|calls|dubbed|dubs|termed|terms|described\s+as|describes\s+as)\s*(?:an?\s+)?[\"“”]?\s*\Z"
)  # 'after what he called a "cruel and incomprehensible" disaster'
_PRONOUN_CLAUSE = re.compile(  # '," she said. "' between two quotes
    r"[\W_]*(?:he|she|they)\s+(?:said|says|added|adds|continued|continues|explained|explains|replied|replies"
    r"|answered|answers|told\s+(?:me|us|reporters)|tells\s+(?:me|us)|assured\s+(?:me|us)|assures\s+(?:me|us)"
    r"|went\s+on|goes\s+on)[\W_]*",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class _Document:
    """What speaker lookup needs of one document, computed once and indexed by offset."""

    text: str
    quotes: list[tuple[int, int]]
    sentences: list[Span]
    actors: list[EntityMention]  # sorted by start
    words: WordIndex
    pronoun_reporters: list[int]  # each "he" or "she" that is the subject of a reporting verb (token.i)
    pronoun_subjects: list[int]  # each "he", "she" or "they" that is a subject (token.i)
    sentence_starts: list[int] = field(default_factory=list)
    sentence_ends: list[int] = field(default_factory=list)
    quote_starts: list[int] = field(default_factory=list)
    actor_starts: list[int] = field(default_factory=list)
    attributions: dict[tuple[int, int], Attribution | None] = field(default_factory=dict)  # by sentence
    sentence_actors: dict[int, list[EntityMention]] = field(default_factory=dict)  # by sentence.start
    coverings: dict[int, dict[int, list[EntityMention]]] = field(default_factory=dict)  # by sentence.start
    authors: dict[int, list[tuple[int, str]]] = field(default_factory=dict)  # by sentence.start
    # by pattern and sentence.start: the pattern itself, not its source (the same source, other flags)
    hints: dict[tuple[re.Pattern[str], int], int | None] = field(default_factory=dict)

    @classmethod
    def of(cls, text: str, quotes: list[tuple[int, int]], doc: Doc, actors: list[EntityMention]) -> _Document:
        sentences = [s for s in doc.sents if span_text(s).strip()]  # `s.text` makes a token per word
        ordered = sorted(actors, key=lambda a: a.start)
        table = token_table(doc)
        subjects = [
            i for i, dep in enumerate(table.dep) if dep == "nsubj" and table.lower[i] in ("he", "she", "they")
        ]
        return cls(
            text,
            quotes,
            sentences,
            ordered,
            WordIndex(doc),
            [i for i in subjects if table.lower[i] != "they" and cue_lemma(doc[i].head) is not None],
            subjects,
            [s.start_char for s in sentences],
            [s.end_char for s in sentences],
            [start for start, _ in quotes],
            [a.start for a in ordered],
        )

    def overlapping(self, start: int, end: int) -> list[Span]:
        first = bisect_left(self.sentence_ends, start)
        return self.sentences[first : bisect_right(self.sentence_starts, end)]

    def before(self, offset: int, count: int) -> list[Span]:
        last = bisect_right(self.sentence_ends, offset)
        return self.sentences[max(0, last - count) : last]

    def after(self, offset: int, count: int) -> list[Span]:
        first = bisect_left(self.sentence_starts, offset)
        return self.sentences[first : first + count]

    def quoted(self, sentence: Span) -> bool:
        """Whether the whole sentence lies inside one quote."""
        index = bisect_right(self.quote_starts, sentence.start_char) - 1
        return index >= 0 and sentence.end_char <= self.quotes[index][1] + 1

    def quotes_in(self, sentence: Span) -> list[tuple[int, int]]:
        """The quotes that lie wholly inside the sentence."""
        first = bisect_left(self.quote_starts, sentence.start_char)
        inside = self.quotes[first : bisect_right(self.quote_starts, sentence.end_char)]
        return [quote for quote in inside if quote[1] <= sentence.end_char]

    def attribution(self, sentence: Span) -> Attribution | None:
        """`attribute` of the sentence with its actors, read once: the speaker rules of every quote near
        it ask again."""
        key = (sentence.start_char, sentence.end_char)
        if key not in self.attributions:
            self.attributions[key] = attribute(sentence, self.actors_in(sentence))
        return self.attributions[key]

    def actors_in(self, sentence: Span) -> list[EntityMention]:
        """The actors wholly inside the sentence, in order, found once per sentence (not to be changed)."""
        found = self.sentence_actors.get(sentence.start)
        if found is None:
            found = self.sentence_actors[sentence.start] = self._actors_in(sentence)
        return found

    def _actors_in(self, sentence: Span) -> list[EntityMention]:
        found = []
        for index in range(bisect_left(self.actor_starts, sentence.start_char), len(self.actors)):
            actor = self.actors[index]
            if actor.start >= sentence.end_char:
                break
            if actor.end <= sentence.end_char:
                found.append(actor)
        return found

    def covering(self, sentence: Span, offset: int) -> list[EntityMention]:
        """The sentence's actors whose text holds character `offset`, in order: found by the words each
        actor covers, read once per sentence, not by reading every actor of the sentence per quote."""
        by_word = self.coverings.get(sentence.start)
        if by_word is None:
            by_word = self.coverings[sentence.start] = self._by_word(sentence)
        if offset in by_word:
            return by_word[offset]
        return [a for a in self.actors_in(sentence) if a.start <= offset < a.end]

    def _by_word(self, sentence: Span) -> dict[int, list[EntityMention]]:
        """The actors covering each word's first character, for the words of the sentence."""
        starts = self.words.starts
        by_word: dict[int, list[EntityMention]] = {starts[i]: [] for i in range(sentence.start, sentence.end)}
        for actor in self.actors_in(sentence):
            first = bisect_left(starts, actor.start, sentence.start, sentence.end)
            for index in range(first, bisect_left(starts, actor.end, first, sentence.end)):
                by_word[starts[index]].append(actor)
        return by_word

    def document_authors(self, sentence: Span) -> list[tuple[int, str]]:
        """`_named_authors` of the sentence, read once: every quote in it asks."""
        found = self.authors.get(sentence.start)
        if found is None:
            found = self.authors[sentence.start] = _named_authors(self, sentence)
        return found

    def first_at(self, pattern: re.Pattern[str], sentence: Span) -> int | None:
        """Where `pattern` first matches in the sentence's text, found once per sentence."""
        key = (pattern, sentence.start)
        if key not in self.hints:
            found = pattern.search(self.text, sentence.start_char, sentence.end_char)
            self.hints[key] = found.start() if found else None
        return self.hints[key]

    def has_pronoun_outside(self, found: list[int], sentence: Span, start: int, end: int) -> bool:
        """Whether one of `found` (token indices, ascending) lies in the sentence outside `start`..`end`."""
        first = bisect_left(found, sentence.start)
        last = bisect_left(found, sentence.end, first) - 1
        starts = self.words.starts
        return first <= last and (starts[found[first]] < start or starts[found[last]] >= end)


def extract_quotes(doc: Doc, actors: list[EntityMention]) -> list[Quote]:
    """Every direct quote in the document, with its speaker's canonical name when found."""
    text = doc_text(doc)
    spans = [(start, end) for start, end in quote_spans(text) if len(text[start:end].split()) >= _MIN_WORDS]
    if not spans:
        return []
    document = _Document.of(text, spans, doc, actors)
    quotes: list[Quote] = []
    for start, end in spans:
        quotes.append(Quote(start, end, text[start:end], _speaker(document, start, end, quotes[-1:])))
    return quotes


def _speaker(document: _Document, start: int, end: int, previous: list[Quote] | None = None) -> str | None:
    called = _named_by(document, start)  # 'what he called a "cruel and incomprehensible" disaster': his
    if called is not None:
        return called
    announced = _participle_holder(document, start, end)  # a front page "announcing" a heading: its setter's
    if announced is not None:
        return announced
    if _a_name(document, start, end) or _shouted(document.text[start:end]) or _titled(document, start, end):
        return None
    if _described_thing(document, start, end):
        return None  # '"Joan avoids a cold" a Coronet Instructional Film from the US in 1947': a title
    if _TITLED_BEFORE.search(document.text, max(0, start - _TITLED_REACH), start):
        return None  # 'The U.S. report, titled "BP Deepwater Horizon Oil Budget: What Happened to the Oil?"'

    named = (
        _read_out_author(document, start)
        or _labelled_speaker(document.text, start, document.actors)
        or _caption_speaker(document, start)
        or _words_of(document, start)
        or _naming_subject(document, start, end)
        or _shown_by_document(document, start, end)
        or _second_speaker(document, start, end)
        or _colon_clause_subject(document, start, end)
        or _reporting_clause_speaker(document, start, end)
        or _closing_clause_speaker(document, start, end)
        or _saying_subject(document, start, end)
        or _participle_speaker(document, start, end)
        or _declaring_subject(document, start, end)
    )
    if named is not None:
        return named
    carried = _carried_on(document, start, previous or [])
    if carried is not None:
        return carried
    if _own_unnamed_speaker(document, start, end):
        return None  # '"We live in the world we live in," he said': his, whoever he is, not a source before
    standalone = _standalone(document, start)
    filed = None if standalone else _document_author(document, start, end)
    if filed is not None:
        return filed
    if not standalone and len(document.text[start:end].split()) < _MIN_FRAGMENT_WORDS:
        return None  # a phrase quoted inside a sentence that says nobody said it: a title or a term
    if not standalone and previous and _after_caption(document, start, end):
        continued = _continued_speaker(document, previous[0], start, end)
        if continued is not None:  # a caption run in before words that go on from the quote before
            return continued
    if not standalone:
        clause = _clause_subject(document, start, end)
        if clause is not None:  # 'Mr Ban also went to a settlement ..., where people were shouting: "..."'
            return clause or None
        subject = _subject_speaker(document, start, end)
        if subject is not None:
            return subject
    return _context_speaker(document, start, end, after=standalone, previous=previous)


def _read_out_author(document: _Document, start: int) -> str | None:
    """The author of a message someone reads out, named right before the words ('a visibly emotional Mr
    Mulet read a message from UN Secretary General Ban Ki-moon: "To you I say: ..."'), in the quote's
    sentence or, for a quote that opens its own, in the sentence before: the words are the author's,
    not the reader's."""
    standalone = _standalone(document, start)
    sentences = document.before(start, 1) if standalone else document.overlapping(start, start)
    for sentence in sentences:
        author = _author_read_out(document, sentence, min(start, sentence.end_char))
        if author is not None:
            return author
    return None


def _author_read_out(document: _Document, sentence: Span, stop: int) -> str | None:
    """The person or body named after the sentence's last "read a message from" before `stop`, with
    nothing but marks between the name and `stop` (the words that follow are that author's)."""
    hint = document.first_at(_READ_OUT_HINT, sentence)
    if hint is None or hint >= stop:
        return None
    readings = list(_READ_OUT.finditer(document.text, sentence.start_char, stop))
    if not readings:
        return None
    after = readings[-1].end()
    named = [
        a
        for a in document.actors_in(sentence)
        if after <= a.start
        and a.end <= stop
        and a.label in ("PERSON", "ORG")
        and not document.text[a.end : stop].strip(_MARKS_AND_SPACE + ":.,")
    ]
    return named[-1].canonical if named else None


def _document_author(document: _Document, start: int, end: int) -> str | None:
    """Who wrote the document a sentence quotes from, named with it ('they're listed as "sensitive
    biological resources" that could be affected ... in a document filed by BP last June with the U.S.
    Minerals Management Service'): the words are the document's, so its author's."""
    for sentence in document.overlapping(start, end):
        for at, author in document.document_authors(sentence):
            if not start <= at < end:
                return author
    return None


def _named_authors(document: _Document, sentence: Span) -> list[tuple[int, str]]:
    """Where the sentence says a document was filed by someone ("in a document filed by"), with the
    person or body named right after, for each such place that names one."""
    found = []
    for filed in _DOCUMENT_BY.finditer(document.text, sentence.start_char, sentence.end_char):
        named = [
            a
            for a in document.actors_in(sentence)
            if a.start == filed.end() and a.label in ("PERSON", "ORG", "GPE", "NORP")
        ]
        if named:
            found.append((filed.start(), named[0].canonical))
    return found


def _voices(verb: Token) -> bool:
    """A verb of speech or voice: "shouting", "chanting", "wrote", "said" (not "had emphasised")."""
    return cue_lemma(verb) is not None or verb.lower_ in _VOICE_FORMS


def _clause_subject(document: _Document, start: int, end: int) -> str | None:
    """Who utters a quote a clause below the sentence's main one carries ('Mr Ban also went to an
    improvised settlement ..., where people were shouting: "Where is the food?"'): the clause's subject,
    named or described ("people"), not the sentence's; an empty name for a pronoun; None when the quote
    hangs on the main clause."""
    for sentence in document.overlapping(start, end):
        first = _first_quoted_word(document, sentence, start, end)
        if first is None or sentence.start_char >= start:
            continue
        for verb in _clause_heads_above(document, sentence, first):
            if verb.i == sentence.root.i:
                return None
            if start <= verb.idx < end or not _acts_as_verb(verb):
                continue
            subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.idx < start]
            if not subjects or verb.dep_ not in ("relcl", "advcl", "acl") or not _voices(verb):
                continue
            subject = subjects[0]
            covering = document.covering(sentence, subject.idx)
            if covering:
                return covering[-1].canonical
            if subject.pos_ == "PRON" or subject.tag_.startswith("W"):
                return ""
            return _described(subject)
    return None


def _clause_heads_above(document: _Document, sentence: Span, word: Token) -> Iterator[Token]:
    """The ancestors of `word` that may head a clause of voice (`_acts_as_verb`) or are the sentence's
    root, nearest first: `word.ancestors` less those `_clause_subject` passes over."""
    root = sentence.root.i
    words = document.words
    return words.ancestors(word, ("clause", root), lambda i: i == root or words.verb_or(i, _VOICE_FORMS))


def _acts_as_verb(word: Token) -> bool:
    """A verb, or a verb of voice the tagger took for a noun though it has a subject ('while Sandra
    Joseph Marquis from Florida wails: "..."', "wails" tagged as a plural noun)."""
    if word.pos_ in ("VERB", "AUX"):
        return True
    return word.lower_ in _VOICE_FORMS and any(c.dep_ == "nsubj" for c in word.children)


def _first_quoted_word(document: _Document, sentence: Span, start: int, end: int) -> Token | None:
    """The sentence's first word inside the quote at `start`..`end`, its marks and blanks aside."""
    first = document.words.first_word(sentence, start)
    return sentence.doc[first] if first is not None and document.words.starts[first] < end else None


def _described(subject: Token) -> str:
    """A speaker no actor names, as the subject describes it up to its head, articles left out ("people",
    "Florida tourism officials")."""
    return " ".join(t.text for t in subject.subtree if t.i <= subject.i and t.dep_ != "det")


def _subject_speaker(document: _Document, start: int, end: int) -> str | None:
    """The person a sentence is about when it carries their words without a reporting verb:
    'Hillary Clinton is traveling to Haiti to convey to the Haitian people "our long term ..."'."""
    for sentence in document.overlapping(start, end):
        subjects = [t for t in sentence.root.children if t.dep_ == "nsubj"]
        if not subjects or start <= subjects[0].idx < end:
            continue
        covering = document.covering(sentence, subjects[0].idx)
        if covering and covering[-1].label == "PERSON":
            return covering[-1].canonical
    return None


def _a_name(document: _Document, start: int, end: int) -> bool:
    """A quoted name used as a modifier: 'Organisers of the "Hope for Haiti Now" telethon', 'the
    "top kill" operation'. Nobody says those words; they name the thing after them."""
    sentences = document.overlapping(start, end)
    if not sentences or len(document.text[start:end].split()) >= _MIN_FRAGMENT_WORDS:
        return False
    doc, words = sentences[0].doc, document.words
    first, stop = sentences[0].start, sentences[-1].end
    last = words.last_word(first, words.ended_by(first, stop, start))
    following = words.first_bare_word(doc[first:stop], end)
    if last is None or following is None:
        return False
    before, after = doc[last], doc[following]
    named = after.is_alpha and after.pos_ not in _NOT_NAMED  # the parse may call "telethon" an adverb
    return before.pos_ == "DET" and named and after.idx - end <= 2


def _titled(document: _Document, start: int, end: int) -> bool:
    """A title quoted inside a sentence, its words capitalised but for small ones ('told "Fox News
    Sunday"', 'author of "The Epidemic that Never Was"'): the name of a programme, a work or a
    campaign, said by nobody."""
    words = re.findall(r"[A-Za-z][A-Za-z'’-]*", document.text[start:end])
    if not words or len(words) > _TITLE_WORDS or _standalone(document, start):
        return False
    capitalised = [word[0].isupper() or word.lower() in _SMALL_WORDS for word in words]
    big = sum(word[0].isupper() for word in words)
    speaking = FIRST_PERSON.search(" ".join(words))  # words in the first person are speech, not a title
    every = big == len(words) >= _TITLE_CASED  # but 'please read "Dreams From My Father"' is a book's title
    return all(capitalised) and big >= 2 and words[-1][0].isupper() and (every or not speaking)


_SPEAKER_NOUNS = PERSON_WORDS | TITLE_WORDS | ORG_WORDS | COLLECTIVE_NOUNS


def _described_thing(document: _Document, start: int, end: int) -> bool:
    """Whether a quote opening its sentence is followed by a bare noun phrase with no verb that describes
    a thing ('"Joan avoids a cold" a Coronet Instructional Film from the US in 1947'): the words are the
    title of what it describes, said by no one. A person or body so described ('- a spokesman for BP')
    is a credit line, and names the speaker."""
    if not _standalone(document, start):
        return False
    sentences = document.overlapping(start, start)
    after = [t for t in sentences[0] if t.idx >= end and not t.is_space] if sentences else []
    closing = next((i for i, t in enumerate(after) if not t.is_punct), None)
    if closing is None or after[closing].lower_ not in ("a", "an"):
        return False
    words = list(itertools.takewhile(lambda t: not t.is_quote, after[closing:]))
    named = [a for a in document.actors_in(sentences[0]) if a.label == "PERSON" and a.start >= end]
    return not any(
        t.pos_ in ("VERB", "AUX")
        or t.lower_ in _SPEAKER_NOUNS
        or any(a.start <= t.idx < a.end for a in named)
        for t in words
    )


def _shouted(quoted: str) -> bool:
    """A heading in capitals between quotation marks ('"UNPRECEDENTED STRING OF BAD NEWS"'): words set
    as a title, not said by anyone."""
    letters = [c for c in quoted if c.isalpha()]
    return len(letters) > _MIN_FRAGMENT_WORDS and all(c.isupper() for c in letters)


def _standalone(document: _Document, start: int) -> bool:
    """Whether the quote opens its sentence ('"We will make this right," Hayward said.')."""
    sentences = document.overlapping(start, start)
    if not sentences:
        return True
    return not document.text[sentences[0].start_char : start].strip(_MARKS_AND_SPACE)


def _opens_words(document: _Document, start: int, end: int) -> bool:
    """Whether a quote opens words of its own: a capital first and at least a fragment's words (not a
    term quoted in a sentence)."""
    return (
        document.text[start : start + 1].isupper()
        and len(document.text[start:end].split()) >= _MIN_FRAGMENT_WORDS
    )


def _after_caption(document: _Document, start: int, end: int) -> bool:
    """Whether the quote follows, in its sentence, only a run-in photo caption with no verb of saying
    and no stop ('Earthquake devastation near SOS Children\'s Villages \' Santo home in Haiti "We are
    orphan specialists.'): the words are not the caption's, and may go on from the quote before."""
    if not _opens_words(document, start, end):
        return False
    sentences = document.overlapping(start, start)
    if (
        not sentences
        or "\n" not in document.text[max(0, sentences[0].start_char - 1) : sentences[0].start_char + 1]
    ):
        return False
    words, sentence = document.words, sentences[0]
    stop = words.begun_by(sentence.start, sentence.end, start)
    last = words.last_word(sentence.start, stop)
    if last is None or not sentence.doc[last].is_alpha or sentence.doc[last].pos_ in _LEADING:
        return False  # '... "Shall I cancel my cruise?" and "I\'m fine ..."': a list of quotes, not a caption
    if words.word_count(sentence.start, stop) < _CAPTION_WORDS:
        return False
    before = [t for t in sentence.doc[sentence.start : stop] if not t.is_space and not t.is_quote]
    if any(t.like_num for t in before):
        return False  # '14 May "No one wants this over ..."': a dated line in a list, not a caption
    return not any(cue_lemma(t) for t in before)


def _words_of(document: _Document, start: int) -> str | None:
    """'in the words of rock critic Garry Mulholland, expresses "all the personal tragedies ..."', 'As the
    philosopher David Hume (echoing Epicurus) put it in 1776: "..."': the one whose words they are, named
    in the quote's sentence before it."""
    for sentence in document.overlapping(start, start):
        hint = document.first_at(_WORDS_OF_HINT, sentence)
        if hint is None or hint >= start:
            continue
        before = document.text[sentence.start_char : start]
        cited = _WORDS_OF.search(before)
        if cited is None:
            continue
        offset = sentence.start_char + cited.end()
        named = [a for a in document.actors_in(sentence) if offset <= a.start < start and a.label == "PERSON"]
        if named:
            return named[0].canonical
    return None


def _named_by(document: _Document, start: int) -> str | None:
    """'what the Columbia Journalism Review called "the Haitian news vacuum"': a term is the words of
    whoever the sentence says named it so."""
    for sentence in document.overlapping(start, start):
        hint = document.first_at(_NAMED_BY_HINT, sentence)
        if hint is None or hint >= start:
            continue
        naming = _NAMED_BY.search(document.text, sentence.start_char, start)
        if naming is None:
            continue
        who_start, who_end = naming.span("who")
        named = [
            a
            for a in document.actors_in(sentence)
            if who_start <= a.start and a.end <= who_end and a.label in ("PERSON", "ORG")
        ]
        if named:
            return named[-1].canonical
        if naming.group("who").lower() in ("he", "she"):  # 'Barack Obama vowed "..." after what he called
            subjects = [t for t in sentence.root.children if t.dep_ == "nsubj" and t.idx < who_start]
            covering = document.covering(sentence, subjects[0].idx) if subjects else []
            if covering and covering[-1].label == "PERSON":  # a "cruel and incomprehensible" disaster': his
                return covering[-1].canonical
    return None


def _labelled_speaker(text: str, start: int, actors: list[EntityMention]) -> str | None:
    """ "Quote from Zelenskyy:" right before the opening mark, or a reader's credit line ("Subash
    Neupane, Kathmandu, Nepal, e-mails:")."""
    line_start = text.rfind("\n", 0, start) + 1
    label = _BLOCK_LABEL.fullmatch(text, line_start, max(line_start, start - 1)) or CREDIT_LINE.fullmatch(
        text, line_start, max(line_start, start - 1)
    )
    if label is None or label.group("who") is None:
        return None
    who_start, who_end = label.span("who")
    placed = PLACED.search(label.group("who"))  # "RAMhaiti in Port-au-Prince tweets:": where, not who
    if placed is not None:
        who_end = who_start + placed.start()
    named = [a for a in actors if who_start <= a.start and a.end <= who_end]
    return named[0].canonical if named else text[who_start:who_end].strip()


def _caption_speaker(document: _Document, start: int) -> str | None:
    """A name and a colon that open the quote's sentence, run in after the sentence before it on the
    same line ('He said an emergency appeal ... would follow. Bill Clinton:"What we need now is food,
    water, supplies" The UN World Food Programme ... said ...'): the name is the speaker, not whoever
    reports in the words run in after the quote. The name is the person first named in full with it in
    the nearest sentence before ('John Harris is looking for more information about John Lewis ...
    John: "..."'); a first name alone, named nowhere in full, is nobody known."""
    for sentence in document.overlapping(start, start):
        label = _CAPTION.fullmatch(document.text, sentence.start_char, max(sentence.start_char, start - 1))
        if label is None:
            continue
        who_start, who_end = label.span("who")
        words = label.group("who").split()
        labelled = [
            a for a in document.actors_in(sentence) if a.start == who_start and a.label in ("PERSON", "ORG")
        ]
        if not labelled or len(words) > _NAME_WORDS or not all(word[0].isupper() for word in words):
            continue
        for before in reversed(document.before(who_start, _CAPTION_REACH)):
            fuller = [  # the first so named in the nearest sentence: its subject, not whom it asks about
                a
                for a in document.actors_in(before)
                if a.label == "PERSON" and set(words) <= set(a.text.split()) and len(a.text.split()) > 1
            ]
            if fuller:
                return fuller[0].canonical
        if len(words) > 1:  # the recogniser may cut the name at the mark run in after it ("Bill")
            return labelled[0].canonical if labelled[0].end == who_end else " ".join(words)
    return None


def _second_speaker(document: _Document, start: int, end: int) -> str | None:
    """The speaker of the second report of a sentence, whose verb the quote hangs on, where the parse
    lost its subject: 'while another clergyman, Canon Giles Fraser, preferred to respond "..."' (the
    verb read as a modifier of the noun before it), '... and Spain, which currently hold the EU
    presidency, says the union is "..."' (the subject read as joined to the first report). The words
    are that speaker's, not those of the sentence's first speaker."""
    for sentence in document.overlapping(start, start):
        first = _first_quoted_word(document, sentence, start, end)
        if first is None or sentence.start_char >= start:
            continue
        voicing = document.words.ancestors_such(first, _voices)
        verb = next((v for v in voicing if v.idx < start), None)
        if verb is None or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            continue
        report = document.attribution(sentence)
        if report is None:
            continue
        while verb.dep_ == "xcomp" and not any(c.dep_ == "nsubj" for c in verb.head.children):
            verb = verb.head
        subject = _lost_subject(verb)
        if subject is None:
            continue
        named = document.covering(sentence, subject.idx)
        if (
            named
            and named[-1].label in ("PERSON", "ORG", "GPE", "NORP")
            and named[-1].canonical != report.source
        ):
            return named[-1].canonical
    return None


def _lost_subject(verb: Token) -> Token | None:
    """The noun a verb with no subject of its own speaks for: the name set beside the noun the parse hung
    it on ("another clergyman, Canon Giles Fraser, preferred"), or the noun set off by a relative clause
    right before it ("Spain, which currently hold the EU presidency, says")."""
    if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN") and verb.head.i < verb.i:
        names = [c for c in verb.head.children if c.dep_ == "appos" and c.i < verb.i]
        return names[-1] if names else verb.head
    before = verb.doc[verb.i - 1] if verb.i > verb.sent.start else None
    if before is None or before.text != ",":
        return None
    relative = before.doc[before.i - 1].head if before.i > verb.sent.start else None
    while relative is not None and relative.dep_ != "relcl" and relative.head.i != relative.i:
        relative = relative.head if relative.head.i < verb.i else None
    if relative is None or relative.dep_ != "relcl" or relative.head.pos_ != "PROPN":
        return None
    return relative.head


def _reporting_clause_speaker(document: _Document, start: int, end: int) -> str | None:
    """ "..., the president said": a claimant outside the quote in a sentence it touches,
    or in the sentence right after it on the same line ('"...?" the admiral asked.')."""
    edges = [s for s in document.overlapping(start, end) if s.start_char < start or s.end_char > end + 1]
    following = document.after(end + 1, 1)
    same_line = [
        s
        for s in following
        if ("\n" not in document.text[end : s.start_char] or _lower_case_on(document, s, end))
        and not _own_report(document, s)
    ]
    for sentence in [*edges, *same_line]:
        actors = document.actors_in(sentence)
        attribution = _clause_of(document, sentence, actors, document.attribution(sentence), start)
        if attribution is None or not _outside(attribution, start, end):
            continue
        if (
            attribution.start is not None
            and attribution.start < start
            and _run_in(document, sentence, start, end)
        ):
            continue
        return attribution.source
    return None


def _lower_case_on(document: _Document, sentence: Span, end: int) -> bool:
    """Whether a sentence on the next line goes on from the quote's closing mark in lower case ('... to
    get it sorted? \'"' then 'said Patrick Dunleavy, a professor ...'): no sentence opens so, and the
    line break is the corpus's split, not a new paragraph."""
    first = next((t for t in sentence if t.is_alpha), None)
    if first is None or document.text[end : first.idx].strip(_MARKS_AND_SPACE):
        return False
    return first.text[0].islower()


def _own_report(document: _Document, sentence: Span) -> bool:
    """Whether a sentence after a quote reports words of its own, outside any quote ('"I want to thank
    them ..." Thomas Tsang, head of ..., said officials would be reviewing their quarantine
    procedures.'): its speaker reports something else, not the quote before."""
    root = sentence.root
    reported = [c for c in root.children if c.dep_ in ("ccomp", "xcomp") and c.i > root.i]
    quotes = document.quotes_in(sentence)
    return cue_lemma(root) is not None and any(
        not any(qs <= c.idx < qe for qs, qe in quotes) for c in reported
    )


def _closing_clause_speaker(document: _Document, start: int, end: int) -> str | None:
    """The subject of a "he said" that closes the quote's sentence, whatever the parse hangs the verb on
    ('"She\'d bring it up onto the boat and say, ` Oh, it\'s dead, it got oil on it, \'" he said.', where
    "said" was read as a clause of the quoted "say"): the person the pronoun or name stands for."""
    for sentence in document.overlapping(start, end):
        if sentence.end_char <= end + 1:
            continue
        subject = _opening_subject(document, sentence, end)
        if subject is None:
            continue  # '," he said.': the subject first, then its verb, and nothing quoted after
        verb = subject.head
        if cue_lemma(verb) is None or document.words.quote_after(sentence, verb.i):
            continue
        named = _actor_at(document, sentence, subject)
        if named is not None:
            return named
    return None


def _opening_subject(document: _Document, sentence: Span, end: int) -> Token | None:
    """The subject that opens the clause closing a sentence after a quote ending at `end`, right before
    its verb: "he" of '," he said.', "Flynn" of '," Justice Department representative Steven Flynn told
    the panel.'."""
    first = document.words.first_bare_word(sentence, end)
    found = document.words.first_subject(sentence, end)
    if first is None or found is None:
        return None
    subject = sentence.doc[found]
    if subject.left_edge.i != first:
        return None
    following = subject.right_edge.i + 1
    return subject if subject.head.i == following and subject.i == following - 1 else None


def _saying_subject(document: _Document, start: int, end: int) -> str | None:
    """The named subject of a verb of saying the quoted words hang on, in a sentence attribution reads
    no report in ('Obama says ready to "kick ass" over Gulf oil spill', a headline with no clause said)."""
    for sentence in document.overlapping(start, start):
        first = _first_quoted_word(document, sentence, start, end)
        if first is None or sentence.start_char >= start or document.attribution(sentence) is not None:
            continue
        saying = document.words.ancestors_such(first, _saying_verb)
        verbs = [v for v in saying if v.idx < start][:1]
        subjects = [c for v in verbs[:1] for c in v.children if c.dep_ == "nsubj"]
        named = _actor_at(document, sentence, subjects[0]) if subjects else None
        if named is not None:
            return named
    return None


def _saying_verb(word: Token) -> bool:
    return word.pos_ == "VERB" and bool(cue_lemma(word))


_NAMING_FORMS = frozenset(
    {f"{stem}{ending}" for stem in ("call", "term", "brand", "label") for ending in ("", "s", "ed", "ing")}
    | {
        f"{stem}{ending}"
        for stem in ("describ", "characteris", "characteriz", "defin")
        for ending in ("e", "es", "ed", "ing")
    }
    | {"classify", "classifies", "classified", "classifying", "dub", "dubs", "dubbed", "dubbing", "labelled"}
)  # verbs that name a thing as the words quoted: 'has called the situation "..."'
_REFERRING_FORMS = frozenset({"refer", "refers", "referred", "referring"})  # naming only with "as"


def _naming_subject(document: _Document, start: int, end: int) -> str | None:
    """Words that name a thing, quoted as what someone calls it ('Obama has called the situation "a massive
    and potentially unprecedented environmental disaster"', 'the World Health Organisation classifies the
    virus as a "public health emergency of international concern"'): the named subject of the verb of
    naming is the speaker, whatever else the sentence reports. The verb is the first one outside the quote
    above its words, so 'described hearing a neighbor cry out: "I heard ..."' is the neighbor's."""
    for sentence, framing in _verbs_framing(document, start, end):
        verb = _named_as(framing)
        if verb.lower_ not in _NAMING_FORMS and not _referred_to_as(verb):
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        named = _actor_at(document, sentence, subjects[0]) if subjects else None
        if named is not None:
            return named
        if subjects and subjects[0].lower_ in _WRITINGS:
            return _issuer(document, sentence, subjects[0])
    return None


_WRITINGS = frozenset({"plan", "plans", "document", "documents", "letter", "filing", "memo"})


def _issuer(document: _Document, sentence: Span, writing: Token) -> str:
    """Who issued a writing, named in its subject ("BP's plan referred to "sea lions, seals, ..."" is
    BP's), else the writing as the subject describes it: its words are the writing's, not those of
    whoever reports what it says."""
    words = list(writing.subtree)
    issuers = [
        a
        for a in document.actors_in(sentence)
        if words[0].idx <= a.start < words[-1].idx + len(words[-1]) and a.label in ("PERSON", "ORG")
    ]
    return issuers[-1].canonical if issuers else _described(writing)


def _referred_to_as(verb: Token) -> bool:
    """'BP's plan referred to "sea lions, seals, sea otters (and) walruses" as wildlife that might be
    affected': what is referred to "as" something is named in the holder's words; not 'Mendoza was referring
    to "the hospitality she received ..."', the reporter's account of what she meant."""
    return verb.lower_ in _REFERRING_FORMS and any(t.lower_ == "as" for t in verb.subtree if t.i > verb.i)


def _named_as(verb: Token) -> Token:
    """The verb of naming above a gerund its "as" brings in ('WHO defined an influenza pandemic as causing
    "enormous numbers of deaths and illness"': "defined"), else the verb itself."""
    if verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.lower_ == "as":
        return verb.head.head
    return verb


_SHOWING = frozenset({"show", "shows", "showed", "shown", "found", "finds", "revealed", "reveals"})
_STUDIES = frozenset(  # what tells a finding: "a new poll ... showed"
    {"poll", "polls", "survey", "surveys", "study", "studies", "report", "reports", "review", "analysis"}
)


def _shown_by_document(document: _Document, start: int, end: int) -> str | None:
    """Words a poll or a study is said to show ('a new poll released on Monday by the Clean Energy Works
    campaign showed "overwhelming public support for comprehensive clean energy legislation"'): the
    finding is the document's, so its issuer's where the subject names one, else the document's as the
    subject describes it, not the words of anyone the rest of the sentence reports. A finding foretold
    or reported by someone is left to the reporting clause."""
    for sentence, verb in _verbs_framing(document, start, end):
        if verb.lower_ not in _SHOWING or _foretold_or_reported(verb):
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.lower_ in _STUDIES]
        if not subjects:
            continue
        words = list(subjects[0].subtree)
        issuers = [
            a
            for a in document.actors_in(sentence)
            if words[0].idx <= a.start < words[-1].idx + len(words[-1]) and a.label in ("PERSON", "ORG")
        ]
        return issuers[-1].canonical if issuers else _described(subjects[0])
    return None


def _foretold_or_reported(verb: Token) -> bool:
    """ "the company said, a full review will show "possibly far less oil" was spilled": a finding still to
    come, or one someone else reports, is that speaker's words, not the document's."""
    modal = any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)
    return modal or any(cue_lemma(above) is not None for above in verb.ancestors)


def _verbs_framing(document: _Document, start: int, end: int) -> Iterator[tuple[Span, Token]]:
    """Each sentence the quote starts in, after words of its own, with the verb its quoted words hang
    on (`_verb_above`), where there is one."""
    for sentence in document.overlapping(start, start):
        first = _first_quoted_word(document, sentence, start, end)
        verb = (
            _verb_above(document, first, start, end)
            if first is not None and sentence.start_char < start
            else None
        )
        if verb is not None:
            yield sentence, verb


def _verbs_above(document: _Document, word: Token) -> Iterator[Token]:
    """The ancestors of `word` that are verbs or auxiliaries, nearest first."""
    return document.words.ancestors(word, "verb", document.words.verb_or_aux)


def _verb_above(document: _Document, first: Token, start: int, end: int) -> Token | None:
    """The first verb above a quote's first word that lies outside the quote (before it)."""
    verb = next((v for v in _verbs_above(document, first) if not start <= v.idx < end), None)
    return None if verb is None or verb.idx > start else verb


def _participle_speaker(document: _Document, start: int, end: int) -> str | None:
    """Words quoted in a participle of saying set off by a comma after the sentence's subject are the
    subject's: 'Florida tourism officials, promising "100 percent transparency," are using live video'."""
    for sentence in document.overlapping(start, start):
        first = _first_quoted_word(document, sentence, start, end)
        if first is None or sentence.start_char >= start:
            continue
        verb = next(_verbs_above(document, first), None)
        if verb is None or verb.idx >= start or verb.dep_ != "acl" or verb.tag_ != "VBG" or not _voices(verb):
            continue
        subject = verb.head
        if subject.dep_ != "nsubj" or subject.head.i != sentence.root.i or verb.doc[verb.i - 1].text != ",":
            continue
        covering = document.covering(sentence, subject.idx)
        if covering:
            return covering[-1].canonical
        if subject.pos_ in ("NOUN", "PROPN"):
            return _described(subject)
    return None


_DECLARING_FORMS = frozenset({"declare", "declares", "declared", "declaring"})  # read as an act


def _declaring_subject(document: _Document, start: int, end: int) -> str | None:
    """The named subject of a verb of declaring whose object is the quoted words ('World Health
    Organization declares "public health emergency of international concern"'): the declaration is an
    act, so no report is read, but the words quoted are the declarer's."""
    for sentence, verb in _verbs_framing(document, start, end):
        if verb.lower_ not in _DECLARING_FORMS:
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        named = _actor_at(document, sentence, subjects[0]) if subjects else None
        if named is not None:
            return named
    return None


def _participle_holder(document: _Document, start: int, end: int) -> str | None:
    """The named subject of the sentence whose thing a participle of saying with no subject of its own
    describes ('The Mirror ... places the ugliest picture of a pig it can find on its front page
    announcing "SWINE FLU IS HERE"'): the page announces the words of the one who places it. Only
    where nothing but nouns and prepositions lies between the participle and the sentence's verb."""
    for sentence, verb in _verbs_framing(document, start, end):
        if verb.tag_ != "VBG" or verb.dep_ != "acl" or not is_reporting_form(verb.lower_):
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            continue
        above = next(_verbs_above(document, verb), None)
        if above is None or above.i != sentence.root.i:
            continue
        subjects = [c for c in above.children if c.dep_ == "nsubj"]
        named = _actor_at(document, sentence, subjects[0]) if subjects else None
        if named is not None:
            return named
    return None


def _colon_clause_subject(document: _Document, start: int, end: int) -> str | None:
    """The named subject of the clause a colon closes right before the quote ('On Comment is free, Ben
    Goldacre defends the coverage: "For so many people, ..."'): a clause that sets up words after a
    colon introduces them, whatever its verb, as long as it is one of doing (not "is" or "has"). A
    sentence with a report of its own ('Johnson said: "..."') is left to its reporting clause; a
    sentence after the quote does not take it."""
    words = document.words
    for sentence in document.overlapping(start, start):
        stop = words.ended_by(sentence.start, sentence.end, start)
        last = words.last_word(sentence.start, stop)
        if words.word_count(sentence.start, stop) < 3 or last is None or sentence.doc[last].text != ":":
            continue
        if document.attribution(sentence) is not None:
            continue
        before = [t for t in sentence.doc[sentence.start : stop] if not t.is_space and not t.is_quote]
        verb = _colon_clause_verb(before, start)
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
        if subject is None or subject.pos_ == "PRON":
            continue  # a "he" is left to the quote's context
        named = _actor_at(document, sentence, subject)
        if named is not None:
            return named
    return None


def _colon_clause_verb(before: list[Token], start: int) -> Token | None:
    """The verb whose subject sets up words after a colon: the last verb with a subject before it when
    it is one of voice ('while Sandra Joseph Marquis from Florida wails:', "wails" read as a noun),
    else the last one heading its clause outside the quote ('Hayward on Sunday alluded to the role BP
    has unwillingly adopted:' is Hayward's, not BP's)."""
    verbs = [
        t
        for t in before
        if t.pos_ != "AUX"
        and _acts_as_verb(t)
        and t.lower_ not in BE_OR_HAVE_FORMS
        and any(c.dep_ == "nsubj" and c.i < t.i for c in t.children)
    ]
    if verbs and (_voices(verbs[-1]) or is_reporting_form(verbs[-1].lower_)):
        return verbs[-1]
    heading = [v for v in verbs if not any(a.pos_ in ("VERB", "AUX") and a.idx < start for a in v.ancestors)]
    if not heading or any(
        t.dep_ == "relcl" and is_reporting_form(t.lower_) for t in before if t.i > heading[-1].i
    ):
        return None  # 'a campaign in which Hayward pledges:' (read as a noun): the relative clause's speaker
    return heading[-1]


def _actor_at(document: _Document, sentence: Span, word: Token) -> str | None:
    """The person or body named by the actor that covers `word`, if any."""
    covering = document.covering(sentence, word.idx)
    return covering[-1].canonical if covering and covering[-1].label in ("PERSON", "ORG") else None


def _run_in(document: _Document, sentence: Span, start: int, end: int) -> bool:
    """A quote opening a new sentence right after a report that is complete without it, with no stop or
    colon between ('"... to the people," Sarah said. The Red Cross estimates that up to 50,000 have been
    killed "Once we can get some fuel then that's going to help ..."'): a caption run into the next
    speaker's words, which are not the report's."""
    if not _opens_words(document, start, end):
        return False
    words = document.words
    stop = words.ended_by(sentence.start, sentence.end, start)
    last = words.last_word(sentence.start, stop)
    closing = sentence.doc[last] if last is not None else None
    if closing is None or not closing.is_alpha or closing.pos_ in _LEADING or cue_lemma(closing):
        return False  # 'told reporters "We ...', 'said "We ...', 'said it was "Unacceptable"'
    before = [t for t in sentence.doc[sentence.start : stop] if not t.is_space and not t.is_quote]
    cues = [t.i for t in before if cue_lemma(t) is not None]
    clauses = [  # "that up to 50,000 have been killed": what was reported is complete before the quote
        t
        for t in before
        if cues
        and t.i > cues[0]
        and t.pos_ in ("VERB", "AUX")
        and any(c.dep_ in ("nsubj", "nsubjpass") and cues[0] < c.i and c.idx < start for c in t.children)
    ]
    return bool(clauses)


def _clause_of(
    document: _Document, sentence: Span, actors: list[EntityMention], main: Attribution | None, start: int
) -> Attribution | None:
    """The attribution of the reporting clause that carries the quote, when a sentence has two: 'Cheryl
    Cole said she hoped ... while Rod Stewart said he could not think of "a more fitting song ..."'."""
    first = document.words.first_word(sentence, start)
    inside = [] if first is None else [first]
    clauses = [
        (tokens, found)
        for tokens, found in clause_attributions(sentence, actors, main)
        if inside and inside[0] in tokens
    ]
    if not clauses:
        return main
    tokens, found = min(clauses, key=lambda clause: len(clause[0]))
    within = any(tokens < other for other, by in clauses if by is main)
    if found is not None and main is not None and within and _held(sentence, tokens, found):
        return main  # 'spokesman Robert Gibbs said Obama believed that "..."': Gibbs speaks the words
    return found


# States of mind among the reporting verbs (`cue_lemma` names no other verb, so "hope" or "feel" never come)
_HELD = frozenset({"believe", "think", "fear", "suspect", "assume", "expect"})


def _held(sentence: Span, tokens: frozenset[int], found: Attribution) -> bool:
    """Whether a clause's cue is a state of mind (Obama "believed"), which holds a view but speaks no
    words: words quoted in it are the relaying speaker's."""
    cue = found.cue.split()[-1:] if found.cue else []
    return any(t.i in tokens and t.text in cue and cue_lemma(t) in _HELD for t in sentence)


def _own_unnamed_speaker(document: _Document, start: int, end: int) -> bool:
    """Whether the quote's own reporting clause has a "he" or "she" no one was found for."""
    edges = [s for s in document.overlapping(start, end) if s.start_char < start or s.end_char > end + 1]
    return any(document.has_pronoun_outside(document.pronoun_reporters, s, start, end) for s in edges)


def _context_speaker(
    document: _Document, start: int, end: int, after: bool = True, previous: list[Quote] | None = None
) -> str | None:
    """The claimant of the nearest attributed sentence before the quote, else (for a quote that
    stands as its own sentence) the speaker of the quote before it (`_continued_speaker`), else
    the claimant of the nearest attributed sentence after it."""
    before = document.before(start, _CONTEXT_SENTENCES)
    after = document.after(end, _CONTEXT_SENTENCES) if after else []
    known = _discourse_names(document, before, start, end, previous) if after else set()
    back = _pointing_back(document, before, after[:1], end)
    if back is not None:
        return back
    for index, sentence in enumerate([*reversed(before), *after]):
        if index == len(before) and previous:
            continued = _continued_speaker(document, previous[0], start, end)
            if continued is not None:
                return continued
        if document.quoted(sentence):
            continue
        attribution = document.attribution(sentence)
        if (
            attribution is not None
            and index >= len(before)
            and _not_back(document, sentence, attribution, known, end)
        ):
            return None  # '... sceptical reporters asked whether ...': the next report is of something else
        if attribution is not None:
            return _person_told(document, sentence) if _told_by(sentence) else attribution.source
        if index < len(before) and _unnamed_speaker(document, sentence):
            return None  # '..., she says.' with no one to name: the quote is hers, not a later speaker's
        if index == 0 and before and _first_person(document.text[start:end]) and not _caption(sentence):
            person = _person_subject(document, sentence)
            if person is not None:
                return person
    return None


def _pointing_back(document: _Document, before: list[Span], after: list[Span], end: int) -> str | None:
    """The speaker of a reporting clause that opens the sentence right after a quote standing alone and
    reports nothing but words quoted of its own ('... rich fisheries in Louisiana. "There could be oil
    coming up until August." Browner told CBS's "Face The Nation," "We are prepared for the worst."'):
    the clause goes back to the quote before it, split from it by a stop, over a speaker named before
    the narration between (Robert Dudley, three sentences up). A report in the sentence right before the
    quote keeps it ('Dudley said ... . "..."')."""
    if not after or (before and document.attribution(before[-1]) is not None):
        return None
    sentence = after[0]
    words = [t for t in sentence if not t.is_space and not t.is_quote and not t.is_punct]
    if not words or document.text[end : words[0].idx].strip(_MARKS_AND_SPACE):
        return None
    root = sentence.root
    subjects = [c for c in root.children if c.dep_ == "nsubj"]
    if cue_lemma(root) is None or not subjects or min(t.i for t in subjects[0].subtree) != words[0].i:
        return None
    quotes = document.quotes_in(sentence)
    reported = [c for c in root.children if c.dep_ in ("ccomp", "xcomp")]
    if not quotes or any(not any(qs <= c.idx < qe for qs, qe in quotes) for c in reported):
        return None  # 'Browner said the government would ...': a report of its own, not the quote's clause
    attribution = document.attribution(sentence)
    if attribution is None or attribution.start is None:
        return None
    subject = list(subjects[0].subtree)
    return attribution.source if subject[0].idx <= attribution.start <= subject[-1].idx else None


_ASKED = frozenset(
    {"ccomp", "xcomp", "advcl", "dobj"}
)  # what is asked: "whether ...", "if ...", "a question"


def _not_back(
    document: _Document, sentence: Span, attribution: Attribution, known: set[str], end: int
) -> bool:
    """Whether a report after a quote with no reporting clause of its own is of something else: a
    question put about it (`_asks_after`), or a report that carries words quoted of its own by someone
    the discourse up to the quote does not bring in (`known`; '"The response has been fantastic." To
    boost the amount ... . Simon Cowell wants ... Prime Minister Gordon Brown said: "Simon Cowell can
    make ..."': Brown's words are his, the ones before are not). A speaker comes from the quote's own
    clause or the discourse before it."""
    if _asks_after(sentence):
        return True
    if _runs_on(document, sentence, end):
        return False  # '...?" Admiral Thad Allen ... asked back.': the quote's own clause
    return bool(document.quotes_in(sentence)) and attribution.source not in known


def _discourse_names(
    document: _Document, before: list[Span], start: int, end: int, previous: list[Quote] | None
) -> set[str]:
    """Who the discourse up to a quote brings in: the people and bodies named in the sentences before it
    and in its own (outside the quoted words; '"...," Edward McNally, a lawyer at ...' with no verb of
    saying), in a clause that runs on after it ('"...?" Admiral Thad Allen ... asked back.'), and the
    speaker of the quote before."""
    sentences = [*before, *document.overlapping(start, end)]
    sentences += [s for s in document.after(end, 1) if _runs_on(document, s, end)]
    known = {a.canonical for s in sentences for a in document.actors_in(s) if not start <= a.start < end}
    return known | {q.speaker for q in previous or [] if q.speaker}


def _runs_on(document: _Document, sentence: Span, end: int) -> bool:
    """Whether a sentence goes on from the quote's closing mark with no full stop between ('...
    possible," Edward McNally, a lawyer ..., said', '... with what?" Admiral Thad Allen ... asked back.'):
    the split is the parser's, and the clause is the quote's own."""
    words = [t for t in sentence if t.is_alpha][:1]
    between = document.text[end : words[0].idx] if words else "."
    if between.strip(_MARKS_AND_SPACE + ","):
        return False
    return "," in between or not document.text[max(0, end - 3) : end].rstrip(_MARKS_AND_SPACE).endswith(".")


def _asks_after(sentence: Span) -> bool:
    """Whether a sentence after a quote with no reporting clause of its own puts a question of its own
    ('... sceptical reporters asked whether ...'): the askers question what was said, they did not say
    it. One that asks nothing more ('"... to replace them with what?" Admiral Thad Allen ... asked
    back.') is the quote's own clause."""
    return any(
        cue_lemma(t) == "ask" and t.pos_ == "VERB" and any(c.dep_ in _ASKED for c in t.children)
        for t in sentence
    )


def _continued_speaker(document: _Document, previous: Quote, start: int, end: int) -> str | None:
    """The speaker of the quote before, when a quote that stands alone follows it with no one else
    named between, has no "he says" of its own and no sentence after it reports it: Gordon Brown's
    '"We will do everything we can ..."', a paragraph after his '"This is now a test of the
    international community."', is still his, not "David Miliband"'s, who reports something else in
    the sentence after it ("Later David Miliband said the UK was working ...")."""
    if previous.speaker is None or previous.speaker.lower() in document.text[start:end].lower():
        return None  # '"If the government concludes that ..."' is not the government's
    between = [s for s in document.overlapping(previous.end + 1, start - 1) if previous.end < s.start_char]
    between = [s for s in between if s.end_char < start and not document.quoted(s)]
    if len(between) > _CONTINUED_SENTENCES:
        return None
    for sentence in between:
        named = [a for a in document.actors_in(sentence) if a.label in ("PERSON", "ORG")]
        if any(a.canonical != previous.speaker for a in named) or attribute(sentence, named) is not None:
            return None  # 'Haitian Fredo Dupoux posted one of the first recorded tweets': someone else's
    own = document.overlapping(start, end)
    if any(document.has_pronoun_outside(document.pronoun_subjects, s, start, end) for s in own):
        return None  # '"On the ground," he answers': the quote's own speaker, whoever he is
    following = [s for s in document.after(end + 1, 2) if s.text.strip(_MARKS_AND_SPACE)][:1]
    for sentence in following:
        attribution = document.attribution(sentence)
        if attribution is not None and not any(c.dep_ == "ccomp" for c in sentence.root.children):
            return None  # "So said former US President, Bill Clinton": the sentence after reports it
    return previous.speaker


def _carried_on(document: _Document, start: int, previous: list[Quote]) -> str | None:
    """The speaker of the quote before, when only its "he said" stands between the two ('"Our
    understanding was that ...," she said. "The mistake we made is that ..."'): the second quote goes on
    in the same voice, whatever else the sentence around says."""
    if not previous or previous[0].speaker is None:
        return None
    between = document.text[previous[0].end : start]
    return previous[0].speaker if _PRONOUN_CLAUSE.fullmatch(between) else None


def _first_person(quoted: str) -> bool:
    """The quote speaks as "I" or "we" from its first words ("I'm not going to wait ...")."""
    return bool(FIRST_PERSON.search(" ".join(re.findall(r"[A-Za-z]+", quoted)[:_FIRST_WORDS])))


def _caption(sentence: Span) -> bool:
    """A photo caption run in before a quote ('Volunteer Andy Read had been on his first rescue mission
    "In the end we managed ...'): no full stop ends it, and the quote goes on someone else's account."""
    return not span_text(sentence).rstrip().endswith(_SENTENCE_ENDS)


_SENTENCE_ENDS = (".", "!", "?", ":", '"', "”", "'", ")")


def _person_subject(document: _Document, sentence: Span) -> str | None:
    """The person a sentence right before a quote is about, its subject named or a "he" resolved:
    'Although the place has been flattened, ... he has sold what furniture he has been able to salvage
    ... "I'm not going to wait for the government to help me."'."""
    subjects = [t for t in sentence.root.children if t.dep_ == "nsubj"]
    if not subjects:
        return None
    for word in _named_subject_words(subjects[0]):
        covering = document.covering(sentence, word.idx)
        if covering:
            return covering[-1].canonical if covering[-1].label == "PERSON" else None
    return None


def _named_subject_words(subject: Token) -> list[Token]:
    """The subject's head, then the name set beside it ("Hong Kong's health minister, York Chow, was
    grateful"): a description names its person in apposition."""
    return [subject, *(c for c in subject.children if c.dep_ == "appos")]


_TELLING = frozenset({"tell", "inform", "warn"})  # not "he was quoted by AFP as saying": his own words


def _told_by(sentence: Span) -> bool:
    """ "he was told by authorities he would have to be quarantined": the words quoted next are more
    likely the answer of the one told than the teller's."""
    return any(
        t.dep_ == "nsubjpass"
        and cue_lemma(t.head) in _TELLING
        and any(c.dep_ == "agent" for c in t.head.children)
        for t in sentence
    )


def _person_told(document: _Document, sentence: Span) -> str | None:
    """The person told, named or a "he" resolved, whose answer the words quoted next are ('When he
    returned to the hotel on Saturday, he was told by authorities he would have to be quarantined. "Why
    do I have to go inside?"': Brice Chevallereau, named before)."""
    told = [t for t in sentence if t.dep_ == "nsubjpass" and cue_lemma(t.head) in _TELLING]
    covering = document.covering(sentence, told[0].idx) if told else []
    return covering[-1].canonical if covering and covering[-1].label == "PERSON" else None


def _unnamed_speaker(document: _Document, sentence: Span) -> bool:
    """Whether the sentence ends with a reporting clause whose speaker is a bare pronoun."""
    reporters = document.pronoun_reporters
    first = bisect_left(reporters, sentence.start)
    return first < len(reporters) and reporters[first] < sentence.end


def _outside(attribution: Attribution, start: int, end: int) -> bool:
    """The claimant is named outside the quote and does not contain it ('The section on "worst
    case discharge" estimates ...' names no speaker of the quoted words)."""
    if attribution.start is None:
        return False
    claimant_end = attribution.end if attribution.end is not None else attribution.start
    return claimant_end <= start - 1 or attribution.start >= end
