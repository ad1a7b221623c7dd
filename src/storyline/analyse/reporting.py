"""Reporting verbs: the words through which news attributes a claim ("said",
"confirmed", "estimates", "denied") and the stance each one carries.

Shared by entity repair (the subject of a reporting verb is a claimant) and by
attribution. The pipeline runs without a lemmatizer, so word forms are mapped
to their verb here; of the parse, only a particle verb's particle is looked at
("went on", "ruled out").
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from storyline.analyse.actor_lexicon import ORG_ROLES, ORG_WORDS, PERSON_NOUNS
from storyline.analyse.titles import TITLE_WORDS
from storyline.analyse.verb_forms import FINITE_TAGS
from storyline.model import Stance

CUE_VERBS: dict[str, Stance] = {
    "say": Stance.STATED,
    "state": Stance.STATED,
    "announce": Stance.STATED,
    "declare": Stance.STATED,
    "specify": Stance.STATED,
    "note": Stance.STATED,
    "stress": Stance.STATED,
    "emphasise": Stance.STATED,
    "emphasize": Stance.STATED,
    "add": Stance.STATED,
    "tell": Stance.STATED,
    "explain": Stance.STATED,
    "claim": Stance.STATED,
    "insist": Stance.STATED,
    "warn": Stance.STATED,
    "write": Stance.STATED,
    "argue": Stance.STATED,
    "assert": Stance.STATED,
    "mention": Stance.STATED,
    "underline": Stance.STATED,
    "reiterate": Stance.STATED,
    "affirm": Stance.STATED,
    "comment": Stance.STATED,
    "remark": Stance.STATED,
    "reply": Stance.STATED,
    "counter": Stance.STATED,
    "retort": Stance.STATED,
    "respond": Stance.STATED,
    "describe": Stance.STATED,
    "clarify": Stance.STATED,
    "allege": Stance.STATED,
    "tweet": Stance.STATED,
    "continue": Stance.STATED,  # '"...," he continued' (only beside a quote)
    "point": Stance.STATED,  # "pointed out that" (only with "out")
    "recommend": Stance.STATED,
    "hint": Stance.STATED,
    "quote": Stance.STATED,  # "he was quoted by AFP as saying" (attribution takes who is quoted)
    "post": Stance.STATED,
    "put": Stance.STATED,  # "As Overton put it, ..." (only "as ... put it")
    "confirm": Stance.CONFIRMED,
    "verify": Stance.CONFIRMED,
    "acknowledge": Stance.CONFIRMED,
    "admit": Stance.CONFIRMED,
    "report": Stance.REPORTED,
    "inform": Stance.REPORTED,
    "disclose": Stance.REPORTED,
    "reveal": Stance.REPORTED,
    "estimate": Stance.ESTIMATED,
    "calculate": Stance.ESTIMATED,
    "assess": Stance.ESTIMATED,
    "believe": Stance.BELIEVED,
    "think": Stance.BELIEVED,
    "suspect": Stance.BELIEVED,
    "assume": Stance.BELIEVED,
    "fear": Stance.BELIEVED,
    "suggest": Stance.BELIEVED,
    "intend": Stance.INTENDS,
    "plan": Stance.INTENDS,
    "aim": Stance.INTENDS,
    "expect": Stance.EXPECTED,
    "anticipate": Stance.EXPECTED,
    "predict": Stance.EXPECTED,
    "forecast": Stance.EXPECTED,
    "accuse": Stance.STATED,
    "urge": Stance.STATED,
    "advise": Stance.STATED,  # "advised him that ...", "advised governments to prepare" (only with a clause)
    "call": Stance.STATED,  # "called on" (attribution checks the particle)
    "voice": Stance.STATED,  # "voiced concern"
    "express": Stance.STATED,
    "criticise": Stance.STATED,
    "criticize": Stance.STATED,
    "demand": Stance.STATED,
    "clamor": Stance.STATED,  # "have clamored for Cameron to defend the company" (only "for", as "call for")
    "clamour": Stance.STATED,
    "caution": Stance.STATED,
    "concede": Stance.CONFIRMED,
    "conclude": Stance.STATED,
    "ask": Stance.STATED,  # '"What will happen to us?" asked Mary Smith' (attribution wants words said)
    "blame": Stance.STATED,
    "liken": Stance.STATED,
    "compare": Stance.STATED,  # "compared the test to placing one's thumb over ..." (only with "to"/"with")
    "complain": Stance.STATED,
    "promise": Stance.INTENDS,
    "pledge": Stance.INTENDS,
    "vow": Stance.INTENDS,
    "indicate": Stance.STATED,  # "indicated that" (only with a clause)
    "worry": Stance.BELIEVED,  # "officials worry that" (only with a clause)
    "go": Stance.STATED,  # '"...," he went on' (only with "on")
    "rule": Stance.DENIED,  # "has ruled out" (only with "out")
    "text": Stance.STATED,  # '"...," Opoku Ware Cyprian texted from Kumasi' (only beside a quote)
    "shout": Stance.STATED,  # '"We made it," Randy shouts out of the window' (only beside a quote)
    "exclaim": Stance.STATED,
    "recall": Stance.STATED,  # '"The closest houses were just about 400 meters away," Vasilyev recalls' (only
    "remember": Stance.STATED,  # beside a quote, with no object: not "recalled 1 million cars")
    "appeal": Stance.STATED,  # "appealed for calm" (only with "for" or "to", not "appealed the ruling")
    "speak": Stance.STATED,  # "have spoken of being encouraged" (only with "of" or "about")
    "deny": Stance.DENIED,
    "reject": Stance.DENIED,
    "refute": Stance.DENIED,
    "dismiss": Stance.DENIED,
    "denounce": Stance.DENIED,  # "denounced the rumors as false" (only a claim or a clause)
    "reassure": Stance.STATED,  # "reassured Mexicans that the flu was curable" (only with a clause)
    "repeat": Stance.STATED,  # "It repeated that ..." (only with a clause)
}

# the forms of finding: "..., the panel found" reports a finding (attribution's cue), and an amount held in
# what "they found" is the finders' (figure claimants)
FOUND_FORMS = frozenset(
    {"find", "finds", "found", "finding", "discover", "discovers", "discovered", "discovering"}
)

# doubt of something said or of a clause: "scientists and the government have questioned that figure",
# "Halliburton disputed the commission's accusations", "Mr Overton questioned whether ..."; of a person or a
# deed the word is an act ("lawmakers questioned Hayward", "challenged the government's moratorium")
DOUBT_CUES: dict[str, Stance] = {
    "question": Stance.DOUBTED,
    "doubt": Stance.DOUBTED,
    "dispute": Stance.DOUBTED,
    "challenge": Stance.DOUBTED,
    "contest": Stance.DOUBTED,
}
# a view opposed, with or without what is disagreed with ("Maki, the Exxon scientist, disagrees.", "Hayward
# disagreed with Barton's description of the escrow account"): the holder doubts what was said
DISAGREE_CUES: dict[str, Stance] = {"disagree": Stance.DOUBTED}
# what is said, and so can be doubted: the object of a doubting verb, or the thing it is "of"
SAID_THINGS = frozenset(
    {"claim", "claims", "assertion", "assertions", "figure", "figures", "estimate", "estimates", "finding",
     "findings", "report", "reports", "accusation", "accusations", "allegation", "allegations", "account",
     "accounts", "announcement", "data", "number", "numbers", "statement", "statements", "conclusion",
     "conclusions", "comments", "remarks", "version", "characterisation", "characterization", "charges",
     "suggestion", "suggestions", "idea", "notion", "evidence", "results", "analysis", "study", "calculation",
     "calculations", "assessment", "forecast", "projections", "tally", "count", "toll", "assurances",
     "presentation", "theory", "explanation", "story", "premise", "view"}
)  # fmt: skip
# words taken up from another ("The White House echoed Salazar's comments"): reporting only with a clause or
# something said as the object, by a person or body; not "the blast echoed" ("point to" a cause: `holder`)
TAKEN_UP_CUES: dict[str, Stance] = {"echo": Stance.STATED}
# a view held, only with a clause and a holder ("At that time, they figured the plume was likely to remain",
# "Tony Hayward reckons the $100million cost of drilling a well ... is the biggest hit"); not "figured out
# how", "figured in the talks", "a force to be reckoned with", nor the noun ("the figures")
HELD_VIEW_CUES: dict[str, Stance] = {"figure": Stance.BELIEVED, "reckon": Stance.BELIEVED}
# an expectation, only with a finite clause and a holder ("BP hopes a pair of relief wells now being drilled
# will halt the leak in August"); not an aim ("hopes to attach a pipe"), which event merging weighs as an act
HOPE_CUES: dict[str, Stance] = {"hope": Stance.EXPECTED}
# a demand, only with a "that" clause ("sent a letter to BP requesting that the company deposit $2.5billion
# ..."); not "requested aid" (an act)
REQUEST_CUES: dict[str, Stance] = {"request": Stance.STATED}
# a plea, only with what is pleaded for as a clause ("He begs people to prey for Haitians", "He implored the
# panel not to overlook legitimate claims"); not "begging for food", "plead guilty", "begs the question"
PLEA_CUES: dict[str, Stance] = {"beg": Stance.STATED, "implore": Stance.STATED, "plead": Stance.STATED}
# a criticism voiced, only by a holder of someone or of what they did ("Obama on Friday slammed the
# companies", "Congressman Ed Markey slammed Dudley's comments"); not "set to slam into the Gulf Coast", "the
# spill ... slamming tourism and fishing industries"; in the passive with the holder after "by" ("Hayward was
# lambasted by angry U.S. lawmakers")
CRITICISM_CUES: dict[str, Stance] = {
    "slam": Stance.STATED,
    "lambast": Stance.STATED,
    "berate": Stance.STATED,
    "rebuke": Stance.STATED,
    "castigate": Stance.STATED,
    "chastise": Stance.STATED,
    "excoriate": Stance.STATED,
    "blast": Stance.STATED,  # "Democrat Edward Markey blasted the companies" (not "nuclear blasts")
    "condemn": Stance.STATED,  # "Joe Biden condemned the comments as 'outrageous'"
    "chide": Stance.STATED,
    "assail": Stance.STATED,
}
# words voiced, only inverted right after the quote they voice ('"This could really explode," intones a
# reporter', '"London warned: it's here," cries the Evening Standard'); not "cried in front of colleagues"
VOICED_CUES: dict[str, Stance] = {"intone": Stance.STATED, "cry": Stance.STATED}
# verbs of saying that, with a thing for their object, do what they say ("declared a state of
# emergency", "declared the outbreak a pandemic", "A pandemic is declared"): an act, which no one
# claims; with a clause or a quotation they report words ("declared that the outbreak is now a
# global pandemic")
PERFORMATIVE_CUES = frozenset({"declare"})
# the states declaring makes: "declared a state of emergency" ("state" alone: "a state of calamity"), "a
# pandemic", "a disaster situation", "a health alert", "war", "bankruptcy", "a day of mourning", "the closure
# of the airport"; one list for `cue_lemma` (no report) and for merging (`merge.similarity`: the act itself)
DECLARED_STATES = frozenset(
    {
        "state", "emergency", "pandemic", "epidemic", "disaster", "alert", "war", "bankruptcy", "closure",
        "independence", "ceasefire", "truce", "curfew", "holiday", "quarantine", "moratorium", "lockdown",
        "law", "mourning",
    }
)  # fmt: skip
CLAUSE_CUES: dict[str, Stance] = (
    {"charge": Stance.STATED}
    | DOUBT_CUES
    | TAKEN_UP_CUES
    | HELD_VIEW_CUES
    | HOPE_CUES
    | REQUEST_CUES
    | PLEA_CUES
    | CRITICISM_CUES
    | VOICED_CUES
)
REPORTING_VERBS = CUE_VERBS | CLAUSE_CUES | DISAGREE_CUES

_IRREGULAR = {
    "said": "say",
    "says": "say",
    "told": "tell",
    "tells": "tell",
    "thought": "think",
    "wrote": "write",
    "written": "write",
    "forecast": "forecast",
    "denies": "deny",
    "denied": "deny",
    "specifies": "specify",
    "specified": "specify",
    "clarifies": "clarify",
    "clarified": "clarify",
    "verifies": "verify",
    "verified": "verify",
    "replies": "reply",
    "replied": "reply",
    "planned": "plan",
    "admitted": "admit",
    "admits": "admit",
    "admitting": "admit",
    "planning": "plan",
    "went": "go",
    "goes": "go",
    "gone": "go",
    "going": "go",
    "worried": "worry",
    "spoke": "speak",
    "spoken": "speak",
    "worries": "worry",
    "begged": "beg",
    "begging": "beg",
    "slammed": "slam",
    "slamming": "slam",
    "cries": "cry",
    "cried": "cry",
}
_PARTICLES = {"go": "on", "rule": "out"}  # verbs that report only with their particle
_PARTICLE_DEPS = ("prt", "prep")


def cue_lemma(token: Token) -> str | None:
    """The reporting verb a word form belongs to ("confirmed" → "confirm"), if any."""
    lemma = _lemma(token.lower_)
    particle = _PARTICLES.get(lemma) if lemma else None
    if particle is not None and not any(
        c.lower_ == particle and c.dep_ in _PARTICLE_DEPS for c in token.children
    ):
        return None  # "went to Haiti", "ruled the country"
    if lemma == "put" and not _put_in_words(token):
        return None
    if lemma == "charge" and not _charged_that(token):
        return None  # "charged with murder", "charged a fee": no report
    if lemma in DOUBT_CUES and not _doubts_a_claim(token):
        return None  # "lawmakers questioned Hayward", "challenged the moratorium", "no doubt"
    if lemma in TAKEN_UP_CUES and not _taken_up(token):
        return None  # "the blast echoed"
    if lemma in HELD_VIEW_CUES and not _view_of_holder(token):
        return None  # "figured out how to", "the figures"
    if lemma in REQUEST_CUES and not _asked_that(token):
        return None  # "requested aid", "the request"
    if lemma in PLEA_CUES and not _pleaded_to(token):
        return None  # "begging for food", "plead guilty"
    if lemma in CRITICISM_CUES and not _criticised_by_holder(token):
        return None  # "slam into the Gulf Coast", "a grand slam"
    if lemma in HOPE_CUES and not _hoped_by_holder(token):
        return None  # "hopes to attach a pipe" (an aim), "shares rise ... on market hopes that ..."
    if lemma in PERFORMATIVE_CUES and _declares_a_thing(token):
        return None  # "has declared a public health emergency": the act, not a report of words
    return lemma


HOLDER_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE"})  # entity labels of someone who can say a thing
_HOLDER_PRONOUNS = frozenset({"he", "she", "they", "we", "i"})  # pronouns for someone who can say a thing


def _taken_up(token: Token) -> bool:
    """ "The White House echoed Salazar's comments": a holder (a named person or body, people, a pronoun for
    them) who echoes a clause or a thing said; not "the blast echoed", "the canyon echoed the shouts"."""
    if not token.tag_.startswith("VB"):
        return False
    children = list(token.children)
    subjects = [c for c in children if c.dep_ == "nsubj"]
    if not subjects or not holder(subjects[0]):
        return False
    if any(c.dep_ == "ccomp" for c in children):
        return True
    objects = [c for c in children if c.dep_ == "dobj"]
    return bool(objects) and said_thing(objects[0])


def _view_of_holder(token: Token) -> bool:
    """ "they figured the plume was likely to remain": a holder's view of what a finite clause says; not
    "figured out how to cap the well" (a thing worked out) nor "figured prominently"."""
    if not token.tag_.startswith("VB") or any(c.dep_ == "prt" for c in token.children):
        return False
    subject = _subject_of_finite_clause(token)
    return subject is not None and _named_holder(subject)


def _subject_of_finite_clause(token: Token) -> Token | None:
    """The verb's subject when a finite clause follows it ("they figured the plume was likely", "BP hopes
    a pair of relief wells ... will halt the leak"): what a view or a hope is held of, and who holds it."""
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    clauses = [c for c in token.children if c.dep_ == "ccomp" and c.i > token.i]
    return subjects[0] if subjects and any(_finite_clause(c) for c in clauses) else None


def _named_holder(subject: Token) -> bool:
    """A holder, or a title the parser heads with the holder's name in apposition ("BP s CEO Tony Hayward
    reckons ...": "CEO", which names no one by itself, over "Hayward")."""
    return holder(subject) or any(c.dep_ == "appos" and holder(c) for c in subject.children)


def _hoped_by_holder(token: Token) -> bool:
    """ "BP hopes a pair of relief wells now being drilled will halt the leak in August": a holder's
    expectation of what a finite clause says, the holder named (a proper noun), a word for a person or a
    body ("the company", "the CEO") or "it"; not "hopes to attach a pipe" (an aim), not a modal's "The
    company must hope the president will reciprocate" (the writer's guess at a hope), nor a noun the parse
    read as the verb ("BP shares rise more than 3 percent on market hopes that ...")."""
    if not token.tag_.startswith("VB") or any(c.dep_ in ("xcomp", "dobj") for c in token.children):
        return False
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in token.children):
        return False
    subject = _subject_of_finite_clause(token)
    if subject is None:
        return False
    # a proper noun: "BP", which the recogniser may miss
    return holder(subject) or subject.tag_ == "NNP" or subject.lower_ in _HOPING_WORDS


_HOPING_WORDS = ORG_WORDS | ORG_ROLES | PERSON_NOUNS | TITLE_WORDS | {"it"}


def _asked_that(token: Token) -> bool:
    """ "requesting that the company deposit $2.5billion into an escrow account": a demand with its "that"
    clause; not "requested aid" nor the noun."""
    return token.tag_.startswith("VB") and has_that_clause(token)


def has_that_clause(verb: Token) -> bool:
    """A clause opened by "that" below the verb ("requesting that the company deposit ...", "countered
    that their experience ... had taught them"): what the verb says."""
    return any(
        c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        for c in verb.children
    )


def _pleaded_to(token: Token) -> bool:
    """ "begs people to prey for Haitians", "pleading with Florida Fish and Wildlife Commission to give them
    rule exemptions": a plea with what is pleaded for, a clause with "to" after the verb."""
    return token.tag_.startswith("VB") and any(
        c.dep_ in ("xcomp", "ccomp", "advcl") and c.i > token.i and any(a.lower_ == "to" for a in c.children)
        for c in token.children
    )


def _criticised_by_holder(token: Token) -> bool:
    """ "Obama on Friday slammed the companies": someone who can speak (the verb's subject, or the subject of
    the verb it goes on from) with the one criticised as its object; not a storm or a spill that hits."""
    if not token.tag_.startswith("VB"):
        return False
    if _criticised_in_passive_by_holder(token):
        return True
    if not any(c.dep_ == "dobj" for c in token.children):
        return False
    doer = token.head if token.dep_ in ("xcomp", "conj") else token
    subjects = [c for c in doer.children if c.dep_ == "nsubj"]
    return bool(subjects) and holder(subjects[0])


def _criticised_in_passive_by_holder(token: Token) -> bool:
    """ "Hayward was lambasted by angry U.S. lawmakers": the one criticised is the passive subject, the
    holder the agent after "by"; not "was slammed by the storm"."""
    if not any(c.dep_ in ("nsubjpass", "auxpass") for c in token.children):
        return False
    agents = [g for c in token.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return bool(agents) and holder(agents[0])


def _declares_a_thing(token: Token) -> bool:
    """ "has declared a public health emergency", "declared the outbreak a pandemic", "A pandemic is
    declared": the verb's object or passive subject (or a verbless clause, "the outbreak a
    pandemic") is a state that declaring makes (`DECLARED_STATES`), so it does what it says.
    "Zelenskyy declared North Korea's direct involvement in the war" says something is so."""
    if not token.tag_.startswith("VB"):
        return False
    declared = [
        c
        for c in token.children
        if c.dep_ in ("dobj", "nsubjpass", "oprd") or (c.dep_ == "ccomp" and c.pos_ in ("NOUN", "PROPN"))
    ]
    return any(word.lower_ in DECLARED_STATES for c in declared for word in _noun_phrase(c))


def _noun_phrase(head: Token) -> list[Token]:
    """The head, the nouns compounded with it and its "of" nouns ("a disaster situation", "a national
    health state of emergency"; not "involvement in the war")."""
    words = [head, *(c for c in head.children if c.dep_ == "compound")]
    of = [c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"]
    return words + [o for p in of for o in p.children if o.dep_ == "pobj"]


def _finite_clause(verb: Token) -> bool:
    """A clause with a tense of its own ("the plume was likely"), not a question ("whether ...")."""
    return not asks_whether(verb) and finite(verb)


def asks_whether(verb: Token) -> bool:
    """A clause opened by "whether" or "if": a question asked, not something said to be so."""
    return any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in verb.children)


def finite(verb: Token) -> bool:
    """A verb with a tense of its own, or an auxiliary that gives it one ("was", "would")."""
    return verb.tag_ in FINITE_TAGS or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE_TAGS for c in verb.children
    )


def holder(subject: Token) -> bool:
    """Someone who can say a thing (not "the data", "the figures", which are said)."""
    return not said_thing(subject) and names_someone(subject)


def names_someone(subject: Token) -> bool:
    """A named person or body, people, or a pronoun for them: the words for someone who can say or find a
    thing, asked by `holder` and by the extract stage's finders of a finding."""
    return (
        subject.ent_type_ in HOLDER_LABELS
        or subject.tag_ in ("NNS", "NNPS")
        or subject.lower_ in _HOLDER_PRONOUNS
    )


def _doubts_a_claim(token: Token) -> bool:
    """ "questioned whether the BP spill had played a role", "have questioned that figure", "has begun to
    dispute the size of that estimate": a verb whose clause or object is something said; not a person
    questioned, a deed challenged or the noun ("there is no doubt")."""
    if not token.tag_.startswith("VB"):
        return False
    children = list(token.children)
    if any(c.dep_ == "ccomp" for c in children):
        return True
    objects = [c for c in children if c.dep_ == "dobj"]
    return bool(objects) and said_thing(objects[0])


def said_thing(noun: Token) -> bool:
    """A noun for something said, or a thing said "of" one ("the size of that estimate")."""
    return noun.lower_ in SAID_THINGS or any(
        p.lower_ in SAID_THINGS for of in noun.children if of.lower_ == "of" for p in of.children
    )


def _charged_that(token: Token) -> bool:
    """ "The scientific panel charged that BP ... failed to ...": an accusation reported, with a clause (the
    parse may read "that BP" as the object); not the noun ("pending formal charges that are expected")."""
    if not token.tag_.startswith("VB"):
        return False
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return (following is not None and following.lower_ == "that") or any(
        c.dep_ == "ccomp" for c in token.children
    )


def _put_in_words(token: Token) -> bool:
    """ "As Overton put it, the oil and dispersants are out there now": "as ... put it" reports the words
    of the clause it stands beside; "put it on steroids" does not, nor "Jan Sebon put it best" (how well
    one spoke, the writer's judgement)."""
    children = list(token.children)
    return any(c.dep_ == "dobj" and c.lower_ == "it" for c in children) and any(
        c.dep_ == "mark" and c.lower_ == "as" for c in children
    )


def stance_of_form(form: str) -> Stance | None:
    """The stance a lower-case word form's reporting verb carries ("denies": denied, "disputed":
    doubted), for text whose parse is gone: None for a verb that reports only with its particle
    ("ruled", which cannot tell "ruled out" from "ruled the country")."""
    lemma = _lemma(form)
    return None if lemma is None or lemma in _PARTICLES else REPORTING_VERBS[lemma]


def is_cue_form(form: str) -> bool:
    """Whether a lower-case word form is a form of a verb of saying (`CUE_VERBS`): "said", "told" and
    "wrote" too, which no stemmer takes back to "say", "tell" and "write"."""
    return _lemma(form) in CUE_VERBS


def is_reporting_form(form: str) -> bool:
    """Whether a lower-case word form is a form of a reporting verb (`cue_lemma` can only answer
    for these): most words of a text are not, and are told apart without a token."""
    return _lemma(form) is not None


@lru_cache(maxsize=8192)
def _lemma(form: str) -> str | None:
    """Kept per word form: attribution asks it of nearly every token of a story (128,000 times
    on 60 articles), and a story's words repeat."""
    if form in _IRREGULAR:
        return _IRREGULAR[form]
    for suffix, restore in (
        ("", ""),
        ("s", ""),
        ("es", ""),
        ("d", ""),
        ("ed", ""),
        ("ing", ""),
        ("ing", "e"),
    ):
        if suffix and not form.endswith(suffix):
            continue
        base = form[: len(form) - len(suffix)] + restore if suffix else form
        if base in REPORTING_VERBS:
            return base
    return None
