"""A holding in one class of a body's shares, and that class's issued total.

Para 10 of the Lichfield members' code: where a body has more than one class of shares, securities
are a DPI if the nominal value of the shares of any one class held exceeds one hundredth of the
total issued share capital of that class. People say it in several ways:

* "i hold £4,000 nominal of the preference shares, and the whole preference class issued is £200k"
* "£3,000 nominal of preference shares ... £2m of ordinary shares and £200k of preference shares
  in issue"
* "i hold 600 of its 40,000 B shares (£1 each)"

Only what is said is read: a class's total without the class of the holding (or the other way
round) gives nothing, and the checker asks.
"""

from __future__ import annotations

import re
from decimal import Decimal

from bot.understand.money import find_amounts

_CLASS = r"(?:preference|pref|ordinary|non-voting|voting|deferred|class [a-z]|[ab])"
# The holding: "hold £4,000 nominal of the preference shares", "£3,000 nominal of preference shares"
_HELD = re.compile(
    rf"(?P<sum>£\s?[\d,.]+\s?k?)\s+(?:nominal\s+)?(?:value\s+)?(?:of|in)\s+(?:the\s+|its\s+|their\s+)?"
    rf"(?P<cls>{_CLASS})\s+shares"
)
# A class's issued total: "£200k of preference shares in issue", "the whole preference class issued
# is £200k", "preference share capital of £200k"
_ISSUED = [
    re.compile(
        rf"(?P<sum>£\s?[\d,.]+\s?[km]?)\s+(?:of\s+)?(?P<cls>{_CLASS})\s+shares?\s+(?:in\s+issue|issued)"
    ),
    re.compile(
        rf"(?:whole|total|entire)\s+(?P<cls>{_CLASS})\s+(?:class|shares?)\s+(?:issued\s+|in\s+issue\s+)?"
        rf"(?:is|was|=|comes to|totals?)\s+(?P<sum>£\s?[\d,.]+\s?[km]?)"
    ),
    re.compile(rf"(?P<cls>{_CLASS})\s+share\s+capital\s+(?:is|was|of|=)\s+(?P<sum>£\s?[\d,.]+\s?[km]?)"),
    # "total issued capital £5m, of which the preference class is £200k", "the b class is only £500k"
    re.compile(
        rf"\b(?P<cls>{_CLASS})\s+class\s+(?:is|was|=|comes to|totals?)\s+(?:only\s+|just\s+)?"
        r"(?P<sum>£\s?[\d,.]+\s?[km]?)"
    ),
]
# Counted and priced: "i hold 201 £10 preference shares ... the pref class is 20,000 £10 shares"
_COUNT_HELD = re.compile(rf"(?P<n>\d[\d,]*)\s+£(?P<each>\d+(?:\.\d+)?)\s+(?P<cls>{_CLASS})\s+shares")
_COUNT_ISSUED = re.compile(
    rf"\b(?P<cls>{_CLASS})\s+(?:class|shares)\s+(?:is|are|was|=|totals?|comes to)\s+(?P<n>\d[\d,]*)\s+"
    rf"£(?P<each>\d+(?:\.\d+)?)\s+shares"
)
# Counted shares of a class: "600 of its 40,000 B shares (£1 each)"
_COUNTED = re.compile(
    rf"(?P<held>\d[\d,]*)\s+of\s+(?:its|the|their)\s+(?P<issued>\d[\d,]*)\s+(?P<cls>{_CLASS})\s+shares"
    r"\s*\(?(?:at\s+)?£\s?(?P<each>\d+(?:\.\d+)?)\s*(?:each|a share|per share)?"
)


# The holding in the one class is the whole holding: its nominal value is the securities' too.
_ONLY_THESE = re.compile(
    r"\b(?:and|but) nothing else\b|\bno other (?:shares|securities|class)\b|\bonly (?:hold|have|own)\b"
)


def _pounds(text: str) -> Decimal | None:
    amounts = find_amounts(text)
    return amounts[0].value if amounts else None


def _same(a: str, b: str) -> bool:
    def norm(cls: str) -> str:
        return "preference" if cls.startswith("pref") else cls.removeprefix("class ")

    return norm(a) == norm(b)


def _counted(held: tuple[str, str], issued: tuple[str, str]) -> dict[str, Decimal]:
    """Counted shares at a price each ("600 ... at £1 each"): the holding and the class issued in
    pounds, and the holding's nominal value too (the price of one share is not the holding)."""
    count_held, count_issued = (Decimal(n.replace(",", "")) * Decimal(each) for n, each in (held, issued))
    return {"nominal": count_held, "class_nominal": count_held, "class_capital": count_issued}


def find_share_class(low: str) -> dict[str, Decimal]:
    """`class_nominal` and `class_capital` where the question says both for one class (and, for
    counted shares, the holding's `nominal` value)."""
    if (m := _COUNTED.search(low)) is not None:
        return _counted((m.group("held"), m.group("each")), (m.group("issued"), m.group("each")))
    held_c, issued_c = _COUNT_HELD.search(low), _COUNT_ISSUED.search(low)
    if held_c is not None and issued_c is not None and _same(held_c.group("cls"), issued_c.group("cls")):
        return _counted(
            (held_c.group("n"), held_c.group("each")), (issued_c.group("n"), issued_c.group("each"))
        )
    held_m = _HELD.search(low)
    if held_m is None:
        return {}
    for rx in _ISSUED:
        for m in rx.finditer(low):
            if _same(m.group("cls"), held_m.group("cls")) and m.start() != held_m.start():
                held, issued = _pounds(held_m.group("sum")), _pounds(m.group("sum"))
                if held is not None and issued is not None:
                    found = {"class_nominal": held, "class_capital": issued}
                    if _ONLY_THESE.search(low):
                        found["nominal"] = held  # "...of the preference shares and nothing else"
                    return found
    return {}
