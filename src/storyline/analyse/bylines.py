"""A reporter's byline at the head of a line, and where the lead run into it starts.

News pages name their writer in a line of their own: "By Richard Black Environment correspondent,
BBC News", "By Finlo Rohrer BBC News, Washington", "By Joe Lynam, BBC business correspondent". A
scraped page often loses the line break after it, and the lead runs in: "By Richard Anderson
Business reporter, BBC News BP has suffered a number of controversies ...". Read as one sentence,
the byline's words become the lead's subject ("BBC News ... has confirmed", said by "BBC News"), and
alone a byline is an entry that tells nothing. A byline is known by its shape, not by an outlet's
list: "By", a name of two to four capitalised words (or two names joined by "and"), then what the
writer is: a role ending in a newsroom's word ("Science correspondent", "Presenter", "Associated
Press Writer") and an outlet ("BBC News", "BBC World News", "BBC Panorama"), in either order, with
or without a comma; and after a comma the place it was filed from ("Washington", "Campeche,
Mexico"). The lead starts at the next capitalised word. Written here: no library knows bylines, and
spaCy's parser reads the run-in line as one clause.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

_ROLES = frozenset(
    {"correspondent", "reporter", "editor", "writer", "presenter", "producer", "analyst", "columnist"}
    | {"journalist", "contributor", "staff"}
)  # the newsroom words a writer's role ends in ("Business reporter", "Associated Press Writer")
_OUTLET = "BBC"  # a broadcaster whose bylines name it without a role: "By Finlo Rohrer BBC News"
_OUTLET_WORDS = frozenset(
    {"News", "World", "Service", "Panorama", "Newsnight", "Online", "NI", "Scotland", "Wales", "Radio"}
)  # the words that follow the outlet's name in its bylines ("BBC World News"), not a lead's first word
# capitalised words before the role or the outlet, at least and at most: a name of two to four, and
# the role's own ("Richard Anderson Business reporter", "Jamie Robertson Presenter")
_HEAD_WORDS = (2, 6)
_REACH = 16  # words a byline has at most
_PLACE_WORDS = 2  # capitalised words of a place it was filed from ("Niger Delta"), between commas
_PLACES = 2  # places at most ("Campeche, Mexico")
_NAME_TAGS = frozenset({"NNP", "NNPS"})


def byline_leads(doc: Doc, texts: list[str]) -> list[tuple[int, int]]:
    """For each byline that runs into its lead, the index of its "By" and of the lead's first word
    (`texts`: the words' texts, as `segment` reads them). A byline may follow the headline on its
    line ("Mexicans still haunted by 1979 Ixtoc spill By Julian Miglierini BBC News, ..."): a
    capitalised "By" is cut off from what comes before it as well."""
    found = []
    for index, text in enumerate(texts):
        if text == "By":
            lead = _lead_after(doc, texts, index)
            if lead is not None:
                found.append((index, lead))
    return found


def _lead_after(doc: Doc, texts: list[str], by: int) -> int | None:
    end = _byline_end(texts, by)
    if end is None:
        return None
    end = _after_places(doc, texts, end)
    if end is None or end >= len(texts) or not _capitalised(texts[end]):
        return None  # the line ends with the byline, or runs on in lower case: no lead to cut
    return end


def _byline_end(texts: list[str], by: int) -> int | None:
    """The word after the writer's name, role and outlet, or None if the words after "By" are no
    byline. Names before the role ("Richard Anderson Business reporter"), an outlet after a comma
    ("reporter, BBC News") or before the role ("BBC business correspondent")."""
    stop = min(len(texts), by + 1 + _REACH)
    index, last = by + 1, None  # `last`: the word after the latest role or outlet word
    while index < stop:
        word = texts[index]
        if word.lower() in _ROLES:
            last = index + 1
        elif word == _OUTLET:
            last = index + 1
            while last < stop and texts[last] in _OUTLET_WORDS:
                last += 1
            index = last - 1
        elif word == "," or (word == "and" and last is None):
            pass
        elif _capitalised(word) and (word.isalpha() or "'" in word):  # "O'Gorman"
            if last is not None:
                break  # a capitalised word after the role or outlet: the place's or the lead's
        elif word.islower() and index + 1 < stop and texts[index + 1].lower() in _ROLES:
            pass  # "business" in "BBC business correspondent"
        else:
            break
        index += 1
    if last is None or not _HEAD_WORDS[0] <= _head_length(texts, by) <= _HEAD_WORDS[1]:
        return None
    return last


def _head_length(texts: list[str], by: int) -> int:
    """The capitalised words right after "By" and before the role's last word or the outlet: a
    second name after "and" ends the count (two writers' names are each as long as one)."""
    count, index = 0, by + 1
    while index < len(texts) and _capitalised(texts[index]):
        if texts[index] == _OUTLET or texts[index].lower() in _ROLES:
            break
        count, index = count + 1, index + 1
    return count


def _after_places(doc: Doc, texts: list[str], end: int) -> int | None:
    """The word after the places that follow the byline after commas ("BBC News, Campeche, Mexico
    The Ixtoc well ..."), or None when a place cannot be told from the lead's first words (three
    names in a row: "Washington Tyrone Benton:")."""
    for _ in range(_PLACES):
        if end >= len(texts) or texts[end] != ",":
            return end
        run = end + 1
        while run < len(texts) and _capitalised(texts[run]) and doc[run].tag_ in _NAME_TAGS:
            run += 1
        if run == end + 1 or run - end - 1 > _PLACE_WORDS:
            return None
        if run - end - 1 == _PLACE_WORDS and run < len(texts) and texts[run][:1].islower():
            return run - 1  # the lead's capitalised first word read as a name: "Washington Everything so far"
        end = run
    return end


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


_BYLINE_LINE = re.compile(r"^\s*By\s+[A-Z]")
# a blog post's writer and the time: "Clare Spencer | 09:06"
_BLOG_BYLINE = re.compile(r"^\s*[A-Z][\w'.-]*(?: [A-Z][\w'.-]*){0,3}\s*\|\s*\d{1,2}[:.]\d{2}\b")


def is_byline(text: str) -> bool:
    """Whether a sentence is a byline alone ("By Richard Black Environment correspondent, BBC News",
    "By Katia Moskvitch Science reporter, BBC News, Lake Baikal": its words, after the byline's, are
    at most the places it was filed from), or a blog post's, its writer and the time, which heads a
    teaser ("Clare Spencer | 09:06 UK time, Tuesday, 8 June 2010 Commentators discuss ...")."""
    if _BLOG_BYLINE.match(text):
        return True
    if not _BYLINE_LINE.match(text):
        return False
    words = re.findall(r"[\w'’.-]+|,", text)
    end = _byline_end(words, 0)
    if end is None:
        return False
    rest = words[end:]
    places = [word for word in rest if word != ","]
    return all(_capitalised(word) for word in places) and len(places) <= _PLACE_WORDS * _PLACES
