"""Whether a line is news for an overview, read from the entry's sentence and its reports alone.

An overview of many articles has few places, and some entries that merging keeps tell no event a
reader can follow on its own: a caption, a frame, a box of figures, a line in its writer's voice, a
general truth, a condition, history the story recalls. These tests say so from one entry, whatever
else the overview holds; the view's order and its retelling tests (what is already shown, what
repeats it) stay in `merge.main_events`, which asks them before it chooses an entry.

A caption run into the lead ("Thousands of US troops have now arrived in Haiti A senior Italian
official ..."), a frame ("The news comes as ...") or a generic line ("Residents have been urged to
stay at home.") is a line of its pages rather than their news (`a_line_not_news`): the overview
shows the news of those pages in its place.

An overview leaves out a sentence that only frames a direct quote ('"You
can't be too careful," he says', 'He added: "It's worth remembering ..."'):
its news is in the quoted words, its speaker often a pronoun, and a reader
cannot tell what happened from it; unless a participle of the frame tells a
thing done, with its object ("Announcing the criminal investigations, Mr
Holder said: ..."): that is the news, the quote its speaker's word on it.
Nor is a phrase quoted inside the writer's own clause, which goes on after
the closing mark, a frame: 'President Barack Obama has pledged "every single
available resource" to help' tells the pledge.

The overview tells the story that the collection follows, from a little before
its first article: an event dated wholly more than `HISTORY` before it is
background the articles recall (the 1989 Exxon Valdez spill in the 2010 oil
spill's reports, the 1957 flu pandemic in the 2009 one's), shown by `--all`;
so is a sentence whose every year lies before the story ("During the 2003 SARS
outbreak ...", a box of past spills), whatever day its article dates it, and a
sentence that opens with a condition ("If it succeeds, cement would then be
injected"): what would follow, not what happened. An entry that names no one
and no place, gives no time in its sentence and whose every report is dated by
its article's day is a general truth (an explainer's "There is currently no
vaccine for the new strain", an adviser's "they should stay at home") or a line
that needs its page ("They study at the university"): no news for an overview.
Nor is a box of counts that extraction ran together into one sentence, two or
more labels each followed by its count ("New Zealand: 4 confirmed, 12 probable
cases ... South Korea: 1 confirmed case each"): a live page's furniture. Nor a box of items, each a
label, a dash and its outcome, `LISTED` or more ("Oil booms - partly successful Dispersant used -
scientists warn ... Huge dome placed over leak - became blocked by ice crystals ..."), which six of
bpoil_bbc's articles reprint: it held a place of bpoil_bbc's overview. Nor a box of names, a label,
a colon and `NAMES` or more names each followed by a comma ("Countries with suspected cases: Brazil,
Guatemala, Peru, ..."): it held one of 29 April's places in H1N1_bbc's overview, the Texan child's
death waiting behind it. Nor an event that its entry's own report tells only as the time or ground of
another, in a "since" clause or a perfect participle, and places no nearer than a week or a month
("his third trip there since the leak began six weeks ago", "having already faced questions ...
last week"): background that held two of bpoil_bbc's last places (`anchors_another`). Nor a state
told in the perfect as lasting since a month that dates the entry ("It has affected hundreds of miles
of Gulf coastline since April"): what holds up to its article's day, not that month's news.
Nor a line in its writer's own voice, outside quotes ("I've been investigating news emerging from
Denmark ...", "It's worth remembering that ...", a letter quoted from "`" on), a command with no subject
("Catch it, bag it, bin it, kill it.", "Find out more and buy the ebook ..."), what recurs every year
told in the present ("seasonal flu kills several thousand people in the UK each winter") or a person
whom only an earlier sentence of its page names ("The patients have all recently returned from
Mexico."): six places of H1N1_bbc's overview, which the first UK cases, the virus reaching Australia
and Japan and a second child treated now take. Nor a sentence that opens with a word in lower case,
the tail of one that segmenting cut or a reader's comment ("the Associated Press quotes her as saying
on Sunday.", "i hope she'll change her mind."): every such line among the candidates of four stores.
Nor, as blind judges read four of bpoil_bbc's and one of H1N1_bbc's places: a superlative's ranking of
the story that no source or day places ("The spill is the worst environmental disaster in US
history"); the second half of a page's sentence, a conjunction and a pronoun ("But, striking a note
of caution, he stressed ...", "And he said that we don't know ..."); a state summed up in the perfect
("Mr Hayward has been widely criticised over the Gulf of Mexico oil spill"); what was going on when
another event happened ("It was carrying out exploratory drilling ... when the blast occurred").
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from storyline.analyse.timex.lexicon import MONTH_NAMES, WEEKDAY_NAMES
from storyline.analyse.verb_forms import SUBORDINATORS
from storyline.extract.quote_marks import quote_spans
from storyline.model import Entry, Mention, Tense
from storyline.timevalue import bounds, calendar_day

HISTORY = timedelta(days=31)  # before the first article: what the story recalls, not what it follows
_YEAR = re.compile(
    r"(?<![\d,.$£])(?<!since )(?<!at )(1[89]\d\d|20\d\d)(?![\d,.])(?!\s*(?:GMT|BST|local|hours|hrs)\b)"
)
_CONDITION = re.compile(r"(?:if|unless|should it|were it)\b", re.IGNORECASE)
# what comes just before an event word told as the time or the ground of another: "his third trip
# there since the leak began", "having already faced questions" (a perfect participle; "having to
# cope" is not one); the clause's subject comes between, a few words ("since the Deepwater
# Horizon rig sank"), not a time ("since Monday the company has ...", "since then")
_SINCE_A_TIME = rf"(?:(?:then|last|early|late|{'|'.join((*MONTH_NAMES, *WEEKDAY_NAMES))})\b|\d)"
_ANCHOR_CLAUSE = re.compile(
    rf"(?:\bsince\s+(?!{_SINCE_A_TIME})(?:[\w'-]+\s+){{1,4}}|\bhaving\s+(?:\w+ly\s+|already\s+|just\s+)?(?:been\s+)?)$",
    re.IGNORECASE,
)
# a state in the perfect that lasts from a month on: "It has affected hundreds of miles of Gulf
# coastline since April", "oil which has been leaking ... since April"; the clause runs to a
# conjunction or the sentence's end
_LASTING_SINCE = re.compile(
    rf"\b(?:has|have)\b(?:(?!\b(?:and|but)\b)[^.;])*\bsince\s+(?:(?:early|late|mid-?)\s*)?(?:{'|'.join(MONTH_NAMES)})\b",
    re.IGNORECASE,
)
TIME_WORDS = re.compile(
    rf"\b(?:(?:{'|'.join(name.capitalize() for name in (*MONTH_NAMES, *WEEKDAY_NAMES))})"
    r"\b|(?i:today|tonight|yesterday|tomorrow"
    r"|week|month|year|ago|(?:1[89]|20)\d\d)\b)"
)
DAY_WORDS = re.compile(  # a day told relative to the article's: its own day or the one before
    rf"\b(?:{'|'.join(name.capitalize() for name in WEEKDAY_NAMES)}"
    r"|(?i:today|tonight|yesterday|this morning))\b"
)
# a place that is the world: "nearly 30,000 cases globally", "around the world"; not a kind of thing
# ("a new flu virus could launch a worldwide pandemic", "the worldwide spread")
_WORLDWIDE = re.compile(
    r"\b(?:globally|(?<!\ba\s)(?<!\bthe\s)world-?wide|(?:around|across)\s+the\s+(?:world|globe))\b", re.I
)
_LABELLED_COUNT = re.compile(r"[A-Za-z)]\s*:\s*\d")  # "New Zealand: 4", "Mexico: 26"; not "at 14:25"
TALLY = 2  # labelled counts from which a sentence is a box of figures
NAMES = 2  # names, each followed by a comma, after a label's colon from which a sentence is a box of names
# a label, a colon, then names run on with commas ("Countries with suspected cases: Brazil, Guatemala,
# Peru"); not a quote's frame (no quote mark in the label) nor a sentence (no full stop in it)
_NAMED_LIST = re.compile(
    rf"(?:^|\s)[A-Z][^:\"“”.]{{2,60}}:\s*(?:[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){{0,2}},\s*){{{NAMES},}}"
)
_SPACED_DASH = re.compile(r"\s[-\u2013\u2014]\s")  # "Oil booms - partly successful", not "rig-owner"
LISTED = 3  # spaced dashes from which a sentence is a box of items, each a label and its outcome
FRAME_WORDS = 8  # words outside a direct quote up to which a sentence only frames it ("X, the Y, told Z:")
_QUOTE_MARKS = re.compile(r"[\"“”«»]")
# a quote's closing mark, no stop or comma before it, and the writer's clause going on with a word
_CLAUSE_GOES_ON = re.compile(r"(?<![,.!?;:])[\"“”»]\s+[a-z0-9]")
_FIRST_PERSON = re.compile(r"I(?:'ve|'m|'d|'ll)?\s")  # "I've been investigating", not "It", "In"
_POINTER = re.compile(r"It(?:'s|\s+is)\s+(?:worth|important\s+to)\s+\w+")  # "It's worth remembering that"
_LOWER_OPENING = re.compile(r"[\"'`]?[a-z]+\b")  # "the Associated Press quotes her", not "eBay" or "iPhone"
# a verb in the bare form ("Catch", not "Says", "Closed", "Speaking"), then its object or particle
_COMMAND = re.compile(
    r"[A-Z][a-z]+(?<![^s]s)(?<!ed)(?<!ing)\s+(?:it|them|us|me|him|her|the|a|an|your|this|out|up|off)\b"
)
_RECURRING = re.compile(r"\b(?:each|every)\s+(?:year|winter|summer|spring|autumn|season)\b", re.IGNORECASE)
_DEFINITE_PERSON = re.compile(
    r"The\s+(?:boy|girl|man|woman|child|baby|teenager|patients?|pupils?|students?|victims?|couple)"
    r"(?:\s*,\s*[a-z0-9][^,]{0,80},)?"  # an aside that names no one: ", who has not been named,"
    r"\s+(?:all\s+)?(?:has|have|had|was|were|is|are|will|would)\b"
)
# a participle that opens a clause of the frame, then its object ("Announcing the criminal probe,")
_PARTICIPLE_OBJECT = re.compile(
    r"(?:^|,)\s*([A-Za-z]+ing)\s+(?:the|a|an|his|her|its|their|our|this|these|those|new|\w+'s)\s+\w+",
    re.IGNORECASE,
)
# participles of the telling, what they take said or asked, not done ("Addressing the crowd"), and
# prepositions in -ing ("During the meeting", "Following the vote")
_NOT_ACTS = frozenset({
    "speaking", "saying", "adding", "addressing", "telling", "quoting", "citing", "echoing", "answering",
    "asking", "repeating", "writing", "referring", "describing", "explaining", "responding", "reading",
    "during", "following", "according", "including", "regarding", "concerning", "considering",
    "excluding", "notwithstanding", "pending", "morning", "evening", "nothing", "something", "everything",
})  # fmt: skip


_GRAPHIC_TITLE = re.compile(  # "How", a clause with no stop, comma or dash, run into a capitalised word
    r"How\s(?!(?:long|much|many|far|soon|often|do|does|did|can|could|will|would|is|are|was|were)\b)"
    r"[^.,;:?!\"\-]*?\b[a-z]+\s[A-Z][a-z]"
)
_GLUED_CAPTION = re.compile(r"[a-z] (?:A|An|The) [a-z]")  # "arrived in Haiti A senior Italian official"
_FRAME = re.compile(r"(?:the|this|that|it)\s+(?:\w+\s+)?comes?\s+(?:as|after|amid)\b", re.IGNORECASE)
_A_NAME_OR_FIGURE = re.compile(r"\s[A-Z]|\d")  # a capital after the first word (a name), or a digit


def no_news(entry: Entry, first: date | None) -> bool:
    """Whether the entry is no news for an overview, by every test of this module that reads one
    entry alone (`first`: when the collection's first article came out; without it, no test of
    history): what `merge.main_events` asks of each entry before it weighs what is shown."""
    sentence = entry.summary
    if first and (history(entry, first) or recalls_history(sentence, first)):
        return True
    if frames_a_quote(sentence) or conditional(sentence) or tally(sentence) or listed(sentence):
        return True
    if names_a_list(sentence) or writers_remark(sentence) or no_one_nowhere_undated(entry):
        return True
    if opens_in_lower_case(sentence) or graphic_title(sentence):
        return True
    return (
        anchors_another(entry)
        or ranks_the_story(entry)
        or continues_a_sentence(sentence)
        or summed_up_state(entry)
        or background_of_a_when(entry)
        or lasting_since_a_month(entry)
        or imperative(entry)
        or habitual(entry)
        or unnamed_person(entry)
    )


def a_line_not_news(entry: Entry) -> bool:
    """Whether the entry's sentence is a caption, a frame or a generic line rather than a report of
    news: a caption runs into the lead ("Thousands of US troops have now arrived in Haiti A senior
    Italian official has strongly criticised ..."); a frame tells the news it comes with ("The news
    comes as BP says ..."); a generic line names no one and gives no figure ("Residents have been
    urged to stay at home."). A sentence without a full stop is not taken for a caption: as often
    it is a headline that tells the news ("Barack Obama compares oil spill to 9/11")."""
    sentence = entry.summary.strip()
    if _GLUED_CAPTION.search(sentence) or _FRAME.match(sentence):
        return True
    if _A_NAME_OR_FIGURE.search(sentence):
        return False
    # its first word may be a name too: "Anadarko, however, has refused ..."
    return not any(name in sentence for name in (*entry.actors, *entry.places))


def graphic_title(sentence: str) -> bool:
    """Whether the sentence opens with a map's or a graphic's title, an explainer's "How" and its
    clause run into the caption under it ("How the oil has spread Approximate oil locations 22 April -
    15 May", reprinted by four of bpoil_bbc's pages and dated by its caption's first day): page
    furniture, not news. Not a question ("How do I get ...?") nor a clause that "How long" or "How
    much" opens as a subject ("How long Murray will spend behind bars is up to Judge ...")."""
    return "?" not in sentence and _GRAPHIC_TITLE.match(sentence) is not None


def frames_a_quote(sentence: str) -> bool:
    """Whether the sentence is a direct quote and its frame ("X, the Y, told Z:") and no more."""
    quoted = list(quote_spans(sentence))
    marks = [m.start() for m in _QUOTE_MARKS.finditer(sentence)]
    if not quoted and len(marks) % 2:  # the quote goes on into the next sentence
        quoted = [(marks[-1], len(sentence))]
    if not quoted:
        return False
    if any(_quoted_in_a_clause(sentence, start, end) for start, end in quoted):
        return False
    outside, at = [], 0
    for start, end in quoted:
        outside.append(sentence[at:start])
        at = end
    outside.append(sentence[at:])
    frame = _QUOTE_MARKS.sub(" ", " ".join(outside))
    return len(frame.split()) <= FRAME_WORDS and not _names_an_act(frame)


def _quoted_in_a_clause(sentence: str, start: int, end: int) -> bool:
    """Whether the quote (`start` to `end`) is a phrase inside the writer's own clause, which opens
    before it and goes on after its closing mark ('President Barack Obama has pledged "every single
    available resource" to help', 'BP says "static kill" of well successful'), not the speaker's
    words that a frame only introduces or closes ('"You can't be too careful," he says', '"It is so
    upsetting" she said', 'He added: "It's worth ..."')."""
    opens_it = _QUOTE_MARKS.sub("", sentence[:start]).strip() == ""
    return not opens_it and _CLAUSE_GOES_ON.match(sentence, end) is not None


def _names_an_act(frame: str) -> bool:
    """Whether a quote's frame tells a thing done in a participle with its object ("Announcing the
    criminal investigations, Mr Holder said:"): the news is the act, the quote its speaker's word on
    it. A participle of the telling itself ("Speaking at the White House", "Quoting the report") or
    one whose clause only places it ("Speaking on Thursday") is a frame."""
    return any(match.group(1).lower() not in _NOT_ACTS for match in _PARTICIPLE_OBJECT.finditer(frame))


def recalls_history(sentence: str, first: date) -> bool:
    """Whether every year the sentence gives lies before the story ("During the 2003 SARS outbreak
    ...", a box of past spills "1991: 520m gallons ... 1979: ..."): history the articles recall,
    whatever day their article dates it. A year the story is measured against ("the worst since
    1968") and a clock time ("at 1425 local time") do not count, nor does any year of a sentence
    that names a day of its article's ("Hayward promised yesterday that BP would "fix" the disaster,
    which is on course to eclipse the 1989 Exxon Valdez incident"): that is news of its day."""
    if DAY_WORDS.search(sentence):
        return False
    years = [int(match.group(1)) for match in _YEAR.finditer(sentence)]
    return bool(years) and all(year < (first - HISTORY).year for year in years)


def no_one_nowhere_undated(entry: Entry) -> bool:
    """Whether the entry names no one and no place, its sentence gives no time, and each report is
    dated by its article's day: an explainer's or an adviser's general truth ("There is currently
    no vaccine for the new strain", "Instead, they should stay at home and call their healthcare
    provider"), or a line that tells nothing without its page ("They study at the university,
    work or have family here."). A report whose date is not known is not taken to lack one. A
    sentence that places what it tells in the world names its place: "Official reports say there
    have been nearly 30,000 cases globally and 141 deaths" is the day's tally, not a general truth."""
    if entry.actors or entry.places or not entry.mentions or _WORLDWIDE.search(entry.summary):
        return False
    return dated_by_pages(entry)


def dated_by_pages(entry: Entry) -> bool:
    """Whether the entry's sentence gives no time and each report is dated by its own article's day."""
    if TIME_WORDS.search(entry.summary):
        return False
    return all(
        mention.date is not None and calendar_day(mention.date) == mention.publication_date
        for mention in entry.mentions
    )


def tally(sentence: str) -> bool:
    """Whether the sentence is a box of counts run together ("One death, at least 141 confirmed cases
    New Zealand: 4 confirmed, 12 probable cases The Netherlands, ... South Korea: 1 confirmed"): two
    or more labels each followed by a count, the furniture of a live page, not a sentence of news."""
    return len(_LABELLED_COUNT.findall(sentence)) >= TALLY


def listed(sentence: str) -> bool:
    """Whether the sentence is a box of items run together, each a label, a dash and its outcome
    ("Oil booms - partly successful Dispersant used - scientists warn it may kill marine life Huge
    dome placed over leak - became blocked by ice crystals ..."): a page's fact box, not a sentence
    of news. Two dashes set off an aside ("The child - one of 91 cases of swine flu in the US - had
    been visiting relatives in Texas") and are news."""
    return len(_SPACED_DASH.findall(sentence)) >= LISTED


def names_a_list(sentence: str) -> bool:
    """Whether the sentence holds a box of names run together: a label, a colon and names one after
    another ("Countries with suspected cases: Brazil, Guatemala, Peru, Australia, and South Korea,
    and seven EU states All three recently returned from Mexico"), a page's fact box that tells no
    event; it held a place of H1N1_bbc's overview on a day whose news (a Texan child's death) it
    kept out. A quote after a colon ('He said: "We will ..."') is no list."""
    return _NAMED_LIST.search(sentence) is not None


def anchors_another(entry: Entry) -> bool:
    """Whether the entry's own report tells its event as the time or the ground of another, in a
    clause of "since" or of a perfect participle, and places it no nearer than a week or a month
    ("President Barack Obama is to visit the gulf on Friday, his third trip there since the leak
    began six weeks ago", "McKay returned to the Senate for the hearing, having already faced
    questions ... last week"): the sentence's news is the other event, and this one background that
    the clause dates only roughly. A clause that gives the day ("Oil has been spewing since the rig
    exploded on 20 April") still tells when the event happened."""
    if calendar_day(entry.date) is not None:
        return False
    for mention in entry.mentions:
        if mention.event_start is None or not shows_its_sentence(entry, mention):
            continue
        return _ANCHOR_CLAUSE.search(mention.text[: mention.event_start - mention.start]) is not None
    return False


# a copula, "as" or "led to" right before a superlative that ranks what follows ("is the worst
# environmental disaster", "is believed to be America's worst", "described as the worst", "led to the
# worst"); not an epithet of the sentence's subject ("The worst oil spill in U.S. history has caused
# ..."), of a preposition's object ("moved to the largest open space in the town", "costs related to
# the worst oil spill") or an aside ("..., the largest in U.S. history")
_RANKED_AS = re.compile(
    r"\b(?:is|are|was|were|be|been|became|becomes|as|(?:led|lead|leads|leading)\s+to)\s+"
    r"(?:now\s+|already\s+|officially\s+)?"
    r"(?:the|[A-Z][\w.-]*['’]s)\s+(?:single\s+)?(?:worst|biggest|largest|greatest|deadliest|costliest)\b"
)
# a conjunction that opens a sentence, an aside in commas, then a personal pronoun as its subject
_CONTINUATION = re.compile(r"(?:And|But|Yet|However)\b,?\s*(?:[^,]{1,60},\s*)?(?:he|she|they)\b")
# a perfect, then an adverb that sums up a time ("has been widely criticised", "have long argued")
_SUMMED_UP = re.compile(
    r"\b(?:has|have)\s+(?:been\s+)?(?:widely|repeatedly|frequently|often|long|consistently|heavily|roundly)"
    r"\s+(?:been\s+)?\w+ed\b",
    re.IGNORECASE,
)
_PROGRESSIVE = re.compile(r"\b(?:was|were)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_WHEN_CLAUSE = re.compile(r"\bwhen\b", re.IGNORECASE)
_WORD = re.compile(r"[a-z]+")


def ranks_the_story(entry: Entry) -> bool:
    """Whether the sentence's claim is a superlative's ranking of the story ("The spill is the
    worst environmental disaster in US history", "has been described as the worst environmental
    disaster the US has seen", "is believed to be America's worst environmental disaster"), with no
    source for it and no time of its own (`dated_by_pages`): a judgement that its articles repeat,
    not a thing that happened. A source that says so ("The US government says the oil spill is
    officially the biggest leak ever"), a day named ("Speaking in Washington on Tuesday, President
    Barack Obama described the leak as "the greatest environmental disaster of its kind in our
    history"") or a ranking as the epithet of another claim's subject ("The worst oil spill in U.S.
    history has caused an economic and environmental disaster in five states") or of a preposition's
    object ("moved to the largest open space in the town") is not."""
    if entry.attribution is not None or not dated_by_pages(entry):
        return False
    return _RANKED_AS.search(entry.summary) is not None


def continues_a_sentence(sentence: str) -> bool:
    """Whether the sentence opens with a conjunction and a personal pronoun as its subject ("But,
    striking a note of caution, he stressed that success was not guaranteed", "And he said that we
    don't know what will happen in the southern hemisphere"): the second half of what its page's
    sentence before says, whose speaker and occasion only that one names. A pronoun alone does not
    make a sentence a continuation ("He is thought to have picked up swine flu in Texas")."""
    return _CONTINUATION.match(sentence) is not None


def summed_up_state(entry: Entry) -> bool:
    """Whether the entry tells in the perfect, with an adverb that sums up a time ("widely",
    "repeatedly", "long"), what has held up to its article's day, and gives no time of its own
    (`dated_by_pages`): "Mr Hayward has been widely criticised over the Gulf of Mexico oil spill"
    is a state of the story, not a thing that happened on its page's day."""
    return dated_by_pages(entry) and _SUMMED_UP.search(entry.summary) is not None


def background_of_a_when(entry: Entry) -> bool:
    """Whether the entry's own report tells its event in the past progressive ("was carrying out",
    "were sleeping") with a "when" clause after it ("It was carrying out exploratory drilling 84km
    south-east of Venice, Louisiana when the blast occurred"): what was going on when another event
    happened, the background of that event, which is the sentence's news. A "when" after a word that
    opens another clause is that clause's ("On Thursday BP said it was making progress on plugging the
    ruptured well as U.S. government figures showed the disaster has eclipsed the previous worst U.S.
    oil spill caused when the Exxon Valdez ran aground in 1989")."""
    own = own_report(entry)
    if own is None or own.event_start is None or own.event_end is None:
        return False
    before = own.text[: own.event_start - own.start]
    after = own.text[own.event_end - own.start :]
    word = own.text[own.event_start - own.start : own.event_end - own.start]
    if not word.endswith("ing") or _PROGRESSIVE.search(before) is None:
        return False
    when = _WHEN_CLAUSE.search(after)
    return when is not None and not SUBORDINATORS.intersection(_WORD.findall(after[: when.start()].lower()))


def own_report(entry: Entry) -> Mention | None:
    """The report whose sentence the entry shows, if one does."""
    return next((mention for mention in entry.mentions if shows_its_sentence(entry, mention)), None)


def shows_its_sentence(entry: Entry, mention: Mention) -> bool:
    """Whether the entry shows the mention's sentence (its summary is that sentence on one line): the
    mention is the entry's own report, whose marked words and clauses are those the reader sees."""
    return " ".join(mention.text.split()) == entry.summary


def lasting_since_a_month(entry: Entry) -> bool:
    """Whether the entry is dated to a month by a state its sentence tells in the perfect as lasting
    since then ("It has affected hundreds of miles of Gulf coastline since April, with serious
    economic damage", "The blown-out well has been spewing oil into Gulf waters since April"): what
    holds up to its article's day, dated by its start, not an event of that month. It held April's
    place in bpoil_bbc's overview, which the commission's finding of a late-April denial now takes."""
    return calendar_day(entry.date) is None and _LASTING_SINCE.search(entry.summary) is not None


def opens_in_lower_case(sentence: str) -> bool:
    """Whether the sentence opens with a word in lower case: the tail of a sentence that segmenting
    cut ("the Associated Press quotes her as saying on Sunday.", "was near to the capital.") or a
    reader's comment ("i hope she'll change her mind."), which a reader cannot follow on its own.
    A name written with an inner capital ("eBay") is not one."""
    return _LOWER_OPENING.match(sentence) is not None


def writers_remark(sentence: str) -> bool:
    """Whether the sentence is its writer's own remark rather than a report: it opens in the first
    person singular outside any quote ("I've been investigating news emerging from Denmark ..."),
    in a frame that only points the reader ("It's worth remembering that seasonal flu kills ..."),
    or with a quote mark set as "`" whose speaker another sentence names ("` We and our families
    and forebears have always turned to the Church ...")."""
    if _POINTER.match(sentence) or sentence.startswith("`"):
        return True
    return _FIRST_PERSON.match(sentence) is not None and not _QUOTE_MARKS.search(sentence)


def imperative(entry: Entry) -> bool:
    """Whether the entry's own report opens with its predicate in the bare form and its object, a
    command with no subject ("Catch it, bag it, bin it, kill it.", "Find out more and buy the ebook
    ..."): a slogan, advice or a page's furniture, not a thing that happened. A name that opens the
    sentence is no predicate ("Hope for Haiti Now, broadcast from New York, ... featured Madonna")."""
    for mention in entry.mentions:
        if mention.event_start != mention.start or not shows_its_sentence(entry, mention):
            continue
        return _COMMAND.match(mention.text) is not None
    return False


def habitual(entry: Entry) -> bool:
    """Whether the entry tells in the present what recurs every year or season ("seasonal flu kills
    several thousand people in the UK each winter"): a general truth, not news of its day."""
    return entry.tense == Tense.ONGOING and _RECURRING.search(entry.summary) is not None


def unnamed_person(entry: Entry) -> bool:
    """Whether the sentence opens with a person told only by a definite description ("The patients
    have all recently returned from Mexico.", "The boy was admitted to a private hospital"), also
    with an aside in commas that names no one ("The man, who has not been named, was taken ..."):
    who they are is in an earlier sentence of its page, and a reader of the overview cannot tell."""
    return _DEFINITE_PERSON.match(entry.summary) is not None


def conditional(sentence: str) -> bool:
    """Whether the sentence opens with a condition ("If it succeeds, cement would then be injected
    to seal the well."): what would follow if something happened, not what happened."""
    return _CONDITION.match(sentence) is not None


def history(entry: Entry, first: date) -> bool:
    """Whether the entry's date lies wholly more than `HISTORY` before the first article."""
    span = bounds(entry.date)
    return span is not None and span[1] < first - HISTORY
