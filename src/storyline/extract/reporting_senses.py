"""Readings of a reporting word that report nothing.

"said", "added", "called", "responded", "rejected" and "compared" usually introduce what a source
says, but not always: "are adding their voices", "the attack claimed 20 lives", "has
responded with reforms and force", "a group called Oceana", "rejected a request", "an
increasingly frustrated, and criticized, Obama administration", "it is difficult for
financial reporters to write this well", or a question ("Why didn't the administration
insist ...?"). Attribution asks here before it takes a word as a report.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from storyline.analyse.actor_lexicon import ORG_WORDS, PERSON_NOUNS
from storyline.analyse.doc_text import span_text
from storyline.analyse.reporting import REPORTING_VERBS, asks_whether, cue_lemma, has_that_clause, holder
from storyline.analyse.titles import TITLE_WORDS
from storyline.analyse.token_table import token_table
from storyline.extract.quote_marks import quote_spans
from storyline.model import Stance

_OBJECT_SENSES = frozenset({"add", "claim", "post", "write"})
_NEEDS_CONTENT = frozenset(
    {
        "respond",
        "reply",
        "comment",
        "remark",
        "add",
        "post",
        "describe",
        "ask",
        "indicate",
        "worry",
        "assess",
        "advise",
    }
)
_PICTURES = frozenset(
    {"footage", "picture", "pictures", "image", "images", "photo", "photos", "photograph", "photographs",
     "video", "videos", "film", "map", "maps", "graphic", "graphics"}
)  # fmt: skip
_ADVERTS = frozenset({"advert", "adverts", "advertisement", "advertisements", "poster", "posters"})
_TELLING_THINGS = _PICTURES | _ADVERTS  # a picture or an advert that "tells" is shown, not a speaker
_BESIDE_QUOTE_ONLY = frozenset(
    {"text", "recall", "remember", "shout", "exclaim"}
)  # they report only the words quoted beside them ('"We made it," Randy shouts'), not "shouted abuse"
_AFTER_QUOTE_ONLY = frozenset({"counter", "retort", "intone", "cry"})
_WITH_PREPOSITION = {"appeal": ("for", "to"), "speak": ("of", "about")}
_VIEWS = frozenset(
    {"concern", "concerns", "doubt", "doubts", "fear", "fears", "hope", "confidence", "support", "regret",
     "dismay", "anger", "frustration", "opposition", "surprise", "disappointment", "optimism", "skepticism",
     "scepticism", "outrage", "sympathy", "condolences", "worry", "worries", "view", "views", "alarm",
     "questions"}
)  # fmt: skip
DOCUMENT_NOUNS = frozenset(
    {
        "statement",
        "statements",
        "report",
        "reports",
        "data",
        "figures",
        "survey",
        "estimate",
        "estimates",
        "assessment",
        "documents",
        "transcripts",
        "release",
        "communique",
        "bulletin",
        "update",
        "analysis",
        "study",
        "tally",
        "count",
    }
)
_CLAIMS = frozenset(
    {"claim", "claims", "report", "reports", "allegation", "allegations", "accusation", "accusations",
     "suggestion", "suggestions", "talk", "speculation", "rumours", "rumors", "criticism", "charges",
     "charge", "idea", "notion", "assertion", "assertions", "story", "stories", "comparison"}
)  # fmt: skip
_WORDS_SAID = frozenset({"letter", "remarks", "comments", "words", "speech", "message", "tweet", "reply"})
_SAYS_SOMETHING = frozenset(
    {"ccomp", "xcomp", "dobj", "prep", "nsubj", "advcl", "parataxis", "prt", "dative"}
)


def _that_clause_joined(verb: Token) -> bool:
    """ "All analysts consulted by Reuters agree on this, and that the key determinant ... depends on how
    long the oil continues to flow": the clause agreed on, which the parse joined to the verb with "and"."""
    return any(
        c.dep_ == "conj" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        for c in verb.children
    )


def other_sense(lemma: str, verb: Token) -> bool:
    """Senses of a reporting word that report nothing.

    "are adding their voices", "the attack claimed 20 lives" (an object and no clause); "has
    responded with reforms and force" (no clause, no quote); "called" without "on"/"for"
    ("a group called Oceana"); "voiced"/"expressed" without a concern or a view; "called for"
    by something that cannot demand ("a protocol that calls for measuring").
    """
    table = token_table(verb.doc)  # attribution asks of nearly every verb: no token for each child
    deps = {table.dep[child] for child in table.children(verb.i)}
    if lemma in _OBJECT_SENSES and "dobj" in deps and "ccomp" not in deps:
        return True
    if lemma in _OBJECT_SENSES and not deps & {"ccomp", "xcomp"} and _amount_after(verb):
        return True  # "letting the governments claim as much as an additional $100million": a sum demanded
    if "ccomp" not in deps and _pictured(verb):
        return True  # a caption: "Aerial footage reveals the devastation caused by an earthquake"
    if table.dep[verb.i] == "acl" and table.lower[table.head[verb.i]] in _TELLING_THINGS:
        return True  # "gave me a picture telling me that this lady was the first postwoman": the giver tells
    if lemma == "continue":  # "the leak continued to spread" reports nothing
        return not _beside_quote(verb) or bool(deps & {"xcomp", "dobj"})
    if lemma == "go":  # '"...," he went on', not "went on to spread the disease", "went on television"
        on = [c for c in verb.children if c.lower_ == "on"]
        acts = bool(deps & {"xcomp", "dobj"}) or any(c.n_lefts + c.n_rights for c in on)
        return acts or not _beside_quote(verb)
    if lemma == "report" and not deps & {"ccomp", "xcomp", "dobj"}:  # "must report to a designated hospital"
        return any(c.dep_ == "prep" and c.lower_ in ("to", "for") for c in verb.children)
    if lemma in _WITH_PREPOSITION:  # "appealed for calm", "have spoken of being encouraged"
        wanted = _WITH_PREPOSITION[lemma]
        return "dobj" in deps or not any(c.dep_ == "prep" and c.lower_ in wanted for c in verb.children)
    if lemma in _AFTER_QUOTE_ONLY:  # '"No, it's not," countered the rebels', not "to counter the spill"
        # "Chinese authorities countered that their experience ... had taught them": a "that" clause says
        # what is answered, as a quote before the verb does
        return not after_quote(verb) and not (lemma == "counter" and has_that_clause(verb))
    if lemma in _BESIDE_QUOTE_ONLY:  # '"...," Opoku Ware Cyprian texted from Kumasi'
        return not _beside_quote(verb) or bool(deps & {"dobj", "xcomp"})
    if lemma == "point":  # "point out that ...", not "pointed the camera"
        return not any(c.lower_ == "out" and c.dep_ in ("prt", "prep") for c in verb.children) and not (
            _pointed_to(verb)
        )
    if lemma == "agree":  # "experts agreed that BP could handle the damage", not "agree to work together"
        return not ("ccomp" in deps or _that_clause_joined(verb)) or bool(deps & {"xcomp", "dobj"})
    if lemma == "call":
        if _names_as(verb):  # "called the Gulf oil spill a 'wake-up call'"
            return False
        following = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
        if following is not None and following.lower_ == "for":  # "lawmakers called for a cap", "... for the
            # department to open an investigation"
            return not _can_demand(verb)  # not "a protocol that calls for measuring the extent of a spill"
        return not any(c.lower_ in ("on", "upon") and c.dep_ in ("prep", "prt") for c in verb.children)
    if lemma in _BEARINGS and _act_as_subject(verb):
        return True  # "Decisions to move ahead despite warning signs indicate ...": what a deed shows
    if lemma in _CLAMOURS:  # "groups have clamored for Cameron to defend the company", as "called for"; not
        # "people clamouring for supplies" (no one named who demands) nor "clamoring to implement" (an aim)
        return not _clamoured_for(verb) or not _can_demand(verb)
    if lemma in ("voice", "express"):
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        return not objects or objects[0].lower_ not in _VIEWS
    if lemma == "confirm" and "ccomp" not in deps and _person_confirmed(verb):
        return True  # "the Senate confirmed Geithner, 60 to 34": an appointment voted, not a report
    if lemma in ("respond", "reply") and (
        _acted_with(verb) or _answered_without_words(verb) or _responded_to_act(verb)
    ):
        return True
    if lemma == "charge":  # `cue_lemma` took it only with a clause or "that" ("charged that BP ... failed to
        # ..."): an object beside the clause charges someone, unless it is "that BP" misread as the object
        following = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
        return bool(deps & {"dobj", "xcomp"}) and (following is None or following.lower_ != "that")
    if lemma in ("reassure", "repeat"):  # "repeated that ...", not "repeated the test"
        return "ccomp" not in deps or not any(c.dep_ == "nsubj" for c in verb.children)
    if lemma in ("reject", "dismiss") and "ccomp" not in deps:  # "rejected a request"
        return not denies_a_claim(verb)
    if lemma == "denounce" and criticises_a_deed(verb):  # a criticism of a deed,
        # made by a subject of its own ("Republican leaders are sternly denouncing any effort to link ...");
        # not "... and Republican leaders issued a joint statement denouncing them" (the writer's narration),
        # nor "Protesters denounced the company" (a party denounced, nothing said of it)
        return "nsubj" not in deps or _party(next(c for c in verb.children if c.dep_ == "dobj"))
    if lemma == "describe" and "dobj" in deps and _preposition(verb, ("as",)):
        return False  # "The U.S. Coast Guard has described the containment cap as at best a temporary fix"
    if lemma == "compare":  # "Allen ... compared the test to placing a thumb over ...", not "compared with
        # last year"
        return "dobj" not in deps or not _preposition(verb, ("to", "with"))
    if lemma in _NEEDS_CONTENT:
        content = _that_clause_after_phrase(verb) or what_reported(verb)
        return not (deps & {"ccomp", "xcomp"}) and not _beside_quote(verb) and not content
    return False


_BEARINGS = frozenset({"indicate", "suggest"})  # a thing can "indicate" a fact without saying it
_SPEAKERS = TITLE_WORDS | PERSON_NOUNS | ORG_WORDS | DOCUMENT_NOUNS


def _act_as_subject(verb: Token) -> bool:
    """ "Decisions to move ahead despite warning signs indicate "insufficient consideration of risk"": a
    common noun with an infinitive of its own as the subject names a deed or a plan ("decisions to ...",
    "efforts to ..."), whose bearing the writer reads, not someone who speaks or a document; not "A BP
    investigator indicated ...", "studies into previous earthquakes indicate ..."."""
    while verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children):
        verb = verb.head  # the parse may read the noun's infinitive as the verb, the report joined to it
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "NOUN" or subject.ent_type_ or subject.lower_ in _SPEAKERS:
        return False
    doc = subject.doc
    return subject.i + 2 < len(doc) and doc[subject.i + 1].lower_ == "to" and doc[subject.i + 2].tag_ == "VB"


_CLAMOURS = frozenset({"clamor", "clamour"})


def _clamoured_for(verb: Token) -> bool:
    """A "for" after the verb, as a preposition or as the mark of a clause ("for Cameron to defend ...")."""
    return any(
        (c.dep_ == "prep" and c.lower_ == "for")
        or (c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children))
        for c in verb.children
        if c.i > verb.i
    )


def what_reported(verb: Token) -> bool:
    """ "a delay of four months from what the judge last month indicated was acceptable": a "what" the parse
    made the verb's subject, before its own subject, is what the verb reports, not who reports it."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return len(subjects) >= 2 and subjects[0].lower_ == "what"


_CHANNELS = frozenset({"in", "on", "at", "during", "through", "via"})  # "in a statement", "on its website"


def _that_clause_after_phrase(verb: Token) -> bool:
    """ "China has already indicated in reports in state media that eight of its peacekeepers are buried":
    the verb's "that" clause, which the parse hung on the last noun of a phrase between them, the phrase
    naming where it was said; not "responded to allegations that it had cut corners" (what was answered)."""
    return any(
        clause.dep_ == "acl" and any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children)
        for phrase in verb.children
        if phrase.dep_ == "prep" and phrase.i > verb.i and phrase.lower_ in _CHANNELS
        for noun in phrase.subtree
        if noun.dep_ == "pobj" and noun.head.lower_ in _CHANNELS
        for clause in noun.children
    )


def _party(noun: Token) -> bool:
    """A person, a body or a name, not a deed: "the company", "Hayward", "them"; not "any effort"."""
    if noun.pos_ in ("PRON", "PROPN") or noun.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return True
    return noun.lower_ in ORG_WORDS or noun.lower_ in PERSON_NOUNS


def _amount_after(verb: Token) -> bool:
    """An amount the parse hung on the verb as a modifier, not an object ("claim as much as $100million")."""
    return any(
        c.dep_ in ("advmod", "npadvmod")
        and c.i > verb.i
        and any(t.like_num or t.text[:1].isdigit() for t in c.subtree)
        for c in verb.children
    )


def criticises_a_deed(verb: Token) -> bool:
    """A denunciation of no claim and with no clause said: "denouncing any effort to link ..." blames,
    it denies nothing (`denies_a_claim`)."""
    return not any(c.dep_ == "ccomp" for c in verb.children) and not denies_a_claim(verb)


def denies_a_claim(verb: Token) -> bool:
    """ "denounced the rumors as false", "rejected claims that ...": a denial of something said, not of a
    request or an effort ("rejected a request", "denouncing any effort to link ...": refusal, criticism)."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return not objects or objects[0].lower_ in _CLAIMS


def _pictured(verb: Token) -> bool:
    """Pictures as the subject, or right before the verb in a caption the parse ran into a title ("Aerial
    view of quake in Haiti capital Port-au-Prince Aerial footage reveals ..."): they show, say nothing."""
    table = token_table(verb.doc)
    subjects = [c for c in table.children(verb.i) if table.dep[c] == "nsubj"]
    if not subjects:
        return False
    if table.lower[subjects[0]] in _PICTURES:
        return True
    # the sentence is found last, and only when needed: spaCy walks to its start word by word
    return verb.i > verb.sent.start and table.lower[verb.i - 1] in _PICTURES


def _person_confirmed(verb: Token) -> bool:
    """ "confirmed Geithner", "confirmed her as health secretary": a person confirmed in a post, not a
    fact confirmed ("confirmed the deaths")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if not objects:
        return False
    if objects[0].ent_type_ == "PERSON":
        return True
    return objects[0].lower_ in ("him", "her", "them") and _preposition(verb, ("as",))


def _preposition(verb: Token, words: tuple[str, ...]) -> bool:
    return any(c.dep_ == "prep" and c.lower_ in words for c in verb.children)


def _names_as(verb: Token) -> bool:
    """ "called X a Y", "called X unacceptable": a judgement said of an object, not "called the police", "a
    group called Oceana" (no object), "called a halt" or a name ("calls it The Valdez Oil Spill")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if not objects or verb.dep_ in ("acl", "amod") or objects[0].tag_ in ("WP", "WDT"):
        return False  # "over what President Barack Obama has called an unprecedented catastrophe": a label
    complements = [c for c in verb.children if c.dep_ in ("oprd", "ccomp", "xcomp") and c.i > objects[0].i]
    if complements:  # not a name given: "Exxon's website calls it The Valdez Oil Spill"
        return complements[0].pos_ != "PROPN"
    return any(c.dep_ == "amod" and c.pos_ == "ADJ" and c.i > objects[0].i for c in objects[0].children)


def _can_demand(verb: Token) -> bool:
    """Whether the subject of "called for" is someone who can make a demand: a named actor, people in
    the plural, a pronoun, a person's role or an institution."""
    while verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children):
        verb = verb.head  # "has instituted a moratorium ... and called for new safety measures"
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects or any(c.dep_ == "aux" and c.lower_ in _CONDITIONAL for c in verb.children):
        return False  # "proposals that would call for requirements": no demand made
    subject = subjects[0]
    if subject.lower_ in ("which", "that", "who") and verb.dep_ == "relcl":
        subject = verb.head
    return (
        subject.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
        or subject.tag_ in ("NNS", "NNPS", "PRP")
        or subject.lower_ in TITLE_WORDS | PERSON_NOUNS | ORG_WORDS | {"panel"}
    )


def describes_a_noun(verb: Token) -> bool:
    """ "an increasingly frustrated, and criticized, Obama administration": a participle that
    describes a noun reports nothing."""
    deps = {child.dep_ for child in verb.children}
    if verb.dep_ == "conj" and not deps & _SAYS_SOMETHING and not _beside_quote(verb):
        return True  # "..., and criticized, Obama administration" read as a second verb with nothing said
    if (
        verb.tag_ == "VBN"
        and verb.dep_ == "advcl"
        and "agent" in deps
        and not deps & {"aux", "auxpass", "nsubj"}
    ):
        return True  # "Written by Mervyn Peake, the books describe ...": who wrote them, not what they say
    if _participle_saying_nothing(verb, deps):
        return True
    if verb.tag_ != "VBN" or verb.dep_ not in ("amod", "conj", "acl"):
        return False
    return not deps & {"aux", "auxpass", "nsubj", "ccomp", "agent"}


def _participle_saying_nothing(verb: Token, deps: set[str]) -> bool:
    """ "Carel Pedre was among the more prominent voices tweeting in the early hours": a present
    participle on a noun with nothing after it but phrases of when and where, and no quote beside it,
    names who spoke, not what they said (not "a statement saying the airport is open", nor "the company
    reporting much better than expected ... results")."""
    if verb.tag_ != "VBG" or verb.dep_ != "acl" or _beside_quote(verb):
        return False
    return deps <= {"prep", "punct"} or _working_out(verb, deps)


_WORKING_OUT = frozenset({"calculate", "estimate", "assess"})


def _working_out(verb: Token, deps: set[str]) -> bool:
    """ "analysts and experts calculating potential oil spill liabilities have mostly concentrated on ...":
    a participle of reckoning on a noun, with a thing as its object and no figure, tells what they work
    on, not what they found (not "analysts estimating the cost at $10 billion")."""
    if cue_lemma(verb) not in _WORKING_OUT or "dobj" not in deps:
        return False
    if not deps <= {"dobj", "prep", "punct", "advmod"}:
        return False
    return not any(t.like_num or t.tag_ == "$" for t in verb.subtree)


def _answered_without_words(verb: Token) -> bool:
    """ "Members of the team ... called out - to their surprise he responded": an answer that ends its
    clause, with no comma or quote mark before its subject setting off words it reports (not '"...," he
    responded', nor "BP is doing all it can, the company responded"): a sign of life, not a report."""
    following = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if following is not None and not following.is_punct:
        return False  # "that he responded too slowly and assured people ... that ..."
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    if not subjects or subjects[0].left_edge.i == verb.sent.start:
        return False
    before = verb.doc[subjects[0].left_edge.i - 1]
    return before.is_alpha


def _responded_to_act(verb: Token) -> bool:
    """ "Multiple Coast Guard helicopters, planes and cutters responded to rescue the Deepwater Horizon's
    126 person crew": a response told by the deed it went out to do (an infinitive, no clause said), not
    words; not "responded to say that ...", whose infinitive reports."""
    if any(c.dep_ == "ccomp" for c in verb.children):
        return False
    for child in verb.children:
        if child.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in child.children):
            return cue_lemma(child) is None
    return False


def _acted_with(verb: Token) -> bool:
    """ "responded with a dramatic plan", "with reforms and force": a deed, not words."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "with":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            return bool(objects) and objects[0].lower_ not in DOCUMENT_NOUNS | _WORDS_SAID
    return False


def _beside_quote(verb: Token) -> bool:
    """'"...," he added': the words reported are quoted in the verb's sentence."""
    sentence = verb.sent
    if any(True for _ in quote_spans(span_text(sentence))):
        return True
    return any(t.text in _DOUBLE_MARKS for t in sentence)  # the end of a quote several sentences long


def after_quote(verb: Token) -> bool:
    """The verb comes right after a quote's closing mark, itself after the quote's last punctuation
    ('..., it's not," said', '... not?" asked')."""
    doc = verb.doc
    start = verb.sent.start
    if verb.i - 2 < start or not doc[verb.i - 1].is_quote:
        return False
    return doc[verb.i - 2].text in (",", "?", "!", ".", "...")


def unmade(verb: Token) -> bool:
    """ "difficult for financial reporters to write this well", "BP should have demanded this": a report
    that is not made. Nor is one asked about or supposed ("Much hinges on whether U.S. courts find the
    company was "grossly negligent"": a finding that may come)."""
    if asks_whether(verb):
        return True
    auxiliaries = [child.lower_ for child in verb.children if child.dep_ == "aux"]
    if verb.tag_ == "VB" and "to" in auxiliaries:
        return caused_to(verb) is None and not judged_deed(verb)
    if any(a in _CONDITIONAL for a in auxiliaries) and _anyone(verb):
        return True  # "few of these tough men would deny that a tear comes": the writer's claim
    return verb.tag_ == "VBN" and "have" in auxiliaries and any(a in _COUNTERFACTUAL for a in auxiliaries)


_DEED_JUDGEMENTS = frozenset({"wrong", "right", "correct", "mistaken", "quick", "first"})


def judged_deed(verb: Token) -> bool:
    """ "Thor Heyerdahl was probably wrong to blame human pollution", "Andrew is quick to point out that ...":
    an infinitive of words stated after a judgement of the one who said them ("wrong to", "quick to") tells
    of a report made, not one asked for. Not a view ("Investors are right to fear ..."): the writer's
    judgement of a feeling, which no one voiced."""
    judgement = verb.head
    if verb.dep_ != "xcomp" or judgement.dep_ != "acomp" or judgement.lower_ not in _DEED_JUDGEMENTS:
        return False
    lemma = cue_lemma(verb)
    return lemma is not None and REPORTING_VERBS[lemma] == Stance.STATED


_CAUSING = frozenset(
    {"lead", "leads", "led", "leading", "prompt", "prompts", "prompted", "prompting", "force", "forces",
     "forced", "forcing", "spur", "spurs", "spurred", "spurring", "drive", "drives", "drove", "driven"}
)  # fmt: skip


def caused_to(verb: Token) -> Token | None:
    """Who was led to make a report: "comments ... which ... have led critics to charge that BP is trying to
    play down the environmental damage" (the critics charge). The infinitive is made when what caused it
    happened (not "could lead critics to charge", nor the bidding "Force some people to think ...")."""
    cause = verb.head
    if (
        verb.dep_ not in ("xcomp", "advcl")
        or cause.i == verb.i
        or cause.lower_ not in _CAUSING
        or cause.tag_ == "VB"
    ):
        return None
    if any(c.tag_ == "MD" or (c.dep_ == "aux" and c.lower_ == "to") for c in cause.children):
        return None
    caused = [c for c in cause.children if c.dep_ == "dobj" and c.i < verb.i]
    return caused[0] if caused else None


def _anyone(verb: Token) -> bool:
    """The subject is nobody in particular: "few", "no one", "anyone", "everybody"."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects:
        return False
    subject = subjects[0]
    if subject.lower_ == "one":
        return any(c.lower_ == "no" for c in subject.children) or (
            subject.i > 0 and subject.nbor(-1).lower_ == "no"
        )
    return subject.lower_ in _ANYONE


_ANYONE = frozenset({"few", "nobody", "none", "anyone", "anybody", "everyone", "everybody"})


_DOUBLE_MARKS = frozenset({'"', "“", "”", "''", "``"})
_CONDITIONAL = frozenset({"would", "could", "might"})
_COUNTERFACTUAL = frozenset({"should", "would", "could", "might", "must", "ought"})


def asks(sentence: Span) -> bool:
    """A question outside quotation marks claims nothing ("Why didn't the administration insist ...?")."""
    text = span_text(sentence).rstrip()
    if sum(text.count(mark) for mark in '"“”') % 2:  # a quote left open: '... tells the BBC: "We have
        return False  # treated hundreds of patients that were wounded?' asks nothing of its own
    return text.endswith("?") and not any(end >= len(text) - 2 for _, end in quote_spans(text))


def _pointed_to(verb: Token) -> bool:
    """ "other analysts pointed to an evaporation of investors' patience": a cause or a fact named by someone
    who says it; not "the evidence points to a failure" (a thing's bearing, the writer's), "other studies
    have also pointed to" (a finding, not a holder's word) nor "People point to houses" (a gesture)."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return (
        bool(subjects)
        and _person_holder(subjects[0])
        and any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children)
    )


_ROLE_WORDS = PERSON_NOUNS | TITLE_WORDS  # built once: `_person_holder` asks it of every "point to"


def _person_holder(subject: Token) -> bool:
    """A named holder or people named by their role ("analysts", "scientists"); not "people", nor one person
    told of in a scene ("One man with tears in his eyes pointed to his young daughter": a gesture)."""
    if subject.ent_type_:
        return holder(subject)
    return subject.tag_ == "NNS" and subject.lower_.removesuffix("s") in _ROLE_WORDS
