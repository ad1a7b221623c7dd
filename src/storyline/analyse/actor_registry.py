"""Collection-wide canonical actor names, learnt one document at a time.

Each document names its actors its own way; the registry maps a document's
canonical name onto the one used across the collection:

- a person by surname and compatible given names: "Budanov" and "Kyrylo
  Budanov" are one person; a surname shared by two known full names stays
  as written;
- an organisation or state by a normalized key that ignores articles,
  possessives, British/American spelling and the country/nationality form:
  "the South Korean Ministry of Defence" ~ "South Korea's Ministry of Defence";
- an acronym not yet named on its own by the initials of a known organisation ("NIS" ~ "National
  Intelligence Service");
- a generic claimant such as "South Korean intelligence" by the one known
  organisation of that country whose name contains the noun ("South Korea's
  National Intelligence Service"); with none or several, it stays itself
  (a link made when one was known is dropped when a second one turns up).

A form with more words wins ("United States" over "US"); names learnt
later can improve earlier ones: `canonical` answers with what is
known now and `resolve` follows links made since. The registry is plain data
(`to_dict`/`from_dict`) so a store can keep it between ingests. Lookups are
dictionary lookups; only the generic-claimant and acronym checks scan the
organisations of one country or one set of initials.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_ARTICLES = frozenset({"the", "a", "an"})
_SPELLING = {"defence": "defense", "organisation": "organization", "programme": "program", "centre": "center"}
_DEMONYM_SUFFIXES = ("ians", "eans", "ian", "ean", "ans", "ese", "ish", "an", "ia", "ea", "i", "a", "e")
_IRREGULAR_DEMONYMS = {
    "french": "france",
    "british": "britain",
    "dutch": "netherlands",
    "swiss": "switzerland",
    "greek": "greece",
    "turkish": "turkey",
    "polish": "poland",
    "danish": "denmark",
    "swedish": "sweden",
    "finnish": "finland",
    "spanish": "spain",
    "irish": "ireland",
    "welsh": "wales",
    "scottish": "scotland",
    "english": "england",
    "filipino": "philippines",
    "philippine": "philippines",
    "thai": "thailand",
    "us": "united states",
    "u.s.": "united states",
    "american": "united states",
    "america": "united states",
    "uk": "britain",
    "u.k.": "britain",
}
_NAME_GLUE = frozenset({"of", "and", "for", "the", "on", "in", "&"})
_KIND = {"GPE": "place", "LOC": "place", "FAC": "place", "NORP": "people"}
_ACRONYM = re.compile(r"^[A-Z]{2,6}$")


class ActorRegistry:
    """Maps document-level canonical names to collection-level ones; fed incrementally."""

    def __init__(self) -> None:
        self._people: dict[str, list[str]] = {}  # surname key → full names seen
        self._keys: dict[str, str] = {}  # normalized key → canonical
        self._initials: dict[str, list[str]] = {}  # initials → canonical organisation names
        self._generic: dict[str, str] = {}  # generic claimant key → its noun
        self._owners: dict[str, list[str]] = {}  # generic claimant key → keys of matching organisations
        self._links: dict[str, str] = {}  # earlier canonical → better one learnt later
        self._touched: set[tuple[str, str]] = set()  # (table, name) changed since `saved`

    def canonical(self, name: str, label: str) -> str:
        """The collection-wide name for `name`, registering it when new."""
        if label == "PERSON":
            return self._person(name)
        known_alone = f"org:{_key(name)}" in self._keys  # "BP" named on its own before "Barataria Pass"
        if _ACRONYM.match(name) and len(self._initials.get(name, [])) == 1 and not known_alone:
            return self._initials[name][0]
        return self.resolve(self._organisation(name, _KIND.get(label, "org")))

    def resolve(self, name: str) -> str:
        """Follow links learnt after `name` was handed out ("Budanov" → "Kyrylo Budanov")."""
        seen = {name}
        while name in self._links and self._links[name] not in seen:
            name = self._links[name]
            seen.add(name)
        return name

    def _person(self, name: str) -> str:
        parts = name.split()
        if not parts or _ACRONYM.match(parts[-1]):
            return name  # "BP" or "Tony Hayward BP": an organisation misread as a person is no surname
        surname = _fold(parts[-1])
        known = self._people.setdefault(surname, [])
        matches = [full for full in known if _compatible_names(parts, full.split())]
        if len(matches) > 1:
            return name
        if not matches:
            known.append(name)
            self._touched.add(("people", surname))
            return name
        full = matches[0]
        if len(parts) > len(full.split()):
            known[known.index(full)] = name
            self._links[full] = name
            self._touched.update((("people", surname), ("links", full)))
            return name
        return full

    def _organisation(self, name: str, kind: str) -> str:
        key = f"{kind}:{_key(name)}"
        known = self._keys.get(key)
        if known is not None and not _fuller(name, known):
            return known
        if known is not None:
            self._links[known] = name
            self._touched.add(("links", known))
        self._keys[key] = name
        self._touched.add(("keys", key))
        self._remember_initials(name)
        if key.startswith("org:") and _generic_noun(key) is not None:
            self._generic[key] = name
            self._touched.add(("generic", key))
        else:
            self._index_owner(key)
        self._link_generic(key)
        return name

    def _remember_initials(self, name: str) -> None:
        words = [w for w in name.replace("’", "'").split("'s ")[-1].split() if w not in _NAME_GLUE]
        initials = "".join(w[0] for w in words)
        if len(initials) >= 2 and initials.isupper() and not _ACRONYM.match(name):
            self._initials.setdefault(initials, []).append(name)
            self._touched.add(("initials", initials))

    def _index_owner(self, key: str) -> None:
        """File an organisation under each "<country> <noun>" claimant it could be."""
        if not key.startswith("org:"):
            return
        words = key.split()
        for cut in range(1, min(4, len(words))):
            country = " ".join(words[:cut])
            for noun in words[cut:]:
                if noun in _GENERIC_STEMS:
                    claimant = f"{country} {noun}"
                    self._owners.setdefault(claimant, []).append(key)
                    self._touched.add(("owners", claimant))
                    self._link_generic(claimant)

    def _link_generic(self, claimant: str) -> None:
        """ "South Korean intelligence" → the one known South Korean organisation named for intelligence."""
        owners = self._owners.get(claimant, [])
        if claimant not in self._generic:
            return
        if len(owners) == 1:
            self._links[self._generic[claimant]] = self._keys[owners[0]]
        else:
            self._links.pop(self._generic[claimant], None)
        self._touched.add(("links", self._generic[claimant]))

    def unsaved(self) -> dict[tuple[str, str], object]:
        """The entries changed since `saved`, by (table of `to_dict`, name): their value now, None
        where one was dropped. A store keeps the registry an entry a row, and writes these."""
        tables: dict[str, dict[str, object]] = self.to_dict()  # type: ignore[assignment]
        return {(table, name): tables[table].get(name) for table, name in self._touched}

    def saved(self) -> None:
        """The store now holds every entry."""
        self._touched.clear()

    def to_dict(self) -> dict[str, object]:
        return {
            "people": self._people,
            "keys": self._keys,
            "initials": self._initials,
            "generic": self._generic,
            "owners": self._owners,
            "links": self._links,
        }

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> ActorRegistry:
        registry = cls()
        registry._people = {k: list(v) for k, v in _mapping(data, "people").items()}
        registry._keys = {k: str(v) for k, v in _mapping(data, "keys").items()}
        registry._initials = {k: list(v) for k, v in _mapping(data, "initials").items()}
        registry._generic = {k: str(v) for k, v in _mapping(data, "generic").items()}
        registry._owners = {k: list(v) for k, v in _mapping(data, "owners").items()}
        registry._links = {k: str(v) for k, v in _mapping(data, "links").items()}
        return registry


def _mapping(data: dict[str, object], name: str) -> dict[str, object]:
    value = data.get(name, {})
    return value if isinstance(value, dict) else {}


def _fuller(name: str, known: str) -> bool:
    """ "United States" names a state better than "US"; a mere variant ("South Korea's" for
    "South Korean") does not replace the name first seen."""
    return len(name.split()) > len(known.split()) and not _ACRONYM.match(name)


def _compatible_names(short: list[str], long: list[str]) -> bool:
    """ "Budanov" fits "Kyrylo Budanov": the shorter name ends the longer one."""
    shorter, longer = sorted(([_fold(p) for p in short], [_fold(p) for p in long]), key=len)
    return longer[len(longer) - len(shorter) :] == shorter


# `_fold` and `_key` are asked of the same few names for every mention of them (each mention's canonical
# name is registered, and each known person of a surname folded again): kept, not worked out each time
@lru_cache(maxsize=65_536)
def _fold(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=65_536)
def _key(name: str) -> str:
    """ "the South Korean Ministry of Defence" and "South Korea's Ministry of Defense" share a key."""
    text = _fold(name).replace("’", "'").replace("'s ", " ").replace("'s", "")
    words = [w for w in re.findall(r"[\w.&-]+", text) if w not in _ARTICLES]
    return " ".join(_stem(_SPELLING.get(w, w)) for w in words)


def _stem(word: str) -> str:
    if word in _IRREGULAR_DEMONYMS:
        return _stem(_IRREGULAR_DEMONYMS[word]) if _IRREGULAR_DEMONYMS[word] != word else word
    for suffix in _DEMONYM_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


_GENERIC_NOUNS = ("intelligence", "military", "army", "government", "police", "navy", "authorities")
_GENERIC_STEMS = frozenset(_stem(noun) for noun in _GENERIC_NOUNS)


def _generic_noun(key: str) -> str | None:
    """The institution noun of a "<nationality> <noun>" claimant such as "South Korean intelligence"."""
    words = key.split()
    return words[-1] if len(words) >= 2 and words[-1] in _GENERIC_STEMS else None
