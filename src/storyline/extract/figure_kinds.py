"""The normalized kinds of things news figures count or measure.

A small general lexicon: the head noun of what is counted ("infantrymen",
"barrels", "drones") maps to a kind shared by its synonyms ("personnel",
"barrels", "drones"); currencies map to ISO codes; a rate ("a day", "per
year") makes "barrels per day". What happened to people or things counted
("killed", "injured") is read from the governing verb and added to the kind.
Nouns outside the lexicon keep their own lemma as kind. Nothing here is tied to
one story: topic-specific names are never listed.
"""

from __future__ import annotations

_KINDS: dict[str, tuple[str, ...]] = {
    "personnel": (
        "troop", "troops", "soldier", "infantryman", "infantrymen", "infantry", "force", "forces",
        "personnel", "serviceman", "servicemen", "servicemember", "fighter", "mercenary", "marine",
        "sailor", "commando", "paratrooper", "conscript", "reservist", "recruit", "militant",
        "guard", "officer", "policeman", "policemen", "police", "airman", "airmen",
    ),
    "people": (
        "people", "person", "civilian", "resident", "worker", "employee", "child", "children",
        "adult", "passenger", "refugee", "migrant", "patient", "victim", "casualty", "inhabitant",
        "citizen", "man", "men", "woman", "women", "crew", "crewman", "crewmen", "volunteer",
        "protester", "prisoner", "hostage", "student", "family", "household", "evacuee", "life",
        "lives", "death", "fatality", "dead", "injury",
    ),
    "drones": ("drone", "uav"),
    "missiles": ("missile", "rocket"),
    "shells": ("shell", "round", "munition", "projectile", "bomb"),
    "armoured vehicles": ("tank", "vehicle", "apc"),
    "aircraft": ("aircraft", "plane", "jet", "helicopter", "fighter-jet"),
    "ships": ("ship", "vessel", "boat", "warship", "tanker", "barge", "skimmer"),
    "weapons": ("weapon", "gun", "rifle", "artillery", "launcher", "howitzer"),
    "barrels": ("barrel", "bbl"),
    "gallons": ("gallon",),
    "litres": ("litre", "liter", "l"),
    "tonnes": ("tonne", "ton", "tons", "tonnes", "t"),
    "miles": ("mile", "mi"),
    "kilometres": ("kilometre", "kilometer", "km"),
    "metres": ("metre", "meter", "m"),
    "feet": ("foot", "feet", "ft"),
    "inches": ("inch", "inches"),
    "degrees": ("degree", "degrees"),
    "jobs": ("job",),
    "birds": ("bird",),
    "animals": ("animal", "turtle", "dolphin", "fish", "mammal"),
}  # fmt: skip
_BY_WORD = {word: kind for kind, words in _KINDS.items() for word in words}
MEASURES = frozenset(
    {"barrels", "gallons", "litres", "tonnes", "miles", "kilometres", "metres", "feet", "inches", "degrees",
     "lb", "psi"}
)  # fmt: skip  # "lb" and "psi": pounds of weight and of pressure, which `figures` tells from sterling
NOT_COUNTS = frozenset(
    {
        "time",
        "fold",
        "hour",
        "hr",
        "hrs",
        "mins",
        "yrs",
        "secs",
        "day",
        "week",
        "month",
        "year",
        "yr",
        "minute",
        "min",
        "second",
        "sec",
        "decade",
        "century",
    }
)  # multipliers and durations: "12 times", "87 days"
_PEOPLE_KINDS = frozenset({"personnel", "people"})
_SAME_IN_SINGULAR = frozenset({"species", "series", "means"})  # not "specy"
# "fishermen", "congressmen"; not "humans", "romans", "germans"
_MAN_ENDINGS = ("sman", "eman", "yman", "lman", "wman", "woman", "sherman", "airman", "chman")

CURRENCY_SYMBOLS = {"$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY", "us$": "USD"}
CURRENCY_WORDS = {
    "dollar": "USD", "dollars": "USD", "usd": "USD", "pound": "GBP", "pounds": "GBP", "sterling": "GBP",
    "gbp": "GBP", "euro": "EUR", "euros": "EUR", "eur": "EUR", "yen": "JPY", "rouble": "RUB",
    "roubles": "RUB", "ruble": "RUB", "rubles": "RUB", "hryvnia": "UAH", "hryvnias": "UAH", "won": "KRW",
    "yuan": "CNY", "renminbi": "CNY", "rupee": "INR", "rupees": "INR", "rupiah": "IDR", "rupiahs": "IDR",
    "ringgit": "MYR", "baht": "THB", "gourde": "HTG", "gourdes": "HTG", "shekel": "ILS", "shekels": "ILS",
    "zloty": "PLN", "zlotys": "PLN", "forint": "HUF", "forints": "HUF", "naira": "NGN", "reais": "BRL",
}  # fmt: skip  # names of one country's money only ("pesos", "francs", "dinars" need the country)
_COUNTRY_CURRENCIES = {
    "egyptian": "EGP", "lebanese": "LBP", "syrian": "SYP", "sudanese": "SDG", "cypriot": "CYP",
    "hong kong": "HKD", "australian": "AUD", "canadian": "CAD", "new zealand": "NZD", "singapore": "SGD",
    "taiwan": "TWD", "zimbabwe": "ZWD", "zimbabwean": "ZWD", "jamaican": "JMD", "us": "USD", "u.s.": "USD",
    "american": "USD", "british": "GBP", "indian": "INR", "pakistani": "PKR", "sri lankan": "LKR",
    "nepalese": "NPR", "iraqi": "IQD", "libyan": "LYD", "jordanian": "JOD", "kuwaiti": "KWD",
    "tunisian": "TND", "algerian": "DZD", "bahraini": "BHD", "chinese": "CNY",
}  # fmt: skip  # "100 Egyptian pounds": the country's own currency, not sterling
_COUNTRY_MONEY_WORDS = frozenset(
    {"pound", "pounds", "dollar", "dollars", "rupee", "rupees", "dinar", "dinars", "yuan"}
)
_CURRENCY_CODES = (
    frozenset(CURRENCY_SYMBOLS.values())
    | frozenset(CURRENCY_WORDS.values())
    | frozenset(_COUNTRY_CURRENCIES.values())
)
PERCENT_WORDS = frozenset({"%", "percent", "per cent", "pc", "pct"})
RATE_PERIODS = {
    "day": "day", "daily": "day", "hour": "hour", "hourly": "hour", "week": "week", "weekly": "week",
    "month": "month", "monthly": "month", "year": "year", "annually": "year", "annual": "year",
    "minute": "minute", "second": "second",
}  # fmt: skip

_OUTCOMES = {
    "killed": ("kill", "die", "perish", "drown", "execute", "dead", "death", "fatality", "lost", "lose"),
    "injured": ("injure", "wound", "hurt", "injury", "injurie"),
    "missing": ("missing",),
    "evacuated": ("evacuate",),
    "arrested": ("arrest", "detain"),
    "displaced": ("displace", "fled", "flee", "homeless"),
}  # fmt: skip
_OUTCOME_BY_WORD = {word: outcome for outcome, words in _OUTCOMES.items() for word in words}


def kind_of(noun: str) -> str:
    """The normalized kind of a counted head noun; unknown nouns stand for their singular."""
    lowered = noun.lower()
    if lowered in _BY_WORD:
        return _BY_WORD[lowered]
    singular = singular_of(lowered)
    return _BY_WORD.get(singular, singular)


def known_kind(word: str) -> str | None:
    """The kind of a word in the lexicon ("troops", "personnel" -> "personnel"), else None."""
    lowered = word.lower()
    return _BY_WORD.get(lowered) or _BY_WORD.get(singular_of(lowered))


def singular_of(noun: str) -> str:
    """A plain English singular ("infantrymen" -> "infantryman", "casualties" -> "casualty")."""
    if noun in _SAME_IN_SINGULAR:
        return noun
    if noun.endswith("men") and len(noun) > 4:
        return noun[:-3] + "man"
    if noun.endswith("ies") and len(noun) > 4:
        return noun[:-3] + "y"
    if noun.endswith(("sses", "xes", "ches", "shes")) or _plural_of_us(noun):
        return noun[:-2]
    if noun.endswith("s") and not noun.endswith("ss") and len(noun) > 3:
        return noun[:-1]
    return noun


def _plural_of_us(noun: str) -> bool:
    """ "buses", "viruses", "bonuses" lose "es"; "houses", "causes", "cases", "doses", "verses" only "s"."""
    return noun.endswith("uses") and not noun.endswith(("ouses", "auses")) and len(noun) >= 5


def plural_of(noun: str) -> str:
    """A plain English plural of a singular noun ("bed" -> "beds", "storey" -> "storeys",
    "fisherman" -> "fishermen")."""
    if noun.endswith(_MAN_ENDINGS):
        return noun[: -len("man")] + "men"
    if noun.endswith(("ch", "sh", "x", "s")):
        return noun + "es"
    return noun[:-1] + "ies" if noun.endswith("y") and noun[-2:-1] not in "aeiou" else noun + "s"


def is_measure(kind: str) -> bool:
    return kind in MEASURES


def outcome_of(words: list[str], kind: str) -> str | None:
    """What happened to the people counted ("killed"), from nearby words, for counts of people."""
    if kind not in _PEOPLE_KINDS:
        return None
    for word in words:
        for stem in _stems(word.lower()):
            if stem in _OUTCOME_BY_WORD:
                return _OUTCOME_BY_WORD[stem]
    return None


def _stems(word: str) -> list[str]:
    """The word and the word less a short inflection ending ("died" -> "die", "killing" -> "kill")."""
    return [word] + [word[: -len(end)] for end in ("d", "s", "ed", "es", "ing") if word.endswith(end)]


def country_currency(word: str, country: str) -> str | None:
    """ "Egyptian" "pounds" -> "EGP", "Hong Kong" "dollars" -> "HKD": a currency named by its country;
    None when the word is no such currency or the country is not one whose currency is known."""
    if word.lower() not in _COUNTRY_MONEY_WORDS:
        return None
    return _COUNTRY_CURRENCIES.get(country.lower())


def is_currency(kind: str) -> bool:
    """ "USD", "GBP per day": a kind that is an amount of money."""
    return kind.split(" ")[0] in _CURRENCY_CODES


def has_outcome(kind: str) -> bool:
    """ "people killed": the kind already says what happened to what is counted."""
    return kind.rsplit(" ", 1)[-1] in _OUTCOMES


def rate_period(word: str) -> str | None:
    return RATE_PERIODS.get(word.lower())


def slashed_rate(word: str) -> str | None:
    """ "bbls/day", "barrels/day" (written "bbls\\/day" in tokenized text): a measure per period as one
    word gives "barrels per day"; None for any other word."""
    parts = word.lower().replace("\\/", "/").split("/")
    if len(parts) != 2:
        return None
    measure, period = kind_of(parts[0]), rate_period(parts[1])
    return f"{measure} per {period}" if is_measure(measure) and period else None
