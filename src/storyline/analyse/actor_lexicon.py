"""Word lists for recognising actors: organisation words, administrative divisions,
honorifics, gendered words and capitals that stand for their states.

General news vocabulary only; nothing here is specific to any article or topic.
"""

from __future__ import annotations

ADMIN_DIVISIONS = frozenset(
    {
        "oblast",
        "province",
        "region",
        "governorate",
        "county",
        "district",
        "krai",
        "prefecture",
        "raion",
        "canton",
        "municipality",
        "state",
        "territory",
    }
)

# nouns that set a place beside a name ("Haiti, the poorest country in the Americas"): no role of a person
PLACE_NOUNS = frozenset(
    {"country", "nation", "republic", "kingdom", "state", "island", "city", "capital", "town", "village"}
    | {"region", "province", "territory", "county", "district"}
)

ORG_WORDS = frozenset(
    {
        "ministry",
        "service",
        "agency",
        "department",
        "council",
        "committee",
        "party",
        "bank",
        "army",
        "forces",
        "intelligence",
        "office",
        "government",
        "parliament",
        "court",
        "union",
        "organisation",
        "organization",
        "company",
        "corporation",
        "inc",
        "ltd",
        "group",
        "commission",
        "institute",
        "university",
        "association",
        "federation",
        "police",
        "navy",
        "command",
        "guard",
        "assembly",
        "congress",
        "senate",
        "cabinet",
        "bureau",
        "fund",
        "authority",
        "directorate",
        "staff",
    }
)

ORG_ROLES = {
    "firm",
    "maker",
    "manufacturer",
    "operator",
    "contractor",
    "producer",
    "supplier",
    "carrier",
    "retailer",
    "lender",
    "insurer",
    "charity",
    "network",
    "newspaper",
    "broadcaster",
    "website",
    "club",
    "team",
    "airline",
    "giant",
    "conglomerate",
    "subsidiary",
    "company",
    "agency",
    "ministry",
    "bank",
    "party",
}

COLLECTIVE_NOUNS = frozenset(
    {
        "intelligence",
        "military",
        "army",
        "government",
        "police",
        "navy",
        "authorities",
        "forces",
        "leadership",
        "media",
    }
)

HONORIFICS = frozenset(
    {
        "mr",
        "mrs",
        "ms",
        "miss",
        "dr",
        "prof",
        "sir",
        "dame",
        "lord",
        "lady",
        "adm",
        "gen",
        "lt",
        "col",
        "capt",
    }
    | {"cmdr", "maj", "sgt", "gov", "sen", "rep", "rev", "fr", "hon"}
)

# people a story names by what they are rather than by name ("one survivor said ...")
PERSON_NOUNS = frozenset(
    {"survivor", "witness", "resident", "man", "woman", "boy", "girl", "mother", "father", "doctor", "nurse",
     "consul", "diplomat", "engineer", "worker", "fisherman", "analyst", "expert", "scientist", "lawyer",
     "attorney", "source", "owner", "victim", "volunteer", "farmer", "teacher", "student", "neighbour",
     "neighbor", "driver", "pilot", "captain", "executive", "trader", "economist", "researcher", "activist",
     "professor", "priest", "pastor", "journalist", "reporter", "correspondent", "interpreter", "relative",
     "sister", "brother", "wife", "husband", "son", "daughter", "friend", "official", "spokesman", "user"}
)  # fmt: skip
# the sex a word for a person tells ("a man", "the girl", "her brother"): what keeps two described
# people apart when neither is named
PERSON_SEX = {
    **dict.fromkeys(
        ("man", "boy", "father", "son", "brother", "husband", "grandfather", "uncle", "nephew", "schoolboy",
         "businessman", "policeman", "fisherman", "gunman", "dad", "widower", "spokesman"),
        "male",
    ),
    **dict.fromkeys(
        ("woman", "girl", "mother", "daughter", "sister", "wife", "grandmother", "aunt", "niece",
         "schoolgirl", "businesswoman", "policewoman", "mum", "widow", "spokeswoman"),
        "female",
    ),
}  # fmt: skip
# people described without sex: they are told apart only by their ages
UNSEXED_PERSONS = frozenset(
    {"child", "toddler", "baby", "infant", "teenager", "pupil", "patient", "traveller", "traveler",
     "passenger", "tourist", "person", "individual", "adult", "suspect", "officer", "soldier"}
)  # fmt: skip
# every word for one person told by what they are, with or without a sex
PERSON_WORDS = PERSON_NOUNS | frozenset(PERSON_SEX) | UNSEXED_PERSONS
MASCULINE = frozenset({"he", "him", "his", "himself", "mr"})

FEMININE = frozenset({"she", "her", "hers", "herself", "mrs", "ms", "miss"})

CAPITALS = {
    "moscow": "Russia",
    "kyiv": "Ukraine",
    "kiev": "Ukraine",
    "pyongyang": "North Korea",
    "seoul": "South Korea",
    "beijing": "China",
    "tokyo": "Japan",
    "washington": "United States",
    "london": "United Kingdom",
    "paris": "France",
    "berlin": "Germany",
    "rome": "Italy",
    "madrid": "Spain",
    "tehran": "Iran",
    "ankara": "Turkey",
    "minsk": "Belarus",
    "warsaw": "Poland",
    "brussels": "Belgium",
    "damascus": "Syria",
    "baghdad": "Iraq",
    "cairo": "Egypt",
    "riyadh": "Saudi Arabia",
    "jerusalem": "Israel",
    "tripoli": "Libya",
    "kabul": "Afghanistan",
    "islamabad": "Pakistan",
    "new delhi": "India",
    "delhi": "India",
    "ottawa": "Canada",
    "canberra": "Australia",
    "havana": "Cuba",
    "caracas": "Venezuela",
    "tbilisi": "Georgia",
    "beirut": "Lebanon",
    "sanaa": "Yemen",
    "khartoum": "Sudan",
    "taipei": "Taiwan",
    "hanoi": "Vietnam",
    "manila": "Philippines",
    "jakarta": "Indonesia",
    "brasilia": "Brazil",
    "mexico city": "Mexico",
    "budapest": "Hungary",
    "bucharest": "Romania",
    "vienna": "Austria",
    "stockholm": "Sweden",
    "helsinki": "Finland",
    "oslo": "Norway",
    "copenhagen": "Denmark",
    "athens": "Greece",
    "amman": "Jordan",
    "doha": "Qatar",
    "abu dhabi": "United Arab Emirates",
    "nairobi": "Kenya",
    "pretoria": "South Africa",
    "naypyidaw": "Myanmar",
}
