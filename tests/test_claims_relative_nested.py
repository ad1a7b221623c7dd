"""Who said what, eighteenth round: a relative clause's report speaks for its clause only, a report
told inside another's words has its own source (the other speaker relays it), a passive names no
speaker, and hyphenated roles and dateline scraps as sources.

Each test quotes the Timeline17 sentences it runs on (restored from their tokenized form); the whole
pipeline reads them as one short article.
"""

from __future__ import annotations

from datetime import date
from functools import partial

from conftest import events_of, extraction_of, predicate_attribution
from storyline.analyse.comment_section import comments_start
from storyline.pipeline import Pipeline

_events = partial(events_of, published=date(2010, 6, 1))
_of_event = partial(predicate_attribution, published=date(2010, 6, 1))


# --- relative clauses ---


def test_a_relative_clause_report_is_not_the_sentences_source(pipeline: Pipeline) -> None:
    text = (  # H1N1_guardian
        "In New Zealand, which reported its first cases of the H1N1 virus last week, church authorities "
        "at the Sacred Heart Cathedral in Wellington banned receiving the eucharist wafer on the tongue.\n"
    )
    assert _of_event(pipeline, text, "ban") is None


def test_the_relative_clause_keeps_its_own_report(pipeline: Pipeline) -> None:
    text = (  # bpoil_reuters
        "BP, which returned to profitability in the third quarter of 2010, has begun selling assets and "
        "amassing a massive warchest to pay for damages caused by the oil spill, which the oil concern has "
        "estimated could reach as much as $40billion.\n"
    )
    events = _events(pipeline, text)
    assert [e.attribution for e in events if e.predicate == "begin"] == [None]
    (reached,) = [e.attribution for e in events if e.predicate == "reach"]
    assert reached is not None and reached.source == "oil concern"
    claims = [f.claim.source for e in events for f in e.figures if f.text.endswith("$40billion") and f.claim]
    assert claims == ["oil concern"]


def test_a_reports_tag_the_parse_hung_on_a_noun_is_not_a_relative_clause(pipeline: Pipeline) -> None:
    text = (  # bpoil_reuters
        'BP could start its "static kill" plan to pump mud into the Macondo well -- the first in a two-step '
        "process to choke it off with mud and cement -- by this weekend, ahead of the scheduled start time "
        "on Monday, the top U.S. official dealing with the spill said on Thursday.\n"
    )
    # the mention of "start" (its kind is the procedure it starts: `told_events`)
    (event,) = [e for e in _events(pipeline, text) if text[e.event_start or 0 : e.event_end or 0] == "start"]
    assert event.predicate == "static kill plan"
    started = event.attribution
    assert started is not None and started.source == "top U.S. official"


# --- reports inside reports ---


def test_a_report_told_inside_anothers_words_has_its_own_source(pipeline: Pipeline) -> None:
    text = (  # bpoil_reuters
        "Hayward said rivals such as Royal Dutch Shell Plc and Exxon Mobil criticized the way BP designed "
        "and drilled the well because they were motivated to do so by the political climate in the United "
        "States at the time.\n"
    )
    criticized = _of_event(pipeline, text, "criticize")
    assert criticized is not None and criticized.source.startswith("rivals")
    assert criticized.relay == "Hayward" and criticized.as_dict()["relay"] == "Hayward"


def test_a_report_only_foreseen_or_asked_for_stays_the_speakers(pipeline: Pipeline) -> None:
    foreseen = (  # haiti_bbc
        "Governments will be demanding that their ambassadors in Haiti get out to find out where their own "
        "citizens are, says Mr Hanson.\n"
    )
    assert {e.attribution.source for e in _events(pipeline, foreseen) if e.attribution} == {"Hanson"}
    asked = (  # bpoil_reuters
        "As BP pushed forward with its tricky undersea effort to redirect the flow of oil after another "
        "setback, two members of President Barack Obama's Cabinet demanded that BP Chief Executive Tony "
        "Hayward explain in detail the company's commitment to pay for damage caused by the enormous spill.\n"
    )
    explained = _of_event(pipeline, asked, "explain")
    assert explained is not None and explained.source != "Tony Hayward"


def test_evidence_read_inside_a_report_is_the_readers(pipeline: Pipeline) -> None:
    text = (  # bpoil_reuters
        "Tom Bancroft, chief scientist for the National Audubon Society, said the government's numbers tell "
        "only part of the story.\n"
    )
    told = _of_event(pipeline, text, "tell")
    assert told is not None and told.source == "Tom Bancroft"


# --- passives, titles, datelines ---


def test_a_passive_without_an_agent_names_no_speaker(pipeline: Pipeline) -> None:
    text = (  # bpoil_reuters
        "The meeting, which included more than 20 top scientists, engineers and technical experts was "
        'described as a "listening session as these stakeholders shared ideas about possible efforts to '
        "mitigate the BP spill's impact on the Gulf region.\"\n"
    )
    assert _of_event(pipeline, text, "describe") is None


def test_a_hyphenated_role_is_kept_whole(pipeline: Pipeline) -> None:
    text = (  # bpoil_reuters
        '"This has been hurting this whole area," the shallow-water oil driller said.\n'
    )
    (quote,) = extraction_of(pipeline, text, date(2010, 6, 1)).quotes
    assert quote.speaker == "shallow-water oil driller"


def test_a_title_cut_at_a_hyphen_is_whole(pipeline: Pipeline) -> None:
    text = (  # Finan_washingtonpost
        "Its director-general, Jacques Diouf, said in a recent speech that he worries about cuts in aid to "
        "agriculture in developing countries.\n"
    )
    said = _of_event(pipeline, text, "say")
    assert said is not None and said.source == "Jacques Diouf"
    assert said.source_title is not None and "director-general" in said.source_title


# --- reporting clauses inverted after the quote ---


def test_a_retort_after_the_quote_is_its_speakers(pipeline: Pipeline) -> None:
    text = (  # bpoil_reuters
        '"It\'s not a question of cost," said Drinkwater.\n'
        "\"Your submission does say it's a question of cost.\n"
        "... You cite money because you're concerned about money,\" retorted Cullen, reading from a BP "
        "document filed with the NEB, then listing recent disasters BP had been involved in.\n"
    )
    quotes = extraction_of(pipeline, text, date(2010, 6, 1)).quotes
    assert [q.speaker for q in quotes if q.text.startswith("Your submission")] == ["Cullen"]


def test_the_speaker_after_an_inverted_verb_is_its_subject(pipeline: Pipeline) -> None:
    text = (  # bpoil_reuters
        '"I blame the BP engineers who cut corners," says Rick Murdoch, 61, a charter boat captain out of '
        "Alabama who had planned to fish Louisiana waters in May and June but now faces a bleak season.\n"
    )
    (quote,) = extraction_of(pipeline, text, date(2010, 6, 1)).quotes
    assert quote.speaker == "Rick Murdoch"


def test_a_participle_after_a_quoted_word_is_not_inverted(pipeline: Pipeline) -> None:
    text = (  # bpoil_reuters
        'Goldman Sachs downgraded its rating on BP to "neutral" from "buy," saying the spill would impact '
        "the London-based company's ability to do business worldwide.\n"
    )
    impact = _of_event(pipeline, text, "impact")
    assert impact is not None and impact.source == "Goldman Sachs"


# --- readers' comments without post headers ---


def test_a_blogs_invitation_to_comment_ends_the_article(pipeline: Pipeline) -> None:
    text = (  # bpoil_reuters: the readers' posts follow with no header of their own
        "That means Obama is forced into an uneasy alliance with BP -- outraged that the leak took place but "
        "hopeful that the energy giant can stop it.\n"
        "Has the Obama administrations ' response to the Gulf oil spill been enough?\n"
        "Take our poll and share your thoughts below.\n"
        "BP is criminal and should be treated as such.\n"
        "They have been openly accused of reporting on anti-Obama chain e-mails without sufficiently "
        "emphasizing to its readers the false nature of the anonymous claims.\n"
        "I would advise Reuters to use a disclaimer with anything the Post reports.\n"
    )
    assert comments_start(text) == text.index("Take our poll")
    events = _events(pipeline, text)
    assert events and all(e.text.startswith(("That means", "Has the")) for e in events)


# --- figures of speech ---


def test_an_abstract_noun_is_no_source(pipeline: Pipeline) -> None:
    text = (  # haiti_bbc
        '"You have to be realistic and, after nine days, reality says it is more difficult to find people '
        "alive.\n"
    )
    assert all(e.attribution is None for e in _events(pipeline, text))
    someone = (  # bpoil_reuters: "someone" is someone
        "For example, someone told me that beach communities are losing out on huge amounts of tourism "
        "revenue.\n"
    )
    losing = _of_event(pipeline, someone, "lose")
    assert losing is not None and losing.source == "someone"


def test_the_writer_set_off_before_a_participle_speaks(pipeline: Pipeline) -> None:
    text = (  # haiti_bbc
        'But Curtis Barnard, writing in the Columbia Journalism Review blog, said that nevertheless "the '
        "world owes a measure of debt to new media platforms - which will undoubtedly continue to play an "
        "important role in Haiti in the days and months to come - for their assistance in facilitating the "
        'early response to this disaster".\n'
    )
    (quote,) = extraction_of(pipeline, text, date(2010, 1, 20)).quotes
    assert quote.speaker == "Curtis Barnard"


# --- forecasts ---


def test_a_forecast_in_a_relative_clause_is_the_forecasters(pipeline: Pipeline) -> None:
    text = (  # bpoil_reuters
        "Raising the stakes still further, Tuesday was the official start of the 2010 Atlantic hurricane "
        "season, which forecasters predict may be the most intense since 2005.\n"
    )
    assert {e.attribution.source for e in _events(pipeline, text) if e.attribution} == {"forecasters"}


def test_a_forecast_set_beside_the_news_is_not_its_source(pipeline: Pipeline) -> None:
    text = (  # bpoil_reuters
        "Traders and brokers kept a close eye on Alex, but oil prices fell toward $78 per barrel on Monday "
        "as most forecasters predicted the storm would pass southwest of major U.S. offshore oil and gas "
        "installations in the Gulf of Mexico.\n"
    )
    assert _of_event(pipeline, text, "fall") is None


def test_a_source_that_is_only_an_article_does_not_fail_the_article(pipeline: Pipeline) -> None:
    text = (  # ECB+ 19_6ecbplus, a typing slip for "They"
        "Sixteen-year-old Kimani Gray was shot and killed on Saturday night after pointing a gun at two "
        "plainclothes officers who approached him, police said.\n"
        "The also said that Gray had previously been arrested four times on charges of grand larceny, "
        "possession of stolen property and inciting a riot.\n"
    )
    predicates = {event.predicate for event in _events(pipeline, text)}
    assert {"shoot", "arrest", "incite"} <= predicates


def test_a_noun_that_is_only_punctuation_before_a_participle_fails_nothing() -> None:
    # the parser tags "#" a noun ("Officials said the # rising ..."); one made the subject of a
    # participle must not empty the words its end is sought among
    import spacy
    from spacy.tokens import Doc

    from storyline.extract.attribution import _participle_subject

    words = ["#", "writing", "said", "the", "spill", "was", "vast"]
    doc = Doc(
        spacy.blank("en").vocab,
        words=words,
        pos=["NOUN", "VERB", "VERB", "DET", "NOUN", "AUX", "ADJ"],
        tags=["NN", "VBG", "VBD", "DT", "NN", "VBD", "JJ"],
        deps=["nsubj", "nsubj", "ROOT", "det", "nsubj", "ccomp", "acomp"],
        heads=[1, 2, 2, 4, 5, 2, 5],
    )
    assert doc[0].is_punct
    assert _participle_subject(doc[1]) == doc[0]
