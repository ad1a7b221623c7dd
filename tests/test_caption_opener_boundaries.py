"""A caption, headline or byline that ends without a full stop does not run into the sentence after it
when that sentence opens with a word that inside a sentence has no capital (`analyse.segment`): an
article before a lower-case word, a pronoun before its verb, a capitalised common noun, a preposition
that a lower-case determiner opens a phrase with. The glued caption's verb became the news's event and
its date the sentence's (H1N1_bbc: the pandemic "declared" 41 years ago took the lead of Australia's
rise in cases). The texts are real lines of Timeline17 (H1N1_bbc, bpoil_bbc), as the reader hands them
to the parser; each test keeps a news sentence of the same look whole.
"""

from __future__ import annotations

from conftest import sentences_of


def _cut(pipeline, caption: str, sentence: str) -> None:  # type: ignore[no-untyped-def]
    assert sentences_of(pipeline, f"{caption} {sentence}\n") == [caption, sentence]


def test_article_after_a_name_opens_a_sentence(pipeline) -> None:  # type: ignore[no-untyped-def]
    """A capitalised article before a lower-case word and the verb of its noun phrase, after a name,
    even when the tagger reads "A" as part of the name ("School A") or a byline with no verb of its own
    comes before "The"."""
    _cut(
        pipeline,
        "Tamiflu is being given to pupils, staff and parents at Alleyn's School",
        "A third school in London has closed after eight more people were diagnosed with swine flu in the "
        "city.",
    )
    _cut(
        pipeline,
        "The BBC's Paul Adams in Washington",
        'The president says the Minerals Management Service had "over the last decade" become "emblematic of '
        'a failed philosophy that views all regulation with hostility".',
    )


def test_caption_and_lead_on_one_line(pipeline) -> None:  # type: ignore[no-untyped-def]
    """bpoil_bbc, 3 May 2010: the caption ends in a noun before a capitalised common noun; its headline,
    whose verb the tagger reads as a noun ("wrestles"), stays with it before "A"."""
    line = (
        "BP wrestles with oil spill hitch in Gulf of Mexico A relief well being drilled to stop the spill "
        "will not be finished for weeks Engineers from the British oil firm BP are scrambling to find a way "
        "to contain oil leaking from a blown-out well on the bottom of the Gulf of Mexico.\n"
    )
    assert sentences_of(pipeline, line)[-1] == (
        "Engineers from the British oil firm BP are scrambling to find a way to contain oil leaking from a "
        "blown-out well on the bottom of the Gulf of Mexico."
    )


def test_letter_of_a_name_stays_before_its_noun(pipeline) -> None:  # type: ignore[no-untyped-def]
    """A letter that a name takes, before a lower-case noun and a verb: with no caption's verb before it,
    it goes on its sentence (H1N1_bbc, 29 April 2009); and an article with no verb after its noun stays
    (H1N1_bbc, a reader's comment)."""
    kept = (
        "The problem with Type A influenza is that, in common with almost any infection, it is deaths that "
        "make news first, not the numbers who contract the virus and recover."
    )
    assert sentences_of(pipeline, kept + "\n") == [kept]
    influenza = (
        "Influenza A viruses are classified according to two proteins on the outer surface of the virus - "
        "hemagglutinin (H) and neuraminidase (N)."
    )
    assert sentences_of(pipeline, influenza + "\n") == [influenza]  # H1N1_bbc: a line's first words
    blue = (
        "My best friend called me early in the morning telling me that she is traveling to my country That "
        "was A bolt from the blue."
    )
    assert sentences_of(pipeline, blue + "\n")[-1].endswith("That was A bolt from the blue.")


def test_article_or_pronoun_after_an_adjective_or_an_adverb(pipeline) -> None:  # type: ignore[no-untyped-def]
    """A caption may end in an adjective or an adverb, or a noun the tagger reads as one ("a pandemic")."""
    _cut(
        pipeline,
        "The World Health Organization last declared a pandemic 41 years ago",
        "A sharp increase in swine flu cases in Australia may mean the infection has become a pandemic, the "
        "World Health Organization says.",
    )
    _cut(
        pipeline,
        "The UN has warned that the virus has the potential to become a pandemic",
        "The first cases of swine flu have been confirmed in Europe.",
    )
    _cut(
        pipeline,
        "Tarballs of oil are said to be more manageable",
        "It would, the official said, be similar to panels created to investigate the space shuttle "
        "Challenger disaster and the nuclear accident at Three Mile Island.",
    )


def test_long_adverbial_with_a_determiner_after_a_caption(pipeline) -> None:  # type: ignore[no-untyped-def]
    _cut(
        pipeline,
        "Clean-up crews have been working to remove oil from beaches and marshes",
        'In a speech in Pennsylvania on Wednesday, President Barack Obama said that the leak "may prove to '
        'be a result of human error, or of corporations taking dangerous shortcuts to compromise safety".',
    )


def test_capitalised_common_noun_after_a_caption(pipeline) -> None:  # type: ignore[no-untyped-def]
    """A common noun with a capital is no name that a relative clause's gap follows ("the weeks BP
    spent"): after a caption's noun it opens a sentence, whatever its verb takes."""
    _cut(
        pipeline,
        "Protesters greeted Mr McKay at the Senate with placards",
        "Scientists said on Sunday they had found vast underwater plumes of oil, one 10 miles (16km) long "
        "and a mile wide, lending weight to the fears of those who believe the actual spill could be many "
        "times greater than the estimate of 5,000 barrels daily.",
    )
    kept = "Debates and votes can wait until ALL elected Officials in Washington get this mess taken care of."
    assert sentences_of(pipeline, kept + "\n") == [kept]  # Finan_washingtonpost, a reader's comment


def test_the_and_a_name_after_a_caption(pipeline) -> None:  # type: ignore[no-untyped-def]
    """Inside a sentence "the" before a name has no capital but in a few names ("The Hague", "The Edge"),
    which stay after a word for someone ("guitarist The Edge"; haiti_bbc, January 2010)."""
    _cut(
        pipeline,
        "Mr Robertson made the comments on his program",
        'The White House has dismissed as "stupid" comments by evangelist broadcaster Pat Robertson '
        "suggesting that quake-struck Haiti was cursed.",
    )
    _cut(
        pipeline,
        "Whole areas of the Haitian capital have been flattened",
        "The World Food Programme is working on supplying 15,000 tonnes of food and the Red Cross has begun "
        "a $10m appeal.",
    )
    edge = (
        "U2's guitarist The Edge told Irish radio station 2FM the band \"wrote a song, finished and "
        'recorded" last week after being contacted about the idea.'
    )
    assert sentences_of(pipeline, edge + "\n") == [edge]
