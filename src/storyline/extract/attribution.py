"""Who asserts a sentence's main claim, and how (`Attribution` with a `Stance`).

Reported speech is read off the dependency parse: a reporting verb at the top
of the sentence ("X said that ...", "..., X said", "X confirmed that ...",
"X could not confirm reports that ...", "X denied ...", "X intends to ..."),
or "according to X" (a named speaker of a reporting verb comes first: "X told a news
conference, according to Reuters" is X's, with Reuters as its `relay`). A sentence that
narrates may still carry a report below it: "..., with officials saying ...", "BP, which said on Monday ...",
"... after analysts said ...". The claimant is the verb's subject, named by the actor
mention it overlaps (so "the president" and "he" resolve as entities did: to the
speaker or subject before, never to a name inside the quote) or, for unnamed sources
("a senior official", "witnesses"), the phrase as written; "they say" is the group
last introduced as speaking, "he" after an unnamed person is that person ("One
survivor said ... . He said ..."). A source must be able to speak: not a headline in
capitals, a one-letter scrap or a wh-word. Words that look like reports but are not
are left alone: "responded with reforms", "rejected a request", "called" without "on",
a participle describing a noun, a report in the infinitive ("difficult for reporters to
write"), questions, and readers' comments below an article. A nested first-person or
pronoun report ("X stated that he could not confirm ...") and a hedge in the reported
clause itself ("... was likely to send") refine the stance. `continued` carries an
attribution over to a following sentence of the same paragraph that goes on with the
report ("They will be ready ...").

It does not judge whether a claim is true, does not attribute sentences that
merely narrate (no reporting cue means no attribution). A sentence has one attribution;
`clause_attributions` gives the events of a second reporting clause their own ("Some lawmakers
have called for a $10billion cap, while others have said there should be no cap"); a report set
against a main clause that reports nothing ("PAHO put the toll at ..., while Bellerive said ...")
speaks for its own clause only, and so does one after a semicolon; a narrated clause the parse hung on
the reporting verb from before a semicolon has no source. A finding ("the panel found"), a view held
("officials are concerned that"), a document's showing ("a WTO report showed") and a report made in
the act told of ("has joined ... in stating that") are reports too. A report told inside another's
words has its own source, the other speaker as its `relay` ("Hayward said rivals ... criticized the
way BP designed ... the well"), unless it is foreseen, asked for or read from evidence; a report in a
relative clause ("..., which the oil concern has estimated could reach ...") speaks for that clause
only. A passive without an agent names no speaker ("... was described as ..."). The writer's own clauses
in a reported sentence have no source: who the speaker is, told beside the name ("Hayward, who has been
thrust into a media spotlight ..., said"), a set-off relative clause on the thing reported, a clause joined
after a report's closing tag ("..., a senior official said, but some supermarkets have pulled ..."), an
unquoted clause joined before the speaker's quote, and an expectation no one holds beside a report.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from storyline.analyse.actor_lexicon import (
    COLLECTIVE_NOUNS,
    ORG_WORDS,
    PERSON_NOUNS,
    PERSON_WORDS,
)
from storyline.analyse.doc_text import doc_text, span_text
from storyline.analyse.entities import document_quotes, kin_of, restarts_sentence, unnamed_person_subject
from storyline.analyse.reporting import (
    FOUND_FORMS,
    HOLDER_LABELS,
    REPORTING_VERBS,
    asks_whether,
    cue_lemma,
    finite,
    is_reporting_form,
    names_someone,
    said_thing,
)
from storyline.analyse.timex.lexicon import MONTHS, WEEKDAY_NAMES
from storyline.analyse.titles import TITLE_WORDS, appositive_title, hyphenated_start, title_before
from storyline.analyse.token_table import token_table
from storyline.analyse.verb_forms import BE_OR_HAVE_FORMS, PRESENT_TAGS, TENSED_TAGS
from storyline.extract.quote_marks import quote_spans
from storyline.extract.reporting_senses import (
    DOCUMENT_NOUNS,
    after_quote,
    asks,
    caused_to,
    criticises_a_deed,
    describes_a_noun,
    judged_deed,
    other_sense,
    unmade,
    what_reported,
)
from storyline.extract.sentence_trees import sentence_bounds
from storyline.model import Attribution, EntityMention, Stance

_NEUTRAL = frozenset({Stance.STATED, Stance.REPORTED})
_HEDGES = frozenset({"likely", "probably", "presumably"})
_HEDGE_DEPS = frozenset({"advmod", "acomp", "amod", "oprd"})
_COMPARATIVES = frozenset({"more", "less", "most", "least"})
_FIRST_PERSON = frozenset({"i", "we"})
_PRONOUNS = frozenset({"i", "we", "he", "she", "they", "it", "you", "him", "her", "them", "us", "me"})
_UNABLE = frozenset(
    {"unable", "fail", "failed", "fails", "refuse", "refused", "refuses", "decline", "declined", "declines"}
)
_ATTEMPTS = frozenset(
    {"try", "tries", "tried", "trying", "seek", "seeks", "sought", "seeking", "attempt", "attempts",
     "attempted"}
)  # fmt: skip
_NOT_CLAIMANTS = frozenset({"who", "which", "that", "this", "there"})
_SUBJECT_DEPS = ("nsubj", "nsubjpass")
_CONTINUING_SUBJECTS = frozenset({"they", "it", "these", "this"})
_HYPOTHETICAL = frozenset({"can", "could", "would", "might", "may", "should", "must"})
_CALENDAR_WORDS = frozenset(MONTHS) | frozenset(WEEKDAY_NAMES) | frozenset(
    {"mon", "tue", "wed", "thu", "fri", "sat", "sun", "am", "pm", "a.m", "p.m", "edt", "est", "cdt", "cst",
     "pdt", "pst", "gmt", "bst", "utc"}
)  # fmt: skip
_RAISING = frozenset({"fear", "think", "believe", "confirm", "report", "say", "estimate", "suspect"})
_ISSUED = DOCUMENT_NOUNS | {"letter", "letters", "memo", "note", "email", "e-mail"}  # what is released saying
_EVIDENCE = DOCUMENT_NOUNS | {"number", "numbers", "document", "record", "records", "cable", "cables"}
_CLAUSE_ENDS = frozenset({",", ";", ":", ".", "--", "(", ")", "!", "?"})
_FUTURE = frozenset({"will", "shall", "'ll", "wo", "’ll"})
_CONTRASTS = frozenset({"while", "whereas", "although", "though", "whilst"})
_AGREE_FORMS = frozenset({"agree", "agrees", "agreed", "agreeing"})
_NARRATED_MARKS = frozenset({"after", "before", "when", "since", "because", "once", "until"})
_ACRONYM_LENGTH = 5  # an all-capitals source longer than this is a headline, not an acronym
_GROUPS = frozenset({"group", "team", "crowd", "couple", "band", "pair", "handful", "delegation"})
_THEY_REACH = 2  # sentences back "they say" may reach for its group
_ANTECEDENT_REACH = 3  # sentences back an unnamed "he" may reach for the person described
_JUDGEMENTS = frozenset({"criticise", "criticize", "blame", "accuse"})  # "... criticised for Haiti remarks"
_DOING = frozenset(
    {"in", "by", "for"}
)  # "joined ... in stating", "responded by saying", "apologized for saying"
_FOLLOWED = frozenset(
    {"schedule", "schedules", "timetable", "tradition", "custom", "procedure", "procedures"}
)
# "checked and changed according to a regular maintenance schedule": followed, not cited
_NO_END = 1 << 62
_ORGANISATION_NOUNS = frozenset(
    {"charity", "firm", "organisation", "organization", "newspaper", "broadcaster"}
)
_ROLE_MODIFIERS = frozenset(
    {"det", "amod", "compound", "poss", "nmod", "nummod", "quantmod", "advmod", "case"}
)


@dataclass(frozen=True, slots=True)
class _Cue:
    verb: Token
    stance: Stance
    text: str


_READ = "storyline.attributions"  # in a parse's `user_data`: what `attribute` and `clause_attributions` found


def _read(sentence: Span) -> dict[tuple[object, ...], tuple[object, ...]]:
    """What was read of the parse's sentences, by sentence (with the actors it was read with where it
    depends on them): quotes read the sentences near a quote, events every sentence, both with the
    same actors."""
    return sentence.doc.user_data.setdefault(_READ, {})  # type: ignore[no-any-return]


def attribute(sentence: Span, actors: list[EntityMention], speaker: str | None = None) -> Attribution | None:
    """Who asserts the sentence's main claim and how; None when nobody is cited.

    `speaker` names who "I"/"we" are (the speaker of a quote the sentence sits in).
    Readers' comments below an article cite no source. Read once per sentence and actors.
    """
    read, key = _read(sentence), ("attribute", sentence.start, sentence.end, speaker)
    kept = read.get(key)
    if kept is not None and kept[0] == actors:
        return kept[1]  # type: ignore[return-value]
    found = _attribute(sentence, actors, speaker)
    read[key] = (list(actors), found)
    return found


def _attribute(sentence: Span, actors: list[EntityMention], speaker: str | None) -> Attribution | None:
    if asks(sentence):
        return None
    credited = _credit_line(sentence, actors)
    if credited is not None:
        return credited
    according = _according_to(sentence)
    cue = _main_cue(sentence)
    if according is not None and (cue is None or _subject(cue.verb) is None):
        return _attribution(according, Stance.REPORTED, "according to", actors, speaker)
    if cue is None:
        return _secondary_attribution(sentence, actors, speaker) or _named_before_cue(sentence, actors)
    subject = _subject(cue.verb)
    if subject is None or (_quoted(subject, sentence) and not _quoted(cue.verb, sentence)):
        return None
    verb = cue.verb
    cue = _refined(cue, subject)
    found = _attribution(subject, cue.stance, cue.text, actors, speaker)
    if found is None and according is not None:  # "..., he tells a news conference, according to Reuters"
        return _attribution(according, Stance.REPORTED, "according to", actors, speaker)
    if found is not None and according is not None and _according_to_report(according.head.head, verb):
        outer = _attribution(according, Stance.REPORTED, "according to", actors, speaker)
        if outer is not None and outer.source != found.source:  # "Obama said he had no interest ...,
            return replace(found, relay=outer.source)  # according to a statement from Cameron's office":
            # Obama's words, which Cameron's office passes on
    return found


# A live page's credit line before a reader's or blogger's words, its time stamp optional: "1121 Subash
# Neupane, Kathmandu, Nepal, e-mails: ", "Paul Bertoni in Petionville e-mails:", "Troylivesay tweets:" (a
# description may be long: "Susan Westwood, a paediatric nurse from Scotland working at an orphanage outside
# Port-au-Prince, e-mails:"); read here for the line's source and by quotes for the speaker
CREDIT_LINE = re.compile(
    r"\s*(?:\d{4}\s+)?(?P<who>[A-Z][^,:\n\d]{1,60}?)(?:,[^,:\n]{1,90}){0,3},?\s+"
    r"(?P<cue>e-?mails|writes|texts|tweets|blogs)\s*:\s*"
)
PLACED = re.compile(r"\s+(?:in|from|at)\s+[A-Z]")  # "Harry Brown in Macau": where, not who


def _credit_line(sentence: Span, actors: list[EntityMention]) -> Attribution | None:
    """A live page's reader or blogger, named with a place or a description before "e-mails:",
    "tweets:", "texts:", "blogs:" or "writes:", states the words after it. The parser often reads the
    verb as a plural noun ("e-mails", "texts") and finds no reporting clause, so the line is read as
    text. The name is an actor starting the line, or a one-word handle ("Troylivesay tweets:")."""
    text = span_text(sentence)  # `sentence.text` would make a token per word of every sentence
    if ":" not in text:  # the line's colon: most sentences have none
        return None
    line = CREDIT_LINE.match(text)
    if line is None:
        return None
    who_start, who_end = line.span("who")
    placed = PLACED.search(text, who_start, who_end)
    who_end = placed.start() if placed is not None else who_end
    offset = sentence.start_char
    cue = line.group("cue")
    named = [a for a in actors if a.start == offset + who_start and a.end <= offset + who_end]
    if named:
        return Attribution(named[0].canonical, Stance.STATED, cue, None, named[0].start, named[0].end)
    handle = text[who_start:who_end]
    if not handle.isalnum() or handle.lower() in _PRONOUNS:
        return None
    return Attribution(handle, Stance.STATED, cue, None, offset + who_start, offset + who_end)


def _according_to_report(according: Token, verb: Token) -> bool:
    """ "According to X" attached to the reporting verb sources the report itself, unless it only
    follows a relative clause ("... the spill, which was spreading faster than expected toward the
    shoreline, according to the Coast Guard": where the spill was) or a clause run in before it
    ("The government could save £400m ..., according to Home Office figures Battersea Dogs & Cats
    Home has reported ...")."""
    if according.head != verb:
        return False
    doc = according.doc
    if according.i < verb.i:
        start = verb.sent.start
        return not any(t.pos_ in ("VERB", "AUX") for t in doc[start : according.i])
    before = next((t for t in reversed(doc[verb.i : according.i]) if not t.is_punct), None)
    while before is not None and before.i != verb.i:
        if before.dep_ == "relcl":
            return False
        before = before.head if before.head != before else None
    return True


def _secondary_attribution(
    sentence: Span, actors: list[EntityMention], speaker: str | None
) -> Attribution | None:
    """A report in a clause below a sentence that narrates: "..., with traders saying supply was
    tight", "The Interior Department, which said on Monday that ...", "... after officials said ..."."""
    return next(
        (
            found
            for verb, found in _reports(sentence, actors, speaker)
            if not _set_against(verb)
            and not _relative(verb)
            and not _doubt_in_adverbial(verb, found)
            and not _as_they_said(verb)
        ),
        None,
    )


def _doubt_in_adverbial(verb: Token, found: Attribution | _Cue) -> bool:
    """ "Even when scientists challenged the Coast Guard's 5,000 barrel-per-day estimate ..., BP defended it
    robustly": a doubt told as the time or cause of what the sentence narrates does not speak for it."""
    marked = any(c.dep_ == "mark" or c.tag_ == "WRB" for c in verb.children)
    return found.stance == Stance.DOUBTED and verb.dep_ == "advcl" and marked


def _relative(verb: Token) -> bool:
    """ "New Zealand, which reported its first cases of the H1N1 virus last week, ...": a report in a
    relative clause, or told inside one ("a Washington Post report that said the EPA informed BP ..."),
    speaks for that clause only, not for the sentence around it; so does one in a clause of "what" ("a
    delay of four months from what the judge last month indicated was acceptable")."""
    if what_reported(verb) or _contact_relative(verb):
        return True
    return any(_relative_clause(t) for t in (verb, *verb.ancestors))


def _contact_relative(verb: Token) -> bool:
    """ "Nour spent three years in jail on forgery charges he says were fabricated ...": a report right
    after a noun whose complement has no subject of its own is a relative clause with no relative word
    (the noun is what "were fabricated"), which the parse hung on the main verb; it speaks for its
    clause only."""
    if _joined_without_word(verb):
        return True
    if verb.dep_ not in ("advcl", "ccomp") or verb.head.i > verb.i or _cue(verb.head) is not None:
        return False
    start = verb.left_edge
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i == start.i]
    if not subjects or start.i <= verb.sent.start or start.doc[start.i - 1].pos_ not in ("NOUN", "PROPN"):
        return False
    return any(c.dep_ == "ccomp" and c.i > verb.i and _finite_without_subject(c) for c in verb.children)


def _joined_without_word(verb: Token) -> bool:
    """ "The inserted suction tube was siphoning off 1,000 barrels per day, about one fifth of the 5,000
    barrels (210,000 gallons/795,000 liters) BP estimated to be leaking per day": a report the parse joined to
    the clause before with no "and", no "but" and no comma, its subject right after a noun (or a bracket
    after one), and what it reports missing its subject ("to be leaking"), is a relative clause with no
    relative word on that noun; it speaks for its clause only."""
    if verb.dep_ != "conj" or verb.head.i > verb.i or _cue(verb.head) is not None:
        return False
    start = verb.left_edge
    if not any(c.dep_ == "nsubj" and c.i == start.i for c in verb.children) or start.i <= verb.sent.start:
        return False
    before = _before_brackets(start)
    if before is None or before.pos_ not in ("NOUN", "PROPN"):
        return False
    return any(
        _infinitive_without_subject(c) if c.dep_ == "xcomp" else _finite_without_subject(c)
        for c in verb.children
        if c.i > verb.i and c.dep_ in ("xcomp", "ccomp")
    )


def _noun_reported(verb: Token) -> frozenset[int]:
    """The noun phrase a relative clause with no relative word is on, up to its subject: what the report
    tells of ("the 5,000 barrels (210,000 gallons/795,000 liters) BP estimated to be leaking": BP's
    figure)."""
    if not _joined_without_word(verb):
        return frozenset()
    start = verb.left_edge
    noun = _before_brackets(start)
    return frozenset(range(noun.left_edge.i, start.i)) if noun is not None else frozenset()


def _before_brackets(token: Token) -> Token | None:
    """The word before `token`, past a bracketed aside that ends right before it."""
    index = token.i - 1
    first = token.sent.start  # once: `sent` walks the parse
    if token.doc[index].text == ")":
        while index > first and token.doc[index].text != "(":
            index -= 1
        index -= 1
    return token.doc[index] if index >= first else None


def _infinitive_without_subject(clause: Token) -> bool:
    """ "to be leaking", with no subject of its own."""
    children = list(clause.children)
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in children)
    return infinitive and not any(c.dep_ in (*_SUBJECT_DEPS, "expl", "csubj") for c in children)


def _finite_without_subject(clause: Token) -> bool:
    """A clause in a tense ("were fabricated", "is too low") whose subject is missing."""
    if any(c.dep_ in (*_SUBJECT_DEPS, "expl", "csubj") for c in clause.children):
        return False
    return finite(clause)


def _rest_of_relative(verb: Token) -> frozenset[int]:
    """The words after a relative clause's reporting verb, up to the punctuation that closes the clause:
    what it reports, where the parse hung that elsewhere ("the oil spill, which the oil concern has
    estimated could reach as much as $40billion", with "reach" read as a verb of the main clause)."""
    if verb.dep_ != "relcl":
        return frozenset()
    end, limit = verb.i + 1, verb.sent.end  # `sent` walks the parse to the sentence's ends: once
    while end < limit and verb.doc[end].text not in _CLAUSE_ENDS:
        end += 1
    return frozenset(range(verb.i, end))


def _relative_clause(verb: Token) -> bool:
    """A relative clause in fact: with a relative word or a complement of its own ("which some have
    estimated has killed ..."); not "..., ahead of the scheduled start time on Monday, the top U.S.
    official dealing with the spill said on Thursday" (a report's tag the parse hung on a noun), nor
    "Mr Robertson made the comments on his program The White House has dismissed as ..." (a caption
    run into the report)."""
    if verb.dep_ != "relcl" or _restarting(verb.left_edge):
        return False
    return any(
        c.tag_ in ("WDT", "WP", "WP$", "WRB") or c.lower_ == "that" or c.dep_ in ("ccomp", "xcomp", "dobj")
        for c in verb.children
    )


def _restarting(token: Token) -> bool:
    """A caption's next sentence run in from a capitalised article or another restarting word."""
    if restarts_sentence(token):
        return True
    before = token.doc[token.i - 1] if token.i > token.sent.start else None
    return before is not None and token.text in ("The", "A", "An") and not before.is_punct


def _reports(
    sentence: Span, actors: list[EntityMention], speaker: str | None
) -> list[tuple[Token, Attribution]]:
    """Each reporting verb below or beside the root that names its own claimant, with its attribution.
    Read once per sentence, actors and speaker: the sentence's attribution (when its root reports
    nothing), its clauses' attributions and their reporting verb each ask for all of them."""
    read, key = _read(sentence), ("reports", sentence.start, sentence.end, speaker)
    kept = read.get(key)
    if kept is not None and kept[0] == actors:
        return kept[1]  # type: ignore[return-value]
    found = list(_find_reports(sentence, actors, speaker))
    read[key] = (list(actors), found)
    return found


def _find_reports(
    sentence: Span, actors: list[EntityMention], speaker: str | None
) -> Iterator[tuple[Token, Attribution]]:
    root = sentence.root.i
    doc, cues = sentence.doc, _cue_words(sentence.doc)
    for index in cues[bisect_left(cues, sentence.start) : bisect_left(cues, sentence.end)]:
        if index == root:
            continue
        verb = doc[index]
        cue = _cue(verb)
        quoted = cue is not None and (_quoted(verb, sentence) or _in_document_quote(verb))
        if cue is None or (quoted and not _named_report_quoted(verb)):
            continue  # 'Ms Hyslop said: "Scottish NGOs told me that ...': her words, a report inside them
        if (
            cue.stance == Stance.INTENDS
            or (cue.stance == Stance.EXPECTED and not _forecast(verb))
            or unmade(verb)
        ):
            continue
        act = verb.dep_ == "advcl" and not any(c.dep_ in ("ccomp", "xcomp") for c in verb.children)
        if act and not _reported_thing(verb) and not _as_they_said(verb):
            continue  # "... as the World Health Organization declared a pandemic": an act, not a report
        if _relayed(verb):
            continue
        subjects = [child for child in _without_what_reported(verb) if child.dep_ == "nsubj"]
        if subjects and _headline_passive(verb, subjects[0]):  # "Mexicans told to stay indoors": not theirs
            subjects = agents_of(verb)[:1]
        if not subjects and verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ in ("NOUN", "PROPN"):
            subjects = [
                _sender(verb.head) or verb.head
            ]  # "with officials saying ...", "a statement saying ..."
        if not subjects and _joined_to_question(verb):
            asked = _subject(verb)
            subjects = [asked] if asked is not None else []
        doing = (
            verb.dep_ == "pcomp" and verb.head.lower_ in _DOING and verb.head.head.dep_ in ("ROOT", "conj")
        )
        if not subjects and doing and _saying_clause(verb):  # not "... debating whether the White House is
            # exceeding their authority by demanding that ...": an act told of inside another clause
            doer = _subject(verb)  # "BP, whose ... , responded by saying: ..." (a root the parse misread)
            subjects = [doer] if doer is not None else []
        raised = _raised_by_passive(verb) if not subjects else None
        if raised is not None:  # "BP executives are reported to have admitted ... that ..."
            subjects = [raised]
        if not subjects and _document_issued_saying(verb):
            subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
        if not subjects and verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.dep_ == "ROOT":
            subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]  # "S&P cut its outlook for
            # Anadarko ..., saying it is "potentially liable ..."": the one who cut it says so
        if not subjects and judged_deed(verb):  # "Heyerdahl was probably wrong to blame ...": he blamed
            subjects = [c for c in verb.head.head.children if c.dep_ == "nsubj"]
        if not subjects:
            subjects = _past_participle_join(verb)
        caused = caused_to(verb) if not subjects else None
        if caused is not None:  # "... have led critics to charge that ...": the critics charge
            subjects = [caused]
        if not subjects:
            continue
        subject = _employee_before(_conjoined_speaker(verb, subjects[0]))
        if (
            subject.lower_ in ("which", "who", "that")
            and not subject.is_upper
            and verb.dep_ == "relcl"
            and verb.head.pos_ in ("PROPN", "NOUN")
        ):
            subject = _quoted_person(subject) or verb.head
        elif subject is not raised and _claimant_subject(subject) is None:
            continue
        attribution = _attribution(subject, cue.stance, cue.text, actors, speaker)
        if attribution is not None:
            yield verb, attribution


def _sender(document: Token) -> Token | None:
    """Who sent or issued the document a participle says something of: "Florida Attorney General Bill
    McCollum sent a letter to BP requesting that the company deposit $2.5billion ..." (McCollum asks)."""
    if document.lower_ not in _ISSUED or document.dep_ != "dobj":
        return None
    subjects = [c for c in document.head.children if c.dep_ == "nsubj"]
    return subjects[0] if subjects and _finder(subjects[0]) else None


def _named_report_quoted(verb: Token) -> bool:
    """'"President Obama said to the Prime Minister that his unequivocal view was ...," Cameron's office
    said': a named speaker's report that is the whole of the words another quotes, told after the quote;
    the named speaker's, relayed by the one quoted (not "Scottish NGOs told me", words after "said:")."""
    head = verb.head
    if verb.dep_ != "ccomp" or head.i < verb.i or _in_document_quote(head):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return bool(subjects) and subjects[0].ent_type_ in HOLDER_LABELS and subjects[0].lower_ not in _PRONOUNS


def _past_participle_join(verb: Token) -> list[Token]:
    """ "Many scientists dismiss an original 5,000 bpd estimate ... -- often defended by BP executives --
    as ridiculously low and say it could be as high as 70,000 barrels": a finite reporting verb with no
    subject the parse joined to a participle that modifies the clause (a participle has no tense to share
    with it); its subject is the one of the verb the participle hangs on."""
    participle = verb.head
    tensed = verb.tag_ in ("VBP", "VBZ", "VBD", "VB") and not any(c.dep_ == "aux" for c in verb.children)
    if verb.dep_ != "conj" or not tensed or participle.tag_ not in ("VBN", "VBG"):
        return []  # the tagger may read a present "say" as a bare "VB"; not "to say"
    if participle.dep_ not in ("advcl", "acl") or any(c.dep_ in _SUBJECT_DEPS for c in participle.children):
        return []
    return [c for c in participle.head.children if c.dep_ == "nsubj" and c.i < participle.i]


def _document_issued_saying(verb: Token) -> bool:
    """ "Two U.S. lawmakers release a letter to Hayward saying: ...": a "saying" that belongs to the
    document, which the parse made a second object of the verb that issued it (tagged a noun or a verb);
    who issued it says so."""
    return (
        verb.lower_ == "saying"
        and verb.dep_ == "dobj"
        and any(c.dep_ == "dobj" and c.i < verb.i and c.lower_ in _ISSUED for c in verb.head.children)
    )


def _verb_tagged_noun(verb: Token) -> bool:
    """ "..., actor Stephen Baldwin and a friend named Spyridon Contogouris claim they were tricked into
    selling shares": a reporting verb the tagger read as a noun ("claim"); a noun with no determiner, no
    copula, a subject who can speak and a clause of its own with its own subject is the predicate."""
    children = list(verb.children)
    subject = next((c for c in children if c.dep_ == "nsubj"), None)
    return (
        verb.pos_ == "NOUN"
        and subject is not None
        and (names_someone(subject) or _speaking_noun(subject))  # not "The BP oil spill demands we move ..."
        and not any(c.dep_ in ("det", "cop", "poss") for c in children)
        and any(
            c.dep_ == "ccomp" and any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children) for c in children
        )
    )


def _forecast(verb: Token) -> bool:
    """ "after the European Union predicted 40 percent of people could be infected": a forecast of what
    others will do or undergo, a claim with a clause and a subject of its own; not "BP expects to ...",
    nor a forecast asked about ("how the industry expects the spill to affect it") or set beside the news
    ("oil prices fell ... as most forecasters predicted the storm would pass ...")."""
    beside = verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
    asked = any(t.tag_ == "WRB" for t in verb.subtree if t.i < verb.i)  # not "who predicted that ..."
    return (
        not beside
        and not asked
        and any(c.dep_ == "ccomp" and any(s.dep_ in _SUBJECT_DEPS for s in c.children) for c in verb.children)
    )


def _reported_thing(verb: Token) -> bool:
    """ "..., although some industry sources have reported possible delays caused by the oil slick": what
    is reported may be a noun; the report is still a report, made by its subject. So is a cause named
    ("..., while other analysts pointed to an evaporation of investors' patience")."""
    lemma = cue_lemma(verb)
    if lemma == "point":
        return any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children)
    return lemma == "report" and any(c.dep_ == "dobj" for c in verb.children)


def _relayed(verb: Token) -> bool:
    """ "a report in Fortune magazine, which quoted Matt Simmons ..., who said BP had a month before it
    would file for bankruptcy": the one quoted says what he said; the magazine only relays it."""
    if cue_lemma(verb) != "quote":
        return False
    return any(
        t.lower_ == "who" and t.dep_ == "nsubj" and _cue(t.head) is not None and _quoted_person(t) is not None
        for t in verb.doc[verb.i + 1 : verb.sent.end]
    )


def _quoted_person(who: Token) -> Token | None:
    """The person a "who" stands for when the parse hung its clause on the thing that quoted him ("a
    report in Fortune magazine, which quoted Matt Simmons of ... Simmons & Co, who said ...")."""
    if who.lower_ != "who" or who.head.head.ent_type_ == "PERSON":
        return None
    quoted = [
        c
        for verb in who.sent
        if verb.i < who.i and cue_lemma(verb) == "quote"
        for c in verb.children
        if c.dep_ == "dobj" and c.ent_type_ == "PERSON" and c.i < who.i
    ]
    return quoted[-1] if quoted else None


def clause_attributions(
    sentence: Span, actors: list[EntityMention], main: Attribution | None
) -> list[tuple[frozenset[int], Attribution | None]]:
    """A second reporting clause in one sentence keeps its own source: "Travellers quarantined in a
    Hong Kong hotel ... expressed dismay on Saturday at the tough steps, while an infectious disease
    expert said the authorities had over-reacted". Each reporting verb with a claimant of its own is
    returned with the tokens it governs (itself and what it reports), the main cue's with `main`;
    an event takes the smallest of these that holds it, and the sentence's attribution otherwise. A
    narrated clause set before the main cue by a semicolon comes with None: nobody is cited for it.
    Read once per sentence, actors and `main` (the very object: quotes compare clauses' attributions
    with `main` by identity)."""
    read, key = _read(sentence), ("clauses", sentence.start, sentence.end)
    kept = read.get(key)
    if kept is not None and kept[1] is main and kept[0] == actors:
        return kept[2]  # type: ignore[return-value]
    found = _clause_attributions(sentence, actors, main)
    read[key] = (list(actors), main, found)
    return found


def _clause_attributions(
    sentence: Span, actors: list[EntityMention], main: Attribution | None
) -> list[tuple[frozenset[int], Attribution | None]]:
    if asks(sentence):
        return []
    if main is None:  # only a clause set against a main clause that reports nothing has a source
        return [
            (_governed(verb) | _rest_of_relative(verb) | _noun_reported(verb), found)
            for verb, found in _reports(sentence, actors, None)
            if _set_against(verb) or _relative(verb) or _as_they_said(verb)
        ]
    cue = _main_cue(sentence)
    clauses: list[tuple[frozenset[int], Attribution | None]] = []
    if cue is not None:
        clauses.append((_governed(cue.verb), main))
        narrated = _before_semicolon(cue.verb) or _run_in_before(cue.verb)
        if narrated is not None:
            clauses.append((frozenset(t.i for t in narrated.subtree), None))
        headline = _run_in_at(cue.verb) if cue.verb.i != sentence.root.i else None
        if headline is not None:  # "Barack Obama pledges help ... US President Barack Obama has vowed"
            clauses.append((frozenset(range(sentence.start, headline.i)), None))
        caption = _caption_run_in(cue.verb) if narrated is None else None
        if caption is not None:  # "The earthquake caused buildings to topple, trapping people Mr Brown
            clauses.append((caption, None))  # expressed his sympathy ...": the caption is the writer's
        run_in = _run_in_after(cue.verb)
        if run_in is not None:
            clauses.append((run_in, None))
        clauses.extend((narration, None) for narration in _told_beside(cue.verb))
        clauses.extend((narration, None) for narration in _told_before(cue.verb))
        against = _narrated_before_but(cue.verb)
        if against is not None:
            clauses.append((against, None))
        participle = _participle_told(cue.verb)
        if participle is not None:
            clauses.append((participle, None))
        clauses.extend((narration, None) for narration in _told_beside_object(cue.verb))
        clauses.extend((narration, None) for narration in _joined_after_report(cue.verb))
        clauses.extend((description, None) for description in _writers_descriptions(cue.verb))
        unquoted = _unquoted_before_quote(cue.verb)
        if unquoted is not None:
            clauses.append((unquoted, None))
    else:  # "Nick Maskery is trained as a BASICS doctor Nick said: ...", a speaker the parse gave no subject
        opening = _opening_cue(sentence)
        narrated = _run_in_before(opening) if opening is not None and _cue(opening) is not None else None
        if narrated is not None:
            clauses.append((_governed(opening), main))
            clauses.append((frozenset(t.i for t in narrated.subtree), None))
    reporting = cue.verb if cue is not None else _secondary_verb(sentence, actors, relative=False)
    if reporting is not None and _beside_narration(reporting):
        clauses.append((_governed(reporting), main))  # "Shares ... fell 7 percent on Thursday after the
        clauses.append((frozenset(t.i for t in sentence), None))  # oil major said ...": BP said what
        # follows "said", not that the shares fell
    governed = _governed(cue.verb) if cue is not None else frozenset()
    for verb, found in _reports(sentence, actors, None):
        if (cue is not None and verb.i == cue.verb.i) or not _says_in_fact(verb):
            continue
        if verb.i in governed and any(c.dep_ == "nsubj" and c.lower_ in _PRONOUNS for c in verb.children):
            continue  # "Some commissioners said they believed ...": the same speakers, as `_innermost` reads
        if cue is not None and _reported_within(verb, cue.verb):
            if not _own_report(verb):
                continue  # "Governments will be demanding that ..., says Mr Hanson": what he foresees
            if found.source != main.source:  # not '"Moody's expects these costs to weigh ...," it said'
                found = replace(found, relay=main.source)  # "Alfonzo said the workers told doctors they
                # believe ...": the workers' report, which Alfonzo relays
        if (found.source, found.stance) != (main.source, main.stance):
            clauses.append((_governed(verb), found))
    clauses.extend((relative, None) for relative in _circumstance_relatives(sentence))
    return clauses if len(clauses) > 1 or (cue is None and clauses) else []


_CIRCUMSTANCES = frozenset({"after", "following", "since", "amid", "before"})
_AFTERMATHS = frozenset({"wake", "aftermath"})
_RUN_UPS = frozenset({"run-up", "lead-up", "runup", "leadup"})  # "in the run-up to the explosion that ..."


def _circumstance_relatives(sentence: Span) -> Iterator[frozenset[int]]:
    """ "Wyclef Jean has urged fans to donate to relief efforts in the wake of the huge earthquake that
    struck the Caribbean state on Tuesday": a relative clause in the past on the event after which, or in
    whose wake or run-up, something is done or said tells which event it was; the writer's, not the
    speaker's."""
    doc, tag = sentence.doc, token_table(sentence.doc).tag
    # a token made only for a past form, read from the token table: not one for every word
    for verb in (doc[i] for i in range(sentence.start, sentence.end) if tag[i] == "VBD"):
        if not _relative_clause(verb) or _cue(verb) is not None:
            continue
        noun = verb.head
        if noun.dep_ != "pobj":
            continue
        preposition = noun.head  # "after the blast that ...", or "in the wake of the earthquake that ..."
        wake = preposition.head if preposition.lower_ in ("of", "to") else None
        times = _AFTERMATHS if preposition.lower_ == "of" else _RUN_UPS
        aftermath = wake is not None and _hyphened(wake) in times and wake.dep_ == "pobj"
        if preposition.lower_ in _CIRCUMSTANCES or (aftermath and wake.head.lower_ in ("in", "during")):
            yield frozenset(t.i for t in verb.subtree)


def _hyphened(token: Token) -> str:
    """The word `token` ends, with a hyphen the tokenizer split off ("run - up": "run-up")."""
    index = token.i
    if index >= 2 and token.doc[index - 1].text == "-":
        return f"{token.doc[index - 2].lower_}-{token.lower_}"
    return token.lower_


def _secondary_verb(sentence: Span, actors: list[EntityMention], relative: bool = True) -> Token | None:
    """The reporting verb below a narrating root that `_secondary_attribution` takes the source from
    (`relative`: or one in a relative clause, which speaks for its clause only)."""
    return next(
        (
            verb
            for verb, _ in _reports(sentence, actors, None)
            if not _set_against(verb) and (relative or not _relative(verb))
        ),
        None,
    )


def _beside_narration(verb: Token) -> bool:
    """A report in a clause below or beside a root that narrates with a subject of its own: "Shares in
    London-based BP Plc fell 7 percent on Thursday after the oil major said ...", "Six Haitian children
    ... arrived in the Netherlands on Sunday and the justice ministry said ...", "BP, which said on
    Monday ..., will ...". The narrated clause is not the speaker's claim. Not "..., officials said"
    (parataxis: the root is what they say), nor "He arrived ... and said ..." (one subject for both),
    but for what the speaker is, set against the report by "but" ("He is aware of ... but said ..."), a
    past deed told before a past report (`_narrated_before_joined_report`) and the clause before a
    participle report set off after it (`_participle_report_after`)."""
    if _raised_by_passive(verb) is not None:  # "... by the fact that BP executives are reported to have
        verb = verb.head  # admitted ...": where the passive stands tells
    root = verb.sent.root
    subjects = (*_SUBJECT_DEPS, "expl")  # "There is no knowing who left the food there, but ... say ..."
    if verb.i == root.i or _held_by_someone(root) or not any(c.dep_ in subjects for c in root.children):
        return False
    if _in_document_quote(root) or any(c.dep_ in ("ccomp", "xcomp") and c.i < verb.i for c in verb.children):
        return False  # '"We want to help, ...," they tell me', "..., spokesman Paul McPhun told reporters"
    if verb.dep_ == "conj" and verb.head.i == root.i:
        joins = [c for c in root.children if c.dep_ == "cc" and root.i < c.i < verb.i] + _join_before(verb)
        contrast = root.lemma_ == "be" and any(c.lower_ == "but" for c in joins)  # "He is aware of other
        # family members trapped in their homes but said he feels ...": what he is, set against what he says,
        # one subject for both (not "Obama repeated a demand that ... but said", "It does not advise ...")
        return bool(joins) and (contrast or _own_subject(verb) or _narrated_before_joined_report(root, verb))
    if verb.dep_ == "advcl":  # "when" may be parsed as an advmod ("but dipped again when the ... said")
        marked = any(c.dep_ in ("mark", "advmod") and c.lower_ in _NARRATED_MARKS for c in verb.children)
        return marked or _participle_report_after(root, verb)
    clause = any(c.dep_ in ("ccomp", "xcomp") for c in verb.children)  # not "..., describing the decision"
    if verb.dep_ == "pcomp":  # "..., with critics saying BP consistently understated the flow rate"
        return clause and _own_subject(verb)
    return clause and verb.dep_ in ("relcl", "acl") and verb.head.i != root.i


def _join_before(verb: Token) -> list[Token]:
    """ "... declared a state of emergency and the U.S. military said ...": the "and" or "but" right before a
    joined clause, which the parse may hang on the object before it."""
    opening = verb.left_edge.i
    word = verb.doc[opening - 1] if opening > verb.sent.start else None
    return [word] if word is not None and word.dep_ == "cc" and word.lower_ in ("and", "but") else []


def _own_subject(verb: Token) -> bool:
    """A verb with a subject of its own ("... and the justice ministry said", "with critics saying")."""
    return any(c.dep_ == "nsubj" for c in verb.children)


def _narrated_before_joined_report(root: Token, verb: Token) -> bool:
    """ "BP began pressure tests on the well Thursday afternoon and expected them to last up to 48 hours":
    a past deed joined by "and" before a report of the same subject is the writer's telling, not the
    report's content. Not a deed in the present or under a modal (what the subject does as it speaks)."""
    past = root.tag_ == "VBD" and not any(c.dep_ == "aux" for c in root.children) and verb.tag_ == "VBD"
    return past and _plain_narration(root, verb)


def _participle_report_after(root: Token, verb: Token) -> bool:
    """ "Chan appeared to attempt to allay fears, adding: ...": a report told as a participle set off after
    the narrated clause ("..., adding", "..., saying") reports its own words, not the clause before it."""
    opening = verb.left_edge.i  # not 0: the word before it would be the document's last
    set_off = verb.tag_ == "VBG" and verb.i > root.i and opening > 0 and verb.doc[opening - 1].text == ","
    return set_off and _plain_narration(root, verb)


def _plain_narration(root: Token, verb: Token) -> bool:
    """The root's clause, without the report `verb`, tells a deed: not a report itself ("Judge Feldman agreed
    and ... rebuked"), nor one with words quoted ("filed the lawsuit, calling the ban "arbitrary ...""), nor
    one that carries a clause of content ("are trying to reassure lawmakers that drilling is safe, saying").
    Words quoted anywhere must be in what the report governs, so that its quote keeps the speaker."""
    if _cue(root) is not None or _of_words_or_views(root) or is_reporting_form(root.lower_):
        return False  # nor a root in a reporting form, in any sense ("echoed that message", "has contested")
    governed = _governed(verb)
    if len(governed) == 1:
        return False  # "spoke of seeing about 100 bodies": what was said is not held by the report here
    if any(_in_document_quote(t) and not t.is_punct and t.i not in governed for t in verb.sent):
        return False
    rest = [t for t in root.subtree if t.i < verb.left_edge.i]
    return not any(t.dep_ == "ccomp" or _cue(t) is not None or _of_words_or_views(t) for t in rest)


_CONCUR_FORMS = frozenset({"concur", "concurs", "concurred", "concurring"})


def _of_words_or_views(token: Token) -> bool:
    """A word that may tell of words or views in some sense, though not read as a report here: "has called
    for Feinberg to resign", "Judge Feldman agreed", "found evidence", "double their estimates", "repeated a
    demand that BP must pay", "The World Health Organisation concurred"; narration must be plainly a deed."""
    form = token.lower_
    if form in _AGREE_FORMS or form in _CONCUR_FORMS or form in FOUND_FORMS or said_thing(token):
        return True
    if cue_lemma(token) is None:
        return False  # a noun of a view has a clause saying it ("a demand that ..."), not "to allay fears"
    return token.pos_ in ("VERB", "AUX") or any(c.dep_ in ("acl", "ccomp") for c in token.children)


def _held_by_someone(root: Token) -> bool:
    """A root that reports with a holder of its own; not an expectation no one is named for ("Questions
    about the future of Chief Executive Tony Hayward are expected to resurface, but investors and analysts
    do not expect him to step down ...": the writer's, beside the investors' view)."""
    return _cue(root) is not None and _subject(root) is not None


def _reported_within(verb: Token, cue: Token) -> bool:
    """A report that is the very content of the main one ("Schuchat said the CDC is asking ..."), in the
    main speaker's words: its own subject reports it, the main speaker relays it. Not one whose own words
    are quoted ("A report last year by FRIDE ... stated that 'foreign co-operation has contributed ...',
    he adds": the quoted words are FRIDE's, with no relay). So is one told of as what the speaker feels
    about ("said he was sorry his wife had apparently believed ...": his words on her belief)."""
    if verb.dep_ not in ("ccomp", "xcomp"):
        return False
    if verb.head.i != cue.i:
        return _felt_about(verb, cue) and not _in_document_quote(verb)
    if _in_document_quote(verb):
        return _named_report_quoted(verb)  # the relaying speaker's own quoted words
    doc = verb.doc
    return not any(_in_document_quote(doc[i]) for i in _governed(verb) if i != verb.i)


def _felt_about(verb: Token, cue: Token) -> bool:
    """A clause below an adjective in the clause a verb reports: "said he was sorry his wife had ...
    believed", "said he was confident the company had ..."."""
    feeling = verb.head
    content = feeling.head
    return feeling.dep_ == "acomp" and content.dep_ == "ccomp" and content.head.i == cue.i


def _own_report(verb: Token) -> bool:
    """A report inside another's words that was made, with what it reports: "He said the man had told his
    rescuers that another four people were trapped"; not one foreseen ("Governments will be demanding
    that ..., says Mr Hanson") nor a reporter's tag the parse hung inside ("The World Bank said its local
    offices were destroyed ..., Reuters reported")."""
    if (verb.tag_ == "VB" and not judged_deed(verb)) or any(
        c.dep_ == "aux" and c.lower_ in _FUTURE for c in verb.children
    ):
        return False  # "demanded that BP Chief Executive Tony Hayward explain ...": asked for, not made
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if subjects and (subjects[0].lower_ in _EVIDENCE or subjects[0].lemma_ in _EVIDENCE):
        return False  # "Tom Bancroft ... said the government's numbers tell only part of the story": his
        # reading of the evidence
    return any(c.dep_ in ("ccomp", "xcomp", "dobj") and c.i > verb.i for c in verb.children)


def _says_in_fact(verb: Token) -> bool:
    """A report made, by someone who can speak: not "there is little Obama can say", "Republicans
    should ask themselves", nor "BP's willingness ... suggests"."""
    if any(c.dep_ == "aux" and c.lower_ in _HYPOTHETICAL for c in verb.children):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects:
        return verb.dep_ != "relcl"  # "with officials saying ...": the noun the participle describes
    subject = subjects[0]
    if verb.dep_ == "relcl" and not _holder_in_relative(verb, subject):
        if subject.lower_ not in ("who", "which", "that") or subject.is_upper:  # "a New Orleans strip club
            return False  # that says it has lost business": the club
        subject = verb.head
        return (
            subject.pos_ == "PROPN"
            or subject.ent_type_ in HOLDER_LABELS
            or subject.tag_ in ("NNS", "NNPS")
            or _speaking_noun(subject)
        )
    return (
        subject.ent_type_ in HOLDER_LABELS
        or subject.tag_ in ("NNS", "NNPS", "PRP")
        or _acronym(subject)
        or _speaking_noun(subject)
    )


def _acronym(noun: Token) -> bool:
    """A body named by its initials, which the entity tagger may miss at a sentence's start ("BP believes it
    may be heading for a showdown with the White House ..., a BP source said")."""
    return noun.pos_ == "PROPN" and noun.is_upper and 1 < len(noun.text) <= _ACRONYM_LENGTH


def _holder_in_relative(verb: Token, subject: Token) -> bool:
    """ "the slaughter, which Egyptian state media reported could take up to a month": a relative clause
    whose relative word is what is reported, with a speaker of its own as the subject."""
    opener = verb.left_edge
    relative = opener.tag_ in ("WDT", "WP") and opener.i != subject.i and subject.tag_ not in ("WDT", "WP")
    return relative and any(c.dep_ == "ccomp" for c in verb.children) and subject.lower_ not in _PRONOUNS


_SPEAKING_NOUNS = TITLE_WORDS | PERSON_NOUNS | DOCUMENT_NOUNS | ORG_WORDS | _ORGANISATION_NOUNS | {
    "club", "company", "group", "lab", "laboratory", "hospital", "school", "union", "association"
}  # fmt: skip  # built once: `_speaking_noun` is asked of many subjects of every story


def _speaking_noun(noun: Token) -> bool:
    """A common noun for someone who can speak: a role, a person, a document, an organisation."""
    return noun.lower_ in _SPEAKING_NOUNS


def _governed(verb: Token) -> frozenset[int]:
    """The verb and the clause or object it reports. Walked in the parse's table (`token_table`): asked
    of each reporting verb of a sentence, often twice, and a `Token` for each word below it cost more."""
    table = token_table(verb.doc)
    dep, children = table.dep, table.children
    tokens = {verb.i}
    for child in children(verb.i):
        if dep[child] in ("ccomp", "xcomp", "dobj"):
            below = [child]
            for word in below:  # grows as it is read: the child and every word below it
                below.extend(children(word))
            tokens.update(below)
    return frozenset(tokens)


def _named_before_cue(sentence: Span, actors: list[EntityMention]) -> Attribution | None:
    """ "Save the Children's emergencies director Gareth Owen said ...": a name right before the main
    reporting verb is its speaker when the parse gave the verb no subject (it read "Save" as a verb)."""
    root = _opening_cue(sentence)
    cue = _cue(root) if root is not None else None
    if root is None or cue is None or root.i == sentence.start:
        return None
    if any(c.dep_ in _SUBJECT_DEPS for c in root.children):
        return None
    doc = root.doc
    named = [
        a
        for a in actors
        if a.label in ("PERSON", "ORG")
        and sentence.start_char <= a.start
        and a.end <= root.idx
        and not _quoted(doc.char_span(a.start, a.end, alignment_mode="expand")[0], sentence)
        and _plain_gap(doc, a.end, root)
    ]
    people = [a for a in named if a.label == "PERSON"]
    actor = people[0] if people else named[-1] if named else None
    if actor is None:
        return _described_before(root, cue)
    return Attribution(actor.canonical, cue.stance, cue.text, None, actor.start, actor.end)


def _blamed_for(verb: Token) -> bool:
    """ "BNP leader Nick Griffin criticised for Haiti remarks": a headline's passive, with what he is
    criticised for and nothing said."""
    deps = {c.dep_ for c in verb.children}
    return not deps & {"ccomp", "xcomp", "dobj"} and any(
        c.dep_ == "prep" and c.lower_ == "for" for c in verb.children
    )


def _described_before(verb: Token, cue: _Cue) -> Attribution | None:
    """ "As BP Plc rushed to raise cash ..., a partner in the out-of-control well said the British company
    was likely guilty": a described speaker, set off by a comma right before the verb, that the parse
    hung on the clause before."""
    doc = verb.doc
    for token in doc[verb.sent.start : verb.i]:
        described = token.pos_ == "NOUN" and token.dep_ in ("appos", "conj", "pobj", "dobj")
        if not described or token.right_edge.i != verb.i - 1 or doc[token.left_edge.i - 1].text != ",":
            continue
        if not any(c.dep_ == "det" for c in token.children) or _quoted(token, verb.sent):
            continue
        phrase = _role_phrase(token)
        if _can_speak(phrase):
            return Attribution(
                _unnamed(phrase), cue.stance, cue.text, None, phrase.start_char, phrase.end_char
            )
    return None


def _opening_cue(sentence: Span) -> Token | None:
    """The sentence's root, or the reporting verb that opens the sentence before a quotation the parse
    made its root ("... told the BBC: "It's a contradiction ..." ")."""
    root = sentence.root
    marks = [t.i for t in sentence.doc[sentence.start : root.i] if t.is_quote]  # the marks before the root
    if _cue(root) is not None or not marks:
        return root
    opening = [t for t in sentence[: marks[0] - sentence.start] if _cue(t) is not None]
    return opening[0] if opening else None


def _plain_gap(doc: Doc, end: int, verb: Token) -> bool:
    """Only a name's affiliation lies between it and the verb ("Ntanda Nkere from the University of
    Kinshasa told"): no other verb, no comma, no quotation mark."""
    gap = [t for t in doc[verb.i - 12 if verb.i >= 12 else 0 : verb.i] if t.idx >= end]
    return not any(t.pos_ in ("VERB", "AUX") or t.is_punct or t.is_quote for t in gap)


def reported_content(sentence: Span) -> tuple[int, int] | None:
    """Character span of the clause being reported ("North Korea had sent troops ...")."""
    according = _according_to(sentence)
    if according is not None:
        phrase = according.head.head
        clause = [t for t in sentence if not _within(t, phrase) and not t.is_punct and not t.is_space]
        return (clause[0].idx, clause[-1].idx + len(clause[-1])) if clause else None
    cue = _main_cue(sentence)
    if cue is None:
        return None
    content = _content_head(_innermost(cue, _subject(cue.verb)).verb)
    if content is None:
        return None
    tokens = [t for t in content.subtree if t.dep_ != "mark" and not t.is_punct and not t.is_space]
    return (tokens[0].idx, tokens[-1].idx + len(tokens[-1])) if tokens else None


def continued(sentence: Span, previous: Span, attribution: Attribution | None) -> Attribution | None:
    """The previous sentence's attribution when this sentence goes on with the same report.

    It must follow in the same paragraph, carry no reporting cue of its own and have
    as subject a pronoun for what was reported: "... Budanov confirmed that about
    11,000 North Korean infantrymen were ... training in Russia's east. They will be
    ready to take part in combat actions ...".
    """
    if attribution is None:
        return None
    cue = _main_cue(sentence)
    if cue is not None:
        return _it_again(sentence, previous, attribution, cue)
    if reported_content(previous) is None or _according_to(sentence) is not None:
        return None
    if _secondary_verb(sentence, []) is not None:
        return None  # "It fell after BP said ...": a report of its own, and a narrated clause beside it
    doc = sentence.doc
    if any("\n" in token.text_with_ws for token in doc[previous.end - 1 : sentence.start]):
        return None
    subjects = [child for child in sentence.root.children if child.dep_ in _SUBJECT_DEPS]
    return attribution if subjects and subjects[0].lower_ in _CONTINUING_SUBJECTS else None


def _it_again(sentence: Span, previous: Span, attribution: Attribution, cue: _Cue) -> Attribution | None:
    """ "Medicins Sans Frontieres ... said its cargo plane ... had been turned away ... . It said five
    patients died ...": an "it" that reports, right after an organisation's report, is that organisation
    speaking again, with the stance of its own cue. The source must be one spoken of as "it": named as an
    organisation or a country, or owning an "its" in its sentence."""
    subjects = [c for c in cue.verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or subjects[0].lower_ != "it":
        return None
    if _according_to(previous) is not None:
        return None  # "VX has predicted ..., according to the Moody's report. It said": the report
    doc = sentence.doc
    if "\n\n" in doc_text(doc)[previous[-1].idx : sentence.start_char]:
        return None  # a new paragraph (a line of its own is a sentence in the Timeline17 articles)
    if attribution.start is None or attribution.end is None:
        return None
    source = doc.char_span(attribution.start, attribution.end, alignment_mode="expand")
    if source is None or not previous.start <= source.start < previous.end:
        return None  # a report carried on from further back
    named_as_it = source.root.ent_type_ in ("ORG", "GPE", "NORP") or source.root.lower_ in DOCUMENT_NOUNS
    # "..., the report said. But it also suggested ...": a document is an "it" too
    if not named_as_it and not any(t.lower_ == "its" and t.i >= source.end for t in previous):
        return None
    return Attribution(attribution.source, cue.stance, cue.text, attribution.source_title, source.start_char,
                       source.end_char)  # fmt: skip


# --- finding the cue ---------------------------------------------------------


def _according_to(sentence: Span) -> Token | None:
    """The claimant of "according to X"."""
    lower = token_table(sentence.doc).lower
    for index in range(sentence.start, sentence.end - 1):
        if lower[index] == "according" and lower[index + 1] == "to":  # read without making tokens
            to = sentence.doc[index + 1]
            objects = [child for child in to.children if child.dep_ == "pobj"]
            if objects and objects[0].lower_ not in _FOLLOWED:
                return objects[0]
    return None


def _main_cue(sentence: Span) -> _Cue | None:
    """The reporting verb that governs the sentence: the root or a verb beside it. Read once per
    sentence: its attribution, its clauses' attributions, the next sentence's `continued` and
    quotes each ask it (12,130 times for 7,452 sentences of 100 articles)."""
    read, key = _read(sentence), ("main cue", sentence.start, sentence.end)
    kept = read.get(key)
    if kept is None:
        kept = read[key] = (_find_main_cue(sentence),)
    return kept[0]  # type: ignore[return-value]


def _find_main_cue(sentence: Span) -> _Cue | None:
    if _no_cue_word(sentence):
        return None
    for verb in _cue_candidates(sentence):
        cue = _cue(verb)
        if cue is None or _subject(verb) is None or _set_against(verb) or _doubt_in_adverbial(verb, cue):
            continue
        if _denied_as_suggested(verb) or _as_they_said(verb) or _contact_relative(verb):
            continue
        return cue
    return None


def _no_cue_word(sentence: Span) -> bool:
    """No word of the sentence may cue (`_cue_words`) and none below its root lies outside it (the
    root's sentence, `sentence_bounds`, is inside it): every candidate is its root or below it, or a
    word of it, and none can cue. Two sentences in five have no such word, and their candidates were
    sought for nothing."""
    cues = _cue_words(sentence.doc)
    first = bisect_left(cues, sentence.start)
    if first < len(cues) and cues[first] < sentence.end:
        return False
    bounds = sentence_bounds(sentence.doc, sentence.root.i)
    return bounds is not None and sentence.start <= bounds[0] and bounds[1] <= sentence.end


def _cue_candidates(sentence: Span) -> Iterator[Token]:
    """The verbs that may govern the sentence as its report, in the order they are tried: each kind
    looked for only when none before it cued (most sentences with a report have it at the root)."""
    root = sentence.root
    yield from _said_after_quote(root)
    yield from _told_first(root)
    yield root
    yield from [c for c in root.children if c.dep_ in ("parataxis", "conj", "advcl", "acomp")]
    yield from [c for c in root.children if _verb_read_as_modifier(c)]
    yield from _declined(root)
    yield from _attempted(root)
    yield from _in_doing(root)
    yield from _run_in_report(root)
    yield from _reported_at_end(sentence)


def _reported_at_end(sentence: Span) -> list[Token]:
    """A reporting verb inverted at the end of a sentence ("..., warn health experts."), wherever the parse
    hung it: a caption or a photo credit run in before the sentence may take the root. Only a word that
    may cue is looked at (`_may_cue`, as `_cue` first asks): every `_main_cue` reads the whole sentence,
    its words from the token table (no `Token` made for a word that cannot cue)."""
    doc, table = sentence.doc, token_table(sentence.doc)
    pos, tag, lower = table.pos, table.tag, table.lower
    verbs = (
        doc[i]
        for i in range(max(sentence.start, 1), sentence.end)  # right after a comma: not the first word
        if pos[i] == "VERB" and lower[i - 1] == "," and tag[i] in _INVERTED_TAGS and _may_cue(lower[i])
    )  # what `_inverted_at_end` asks first, read from the table: a token only for a word that passes
    return [verb for verb in verbs if _inverted_at_end(verb) is not None]


_CALLS = frozenset({"demand", "urge", "call", "ask", "request"})  # calls for a deed


def _as_they_said(verb: Token) -> bool:
    """ "The company delayed a decision on Friday to suspend its quarterly dividend payments, as some U.S.
    politicians have demanded": an "as" clause after the main one, a call for a deed with nothing reported
    of its own, names those who called for a thing the main clause tells of, not those who tell the main
    clause; it is the writer's. Not "..., as Hay explained" (he explained the main clause)."""
    if cue_lemma(verb) not in _CALLS:
        return False
    subject = next((c for c in verb.children if c.dep_ in _SUBJECT_DEPS), None)
    if subject is None or subject.left_edge.i == 0:
        return False
    marked = subject.doc[subject.left_edge.i - 1]  # "as" right before its subject: not "as advisers, a source
    opened = marked.lower_ == "as" and marked.head.i == verb.i  # familiar with the matter said"
    reported = any(c.dep_ in ("ccomp", "xcomp", "dobj") for c in verb.children)
    return verb.dep_ == "advcl" and opened and not reported and verb.head.i < verb.i


def _denied_as_suggested(verb: Token) -> bool:
    """ "The fact that Europe can not do that does not make it somehow weak or ineffective, as some have
    suggested": an "as" clause after a negated clause names those the writer answers; the negated clause
    is the writer's denial of what they said, not their report."""
    marked = any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
    negated = any(c.dep_ == "neg" for c in verb.head.children)
    return verb.dep_ == "advcl" and marked and negated and verb.head.i < verb.i


def main_reporting_verb(sentence: Span) -> Token | None:
    """The reporting verb that governs the sentence, as `attribute` finds it; None when none does."""
    cue = _main_cue(sentence)
    return cue.verb if cue is not None else None


def in_document_quote(token: Token) -> bool:
    """Whether the token lies inside a quote of its document: a speaker's words, never the writer's."""
    return _in_document_quote(token)


def is_reporting_verb(verb: Token) -> bool:
    """Whether `verb` is a reporting cue in its sense here ("said", "added that"), as `attribute` reads it."""
    return _cue(verb) is not None


def _told_first(root: Token) -> list[Token]:
    """ "The Israeli team ... told the Associated Press news agency that they had called out to him ...
    and to their surprise, he responded": a named speaker's report with its "that" clause, which the parse
    hung below a "he responded" at the end; the report told is the sentence's, his answer is in it. Not
    when the words reported are quoted: those are cited by whoever "he" is."""
    if not any(c.dep_ == "nsubj" and c.lower_ in ("he", "she") for c in root.children):
        return []
    told = []
    for clause in (c for c in root.children if c.dep_ == "ccomp" and c.i < root.i):
        subjects = [c for c in clause.children if c.dep_ == "nsubj" and c.lower_ not in _PRONOUNS]
        content = [
            c for c in clause.children if c.dep_ == "ccomp" and any(m.lower_ == "that" for m in c.children)
        ]
        quoted = any(_in_document_quote(t) for c in content for t in c.subtree)  # '... stated that "foreign
        # co-operation has contributed ...", he adds': FRIDE's words, which he cites
        if (
            subjects
            and content
            and not quoted
            and not _in_document_quote(clause)
            and _cue(clause) is not None
        ):
            told.append(clause)
    return told


def _set_against(verb: Token) -> bool:
    """ "The Pan American Health Organization put the death toll at 50,000-100,000, while Prime Minister
    Jean-Max Bellerive said ...": a report in a clause set against a main clause that reports nothing
    speaks for its own clause only, not for the sentence. A pronoun as its speaker ("..., though it said
    ...") is the main clause's subject, who then speaks for both. So does one that opens the sentence
    ("While the committee said it would question Hayward ..., the agenda did not specifically include
    ..."). So does one joined by "so" after the main clause ("The U.S. government blocked the takeover of
    ... Unocal ..., so most analysts doubt it would allow BP ... to be taken over"). A report judged in its
    clause ("..., although the ... company was quick to say ...") is set against as that clause is."""
    if judged_deed(verb):
        return _set_against(verb.head.head)
    marks = [c for c in verb.children if c.dep_ == "mark" and (c.lower_ in _CONTRASTS or _result_mark(c))]
    contrasted = verb.dep_ == "advcl" and bool(marks)
    opening = contrasted and marks[0].i == verb.sent.start
    return (
        (contrasted or (verb.dep_ in ("conj", "parataxis") and _semicolon_between(verb.head, verb)))
        and (verb.head.i < verb.i or opening)  # not a root misread ("... damages companies face")
        and _cue(verb.head) is None
        and not any(c.dep_ == "nsubj" and c.lower_ in _PRONOUNS for c in verb.children)
    )


def _result_mark(mark: Token) -> bool:
    """A "so" inside the sentence that joins a result to the clause before ("..., so most analysts
    doubt ..."), not "so that" (a purpose)."""
    following = mark.doc[mark.i + 1] if mark.i + 1 < len(mark.doc) else None
    purpose = following is not None and following.lower_ == "that"
    return mark.lower_ == "so" and mark.i > mark.sent.start and not purpose


def _semicolon_between(first: Token, second: Token) -> bool:
    """Two clauses of one sentence set apart by a semicolon: each stands on its own."""
    return any(_open_semicolon(t, second) for t in first.doc[first.i : second.left_edge.i])


def _open_semicolon(token: Token, verb: Token) -> bool:
    """A semicolon outside the quoted words: no quotation mark between it and the verb ('"... to save
    lives; Haitian lives ...," he says' is one quote)."""
    return token.text == ";" and not any(t.is_quote for t in token.doc[token.i : verb.i])


def _before_semicolon(cue: Token) -> Token | None:
    """ "Preparations for a nuclear explosion could take up to half-a-year; BP has said it will have a
    relief well in place ...": a clause the parse hung on the reporting verb, set before it by a semicolon,
    is narrated, not what the speaker says."""
    for child in cue.children:
        if child.dep_ in ("ccomp", "parataxis") and child.i < cue.i:
            between = cue.doc[child.right_edge.i + 1 : cue.i]
            if any(_open_semicolon(t, cue) for t in between):
                return child  # not one in the quoted words ('"...save lives; Haitian lives ...," he says')
    return None


def _run_in_before(cue: Token) -> Token | None:
    """ "We have not been able to get into all the areas International Development Secretary Douglas
    Alexander said: "This is a tragedy ..."": a caption or pull quote run into a report that says its own
    words after the verb. One speaker does not report two clauses, one before and one after the verb;
    the one before, outside quotation marks, is narrated (not "..., he said, ..." around his quoted
    words)."""
    contents = [c for c in cue.children if c.dep_ == "ccomp"]
    before = [c for c in contents if c.i < cue.i]
    if not before or not any(c.i > cue.i for c in contents) or _in_document_quote(before[0]):
        return None
    doc = cue.doc
    subjects = [c for c in cue.children if c.dep_ in _SUBJECT_DEPS and c.i > before[0].i]
    opening = subjects[0].left_edge.i if subjects else cue.i
    glued = opening > 0 and not doc[opening - 1].is_punct  # "... all the areas International Development"
    return before[0] if glued or any(restarts_sentence(t) for t in before[0].subtree) else None


def _caption_run_in(cue: Token) -> frozenset[int] | None:
    """ "The earthquake caused buildings to topple, trapping people Mr Brown expressed his sympathy for
    the victims of the earthquake": a caption run into a report whose verb says what it reports in its
    object after it; the clause the parse hung before the verb, with no stop or comma before the
    speaker's name, is the caption's, from the sentence's start up to the name: narrated."""
    contents = [c for c in cue.children if c.dep_ in ("ccomp", "xcomp") and c.i < cue.i]
    told = any(c.dep_ == "dobj" and c.i > cue.i for c in cue.children)
    if not contents or not told or any(c.dep_ == "ccomp" and c.i > cue.i for c in cue.children):
        return None
    subjects = [c for c in cue.children if c.dep_ == "nsubj" and c.i > contents[0].right_edge.i]
    if not subjects or _in_document_quote(contents[0]):
        return None
    doc = cue.doc
    opening = subjects[0].left_edge.i
    if opening <= cue.sent.start or doc[opening - 1].is_punct or doc[opening - 1].is_space:
        return None
    return frozenset(range(cue.sent.start, opening))


def _run_in_after(cue: Token) -> frozenset[int] | None:
    """'Dr Ernest Benjamin says the woman is "critically ill" Two people have been rescued ...': the next
    sentence run into a caption's report, from where it starts again; narrated, not what is said."""
    sentence = cue.sent
    for token in cue.doc[cue.i + 1 : sentence.end]:
        if restarts_sentence(token) and not _in_document_quote(token):
            return frozenset(range(token.i, sentence.end))
    return None


def _told_beside(cue: Token) -> Iterator[frozenset[int]]:
    """'..., he said, as he spread the stuff over his plot', '..., Hayward said, referring to a
    contract ...', '..., he said, without offering details': when, where and doing what the words
    were said, after a comma and after the words, is the writer's telling, not the speaker's. Not a
    reason or condition the speaker gives (", because he will have ...", ", as BP is ..."), a
    participle that goes on with the words (", depending on ...", ", starting with ..."), a clause
    with a subject of its own (", when callers appear to ...") nor a report itself (", adding that
    ...")."""
    if any(c.dep_ in ("ccomp", "xcomp", "dobj") and c.i > cue.i for c in cue.children):
        return  # "officials have reported heavy sheets of oil ..., leaving a stain": still their words
    for child in cue.children:
        if child.i < cue.i or not _telling(child):
            continue
        between = cue.doc[cue.i + 1 : child.left_edge.i]
        if not any(t.text == "," for t in between) or any(_cue(t) is not None for t in child.subtree):
            continue
        yield frozenset(t.i for t in child.subtree)


_TIME_MARKS = frozenset({"when", "after", "before", "once", "since", "until"})  # not a contrast ("while")


def _told_before(cue: Token) -> Iterator[frozenset[int]]:
    """ "When he returned to the hotel on Saturday, he was told by authorities he would have to be
    quarantined": a clause of time with its own subject, set before a reporting verb that has what it
    reports after it, tells when the words were said; the writer's, not the speaker's. Not one in
    quoted words, nor one that reports in its turn."""
    if not _opens_report(cue):
        return
    for child in cue.children:
        if child.dep_ != "advcl" or child.i > cue.i or _in_document_quote(child):
            continue
        marks = [c.lower_ for c in child.children if c.dep_ in ("mark", "advmod") and c.i < child.i]
        if not marks or marks[0] not in _TIME_MARKS:
            continue
        if not any(c.dep_ in _SUBJECT_DEPS for c in child.children):
            continue
        words = list(child.subtree)
        if not any(_in_document_quote(t) or _cue(t) is not None for t in words):
            yield frozenset(t.i for t in words)


def _narrated_before_but(cue: Token) -> frozenset[int] | None:
    """ "The World Health Organisation stopped short of issuing a worldwide alert ... but its director
    general, Dr Margaret Chan, said the option remained "on the table"": a clause with a subject of its own
    before "but" and the speaker named after it, which the parse hung below the reporting verb as what it
    reports, is the writer's, set against the report (`_opens_clause_after_but`)."""
    name = _name_set_off_before(cue)
    if name is None:
        return None
    role = cue.doc[name.left_edge.i - 2]  # the role's last word, before the comma that opens the name
    if not _opens_clause_after_but(role):
        return None
    but = role.left_edge.i - 1
    for child in cue.children:
        if child.dep_ == "ccomp" and child.i < but and any(c.dep_ in _SUBJECT_DEPS for c in child.children):
            return frozenset(t.i for t in child.subtree if t.i < but)
    return None


_WHEN_MARKS = frozenset({"as", "when", "after", "before"})  # not "while", which may set words against words


def _told_beside_object(cue: Token) -> Iterator[frozenset[int]]:
    """ "President Barack Obama on Friday slammed the companies ... as BP Plc readied a siphoning system": a
    report of someone or something (an object, no clause) says nothing of a clause with a subject of its own
    that tells when it was made, nor of what the speaker did before or after; that clause is the writer's.
    Not one with words quoted or a report of its own ("... after the well was plugged that "more than
    three-quarters of the oil is gone"")."""
    children = list(cue.children)
    if not any(c.dep_ == "dobj" for c in children) or any(c.dep_ in ("ccomp", "xcomp") for c in children):
        return
    for child in children:
        marked = any(m.dep_ == "mark" and m.lower_ in _WHEN_MARKS for m in child.children)
        own_subject = any(s.dep_ in _SUBJECT_DEPS for s in child.children)
        timed = child.dep_ == "advcl" and marked and own_subject
        after = child.i > cue.i and (timed or _doing_before_or_after(child))
        conceded = child.i < cue.i and child.dep_ == "advcl" and own_subject and _concessive(child)
        if not (after or conceded):
            continue
        if any(t.is_quote or _cue(t) is not None for t in child.subtree):
            continue
        yield frozenset(t.i for t in child.subtree)


def _concessive(clause: Token) -> bool:
    """ "While a complete halt to the flow of oil is not expected until August at the earliest, BP has
    reported an increase ...": a clause opened by "while" or "although", set before a report of a thing,
    is the writer's concession, not what the report holds."""
    return any(m.dep_ == "mark" and m.lower_ in ("while", "although", "though") for m in clause.children)


def _doing_before_or_after(child: Token) -> bool:
    """ "demanded an apology from the presenter before attending a repatriation ceremony for Canadian troops
    who were killed in Afghanistan": what the speaker did before or after, told by the writer."""
    doing = any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in child.children)
    return child.dep_ == "prep" and child.lower_ in ("before", "after") and doing


def _joined_after_report(cue: Token) -> Iterator[frozenset[int]]:
    """ "The United Arab Emirates has not banned pork imports, a senior official said, but some
    supermarkets have pulled pig meat from their shelves ...": after a report's tag that closes what the
    speaker says, a clause with its own subject joined on is the writer's. Not one in the speaker's
    quoted words, nor one that reports in its turn; nor one after a reporting verb that opens the
    sentence ("A BP spokesman told Reuters the company was considering all options but no decision had
    been made": still his), nor one in the tense of reported words ("..., the person said, and Shell
    would still rely on ...")."""
    if cue.dep_ == "parataxis":
        head = cue.head
    elif _closes_report(cue) or _opens_report(cue):
        head = cue
    else:
        return
    for clause in head.children:
        if clause.dep_ != "conj" or clause.i < cue.i or clause.pos_ not in ("VERB", "AUX"):
            continue
        if not any(c.dep_ in _SUBJECT_DEPS for c in clause.children) or _backshifted(clause):
            continue
        if head is cue and _opens_report(cue) and not _narrated_after_content(clause, cue):
            continue
        words = list(clause.subtree)
        if not any(_in_document_quote(t) or _cue(t) is not None for t in words):
            yield frozenset(t.i for t in words)


def _writers_descriptions(cue: Token) -> Iterator[frozenset[int]]:
    """ "Hayward, who has been thrust into a media spotlight since an April 20 rig explosion ..., said in a
    statement he was appalled ...": who the speaker is, told beside the speaker's name, and a clause set off
    by a comma on the thing a verb reports ("Costa Rica, Italy, and Ireland confirmed cases of the virus,
    which has now been found in 18 countries") are the writer's telling, not the words reported. So is a
    relative clause with its "who" anywhere in the speaker's phrase, set off or not ("said Guan Yi, a
    Chinese virologist at the University of Hong Kong who helped fight SARS ..."). Not a description that
    reports in its turn, nor one in the speaker's quoted words."""
    for child in cue.children:
        medium = _medium(child)
        if child.dep_ not in (*_SUBJECT_DEPS, "dobj") and not medium:
            continue
        for token in child.subtree:
            if not _describing(token, child):
                continue
            speakers = child.dep_ in _SUBJECT_DEPS and _opened_by_relative_word(token)
            if not (speakers or medium or _set_off(token) or token.head.dep_ == "appos"):
                continue
            words = list(token.subtree)
            if medium and not _describes_medium(token, child, words):
                continue
            if not any(_in_document_quote(t) or _cue(t) is not None for t in words):
                yield frozenset(t.i for t in words)


def _medium(child: Token) -> bool:
    """ "Hazen and his colleagues wrote in research published on Tuesday in the journal Science": where the
    words were said or written ("in research", "in a statement"), told by the writer, not what they say."""
    return child.dep_ == "prep" and child.lower_ == "in" and not _in_document_quote(child)


def _describes_medium(clause: Token, medium: Token, words: list[Token]) -> bool:
    """A participle or a "which" clause on the medium (`medium`, its "in"), not the words the parse hung on
    it ("said in a statement issued on Friday that the well was sealed": "that the well was sealed" is what
    was said), nor one inside them."""
    if any(t.dep_ == "ccomp" or is_reporting_form(t.lower_) or said_thing(t) for t in words):
        return False  # nor one that tells of words ("in a Senate floor speech castigating oil companies")
    head = clause.head
    while head.i != medium.i:
        if head.pos_ in ("VERB", "AUX"):
            return False  # "in an e-mail message that the rate ... would not affect ... our response, which"
        head = head.head
    if clause.dep_ == "relcl":
        return _opened_by_relative_word(clause)
    return not any(c.dep_ in ("mark", *_SUBJECT_DEPS) for c in clause.children)


def _opened_by_relative_word(clause: Token) -> bool:
    """A relative clause whose first word is "who", "which" or "whose": it describes whom it is on."""
    return clause.dep_ == "relcl" and clause.left_edge.tag_ in ("WDT", "WP", "WP$")


def _describing(clause: Token, noun: Token) -> bool:
    """A relative clause or participle describing a word of `noun`, the subject or object of a reporting
    verb. On an object, only a relative clause with a relative word (a "that" after a comma is what
    was told: "told a gathering of students in Cambridge, England, that all of the spilled oil had
    gone"); never an infinitive ("called for BP, currently the Gulf's largest operator, to be banned":
    what was called for)."""
    if clause.dep_ == "acl":
        return noun.dep_ != "dobj" and not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
    if clause.dep_ != "relcl":
        return False
    return noun.dep_ != "dobj" or any(t.tag_ in ("WDT", "WP", "WP$", "WRB") for t in clause.subtree)


def _set_off(clause: Token) -> bool:
    """A clause set off from its noun by a comma or a dash: it describes, it does not pick out."""
    start = clause.left_edge.i
    return start > clause.sent.start and clause.doc[start - 1].text in (",", "--", "-", "—", "–", "(")


def _closes_report(cue: Token) -> bool:
    """A reporting verb after what it reports ("..., Grantham said"), with nothing reported after it (not
    a caption run in before "The Foreign Office said 30 Britons have been found ...")."""
    before = any(c.dep_ == "ccomp" and c.i < cue.i for c in cue.children)
    return before and not any(c.dep_ in ("ccomp", "xcomp", "dobj") and c.i > cue.i for c in cue.children)


def _opens_report(cue: Token) -> bool:
    """A reporting verb with what it reports after it ("The government claimed the companies violated
    ...")."""
    return any(c.dep_ == "ccomp" and c.i > cue.i for c in cue.children) and not any(
        c.dep_ == "ccomp" and c.i < cue.i for c in cue.children
    )


def _narrated_after_content(clause: Token, cue: Token) -> bool:
    """A clause joined to a past report after what it reports that cannot be the reported words: one set
    against them by "but" whose subject is the speakers again ("Sherin and ... Crotty said they had full
    confidence ..., but they gave no details"), or one in the present after words all told in the past,
    where reported words would be backshifted ("The government claimed the companies violated ..., but
    the lawsuit does not request a specific dollar amount"). Not "... told Reuters the company was
    considering all options but no decision had been made" (backshifted: still his), "He said the UN was
    in discussion ..., and he hoped to have the extra troops" (his hope, told by "and"), a state of the
    speakers ("but he was unsure whether ..."), nor a present after words in the present ("said the head
    of the mission ... remains unaccounted for, but ... it's not clear how many others were still
    present"), nor one whose subject is a pronoun for what was reported ("reported that North Korea had
    already sent 1,500 special forces troops ..., and they have arrived in Russian territory")."""
    if cue.tag_ != "VBD":
        return False
    subject = next(c for c in clause.children if c.dep_ in _SUBJECT_DEPS)
    contrast = any(c.dep_ == "cc" and c.lower_ == "but" for c in cue.children if cue.i < c.i < clause.i)
    if contrast and subject.lower_ in ("he", "she", "they") and clause.lemma_ != "be":
        return True
    if _declined(clause) and subject.lower_ not in _PRONOUNS:  # "..., but BP and Transocean declined to
        return True  # comment": another party's silence, told by the writer
    content = [c for c in cue.children if c.dep_ == "ccomp" and c.i > cue.i]
    told_in_past = not any(_in_present(t) for c in content for t in c.subtree if t.pos_ in ("VERB", "AUX"))
    return told_in_past and _in_present(clause) and subject.lower_ not in _PRONOUNS


def _in_present(verb: Token) -> bool:
    """A finite verb in the present, or one whose first auxiliary is ("does not request", "has made")."""
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    return (auxiliaries[0] if auxiliaries else verb).tag_ in PRESENT_TAGS


def _backshifted(clause: Token) -> bool:
    """A clause in the tense of reported words ("and Shell would still rely on ..."), the speaker's."""
    return any(c.dep_ == "aux" and c.lower_ in ("had", "would", "'d") for c in clause.children)


def _unquoted_before_quote(cue: Token) -> frozenset[int] | None:
    """'Online traffic to www.cdc.gov jumped 442 percent in the week ending April 26, and "we are
    likely to continue to see an increase ...," Hopkins said': before a report's tag, the speaker's
    words are those the quotation marks hold; a first clause joined to them, with no quotation mark of
    its own, is the writer's."""
    contents = [c for c in cue.children if c.dep_ == "ccomp" and c.i < cue.i]
    if not contents or _in_document_quote(contents[0]):
        return None
    content = contents[0]
    joined = [c for c in content.children if c.dep_ == "conj" and c.i > content.i]
    clauses = all(any(s.dep_ in _SUBJECT_DEPS for s in c.children) for c in joined)  # not 'Reconstruction
    # was not starting at zero, but "below zero", Mr Mulet said': his words, half quoted
    if not joined or not clauses or not all(_wholly_quoted(c) for c in joined):
        return None
    inside = {t.i for c in joined for t in c.subtree}
    first = [t for t in content.subtree if t.i not in inside]
    if any(_in_document_quote(t) or t.is_quote for t in first):
        return None
    return frozenset(t.i for t in first)


def _wholly_quoted(clause: Token) -> bool:
    """A clause that opens with a quotation mark and lies inside the quoted words."""
    words = [t for t in clause.subtree if not t.is_punct]
    return clause.left_edge.is_quote and all(_in_document_quote(t) for t in words)


def _telling(child: Token) -> bool:
    if child.dep_ == "prep":
        return child.lower_ in _TELLING_PREPOSITIONS
    if child.dep_ != "advcl":
        return False
    marks = [c.lower_ for c in child.children if c.dep_ in ("mark", "advmod") and c.i < child.i]
    if not marks:
        return child.tag_ == "VBG" and child.lower_ not in _GOING_ON
    if marks[0] == "as":  # "as he spread ...", "as public anger surged", not "as BP is the biggest"
        return child.lower_ not in _BEING
    subjects = [c for c in child.children if c.dep_ in ("nsubj", "nsubjpass")]
    if subjects and subjects[0].lower_ not in _PRONOUNS:
        return False  # "..., press officers say, when callers appear to have had a few drinks"
    return marks[0] in _TELLING_MARKS


def _in_doing(root: Token) -> list[Token]:
    """ "Lamy has joined ... in stating that ...", "Hayward apologized for saying on Sunday that ...", "BP
    responded by saying: ...": a report made in the act the sentence tells of."""
    return [
        c
        for p in root.children
        if p.dep_ == "prep" and p.lower_ in _DOING
        for c in p.children
        if c.dep_ == "pcomp" and c.tag_ == "VBG" and (p.lower_ == "in" or _saying_clause(c))
    ]


def _saying_clause(verb: Token) -> bool:
    """ "by saying: ...", "for saying on Sunday that ...": words said, with the clause said; not "by
    declaring force majeure", "for mentioning walruses", "for under-estimating how much oil ..."."""
    lemma = cue_lemma(verb)
    stated = lemma is not None and REPORTING_VERBS[lemma] == Stance.STATED
    return stated and any(c.dep_ == "ccomp" for c in verb.children)


def _run_in_report(root: Token) -> list[Token]:
    """ "Barack Obama pledges help for Haiti earthquake victims US President Barack Obama has vowed to
    coordinate ...": a headline run into the report below it, which the parse made the root; the report
    starts where its speaker's name is glued to the headline's last word."""
    return [c for c in root.children if c.dep_ == "ccomp" and c.i > root.i and _run_in_at(c) is not None]


def _run_in_at(verb: Token) -> Token | None:
    """The first word of a report's subject glued, with no stop, to a headline before it."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"]
    if not subjects or subjects[0].left_edge.i <= verb.sent.start:
        return None
    start = subjects[0].left_edge
    before = verb.doc[start.i - 1]
    glued = start.text[:1].isupper() and before.pos_ in ("NOUN", "PROPN", "ADJ", "NUM") and before.is_alpha
    # not "... at brokerage Arbuthnot said" (a word of the subject's own), nor "on Thursday British ..."
    outside = before.i < verb.left_edge.i and start.i == verb.left_edge.i and before.ent_type_ != "DATE"
    unbroken = not any(t.is_punct for t in verb.doc[verb.sent.start : start.i])  # a headline: no commas;
    # not "... a takeover target, Dougie Youngson, oil analyst at brokerage Arbuthnot said"
    return start if glued and outside and unbroken and before.i > verb.head.i else None


def _said_after_quote(root: Token) -> list[Token]:
    """'"From my perspective, I think if there's any mistake made ...," Biden told PBS' "Charlie Rose"
    show': the parse made a verb inside the quote the root and hung the reporting clause after the quote
    below it; that clause, outside the quote and with its own subject, is the sentence's report. It may
    hang below a deeper verb of the quote ('"She'd bring it up onto the boat and say, ` Oh, it's dead,
    ...'" he said': "said" a clause of the quoted "say")."""
    if not _in_document_quote(root):
        return []
    return [
        c
        for c in root.subtree
        if c.dep_ in ("ccomp", "parataxis")
        and c.i > c.head.i
        and _in_document_quote(c.head)
        and not _in_document_quote(c)
        and any(s.dep_ == "nsubj" and not _in_document_quote(s) for s in c.children)
    ]


def _declined(root: Token) -> list[Token]:
    """ "declined to confirm", "was unable to confirm": the verb after the refusal."""
    refusals = [root, *(c for c in root.children if c.dep_ == "acomp")]
    return [c for r in refusals if r.lower_ in _UNABLE for c in r.children if c.dep_ == "xcomp"]


def _attempted(root: Token) -> list[Token]:
    """ "Transocean ... also tried to pin the blame on BP", "sought to reassure": the verb after the attempt,
    whose words the one who tries says; not "BP may also try to insist that ..." (the writer's guess at what
    someone might say), nor "volunteers and experts try to verify the information" (checking is an act)."""
    if root.lower_ not in _ATTEMPTS or any(
        c.dep_ == "aux" and c.lower_ in _HYPOTHETICAL | _FUTURE for c in root.children
    ):
        return []
    return [c for c in root.children if c.dep_ == "xcomp" and _stated(c)]


def _stated(verb: Token) -> bool:
    """Whether the verb is a cue of words stated (blame, criticism, a claim), not of a finding checked."""
    cue = _cue(verb)
    return cue is not None and cue.stance == Stance.STATED


def _cue(verb: Token) -> _Cue | None:
    """The reporting cue the word is, read once per word of a parse: the sentence's reports, its
    clauses' heads and the speaker rules of quotes ask again of the same words (7,081 asks of 2,875
    words on 80 articles). What is kept is its stance and text, not the `Token` (no cycle through the
    parse's `user_data`)."""
    if not _may_cue(verb.lower_):
        return None  # the cheap test first: asked of nearly every word, and few are cues
    kept = verb.doc.user_data.setdefault(_CUES_KEY, {})
    found = kept.get(verb.i, _UNREAD)
    if found is _UNREAD:
        cue = _read_cue(verb)
        kept[verb.i] = None if cue is None else (cue.stance, cue.text)
        return cue
    return None if found is None else _Cue(verb, *found)


_CUES_KEY = "storyline.cues"
_UNREAD = object()


def _read_cue(verb: Token) -> _Cue | None:
    lemma = cue_lemma(verb) or _agreed(verb) or _found(verb) or _shown(verb) or _raised(verb) or _begun(verb)
    lemma = lemma or _cast_doubt(verb) or _put_at(verb) or _made_clear(verb) or _issued_warning(verb)
    lemma = lemma or _referred_to_as(verb) or _blame_laid(verb) or _criticism_renewed(verb)
    viewed = _view_held(verb) if lemma is None else None
    if (
        (lemma := lemma or viewed) is None
        or (
            verb.pos_ not in (("ADJ",) if viewed else ("VERB", "AUX"))
            and not _document_issued_saying(verb)
            and not _verb_tagged_noun(verb)
        )
        or other_sense(lemma, verb)
        or describes_a_noun(verb)
    ):
        return None
    if unmade(verb) and verb.dep_ != "xcomp":  # "it is difficult for reporters to write"
        return None
    if REPORTING_VERBS.get(lemma) == Stance.DOUBTED and not _doubter(verb):
        return None  # "A steady flow of worsening news ... has cast doubt on the company's ability"
    if lemma in _RAISING and _said_of(verb):
        return None
    if _absolute_passive(verb) or _reported_as(verb) or (lemma in _JUDGEMENTS and _blamed_for(verb)):
        return None
    stance = Stance.ESTIMATED if lemma == _PUT_AT else REPORTING_VERBS.get(lemma, Stance.STATED)
    if lemma == "denounce" and criticises_a_deed(verb):
        stance = Stance.STATED  # "Republican leaders are sternly denouncing any effort to link ...": blame
    if lemma in ("express", "voice") and _voices_doubt(verb):
        stance = Stance.DOUBTED  # "have expressed skepticism about the government's assertion ..."
    negation = _negation(verb)
    if negation is None:
        return _Cue(verb, stance, verb.text)
    if stance == Stance.CONFIRMED:
        return _Cue(verb, Stance.COULD_NOT_CONFIRM, f"{negation} {verb.text}")
    if lemma in _HOLDING_VIEWS and _doubting_now(verb):
        return _Cue(verb, Stance.DOUBTED, f"{negation} {verb.text}")
    return None


_HOLDING_VIEWS = frozenset({"expect", "believe", "think", "anticipate"})


def _doubting_now(verb: Token) -> bool:
    """ "However, most analysts do not expect this to happen", "analysts do not believe that was the end of
    the matter": a view held now against a thing, told by the writer, which is doubt. Not "did not expect
    the blowout" (what someone failed to foresee), "does not expect to be able to halt the flow until
    August" (an expectation of its own), nor a speaker's quoted "I don't think ..." (cited by its "said")."""
    return (
        any(c.dep_ == "aux" and c.lower_ in ("do", "does") for c in verb.children)
        and not any(c.dep_ == "xcomp" for c in verb.children)
        and not _in_document_quote(verb)
    )


_PUT_AT = "put at"  # an estimate's own cue, ESTIMATED: not "put" of "as Overton put it"
_PUT_FORMS = frozenset({"put", "puts", "putting", "peg", "pegs", "pegged", "pegging"})
_MAKE_FORMS = frozenset({"make", "makes", "made", "making"})


def _put_at(verb: Token) -> str | None:
    """ "Other analysts put the number as low as the $2 billion ...", "Scientists ... have pegged the
    spill's volume at about 70,000 barrels": a thing set at a figure ("$2billion" is one word) by someone who
    can judge it, an estimate (not "put the company at risk", "pegged to the dollar", "Estimates put ...")."""
    if verb.lower_ not in _PUT_FORMS or not any(c.dep_ == "dobj" for c in verb.children):
        return None
    at_figure = any(
        c.dep_ != "nsubj"
        and c.left_edge.lower_ in ("at", "as")
        and any(t.like_num or t.tag_ == "CD" for t in c.subtree)
        for c in verb.children
    )
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    judge = bool(subjects) and _finder(subjects[0]) and not said_thing(subjects[0])  # not "Estimates put ..."
    return _PUT_AT if at_figure and judge else None


_ISSUE_FORMS = frozenset(
    {"issue", "issues", "issued", "issuing", "sound", "sounds", "sounded", "sounding", "give", "gives",
     "gave", "given", "giving"}
)  # fmt: skip
_WARNINGS = frozenset({"warning", "warnings"})
_STATEMENTS = frozenset({"statement", "statements"})
_WARNED_OF = frozenset({"against", "about", "of", "over", "on"})  # what a warning is about, not "for" a coast


def _issued_warning(verb: Token) -> str | None:
    """ "The US Federal Bureau of Investigation issued a warning on Wednesday calling on internet users ...",
    "the health department has already issued a warning against offers ...": a warning given by a holder,
    with what it warns of or says, is what "warned" would report; not "a tropical storm warning for the
    coast" (an alert for a place), nor a warning with nothing said. 'The WHO issued a statement that "one
    in four Britons could die"': a statement with its "that" clause reports as "stated" would."""
    if verb.lower_ not in _ISSUE_FORMS or any(c.dep_ == "auxpass" for c in verb.children):
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects or not _finder(subjects[0]):
        return None
    if any(c.dep_ == "dobj" and c.lower_ in _STATEMENTS and _content_clause(c) for c in verb.children):
        return "issue a statement"
    warnings = [c for c in verb.children if c.dep_ == "dobj" and c.lower_ in _WARNINGS]
    if not warnings:
        return None
    said = any(
        (c.dep_ == "prep" and c.lower_ in _WARNED_OF) or c.dep_ in ("acl", "ccomp")
        for c in warnings[0].children
    )
    saying = any(c.dep_ == "advcl" and c.tag_ == "VBG" and cue_lemma(c) is not None for c in verb.children)
    return "issue a warning" if said or saying else None


_LAY_FORMS = frozenset(
    {"pin", "pins", "pinned", "pinning", "lay", "lays", "laid", "laying", "place", "places", "placed",
     "placing", "shift", "shifts", "shifted", "shifting"} | _PUT_FORMS
)  # fmt: skip
_RENEW_FORMS = frozenset({"renew", "renews", "renewed", "renewing"})
_CRITICISMS = frozenset({"criticism", "criticisms"})


def _blame_laid(verb: Token) -> str | None:
    """ "Transocean ... also tried to pin the blame on BP": blame put on someone by a holder (the subject, or
    the subject of the verb it goes on from) is what "blamed" would report; not "a BP report laying the blame
    on the cement job" (no holder of its own: the report is inside another's words)."""
    if verb.lower_ not in _LAY_FORMS or not _laid_on(verb, "blame", ("on", "onto")):
        return None
    return "lay the blame" if _holder_of(verb) else None


def _criticism_renewed(verb: Token) -> str | None:
    """ "The Obama administration ... renewed its criticism of the CEO": criticism voiced again by a holder,
    of someone or of what they did, is what "criticized" would report."""
    if verb.lower_ not in _RENEW_FORMS or not any(_laid_on(verb, word, ("of",)) for word in _CRITICISMS):
        return None
    return "renew criticism" if _holder_of(verb) else None


def _laid_on(verb: Token, noun: str, prepositions: tuple[str, ...]) -> bool:
    """Whether the verb's object is `noun` with one of `prepositions` on it or on the verb ("pin the blame
    on BP", the parse hangs "on" on either)."""
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.lower_ == noun]
    return bool(objects) and any(
        c.dep_ == "prep" and c.lower_ in prepositions for c in (*objects[0].children, *verb.children)
    )


def _holder_of(verb: Token) -> bool:
    """Whether the verb, or the verb it goes on from ("tried to pin"), has a subject that can hold a view: one
    `_finder` knows, or a name ("Transocean", "The Obama administration"), not "the spill"."""
    doer = verb.head if verb.dep_ in ("xcomp", "conj") else verb
    subjects = [c for c in (*verb.children, *doer.children) if c.dep_ == "nsubj"]
    if not subjects:
        return False
    named = [subjects[0], *(c for c in subjects[0].children if c.dep_ == "compound")]
    return _finder(subjects[0]) or any(word.pos_ == "PROPN" for word in named)


def _content_clause(noun: Token) -> bool:
    """A clause opened by "that" saying what the noun says ("a statement that ... could die"); not a
    relative clause ("a statement that was released"), whose "that" is its subject."""
    return any(
        c.dep_ in ("acl", "ccomp") and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        for c in noun.children
    )


_REFER_FORMS = frozenset({"refer", "refers", "referred", "referring"})


def _referred_to_as(verb: Token) -> str | None:
    """'where Hayward simply refers to the spill as "tiny,"': a holder's description of a thing, as
    "described ... as" reports one (a quality, or "as a ..."); not a name used ("Obama referred to BP as
    "British Petroleum,"", "is now referring to the bug as influenza A (H1N1)")."""
    if verb.lower_ not in _REFER_FORMS or not any(
        c.dep_ == "prep" and c.lower_ == "to" for c in verb.children
    ):
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    as_ = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"), None)
    if as_ is None or not subjects or not _finder(subjects[0]):
        return None
    described = next((t for t in verb.doc[as_.i + 1 : verb.sent.end] if not t.is_punct), None)
    quality = described is not None and (described.pos_ == "ADJ" or described.lower_ in ("a", "an"))
    return "refer to as" if quality else None


def _made_clear(verb: Token) -> str | None:
    """ "Proegler and other BP spokesmen made clear the increased containment, while an advance, was not
    siphoning all the escaping oil", "he has made clear the decision ... will be his": a stance stated, with
    its clause (the parse hangs "clear" on the clause or its subject); not "made clear progress"."""
    if verb.lower_ not in _MAKE_FORMS or verb.dep_ == "advcl":
        return None  # "..., although he has made clear the government is in charge": set beside the writer's
    after = verb.doc[verb.i + 1 : verb.i + 3]
    clear = next((t for t in after if t.lower_ == "clear"), None)
    if clear is None or (clear.i > verb.i + 1 and after[0].lower_ != "it"):
        return None
    # "officials made it clear more defendants ... could be added": the parse may hang the clause on "clear"
    below = (*verb.children, *clear.children)
    clause = any(c.dep_ in ("ccomp", "advcl") and c.i > clear.i and finite(c) for c in below)
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    holders = [*subjects[:1], *(subjects[0].conjuncts if subjects else ())]  # "Proegler and other spokesmen"
    return "make clear" if clause and any(_finder(h) for h in holders) else None


def _absolute_passive(verb: Token) -> bool:
    """ "with no deaths reported": a participle with its subject and no auxiliary says what is reported,
    not who reports it. One with an object or a finite clause is a past tense the tagger misread ("Michael
    Gordon ... called BP's handling of the spill 'a case study ...'", "The U.S. government estimated on
    August 4 that 50 percent of the BP oil is gone": a reporting verb's); not "Wismond Exantus, 24, found
    after 11 days Emmannuel Buso ... trapped for eight days" (a list of the rescued)."""
    return (
        verb.tag_ == "VBN"
        and _own_subject(verb)
        and not any(c.dep_ in ("aux", "auxpass", "dobj") for c in verb.children)
        and not (cue_lemma(verb) is not None and any(c.dep_ == "ccomp" and finite(c) for c in verb.children))
    )


def _reported_as(verb: Token) -> bool:
    """ "1,004 people reported infected", "three reported missing": a passive the parse read as active; the
    state right after the verb says what is reported of them."""
    following = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    return (
        following is not None
        and following.head.i == verb.i
        and following.dep_ in ("xcomp", "oprd", "acomp")
        and following.tag_ in ("VBN", "JJ")
        and not any(c.dep_ in ("aux", "auxpass", "dobj") for c in verb.children)
    )


def _said_of(verb: Token) -> bool:
    """ "many feared to be under the rubble", "the second Briton confirmed to have been killed": a passive
    with its auxiliary left out; the subject is whom it is said of, not who says it."""
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    for clause in (c for c in verb.children if c.dep_ == "xcomp"):
        marks = [c.lower_ for c in clause.children if c.dep_ in ("aux", "auxpass")]
        if "to" in marks and (clause.lower_ == "be" or "have" in marks):
            return True
    return False


def _agreed(verb: Token) -> str | None:
    """ "Restructuring experts agreed that ... BP looked like it could handle the financial damage": a
    view shared, reported. Only here, not among the reporting verbs: "agreed to set up a fund" is an event
    (reporting_senses leaves "agree" without a clause alone)."""
    return "agree" if verb.lower_ in _AGREE_FORMS else None


_INQUIRIES = frozenset(
    {"panel", "poll", "inquiry", "investigation", "probe", "commission", "review", "audit", "researchers"}
)
_RAISE_FORMS = frozenset({"raise", "raises", "raised", "raising"})
_TELLING_PREPOSITIONS = frozenset({"during", "after", "before", "at", "in", "on", "without", "outside"})
_TELLING_MARKS = frozenset({"while", "when", "after", "before"})
_BEING = BE_OR_HAVE_FORMS | {"remains", "remain"}
_GOING_ON = frozenset(
    {"depending", "starting", "beginning", "including", "regarding", "concerning", "excluding", "assuming",
     "considering", "barring", "pending", "saying", "given"}
)  # fmt: skip  # participles that go on with the words: ", depending on how many ..."
_BEGIN_FORMS = frozenset({"begins", "began", "begin"})
_READ_FORMS = frozenset({"read", "reads"})
_OPENING_FORMS = _BEGIN_FORMS | _READ_FORMS  # a document that begins with, or reads, the words
_OPENING_WORDS = _ISSUED | {"message", "speech"}  # what begins with the words quoted before it
_SHOW_FORMS = frozenset({"show", "shows", "showed", "shown", "showing"})
_VIEW_ADJECTIVES = {
    "concerned": "worry",
    "worried": "worry",
    "convinced": "believe",
    "confident": "believe",
    "skeptical": "doubt",
    "sceptical": "doubt",
    "doubtful": "doubt",
}
_DOUBTED_OF = frozenset({"of", "about", "over"})  # "skeptical of the government's presentation"
_DOUBTED_ON = frozenset({"on", "over", "upon"})  # "cast doubt on those reports"
_CAST_FORMS = frozenset({"cast", "casts", "casting", "throw", "throws", "threw", "throwing"})
_DOUBT_NOUNS = frozenset({"skepticism", "scepticism", "doubt", "doubts", "questions"})
# every form `_cue` reads as a cue besides the reporting verbs' (`_agreed`, `_found`, ... `_view_held`)
_OTHER_CUE_FORMS = (
    _AGREE_FORMS | FOUND_FORMS | _SHOW_FORMS | _RAISE_FORMS | _OPENING_FORMS | _CAST_FORMS
    | _PUT_FORMS | _MAKE_FORMS | _ISSUE_FORMS | _REFER_FORMS | _LAY_FORMS | _RENEW_FORMS
    | frozenset(_VIEW_ADJECTIVES)
)  # fmt: skip


def _cue_words(doc: Doc) -> list[int]:
    """The indices of the parse's words that may be cues (`_may_cue`), ascending, found once per parse:
    `_reports` reads the words of each sentence for them, and most words are none."""
    found = doc.user_data.get(_CUE_WORDS_KEY)
    if found is None:
        found = doc.user_data[_CUE_WORDS_KEY] = [
            index for index, form in enumerate(token_table(doc).lower) if _may_cue(form)
        ]
    return found  # type: ignore[no-any-return]


_CUE_WORDS_KEY = "storyline.cue_words"


@lru_cache(maxsize=8192)
def _may_cue(form: str) -> bool:
    """Whether a lower-case word form can be a cue at all: one of a reporting verb's forms or of the
    other cues' (each of which first asks its word form). Kept per word form: `_reports` asks it of
    every word of every sentence it reads (483,000 times on bpoil_reuters)."""
    return form in _OTHER_CUE_FORMS or is_reporting_form(form)


def _begun(verb: Token) -> str | None:
    """'"You won't believe this," begins the letter from the House Democratic campaign committee', '"We know
    the situation is stabilizing ...," read a statement on the Web site of the venue': a letter or a
    statement that opens with, or reads, the words quoted before it says them. Only here, inverted right
    after a quote with a document after the verb: "the spill began", "began to spread", "read the report"
    report nothing."""
    if verb.lower_ not in _OPENING_FORMS or not after_quote(verb):
        return None
    if any(c.dep_ in _SUBJECT_DEPS and c.i < verb.i and not _in_document_quote(c) for c in verb.children):
        return None
    speaker = _inverted_speaker(verb)
    if speaker is None or speaker.lower_ not in _OPENING_WORDS:
        return None
    return "begin" if verb.lower_ in _BEGIN_FORMS else "read"


def _found(verb: Token) -> str | None:
    """ "..., the panel found": a finding reported, with the clause found (not "found a body", "was found
    to be")."""
    if verb.lower_ not in FOUND_FORMS or any(c.dep_ in ("dobj", "xcomp") for c in verb.children):
        return None
    made = finite(verb) and not any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)
    if verb.lower_.startswith("discover") and not made:
        return None  # '"... we will likely discover that there was a cascade of failures ...," said ...
    if _found_someone_so(verb):
        return None
    found = [c for c in verb.children if c.dep_ == "ccomp" and finite(c)]  # not "found itself re-sorted"
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return "find" if found and subjects and _finder(subjects[0]) else None


def _found_someone_so(verb: Token) -> bool:
    """ "Louinel is one of the lucky ones, he has now found all his family members alive and well": a
    thing found in a state (a clause after the verb with no tense, "members alive") is a deed; the clause
    before it is the writer's, not a finding."""
    return any(c.dep_ == "ccomp" and c.i > verb.i and not finite(c) for c in verb.children)


def _raised(verb: Token) -> str | None:
    """ "International aid agencies have raised concerns about what is happening": a view voiced (as
    "voiced concern"; reporting_senses asks for a view as the object), by someone who can hold one (not
    "the spill raised fears"); in a relative clause, by the one "who" stands for ("quoting high-profile oil
    analyst Matthew Simmons, who raised questions about the company's liability")."""
    if verb.lower_ not in _RAISE_FORMS:
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if subjects and subjects[0].lower_ == "who" and verb.dep_ == "relcl":
        subjects = [verb.head]
    questions = any(c.dep_ == "dobj" and c.lower_ == "questions" for c in verb.children)
    if questions and subjects and said_thing(subjects[0]):
        return None  # "Survivors' accounts to media raised questions about whether ...": doubts the accounts
        # give rise to, no one's
    return "voice" if subjects and _finder(subjects[0]) else None


def _finder(subject: Token) -> bool:
    """Who can report a finding or hold a view: someone (`_someone`), or a study or poll ("a presidential
    panel"); not "the fear of insecurity", nor "the Indonesian tsunami" in "DVI activity after the
    Indonesian tsunami in 2005 revealed"."""
    return _someone(subject) or subject.lower_ in _INQUIRIES


def _someone(noun: Token) -> bool:
    """A person or body named, people, a pronoun for them, or a common noun for one ("spokesman")."""
    return names_someone(noun) or _speaking_noun(noun)


def _shown(verb: Token) -> str | None:
    """ "a WTO report showed that ...": a document's finding, reported by whoever issued it (not "BP shares
    showed a gain")."""
    if verb.lower_ not in _SHOW_FORMS or not any(c.dep_ == "ccomp" for c in verb.children):
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    issued = subjects and any(  # "BP's latest figures", "a WTO report"; not "Figures issued this week"
        t.i != subjects[0].i and (t.pos_ == "PROPN" or t.ent_type_ in HOLDER_LABELS)
        for t in subjects[0].subtree
    )
    return "report" if issued and subjects[0].lower_ in DOCUMENT_NOUNS else None


def _view_held(verb: Token) -> str | None:
    """ "Cuban officials are concerned that the oil ... could be swept south": a view held, stated as an
    adjective with the clause it holds; a doubt of something said may hold it after a preposition ("Some
    environmental experts were skeptical of the government's presentation"), not a doubt of a deed or of
    nothing named ("residents remained skeptical", "skeptical of the Clean Harbors share move")."""
    lemma = _VIEW_ADJECTIVES.get(verb.lower_)
    held = verb.dep_ == "acomp" and any(c.dep_ == "ccomp" for c in verb.children)
    if lemma == "doubt" and verb.dep_ == "acomp" and not held:
        held = any(said_thing(p) for c in verb.children if c.lower_ in _DOUBTED_OF for p in c.children)
    return lemma if lemma is not None and held else None


def _cast_doubt(verb: Token) -> str | None:
    """ "But the National Oceanic and Atmospheric Administration cast doubt on those reports": a doubt
    voiced of what it is cast on."""
    if verb.lower_ not in _CAST_FORMS:
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    on = any(c.dep_ == "prep" and c.lower_ in _DOUBTED_ON for c in [*verb.children, *objects[:1]])
    return "doubt" if objects and objects[0].lower_ in ("doubt", "doubts") and on else None


def _doubter(verb: Token) -> bool:
    """Who can doubt: a person or body, people, a study (not news, a headline's "Swine flu diagnosis")."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return not subjects or _finder(subjects[0])


def _voices_doubt(verb: Token) -> bool:
    """ "They and some scientists have expressed skepticism about ...", "raised doubts about": a doubt
    voiced, not a concern."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return bool(objects) and objects[0].lower_ in _DOUBT_NOUNS


def _negation(verb: Token) -> str | None:
    """ "could not", "cannot", "unable to", "failed to" before a verb, as written."""
    for child in verb.children:
        if child.dep_ == "neg":
            auxiliaries = [c.text for c in verb.children if c.dep_ == "aux" and c.i < child.i]
            return " ".join([*auxiliaries[-1:], child.text])
        if child.lower_ == "neither" and child.i < verb.i:  # "will neither confirm nor deny"
            return child.text
    head = verb.head
    if verb.dep_ == "xcomp" and head.lower_ in _UNABLE:
        return f"{head.text} to"
    return None


def agents_of(verb: Token) -> list[Token]:
    """Who a passive verb's "by" names: "told by authorities", "estimated by some analysts"."""
    agents = [o for by in verb.children if by.dep_ == "agent" for o in by.children if o.dep_ == "pobj"]
    return agents or _agents_after_state(verb)


_STATE_DEPS = frozenset({"oprd", "acomp", "xcomp"})


def _agents_after_state(verb: Token) -> list[Token]:
    """'A "large number" of UN personnel were reported missing by the organization': the parse hung the
    passive's "by" on the state reported, an adjective or an -ing form, which takes no agent of its own
    (unlike "reported killed by a bomb"); the one named there, someone who can speak, reports it."""
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return []
    return [
        o
        for state in verb.children
        if state.dep_ in _STATE_DEPS and state.i > verb.i and state.tag_ in ("JJ", "VBG")
        for by in state.children
        if by.lower_ == "by" and by.dep_ in ("prep", "agent")
        for o in by.children
        if o.dep_ == "pobj" and _someone(o)
    ]


def _subject(verb: Token) -> Token | None:
    """Who the reporting verb's claim is of, read once per word of a parse: the main cue's search, the
    sentence's attribution (twice) and the reports of its clauses ask again of the same verbs. What is
    kept is the word's index, not the `Token` (no cycle through the parse's `user_data`)."""
    kept = verb.doc.user_data.setdefault(_SUBJECTS_KEY, {})
    found = kept.get(verb.i, _UNREAD)
    if found is _UNREAD:
        subject = _find_subject(verb)
        kept[verb.i] = None if subject is None else subject.i
        return subject
    return None if found is None else verb.doc[found]


_SUBJECTS_KEY = "storyline.subjects"


def _find_subject(verb: Token) -> Token | None:
    quoting = verb.lower_ in ("quoted", "quotes", "quote", "reported", "heard")
    if quoting and any(c.lower_ == "as" and c.i > verb.i for c in verb.children):  # not "as ... reported"
        passive = [c for c in verb.children if c.dep_ == "nsubjpass"]
        if passive:  # "he was quoted by AFP as saying", "Mr Correa is reported by AFP as saying"
            return passive[0]
        if verb.dep_ == "conj":  # "President Rafael Correa has arrived ..., is reported by AFP as saying"
            return _subject(verb.head)
        quoted = [c for c in verb.children if c.dep_ == "dobj"]
        if quoted:  # "Reuters quoted him as saying"
            return _claimant_subject(quoted[0])
    set_off = _name_set_off_before(verb) or _name_and_role_before(verb)
    if set_off is not None:
        return set_off
    participle = _participle_on_speaker(verb)
    if participle is not None:
        return _claimant_subject(next(c for c in participle.children if c.dep_ == "nsubj"))
    agents = agents_of(verb)
    for child in _subjects_named_first(verb):
        if child.dep_ == "nsubjpass" or _headline_passive(verb, child):  # "he was told by authorities ...";
            return agents[0] if agents else None  # without an agent, what was confirmed, not who confirmed
        if child.dep_ in _SUBJECT_DEPS:
            if _verb_phrase_read_as_subject(child, verb):
                return None
            return _claimant_subject(_employee_before(_named_beside(_speaking_subject(verb, child))))
        if child.dep_ == "agent":
            return agents[0] if agents else None
    inverted = _inverted_speaker(verb) or _inverted_at_end(verb) or _inverted_aside(verb)
    if inverted is not None:
        return _claimant_subject(inverted)
    participle = verb.dep_ == "advcl" and verb.tag_ == "VBG"  # "..., adding that ..."
    if any(c.dep_ == "auxpass" for c in verb.children):
        return None  # "... and mountaineer A British man has been confirmed dead": a passive names no speaker
    if _main_verb_after_relative(verb):  # "BP, whose safety culture has been criticized ..., responded"
        return _claimant_subject(verb.head.head)
    if _joined_to_question(verb):  # "Hayward refused to offer a view on whether ... was fair and denied ..."
        above = next((a for a in verb.head.ancestors if a.pos_ in ("VERB", "AUX")), None)
        return _subject(above) if above is not None else None
    raised = _raised_by_passive(verb)
    if raised is not None:  # a passive's subject, who made the report: not "who", "that"
        return None if raised.lower_ in _NOT_CLAIMANTS else raised
    if verb.dep_ == "conj" and _new_item_between(verb):
        return None
    if (verb.dep_ in ("conj", "xcomp", "acomp") or participle) and verb.head is not verb:
        shared = _passive_subject(verb.head) if participle else None
        if shared is not None:  # "who", "that" name nobody, as `_claimant_subject` reads them
            return None if shared.lower_ in _NOT_CLAIMANTS and not shared.is_upper else shared
        return _subject(verb.head)
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.lower_ in _DOING:
        return _subject(verb.head.head)  # "Lamy has joined ... in stating that", "apologized for saying"
    if _verb_read_as_modifier(verb):
        return _claimant_subject(verb.head)
    named = _named_before_verb_read_as_noun(verb)
    if named is not None:
        return _claimant_subject(named)
    return (
        _subject_before_semicolon(verb)
        or _named_after_date(verb)
        or _name_before_aside(verb)
        or _capitalised_subject_run_in(verb)
    )


def _new_item_between(verb: Token) -> bool:
    """ "Other experience of Mr Zardari includes ... Only serving politician to have spent 10 years in Jail
    Told the US VP Candidate that she is "gorgeous" and said: "..."": a list flattened into one sentence,
    whose item opens with a capitalised verb glued to the item before, with no stop, comma or "and". The
    parse joined that verb, and the verbs joined after it, to the sentence's first verb; they do not share
    its subject (the item's subject is the list's person, left unsaid)."""
    head = verb.head
    return any(
        _opens_item(t) for t in verb.doc[head.i + 1 : verb.i + 1] if t.dep_ == "conj" and t.head.i == head.i
    )


def _opens_item(verb: Token) -> bool:
    """A capitalised verb right after a word of its sentence, with no stop, comma or "and" between."""
    if verb.pos_ != "VERB" or not verb.is_title or verb.i == verb.sent.start:
        return False
    before = verb.doc[verb.i - 1]
    return before.is_alpha and before.lower_ not in ("and", "or", "but")


def _capitalised_subject_run_in(verb: Token) -> Token | None:
    """ "A lack of sterile facilities and antibiotics mean amputees may struggle to survive Doctors treating
    seriously injured survivors ... in Haiti say they are having to perform amputations": a caption run
    into the sentence with no stop, which the parse made the verb's subject an object of the caption's
    verb. A common noun in capitals after a lower-case word opens a sentence; where its phrase ends right
    before a reporting verb with no subject, it speaks."""
    end = _before_verb_words(verb)
    for token in verb.doc[verb.sent.start + 1 : end]:
        if not (token.is_title and token.tag_ in ("NN", "NNS") and not token.ent_type_):
            continue
        before = verb.doc[token.i - 1]
        opens = token.left_edge.i == token.i and token.right_edge.i == end - 1
        if opens and before.is_alpha and before.is_lower:
            return token
    return None


def _before_verb_words(verb: Token) -> int:
    """Where the words before a verb that belong to it (auxiliaries, a negation, an adverb) begin."""
    before = [t for t in verb.lefts if t.dep_ in ("aux", "auxpass", "neg", "advmod") and t.i < verb.i]
    return min((t.i for t in before), default=verb.i)


def _name_before_aside(verb: Token) -> Token | None:
    """ "The document was posted on the Internet here London's Sunday Times, without citing any sources,
    said BP planned to raise $10billion ...": a verb with no subject, a phrase of its own set off by commas
    right before it, and a name right before that phrase, which the parse hung on the words before (a
    link's text run in with no full stop): the name speaks."""
    doc = verb.doc
    if verb.i - 2 <= verb.sent.start or doc[verb.i - 1].text != ",":
        return None
    opening = next(
        (i for i in range(verb.i - 2, max(verb.sent.start, verb.i - _ASIDE_WORDS), -1) if doc[i].text == ","),
        None,
    )
    if opening is None or opening - 1 <= verb.sent.start:
        return None
    aside = doc[opening + 1]
    if aside.dep_ not in _ASIDE_DEPS or aside.left_edge.i != aside.i or aside.right_edge.i != verb.i - 2:
        return None
    name = doc[opening - 1]
    if name.pos_ != "PROPN" or name.ent_type_ not in ("PERSON", "ORG") or name.dep_ in _SUBJECT_DEPS:
        return None
    return name


_ASIDE_DEPS = frozenset({"prep", "advmod", "advcl", "npadvmod"})
_ASIDE_WORDS = 10  # words looked back for the comma that opens the aside


_TOLD_TO_ACT = frozenset({"tell", "advise", "urge", "order", "instruct", "warn", "encourage"})
_TOLD_WHAT = frozenset({"confirm", "report", "announce", "reveal", "disclose", "estimate"})
_PARTICIPLES_AS_PAST = frozenset({"told"})  # the participles of those verbs that do not end in "-ed"
_REPORTED_CONTENT = frozenset({"dobj", "dative", "ccomp", "parataxis", "aux", "auxpass"})


def _headline_passive(verb: Token, subject: Token) -> bool:
    """ "Mexicans told to stay indoors for five days", "Swine flu confirmed in 14 more people at Handsworth
    school": a headline's passive with its auxiliary left out, which the parse read as a past tense. Its
    subject opens the headline and is whom it was told to or what was confirmed, never who told: told to
    act with no one addressed, or a thing that cannot speak confirmed with no clause or quote after it (not
    "Allen said at a White House news conference", whose quote stands before it)."""
    if subject.dep_ != "nsubj" or not (
        verb.tag_ == "VBN" or verb.lower_.endswith("ed") or verb.lower_ in _PARTICIPLES_AS_PAST
    ):
        return False
    lemma = cue_lemma(verb)
    if lemma not in _TOLD_TO_ACT and lemma not in _TOLD_WHAT:
        return False  # asked first: the sentence is read only for these verbs
    children = list(verb.children)
    sentence = verb.sent  # once: `sent` walks the parse
    if any(c.dep_ in _REPORTED_CONTENT for c in children) or any(
        t.is_alpha for t in sentence[: subject.left_edge.i - sentence.start]
    ):
        return False
    to_act = [c for c in children if c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children)]
    if to_act:
        return lemma in _TOLD_TO_ACT
    after = sentence[verb.i + 1 - sentence.start :]
    return (
        lemma in _TOLD_WHAT
        and not _someone(subject)
        and not any(c.dep_ in ("xcomp", "oprd", "acomp") for c in children)
        and not any(t.pos_ in ("VERB", "AUX") or t.is_quote for t in after)
    )


def _subject_before_semicolon(verb: Token) -> Token | None:
    """ "BP also suspends dividend payments to shareholders; says it will pay $100million ...": a reporting
    verb with no subject after a semicolon shares the subject of the clause before it, which the parse
    hung on the verb."""
    before = _before_semicolon(verb)
    if before is None:
        return None
    subjects = [c for c in before.children if c.dep_ == "nsubj"]
    return _claimant_subject(subjects[0]) if subjects else None


def _opens_clause_of(mark: Token, verb: Token) -> bool:
    """A conjunction ("after", "as", "when") that opens the verb's own clause: a subject after it is the
    verb's, one before it belongs to the clause the parse folded in (its verb read as a noun)."""
    return mark.dep_ == "mark" and mark.head == verb


def _verb_phrase_read_as_subject(subject: Token, verb: Token) -> bool:
    """ "Many suspended flights or warned their citizens against travel to Mexico": a subject that ends
    in "or"/"and" right before the verb, with nothing joined to it, is a verb phrase the parse read as a
    noun ("suspended flights"); the verb's real subject is before it ("Many"), not a speaker named here."""
    joins = [c for c in subject.children if c.dep_ == "cc" and c.i == verb.i - 1]
    return bool(joins) and not any(c.dep_ == "conj" for c in subject.children)


def _participle_on_speaker(verb: Token) -> Token | None:
    """ "Senior Obama adviser David Axelrod, asked on the "Fox News Sunday" program about hopes ...,
    said he was ...": a participle set off by commas between the speaker and a verb that has no subject;
    the parse made it a clause below the verb with the speaker as its subject. The speaker is the verb's,
    the participle the writer's telling of when the words were said."""
    if any(c.dep_ in _SUBJECT_DEPS for c in verb.children) or verb.doc[verb.i - 1].text != ",":
        return None
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.i > verb.i or clause.tag_ not in ("VBN", "VBD"):
            continue
        if any(c.dep_ in ("aux", "auxpass") for c in clause.children):
            continue  # "X was asked ..." tells what was done, not who speaks
        subjects = [c for c in clause.children if c.dep_ == "nsubj" and c.i < clause.i]
        set_off = clause.doc[clause.i - 1].text == "," and clause.right_edge.i >= verb.i - 2
        if subjects and set_off:
            return clause
    return None


def _participle_told(cue: Token) -> frozenset[int] | None:
    """The participle set off between the speaker and the reporting verb (`_participle_on_speaker`),
    without the speaker."""
    participle = _participle_on_speaker(cue)
    if participle is None:
        return None
    speaker = next(c for c in participle.children if c.dep_ == "nsubj")
    return frozenset(t.i for t in participle.subtree) - frozenset(t.i for t in speaker.subtree)


_BESIDE_VERB = frozenset({"aux", "neg", "advmod"})
_CLAUSE_BELOW = frozenset({"relcl", "acl", "advcl"})


def _name_set_off_before(verb: Token) -> Token | None:
    """ "the acting head of the UN mission in Haiti, Edmond Mulet, told the BBC", "..., the leader of Sinn
    Fein, Gerry Adams, has warned", "Speaking after ..., the executive director of WFP, Josette Sheeran,
    said": a person's name set off by commas right before the verb, after the role that describes them,
    speaks. The parse hung the name on the role's last noun, or left the verb no subject (or a participle,
    "Speaking"); a named subject keeps the verb ("Mr Preval, who met the UN chief, Ban Ki-moon, said"),
    and so does a name inside a clause below it, one of several joined, or one set off in a "what"
    phrase."""
    doc = verb.doc
    index = verb.i - 1
    first = verb.sent.start  # once: `sent` walks the sentence
    while index > first and doc[index].head.i == verb.i and doc[index].dep_ in _BESIDE_VERB:
        index -= 1
    if index < first + 3 or doc[index].text != ",":
        return None
    name = doc[index - 1]
    if name.ent_type_ != "PERSON" or name.dep_ != "appos" or name.pos_ != "PROPN":
        return None
    opening = name.left_edge.i - 1
    if opening <= first or doc[opening].text != "," or doc[opening - 1].pos_ not in ("NOUN", "PROPN"):
        return None
    subjects = [c for c in verb.children if c.dep_ in _SUBJECT_DEPS]
    if subjects and not (subjects[0].pos_ == "NOUN" or subjects[0].tag_ == "VBG"):
        return None  # a named subject speaks for itself
    if subjects and subjects[0].tag_ != "VBG" and name not in subjects[0].subtree:
        return None
    if not subjects and _opens_clause_after_but(doc[opening - 1]):
        return name
    for above in _up_to(name, verb):
        below = above.dep_ in _CLAUSE_BELOW and not _opening_participle(above)
        if below or _joined_by_and(above):
            return None  # "The second century saint, Irenaeus, and the ... philosopher, John Hick, appeal"
    if any(c.tag_ in ("WP", "WDT") for above in _up_to(doc[opening - 1], verb) for c in above.children):
        return None  # "Contrary to what prophet of doom, Pat Robertson, thinks, ...": no report made
    return name


def _name_and_role_before(verb: Token) -> Token | None:
    """ "The cost to the fishing industry in Louisiana could be $2.5billion, ..., Neil McMahon, analyst at
    investment firm Bernstein, said in a research note": a verb with no subject of its own right after a
    person's name and the role set off after it, both of which the parse hung on the words before as
    appositions (not seeing the report's subject): the name speaks, not the subject of the clause reported."""
    doc = verb.doc
    if any(c.dep_ in _SUBJECT_DEPS for c in verb.children) or verb.i - 2 <= verb.sent.start:
        return None
    if doc[verb.i - 1].text != ",":
        return None
    before = doc[verb.i - 2]
    role = next((t for t in [before, *before.ancestors] if t.dep_ == "appos"), None)
    if role is None or role.pos_ != "NOUN" or role.right_edge.i != before.i:
        return None
    name = role.head
    if name.ent_type_ != "PERSON" or name.pos_ != "PROPN" or name.dep_ != "appos":
        return None
    opening = name.left_edge.i - 1
    closed = role.left_edge.i - 1 == name.i + 1 and doc[name.i + 1].text == ","
    return name if opening > verb.sent.start and doc[opening].text == "," and closed else None


def _opens_clause_after_but(role: Token) -> bool:
    """ "The World Health Organisation stopped short of issuing a worldwide alert ... but its director
    general, Dr Margaret Chan, said the option remained "on the table"": a role opening a clause after
    "but", which the parse joined to a noun of the clause before; "but" sets a new clause against the
    first, it does not add one more to a list of speakers (as "and" may)."""
    start = role.left_edge.i
    return (
        start > role.sent.start and role.doc[start - 1].lower_ == "but" and role.doc[start - 1].dep_ == "cc"
    )


def _up_to(token: Token, verb: Token) -> list[Token]:
    """The token and the words above it in the parse, up to the verb (or the root) and not the verb."""
    above = [token, *token.ancestors]
    return above[: above.index(verb)] if verb in above else above


def _opening_participle(token: Token) -> bool:
    """ "Speaking after a two-day evaluation mission to Port-au-Prince, ...": a participle opening the
    sentence, which the parse may stretch over the name set off after it."""
    return token.tag_ == "VBG" and token.i == token.sent.start


def _joined_by_and(token: Token) -> bool:
    """One of several joined by "and" or "or" ("Irenaeus, and the 20th Century philosopher")."""
    return token.dep_ == "conj" and any(c.dep_ == "cc" for c in token.head.children)


def _passive_subject(head: Token) -> Token | None:
    """The subject of a passive with a "by" that a participle shares ('Energy industry analysts
    were also not convinced by the BP findings, noting ...': the analysts note, not the findings its "by"
    names). Without a "by" the passive's subject names no speaker ("The spill is expected to head westward
    next, suggesting ...")."""
    if not any(c.dep_ == "auxpass" for c in head.children) or not agents_of(head):
        return None
    return next((c for c in head.children if c.dep_ == "nsubjpass"), None)


def _raised_by_passive(verb: Token) -> Token | None:
    """ "BP executives are reported to have admitted to members of the U.S. Congress that ...": a report
    made by the subject of a passive "is reported", "is said", "is believed" before "to (have)"; the
    passive tells that someone else relays it, the subject is who admitted."""
    head = verb.head
    if verb.dep_ != "xcomp" or head is verb or cue_lemma(head) not in _RAISING:
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    if not any(c.dep_ == "auxpass" for c in head.children) or any(c.dep_ == "agent" for c in head.children):
        return None
    subjects = [c for c in head.children if c.dep_ == "nsubjpass"]
    return subjects[0] if subjects else None


def _verb_read_as_modifier(verb: Token) -> bool:
    """ "The chief of the Coast Guard, Admiral Thad Allen, acknowledged on Sunday that ...": a long subject
    whose verb the parse hung on it as a modifier, leaving the noun at the root; a verb after a comma with a
    clause of its own is the sentence's predicate, the noun its subject."""
    head = verb.head
    return (
        verb.dep_ == "acl"
        and head.dep_ == "ROOT"
        and head.pos_ in ("NOUN", "PROPN")
        and verb.tag_ in ("VBD", "VBN")
        and verb.i > 0
        and verb.doc[verb.i - 1].text == ","
        and any(c.dep_ == "ccomp" for c in verb.children)
    )


def _named_before_verb_read_as_noun(verb: Token) -> Token | None:
    """ "April 29 - U.S. President Barack Obama pledges "every single available resource," ... and says BP is
    responsible": a verb in -s the parse tagged a plural noun at the root, the name before it a modifier of
    it; a noun takes no object, so one with an object is the predicate, and the name right before it
    (the end of the noun phrase it closes) its subject."""
    if verb.dep_ != "ROOT" or verb.pos_ != "NOUN" or verb.tag_ != "NNS" or verb.i == verb.sent.start:
        return None
    if not any(c.dep_ == "dobj" for c in verb.children):
        return None
    before = verb.doc[verb.i - 1]
    left = {t.i for t in verb.lefts for t in t.subtree}
    return before if before.pos_ == "PROPN" and before.i in left else None


def _named_after_date(verb: Token) -> Token | None:
    """ "June 14 - Obama, on his fourth trip to the Gulf, says he will press BP executives": a chronology
    line whose date the parse hung on the verb, with the one who speaks set beside the date after the dash."""
    for child in verb.children:
        if child.dep_ == "npadvmod" and child.i < verb.i and child.lower_ in _CALENDAR_WORDS:
            beside = _after_dateline(child)
            if beside is not None:
                return _claimant_subject(beside)
    return None


def _inverted_speaker(verb: Token) -> Token | None:
    """'"No, it's not," countered the rebels', '"I blame the BP engineers who cut corners," says Rick
    Murdoch, 61, a charter boat captain ... who ... now faces a bleak season': a reporting clause inverted
    after the quote, its speaker the noun phrase right after the verb, which the parse made the verb's
    object or the subject of a later verb."""
    if verb.tag_ not in TENSED_TAGS or verb.i + 1 >= verb.sent.end:
        return None  # not 'Goldman Sachs downgraded its rating on BP to "neutral" from "buy," saying ...'
    quoted = after_quote(verb)
    if not quoted and not _after_own_clause(verb):
        return None
    chunk = _chunk_after(verb)
    return chunk.root if chunk is not None and (quoted or _named_person(chunk)) else None


def _chunk_after(verb: Token) -> Span | None:
    """The noun phrase right after a verb, where an inverted speaker stands (one of its sentence's)."""
    start = verb.i + 1
    end = _noun_chunk_ends(verb.doc).get(start)
    if end is None or end > verb.sent.end:
        return None
    return Span(verb.doc, start, end, label="NP")


def _noun_chunk_ends(doc: Doc) -> dict[int, int]:
    """The end of each of the parse's noun chunks, by its start, found once per parse: spaCy's
    `Span.noun_chunks` finds all of the document's for each sentence asked (its chunks never
    overlap, so a start names one chunk)."""
    ends = doc.user_data.get(_NOUN_CHUNKS_KEY)
    if ends is None:
        ends = doc.user_data[_NOUN_CHUNKS_KEY] = {chunk.start: chunk.end for chunk in doc.noun_chunks}
    return ends  # type: ignore[no-any-return]


_NOUN_CHUNKS_KEY = "storyline.noun_chunk_ends"


def _after_comma_without_subject(verb: Token) -> bool:
    """A verb right after a comma, with no subject of its own: an inverted report's."""
    if verb.i == verb.sent.start or verb.doc[verb.i - 1].text != ",":
        return False
    return not any(c.dep_ in _SUBJECT_DEPS for c in verb.children)


def _inverted_at_end(verb: Token) -> Token | None:
    """ "A killer virus that has caused at least 20 deaths ... has the potential to become a global
    pandemic, warn health experts.": a reporting verb with no subject, right after the comma that closes
    what it reports, and a group or a name after it that ends the sentence: the speaker, inverted, which
    the parse made the verb's object. A verb in its plain form ("warn") agrees only with a plural; a
    phrase with "your" or "my" is told to, not who tells ("..., tell your doctor")."""
    if verb.tag_ not in _INVERTED_TAGS or not _after_comma_without_subject(verb):
        return None
    chunk = _chunk_after(verb)
    if chunk is None or any(not t.is_punct and not t.is_space for t in verb.doc[chunk.end : verb.sent.end]):
        return None
    speaker = chunk.root
    plural = speaker.tag_ in ("NNS", "NNPS")
    if any(t.tag_ == "PRP$" for t in chunk) or not (plural or speaker.ent_type_ in ("PERSON", "ORG")):
        return None
    return speaker if plural or verb.tag_ != "VB" else None


def _inverted_aside(verb: Token) -> Token | None:
    """ "By that time, says the complaint, Costner's attempts to market his technology had proven
    unsuccessful": a reporting clause inverted and set off by commas inside the clause it reports, which
    the parse gave no subject (the noun after it read as the reported clause's); its speaker is the noun
    phrase between the verb and the closing comma."""
    if verb.tag_ not in TENSED_TAGS or not _after_comma_without_subject(verb):
        return None
    chunk = _chunk_after(verb)
    if chunk is None or chunk.end >= verb.sent.end or verb.doc[chunk.end].text != ",":
        return None
    return chunk.root


_INVERTED_TAGS = TENSED_TAGS | {"VB"}  # "warn" agrees with a plural speaker after it


def _after_own_clause(verb: Token) -> bool:
    """ "Those lawsuits can not go to a jury trial ... until a court has determined the level of
    Transocean's liability, said Jeffrey Breit, a Virginia lawyer who ...": a reporting verb right after
    the comma that closes the clause it reports, which stands before it."""
    before = verb.doc[verb.i - 1] if verb.i > verb.sent.start else None
    return (
        before is not None
        and before.text == ","
        and any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children)
    )


def _named_person(chunk: Span) -> bool:
    """A person's name, all of the chunk's words names ("Jeffrey Breit"), not "the lawyer" or "BP"."""
    return chunk.root.ent_type_ == "PERSON" and all(t.pos_ == "PROPN" for t in chunk)


def _main_verb_after_relative(verb: Token) -> bool:
    """ "BP, whose safety culture has been criticized heavily by U.S. politicians, responded by saying":
    the parse joined the noun's own verb, after the comma that closes its relative clause and with no
    "and", to the relative clause; the noun is its subject."""
    head = verb.head
    if verb.dep_ != "conj" or head.dep_ != "relcl" or head.head.pos_ not in ("PROPN", "NOUN"):
        return False
    between = verb.doc[head.i + 1 : verb.i]
    joined = any(t.dep_ == "cc" and t.head.i == head.i for t in between)
    return not joined and verb.i > 0 and verb.doc[verb.i - 1].text == ","


def _joined_to_question(verb: Token) -> bool:
    """ "Hayward refused to offer a view on whether the criticism he received was fair and denied it was
    pressure from the White House ...": a second reporting verb, with no subject and a clause of its own,
    that the parse joined to the verb of a "whether" question below the first; the question is what the
    first verb is about, the denial is its subject's."""
    head = verb.head
    return (
        verb.dep_ == "conj"
        and not any(c.dep_ in _SUBJECT_DEPS for c in verb.children)
        and any(c.dep_ == "ccomp" for c in verb.children)
        and any(c.dep_ == "mark" and c.lower_ == "whether" for c in head.children)
        and head.dep_ != "ROOT"
    )


def _subjects_named_first(verb: Token) -> list[Token]:
    """The verb's children, a proper noun first where the parse split one subject into several and
    the first is a fragment ('said Ushahidi co-founder Erik Hersman': "co", "-" and "Hersman" each a
    subject of "said"; "1053 The Red Cross says")."""
    children = _without_what_reported(verb)
    subjects = [c for c in children if c.dep_ in _SUBJECT_DEPS]
    if len(subjects) < 2 or not _fragment(subjects[0]):
        return children
    named = [c for c in subjects if c.pos_ == "PROPN"][:1]
    return named + [c for c in children if c not in named]


def _without_what_reported(verb: Token) -> list[Token]:
    """A verb's children less a "what" subject before its own: what is reported, not who reports it."""
    children = list(verb.children)
    if not what_reported(verb):
        return children
    what = next(c for c in children if c.dep_ in _SUBJECT_DEPS)
    return [c for c in children if c is not what]


def _fragment(token: Token) -> bool:
    """A piece of a word or a clock stamp the parse made a subject ("co" of "co-founder", "1053")."""
    return token.like_num or not token.is_alpha or (len(token) <= 3 and token.pos_ != "PROPN")


_FLOATING_QUANTIFIERS = frozenset({"both", "all", "each"})  # "He and ..., Robert Manuel, both said"


def _speaking_subject(verb: Token, subject: Token) -> Token:
    """ "The rest of BP trades at an implied $7/barrel, analysts at Morgan Stanley said": of two subjects
    the parse gave the verb, the one after the comma, right before it, speaks; so does the one where a
    headline run into the sentence ends."""
    headed = _speaker_after_heading(verb, subject) or _name_hung_below(subject)
    if headed is not None:
        return headed
    later = [
        c
        for c in verb.children
        if c.dep_ == "nsubj" and subject.i < c.i < verb.i and c.lower_ not in _FLOATING_QUANTIFIERS
    ]
    if subject.dep_ != "nsubj" or not later:
        return _conjoined_speaker(verb, subject)
    last = later[-1]
    before = verb.doc[last.left_edge.i - 1] if last.left_edge.i > 0 else None  # not the document's last word
    after = before.text if before is not None else ""
    if after in (",", "-", "--") and not _one_more_in_list(subject, last):  # also after a dateline's
        return last  # "(Reuters) -"
    if before is not None and _opens_clause_of(before, verb) and _finder(last):
        return last  # "Shares in BP rise after a U.S. presidential panel says": "rise" read as a noun
    if after_quote(last.left_edge):  # '"... that the lessons learned from Macondo lead to ...," the company
        return last  # said': the one after the quote speaks, not a subject inside it
    # "'Very bad' conditions in Haiti's hospitals The Red Cross has warned ...": a headline run in
    start = last.left_edge
    glued = after.isalpha() and start.is_title and subject.right_edge.i == start.i - 1
    glued = glued and start.pos_ in ("DET", "ADJ", "NUM")  # "The ...", "A ...": not "O'Shea of charity Goal"
    # a headline has no verb: not "One researcher who ... studied the oil aboard the ship Thomas Jefferson"
    glued = glued and not any(t.pos_ in ("VERB", "AUX") for t in subject.subtree)
    return last if glued or restarts_sentence(start) else subject


def _name_hung_below(subject: Token) -> Token | None:
    """ "Guide Jeff Fuscia, while loading his 24-foot (7-1/2 meter) boat onto a trailer, told me ...": an
    aside set off by commas after the speaker's name, which the parse read so that a thing in the aside is
    the verb's subject and the name that thing's subject; a name before it, as the subject of a noun, is
    the one who speaks."""
    if subject.pos_ != "NOUN" or subject.ent_type_ in HOLDER_LABELS or _speaking_noun(subject):
        return None
    return next((c for c in subject.lefts if c.dep_ == "nsubj" and c.ent_type_ in ("PERSON", "ORG")), None)


def _speaker_after_heading(verb: Token, subject: Token) -> Token | None:
    """ "Here are some potential scenarios facing BP: BP RUNS OUT OF CASH - UNLIKELY BP and the White House
    have said ...": a heading in capitals run into the sentence, whose word the parse made the subject. A
    word in capitals longer than an acronym and no name is a heading's; the phrase after its last word,
    right before the verb, names who speaks."""
    if not _heading_word(subject):
        return None
    end = _before_verb_words(verb)
    last = next((i for i in range(end - 1, subject.i - 1, -1) if _heading_word(verb.doc[i])), None)
    if last is None or last + 1 >= end:
        return None
    phrase = verb.doc[last + 1 : end]
    if any(t.is_punct and not _glued_hyphen(t) for t in phrase):
        return None  # "GRAND ISLE, Louisiana | ... (Reuters) - President Barack Obama warned": a dateline
    root = phrase.root
    if not (root.ent_type_ in HOLDER_LABELS or _speaking_noun(root) or root.tag_ in ("NNP", "NNS", "NNPS")):
        return None
    return root


def _glued_hyphen(token: Token) -> bool:
    """A hyphen inside a word ("11-BP"), not a dash between words."""
    return token.text == "-" and not token.whitespace_ and not token.doc[token.i - 1].whitespace_


_ACRONYM_LETTERS = 3  # "BP", "UN", "WHO": a word in capitals this short may be a name


def _heading_word(token: Token) -> bool:
    return token.is_upper and token.is_alpha and len(token) > _ACRONYM_LETTERS and not token.ent_type_


def _conjoined_speaker(verb: Token, subject: Token) -> Token:
    """ "Under-18s make up almost half of Haiti's 10-million population and aid agencies are warning ...":
    a noun that cannot speak, run by the parse into one subject with a group that can, right before the
    verb; the group speaks."""
    narrated = _speaker_after_narrated_clause(verb, subject)
    if narrated is not None:
        return narrated
    if (
        subject.ent_type_ in HOLDER_LABELS
        or subject.pos_ != "NOUN"
        or _speaking_noun(subject)
        or subject.tag_ == "NNS"
    ):
        return subject
    before = [t for t in verb.lefts if t.dep_ in ("aux", "auxpass", "neg", "advmod")]
    end = (before[0].i if before else verb.i) - 1
    joined = [t for t in subject.subtree if t.dep_ == "conj" and t.i == end and t.head.i != subject.i]
    if joined and (joined[0].tag_ in ("NNS", "NNPS") or joined[0].ent_type_ in HOLDER_LABELS):
        return joined[0]
    return subject


def _speaker_after_narrated_clause(verb: Token, subject: Token) -> Token | None:
    """ "Efforts by BP to contain the damage returned to normal after a hurricane and the British company
    said ...": a clause of the writer's whose finite verb the parse read as a participle on a noun, run into
    one subject with a party that can speak right before the verb; the party after "and" speaks."""
    if subject.ent_type_ in HOLDER_LABELS or subject.pos_ != "NOUN" or _speaking_noun(subject):
        return None
    joined = next((c for c in subject.children if c.dep_ == "conj" and c.i > subject.i), None)
    if joined is None or joined.right_edge.i != verb.i - 1:
        return None
    if verb.doc[joined.left_edge.i - 1].lower_ != "and":
        return None
    if not (_speaking_noun(joined) or joined.ent_type_ in HOLDER_LABELS):
        return None
    told = any(t.dep_ == "acl" and t.tag_ in ("VBD", "VBN") for t in verb.doc[subject.i : joined.left_edge.i])
    return joined if told else None


_DASHES = frozenset({"-", "--", "—", "–"})
_DATELINE_LETTERS = 3  # "ISLE", "JUAN"; not "I" or "US"


def _one_more_in_list(subject: Token, later: Token) -> bool:
    """Whether a second subject the parse gave the verb goes on a list inside the first's phrase ("An
    analysis by Reuters of the potential fines, damages, costs related directly to the leak, ... suggests":
    "costs" after "damages"): one more thing the first subject is about, not who speaks."""
    if later.left_edge.i < 2:
        return False
    before = later.doc[later.left_edge.i - 2]
    listed = before.dep_ == "conj" and subject.left_edge.i <= before.i <= subject.right_edge.i
    return listed and later.pos_ == "NOUN" and not later.ent_type_  # not "..., an operation to begin late
    # Tuesday or early Wednesday, Dudley told CNN": a name after the list speaks


def _named_beside(subject: Token) -> Token:
    """ "US pop star Madonna announces ...": the name the parse made a second subject of the verb, right
    after the role that describes it, is the speaker."""
    dated = _after_dateline(subject)
    if dated is not None:
        return dated
    beside = [
        c
        for c in subject.head.children
        if c.dep_ == subject.dep_
        and (c.left_edge.i == subject.i + 1 or _second_role(subject, c))
        and c.pos_ == "PROPN"
        and c.ent_type_ in ("PERSON", "ORG")
    ]
    return beside[0] if subject.pos_ == "NOUN" and beside else subject


def _employee_before(subject: Token) -> Token:
    """ "..., Dougie Youngson, oil analyst at brokerage Arbuthnot said on Tuesday": a firm named at the end
    of a person's role, with no comma closing the apposition, which the parse made the verb's subject; the
    person the role describes speaks, not the firm they work at."""
    start = subject.left_edge.i
    if subject.pos_ != "PROPN" or start == 0:
        return subject
    before = subject.doc[start - 1]
    if before.dep_ != "pobj" or before.head.dep_ != "prep" or before.head.head.dep_ != "appos":
        return subject
    person = before.head.head.head
    return person if person.ent_type_ == "PERSON" and person.pos_ == "PROPN" else subject


def _after_dateline(subject: Token) -> Token | None:
    """ "GRAND ISLE, Louisiana (Reuters) - President Barack Obama warned ...": a dateline in capitals the
    parse made the subject, with the real one set beside it after the dash; that one speaks. So with a
    dateline's date ("HOUSTON | Wed Jun 2, 2010 2:42 pm EDT HOUSTON (Reuters) - BP CEO Tony Hayward, ...,
    apologized ...": "Jun" the subject), and with a ticker after the name ("LONDON, July 27 (Reuters) - BP
    plc (BP.L) plans ...": the date and the dash hung on "plc")."""
    dated = subject.lower_.rstrip(".") in _CALENDAR_WORDS  # "Jan. 11 - The White House oil spill commission"
    if not dated and (not subject.is_upper or len(subject) < _DATELINE_LETTERS):
        return None
    doc = subject.doc
    beside = [
        c
        for c in subject.children
        if c.dep_ == "appos"
        and c.i > subject.i
        and c.left_edge.i > 0
        and (
            doc[c.left_edge.i - 1].text in _DASHES
            or any(t.text in _DASHES for t in doc[c.left_edge.i : c.i])  # the rest of the dateline
        )  # hung on the name
    ]
    return beside[-1] if beside else None


def _second_role(subject: Token, name: Token) -> bool:
    """ "X Factor judge and Girls Aloud star Cheryl Cole gave the plan her backing": two roles joined by
    "and" before one name, which the parse split into two subjects; the name is the speaker."""
    joined = [c for c in subject.children if c.dep_ == "cc" and c.i == subject.i + 1]
    roles = [c for c in name.lefts if c.dep_ == "compound" and c.pos_ == "NOUN"]
    return bool(joined) and name.left_edge.i == subject.i + 2 and bool(roles)


def _quoted(token: Token, sentence: Span) -> bool:
    """Whether the token sits between quotation marks within the sentence."""
    offset = token.idx - sentence.start_char
    return any(start <= offset < end for start, end in quote_spans(span_text(sentence)))


def _claimant_subject(subject: Token) -> Token | None:
    if (subject.lower_ in _NOT_CLAIMANTS and not subject.is_upper) or subject.dep_ == "nsubjpass":
        return None  # "who", "that"; but "WHO" is the World Health Organization
    return subject


def _refined(cue: _Cue, subject: Token) -> _Cue:
    """A nested report by the same speaker or a hedge in the content changes the stance."""
    inner = _innermost(cue, subject)
    hedge = _hedge_word(inner.verb) if inner.stance in _NEUTRAL else None
    return _Cue(inner.verb, Stance.LIKELY, hedge) if hedge else inner


def _innermost(cue: _Cue, subject: Token | None) -> _Cue:
    if cue.stance not in _NEUTRAL or subject is None:
        return cue
    content = _content_head(cue.verb)
    if content is None or asks_whether(content):
        return cue  # "one lawmaker asked whether they would disagree that ...": a question, not his stance
    inner = _cue(content)
    inner_subject = _subject(content) if inner else None
    if inner is None or inner_subject is None or not _same_speaker(subject, inner_subject):
        return cue
    return inner


def _same_speaker(outer: Token, inner: Token) -> bool:
    """The inner report's subject is the outer speaker again: the same word, or a pronoun that can stand
    for it. "He" or "she" cannot stand for a group or a body ("The Israeli team ... told the Associated
    Press ... that ... he responded": the team reports his answer)."""
    if inner.text == outer.text:
        return True
    if inner.lower_ in ("he", "she"):
        group = outer.tag_ in ("NNS", "NNPS") or outer.lower_ in ORG_WORDS | _ORGANISATION_NOUNS | _GROUPS
        return not group and outer.ent_type_ not in ("ORG", "GPE", "NORP")
    return inner.lower_ in _PRONOUNS


def _content_head(verb: Token) -> Token | None:
    """The clause a reporting verb introduces (its complement, or a report's clause)."""
    for child in verb.children:
        if child.dep_ in ("ccomp", "xcomp"):
            return child
    for child in verb.children:
        if child.dep_ == "dobj":
            clauses = [c for c in child.children if c.dep_ in ("acl", "relcl", "ccomp")]
            return clauses[0] if clauses else None
    return None


def _hedge_word(verb: Token) -> str | None:
    content = _content_head(verb)
    if content is None or not any(_under(verb.doc, index, content.i) for index in _hedge_words(verb.doc)):
        return None  # most reports: no hedge in the parse below the clause, and its subtree not walked
    for token in content.subtree:
        hedge = token.lower_ in _HEDGES and token.dep_ in _HEDGE_DEPS and not _compared(token)
        if hedge and _in_clause_of(token, content):
            return token.text
    return None


def _hedge_words(doc: Doc) -> list[int]:
    """The words of the parse that `_hedge_word` may find, found once per parse in its table: every
    report with a neutral verb asks, and a walk of its clause's `Token`s cost more than all of them."""
    found = doc.user_data.get(_HEDGES_KEY)
    if found is None:
        table = token_table(doc)
        dep = table.dep
        words = enumerate(table.lower)
        found = doc.user_data[_HEDGES_KEY] = [
            i for i, word in words if word in _HEDGES and dep[i] in _HEDGE_DEPS
        ]
    return found  # type: ignore[no-any-return]


_HEDGES_KEY = "storyline.hedge_words"


def _under(doc: Doc, index: int, top: int) -> bool:
    """Whether word `index` is in the subtree of word `top` (its heads reach it)."""
    head = token_table(doc).head
    while index != top:
        if head[index] == index:
            return False
        index = head[index]
    return True


def _in_clause_of(token: Token, content: Token) -> bool:
    """Whether a hedge qualifies the reported clause itself, not a clause inside it ("the result
    was not a harbinger ... as the tax rate would likely revert")."""
    while token.i != content.i:
        if token.dep_ in ("advcl", "relcl", "acl") or token.head.i == token.i:
            return False
        token = token.head
    return True


def _compared(token: Token) -> bool:
    """ "more likely to re-elect" compares; it does not hedge."""
    return any(child.lower_ in _COMPARATIVES for child in token.children)


# --- naming the claimant -----------------------------------------------------


def _attribution(
    head: Token, stance: Stance, cue: str, actors: list[EntityMention], speaker: str | None
) -> Attribution | None:
    if head.lower_ in _FIRST_PERSON:
        return Attribution(speaker, stance, cue, None, head.idx, head.idx + len(head)) if speaker else None
    doer = (
        _participle_subject(head)
        or _name_after_opening_participle(head)
        or _name_before_cue_read_as_noun(head)
    )
    if doer is not None:
        return _attribution(doer, stance, cue, actors, speaker)
    main = _main_subject(head)
    if main is not None:  # "The government of Newfoundland is also launching a review ..., though it said"
        return _attribution(main, stance, cue, actors, speaker)
    issuer = _issuer(head, actors)
    if issuer is not None:
        return Attribution(issuer.canonical, stance, cue, None, issuer.start, issuer.end)
    described = _person_in_apposition(head, actors) or _resident(head, actors)
    if described is not None:
        role = _unnamed(_role_phrase(head))
        return Attribution(described.canonical, stance, cue, role, described.start, described.end)
    actor = _actor_at(head, actors)
    if actor is not None:
        name = head.doc.char_span(actor.start, actor.end, alignment_mode="expand")
        if name is not None and _dateline_name(name):
            return None  # "BURAS, Louisiana | Sun Jun 20, 2010 7:19 pm EDT": a dateline, not a name
        title = _title(name, head) if name is not None else None
        return Attribution(actor.canonical, stance, cue, title, actor.start, actor.end)
    if head.lower_ == "they":
        return _they(head, stance, cue)
    if head.lower_ in ("he", "she"):
        return _unnamed_antecedent(head, stance, cue)
    if head.lower_ in _PRONOUNS:
        return None
    if _abstract(head):
        return None
    phrase = _proper_name(head) or _role_phrase(head)
    if not _can_speak(phrase):
        return None
    title = _title(phrase, head)
    return Attribution(_unnamed(phrase), stance, cue, title, phrase.start_char, phrase.end_char)


def _abstract(head: Token) -> bool:
    """A figure of speech, not a speaker: "Economics says ...", "seeing is believing". A bare singular
    common noun, with no article, owner or modifier, names a field or a quality, not someone who speaks
    ("a spokesman", "the ministry", "BP's lawyer" have one); nor does an act named by a gerund."""
    if head.tag_ == "VBG":
        return True
    if head.tag_ != "NN" or head.dep_ not in _SUBJECT_DEPS or _speaking_noun(head):
        return False  # not "according to testimony": a document
    if head.lower_.endswith(("one", "body")):
        return False  # "someone", "everybody"
    return not any(c.dep_ in _ROLE_MODIFIERS or c.dep_ in ("prep", "appos") for c in head.children)


def _participle_subject(head: Token) -> Token | None:
    """ "Aid workers returning say ...", parsed with "returning" as the subject of "say" and "workers" as
    its own: the noun before the participle speaks, not the participle."""
    if head.tag_ != "VBG":
        return None
    nouns = [c for c in head.lefts if c.dep_ in _SUBJECT_DEPS and c.pos_ in ("NOUN", "PROPN")]
    if not nouns:
        return None
    end = max((t.i for t in nouns[-1].subtree if not t.is_punct), default=nouns[-1].i)  # "#" is a noun too
    set_off = end == head.i - 2 and head.doc[head.i - 1].text == ","  # "Curtis Barnard, writing in the
    # Columbia Journalism Review blog, said", "Cameron Sinclair of Architecture of Humanity, writing ..."
    return nouns[-1] if nouns[-1].i == head.i - 1 or set_off else None


def _name_after_opening_participle(head: Token) -> Token | None:
    """ "Writing on Twitter, Troy Livesay - a Christian missionary ... - described seeing bodies": a
    participle opening the sentence, read as the subject with the name set off after it by a comma as its
    apposition. The participle tells how the speaker spoke; the name speaks."""
    if head.dep_ not in _SUBJECT_DEPS or not head.lower_.endswith("ing") or head.i != head.sent.start:
        return None  # the cheap tests first: asked of every attribution's head, and `sent` walks the parse
    doc = head.doc
    names = [
        c
        for c in head.rights
        if c.dep_ == "appos" and c.pos_ == "PROPN" and doc[c.left_edge.i - 1].text == ","
    ]
    return names[0] if names else None


def _name_before_cue_read_as_noun(head: Token) -> Token | None:
    """'... with the hot water," NOAA's Robinson remembers, describing the decision ...': a reporting verb
    after a quote that the parse read as a noun, the speaker's name its modifier; the name speaks."""
    if head.pos_ != "NOUN" or cue_lemma(head) is None or head.i == 0:
        return None
    opening = next(t for t in head.subtree if not t.is_punct)
    before = head.doc[head.i - 1]
    named = before.dep_ == "compound" and before.head.i == head.i and before.pos_ == "PROPN"
    return before if named and after_quote(opening) else None


def _main_subject(head: Token) -> Token | None:
    """What "it" in a clause below the main one stands for: the main clause's own subject, a noun. Not
    from inside a relative clause of that subject ("BP's next move, which it hopes will stop the flow
    completely, would involve ...": "it" is not the move the clause is about)."""
    root = head.sent.root
    if head.lower_ != "it" or head.head.i == root.i:
        return None
    subjects = [c for c in root.children if c.dep_ in _SUBJECT_DEPS and c.i < head.i]
    if not subjects or subjects[0].pos_ not in ("NOUN", "PROPN"):
        return None
    relative = any(a.dep_ == "relcl" and a.head.i == subjects[0].i for a in head.ancestors)
    return None if relative else subjects[0]


def _can_speak(phrase: Span) -> bool:
    """A source is someone or something that can speak, not a headline or dateline run into the
    sentence ("WEATHER HAMPERING FIGHT AGAINST SLICK Hayward ...") or a scrap of punctuation."""
    letters = [t for t in phrase if t.is_alpha]
    if sum(len(t) for t in letters) < 2:
        return False  # "N" of a ticker "(CAM.N)" split from its sentence
    if _calendar(phrase):
        return False  # a dateline run into the sentence: "May 3, 2009 7:36 pm EDT MEXICO CITY (Reuters) -"
    shouted = [t for t in letters if t.is_upper and len(t) > 1]
    return not (len(shouted) == len(letters) and sum(len(t) for t in shouted) > _ACRONYM_LENGTH)


def _dateline_name(name: Span) -> bool:
    """A name the recogniser made of a dateline's words ("Sun Jun" in "| Sun Jun 20, 2010 7:19 pm EDT"):
    two words or more, all of the calendar (not "DEC", "Jan Sebon")."""
    words = [t for t in name if t.is_alpha]
    return len(words) > 1 and _calendar(name)


def _calendar(phrase: Span) -> bool:
    return all(t.lower_.rstrip(".") in _CALENDAR_WORDS or not t.is_alpha for t in phrase)


def _they(head: Token, stance: Stance, cue: str) -> Attribution | None:
    """ "Prices will stay high, they say": the group last introduced as speaking, or the plural
    subject of a clause before it in its sentence ("Though experts have been struck by ..., they point
    out") or of a sentence just before ("Analysts expect ... . ..., they say"), names joined by "and"
    ("Gordon Gray and James Evan of Collins Stewart said ... "...," they said'), not a thing ("His
    comments came as ...", "PAHs include ..."). Sentences of a quote, and sentences where "they" goes on
    speaking ('They propose that ... . "...," they wrote'), are passed over on the way back."""
    doc = head.doc
    sentence = head.sent
    clauses = [
        c for c in head.head.children if c.dep_ == "advcl" and c.i < head.i and c.pos_ in ("VERB", "AUX")
    ]
    found = _group_subject(clauses, sentence, stance, cue)
    if found is not None:
        return found
    quoted = _quoted_in_document(head)  # "they" inside a quote reads the quote's sentences as they come
    counted_back = 0
    for _ in range(_THEY_REACH + _PASSED_OVER):
        if sentence.start == 0 or counted_back == _THEY_REACH:
            return None
        sentence = doc[sentence.start - 1].sent
        if not quoted and _all_quoted(sentence):
            continue
        according = _according_to(sentence)
        if according is not None and according.tag_ in ("NNS", "NNPS"):
            phrase = _role_phrase(according)  # "..., according to local officials. ..., they said."
            return Attribution(_unnamed(phrase), stance, cue, None, phrase.start_char, phrase.end_char)
        verbs = [v for v in (sentence.root, *sentence.root.children) if v.pos_ in ("VERB", "AUX")]
        # not "make things far worse": the subject of a verbless small clause does nothing
        found = _group_subject(verbs, sentence, stance, cue)
        if found is not None:
            return found
        if not _they_again(sentence):
            counted_back += 1
    return None


def _group_subject(verbs: list[Token], sentence: Span, stance: Stance, cue: str) -> Attribution | None:
    """The first group that can speak as the subject of one of `verbs`: a plural of people, or any plural
    that reports ("The cables reveal that ... . They also say ...")."""
    for verb in verbs:
        reports = cue_lemma(verb) is not None
        subjects = [
            c
            for c in verb.children
            if c.dep_ in _SUBJECT_DEPS and (_speaking_group(c) or (reports and _plural(c)))
        ]  # "The Americans are being held at a police station ... . They told the BBC ..."
        counted = subjects and any(c.dep_ == "nummod" for c in subjects[0].children)  # "550 skimmers"
        if subjects and not counted and not _quoted(subjects[0], sentence):
            phrase = _proper_name(subjects[0]) if _joined(subjects[0]) else None
            phrase = phrase or _role_phrase(subjects[0])
            return Attribution(_unnamed(phrase), stance, cue, None, phrase.start_char, phrase.end_char)
    return None


_PASSED_OVER = 4  # sentences of a quote or of "they" speaking again that "they say" may reach past
_PEOPLE_WORDS = frozenset(
    {
        "people",
        "parent",
        "medic",
        "critic",
        "family",
        "local",
        "staff",
        "crew",
        "colleague",
        "member",
        "children",
    }
)
_AGENT_ENDINGS = (
    "ers",
    "ors",
    "ists",
    "ians",
    "men",
)  # "organisers", "investors", "Democrats" aside
# words of people and bodies that speak as a group: built once, `_speaking_group` asks of every subject
_SPEAKING_WORDS = (
    TITLE_WORDS | PERSON_WORDS | COLLECTIVE_NOUNS | ORG_WORDS | _PEOPLE_WORDS | _ORGANISATION_NOUNS
)


def _speaking_group(noun: Token) -> bool:
    """A plural that can speak: people ("analysts", "Haiti medics", "the Americans"), a group ("a team of
    doctors", "the research team"), or people named together ("Sparks and his colleagues"); not things
    ("His comments", "PAHs", "buses")."""
    if _joined(noun):
        return True
    if _group(noun) or (noun.lower_ in _GROUPS and not any(c.lower_ == "of" for c in noun.children)):
        return True  # "the research team wrote", "a team of researchers"; not "A handful of oily sand"
    if not _plural(noun):
        return False
    if noun.ent_type_ in ("NORP", "ORG", "PERSON"):
        return True
    word = noun.lower_
    singulars = {word, word.removesuffix("s"), word.removesuffix("es"), word.removesuffix("ies") + "y"}
    return bool(singulars & _SPEAKING_WORDS) or word.endswith(_AGENT_ENDINGS)


def _joined(noun: Token) -> bool:
    """A person named with others: "Gordon Gray and James Evan", "Sparks and his colleagues"."""
    named = noun.ent_type_ == "PERSON" or noun.pos_ == "PROPN"
    others = [c for c in noun.children if c.dep_ in ("conj", "appos") and (c.pos_ == "PROPN" or _plural(c))]
    joining = [c for word in (noun, *others) for c in word.children if c.dep_ == "cc"]  # "A, B and C"
    return named and bool(others) and any(c.lower_ in ("and", "&") for c in joining)


def _they_again(sentence: Span) -> bool:
    """A sentence where "they" speaks or acts as subject: the same group goes on ("They propose that
    ...")."""
    root = sentence.root.i
    return any(t.lower_ == "they" and t.dep_ in _SUBJECT_DEPS and t.head.i == root for t in sentence)


def _plural(noun: Token) -> bool:
    return noun.tag_ in ("NNS", "NNPS") or _group(noun)


def _group(noun: Token) -> bool:
    """ "a group of Belgian men", "a team of doctors": a singular noun for people in the plural."""
    if noun.lower_ not in _GROUPS:
        return False
    return any(c.lower_ == "of" and any(o.tag_ in ("NNS", "NNPS") for o in c.children) for c in noun.children)


def _unnamed_antecedent(head: Token, stance: Stance, cue: str) -> Attribution | None:
    """ "One survivor in the town said he had come ... . He said that ...": a "he" or "she" that no
    named person stands for is the person the sentence before is about, as described there. Sentences
    of a quote, and sentences where the same "he" goes on speaking, are passed over on the way back
    ("One survivor said ... . He said that ... . "We don't have any aid, nothing at all," he said.")."""
    doc = head.doc
    sentence = head.sent
    quoted = _quoted_in_document(head)  # "she" inside a quote reads the quote's sentences as they come
    for _ in range(_ANTECEDENT_REACH):
        if sentence.start == 0:
            return None
        sentence = doc[sentence.start - 1].sent
        if not quoted and _all_quoted(sentence):
            continue
        subject = unnamed_person_subject(sentence) or _described_speaker(sentence)
        if subject is not None and kin_of(subject, "m" if head.lower_ == "he" else "f"):
            continue  # "She has two broken legs ... . Her sister is already dead. ... "Oui," she replies":
            # the one the sister is told of by, not the sister
        if subject is not None:
            phrase = _proper_name(subject) or _role_phrase(subject)
            return Attribution(_unnamed(phrase), stance, cue, None, phrase.start_char, phrase.end_char)
        if not any(t.dep_ == "nsubj" and t.lower_ == head.lower_ and _cue(t.head) for t in sentence):
            return None
        named = _one_person_named(sentence)
        if named is not None and named.root.dep_ not in _SUBJECT_DEPS:
            return Attribution(span_text(named), stance, cue, None, named.start_char, named.end_char)
    return None


def _described_speaker(sentence: Span) -> Token | None:
    """ "As the UN Food and Agriculture Organisation's chief veterinary officer put it yesterday, the cull
    is "a real mistake"": the one a sentence's report is by, named only by a title or a word for a person,
    whatever clause the report sits in; the "he" who goes on speaking after it."""
    cue = _main_cue(sentence)
    subject = _subject(cue.verb) if cue is not None else None
    if subject is None or subject.ent_type_ or subject.tag_ != "NN":
        return None
    return subject if subject.lower_ in TITLE_WORDS or subject.lower_ in PERSON_WORDS else None


def _one_person_named(sentence: Span) -> Span | None:
    """ "The Israeli team which rescued the young man, Emmannuel Buso, told AP that ... he responded": the
    one person a sentence names in full, where the same "he" speaks, is the "he" that goes on speaking;
    not one who is the subject of a clause there (David Holmes in "He said David Holmes ... would play")."""
    named = [e for e in sentence.ents if e.label_ == "PERSON" and len(e) > 1 and e[0].is_title]
    return named[0] if len({span_text(e) for e in named}) == 1 else None


def _quoted_in_document(token: Token) -> bool:
    return _in_document_quote(token)


def _in_document_quote(token: Token) -> bool:
    """Whether the token lies inside a quote of its document (one that may run over several sentences)."""
    spans = document_quotes(token.doc)
    index = bisect_right(spans, (token.idx, _NO_END)) - 1
    return index >= 0 and token.idx < spans[index][1]


def _all_quoted(sentence: Span) -> bool:
    """Whether every word of the sentence lies inside a quote of the document (one sentence of a quote
    several sentences long)."""
    spans = [
        (s, e) for s, e in document_quotes(sentence.doc) if s < sentence.end_char and sentence.start_char < e
    ]
    words = [t for t in sentence if t.is_alpha]
    return bool(words) and all(any(s <= t.idx < e for s, e in spans) for t in words)


def _actor_at(head: Token, actors: list[EntityMention]) -> EntityMention | None:
    """The actor mention that covers the subject's head word."""
    covering = [a for a in actors if a.start <= head.idx < a.end]
    return covering[-1] if covering else None


def _issuer(head: Token, actors: list[EntityMention]) -> EntityMention | None:
    """Who issued a statement, report or figures cited as the source ("a statement from the
    ministry said", "according to the agency's estimates")."""
    if head.lower_ not in DOCUMENT_NOUNS:
        return None
    named = _actor_at(head, actors)
    if named is not None and named.label == "ORG" and head.pos_ == "PROPN":
        return None  # "The US Geological Survey said": the survey is the body's name, not a US document
    start, end = head.left_edge.idx, head.right_edge.idx + len(head.right_edge)
    inside = [a for a in actors if start <= a.start and a.end <= end and a.label in HOLDER_LABELS]
    issuers = [a for a in inside if _attached_to(a, head)]
    return issuers[0] if issuers else None


def _attached_to(actor: EntityMention, head: Token) -> bool:
    """The actor names who issued or holds the document ("the ministry's statement", "a statement from the
    ministry", "obtained by Robert Bea"), not a place deep inside what it is about ("reports from the
    epicentre of Tuesday's earthquake in Haiti")."""
    name = head.doc.char_span(actor.start, actor.end, alignment_mode="expand")
    if name is None:
        return False
    root = name.root
    if root.head.i == head.i or (root.dep_ == "pobj" and root.head.dep_ == "agent"):
        return True  # "transcripts of interviews obtained by Robert Bea": who made or holds them
    return root.dep_ == "pobj" and root.head.dep_ == "prep" and root.head.head.i == head.i


def _person_in_apposition(head: Token, actors: list[EntityMention]) -> EntityMention | None:
    """The person named beside a role: "The U.S. disaster response chief, Admiral Thad Allen, said"."""
    if (head.pos_ == "PROPN" and head.lower_ not in TITLE_WORDS) or _actor_at(head, actors) is not None:
        return None  # "President", capitalised as a title, is a role too
    objects = [o for prep in head.children if prep.dep_ == "prep" for o in prep.children if o.dep_ == "pobj"]
    objects = [
        o for o in objects if o.pos_ != "NOUN" or o.lower_ in TITLE_WORDS | PERSON_NOUNS
    ]  # not "A user
    # of the social networking website Twitter, ... said": the website named, not the user
    for child in [
        c for near in (head, *objects, *_title_joined(head)) for c in near.children
    ]:  # "The commander of the USS
        if child.dep_ == "appos" or (child.dep_ == "acl" and child.pos_ == "PROPN"):  # Carl Vinson, Adm Ted
            # Branch, tells ..."; "aid agency Save the Children says" ("Save" read as a clause)
            actor = _actor_at(child, actors)
            if actor is not None and (
                actor.label == "PERSON" or (child.head == head and _organisation_named(head, actor))
            ):
                return actor
    return None


def _title_joined(head: Token) -> list[Token]:
    """The role a noun that is no role is joined to, in one title: "BP's government and public affairs
    director, Ron Rybarczyk" ("government" is a field of the director's work, the name is his)."""
    if head.lower_ in TITLE_WORDS | PERSON_NOUNS:
        return []
    return [c for c in head.children if c.dep_ == "conj" and c.lower_ in TITLE_WORDS]


def _resident(head: Token, actors: list[EntityMention]) -> EntityMention | None:
    """ "said Venice, Louisiana resident, Wilma Buras": a place the parse made the subject, and the
    person from there named after it."""
    place = _actor_at(head, actors)
    if place is None or place.label != "GPE":
        return None
    for token in head.subtree:
        actor = _actor_at(token, actors) if token.dep_ == "appos" else None
        if actor is not None and actor.label == "PERSON":
            return actor
    return None


def _organisation_named(head: Token, actor: EntityMention) -> bool:
    """ "UK-based aid agency Save the Children says": an organisation named beside a noun for one."""
    return actor.label == "ORG" and head.lower_ in ORG_WORDS | _ORGANISATION_NOUNS


def _role_phrase(head: Token) -> Span:
    """The role with its complements, without the apposition: "the top U.S. official for the spill"."""
    end = head.i
    for child in head.rights:
        if child.dep_ != "prep" or _when(child):
            break  # "BP's newly named chief executive on Tuesday called ...": the role ends before the day
        end = child.right_edge.i
    start = hyphenated_start(head)  # "its director-general", not "general"
    for child in reversed([c for c in head.lefts if c.i < start]):  # "the executive director of WFP", not
        # the clause before it
        if child.dep_ not in _ROLE_MODIFIERS or child.right_edge.i != start - 1 or child.tag_.startswith("W"):
            break
        if _heading_word(child):
            break  # "ULTIMATE HOPES IN RELIEF WELL BP executives say": a heading in capitals run in
        if any(t.text in (",", "--") or (t.text == "-" and t.whitespace_) for t in child.subtree):
            break  # "But all have little, or worse - some say - nothing": an aside, not the role
        joined = _joined_after_time(child, start)
        if joined is not None:
            start = joined.left_edge.i
            break
        start = child.left_edge.i
    if start < head.i and _clock_stamp(head.doc[start]):
        start += 1  # "2224 US pop star ...": a live page's time stamp before the role
    commas = [t.i for t in head.doc[head.i : end + 1] if t.text in (",", "(", "--")]
    return head.doc[start : commas[0] if commas else end + 1]


def _joined_after_time(modifier: Token, start: int) -> Token | None:
    """'A BP spokesman said "nothing has changed" since Friday and restructuring experts agreed ...': a time
    of the clause before, which the parse joined to the role with "and"; the role starts after it, with the
    word joined ("restructuring experts"). Not a time that is part of the role ("My 13 year old grand
    daughter", "Tuesday's report")."""
    if modifier.ent_type_ not in ("DATE", "TIME"):
        return None
    joined = [c for c in modifier.children if c.dep_ == "conj" and c.right_edge.i == start - 1]
    return joined[0] if joined else None


def _when(preposition: Token) -> bool:
    """ "on Tuesday", "last week": a time, not part of who speaks."""
    return any(c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") for c in preposition.children)


def _clock_stamp(token: Token) -> bool:
    """A live page's four-digit time stamp opening its entry ("2224 US pop star Madonna announces ...")."""
    text = token.text
    return (
        token.i == token.sent.start
        and len(text) == 4
        and text.isdigit()
        and int(text[:2]) < 24
        and int(text[2:]) < 60
    )


def _proper_name(head: Token) -> Span | None:
    """A name the entity recogniser missed: the proper nouns ending at the subject's head."""
    if head.pos_ != "PROPN" or head.lower_ in TITLE_WORDS:
        return None
    start = head.i
    while start > 0 and _name_part(head.doc[start - 1], head):
        start -= 1
    return head.doc[start : head.i + 1]


def _name_part(token: Token, head: Token) -> bool:
    return (
        token.pos_ == "PROPN"
        and token.head == head
        and token.dep_ == "compound"
        and token.lower_ not in TITLE_WORDS
    )


def _title(name: Span, head: Token) -> str | None:
    title = appositive_title(head) or title_before(name)
    return title.text if title is not None else None


def _unnamed(phrase: Span) -> str:
    tokens = list(phrase)
    if tokens and tokens[0].lower_ in ("the", "a", "an"):
        tokens = tokens[1:]
    text = ""
    for index, token in enumerate(tokens):
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        text += token.text
        hyphen = token.text == "-" or (following is not None and following.text == "-")
        if following is not None and (token.whitespace_ or not hyphen):
            text += " "  # words as the parse split them ("commission 's"), a hyphenated word whole
    return text


def _within(token: Token, head: Token) -> bool:
    return head.left_edge.i <= token.i <= head.right_edge.i
