"""Who claims each figure, when its own reporting clause is not the one of the event it is filed under.

A sentence's figures go with its first event, and so with that event's source; but a figure may stand
in another reporting clause of the sentence: "BP said last month it had undrawn bank lending facilities
of $10billion and sources familiar with the matter said it had secured another $7billion", "In the end,
it took almost three years to fix; analysts estimate BP spent more than $500million". The figure then
keeps the attribution of the smallest reporting clause that holds it (`attribution.clause_attributions`),
as a quote keeps its speaker. A figure outside every such clause keeps the event's source, and so does
one whose clause holds the event too when the event has a source of its own (the event's clause, inside
it, is the nearer source: "Surgeons say ... critical[caption] Prosthetic organizations ... have warned of
the huge task ... to rehabilitate hundreds of thousands of amputees").
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from storyline.analyse.reporting import FOUND_FORMS
from storyline.analyse.verb_forms import TENSED_TAGS
from storyline.extract.attribution import agents_of, in_document_quote, is_reporting_verb, main_reporting_verb
from storyline.extract.figure_context import clause_verb
from storyline.model import Attribution, Event, Figure, Quote, Stance

Clauses = list[tuple[frozenset[int], Attribution | None]]

_UP_TO_THE_AMOUNT = frozenset({"nummod", "quantmod", "compound", "nmod"})
_PUT_AT = frozenset(
    {"put", "puts", "putting", "peg", "pegs", "pegged", "pegging", "estimate", "estimates", "estimated",
     "estimating", "value", "values", "valued", "valuing", "place", "places", "placed", "placing"}
)  # fmt: skip
_NOT_SPEAKERS = frozenset(
    {"estimate", "estimates", "figure", "figures", "measurement", "measurements", "calculation",
     "calculations", "end", "number", "numbers", "projection", "projections", "forecast", "forecasts",
     "liabilities", "cost", "costs", "data", "model", "models"}
)  # fmt: skip  # a subject that cannot speak: what an estimate is, not who makes it
_TO_THE_ESTIMATE = frozenset({"dobj", "pobj", "prep", "attr", "xcomp", "acomp"})  # "estimated ... to exceed"
_HOPING = frozenset({"hope", "hopes", "hoped", "hoping"})
_ESTIMATES = frozenset({"estimate", "estimates", "figure", "figures", "forecast", "forecasts", "projection"})
_CONCEDING = frozenset({"though", "although", "whereas"})
_BACKSHIFTED = frozenset({"had", "would", "'d"})
_ARRIVE = frozenset({"arrive", "arrives", "arrived", "arriving"})
_ESTIMATING = frozenset({"estimate", "estimates", "estimated", "estimating"})
_OWN_ESTIMATE = frozenset(
    {"revise", "revises", "revised", "revising", "issue", "issues", "issued", "issuing", "release",
     "releases", "released", "releasing", "publish", "publishes", "published", "publishing", "update",
     "updates", "updated", "updating", "raise", "raises", "raised", "raising", "lower", "lowers", "lowered",
     "lowering"}
)  # fmt: skip  # who does this to an estimate is the one who made it
_TO_THE_PARTY = frozenset({"dobj", "pobj", "prep", "xcomp", "conj", "appos", "dative", "acl", "pcomp"})
_DASHES = frozenset({"-", "--", "–", "—"})
_PLANNING = frozenset(
    {"plan", "plans", "planned", "planning", "aim", "aims", "aimed", "aiming", "intend", "intends",
     "intended", "intending"}
)  # fmt: skip
_RELATIVE = frozenset({"that", "which", "who", "whom", "what"})
_POSSESSIVE = frozenset({"its", "their", "his", "her"})
_UNNAMED = {"he": "man", "she": "woman"}  # a speaker "he" or "she" with no one before to stand for


def with_own_claims(
    figures: list[Figure], sentence: Span, clauses: Clauses, trigger: Token, event: Attribution | None
) -> list[Figure]:
    """The figures, each with `claim` set where the reporting clause holding it names another source
    than `event`, the attribution of the event (`trigger`) the figures are filed under."""
    if clauses:
        figures = [_with_own_claim(figure, sentence, clauses, trigger, event) for figure in figures]
    if event is not None:
        if all(figure.claim for figure in figures):
            return figures  # none left for the writer (most sentences): no reporting verb to seek
        verb = main_reporting_verb(sentence)
        cue = verb or _cue_verb(sentence, event)
        return [
            _writers(figure, sentence, clauses, verb, cue) if not figure.claim else figure
            for figure in figures
        ]
    figures = [figure if figure.claim else _estimated(figure, sentence) for figure in figures]
    return [figure if figure.claim else _told_by_unnamed(figure, sentence) for figure in figures]


def _told_by_unnamed(figure: Figure, sentence: Span) -> Figure:
    """ "He said he had managed to pull out his three daughters, but not his son", where nothing before
    says who "he" is: the figure is still in someone's reported words, not the writer's; its claimant is
    the unnamed speaker (quoted words are left to the quote's speaker). A subject "who" right after a name
    is that name, where attribution found no source ("Plater who ... said the total could even reach
    $90billion", the parse hanging "said" on the sentence's verb, not on Plater)."""
    token = _amount(figure, sentence)
    if token is None or in_document_quote(token):
        return figure
    while token.head.i != token.i:
        if token.dep_ == "ccomp" and is_reporting_verb(token.head):
            who = _who_stands_for(token.head)
            if who is not None:  # "Plater who, noting ..., said the total could even reach $90billion"
                claim = Attribution(source=who, stance=Stance.STATED, cue=token.head.text)
                return replace(figure, claim=claim)
            subjects = [c for c in token.head.children if c.dep_ == "nsubj"]
            if subjects and subjects[0].lower_ in _UNNAMED:
                source = f"unnamed {_UNNAMED[subjects[0].lower_]}"
                return replace(
                    figure, claim=Attribution(source=source, stance=Stance.STATED, cue=token.head.text)
                )
            return figure
        token = token.head
    return figure


def _cue_verb(sentence: Span, event: Attribution) -> Token | None:
    """The reporting verb of `event` where `main_reporting_verb` finds none governing the sentence (a
    report in a "with" phrase): the verb written as the event's cue whose subject is its source."""
    for token in sentence:
        if token.text != event.cue or not is_reporting_verb(token):
            continue
        subjects = _subjects(token)
        if any(event.start is not None and c.left_edge.idx <= event.start <= c.idx for c in subjects):
            return token
    return None


def _writers(
    figure: Figure, sentence: Span, clauses: Clauses, verb: Token | None, cue: Token | None = None
) -> Figure:
    """The figure marked as the writer's own words when the sentence's report does not hold it: it
    stands in a clause of narration `clauses` gives no source, or beside the reporting verb `verb` in
    a clause of the writer's (`_beside_report`), or outside the report `cue` (the reporting verb, found
    from the event where none governs the sentence) in a clause the report only hangs on or describes
    a party to it in."""
    amount = _amount(figure, sentence)
    if amount is None or in_document_quote(amount):
        return figure  # quoted words are the speaker's, wherever the parse hangs them
    holding = [(len(tokens), tokens, found) for tokens, found in clauses if amount.i in tokens]
    if holding and _narrated(min(holding, key=lambda held: held[0])[1:], verb):
        return replace(figure, by_writer=True)
    if verb is not None and (_beside_report(amount, verb) or _before_joined_report(amount, verb)):
        return replace(figure, by_writer=True)
    if cue is not None and (_before_absolute_report(amount, cue) or _describes_party(amount, cue)):
        return replace(figure, by_writer=True)
    if cue is not None and (_in_speakers_description(amount, cue) or _framing_before_report(amount, cue)):
        return replace(figure, by_writer=True)
    if cue is not None and (_outside_report(amount, cue) or _relative_on_party(amount, cue)):
        return replace(figure, by_writer=True)
    if cue is not None and (_narrated_plan(amount, cue) or _aside_in_reported_words(amount, cue)):
        return replace(figure, by_writer=True)
    return figure


def _aside_in_reported_words(amount: Token, verb: Token) -> bool:
    """ "BP said last week it would suspend dividend payments ... to offset liabilities from the spill,
    which began after an explosion on an offshore rig that killed 11 workers": a relative clause set off
    by a comma, opened by "which"/"who" as its subject and told in the plain past, inside what a report
    in the past says, is the writer's reminder of what the thing named is, not the speaker's words
    (which a past report would tell with "had", "would")."""
    if verb.tag_ != "VBD" or not any(token.i == amount.i for token in verb.subtree):
        return False
    token = amount
    while token.head.i != token.i and token.head.i != verb.i:
        if token.dep_ == "relcl" and _plain_past_aside(token):
            return True
        token = token.head
    return False


def _plain_past_aside(clause: Token) -> bool:
    """A relative clause ", which began ...": a comma before its relative subject, a simple past verb."""
    relatives = [c for c in _subjects(clause) if c.lower_ in ("which", "who") and c.i == clause.left_edge.i]
    if not relatives or clause.tag_ != "VBD" or any(c.dep_ in ("aux", "auxpass") for c in clause.children):
        return False
    return relatives[0].i > 0 and clause.doc[relatives[0].i - 1].text == ","


def _narrated_plan(amount: Token, verb: Token) -> bool:
    """ "It also plans to evacuate about 60 injured people", "Charlie was aiming to make £500 in
    sponsorship": a plan no one is reported to tell ("plans", not "said it plans") is the writer's
    telling what its subject means to do; the figure in what is planned is the writer's, as in the
    participle of aim (`_aim_of_subject`)."""
    if verb.lower_ not in _PLANNING or in_document_quote(verb):
        return False
    if any(_reporting(token) for token in verb.ancestors):
        return False
    planned = [c for c in verb.children if c.dep_ == "xcomp" and c.i > verb.i]
    return any(token.i == amount.i for clause in planned for token in clause.subtree)


def _relative_on_party(amount: Token, verb: Token) -> bool:
    """ "Some lawmakers ... have accused BP ... of sacrificing safety ... in the run-up to the rig explosion
    that killed 11 workers", "U.S. lawmakers have called on Obama to take a harder line with BP, which has
    lost tens of billions of dollars": a relative clause on a thing the report names in its object or
    phrase (not in a clause of reported words) is the writer's telling what that thing is."""
    token = amount
    while token.dep_ != "relcl":
        if token.head.i in (token.i, verb.i) or token.dep_ == "ccomp" or _reporting(token.head):
            return False
        token = token.head
    subjects = _subjects(token)
    where = any(c.lower_ in ("where", "when") for c in token.children)
    if not where and any(c.lower_ not in _RELATIVE for c in subjects):
        return False  # "told reporters in a briefing that drilling ... could resume": reported words
    noun = token.head
    while noun.head.i != verb.i:
        if noun.dep_ not in _TO_THE_PARTY or noun.head.i == noun.i:
            return False
        noun = noun.head
    return noun.dep_ in _TO_THE_PARTY


def _outside_report(amount: Token, verb: Token) -> bool:
    """ "The company faces fines of $4,300 per barrel if gross negligence is proven, but said it saw no
    need to change its provision", "Shares ... fell by more than 6 percent on Thursday as investors feared
    a significantly higher cleanup cost": a report joined to the writer's clause by "and"/"but", hung on
    it by a subordinating word or set before it by a dash, says what its own words hold, not the writer's
    clause beside it. Only where the report's words follow its verb (not "About 145,000 claims had been
    submitted ..., and 103,900 payments have been made, the company said"), and where no other report
    holds the figure ("They found evidence of the chemicals as deep as 3,300 feet ... and said")."""
    if any(token.i == amount.i for token in verb.subtree) or _reported_above(amount, verb):
        return False
    if verb.dep_ == "advcl":
        return any(c.dep_ == "mark" for c in verb.children) or _words_after(verb)
    if verb.dep_ == "ccomp":  # "The locals hope they will return tomorrow - there are rumors that 25 people
        # here may still be alive": a report ended by a dash, which the parse hung on the clause after it
        between = verb.doc[verb.right_edge.i + 1 : amount.i]
        return verb.i < amount.i and any(t.text in _DASHES for t in between)
    if verb.dep_ != "conj" or not _words_after(verb):
        return False
    joined = any(c.dep_ == "cc" and c.i < verb.i for c in verb.head.children)
    start = max(verb.left_edge.i - 2, 0)
    return joined and any(t.lower_ in ("and", "but") for t in verb.doc[start : verb.i])


def _words_after(verb: Token) -> bool:
    """Whether the verb's reported words (a clause or an object) follow it."""
    return any(c.dep_ in ("ccomp", "xcomp", "dobj") and c.i > verb.i for c in verb.children)


def _reported_above(amount: Token, verb: Token) -> bool:
    """Whether a reporting verb other than `verb`, or a finding ("They found evidence ..."), holds the
    amount in its words."""
    return any(
        (_reporting(token) or token.lower_ in FOUND_FORMS) and token.i != verb.i for token in amount.ancestors
    )


def _child_of_verb_holding(amount: Token, verb: Token) -> Token | None:
    """The child of `verb` whose words hold `amount`, if any."""
    token = amount
    while token.head.i != token.i and token.head.i != verb.i:
        token = token.head
    return token if token.head.i == verb.i and token.i != verb.i else None


def _in_speakers_description(amount: Token, verb: Token) -> bool:
    """ "Kenneth Feinberg, the independent administrator appointed to run the $20billion fund set up by
    BP ..., said he would make sure ...": who the speaker is, told in the subject of the reporting verb,
    is the writer's description; the speaker's words are what the verb reports."""
    child = _child_of_verb_holding(amount, verb)
    subjects = _subjects(verb)
    if child is None or not subjects or child.i != subjects[-1].i:
        return False  # not "The five-year BP credit default swap widened by 71 basis points ..., CDS monitor
        # Markit said": the words reported, which the parse made a second subject
    token = amount
    while token.i != child.i:
        if token.dep_ in ("appos", "acl", "relcl"):
            return True
        token = token.head
    return False


def _subjects(verb: Token) -> list[Token]:
    """The verb's subjects, active or passive, in order."""
    return [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]


def _marked(clause: Token) -> bool:
    """A clause opened by a subordinating word ("when", "although", "while")."""
    return any(c.dep_ == "mark" or (c.dep_ == "advmod" and c.tag_ == "WRB") for c in clause.children)


def _framing_before_report(amount: Token, verb: Token) -> bool:
    """ "But when pressed on how to handle a worst-case scenario with hundreds of thousands of barrels of
    oil spilling into the ocean, Exxon's chief Rex Tillerson said, "When these things happen ..."": a
    clause hung on the reporting verb before it and its speaker, when the words reported follow the
    verb, is the writer's framing of when or why they were said; so is a phrase in the same place ("In a
    visit to Louisiana, one of four coastal states at risk, Obama stressed on Sunday BP was responsible")."""
    child = _child_of_verb_holding(amount, verb)
    if child is None or child.i > verb.i:
        return False
    if child.dep_ != "prep" and (child.dep_ != "advcl" or not _marked(child)):
        return False  # not "Stripping out one-off costs, including an additional $7.7billion charge ...,
        # BP said underlying results rose 18 percent": what the speaker did to reach the figure reported
    subjects = _subjects(verb)
    reported_after = any(c.dep_ in ("ccomp", "xcomp") and c.i > verb.i for c in verb.children)
    return reported_after and bool(subjects) and child.right_edge.i < subjects[0].left_edge.i


def _before_absolute_report(amount: Token, verb: Token) -> bool:
    """ "Hundreds of people are feared to have died in the disaster, with rescue workers warning the final
    death toll could run into thousands": a report told in a "with" phrase after the writer's clause says
    what it holds (the thousands), not what the clause before it told (the hundreds)."""
    opener = verb.head if verb.dep_ in ("pcomp", "pobj") else None
    if opener is None or opener.lower_ != "with" or amount.i > opener.i:
        return False
    return not any(token.i == amount.i for token in verb.subtree)


def _describes_party(amount: Token, verb: Token) -> bool:
    """ "The prime minister has described a seven-year-old boy who has raised more than £200,000 for
    earthquake victims in Haiti as "truly inspirational"": a relative clause on the speaker, or one on a
    person the speaker speaks of or to ("who ..."), is the writer's telling who they are, not the words
    reported."""
    token = amount
    while token.head.i != token.i and token.i != verb.i:
        if token.dep_ == "relcl":
            party = token.head
            if party.head.i != verb.i:
                return False
            if party.dep_ in ("nsubj", "nsubjpass"):
                return True
            who = any(c.lower_ in ("who", "whom", "whose") for c in token.subtree if c.i < token.i)
            return who and party.dep_ in ("dobj", "dative")
        token = token.head
    return False


def _before_joined_report(amount: Token, verb: Token) -> bool:
    """A report the parse joined to narration before it ("Population of 10 million people Most live on
    less than $2 a day ... The Inter-American Development Bank said it was immediately approving a
    $200,000 grant": a fact box run into the report); a figure before the reporting verb and outside
    all of its words is the writer's. Only where the report's subject opens a sentence glued to the word
    before it, with no stop, comma or "and" between (not "..., and 103,900 payments have been made, the
    company said", nor "They found ... as deep as 3,300 feet ... and said")."""
    if verb.dep_ != "conj" or amount.i > verb.i or any(token.i == amount.i for token in verb.subtree):
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i]
    if not subjects or subjects[0].left_edge.i <= amount.i:
        return False
    start = subjects[0].left_edge
    before = verb.doc[start.i - 1]
    glued = before.pos_ in ("NOUN", "PROPN", "ADJ", "NUM") and (before.is_alpha or before.like_num)
    return start.text[:1].isupper() and glued


def _narrated(clause: tuple[frozenset[int], Attribution | None], verb: Token | None) -> bool:
    """A clause `clause_attributions` cites nobody for, reaching past the reporting verb and with no report
    of its own: the writer's telling beside the words ('..., said Anthony Cross, walking along Pensacola
    Beach with his three daughters'). Not a headline or caption before the report, which often gives the
    same claim ("Death toll may be 200,000, US general says"), nor one that reports in its turn."""
    tokens, found = clause
    if found is not None or verb is None or max(tokens) < verb.i:
        return False
    doc = verb.doc
    return not any(_reporting(doc[i]) and not _aim_of_subject(doc[i]) for i in tokens if i != verb.i)


def _aim_of_subject(verb: Token) -> bool:
    """ "The UN has begun a large-scale aid distribution ..., aiming to feed two million people": a
    participle with no subject of its own and an infinitive tells what the clause's subject means to do,
    in the writer's telling; it reports nobody's words."""
    if verb.tag_ != "VBG" or verb.dep_ != "advcl":
        return False
    children = [c.dep_ for c in verb.children]
    return "xcomp" in children and not any(dep in ("nsubj", "nsubjpass", "ccomp") for dep in children)


def _beside_report(amount: Token, verb: Token) -> bool:
    """Whether the path from `amount` up to the reporting verb leaves the reported words for the
    writer's: a verb joined to the report's by "and" with its own subject or another tense ("BP has
    promised to pay legitimate damages claims and faces billions of dollars in expected ... costs"), a
    concession hung on the reporting verb ("..., although ...") or, inside what is reported, an "even
    though" after a comma ("the company said that it would pay all legitimate claims, even though the Oil
    Pollution Act could have limited BP's liability ... to $75million"). None of these when the clause
    reports in its turn ("... and added that ...")."""
    if _after_a_concession(amount, verb):
        return True
    token = amount
    while token.head.i != token.i and token.i != verb.i:
        head = token.head
        if _conceded(token, even=head.i != verb.i) and not _reports_within(token):
            return True
        if head.i == verb.i:
            return _joined_narration(token, head, verb)
        if head.dep_ == "ccomp" and head.head.i == verb.i and _both_parties(token, verb):
            return True
        if head.dep_ == "xcomp" and head.head.i == verb.i and head.tag_ == "VB" and token.tag_ in TENSED_TAGS:
            return _joined_narration(token, head, verb)  # "promised to pay ... and faces": not "to face"
        token = head
    return False


def _both_parties(clause: Token, verb: Token) -> bool:
    """ "Obama told ... Cameron he had no interest in undermining the value of BP and the two leaders
    played down tensions ...": a clause joined to what was told whose subject is the teller and the one
    told together ("the two leaders", "both men") is the writer's: a teller would say "we"."""
    if clause.dep_ != "conj" or not any(c.dep_ in ("dobj", "dative") for c in verb.children):
        return False
    subjects = [c for c in clause.children if c.dep_ == "nsubj" and c.tag_ == "NNS"]
    return bool(subjects) and any(c.lower_ in ("two", "both") for c in subjects[0].children)


def _after_a_concession(amount: Token, verb: Token) -> bool:
    """ "..., even though" or "..., although" between the reporting verb and the amount, with no other
    report or clause break between them: the parse may hang the concession anywhere ("even though the
    Oil Pollution Act (OPA) could have limited BP's liability ... to $75million" became a modifier of
    "costs"), the words still say the writer concedes."""
    doc = amount.doc
    for mark in doc[verb.i + 1 : amount.i]:
        if mark.lower_ not in ("though", "although"):
            continue
        evened = doc[mark.i - 1].lower_ == "even"
        first = mark.i - 1 if evened else mark.i
        if (evened or mark.lower_ == "although") and doc[first - 1].text == ",":
            between = doc[mark.i + 1 : amount.i]
            return not any(t.text in (";", ":") or _reporting(t) for t in between)
    return False


def _reporting(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX") and token.dep_ != "amod" and is_reporting_verb(token)


def _joined_narration(clause: Token, head: Token, verb: Token) -> bool:
    """`clause` joined to `head` (the reporting verb, or its infinitive the parse took the join for)."""
    if clause.dep_ != "conj" or clause.pos_ not in ("VERB", "AUX") or _reports_within(clause):
        return False
    joined = any(c.dep_ == "cc" and verb.i < c.i < clause.i for c in head.children)
    if any(c.dep_ == "aux" and c.lower_ in _BACKSHIFTED for c in clause.children):
        return False  # "The charity said staff ... had been providing shovels ..., and 17 ... experts had
        # arrived in Haiti": the tense of reported words, still theirs
    if _subjects(clause):
        return joined
    return joined and clause.tag_ in TENSED_TAGS and _tense(clause) != _tense(verb)


def _tense(verb: Token) -> str:
    """The verb's tag, or its first auxiliary's ("has promised": VBZ as "faces" is, but perfect)."""
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    return f"{auxiliaries[0].tag_}+{verb.tag_}" if auxiliaries else verb.tag_


def _conceded(clause: Token, even: bool) -> bool:
    """An adverbial clause of concession set off by a comma ("even though" only, when `even`)."""
    marks = [c for c in clause.children if c.dep_ == "mark" and c.lower_ in _CONCEDING]
    if clause.dep_ != "advcl" or not marks:
        return False
    doc = clause.doc
    evened = marks[0].i > 0 and doc[marks[0].i - 1].lower_ == "even"
    first = marks[0].i - 1 if evened else marks[0].i
    return first > 0 and doc[first - 1].text == "," and (evened or not even)


def _reports_within(clause: Token) -> bool:
    return any(_reporting(t) for t in clause.subtree)


def _amount(figure: Figure, sentence: Span) -> Token | None:
    """The figure's number token, raised to the word it quantifies; for a figure written with no
    number ("billions of dollars", "millions of people"), its words' root."""
    words = sentence.doc.char_span(figure.start, figure.end, alignment_mode="expand")
    if words is None:
        return None
    numbers = [t for t in words if t.like_num or t.text[:1].isdigit()]
    token = numbers[0] if numbers else words.root  # "billions of dollars"
    while token.dep_ in _UP_TO_THE_AMOUNT and words.start <= token.head.i < words.end:
        token = token.head
    return token


def _estimated(figure: Figure, sentence: Span) -> Figure:
    """A figure no reporting clause holds, given by an estimate that names who made it: "Some analysts
    have put BP's likely costs at $20billion to $40billion", "the previous "best estimate" of
    12,000-19,000 bpd issued by the flow rate group on May 27"; or in what a named holder's reporting
    participle says ("Plater who, noting the millions of people ..., said"), a figure in words too."""
    token = _amount(figure, sentence)
    if token is None:
        return figure
    estimator = (
        _put_at(token) or _estimate_by(token) or _arrived_at(token) or _estimated_by(token)
        or _estimated_that(token) or _content_of_estimate(token)
    )  # fmt: skip
    if estimator is not None:
        return replace(figure, claim=Attribution(source=estimator, stance=Stance.ESTIMATED, cue="estimated"))
    hoping = _hoped_by(token)
    if hoping is not None:
        return replace(figure, claim=Attribution(source=hoping, stance=Stance.EXPECTED, cue="hopes"))
    saying = _said_in_participle(token)
    if saying is not None:
        source, cue = saying
        return replace(figure, claim=Attribution(source=source, stance=Stance.STATED, cue=cue))
    return figure


def _said_in_participle(amount: Token) -> tuple[str, str] | None:
    """ "as Exxon Mobil Corp fought over punitive damages, saying the $5billion that an Alaska jury
    awarded in 1994 was excessive": an amount in what a reporting participle with no subject of its own
    says is the claim of the named subject of the verb the participle hangs on, or of the name a subject
    "who" stands for (where no reporting clause of the sentence holds it)."""
    participle = next((t for t in amount.ancestors if t.pos_ in ("VERB", "AUX")), None)
    if participle is None or participle.dep_ != "advcl" or participle.tag_ != "VBG":
        return None
    own_subject = bool(_subjects(participle))
    if own_subject or not is_reporting_verb(participle):
        return None
    source = _subject_of(participle.head) or _who_stands_for(participle.head)
    return (source, participle.lower_) if source is not None else None


def _who_stands_for(verb: Token) -> str | None:
    """ "Plater who, noting the millions of people ..., said": a subject "who" right after a name stands
    for that name, whether or not the parse hangs its clause on it."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.lower_ == "who"]
    if not subjects or subjects[0].i == 0:
        return None
    before = subjects[0].doc[subjects[0].i - 1]
    return _name(before) if before.pos_ == "PROPN" and before.ent_type_ in ("PERSON", "ORG") else None


def _hoped_by(amount: Token) -> str | None:
    """ "The British energy giant ... hopes the new containment system will funnel as much as 80,000
    barrels": the figure is what the one who hopes expects."""
    if amount.dep_ in ("nsubj", "nsubjpass"):
        return None  # "Investors hope the $20billion sets an informal cap": the sum is not what is hoped
    verb = amount.head
    while verb.dep_ in ("prep", "pobj", "dobj", "attr") and verb.head.i != verb.i:
        verb = verb.head  # not through a subject: "hopes an effective response, including ... 80 vessels"
    if verb.pos_ not in ("VERB", "AUX") or verb.dep_ != "ccomp" or verb.head.lower_ not in _HOPING:
        return None
    hoper = _named_subject(verb.head)
    return _name(hoper) if hoper is not None else None


def _put_at(amount: Token) -> str | None:
    """ "Some analysts have put BP's likely costs at ...": the subject of "put"/"peg"/"estimate" ... "at"."""
    at = amount.head
    if amount.dep_ != "pobj" or at.lower_ != "at" or at.head.lower_ not in _PUT_AT:
        return None
    return _subject_of(at.head)  # not "Estimates put the spill at ...", "the conservative end ... put ..."


def _arrived_at(amount: Token) -> str | None:
    """ "A few pessimists added in ancillary damages, lost profits and legal costs to arrive at a total
    cost of $1billion": who adds up to the amount estimates it; the subject of "arrive" or of the verb
    it is the purpose of."""
    if amount.dep_ != "pobj":
        return None
    at = amount.head
    if at.lower_ == "of" and at.head.dep_ == "pobj":  # "at a total cost of $1billion"
        at = at.head.head
    if at.lower_ != "at" or at.dep_ != "prep" or at.head.lower_ not in _ARRIVE:
        return None
    verb = at.head
    while _named_subject(verb) is None:
        if verb.dep_ not in ("xcomp", "advcl", "conj") or verb.head.i == verb.i:
            return None
        verb = verb.head
    return _subject_of(verb)


def _estimated_by(amount: Token) -> str | None:
    """ "the potential costs of the spill -- estimated by some analysts to exceed $50billion": the agent of
    a passive "estimated"/"put"/"valued" whose clause holds the amount."""
    token = amount
    while token.dep_ in _TO_THE_ESTIMATE and token.head.i != token.i:
        token = token.head
        if token.tag_ == "VBN" and token.lower_ in _PUT_AT:
            agents = agents_of(token)
            if agents and agents[0].pos_ in ("NOUN", "PROPN") and agents[0].lower_ not in _NOT_SPEAKERS:
                return _name(agents[0])
            return None
    return None


def _estimate_by(amount: Token) -> str | None:
    """ "the "best estimate" of 12,000-19,000 bpd issued by the flow rate group", "BP's estimate of
    5,000 bpd": the agent or the owner of the estimate the amount is of."""
    of = amount.head
    if amount.dep_ != "pobj" or of.lower_ != "of" or of.head.lower_ not in _ESTIMATES:
        return None
    maker = _owner(of.head)
    if maker is not None:
        return maker  # "well above BP's estimate of 5,000 bpd": BP's
    for clause in [*of.head.children, *amount.children]:  # the parse may hang the clause on either
        if clause.dep_ != "acl" or clause.tag_ != "VBN":
            continue
        agents = [agent for agent in agents_of(clause) if agent.pos_ in ("NOUN", "PROPN")]
        if agents:
            return _name(agents[0])
    return None


def _owner(estimate: Token) -> str | None:
    """Whose the estimate is: a named possessor ("BP's estimate"), or, for "its"/"their", the subject
    of the verb the estimate is the object of ("BP defended its lower spill estimate of 5,000 bpd":
    BP's)."""
    makers = [c for c in estimate.children if c.dep_ == "poss"]
    if not makers:
        return None
    if makers[0].pos_ in ("NOUN", "PROPN"):
        return None if makers[0].lower_ in _NOT_SPEAKERS else _name(makers[0])
    if makers[0].lower_ not in _POSSESSIVE or estimate.dep_ != "dobj":
        return None
    return _subject_of(estimate.head)


def _subject_of(verb: Token) -> str | None:
    """The verb's named subject, unless it is a thing that cannot estimate ("Estimates put ...")."""
    subject = _named_subject(verb)
    if subject is None or subject.lower_ in _NOT_SPEAKERS:
        return None
    return _name(subject)


def _named_subject(verb: Token) -> Token | None:
    """The verb's subject when it is a noun or a name (not a pronoun, which names no one here)."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")]
    return subjects[0] if subjects else None


def _estimated_that(amount: Token) -> str | None:
    """ "Bernstein Research estimated in late April that BP's liability could reach $8billion": the
    subject of "estimate" whose clause that follows it holds the amount (estimating is not reporting, so
    no reporting clause names it)."""
    verb = clause_verb(amount.head)  # the verb above the amount
    while verb.dep_ in ("conj", "xcomp") and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ != "ccomp" or verb.head.lower_ not in _ESTIMATING:
        return None
    if verb.head.pos_ != "VERB" or (verb.head.tag_ == "VBN" and verb.head.dep_ != "ROOT"):
        return None  # "the costs, estimated by ...", a participle on a noun: `_estimated_by`'s
    return _subject_of(verb.head) or _subject_read_as_compound(verb.head)


def _subject_read_as_compound(verb: Token) -> str | None:
    """ "document ... shows BP estimates that a worst-case scenario rate could be 100,000 barrels": a
    finite verb with no subject, whose name right before it the parse took for a compound (reading "BP
    estimates" as a noun), has that name as its subject."""
    if verb.tag_ not in TENSED_TAGS or _subjects(verb):
        return None
    before = [c for c in verb.lefts if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i == verb.i - 1]
    return _name(before[0]) if before else None


def _content_of_estimate(amount: Token) -> str | None:
    """ "BP revised downward on Friday an estimate from Thursday that one of its containment solutions
    ... was capturing 5,000 barrels": the amount in what an estimate says ("an estimate that ...") is the
    estimate's maker's: its possessor, or the subject of a verb that only its maker does to it (revise,
    issue, update ...)."""
    verb = clause_verb(amount.head)  # the verb above the amount
    if verb.dep_ != "acl" or verb.head.lower_ not in _ESTIMATES:
        return None
    if not any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children):
        return None  # "an estimate issued by ...": `_estimate_by`'s; a content clause only
    estimate = verb.head
    owner = _owner(estimate)
    if owner is not None or estimate.dep_ != "dobj" or estimate.head.lower_ not in _OWN_ESTIMATE:
        return owner
    return _subject_of(estimate.head)


def _name(noun: Token) -> str:
    """The noun phrase of a source, up to its head noun: "Some analysts", "the flow rate group"."""
    doc = noun.doc
    lefts = [t.i for t in noun.lefts if t.dep_ in ("det", "amod", "compound", "poss", "nmod")]
    start = min(lefts, default=noun.i)
    return doc[start : noun.i + 1].text


def _with_own_claim(
    figure: Figure, sentence: Span, clauses: Clauses, trigger: Token, event: Attribution | None
) -> Figure:
    words = sentence.doc.char_span(figure.start, figure.end, alignment_mode="expand")
    if words is None:
        return figure
    estimated = _relative_report(figure, words, clauses)
    if estimated is not None:
        return replace(figure, claim=estimated)
    holding = [(len(tokens), tokens, found) for tokens, found in clauses if words.start in tokens]
    if not holding:
        return figure
    _, tokens, own = min(holding, key=lambda held: held[0])
    if own is None or (event is not None and (trigger.i in tokens or own.source == event.source)):
        return figure  # a clause that holds the event too says no more of the figure than the event's own
    if _narrated_aim(own, tokens, sentence.doc):
        return figure
    return replace(figure, claim=own)


def _relative_report(figure: Figure, words: Span, clauses: Clauses) -> Attribution | None:
    """ "still well below the 35,000-60,000 barrels a day that government scientists estimate are gushing
    from the well", "the 5,000 barrels ... per day the company had said the tube was siphoning off": an
    amount defined by the relative clause right after it, whose reporting verb has a subject of its own, is
    what that clause reports (the relative word stands in its reported words), so the clause's source
    holds it, not the report the sentence is filed under. Not a clause set off after the figure ("an appeal
    for $562m (£346m), which it hopes will fund ...": the sum is the writer's, what it will fund hoped), nor
    one whose subject is the relative word ("50 people who said they ..." are not reported by themselves)."""
    amount = _amount(figure, words.sent)
    if amount is None or in_document_quote(amount):
        return None
    for verb in amount.children:
        if verb.dep_ != "relcl" or not _reporting(verb) or not any(c.dep_ == "ccomp" for c in verb.children):
            continue
        if verb.left_edge.i != words.end:
            continue
        subjects = _subjects(verb)
        if not subjects or subjects[0].lower_ in _RELATIVE or subjects[0].tag_ in ("WP", "WDT"):
            continue
        holding = [(len(tokens), found) for tokens, found in clauses if verb.i in tokens and found]
        if holding:
            return min(holding, key=lambda held: held[0])[1]
    return None


def _narrated_aim(own: Attribution, tokens: frozenset[int], doc: Doc) -> bool:
    """ "The UN has begun a large-scale aid distribution ..., aiming to feed two million people": a clause
    whose only cue is a participle of aim (`_aim_of_subject`) tells what its subject means to do, in the
    writer's words; a figure in it is claimed by nobody."""
    if own.stance != Stance.INTENDS:
        return False
    return any(doc[i].text == own.cue and _aim_of_subject(doc[i]) for i in tokens)


def spoken_in_quote(events: list[Event], quotes: list[Quote]) -> None:
    """A figure inside a quote is its speaker's, when the event it is filed under has no source of its own
    (a quote standing alone as its sentence: '"We've also got The Answer playing ..., where they played to
    literally millions of people".'); the quote's speaker is found as `quotes` finds it."""
    for event in events:
        if not event.figures or event.attribution is not None:
            continue
        event.figures = [_spoken(figure, quotes) for figure in event.figures]


def _spoken(figure: Figure, quotes: list[Quote]) -> Figure:
    if figure.claim is not None:
        return figure
    for quote in quotes:
        if quote.speaker and quote.start <= figure.start and figure.end <= quote.end:
            return replace(
                figure, claim=Attribution(source=quote.speaker, stance=Stance.STATED, cue="quoted")
            )
    return figure
