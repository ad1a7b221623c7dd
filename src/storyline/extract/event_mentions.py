"""Event mentions: the words of a sentence that tell something happening.

A sentence can tell several events ("BP, which agreed the fund on Wednesday,
said on Friday it would suspend its dividend" tells the agreement and the
suspension), and one event is told by many sentences. spaCy parses but has no
event layer, so this module reads one off the dependency tree:

- every predicate is a mention: a verb (auxiliaries and "have/be/get" as main
  verbs left out) or an eventive noun (`event_nouns`, or by its place: `event_noun_places`);
- the *main* mentions are the timeline events: the predicate of the main
  clause, or, after a reporting verb, of what was reported ("said that North
  Korea was likely to send troops" → "send"); and the predicate of every other
  clause that stands on its own — a coordinated clause with its own subject,
  or a clause carrying its own date ("which agreed the fund on Wednesday");
- the other mentions are secondary: they take part in coreference (an
  "explosion" in one article is the "blast" that "killed" in another) but
  make no timeline entry of their own.

Each mention knows the participants named in its arguments (subject, object,
agent, possessor), which the merge stage compares across articles.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from storyline.analyse.doc_text import doc_text
from storyline.analyse.reporting import cue_lemma
from storyline.analyse.token_table import TokenTable, token_table
from storyline.analyse.verb_forms import BE_FORMS, PRESENT_TAGS
from storyline.extract.arrangements import PARTICIPLES, arrangement, infinitive, perfect
from storyline.extract.capacities import capacity_of
from storyline.extract.event_dates import head_index
from storyline.extract.event_noun_places import told_as_event
from storyline.extract.event_nouns import eventive_noun_objects, is_event_noun, is_event_word
from storyline.extract.time_clauses import SAME_CLAUSE, backshifted, time_clause, told_in_past
from storyline.extract.told_events import told_event
from storyline.model import EntityMention, TimeExpression

Lemmatizer = Callable[[Token], str]


_NOT_PREDICATES = frozenset({"be", "have", "get", "do", "seem", "appear", "become", "let", "according"})
_EVENT_WORD_POS = ("NOUN", "ADJ", "PROPN")  # the parts of speech `is_event_word` accepts
_OWN_CLAUSES = frozenset({"conj", "parataxis"})
_DATED_CLAUSES = frozenset({"relcl", "advcl", "conj", "parataxis", "ccomp", "acl"})
_CONTENT_DEPS = ("ccomp", "xcomp", "acomp", "attr", "oprd")
_MODALS = frozenset({"will", "would", "could", "may", "might", "should", "shall", "can", "'ll", "must"})
_CONTRACTED_MODALS = frozenset({"wo", "ca"})  # "won't", "can't"; not French "Ca va?"
_IRREALIS_HEADS = frozenset(
    {
        "likely", "unlikely", "expect", "plan", "intend", "want", "try", "aim", "seek", "hope", "threaten",
        "prepare", "ready", "set", "due", "poised", "able", "going", "propose", "consider", "attempt",
        "schedule", "slate",
    }
)  # fmt: skip
# a passive that arranges what is to come ("are set to receive", "is expected to discuss"): the word itself
# tells the arranged event, which has not happened
_ARRANGEMENTS = frozenset({"set", "schedule", "slate", "expect", "due", "poise"})
# the forms of "be" that can arrange ("is to sue"), contractions too; not "been to see", a visit done
_BE = (BE_FORMS - {"been", "being"}) | {"am", "'s", "'re", "'m"}
_BE_TO_IDIOMS = frozenset({"blame"})  # "BP is to blame": the blame is now, no arrangement
_INTRODUCING_SUBJECTS = frozenset({"it", "this", "that", "there"})
_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "agent", "poss", "compound", "pobj", "dative"})


@dataclass(frozen=True, slots=True)
class Trigger:
    """One event mention: its head word, lemma ("" for a sentence's root standing in for a
    missing predicate: it names no kind of event), and whether it is a timeline event."""

    token: Token
    lemma: str
    main: bool

    @property
    def start(self) -> int:
        return self.token.idx

    @property
    def end(self) -> int:
        return self.token.idx + len(self.token.text)


def lower_lemma(token: Token) -> str:
    return token.lower_


def find_triggers(
    sentence: Span,
    expressions: list[TimeExpression],
    lemma: Lemmatizer = lower_lemma,
    lemma_at: Callable[[int], str] | None = None,
    verb_of: Callable[[str], str | None] | None = None,
) -> list[Trigger]:
    """The sentence's event mentions in text order; at least one main mention.

    `lemma_at`: the lemma of the word at an index of the parse, if the caller has a quicker way
    than `lemma(doc[index])`. `verb_of`: the verb a word form is a form of, if any, to read the
    verbs of a title-case headline that the tagger took for names. The words are read off the
    parse's table (`analyse.token_table`): a `Token` is made only for the mentions."""
    doc = sentence.doc
    table = token_table(doc)
    if lemma_at is None:
        lemma_at = lambda index: lemma(doc[index])  # noqa: E731
    line = _line(table, sentence)
    title_case = _title_case(table, doc_text(doc), *line)
    pos, dep = table.pos, table.dep
    candidates: set[int] = set()
    lemmas: dict[int, str] = {}
    for i in range(sentence.start, sentence.end):
        part_of_speech = pos[i]
        if part_of_speech == "VERB":
            if (
                dep[i] in ("aux", "auxpass")
                or _compound_adjective(table, i)
                or _adjective_read_as_verb(table, i)
            ):
                continue
            word = lemmas[i] = lemma_at(i)
            if word.lower() not in _NOT_PREDICATES:
                candidates.add(i)
        elif part_of_speech in _EVENT_WORD_POS:  # only these can be event words: the rest need no lemma
            word = lemmas[i] = lemma_at(i)
            if is_event_word(word, part_of_speech, title_case) or (
                part_of_speech == "NOUN" and told_as_event(table, doc, i)
            ):
                candidates.add(i)
            elif title_case and part_of_speech == "PROPN" and verb_of is not None:
                verb = _headline_verb(table, doc, i, line[0], verb_of)
                if verb is not None:
                    lemmas[i] = verb
                    candidates.add(i)
    root = sentence.root
    main = _main_predicate(table, root, candidates)
    mains = {main} if main is not None else set()
    dated = _clauses_with_own_date(table, sentence, expressions, candidates)
    for i in candidates:
        if i in mains or pos[i] != "VERB":
            continue
        if (dep[i] in _OWN_CLAUSES and _has_subject(table, i)) or i in dated:
            mains.add(_past_frames(table, doc, i, candidates))  # "..., but tests show the vaccine does
            # not protect against the new strain": the finding, as when it is the main clause
    told: set[int] = set()
    for i in mains:  # a verb of attempt or phase tells the operation its argument names ("try a top kill")
        if pos[i] == "VERB" and (kind := told_event(table, i, lemmas[i].lower(), lemma_at)):
            lemmas[i] = kind
            told.add(i)
    for i in candidates - told:
        if pos[i] == "VERB" and (particle := _particle(table, i)):
            lemmas[i] = f"{lemmas[i]} {particle}"
    if not mains:  # no predicate found: the sentence still states something; its root speaks for it
        mains.add(root.i)
    candidates -= {  # an outlet's learning is no happening: the news it learnt is ("the BBC has learned")
        i for i in candidates if i not in mains and _learnt_news(table, i, candidates) in mains
    }
    stand_ins = mains - candidates  # and so does a learnt clause's light verb ("will get a pension")
    candidates |= stand_ins
    return [
        Trigger(doc[i], "" if i in stand_ins else lemmas[i].lower(), i in mains)
        for i in sorted(candidates)
        if not _inside_expression(table.start[i], expressions) or i in mains
    ]


def _particle(table: TokenTable, verb: int) -> str:
    """The particle of a phrasal verb ("blew up", "took over", "called off"; spaCy's `prt`), or "":
    the predicate is the verb and its particle, which may name another kind of event than the verb
    alone ("took over the response" is no taking, "called off the strike" no call: which do, the
    merge stage says, `similarity.predicate_key`). Not a particle before "to", which the parser takes
    for one in "could take up to half-a-year": "up to" a figure."""
    lower, dep = table.lower, table.dep
    last = len(lower) - 1
    return next(
        (
            lower[child]
            for child in table.children(verb)
            if dep[child] == "prt" and (child == last or lower[child + 1] != "to")
        ),
        "",
    )


_NON_PARTICIPLES = PRESENT_TAGS | {"VB"}


def _adjective_read_as_verb(table: TokenTable, index: int) -> bool:
    """Whether a verb's form before a noun it qualifies is an adjective: only a participle
    qualifies a noun as a verb does ("injured workers"); a verb's bare plain form there is an
    adjective the tagger took for the verb ("suspended imports of pork and live pigs": not the
    verb of "Thousands of Christians live here"). A phrasal verb's noun keeps its deed ("the
    clean-up operation", "the emergency mop-up operation": the verb holds its particle)."""
    return table.dep[index] == "amod" and table.tag[index] in _NON_PARTICIPLES and not table.children(index)


# Prefixes that make another verb with a hyphen ("re-opened", "co-operate", "over-estimated"): the
# word is still the verb's
_VERB_PREFIXES = frozenset(
    {"re", "pre", "co", "un", "de", "dis", "mis", "non", "out", "over", "under", "cross"}
)


def _compound_adjective(table: TokenTable, index: int) -> bool:
    """Whether a present participle ends a hyphenated adjective said of its subject, with no
    auxiliary of its own ("It is so low-lying that sea swells often cover the road", "Louisiana is so
    low-lying"): it describes a place or a thing, it tells nothing happening. A hyphenated word before
    its noun ("the low-lying region", "the BP-operated rig") is left as it was: leaving those out
    too cost ECB+'s development topics 0.2 of CoNLL F1. A verb with a prefix ("re-opened") still
    tells one."""
    if table.tag[index] != "VBG" or index < 2 or table.dep[index] not in ("acomp", "xcomp"):
        return False
    hyphen = index - 1
    word = table.lower[hyphen]
    if not word.endswith("-"):
        return False
    if word == "-":  # "low", "-", "lying": the hyphen must hold to the word before it
        if table.end[hyphen - 1] != table.start[hyphen]:
            return False
        word = table.lower[hyphen - 1]
    if word.rstrip("-") in _VERB_PREFIXES:
        return False
    return not any(table.dep[child] in ("aux", "auxpass") for child in table.children(index))


def _title_case(table: TokenTable, text: str, start: int, end: int) -> bool:
    """A headline in title case (or in capitals): most of its words begin with a capital ("Ellen
    DeGeneres to Host Oscars", "CHARGERS' WILLIAMS ARRESTED ON SUSPICION OF DUI")."""
    alpha, length, first = table.is_alpha, table.length, table.start
    words = [i for i in range(start, end) if alpha[i] and length[i] > 3]
    return len(words) >= 3 and sum(text[first[i]].isupper() for i in words) >= 0.8 * len(words)


_HEADLINE_REACH = 30  # words a headline's line reaches beyond a sentence the parser cut from it


def _line(table: TokenTable, sentence: Span) -> tuple[int, int]:
    """The words of the short line a sentence lies on, or the sentence's own words when its line is
    long: the parser cuts a title-case headline into pieces ("Philadelphia" / "76ers Fire Coach Jim
    O'Brien," / "Hire Maurice Cheeks"), too short alone to tell how the line is written."""
    lower, limit = table.lower, len(table.lower)
    start = sentence.start
    while start > 0 and "\n" not in lower[start - 1]:
        start -= 1
        if sentence.start - start > _HEADLINE_REACH:
            return sentence.start, sentence.end
    end = sentence.end
    while end < limit and "\n" not in lower[end - 1]:
        end += 1
        if end - sentence.end > _HEADLINE_REACH:
            return sentence.start, sentence.end
    return start, end


def _headline_verb(
    table: TokenTable, doc: Doc, index: int, line_start: int, verb_of: Callable[[str], str | None]
) -> str | None:
    """The verb of a title-case headline that the tagger took for a name, or None: an inflected form
    of a known verb ("Driver Charged", "President Nominates Regina Benjamin") or its plain form after
    "to" ("Ellen DeGeneres to Host Oscars"). Not the line's first word, its subject ("Nets Fire
    Coach"), nor a word the recogniser reads inside a name ("Tyra Banks"), nor a form in "-ing" (a
    deed in "-ing" is an event noun already; a name in "-ing" is a place: "Reading")."""
    word = table.lower[index]
    if index == line_start or word.endswith("ing"):
        return None
    verb = verb_of(word)
    if verb is None:
        return None
    if word == verb:
        return verb if table.lower[index - 1] == "to" else None
    return None if doc[index].ent_iob_ == "I" else verb


def _main_predicate(table: TokenTable, root: Token, candidates: set[int]) -> int | None:
    """The main clause's predicate; past a reporting verb, the predicate of what was reported;
    past a frame (`_framed_news`), the predicate of the news it frames."""
    content = _content_predicate(table, root.i, candidates, depth=0)
    if content is not None and (cue_lemma(root) is not None or root.i not in candidates):
        main: int | None = content
    else:
        main = root.i if root.i in candidates else content
    return None if main is None else _past_frames(table, root.doc, main, candidates)


def _past_frames(table: TokenTable, doc: Doc, predicate: int, candidates: set[int]) -> int:
    """The predicate of the news under the frames a main predicate stands in, or itself ("That came
    after the government said ... had been cleaned up": "cleaned")."""
    for _ in range(3):
        news = _framed_news(table, doc, predicate, candidates)
        if news is None:
            break
        predicate = news
    return predicate


_SEQUENCE_FORMS = frozenset(
    {"come", "comes", "came", "coming", "follow", "follows", "followed", "following"}
)  # fmt: skip
_EVIDENCE_FORMS = frozenset({"show", "shows", "showed", "shown", "showing"})
_IMPERSONAL_FORMS = frozenset(
    {"hoped", "expected", "believed", "thought", "feared", "understood", "reported", "said", "announced"}
)  # fmt: skip
_LEARNING_FORMS = frozenset(
    {"learn", "learns", "learned", "learnt", "understand", "understands", "understood"}
)
_WH_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})
_SEQUENCE_MARKS = frozenset({"after", "before", "as"})
_ANAPHORIC_SUBJECTS = frozenset({"it", "this", "that"})
_PAST_AUXILIARIES = frozenset({"has", "have", "had", "was", "were"})
_CLOSE_GAPS = frozenset({"day", "days", "hour", "hours"})


def _framed_news(table: TokenTable, doc: Doc, frame: int, candidates: set[int]) -> int | None:
    """The predicate of the news a frame word stands over, or None when it is no frame: the
    evidence that shows it ("tests showed the tar balls had not originated from the spill"), what
    an outlet has learnt (`_learnt_news`), an impersonal report or hope ("It is hoped the new cap
    will stop the leak"), or the step in a sequence that an earlier sentence told ("That came after
    the US government said almost three-quarters of the oil had been cleaned up", "The move comes
    the day after it was announced that ...", "It comes as US Attorney General Eric Holder
    announced that ..."). A sequence whose subject names its own news ("Mr Salazar's announcement
    came a day after ...") or whose clause lies months back or ahead is left as it is, and so is
    evidence of what there is ("did not show conclusively there were no other leaks": a noun after
    "be", no deed)."""
    word = table.lower[frame]
    if any(table.dep[child] in ("neg", "prt") for child in table.children(frame)):
        return None  # "the findings did not show the virus came from pigs", "he showed up"
    if word in _LEARNING_FORMS and not _impersonal(table, frame):  # "It is understood ..." is below
        return _learnt_news(table, frame, candidates)
    if word in _EVIDENCE_FORMS or (word in _IMPERSONAL_FORMS and _impersonal(table, frame)):
        content = _content_predicate(table, frame, candidates, depth=0)
        if content is None or table.dep[content] == "attr" or _shown_thing(table, frame, content):
            return None
        return content
    if word not in _SEQUENCE_FORMS or not _anaphoric_subject(table, frame):
        return None
    clause = _told_clause_after(table, doc, frame)
    if clause is None or clause not in candidates or not _close_in_time(table, frame, clause):
        return None
    content = _content_predicate(table, clause, candidates, depth=0)
    return content if content is not None and cue_lemma(doc[clause]) is not None else clause


def _learnt_news(table: TokenTable, frame: int, candidates: set[int]) -> int | None:
    """The predicate of the news someone learnt or understands, told as a clause of its own: an
    outlet's scoop ("The BBC has learned BP chief executive Tony Hayward will get ...", "..., the
    Guardian has learned"), where the learning is the same words on every scoop. A light verb that
    is no predicate ("will get a pension"), or a verb "be", still heads the news: it stands in for
    it, and the learning is no mention at all (`find_triggers`). Not what one
    learnt to do ("have learned to share information"), a lesson or a frustration understood (no
    clause), what one seeks to understand ("understand what is happening"), nor a passive (an
    impersonal one is `_impersonal`'s)."""
    if table.lower[frame] not in _LEARNING_FORMS or not any(
        table.dep[child] == "nsubj" for child in table.children(frame)
    ):
        return None
    for child in table.children(frame):
        if table.dep[child] != "ccomp" or not _has_subject(table, child):
            continue
        if any(table.tag[word] in _WH_TAGS for word in table.children(child)):
            return None
        content = child if child in candidates else _content_predicate(table, child, candidates, depth=0)
        return child if content is None and table.pos[child] in ("VERB", "AUX") else content
    return None


def _impersonal(table: TokenTable, verb: int) -> bool:
    """ "It is hoped ...", "it was announced that ...": a passive with an empty "it" for subject."""
    return any(
        table.dep[child] in ("nsubjpass", "expl") and table.lower[child] == "it"
        for child in table.children(verb)
    )


def _shown_thing(table: TokenTable, verb: int, content: int) -> bool:
    """ "sporadic cases in the UK have been shown that ...": a passive whose subject is what was
    shown, the verb's own deed, not evidence standing over a clause of news. An empty "it" is such
    evidence, and so is a subject raised to the infinitive that tells its news ("Tamiflu ... have
    been shown to work against the H1N1 strain": "work")."""
    if table.dep[content] == "xcomp":
        return False
    return any(
        table.dep[child] == "nsubjpass" and table.lower[child] != "it" for child in table.children(verb)
    )


def _anaphoric_subject(table: TokenTable, verb: int) -> bool:
    """Whether the subject points back to what was told before: "That", "It", "The move", "This
    demand" (a bare noun with its article alone), not "Mr Salazar's announcement"."""
    for child in table.children(verb):
        if table.dep[child] != "nsubj":
            continue
        if table.lower[child] in _ANAPHORIC_SUBJECTS:
            return True
        modifiers = table.children(child)
        return (
            table.pos[child] == "NOUN"
            and len(modifiers) == 1
            and table.lower[modifiers[0]] in ("the", "this", "that")
        )
    return False


def _close_in_time(table: TokenTable, verb: int, clause: int) -> bool:
    """No gap beyond days between the step and what it followed ("five months after an explosion
    ...": a background event, long past), on the verb ("comes the day after") or on its "after"."""
    words = [*table.children(verb), *(w for w in table.children(clause) if table.dep[w] == "mark")]
    gaps = [g for w in words for g in (w, *table.children(w)) if table.dep[g] == "npadvmod"]
    return all(table.lower[gap] in _CLOSE_GAPS for gap in gaps)


def _told_clause_after(table: TokenTable, doc: Doc, verb: int) -> int | None:
    """The predicate of an "after", "before" or "as" clause with a subject of its own in the past, or
    a report in the present ("The news comes as BP says the cost ... has reached $3.5bn"); not "as
    his administration faces criticism": a state that goes on."""
    for child in table.children(verb):
        if table.dep[child] != "advcl" or not _has_subject(table, child):
            continue
        words = table.children(child)
        if not any(table.dep[w] == "mark" and table.lower[w] in _SEQUENCE_MARKS for w in words):
            continue
        if (
            table.tag[child] == "VBD"
            or (table.tag[child] == "VBN" and any(table.lower[w] in _PAST_AUXILIARIES for w in words))
            or (table.tag[child] in PRESENT_TAGS and cue_lemma(doc[child]) is not None)
        ):
            return child
    return None


def _content_predicate(table: TokenTable, token: int, candidates: set[int], depth: int) -> int | None:
    if depth > 4:
        return None
    for child in table.children(token):
        if table.dep[child] in _CONTENT_DEPS:
            if child in candidates:
                return child
            found = _content_predicate(table, child, candidates, depth + 1)
            if found is not None:
                return found
    return None


def _has_subject(table: TokenTable, token: int) -> bool:
    return any(table.dep[child] in ("nsubj", "nsubjpass", "expl") for child in table.children(token))


def _clauses_with_own_date(
    table: TokenTable, sentence: Span, expressions: list[TimeExpression], candidates: set[int]
) -> set[int]:
    """Predicates of subordinate clauses that a time expression of their own dates."""
    owners: set[int] = set()
    for expression in expressions:
        verb = attached_index(table, sentence, expression)
        if verb is not None and verb in candidates and table.dep[verb] in _DATED_CLAUSES:
            owners.add(verb)
    return owners


def attached_index(table: TokenTable, sentence: Span, expression: TimeExpression) -> int | None:
    """The index of the predicate a time expression dates: the verb of its clause, or an eventive
    noun ("the explosion on 20 April", "the explosion on the rig on 20 April", where the parse gives
    the date to the rig set beside it); None when a noun that names a thing owns it."""
    token = head_index(table, sentence, expression)
    heads, pos = table.head, table.pos
    while token is not None and heads[token] != token:
        token = heads[token]
        if pos[token] in ("VERB", "AUX") or _eventive(table, token):
            return token
        if pos[token] in ("NOUN", "PROPN", "PRON"):
            head = heads[token]
            return head if table.dep[token] == "appos" and _eventive(table, head) else None
    return token


_NOBODY = frozenset({"no-one", "nobody", "none", "nothing"})


def _eventive(table: TokenTable, token: int) -> bool:
    return table.pos[token] == "NOUN" and is_event_noun(table.lower[token])


def _inside_expression(start: int, expressions: list[TimeExpression]) -> bool:
    return any(e.start <= start < e.end for e in expressions)


def modality(trigger: Token, lemma: Lemmatizer = lower_lemma) -> str:
    """Whether the mention tells what happened ("actual"), what may or is meant to happen
    ("expected": "was likely to send", "will visit", "plans to sell") or what did not or no longer
    does ("negated": "did not sink", "is no longer leaking", "did not agree to pay", "no deaths",
    "no-one has died", "has not caused any deaths", "no rationale for ... banning pork"), a condition
    ("expected" too: `_conditional`), or a kind of event, not one happening ("generic": `generic`, and
    what a thing can do: `capacities`)."""
    doc = trigger.doc
    table = token_table(doc)
    if _negated(table, trigger) or _denied_for(table, trigger.i) or _refused(table, doc, trigger.i, lemma):
        return "negated"
    mood = _irrealis(table, doc, trigger.i, lemma)
    if mood is not None:
        return mood
    if _arranged(table, doc, trigger.i, lemma) or _hopes_on(table, doc, trigger.i, lemma):
        return "expected"
    if _conditional(table, doc, trigger.i) or _timed_by_what_is_to_come(table, doc, trigger.i, lemma):
        return "expected"
    # "acquires the ability to pass from person to person": what a thing can do, no happening
    return "generic" if generic(table, trigger) or capacity_of(table, trigger.i) else "actual"


def _irrealis(table: TokenTable, doc: Doc, token: int, lemma: Lemmatizer) -> str | None:
    """ "expected" for a modal on the predicate or on a verb it is the infinitive of, or such a verb of
    intent or likelihood ("was likely to send", "plans to sell", "is to sue", "is about to hit");
    "negated" for a negated verb it is the infinitive of ("did not agree to pay"); None for neither."""
    dep, children = table.dep, table.children
    for _ in range(4):
        if any(dep[child] == "aux" and _modal(table, child) for child in children(token)):
            return "expected"
        if dep[token] not in ("xcomp", "conj") or table.head[token] == token:
            break
        if dep[token] == "conj" and _has_subject(table, token) and _finite(table, token):
            break  # a clause of its own: "may be inevitable but Louisiana is now asking for help" (not a
            # gapped one: "JavaScript must be turned on and the latest Flash player installed")
        below, token = token, table.head[token]
        if any(dep[child] == "neg" for child in children(token)):
            return "negated"  # "did not agree to pay", "has not recommended ... raising the alert"
        if (
            lemma(doc[token]).lower() in _IRREALIS_HEADS
            or table.lower[token] in PARTICIPLES  # read as they stand: "slated" lemmatizes to "slat"
            or _about_to(table, below, token)
            or _be_to(table, below, token)
        ):
            return "expected"
    return None


def _timed_by_what_is_to_come(table: TokenTable, doc: Doc, token: int, lemma: Lemmatizer) -> bool:
    """Whether the mention tells a time clause ("once", "when", "until": `time_clauses`) of a main clause
    that tells what is to come, so that it is to come itself: "Once the tests have been completed, BP
    will resume collecting oil", "it could be a couple of days before they know". A clause in the past
    tense happened ("will be shut for a week after two pupils tested positive"), unless a report in the
    past moved the main clause's modal back ("said once oil entered the Loop Current, it would be only
    weeks before it reached Florida"). Under a main clause in the past or the present the clause keeps
    its own reading: a happening ("When the rig exploded, 11 workers died"), or a kind of event."""
    found = time_clause(table, token)
    if found is None:
        return False
    clause, main = found
    if told_in_past(table, clause):
        return backshifted(table, main) and _reported(table, doc, main)
    return (
        _irrealis(table, doc, main, lemma) == "expected"
        or _arranged(table, doc, main, lemma)
        or _conditional(table, doc, main)  # "If it continues at that rate until a relief well is completed"
    )


def _reported(table: TokenTable, doc: Doc, predicate: int) -> bool:
    """Whether the predicate is in what a reporting verb reports ("said it would be weeks before ..."):
    where a report moves "will" back to "would"; not a past habit ("When we were collecting for that
    disaster people would tell us about their trips")."""
    for _ in range(5):
        head = table.head[predicate]
        if head == predicate:
            return False
        if table.dep[predicate] == "ccomp" and cue_lemma(doc[head]) is not None:
            return True
        if table.dep[predicate] not in ("ccomp", "xcomp", "conj"):
            return False
        predicate = head
    return False


def _modal(table: TokenTable, auxiliary: int) -> bool:
    """ "will", "could", ...; "'d" only where the tagger reads it as "would" ("I'd try"), not as "had";
    "wo", "ca" only before "n't"."""
    word = table.lower[auxiliary]
    if word in _CONTRACTED_MODALS:
        return auxiliary + 1 < len(table.lower) and table.lower[auxiliary + 1] == "n't"
    return word in _MODALS or (word == "'d" and table.tag[auxiliary] == "MD")


_HOPES = frozenset({"hope", "hopes"})
_HOPES_ON = frozenset({"pin", "rest", "place", "put", "set"})


def _hopes_on(table: TokenTable, doc: Doc, token: int, lemma: Lemmatizer) -> bool:
    """ "It is pinning its hopes on the top kill": what the hopes are on is still to come, as after "the
    best option was to proceed with a top kill" (`_be_to`), not a happening."""
    return any(table.dep[c] == "dobj" and table.lower[c] in _HOPES for c in table.children(token)) and (
        lemma(doc[token]).lower() in _HOPES_ON
    )  # the object first, read from the token table: asked of every mention that gets this far


def _finite(table: TokenTable, verb: int) -> bool:
    """A verb with an auxiliary or a present tense of its own; not a past form, which the tagger gives a
    gapped participle too ("and the latest Flash player installed": VBD)."""
    return table.tag[verb] in PRESENT_TAGS or any(
        table.dep[c] in ("aux", "auxpass") for c in table.children(verb)
    )


def _about_to(table: TokenTable, verb: int, head: int) -> bool:
    """ "about to" and a verb: what was or is to come next ("was about to resign", "is about to hit"); not
    "about" as a preposition ("about the land of opportunity ... and so he immigrated")."""
    return table.lower[head] == "about" and table.dep[verb] == "xcomp" and infinitive(table, verb)


def _be_to(table: TokenTable, verb: int, head: int) -> bool:
    """ "be to" and a verb: an arrangement or a purpose, not a happening ("The United States is to sue BP",
    "Restaurants are to reopen on Wednesday", "The aim is to make a virus"); not "is to blame", nor what
    "it is" introduces ("it is difficult to recover bodies", "It's the worst earthquake to hit Haiti")."""
    return (
        table.dep[verb] == "xcomp"
        and table.lower[head] in _BE
        and infinitive(table, verb)  # not a perfect one: "is among those to have made a donation"
        and table.lower[verb] not in _BE_TO_IDIOMS
        and not any(_introducing(table, c) for c in table.children(head))
    )


def _introducing(table: TokenTable, word: int) -> bool:
    """A word that makes "be" an introduction or a judgement: "it", "there", an adjective it takes."""
    return table.dep[word] in ("expl", "acomp") or (
        table.dep[word] == "nsubj" and table.lower[word] in _INTRODUCING_SUBJECTS
    )


def _arranged(table: TokenTable, doc: Doc, token: int, lemma: Lemmatizer) -> bool:
    """The passive of an arrangement with the act it arranges: "all homes are set to receive a leaflet",
    "it is expected to discuss the timing": the word stands for the arranged act, still to come."""
    return arrangement(table, token) or (  # a headline's "BP set to announce record loss" too
        (lemma(doc[token]).lower() in _ARRANGEMENTS or table.lower[token] in PARTICIPLES)
        and any(table.dep[c] == "auxpass" for c in table.children(token))
        and any(table.dep[c] == "xcomp" and not perfect(table, c) for c in table.children(token))
    )


_CONDITIONAL_MARKS = frozenset({"if", "unless"})


def _conditional(table: TokenTable, doc: Doc, token: int) -> bool:
    """Whether the mention sits in a clause opened by "if", "unless" or "in case": a condition, not a
    happening ("If swine flu develops into a pandemic, and reaches the UK, then ..." is no report that
    it reached the UK). The predicate only: a clause nested in the condition ("if the company that
    spilled the oil pays") and a thing it names ("unless the leak is stopped") are what is so, and
    "as if" compares ("it looks as if the cap is working"). "Should it ..." is a modal's (`_MODALS`)."""
    for _ in range(6):
        if any(
            table.dep[word] == "mark"
            and table.lower[word] in _CONDITIONAL_MARKS
            and (word == 0 or table.lower[word - 1] != "as")  # not the document's last word
            for word in table.children(token)
        ):
            return True
        first = doc[token].left_edge.i  # "in case the virus spreads": the parse hangs "case" elsewhere
        if first >= 2 and table.lower[first - 1] == "case" and table.lower[first - 2] == "in":
            return True
        if table.head[token] == token or table.dep[token] not in SAME_CLAUSE:
            return False  # its own clause ends here; "Unless the leak is stopped": the leak is no condition
        token = table.head[token]
    return False


# Time words after "every" or "each" that make a deed a habit, not one happening ("produced every year");
# a day's or an hour's ("leaking 5,000 barrels every day") is still one happening told as it goes on
_HABIT_UNITS = frozenset({"year", "years", "season", "seasons", "winter", "summer", "autumn", "spring"})
_HABIT_WORDS = frozenset({"annually", "yearly"})
_EVERY = frozenset({"every", "each", "average", "normal", "typical", "usual", "ordinary"})
_PICKING_WORDS = frozenset(
    {
        "many", "several", "few", "numerous", "multiple", "various", "further", "more", "other", "initial",
        "first", "latest", "recent", "new", "preliminary", "current", "subsequent", "early", "last",
        "previous", "following", "ongoing",
    }
)  # fmt: skip
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})
_NOW_WORDS = frozenset({"now", "still", "currently"})
_PRESENT_PASSIVE = frozenset({"is", "are"})
_HAVE = frozenset({"have", "has"})
# a sentence that ends as prose: its full stop, or a pull quote's closing mark (it drops the full stop)
_PROSE_ENDS = frozenset({".", "!", "?", '"', "'", "\u201d", "\u2019", "''"})


def generic(table: TokenTable, trigger: Token) -> bool:
    """Whether a mention tells a kind of event, not one happening: an event noun in the plural with
    no article, possessive or count, in a present-tense statement ("Presidents use Oval Office
    addresses ...", "Oval addresses are best reserved for wars and resignations"); a habit ("seasonal
    influenza vaccines that are produced every year"), a tendency ("flu tends to hit the elderly":
    `_tendency`). Not a class a superlative names ("caused one
    of the worst oil spills in history"): news writes it of the one spill it tells. Such a mention is
    marked, not dropped: the merge keeps it from the happening another sentence tells with its word."""
    index = trigger.i
    if _habitual(table, index) or _tendency(table, index):
        return True
    if table.pos[index] != "NOUN" or table.tag[index] != "NNS":
        return False
    return _bare_plural_in_present(table, trigger)


def _habitual(table: TokenTable, index: int) -> bool:
    """ "produced every year", "kills 250,000 people in an average year", "kills upward of 250,000
    people year after year", "reported annually" """
    for child in table.children(index):
        word = table.lower[child]
        if word in _HABIT_WORDS:
            return True
        if word in _HABIT_UNITS and table.dep[child] == "npadvmod" and _every(table, child):
            return True
        if word == "in" and any(
            table.lower[unit] in _HABIT_UNITS and _every(table, unit) for unit in table.children(child)
        ):
            return True
    return False


_TEND = frozenset({"tend", "tends", "tended", "tending"})


def _tendency(table: TokenTable, index: int) -> bool:
    """ "Normal seasonal flu tends to hit the elderly most severely": what a kind of thing tends to
    do, "tend" and the deed it governs (`xcomp`), is no one happening."""
    if table.lower[index] in _TEND:
        return any(table.dep[child] == "xcomp" for child in table.children(index))
    return table.dep[index] == "xcomp" and table.lower[table.head[index]] in _TEND


def _every(table: TokenTable, unit: int) -> bool:
    """ "every year", "each winter", "an average year", "year after year" """
    for word in table.children(unit):
        if table.lower[word] in _EVERY:
            return True
        if table.lower[word] == "after" and any(
            table.lower[o] == table.lower[unit] for o in table.children(word)
        ):
            return True
    return False


def _bare_plural_in_present(table: TokenTable, trigger: Token) -> bool:
    """A plural with nothing that picks out which ("lawsuits", "addresses"), the subject or object of a
    verb in the simple present in a sentence that ends as prose does (a headline's present tells
    past news: "Protests erupt in Tehran"), with no time of its own."""
    index, doc = trigger.i, trigger.doc
    if _picked_out(table, doc, index):
        return False
    verb = _clause_verb(table, index)
    if verb is None or not _simple_present(table, verb):
        return False
    if not _ends_as_prose(doc, trigger.sent):
        return False
    return not _timed(table, doc, verb)


def _ends_as_prose(doc: Doc, sentence: Span) -> bool:
    """A full stop, question or exclamation mark at the end (before the line's break), or a closing
    quotation mark (a pull quote drops its full stop: "I'm of the belief that hurricanes are Mother
    Nature's dispersant\"")."""
    last = sentence.end - 1
    while last > sentence.start and doc[last].is_space:
        last -= 1
    return doc[last].text in _PROSE_ENDS


def _picked_out(table: TokenTable, doc: Doc, noun: int) -> bool:
    """Whether words of a plural say which ones it means: an article, owner, count or quantity ("the
    talks", "BP's lawsuits", "WHO recommendations", "several lawsuits"), a word of time or order
    ("initial indications", "other precautions"), or a definite thing it is of ("investigations into
    the US oil spill", "relations between BP and the White House")."""
    before = doc[noun - 1].text if noun > 0 else ""
    if len(before) > 1 and before.isupper():
        return True  # initials before it, however parsed ("WHO recommendations remain unaltered")
    for child in table.children(noun):
        if table.dep[child] in ("det", "poss", "nummod", "predet") or table.lower[child] in _PICKING_WORDS:
            return True
        if table.dep[child] == "compound" and (table.pos[child] == "PROPN" or doc[child].text.isupper()):
            return True
        if table.dep[child] == "prep" and any(
            table.dep[thing] == "pobj" and (table.pos[thing] == "PROPN" or _definite(table, thing))
            for thing in table.children(child)
        ):
            return True
    return False


def _definite(table: TokenTable, noun: int) -> bool:
    """ "the US oil spill", "BP's well" """
    return any(
        table.dep[c] == "poss" or (table.dep[c] == "det" and table.lower[c] in _DEFINITE)
        for c in table.children(noun)
    )


def _timed(table: TokenTable, doc: Doc, verb: int) -> bool:
    """A time on the verb, directly or through a preposition ("are conducted in the following days",
    "are expected on Monday"), or "now", "still": what is so at one time, not always."""
    for child in table.children(verb):
        if table.lower[child] in _NOW_WORDS:
            return True
        words = [child, *table.children(child)] if table.dep[child] == "prep" else [child]
        if any(doc[w].ent_type_ in ("DATE", "TIME") for w in words):
            return True
    return False


def _clause_verb(table: TokenTable, index: int) -> int | None:
    """The verb a noun is the subject or object of, directly or through a preposition ("reserved for
    wars"), or None; not "have", whose object is what there is now ("we have negotiations for orders
    ongoing")."""
    dep, head = table.dep[index], table.head[index]
    if dep == "pobj" and table.pos[head] == "ADP":
        index, dep, head = head, table.dep[head], table.head[head]
    if dep in ("nsubj", "nsubjpass", "dobj", "prep") and table.pos[head] in ("VERB", "AUX"):
        return None if dep == "dobj" and table.lower[head] in _HAVE else head
    return None


def _simple_present(table: TokenTable, verb: int) -> bool:
    """ "use", "uses", "are reserved": the present of what is so, not "has filed", "is facing"."""
    auxiliaries = [c for c in table.children(verb) if table.dep[c] in ("aux", "auxpass")]
    if not auxiliaries:
        return table.tag[verb] in PRESENT_TAGS
    return table.tag[verb] == "VBN" and all(
        table.dep[c] == "auxpass" and table.lower[c] in _PRESENT_PASSIVE for c in auxiliaries
    )


def _negated(table: TokenTable, trigger: Token) -> bool:
    dep, lower = table.dep, table.lower
    for child in table.children(trigger.i):
        if dep[child] == "neg" or (dep[child] == "det" and lower[child] == "no") or _no_longer(table, child):
            return True
        if dep[child] in ("nsubj", "nsubjpass") and (_nobody(table, child) or _denied_noun(table, child)):
            return True  # "no-one has died", "No children had required hospital treatment"
        if dep[child] == "attr" and _denied_noun(table, child) and _existential(table, trigger.i):
            return True  # "There's no sign of that yet"
    head = table.head[trigger.i]  # a thing that did not happen: "has not caused any deaths" (not a report
    # that was not confirmed: "could not confirm reports that ...")
    return (
        dep[trigger.i] in ("dobj", "nsubjpass")
        and head != trigger.i
        and any(dep[c] == "neg" for c in table.children(head))
        and cue_lemma(trigger.doc[head]) is None
    )


def _denied_for(table: TokenTable, token: int) -> bool:
    """Whether the act is what a noun that "no" denies is for or of: "there is no scientific
    rationale for slaughtering pigs or banning pork", "no need to close schools": no ban, no
    closure is told (the experts' words are not Russia's ban). Through coordination to the first
    act ("or banning")."""
    dep, head, lower = table.dep, table.head, table.lower
    for _ in range(3):
        if dep[token] != "conj" or head[token] == token:
            break
        token = head[token]
    if dep[token] == "pcomp" and dep[head[token]] == "prep":
        noun = head[head[token]]
    elif dep[token] == "acl" and any(dep[c] == "aux" and lower[c] == "to" for c in table.children(token)):
        noun = head[token]
    else:
        return False
    return table.pos[noun] == "NOUN" and any(
        dep[c] == "det" and lower[c] == "no" for c in table.children(noun)
    )


# Verbs that turn down what they take: a plan rejected, a ban ruled out, a request refused is not done
_REFUSALS = frozenset({"reject", "refuse", "veto", "decline", "dismiss"})
_PHRASAL_REFUSALS = frozenset({("rule", "out"), ("turn", "down")})
# Nouns of what is put forward, whose act is told by "for", "on", "of", "to" or an infinitive: "a
# proposal for a suspension", "the plan on suspending flights", "calls for a ban", "a bid to extend"
_PROPOSALS = frozenset(
    {"plan", "proposal", "call", "idea", "bid", "request", "demand", "suggestion", "motion", "appeal"}
)
_PROPOSED_BY = frozenset({"for", "on", "of", "to"})


def _refused(table: TokenTable, doc: Doc, token: int, lemma: Lemmatizer) -> bool:
    """Whether the act is turned down: the object of a verb of refusal (`_REFUSALS`: "ruled out a
    ban"), the act of a proposal it takes ("rejected a French proposal for a continent-wide
    suspension on flights", "rejected a French plan to suspend flights", "Rejecting the French plan
    on suspending flights"), or what it refuses to do ("refused to suspend"). What is turned down
    did not happen: the EU ministers' rejection of France's flight suspension is not Argentina's
    suspension of its flights. Through coordination to the first act."""
    dep, head, lower = table.dep, table.head, table.lower
    for _ in range(3):
        if dep[token] != "conj" or head[token] == token:
            break
        token = head[token]
    if dep[token] in ("pobj", "pcomp") and dep[head[token]] == "prep" and lower[head[token]] in _PROPOSED_BY:
        token = head[head[token]]  # the proposal the preposition's act is of, or the verb it hangs on
    elif dep[token] in ("acl", "relcl") and any(
        dep[c] == "aux" and lower[c] == "to" for c in table.children(token)
    ):
        token = head[token]  # "a plan to suspend"
    elif dep[token] == "xcomp":
        return _refusing(table, doc, head[token], lemma)  # "refused to suspend"
    elif dep[token] in ("dobj", "nsubjpass") and not _proposal(doc, token, lemma):
        # "ruled out a ban", "the ban was rejected"; a proposal rejected was still made
        return _refusing(table, doc, head[token], lemma)
    else:
        return False
    if table.pos[token] == "VERB":
        return _refusing(table, doc, token, lemma)  # the act's preposition hangs on the verb itself
    if _proposal(doc, token, lemma):
        return dep[token] in ("dobj", "nsubjpass") and _refusing(table, doc, head[token], lemma)
    return False


def _proposal(doc: Doc, token: int, lemma: Lemmatizer) -> bool:
    """Whether the word names what is put forward (`_PROPOSALS`: "plan", "calls")."""
    return doc[token].lower_ in _PROPOSALS or lemma(doc[token]).lower() in _PROPOSALS


def _refusing(table: TokenTable, doc: Doc, verb: int, lemma: Lemmatizer) -> bool:
    """Whether the word is a verb of refusal (`_REFUSALS`, `_PHRASAL_REFUSALS`)."""
    if table.pos[verb] not in ("VERB", "AUX"):
        return False
    word = lemma(doc[verb]).lower()
    if word in _REFUSALS:
        return True
    particles = {table.lower[c] for c in table.children(verb) if table.dep[c] == "prt"}
    return any(word == verb_word and particle in particles for verb_word, particle in _PHRASAL_REFUSALS)


def _no_longer(table: TokenTable, child: int) -> bool:
    """ "no longer" (its "no" is the adverb's, not the verb's): the act has ended ("Oil is no
    longer leaking into the Gulf of Mexico"), it is not the act told while it went on."""
    return (
        table.dep[child] == "advmod"
        and table.lower[child] == "longer"
        and any(table.dep[c] == "neg" for c in table.children(child))
    )


def _denied_noun(table: TokenTable, noun: int) -> bool:
    """A noun that "no" denies: "no children", "no additional drilling", "no sign"."""
    return any(table.dep[c] == "det" and table.lower[c] == "no" for c in table.children(noun))


def _existential(table: TokenTable, verb: int) -> bool:
    return any(table.dep[c] == "expl" for c in table.children(verb))


def _nobody(table: TokenTable, subject: int) -> bool:
    """ "nobody", "none", "no one", "no-one" """
    if table.lower[subject] in _NOBODY:
        return True
    return table.lower[subject] == "one" and any(table.lower[c] == "no" for c in table.children(subject))


def participants(trigger: Token, actors: list[EntityMention]) -> list[str]:
    """Canonical names of the actors and places among the mention's arguments."""
    table = token_table(trigger.doc)
    starts: list[int] = []  # where the arguments' words start
    for child in table.children(trigger.i):
        if table.dep[child] in _ARGUMENT_DEPS:
            starts.extend(table.start[token] for token in _subtree(table, child))
        elif table.dep[child] == "prep":
            starts.extend(table.start[token] for token in _objects(table, child))
    for told_of in eventive_noun_objects(trigger):  # "that of a boy who was visiting Texas"
        if told_of.head.head.i != trigger.i:  # the trigger's own "of" was read with its prepositions
            starts.extend(table.start[token] for token in _subtree(table, told_of.i))
    starts.sort()
    names: list[str] = []
    for actor in actors:
        first = bisect_left(starts, actor.start)  # the first argument word from the actor's start on
        if actor.canonical not in names and first < len(starts) and starts[first] < actor.end:
            names.append(actor.canonical)
    return names


def _objects(table: TokenTable, preposition: int) -> list[int]:
    return [
        token
        for child in table.children(preposition)
        if table.dep[child] == "pobj"
        for token in _subtree(table, child)
    ]


def _subtree(table: TokenTable, token: int) -> list[int]:
    """`Token.subtree` as indices: the word and all the words below it."""
    found = [token]
    for word in found:  # grows as it is read
        found.extend(table.children(word))
    return found
