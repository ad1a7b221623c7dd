"""Sentences that a headline, a caption or a fact box's item runs into without a full stop, where
the run-in ends in a name or opens with an acronym, a name's noun phrase or an adverbial
(`analyse.segment`).

Timeline17's pages lost their line breaks, so a caption ("... into the Atlantic"), a headline
("US sues BP over oil disaster") or a timeline box's item runs into the next sentence. Left whole,
the glued sentence became one timeline entry with two pieces of news. The texts are real lines of
bpoil_bbc, H1N1_bbc, MJ_bbc and bpoil_guardian as the reader hands them to the parser; the lines
that must stay whole are the near misses met on those topics.
"""

from __future__ import annotations

import pytest

from conftest import sentences_of
from storyline.analyse.segment import CUTS_FAILED

FUNNEL = (
    "It will be placed over the leak , 5,000 ft down on the seabed BP hopes it will collect 85 % of the "
    "leaking oil and pipe it to the surface\n"
)
LAWSUIT = (
    "Gulf of Mexico oil leak : US sues BP over oil disaster The Deepwater Horizon rig explosion led to "
    "what was described as the worst environmental catastrophe in US history\n"
)
MACONDO = (
    "BP gears up to plug ` world 's biggest ' oil spill The Macondo well has been temporarily sealed "
    "with a cap for just over two weeks The US government has said the oil spill in the Gulf of Mexico "
    "is the biggest oil leak ever , as BP prepares its `` static kill '' operation to permanently seal "
    "its well .\n"
)
ATLANTIC = (
    "An ocean current is threatening to carry the oil into the Atlantic It emerged on Wednesday a small "
    "portion of the slick had entered the so-called Loop Current , which could take it to Florida and "
    "up the eastern US coast .\n"
)
TIMELINE_BOX = (
    "The US announces that it will buy 13 million new courses of antiviral treatment and send 400,000 "
    "of them to Mexico A flight from Germany to Washington DC is diverted to Boston after a female "
    "passenger complains of flu-like symptoms An aide to US Energy Secretary Stephen Chu who helped "
    "arrange President Barack Obama 's recent trip to Mexico is being tested for swine flu , although "
    "the aide is said not to have been in contact with the president The head of the US Centers for "
    "Disease Control and Prevention says it is fine for people without flu symptoms to fly and use the "
    "subway , a day after Vice-President Joe Biden said he would advise his own family members against "
    "using public transport Denmark reports its first confirmed case of swine flu\n"
)
HEALTH_MINISTER = (
    "In addition , eight suspected cases are being investigated at a New York City high school where "
    "about 200 students fell mildly ill with flu-like symptoms , said Health Minister Tony Ryall In "
    "France , a top health official told Le Parisien newspaper there were unconfirmed suspicions\n"
)
STATIC_KILL = (
    "That may take all of Tuesday and possibly run into Wednesday Then , engineers will have to decide "
    "whether to pump in cement at the top of the well .\n"
)
SAND_BARRIER = (
    "The entire proposed barrier would run for 128 miles -LRB- 206km -RRB- and require 78 million cubic "
    "metres of sand At present six sections , totalling 50 miles -LRB- 80km -RRB- , have been approved\n"
)
UPDATE_STAMP = (
    "8 September 2010 Last updated at 12:54 GMT Help A `` sequence of failures involving a number of "
    "different parties '' was to blame for the Deepwater Horizon oil spill in the Gulf of Mexico , BP "
    "says .\n"
)
DATELINE = (
    "Andrew Simms reports Monday 14 June 2010 21.00 BST A boat glides through the heavy sheen of oil as "
    "it skims near the site of the Deepwater Horizon disaster in the Gulf of Mexico .\n"
)
WHOLE = (
    "It could potentially add almost $ 16bn to the penalties BP would have to pay under the US Clean "
    "Water Act , he said .\n"
    "BP 's US chief Lamar McKay and four other oil bosses gave evidence amid accusations BP took "
    "shortcuts .\n"
    "There 's no question BP made mistakes , says Barton , but there 's a `` due process '' system that "
    "ought to be followed .\n"
    "Top kill started last Wednesday night , and during the operation BP made three separate attempts "
    "to block the well , using a total of 30,000 barrels of heavy mud .\n"
    "President Obama has introduced the tax to recoup money US taxpayers are expected to lose from "
    "bailing out the banks during the financial crisis .\n"
    "Man in the Mirror re-entered the charts at number 11 , nearly 20 years after its original release "
    ", while Billie Jean got to 25 , Smooth Criminal to 28 , Beat It reached 30 and Earth Song number "
    "38 .\n"
    "The residents of the Harrow Road are part of an initiative called It 's My Country , designed to "
    "help them discover the joys of walking .\n"
    "Play School was ground-breaking in more ways than one as it accidentally became the first program to "
    "be shown on BBC Two after a power cut halted the opening night 's programming .\n"
)


def _opens_sentence(sentences: list[str], words: str) -> bool:
    return any(sentence.startswith(words) for sentence in sentences)


def test_a_subject_in_capitals_opens_a_sentence_after_a_caption(pipeline) -> None:  # type: ignore[no-untyped-def]
    sentences = sentences_of(pipeline, FUNNEL)
    assert sentences[0].endswith("down on the seabed")
    assert _opens_sentence(sentences, "BP hopes it will collect")


def test_a_name_that_heads_a_noun_phrase_opens_a_sentence_after_a_headline(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert sentences_of(pipeline, LAWSUIT)[0] == "Gulf of Mexico oil leak : US sues BP over oil disaster"
    assert _opens_sentence(sentences_of(pipeline, MACONDO), "The US government has said the oil spill")


def test_a_pronoun_or_an_article_opens_a_sentence_after_a_name(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert _opens_sentence(sentences_of(pipeline, ATLANTIC), "It emerged on Wednesday")
    sentences = sentences_of(pipeline, TIMELINE_BOX)
    assert _opens_sentence(sentences, "A flight from Germany to Washington DC is diverted")


def test_a_caption_needs_its_verb_only_since_the_last_cut(pipeline) -> None:  # type: ignore[no-untyped-def]
    """The item before "Denmark" has its verb ("said he would advise") after a relative clause
    ("who helped") of an item that was cut off before it."""
    sentences = sentences_of(pipeline, TIMELINE_BOX)
    assert _opens_sentence(sentences, "Denmark reports its first confirmed case")


def test_an_adverbial_opens_a_sentence_after_a_run_in(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert _opens_sentence(sentences_of(pipeline, HEALTH_MINISTER), "In France , a top health official told")
    assert _opens_sentence(sentences_of(pipeline, STATIC_KILL), "Then , engineers will have to decide")
    assert _opens_sentence(sentences_of(pipeline, SAND_BARRIER), "At present six sections")


def test_a_sentence_opens_with_a_after_an_update_stamp(pipeline) -> None:  # type: ignore[no-untyped-def]
    sentences = sentences_of(pipeline, UPDATE_STAMP)
    assert sentences[0] == "8 September 2010 Last updated at 12:54 GMT Help"
    assert _opens_sentence(sentences, "A `` sequence of failures")


def test_a_time_zone_stays_with_its_clock(pipeline) -> None:  # type: ignore[no-untyped-def]
    sentences = sentences_of(pipeline, DATELINE)
    assert sentences[0].endswith("21.00 BST")
    assert _opens_sentence(sentences, "A boat glides through")


def test_relative_clauses_titles_and_clause_nouns_stay_whole(pipeline) -> None:  # type: ignore[no-untyped-def]
    """A name after a noun may open a relative clause ("the penalties BP would have to pay under"), a
    clause after a noun of saying ("amid accusations BP took shortcuts"), or the clause after a fronted
    adverbial ("during the operation BP made"); a capitalised pronoun may be a title's word ("Beat
    It", "an initiative called It 's My Country"), and a number word a channel's name ("BBC Two")."""
    lines = [line for line in WHOLE.splitlines() if line]
    sentences = sentences_of(pipeline, WHOLE)
    for line in lines:
        assert line.strip() in sentences


def test_a_determiner_opens_a_sentence_after_a_headline_or_a_participle(pipeline) -> None:  # type: ignore[no-untyped-def]
    headline = (
        "Swine flu cases close UK school Another nine UK cases of swine flu have been confirmed taking the "
        "total to 27 , according to the Health Protection Agency .\n"
    )
    assert sentences_of(pipeline, headline)[0] == "Swine flu cases close UK school"
    quote = (
        "It does not mean that the severity of the situation has increased The head of the WHO 's global "
        "influenza program , Keiji Fukuda , said the situation had `` evolved a lot '' in recent days .\n"
    )
    assert _opens_sentence(sentences_of(pipeline, quote), "The head of the WHO 's global influenza program")


def test_a_number_word_opens_a_sentence_after_a_place(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Eight cases of swine flu have emerged in the UK Two more people in London have been diagnosed with "
        "the swine flu virus , the Department of Health -LRB- DH -RRB- confirmed .\n"
    )
    sentences = sentences_of(pipeline, text)
    assert sentences[0] == "Eight cases of swine flu have emerged in the UK"
    assert _opens_sentence(sentences, "Two more people in London have been diagnosed")


def test_a_common_subject_with_its_prepositional_phrase_opens_a_sentence_after_a_caption(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Japanese schools have been taking precautions against the virus Health officials in Japan have "
        "confirmed the first cases of swine flu in the densely populated capital , Tokyo .\n"
        "Tony Hayward 's handling of the disaster has been under scrutiny Shares in BP have slumped almost "
        "40 % since the Deep Horizon oil rig exploded on 20 April .\n"
        "Eateries in Mexico City have been restricted to offering takeaway food Restaurants and cafes in "
        "Mexico City are to reopen on Wednesday after the country recorded a fall in new cases .\n"
    )
    sentences = sentences_of(pipeline, text)
    assert sentences[0] == "Japanese schools have been taking precautions against the virus"
    assert _opens_sentence(sentences, "Health officials in Japan have confirmed")
    assert _opens_sentence(sentences, "Shares in BP have slumped almost 40 %")
    assert _opens_sentence(sentences, "Restaurants and cafes in Mexico City are to reopen")


def test_a_title_and_a_name_open_a_sentence_after_a_headline(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Tony Hayward says BP was ` not prepared ' for the Gulf oil spill Former BP boss Tony Hayward says "
        "the company was `` not prepared '' to deal with media scrutiny over the Gulf oil disaster .\n"
        "Kevin Costner helps clean up oil spill The water will be 99 % clean of crude oil after the "
        "separation process Film star Kevin Costner is to play a part in cleaning up the oil spill off the "
        "Gulf of Mexico .\n"
    )
    sentences = sentences_of(pipeline, text)
    assert sentences[0] == "Tony Hayward says BP was ` not prepared ' for the Gulf oil spill"
    assert _opens_sentence(sentences, "Former BP boss Tony Hayward says the company")
    assert _opens_sentence(sentences, "Film star Kevin Costner is to play a part")


def test_a_common_subject_opens_a_sentence_after_a_people_in_the_plural(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Chinese authorities are taking no risks with the quarantined Mexicans Large parts of Mexico 's "
        "economy have been shut down since 1 May in an effort to stem the spread of the virus .\n"
    )
    sentences = sentences_of(pipeline, text)
    assert sentences[0] == "Chinese authorities are taking no risks with the quarantined Mexicans"
    assert _opens_sentence(sentences, "Large parts of Mexico 's economy have been shut down")


def test_a_bare_name_before_a_verb_of_naming_goes_on_the_sentence(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        "An experimental cap has stopped the flow of any fresh oil into the Gulf since 15 July , but "
        "engineers want to monitor the pressure and volume of oil in the well as they begin a procedure "
        "BP is calling a `` static kill '' .\n"
    )
    assert len(sentences_of(pipeline, text)) == 1


def test_as_many_as_and_a_number_open_a_sentence_after_a_caption(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The spill is believed to be America 's worst environmental disaster As many as 40,000 barrels "
        "-LRB- 1.7 million gallons -RRB- of oil a day may have been gushing out from a blown-out Gulf of "
        "Mexico well , doubling many estimates .\n"
    )
    sentences = sentences_of(pipeline, text)
    assert sentences[0] == "The spill is believed to be America 's worst environmental disaster"
    assert _opens_sentence(sentences, "As many as 40,000 barrels")


def test_a_report_of_what_someone_says_opens_a_sentence_after_a_headline(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Mexico and China in swine flu row Mexico 's ambassador says he was denied access to citizens at a "
        "hotel .\n"
        "Jermaine to write Michael Jackson memoir Jermaine Jackson said his book said the things Michael `` "
        "never got the chance to say '' .\n"
    )
    sentences = sentences_of(pipeline, text)
    assert sentences[0] == "Mexico and China in swine flu row"
    assert _opens_sentence(sentences, "Mexico 's ambassador says he was denied access")
    assert _opens_sentence(sentences, "Jermaine Jackson said his book")


def test_a_title_before_a_name_is_no_headline(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        "National director of epidemiology Eddy Martinez said the control mechanisms for swine flu are "
        "based on what was learned .\n"
        "BBC business correspondent Joe Lynam says that BP has no external insurance cover in the "
        "traditional sense .\n"
    )
    assert len(sentences_of(pipeline, text)) == 2


def test_a_name_opens_a_sentence_after_a_caption_that_ends_in_its_date(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        "BP began drilling two relief wells in May BP says its operation to drill a relief well to stop the "
        "Gulf of Mexico oil leak is `` slightly ahead of schedule '' .\n"
        "Jackson suffered a cardiac arrest in June Michael Jackson 's death certificate has been amended to "
        "reflect his cause of death as homicide .\n"
    )
    sentences = sentences_of(pipeline, text)
    assert sentences[0] == "BP began drilling two relief wells in May"
    assert _opens_sentence(sentences, "BP says its operation to drill a relief well")
    assert _opens_sentence(sentences, "Michael Jackson 's death certificate has been amended")


def test_a_name_after_a_verb_of_saying_and_its_date_goes_on_the_sentence(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        "British Prime Minister Gordon Brown said on Tuesday Haiti was a `` test of resolve '' for the "
        "international community .\n"
        "In a visit to Louisiana , one of four coastal states at risk , Obama stressed on Sunday BP was "
        "responsible for paying for the cleanup .\n"
    )
    assert len(sentences_of(pipeline, text)) == 2


def test_a_subject_opens_a_sentence_after_a_caption_that_ends_last_week(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Manny Pacquiao knocked out Britain 's Ricky Hatton last weekend Health officials in the Philippines "
        "have asked the country 's star boxer to delay his return from the US as a precaution against swine "
        "flu .\n"
        "BP names new chief of oil response team Mr Dudley -LRB- back -RRB- accompanied Mr Hayward to the "
        "White House last week Mr Dudley will head BP 's restoration organization `` effective immediately "
        "'' .\n"
    )
    sentences = sentences_of(pipeline, text)
    assert sentences[0] == "Manny Pacquiao knocked out Britain 's Ricky Hatton last weekend"
    assert _opens_sentence(sentences, "Health officials in the Philippines have asked")
    assert _opens_sentence(sentences, "Mr Dudley will head BP 's restoration organization")


def test_a_fronted_time_from_now_goes_on_the_sentence(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Earlier this month China diagnosed a case of the H1N1 virus in a Mexican traveller in Hong Kong .\n"
    )
    assert len(sentences_of(pipeline, text)) == 1


def test_a_name_opens_a_sentence_after_a_closing_report_tag(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        "BP suffers third rating downgrade The Gulf of Mexico oil disaster could cost BP $ 40bn , analysts "
        "say Moody 's downgraded BP 's creditworthiness by three notches , following similar moves by the "
        "other two rating agencies earlier this week .\n"
    )
    sentences = sentences_of(pipeline, text)
    assert sentences[-2].endswith("could cost BP $ 40bn , analysts say")
    assert sentences[-1].startswith("Moody 's downgraded BP 's creditworthiness")


def test_a_name_after_a_report_tag_with_no_clause_before_goes_on_the_sentence(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "At Spirit headquarters , workers say Boeing parts are piling up .\n"
    assert len(sentences_of(pipeline, text)) == 1


def test_a_subject_opens_a_sentence_after_a_headline_that_ends_in_a_comparison(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        "US oil spill : BP ` recovering less oil ' than estimated Video from BP appears to show vast "
        "quantities of oil still leaking from the well BP has said the amount of oil recovered from a "
        "leaking Gulf of Mexico oil well on Thursday was less than half an earlier estimate .\n"
    )
    sentences = sentences_of(pipeline, text)
    assert sentences[0].endswith("than estimated")
    assert _opens_sentence(sentences, "Video from BP appears to show vast quantities of oil")


def test_an_article_opens_a_sentence_after_a_closing_report_tag(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        "More quakes will happen and more planning is needed , scientists say The lack of earthquake "
        "planning by the international community is a `` disgrace '' , a leading seismologist has said .\n"
    )
    sentences = sentences_of(pipeline, text)
    assert sentences[0] == "More quakes will happen and more planning is needed , scientists say"
    assert _opens_sentence(sentences, "The lack of earthquake planning")


def test_an_adjective_and_a_plural_noun_open_a_sentence_after_a_caption(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Mexico has ramped up its containment efforts Mexican authorities have taken drastic measures to "
        "contain a new strain of the swine flu virus that has killed 81 and prompted fears of a global "
        "pandemic .\n"
        "People salvage what they can from the ruins of a destroyed building Overseas workers have saved 130 "
        "people from debris left by the disaster .\n"
    )
    sentences = sentences_of(pipeline, text)
    assert sentences[0] == "Mexico has ramped up its containment efforts"
    assert _opens_sentence(sentences, "Mexican authorities have taken drastic measures")
    assert _opens_sentence(sentences, "Overseas workers have saved 130 people")


def test_an_adjective_and_a_plural_noun_after_a_quantity_go_on_the_sentence(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Meanwhile , two Democratic senators have written to Mr Hayward urging him to suspend payments to "
        "shareholders worth $ 10bn until all costs of the clean-up and compensation are paid out .\n"
        "We heard from many , including Abdullah in Abuja who e-mailed to say that there really was no "
        "comparison between swine flu and the kind of diseases many African nations deal with on a daily "
        "basis .\n"
    )
    assert len(sentences_of(pipeline, text)) == 2


def test_a_subject_opens_a_sentence_after_a_fact_box_item_that_a_year_label_opens(pipeline) -> None:  # type: ignore[no-untyped-def]
    item = (
        "The elderly were particularly vulnerable 1968: An outbreak first detected in Hong Kong, and caused "
        "by a strain known as H3N2, killed up to one million people globally, with those over 65 most "
        "likely to die"
    )
    text = (
        f'{item} WHO Director General Margaret Chan said recent events constituted "a public health '
        'emergency of international concern" and that countries needed to co-operate in heightening '
        "surveillance.\n"
        f"{item} The World Health Organization has warned that taken together the Mexican and US cases "
        "could potentially trigger a global pandemic, and stress that the situation is serious.\n"
    )
    sentences = sentences_of(pipeline, text)
    assert sentences[1].endswith("most likely to die")
    assert _opens_sentence(sentences, "WHO Director General Margaret Chan said recent events")
    assert _opens_sentence(sentences, "The World Health Organization has warned")


def test_a_subject_opens_a_sentence_after_a_sum_of_money(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Gulf of Mexico oil leak bill reaches $450m BP says the oil spill in the Gulf of Mexico has cost "
        "it $450m (£308m) so far, an increase of $100m (£68m) on the figure reported earlier this week.\n"
        "Estimated cost of sand barrier project: $360m BP scheduled to make a first-quarter dividend "
        "payment to shareholders on 21 June At its worst, BP saw 34% wiped off its value\n"
    )
    sentences = sentences_of(pipeline, text)
    assert sentences[0] == "Gulf of Mexico oil leak bill reaches $450m"
    assert _opens_sentence(sentences, "BP says the oil spill")
    assert _opens_sentence(sentences, "BP scheduled to make a first-quarter dividend payment")


def test_a_name_after_a_sum_in_a_relative_clause_or_a_title_goes_on_the_sentence(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Those asset sales would cover half of the $20billion BP has pledged to put in an escrow fund to "
        "cover claims resulting from the spill.\n"
        "The legislation did not include $80million Obama wanted for closing Guantanamo and bans "
        "releasing any detainees into the United States through September 30.\n"
        "A Money Programme special, BP: $30 Billion Blowout is broadcast on BBC Two on Tuesday, 9 "
        "November 2010, at 2100 GMT, or afterwards on BBC iPlayer.\n"
    )
    assert len(sentences_of(pipeline, text)) == 3


def test_a_subject_opens_a_sentence_after_a_caption_that_ends_in_a_title(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        "We have evidence to suggest we are seeing the first pandemic of the 21st Century Dr Margaret "
        "Chan, WHO director general Official reports say there have been nearly 30,000 cases globally "
        "and 141 deaths, with figures rising daily.\n"
    )
    sentences = sentences_of(pipeline, text)
    assert sentences[-2].endswith("WHO director general")
    assert _opens_sentence(sentences, "Official reports say there have been nearly 30,000 cases")


def test_an_adverbial_opens_a_sentence_after_a_box_item_with_a_participle(pipeline) -> None:  # type: ignore[no-untyped-def]
    """bpoil_bbc's fact box: "BP scheduled to make ..." says something with a participle and its
    infinitive, no finite verb; the adverbial after it opens the next item, with its comma or without
    one before a name and its verb (the box's other copies)."""
    text = (
        "Dividend payment 2009: $10.5bn (£7bn) BP scheduled to make a first-quarter dividend payment to "
        "shareholders on 21 June At its worst, BP saw 34% wiped off its value\n"
        "Dividend payment 2009: $10.5bn (£7bn) BP scheduled to make a first-quarter dividend payment to "
        "shareholders on 21 June At its worst BP saw 34% wiped off the company's value\n"
    )
    sentences = sentences_of(pipeline, text)
    assert sentences.count("At its worst, BP saw 34% wiped off its value") == 1
    assert _opens_sentence(sentences, "At its worst BP saw 34% wiped off")
    assert sum(s.endswith("to shareholders on 21 June") for s in sentences) == 2


# bpoil_bbc's captions quote their person without a full stop and run into the lead: the quote
# closes, a name and its verb follow.
QUOTING_CAPTIONS = (
    'Shrimper Randy Nunez: "It looks like a ghost town around here" BP has endured waves of scathing '
    "criticism during the Gulf of Mexico oil spill, but there are those who are offering it qualified "
    "praise for the work it is doing, writes the BBC's Matthew Price in Louisiana.\n"
    'President Obama: "This is good news" BP says it is encouraged by the first test data following '
    "its stoppage of the flow of oil into the Gulf of Mexico.\n"
)


# A caption with its own verb runs into a lead that reports what a name says, the reported
# clause whole (bpoil_bbc's well, H1N1_bbc's timeline box); a title before its name keeps the
# sentence whole (bpoil_guardian).
REPORTING_NAMES = (
    "The well has temporarily stopped leaking oil, but beach clean-up efforts continue BP says there "
    "are no signs of leakage from its ruptured oil well in the Gulf of Mexico, a day after the flow "
    "was stopped for the first time since April.\n"
    "Test results confirm the UK's first person-to-person transmission of swine flu, in a friend of a "
    "couple from Scotland who were first in the country to be diagnosed with the virus Mexico says it "
    "will lodge a formal challenge at the World Trade Organisation\n"
    "AP reports: University of Michigan ecologist Donald Scavia says the BP spill could make the dead "
    "zone larger because microbes gobble oxygen when consuming oil.\n"
)


# H1N1_bbc's caption and haiti_bbc's headline run into a sentence that opens with "There" and
# its verb; a song's title with "There" (MJ_bbc) stays in its sentence.
EXISTENTIAL_THERE = (
    "It's still like seasonal flu - and seasonal flu does kill There are now 23 cases in England and "
    "four in Scotland, the DoH said.\n"
    "New life in US for Haiti earthquake orphans There were already 380,000 orphans in Haiti before "
    "last week's earthquake, and numbers have now increased.\n"
    "After that he hardly ever touched it as he embarked on a glittering career as an orchestral "
    "conductor, composer and arranger, but tonight's program ends with his creation around the song "
    "There's Something About A Soldier played on the Christie Organ at the Regal, Marble Arch, London.\n"
)


# MJ_bbc's headline runs into a lead that opens with the headline's subject again; after a role
# (bpoil_bbc's "Former BP boss") or inside a noun phrase (haiti_bbc's "the two-hour Hope for Haiti
# telethon") the repeated name goes on its sentence.
REPEATED_SUBJECTS = (
    "Michael Jackson's doctor goes on trial Michael Jackson's doctor has gone on trial in America, "
    "charged with causing the singer's death.\n"
    "Tony Hayward says BP was ` not prepared ' for the Gulf oil spill Former BP boss Tony Hayward says "
    'the company was "not prepared" to deal with media scrutiny over the Gulf oil disaster The former '
    'boss of BP Tony Hayward has admitted that the company was "not prepared" to deal with fallout over '
    'the Deepwater Horizon drilling rig disaster in the Gulf of Mexico and the media "feeding frenzy" '
    "surrounding it.\n"
    "Hope for Haiti Now footage courtesy of MTV George Clooney has hosted a benefit concert for Haiti "
    "earthquake victims featuring A-List names such as Madonna, Julia Roberts, Brad Pitt and Jay Z. "
    "Other acts who appeared in the two-hour Hope for Haiti telethon included Bono and Rihanna, who "
    "pre-recorded their performances in London on Friday.\n"
)


# bpoil_bbc's and haiti_bbc's sums end their sentences with "m.", which the tokenizer keeps whole as
# an abbreviation: the next capitalised word opens a sentence.
SUMS_WITH_STOPS = (
    "Last week, responsibilty for the claims was transfered to the Gulf Coast Claims Facility (GCCF), "
    "which has so far paid out a total of $38.5m. Plans to permanently seal the well were also "
    "progressing well, BP said.\n"
    "The government has already pledged £20m to the relief operation, while public donations to a "
    "Disasters Emergency Committee fund have reached £31.5m. Meanwhile, UK rescuers in Haiti have been "
    "redeployed to Petit Goave, west of the capital Port au Prince, which was hit by Wednesday's severe "
    "aftershock.\n"
)


# bpoil_bbc's headlines run into captions whose subject is a name after a possessive.
POSSESSIVE_NAMES = (
    "BP begins to fit new cap on Gulf of Mexico oil leak The BBC's Madeleine Morris says it may take "
    "days to complete the operation Underwater robots have successfully removed a leaking cap on BP's "
    "blown-out Gulf of Mexico oil well, the first stage in fitting a tighter cap.\n"
    "Ships evacuated from Gulf as tropical storm advances BP's Doug Suttles says the storm could delay "
    "plans by up to two weeks Dozens of ships in the Gulf of Mexico are preparing to leave the site of "
    "the BP oil spill as Tropical Storm Bonnie gathers pace.\n"
)


@pytest.mark.parametrize(
    ("text", "opens", "stays", "whole"),
    [
        pytest.param(
            QUOTING_CAPTIONS,
            (
                "BP has endured waves of scathing criticism",
                "BP says it is encouraged by the first test data",
            ),
            (),
            (),
            id="a_subject_opens_a_sentence_after_a_caption_that_quotes_someone",
        ),
        pytest.param(
            REPORTING_NAMES,
            (
                "BP says there are no signs of leakage",
                "Mexico says it will lodge a formal challenge",
            ),
            ("Donald Scavia",),
            (),
            id="a_name_that_reports_opens_a_sentence_after_a_caption",
        ),
        pytest.param(
            EXISTENTIAL_THERE,
            (
                "There are now 23 cases in England",
                "There were already 380,000 orphans",
            ),
            ("There's Something About A Soldier",),
            (),
            id="an_existential_there_opens_a_sentence_after_a_caption",
        ),
        pytest.param(
            REPEATED_SUBJECTS,
            ("Michael Jackson's doctor has gone on trial in America",),
            (
                "Tony Hayward says the company",
                "Hope for Haiti telethon",
            ),
            ("Michael Jackson's doctor goes on trial",),
            id="a_headline_subject_repeated_opens_the_lead",
        ),
        pytest.param(
            SUMS_WITH_STOPS,
            (
                "Plans to permanently seal the well",
                "Meanwhile, UK rescuers in Haiti",
            ),
            (),
            (),
            id="a_sentence_opens_after_a_sum_that_ends_in_a_full_stop",
        ),
        pytest.param(
            POSSESSIVE_NAMES,
            (
                "The BBC's Madeleine Morris says it may take days",
                "BP's Doug Suttles says the storm could delay",
            ),
            (),
            (),
            id="a_name_after_a_possessive_opens_a_sentence_after_a_headline",
        ),
    ],
)
def test_a_run_in_sentence_opens_where_its_lead_does(  # type: ignore[no-untyped-def]
    pipeline, text: str, opens: tuple[str, ...], stays: tuple[str, ...], whole: tuple[str, ...]
) -> None:
    """Captions and headlines that run into a lead with no full stop: each `opens` opens a sentence,
    each `stays` goes on the sentence before it, each `whole` comes out a sentence of its own."""
    sentences = sentences_of(pipeline, text)
    assert all(_opens_sentence(sentences, words) for words in opens)
    assert not any(_opens_sentence(sentences, words) for words in stays)
    assert all(sentence in sentences for sentence in whole)


@pytest.mark.parametrize(
    ("text", "opening"),
    [
        (
            "Matthew Price reports from Mexico A 23-month-old Mexican child has died of swine flu in Texas "
            "- the first death from the virus outside Mexico .\n",
            "A 23-month-old Mexican child has died",
        ),
        (
            "A crowd clapped and chanted as she was removed from the rubble A 16-year-old girl has been "
            "pulled out of the rubble .\n",
            "A 16-year-old girl has been pulled",
        ),
        (
            "Traces from the Ixtoc oil spill allegedly still remain on Mexico 's coastline A 1985 report by "
            "Mexico 's National Autonomous University found tar .\n",
            "A 1985 report by",
        ),
    ],
)
def test_an_article_before_a_number_opens_a_sentence_after_a_caption(
    pipeline, text: str, opening: str
) -> None:  # type: ignore[no-untyped-def]
    assert _opens_sentence(sentences_of(pipeline, text), opening)


def test_a_letter_before_a_number_goes_on_the_sentence(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "The company issued Class A 10-year notes on Monday .\n"
    assert sentences_of(pipeline, text) == [text.strip()]


def test_a_newspaper_dateline_stands_between_the_headline_and_the_lead(pipeline) -> None:  # type: ignore[no-untyped-def]
    """Finan_washingtonpost's pages run headline, dateline and lead into one line."""
    sentences = sentences_of(
        pipeline,
        "Sarkozy Advocates Systemic Change After Crisis TOULON, France, Sept. 25 -- French President "
        "Nicolas Sarkozy warned Europe on Thursday that it cannot continue with business as usual.\n"
        "Chiefs of World Bank and International Monetary Fund to Miss United Nations Forum UNITED NATIONS, "
        "Nov. 24 -- The chiefs of the World Bank and the International Monetary Fund have declined to "
        "attend.\n",
    )
    assert sentences[:3] == [
        "Sarkozy Advocates Systemic Change After Crisis",
        "TOULON, France, Sept. 25 --",
        "French President Nicolas Sarkozy warned Europe on Thursday that it cannot continue with business "
        "as usual.",
    ]
    assert "UNITED NATIONS, Nov. 24 --" in sentences
    assert _opens_sentence(sentences, "The chiefs of the World Bank")


def test_a_date_and_dashes_inside_a_report_are_no_dateline(pipeline) -> None:  # type: ignore[no-untyped-def]
    sentences = sentences_of(pipeline, "He said the deal was done by March 3 -- and then it collapsed.\n")
    assert sentences == ["He said the deal was done by March 3 -- and then it collapsed."]


def test_a_day_written_in_other_digits_costs_the_page_no_cuts(pipeline) -> None:  # type: ignore[no-untyped-def]
    """A superscript day is a digit that `int` does not read: the dateline is not one, and the page
    keeps its other cuts (the component's error would cost it all of them)."""
    doc = pipeline.nlp(
        "Sarkozy Advocates Systemic Change After Crisis TOULON, France, Sept. ² -- French President "
        "Nicolas Sarkozy warned Europe on Thursday that it cannot continue with business as usual.\n"
    )
    assert CUTS_FAILED not in doc.user_data


PAULSON = (
    "Treasury Secretary Henry Paulson gives an update on the federal bailout while speaking at the Fortune "
    "500 Forum in Washington (Gerald Herbert - AP)"
)
RECESSION = (
    "Economists with the nonprofit National Bureau of Economic Research announce that the U.S. economy "
    "entered a recession in December 2007."
)


def test_a_photo_credit_in_brackets_is_cut_from_its_caption_and_the_lead(pipeline) -> None:  # type: ignore[no-untyped-def]
    """Finan_washingtonpost, 2008-11-05: caption, credit and lead on one line."""
    sentences = sentences_of(pipeline, PAULSON + " " + RECESSION + "\n")
    assert sentences == [PAULSON.removesuffix(" (Gerald Herbert - AP)"), "(Gerald Herbert - AP)", RECESSION]


def test_a_photo_credit_that_ends_its_line_keeps_the_line_break(pipeline) -> None:  # type: ignore[no-untyped-def]
    """The line break after the credit is no sentence of its own."""
    sentences = sentences_of(pipeline, PAULSON + "\n" + RECESSION + "\n")
    assert sentences == [PAULSON.removesuffix(" (Gerald Herbert - AP)"), "(Gerald Herbert - AP)", RECESSION]


@pytest.mark.parametrize(
    "stamp",
    ["Last updated: 19 January, 2010 - 14:10 GMT", "6 January 2011 Last updated at 01:53 GMT Help"],
)
def test_an_update_stamp_on_its_own_line_keeps_its_last_word(pipeline, stamp: str) -> None:  # type: ignore[no-untyped-def]
    """The zone (an acronym) or "Help" that ends a stamp's own line goes on the stamp: no report opens
    there."""
    line = "Haiti earthquake: the struggle to distribute aid"
    assert sentences_of(pipeline, stamp + "\n" + line + "\n") == [stamp, line]
