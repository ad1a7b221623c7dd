"""Words that name an event ("explosion", "arrest", "talks") rather than a thing.

spaCy tags parts of speech but does not say which nouns are eventive, and no
package available offline ships such a list, so storyline keeps its own: the
words news uses for incidents, decisions, disputes, crimes and procedures.
Nominalisations ("resignation", "agreement") are also recognised by suffix,
with the suffix-shaped nouns that name things or people left out.
"""

from __future__ import annotations

from spacy.tokens import Token

from storyline.analyse.token_table import TokenTable, token_table

_STAND_INS = frozenset({"that", "those"})  # "one death - that of a boy"


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


EVENT_NOUNS = _words(
    """
    arson vigil tremor aftershock downtime touchdown quarterfinal semifinal final round record plea verdict
    stroke heart-attack cyberattack coup bailout
    accident acquisition action address advance affair agreement aid airstrike alert allegation
    ambush announcement appeal appearance appointment approval arrest arrival assassination assault
    attack attempt auction audit award ban bankruptcy battle bid bidding blast blaze blockade
    bombardment bombing boom boycott breach break-in breakdown bribery briefing broadcast burial
    bust buyout call campaign cancellation capture ceasefire celebration ceremony challenge change
    charge clash closure collapse collision comeback comment competition complaint concert
    conference confession conflict confrontation conviction crackdown crash crime crisis criticism
    custody cut damage deal death debate decision decline defeat delay demonstration departure
    deployment detention development disappearance disaster discovery dismissal dispute drop drought
    earthquake election emergency epidemic eruption escape evacuation event execution exercise exit
    expansion explosion exposure fall fight fighting finding fine fire firing flight flood flooding
    funeral gain game growth hack hearing heist hijacking hit holiday homicide honor honour hostage
    hunt hurricane impeachment incident increase indictment infection injury inquest inquiry
    interview invasion investigation job kidnap kidnapping killing landing landslide launch lawsuit
    layoff leak loss manslaughter march massacre match meeting merger mission move murder
    negotiation nomination nominee offensive offer operation outage outbreak overdose pandemic
    parade party payment performance piracy playoff playoffs plunge poll premiere probe proposal
    prosecution protest purchase quake raid rally rampage rape recall recession recovery referendum
    reform rehab release relief remark removal repair rescue resignation response result retirement
    return riot rise robbery ruling rupture sale sanction scandal search seizure sentence session
    settlement shooting shortage show shutdown siege slump spill split spree stabbing stampede
    standoff statement stint storm strike suicide summit surge surgery surrender suspension
    suspicion takeover talk talks tender test testimony theft threat tornado tour trade transfer
    trial tsunami uprising victory violence visit vote walkout war warning wedding win withdrawal
    """
)

# Proper nouns and adjectives that tell an event: recurring named events, offences named by
# their initials, and states that result from one ("dead", "injured").
EVENT_NAMES = _words("oscars oscar emmys emmy grammys grammy olympics olympic dui dwi")
EVENT_ADJECTIVES = _words("dead injured wounded missing drunk hurt arrested killed guilty")

_SUFFIXES = ("tion", "sion", "ment", "ing")
_NOT_EVENTS = _words(
    """
    administration allowance amendment anything apartment association audience balance building
    caution ceiling clothing coalition commission constitution corporation creature culture
    department difference dimension distance division document earning earnings edition element
    entrance environment equipment evening everything evidence experience feature federation feeling
    figure finance foundation funding furniture future generation government housing information
    infrastructure institution instrument insurance intelligence investment king legislation
    legislature literature management meaning measure mention mission moment morning nation nature
    nothing organisation organization parliament pension permission picture population portion
    position presence pressure procedure provision question reference region ring science section
    segment setting signature something spring station string structure supplement television
    temperature tension thing training version wing
    """
)


def is_event_word(lemma: str, part_of_speech: str, title_case: bool = False) -> bool:
    """True for a noun, proper noun or adjective that tells an event.

    In a title-case headline ("Office Shooting Leaves One Dead") the tagger calls every
    word a proper noun, so there the word's own meaning decides. A recurring named event is one
    whatever the tagger calls it ("hosted the Oscars").
    """
    word = lemma.lower()
    if part_of_speech == "NOUN":
        return is_event_noun(word) or word in EVENT_NAMES
    if part_of_speech == "ADJ":
        return word in EVENT_ADJECTIVES
    if part_of_speech == "PROPN":
        return word in EVENT_NAMES or (title_case and (word in EVENT_ADJECTIVES or is_event_noun(word)))
    return False


def is_event_noun(lemma: str) -> bool:
    """True for nouns that name something that happens."""
    lemma = lemma.lower()
    if lemma in EVENT_NOUNS:
        return True
    if lemma in _NOT_EVENTS or len(lemma) < 7:
        return False
    return lemma.endswith(_SUFFIXES)


def eventive_noun_objects(trigger: Token) -> list[Token]:
    """Who or what an eventive noun is told of by "of", also through "that of" ("the death of a
    Mexican boy", "One death has been confirmed - that of a Mexican two-year-old boy")."""
    doc = trigger.doc
    return [doc[index] for index in eventive_noun_object_indices(token_table(doc), trigger.i)]


def eventive_noun_object_indices(table: TokenTable, index: int) -> list[int]:
    """`eventive_noun_objects` of the word `index`, read from the parse's table: no `Token` is made
    for the words walked (every mention of an event asks, most of them no noun)."""
    if table.pos[index] != "NOUN":
        return []
    dep, lower = table.dep, table.lower
    holders = [index] + [c for c in table.children(index) if dep[c] == "appos" and lower[c] in _STAND_INS]
    return [
        pobj
        for holder in holders
        for prep in table.children(holder)
        if dep[prep] == "prep" and lower[prep] == "of"
        for pobj in table.children(prep)
        if dep[pobj] == "pobj"
    ]
