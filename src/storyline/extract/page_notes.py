"""Notes an outlet sets on its pages about the page itself, not about the story: they stay in the
stored document but tell no event (`non_events.not_news` asks here).

Outlets other than the BBC print them at the head or foot of every article, and the sentence
splitter keeps them as sentences of their own:

- an editor's note, a correction or a note on who made the page ("This article was amended on 6 May
  2010.", "This has been corrected.", "This article was reported jointly with ProPublica, ...", "The
  following correction was printed in the Observer's For the record column", "The original said that
  ...") and a print edition's note ("A version appeared on p25 of the Main section of the Guardian on",
  "This article appeared on p28 of the Main section ...", "A version appeared in the Guardian on");
- a photo's credit, its photographer and agency ("John Moore/Getty Images"), and a wire photo's
  caption, which closes on the place and the day it was taken ("A boy wears a mask inside a bus in
  Bogota May 4, 2009.");
- a contact address ("Letters for publication should be sent to: letters@guardian.co.uk", a
  press release's "contacting MSD at pr@..."): a line with an e-mail address tells where to write,
  and so does a line that tells it and lost its address to the next sentence ("Letters for
  publication should be sent to:");
- a copyright line ("Content and Programming Copyright 2010 Fox News Network, LLC.", "All rights
  reserved");
- a wire's notes in brackets, its credits, links and story codes ("(For full coverage of the flu
  outbreak, click (nFLU))", "(Reporting by Maggie Fox; Editing by Xavier Briand)", "($1 = 1.460
  Singapore dollar)"), when nothing outside them is left (a code run into a report is no note:
  "(ID: nFLU) All these glove making firms export ...");
- a line about the writer ("- Eric Auchard is a Reuters columnist.", "Jane Doe writes about
  energy"): who wrote the page, not what happened;
- a credit line, whoever the outlet ("Staff writers Joel Achenbach and Steven Mufson contributed to this
  report.", "The Associated Press contributed to this report", "ProPublica's Ryan Knutson contributed
  reporting to this story"): who helped write the page (89 sentences of four Timeline17 topics, none
  of them news; "greed ... has contributed to this crisis" names no page);
- a dateline alone, its place, its time stamp and its wire ("MEXICO CITY | Sat Apr 25, 2009 12:51
  am BST MEXICO CITY (Reuters) -"): the report it heads was cut into the next sentence (a headline
  before it is not furniture: "Two cases of H1N1 flu confirmed in Turkey").
"""

from __future__ import annotations

import re

from storyline.analyse.segment import WIRE_PLACE, WIRE_STAMP, WIRES

_EDITORS_NOTE = re.compile(
    r"(?:^(?:\([^()]*+\)\s*+)?|\()[^\w(]*this "  # after a photo's credit: "(By Melina Mara -- ...) This"
    r"(?:article|story|caption|post|piece|blog(?: post)?|graphic|headline|video|page|content)"
    r" (?:was|has been|had been) (?:\w+ )?(?:amended|corrected|updated|changed|edited|published|removed|"
    r"reported|written|produced|prepared)\b"
    r"|^\W*(?:an earlier|a previous|earlier|previous) versions? of this "
    r"(?:article|story|caption|post|piece|graphic|headline|op-ed|edited transcript|transcript)\b"
    r"|^\W*this (?:has been|was) (?:corrected|amended)\b|^\W*the following correction\b"
    r"|^\W*the original (?:said|stated|gave|described|referred)\b"
    r"|^\W*(?:a version(?: of this \w+)?|this (?:article|story)) appeared (?:on|in) (?:p|page ?)\d"
    r"|^\W*a version(?: of this \w+)? appeared in the [a-z]+ on\b",
    re.IGNORECASE,
)  # "this article was ...", not "the report was published" (news of a report); after
# a bracket no other bracket ("[^\w(]", the last one opens the note): a run of "((((" is read once, not once
# a bracket to its end (a 20,000-character run took 4 s)
_PHOTO_CREDIT = re.compile(
    r"^\W*[A-Z][\w.'-]*+(?: [A-Z][\w.'-]*+){0,3} ?\\?/ ?[A-Z][\w.'-]*+(?: [A-Z][\w.'-]*+){0,2}\W*$"
)  # "John Moore/Getty Images", "Charles Dharapak\/AP": a photographer and an agency, each capitalised;
# each name's word whole ("*+"): a word's closing dots given back one by one to the "\W*" at the end
# tried the rest of the line for each (20,000 dots then a word took 2.4 s)
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_CAPTION_CLOSE = re.compile(
    rf"\b(?:in|at|near|outside|inside) (?:the )?[A-Z][\w.'-]*(?:,? [\w.'-]+){{0,6}},?(?<!\bon) "
    rf"{_MONTH} \d{{1,2}}, \d{{4}}\W*$"
)  # "... in Mexico City April 24, 2009.": a place, then the day the photo was taken, with no "on"
_CAPTION_YEAR = re.compile(r", \d{4}\W*$")  # how every `_CAPTION_CLOSE` ends, found from its ", "
_PAST = re.compile(r"\b(?:was|were|died|said)\b")  # "... died in Vancouver, BC January 18, 1978.": a fact
_EMAIL = re.compile(
    r"(?<![\w.+-])[.+-]*\w[\w.+-]*@[\w-]+(?:\.[\w-]+)+"
)  # from the start of a run of address characters only: not once a word of "a.b.c..." to its end
_SEND_TO = re.compile(
    r"^\W*[A-Z]\w*(?: \w+){0,2} should be (?:sent|addressed|e-?mailed) to\s*:?\W*$"
)  # "Letters for publication should be sent to:", its address cut off (not "... sent to Congress")
_COPYRIGHT = re.compile(r"(?:\bCopyright|©)\s*(?:©\s*)?(?:19|20)\d\d\b|\bAll rights reserved\b")
_BRACKETED = re.compile(r"\((?:[^()]|\([^()]*\))*\)")  # one level of brackets inside: "(... click (nFLU))"
_WIRE_CODE = re.compile(r"\((?:ID:\s*)?n[A-Z][A-Z0-9]{2,}\)")  # "(nFLU)", "(ID: nHKG372361)": a story's code
_WIRE_NOTE = re.compile(
    r"^\(\s*(?:(?:additional\s+)?(?:reporting|editing|writing|compiled|edited|written|research)\b[^()]*\bby\b"
    r"|for\b[^()]*(?:\([^()]*\)[^()]*)?\b(?:click|go to|see)\b"  # one run before the inner bracket
    r"|ID:|\$\s?1\s?=)",
    re.IGNORECASE,
)  # a credit, a link ("For more ..., click here"), a code or a rate of exchange
_WRITER = (
    r"(?:columnist|correspondent|editor|writer|reporter|journalist|blogger|commentator|contributor|"
    r"contributing editor)"
)
_ABOUT_THE_WRITER = re.compile(
    rf"^\W*(?:[A-Z][\w'.-]*\s){{1,3}}is (?:a|an|the) (?:[\w'.-]+\s){{0,5}}?{_WRITER}"
    r"(?:\s(?:at|for|of|on|with|in|based in)\b[^.;]{0,60}+)?\W*$"
    r"|^\W*(?:[A-Z][\w'.-]*\s){1,3}writes (?:about|on)\b"
)  # "- Eric Auchard is a Reuters columnist.": not "... was a correspondent" (an obituary's fact); where
# it works ("at ...") taken whole, not shared out with the "\W*" after it in each of 60 ways
_CREDIT = re.compile(
    r"\bcontributed (?:additional )?(?:reporting\b|(?:to|for) this (?:report|story|article)\b(?!'))",
    re.IGNORECASE,
)  # "... contributed reporting", "... contributed to this report": the page's credits; not "the report's
# ...", nor "Scientists who contributed to the report said ...", news about a report
_BARE_DATELINE = re.compile(
    rf"^\W*(?:{WIRE_PLACE} ?\| ?)?(?:{WIRE_STAMP} )?(?:{WIRE_PLACE}(?:, [A-Z][a-z]+ \d{{1,2}})? )?"
    rf"\({WIRES}\)\s*+[-–—]*+\s*+$"
)  # the wire's place, time stamp and name (`analyse.segment`); the spaces around the dash each taken
# whole: shared out between two "\s*" they were tried in every split (20,000 spaces then a word took 1.2 s)


def page_note(text: str) -> str | None:
    """The kind of note about the page that the sentence is (None when it is none).

    Asked of every sentence, and most are no note: each pattern that is searched through the whole
    sentence is tried only where a test for what any of its matches holds passes first (a bracket,
    "@", "Copyright", ", " and a year at the end, "contr"): the searches took two thirds of this."""
    # every branch of `_EDITORS_NOTE` starts at the text's start or at a bracket
    if (_EDITORS_NOTE.search(text) if "(" in text else _EDITORS_NOTE.match(text)) is not None:
        return "editor's note"
    if _PHOTO_CREDIT.match(text):
        return "photo credit"
    if _CAPTION_YEAR.search(text) and _CAPTION_CLOSE.search(text) and not _PAST.search(text):
        return "photo caption"  # a caption tells its scene in the present
    if ("@" in text and _EMAIL.search(text)) or _SEND_TO.match(text):
        return "contact address"
    if ("Copyright" in text or "©" in text or "All rights reserved" in text) and _COPYRIGHT.search(text):
        return "copyright line"
    if _only_wire_notes(text):
        return "wire notes"
    if _ABOUT_THE_WRITER.match(text):
        return "about the writer"
    if "contr" in text.lower() and _CREDIT.search(text):  # no "i" or "s": those match others ignoring case
        return "credit line"
    if _BARE_DATELINE.match(text):
        return "dateline"
    return None


def _only_wire_notes(text: str) -> bool:
    """The sentence is bracketed notes, one of them at least a wire's credit, link or code."""
    notes = _BRACKETED.findall(text)
    if not any(_WIRE_NOTE.match(note) or _WIRE_CODE.fullmatch(note) for note in notes):
        return False
    return not any(char.isalpha() for char in _BRACKETED.sub(" ", text))
