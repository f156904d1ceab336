"""Numbers written as words: "forty-five", "two hundred and fifty", "a couple of", "a dozen"."""

from __future__ import annotations

import re

UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fourty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
# Words that stand for a number on their own ("a" as in "a hundred pounds").
ARTICLES = {
    "a": 1,
    "an": 1,
    "a couple of": 2,
    "couple of": 2,
    "a pair of": 2,
    "a few": 3,
    "a dozen": 12,
    "dozen": 12,
}

_ATOM = "|".join(sorted([*UNITS, *TENS, *SCALES], key=len, reverse=True))
# One number in words, e.g. "two hundred and fifty", "forty-five", "a hundred".
NUMBER_WORDS = rf"(?:(?:a|an|one)\s+)?(?:(?:{_ATOM})(?:[\s-]+(?:and\s+)?(?:{_ATOM}))*)"
NUMBER_WORDS_RE = re.compile(rf"\b{NUMBER_WORDS}\b", re.I)


def words_to_int(text: str) -> int | None:
    """Value of a number in words, or None when the words are not one number."""
    tokens = [t for t in re.split(r"[\s-]+", text.lower().strip()) if t and t != "and"]
    if not tokens:
        return None
    total, current, seen = 0, 0, False
    for i, tok in enumerate(tokens):
        if tok in ("a", "an") and i == 0:
            # "a hundred" is 100, but "a fifty quid voucher" is 50: "a" counts only before a scale.
            current = 1 if len(tokens) > 1 and tokens[1] in ("hundred", "thousand", "million") else 0
        elif tok in UNITS:
            current += UNITS[tok]
        elif tok in TENS:
            current += TENS[tok]
        elif tok == "hundred":
            current = (current or 1) * 100
        elif tok in ("thousand", "million"):
            total += (current or 1) * SCALES[tok]
            current = 0
        else:
            return None
        seen = seen or tok not in ("a", "an")
    return total + current if seen else None


def count(text: str) -> int | None:
    """A small count as digits or words: "3", "three", "a", "a couple of"."""
    t = re.sub(r"\s+", " ", text.lower().strip())
    if t.isdigit():
        return int(t)
    if t in ARTICLES:
        return ARTICLES[t]
    return words_to_int(t)
