"""Normalise how people type in Slack before any matching: quotes, dashes, common misspellings.

Two views of a question are used: `clean` keeps the case (council short forms such as "TH"
are only trusted in capitals) and `low` is lowercased with typos corrected, for keyword
tables. Corrections come from an explicit table first, then a small edit-distance match
against long keywords only, so ordinary words ("employer", "interested") are never "fixed".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

# Misspellings seen in real questions, and short words too risky for fuzzy matching.
TYPOS: dict[str, str] = {
    "recieved": "received",
    "recived": "received",
    "receieved": "received",
    "recieve": "receive",
    "recive": "receive",
    "recieving": "receiving",
    "councilor": "councillor",
    "councilors": "councillors",
    "concillor": "councillor",
    "concillors": "councillors",
    "councellor": "councillor",
    "councellors": "councillors",
    "counciller": "councillor",
    "councillers": "councillors",
    "counsellor": "councillor",
    "counsellors": "councillors",
    "counselor": "councillor",
    "councilllor": "councillor",
    "cllrs": "cllr",
    "gift's": "gifts",
    "gifts'": "gifts",
    "gfit": "gift",
    "gfits": "gifts",
    "giftt": "gift",
    "hospitallity": "hospitality",
    "hospitaility": "hospitality",
    "hospitalty": "hospitality",
    "hospitility": "hospitality",
    "hopsitality": "hospitality",
    "hospitallity's": "hospitality",
    "offcer": "officer",
    "oficer": "officer",
    "offficer": "officer",
    "ofiicer": "officer",
    "offcers": "officers",
    "oficers": "officers",
    "officier": "officer",
    "employe": "employee",
    "emplyee": "employee",
    "intrest": "interest",
    "intrests": "interests",
    "interst": "interest",
    "intersts": "interests",
    "declair": "declare",
    "decalre": "declare",
    "delcare": "declare",
    "declaire": "declare",
    "regsiter": "register",
    "registar": "register",
    "resgister": "register",
    "sponser": "sponsor",
    "sponsers": "sponsors",
    "sponsered": "sponsored",
    "sponsership": "sponsorship",
    "monitering": "monitoring",
    "monitorng": "monitoring",
    "comittee": "committee",
    "commitee": "committee",
    "committe": "committee",
    "commitees": "committees",
    "comitee": "committee",
    "cttee": "committee",
    "ctte": "committee",
    "cmttee": "committee",
    "meetting": "meeting",
    "meting": "meeting",
    "confidental": "confidential",
    "confidencial": "confidential",
    "tomorow": "tomorrow",
    "tommorow": "tomorrow",
    "tommorrow": "tomorrow",
    "yesteday": "yesterday",
    "yesturday": "yesterday",
    "wensday": "wednesday",
    "wednsday": "wednesday",
    "thursady": "thursday",
    "thrusday": "thursday",
    "febuary": "february",
    "feburary": "february",
    "voucher's": "vouchers",
    "ticket's": "tickets",
    "bullyed": "bullied",
    "harrassment": "harassment",
    "harrasment": "harassment",
    "harrased": "harassed",
    "harrassed": "harassed",
    "pecunary": "pecuniary",
    "pecuinary": "pecuniary",
    "accomodation": "accommodation",
    "seperate": "separate",
    "dinnner": "dinner",
    "lunchh": "lunch",
    "cheif": "chief",
    "buisness": "business",
    "bussiness": "business",
    "busines": "business",
    # Shorthand typed on phones.
    "yday": "yesterday",
    "yest": "yesterday",
    "tmrw": "tomorrow",
    "tmw": "tomorrow",
    "2moro": "tomorrow",
    "wkend": "weekend",
    "wkends": "weekends",
    "wknd": "weekend",
    "wknds": "weekends",
    "abt": "about",
    "ppl": "people",
    "tix": "tickets",
    "w/e": "weekend",
    "mgr": "manager",
    "thru": "through",
}

# Long keywords worth matching at edit distance 1 (2 when both are 11+ letters).
_FUZZY_TARGETS = (
    "hospitality",
    "councillor",
    "councillors",
    "sponsorship",
    "registration",
    "pecuniary",
    "disclosable",
    "confidential",
    "confidentiality",
    "declaration",
    "facilities",
    "complaint",
    "complaints",
    "discrimination",
    "relationship",
    "harassment",
    "consultancy",
    "enquiries",
    "monitoring",
    "political",
    "received",
    "committee",
)
# Real words a fuzzy match must leave alone.
_PROTECTED = frozenset(
    {
        "receiver",
        "receives",
        "relationships",
        "complains",
        "committed",
        "politicals",
        "counsel",
        "facility",
        "consultant",
        "consultants",  # people, not "consultancy" work
        "monitored",
        "declarations",
        "committees",
        "politically",
    }
)

_QUOTES = str.maketrans(
    {
        "\u2019": "'",
        "\u2018": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u2013": "-",
        "\u2014": "-",
        "\u00a0": " ",
        "\u2009": " ",
        "\u202f": " ",
    }
)
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?'?")


def _distance_at_most(a: str, b: str, k: int) -> bool:
    """Optimal-string-alignment distance between a and b is at most k (transpositions count 1)."""
    if abs(len(a) - len(b)) > k:
        return False
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if min(cur) > k:
            return False
        prev2, prev = prev, cur
    return prev[-1] <= k


@lru_cache(maxsize=4096)
def correct_word(word: str) -> str:
    """The intended keyword for one lowercased word, or the word itself."""
    if word in TYPOS:
        return TYPOS[word]
    if len(word) < 8 or "'" in word or word in _PROTECTED or word in _FUZZY_TARGETS:
        return word
    for target in _FUZZY_TARGETS:
        k = 2 if len(word) >= 11 and len(target) >= 11 else 1
        if word[0] == target[0] and _distance_at_most(word, target, k):
            return target
    return word


@dataclass(frozen=True)
class Text:
    """A question in its two working forms."""

    clean: str  # unicode quotes/dashes/spaces normalised, case kept
    low: str  # lowercased and spelling-corrected, for keyword tables


def prepare(question: str) -> Text:
    clean = re.sub(r"\s+", " ", question.translate(_QUOTES)).strip()
    low = _WORD.sub(lambda m: correct_word(m.group(0)), clean.lower())
    return Text(clean=clean, low=low)


def first(patterns: list[re.Pattern[str]], text: str) -> re.Match[str] | None:
    """The earliest match of any pattern in text."""
    hits = [m for p in patterns if (m := p.search(text))]
    return min(hits, key=lambda m: m.start()) if hits else None
