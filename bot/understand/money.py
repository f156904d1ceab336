"""Sums of money: "£50", "50 quid", "fifty pounds", "£25k", "£1,000.50", "about £45 a head".

Only numbers marked as money count (a £ sign, pounds/quid/GBP/p, or "a tenner"), so
clause numbers ("para 12"), periods ("28 days"), times and percentages are never amounts.
Values are `Decimal` pounds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from bot.understand.model import Amount, Bound
from bot.understand.numbers import NUMBER_WORDS, count, words_to_int

_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d+(?:\.\d{1,2})?"
_MULT = r"(?:\s?(?:k|K|m|M|bn)\b(?![&'])|\s+(?:thousand|million|grand)\b)"  # not "£50 M&S"
_UNIT = r"(?:pounds?|quid|gbp|sterling)\b"
_MULTIPLIERS = {
    "k": 1000,
    "thousand": 1000,
    "grand": 1000,
    "m": 1_000_000,
    "million": 1_000_000,
    "bn": 1_000_000_000,
}
_SLANG = {"tenner": 10, "fiver": 5, "grand": 1000, "score": 20, "pony": 25, "monkey": 500}
# "a ton's worth", "a ton" (£100): only in these forms, or where a sum is being named ("worth about
# a ton"), since "a ton of paperwork" is not money.
_TON = re.compile(
    r"\b(?:a|one)\s+ton(?:'s\s+worth|\s+(?:worth|quid)|ne?r)\b"
    r"|(?:(?<=worth )|(?<=with )|(?<=for )|(?<=cost )|(?<=costs )|(?<=about )|(?<=around )|(?<=is )"
    r"|(?<=was )|(?<=of )|(?<=offered )|(?<=paid )|(?<=giving )|(?<=gave )|(?<=me ))"
    r"(?:a|one)\s+ton\b(?!\s+of\b)",
    re.I,
)
# "two and a half grand", "one and a half k": thousands and a half.
_AND_A_HALF = re.compile(
    rf"\b(?P<words>{NUMBER_WORDS}|\d+)\s+and\s+a\s+half\s+(?:grand|k|thousand)(?:\s+(?:pounds?|quid))?\b",
    re.I,
)

# Each pattern captures `num` (digits) or `words`, and optionally `mult`.
_PATTERNS = [
    _TON,
    _AND_A_HALF,
    # "thirty-odd pounds", "forty odd quid": about that much.
    re.compile(rf"\b(?P<words>{NUMBER_WORDS})[\s-]odd\s+(?:{_UNIT})", re.I),
    re.compile(rf"(?<![\d.,£])(?P<num>{_NUM})[\s-]?odd\s+(?:{_UNIT})", re.I),
    # "half a grand", "a couple of hundred quid" (about £200), "a few hundred quid" (too vague to
    # be a number: the checker asks); listed first so no later pattern reads "hundred quid" as £100.
    re.compile(
        r"\b(?P<vague>half a grand|half a k|(?:a )?couple (?:of )?hundred|a few hundred|several hundred"
        r"|(?:a )?couple (?:of )?quid"
        r"|a few grand|a couple of grand)(?:\s+(?:pounds?|quid))?",
        re.I,
    ),
    # "between 45 and 55 quid": the same, joined by "and" after "between".
    re.compile(
        rf"(?<=between )(?P<low>{_NUM})\s?(?:and|&)\s?(?P<num>{_NUM})(?P<mult>{_MULT})?\s?{_UNIT}", re.I
    ),
    # "20-25 quid": a range whose unit comes once, after the upper end.
    re.compile(
        rf"(?<![\d.,£])(?P<low>{_NUM})\s?(?:-|to)\s?(?P<num>{_NUM})(?P<mult>{_MULT})?\s?{_UNIT}", re.I
    ),
    re.compile(rf"£\s?(?P<num>{_NUM})(?P<mult>{_MULT})?(?:\s?{_UNIT})?", re.I),
    re.compile(rf"\bgbp\s?(?P<num>{_NUM})(?P<mult>{_MULT})?", re.I),
    # "total 750", "totalling 1,200": a total is a sum of money.
    re.compile(rf"(?<=total )(?:of )?(?P<num>{_NUM})(?P<mult>{_MULT})?(?![\d%])", re.I),
    # "nominal 25,001", "nominal value of 30k", "32,500 (nominal)": a holding's nominal value is a
    # sum of money.
    re.compile(
        rf"(?<=nominal )(?:value )?(?:of |is |was )?(?:about |around |roughly |approx\.? |c\.? )?"
        rf"(?P<num>{_NUM})(?P<mult>{_MULT})?",
        re.I,
    ),
    re.compile(rf"(?<![\d.,£])(?P<num>{_NUM})(?P<mult>{_MULT})?(?=\s*\(?\s*nominal\b)", re.I),
    # "issued share capital is about 10 million", "total issued share capital is 200k": the body's
    # capital, a sum without its sign (a multiplier says it is money)
    re.compile(
        rf"(?<=capital )(?:is |of |was |at |= |: )?(?:about |around |roughly |approx\.? |c\.? |just )?"
        rf"(?P<num>{_NUM})(?P<mult>{_MULT})",
        re.I,
    ),
    re.compile(rf"(?<![\d.,])(?P<num>{_NUM})(?P<mult>{_MULT})?\s?{_UNIT}", re.I),
    re.compile(r"(?<![\d.,£])(?P<pence>\d{1,2})p\b(?!\.?m)", re.I),
    # "this one was 50.01 apparently": pounds and pence without a sign, after words that give a price.
    re.compile(
        r"(?:(?<=was )|(?<=is )|(?<=cost )|(?<=costs )|(?<=worth )|(?<=valued at )|(?<=priced at )"
        r"|(?<=about )|(?<=around )|(?<=roughly ))(?P<num>\d{1,5}\.\d{2})(?![\d.%])",
        re.I,
    ),
    # "fifty pounds and one penny", "forty nine pounds ninety nine": words with the pence said
    # ("their seventy pound one" is the seventy-pound hamper, not £70.01: "one" alone needs "penny").
    re.compile(
        rf"\b(?P<words>{NUMBER_WORDS})\s+(?:pounds?|quid)\s+(?:and\s+)?(?P<pwords>{NUMBER_WORDS})"
        r"(?:\s+(?:pence|penny|p)\b|(?<!\bone)(?<!\ba))",
        re.I,
    ),
    # "offered 2.5k sponsorship", "a 2k donation": thousands with no £, only where the words
    # around make it money ("a 5k run" and "10k steps" are not).
    re.compile(
        rf"(?:(?<=offered )|(?<=offering )|(?<=worth )|(?<=valued at )|(?<=paid )|(?<=pay )|(?<=of )"
        rf"|(?<=give )|(?<=giving )|(?<=quote's )|(?<=quotes )|(?<=quote is )|(?<=quoted )|(?<=costs ))"
        rf"(?P<num>{_NUM})"
        r"(?P<mult>\s?k\b)",
        re.I,
    ),
    re.compile(
        rf"(?<![\d.,£])(?P<num>{_NUM})(?P<mult>\s?k\b)(?=\s+\(?(?:of\s+)?(?:sponsorship|donation|gift|payment"
        r"|fee|contract|grant|cheque|cash|worth|nominal|shares|stock|in shares|to sponsor))",
        re.I,
    ),
    re.compile(
        rf"\b(?P<words>{NUMBER_WORDS})\s+(?P<mult>thousand\s+|grand\s*)?(?:{_UNIT}|(?<=grand\s))", re.I
    ),
    re.compile(
        r"\b(?P<words>a\s+couple\s+of\s+hundred|a\s+few\s+hundred|a\s+couple\s+of|a|an|another|one|two|three"
        r"|four|five|"
        r"six|seven|eight|nine|ten|\d+)\s+(?P<slang>tenners?|fivers?|grand)(?:'s)?\b",
        re.I,
    ),
    # "tenners worth tops", "chocs about £20 and a candle, tenner?": one note, said without "a"
    re.compile(r"(?<![\w£])(?P<slang>tenner|fiver)s?'?s?(?= worth\b)", re.I),
    re.compile(r"(?:(?<=, )|(?<=\())(?P<slang>tenner|fiver)\b", re.I),
    # "worth a monkey" (£500), "with a pony" (£25): only where a sum is being named.
    re.compile(
        r"\b(?:worth|with|for|cost|costs|about|around|is|was|of|offered|paid|giving|gave|me) "
        r"(?P<words>a|one|two|three)\s+(?P<slang>monkeys?|ponies|pony)\b",
        re.I,
    ),
]
_RANGE_TAIL = re.compile(rf"\s?(?:-|to)\s?£?(?P<num>{_NUM})(?P<mult>{_MULT})?(?:\s?{_UNIT})?", re.I)
# "between £40 and £60": "and" joins a range only after "between".
_BETWEEN = re.compile(r"\bbetween\s*$", re.I)
_BETWEEN_TAIL = re.compile(rf"\s?(?:-|to|and|&)\s?£?(?P<num>{_NUM})(?P<mult>{_MULT})?(?:\s?{_UNIT})?", re.I)
# "2 tickets at £30 each": a count of the things received, before a price per item.
_COUNTED = re.compile(
    r"\b(?P<count>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|a pair of|a couple of)\s+"
    r"(?:\w+\s+){0,2}?(?:tickets?|tix|seats?|bottles?|passes|places|nights?|rounds?|items?|boxes|cases"
    r"|hampers?"
    r"|runs|copies|vouchers|packages|bouquets|banners|adverts|ads|stands|stalls|signs|boards|prizes|trophies)"
    # (a date written with dots, "on 14.11.26", is no full stop)
    r"\b(?:[^.?!£]|(?<=\d)\.(?=\d)){0,100}$",
    re.I,
)

# A hedge, optionally followed by what the number is ("prob worth 60 quid", "about £45").
_APPROX_BEFORE = re.compile(
    r"(?:(?<![\w.])(?:about|around|roughly|approx(?:imately|\.)?|circa|c\.|nearly|almost|just over|"
    r"just under|something like|maybe|perhaps|probably|prob|probs|prolly|estimated|est\.?|guess|say|like)|~)"
    r"(?:\s+(?:worth|valued at|value of|costing|cost|costs|at|be))?\s*$",
    re.I,
)
_APPROX_AFTER = re.compile(r"^(?:\s?-?ish\b|\s+or so\b|\s+odd\b|\s+give or take\b|\s*\?\?)", re.I)
_BOUNDS: list[tuple[Bound, re.Pattern[str]]] = [
    ("over", re.compile(r"(?:over|more than|above|in excess of|upwards of|exceeding|excess of)\s*$", re.I)),
    ("under", re.compile(r"(?:under|less than|below|not quite)\s*$", re.I)),
    ("at_least", re.compile(r"(?:at least|minimum of|no less than)\s*$", re.I)),
    ("at_most", re.compile(r"(?:up to|at most|no more than|maximum of|max(?:imum)?|tops)\s*$", re.I)),
]
_PER_HEAD = re.compile(
    r"^\s?(?:a head|per head|/head|each|per person|a person|pp\b|p/p|per guest|a guest|per cover|"
    r"a ticket|per ticket|a pop|per seat|a seat|per attendee|a bottle|per bottle|a night|per night"
    r"|an item|per item|a box|per box|a copy|per copy|a run|per run)",
    re.I,
)


# "each worth about £180", "each costing £9": the price of one of several counted items.
_EACH_BEFORE = re.compile(
    r"\beach (?:one )?(?:worth|costing|valued at|priced at|at|is|was|of)?\s*"
    r"(?:about |around |roughly |approx\.? )?$",
    re.I,
)

_VAGUE_VALUES = {
    "half a grand": 500,
    "half a k": 500,
    "couple of hundred": 200,
    "a couple of grand": 2000,
    "couple of quid": 2,
    "couple quid": 2,
}


def _value(m: re.Match[str]) -> Decimal | None:
    if m.re is _TON:
        return Decimal(100)
    if m.re is _AND_A_HALF:
        n = count(m.group("words"))
        return None if n is None else Decimal(n * 1000 + 500)
    groups = m.groupdict()
    if groups.get("vague"):
        words = groups["vague"].lower().removeprefix("a ")
        known = _VAGUE_VALUES.get(words) or _VAGUE_VALUES.get(groups["vague"].lower())
        return Decimal(known) if known else None
    if groups.get("pence"):
        return Decimal(groups["pence"]) / 100
    if groups.get("slang"):
        slang = {"ponies": "pony"}.get(groups["slang"].lower(), groups["slang"].lower().rstrip("s"))
        words = (groups.get("words") or "a").lower()
        if "hundred" in words:  # "a couple of hundred grand": too vague to be worth a number
            return None
        if "couple" in words:
            return Decimal(2 * _SLANG[slang])
        n = int(words) if words.isdigit() else words_to_int(words) or 1
        return Decimal(n * _SLANG[slang])
    if groups.get("num"):
        value = Decimal(groups["num"].replace(",", ""))
    else:
        n = words_to_int(groups["words"])
        if n is None:
            return None
        value = Decimal(n)
        if groups.get("pwords") and (p := words_to_int(groups["pwords"])) is not None and p < 100:
            value += Decimal(p) / 100
    mult = (groups.get("mult") or "").strip().lower()
    return value * _MULTIPLIERS[mult] if mult else value


def _upper(tail: re.Match[str], m: re.Match[str]) -> Decimal | None:
    """The top of a range such as "£40-£60" or "£30 to 40 quid"; None when it is not money."""
    if not (tail.group("mult") or "£" in tail.group(0) or "£" in m.group(0)):
        return None
    upper = Decimal(tail.group("num").replace(",", ""))
    mult = (tail.group("mult") or m.groupdict().get("mult") or "").strip().lower()
    return upper * _MULTIPLIERS[mult] if mult else upper


def find_amounts(clean: str) -> list[Amount]:
    """Every sum of money in the question, in the order written."""
    hits: list[re.Match[str]] = []
    for pattern in _PATTERNS:
        for m in pattern.finditer(clean):
            if not any(m.start() < h.end() and h.start() < m.end() for h in hits):
                hits.append(m)
    hits.sort(key=lambda m: m.start())
    amounts: list[Amount] = []
    plain: list[tuple[int, int, Amount]] = []  # single sums with where they are, for `_sums`
    heads: list[tuple[int, int, Amount]] = []  # single sums by the head ("£45 a head")
    consumed = 0  # the end of the last range, whose upper bound is already counted
    for m in hits:
        if m.start() < consumed:
            continue
        value = _value(m)
        if value is None:
            continue
        start, end = m.start(), m.end()
        before = clean[max(0, start - 30) : start]
        qualifiers = [
            q for q in (_APPROX_BEFORE.search(before), *(rx.search(before) for _, rx in _BOUNDS)) if q
        ]
        approximate = (
            bool(_APPROX_BEFORE.search(before))
            or "couple" in m.group(0).lower()
            or "odd" in m.group(0).lower()
            or bool(m.groupdict().get("vague"))
        )
        bound = next((name for name, rx in _BOUNDS if rx.search(before)), None)
        text_start = start - (len(before) - min(q.start() for q in qualifiers)) if qualifiers else start
        values = [value]
        if m.groupdict().get("low"):
            lower = Decimal(m.group("low").replace(",", ""))
            mult = (m.group("mult") or "").strip().lower()
            values = [lower * _MULTIPLIERS[mult] if mult else lower, value]
            approximate = True
        tail = (_BETWEEN_TAIL if _BETWEEN.search(before) else _RANGE_TAIL).match(clean, end)
        upper = _upper(tail, m) if tail else None
        if tail and upper is not None and tail.group("mult") and not m.groupdict().get("mult"):
            # "£25-30k": the multiplier written once applies to both ends.
            value = values[0] = value * _MULTIPLIERS[tail.group("mult").strip().lower()]
        if tail and upper is not None and upper > value:
            values.append(upper)
            end = consumed = tail.end()
            approximate = True
        if (a := _APPROX_AFTER.match(clean[end:])) is not None:
            approximate = True
            end += a.end()
        stated_total = bool(_TOTAL_BEFORE.search(before) or _TOTAL_AFTER.match(clean[end:]))
        per_head = bool(_EACH_BEFORE.search(before))  # "3 print runs, each worth about £180"
        each = None
        if (p := _PER_HEAD.match(clean[end:])) is not None:
            per_head = True
            each = _COUNTED_EACH.search(before) if p.group(0).strip().lower() == "each" else None
            end += p.end()
        text = clean[text_start:end].strip()
        lots = _LOTS_OF.search(clean[max(0, start - 20) : start]) if len(values) == 1 else None
        count = (
            _count_before(clean[max(0, start - 120) : start])
            or _count_after(clean[end : end + 40])
            or (_count_word(each.group("count")) if each else None)
            if per_head and len(values) == 1
            else (_count_word(lots.group("count")) if lots else None)
        )
        if len(values) == 1 and (vat := _PLUS_VAT.match(clean[end:])) is not None:
            # "£45 + vat": the estimated value is what was paid, VAT included (standard rate).
            amounts.append(
                Amount(
                    value=(values[0] * _VAT_RATE).quantize(Decimal("0.01")),
                    text=clean[text_start : end + vat.end()].strip(),
                    approximate=approximate,
                    bound=bound,
                    total=True,
                    basis=f"£{values[0]:,.2f} + VAT at 20%",
                    worked="vat",
                )
            )
        counted = None
        if count is not None:
            # The asker received all of them: their value is the total.
            counted = Amount(
                value=values[0] * count,
                text=text,
                approximate=approximate,
                bound=bound,
                total=True,
                basis=f"{count} × £{values[0]:,.2f}",
                worked="count",
            )
            amounts.append(counted)
        for v in values:
            amounts.append(
                Amount(
                    value=v,
                    text=text,
                    per_head=per_head,
                    approximate=approximate,
                    bound=bound,
                    ranged=len(values) > 1,
                    settled=bool(_SETTLED.search(before)),
                    total=stated_total and len(values) == 1 and not per_head,
                    of=next((name for name, rx in _OF_BEFORE if rx.search(before)), None)
                    or ("capital" if _CAPITAL_AFTER.match(clean[end:]) else None)
                    or ("share_price" if _SHARE_PRICE_AFTER.match(clean[end:]) else None)
                    or ("market_value" if _market_price(clean, start, end) else None),
                )
            )
        if len(values) == 1 and not (per_head or bound or counted):
            plain.append((start, end, amounts[-1]))
        elif len(values) == 1 and per_head and not (bound or counted):
            heads.append((start, end, amounts[-1]))
        elif counted and not bound:
            # "3 bottles at £18 each plus a tin about £8": the items' total is one of the parts.
            plain.append((start, end, counted))
    amounts = _shares_over_table_totals(
        _either(clean, plain, amounts)
        + _sums(clean, plain)
        # "~£45 a head plus ... another tenner each": parts of what each guest had, by the head
        + [a.model_copy(update={"per_head": True}) for a in _sums(clean, heads)]
        + _short_of(clean, plain)
    )
    return _holdings(clean, amounts) + _shares_of_a_bill(clean, amounts) + _foreign(clean, amounts)


# "label says €80", "about $120": a sum in another currency is known in pounds only within the
# range the exchange rate has moved in, so it is read as a range: where the answer is the same at
# both ends it stands, and where the £50 line falls inside, the value in pounds is asked for.
# (Pounds per unit, the lowest and highest of 2016-2026's rates, rounded outwards.)
_RATES = {"€": (Decimal("0.80"), Decimal("0.95")), "$": (Decimal("0.70"), Decimal("0.90"))}
_FOREIGN = re.compile(
    r"(?P<sign>[€$])\s?(?P<a>\d[\d,]*(?:\.\d+)?)|(?P<b>\d[\d,]*(?:\.\d+)?)\s?(?P<word>euros?|eur|dollars?"
    r"|usd)\b",
    re.I,
)


def _foreign(clean: str, amounts: list[Amount]) -> list[Amount]:
    """The first sum in another currency, as its range in pounds; none where pounds are said."""
    m = None if amounts else _FOREIGN.search(clean)
    if m is None:
        return []
    sign = m.group("sign") or ("€" if m.group("word").lower().startswith("eur") else "$")
    number = Decimal((m.group("a") or m.group("b")).replace(",", ""))
    low, high = _RATES[sign]
    basis = f"{sign}{number:,} at £{low}-£{high} a {'euro' if sign == '€' else 'dollar'}"
    return [
        Amount(
            value=(number * rate).quantize(Decimal("0.01")),
            text=m.group(0),
            approximate=True,
            ranged=True,
            basis=basis,
        )
        for rate in (low, high)
    ]


# "20,000 £1 shares", "5,000 x 50p shares": a holding's nominal value is the count times each
# share's nominal value, not the price of one share.
_HOLDING = re.compile(
    r"\b(?P<count>\d{1,3}(?:,\d{3})+|\d+)\s*(?:x\s*|×\s*|of\s+(?:the\s+)?)?"
    r"(?:£(?P<pounds>\d+(?:\.\d+)?)|(?P<pence>\d{1,2})p)\s+(?:ordinary\s+|preference\s+)?shares\b",
    re.I,
)


# "I own 2,000 of the 200,000 £1 ordinary shares": the holding, out of the whole issue
_HOLDING_OF_ISSUE = re.compile(
    r"\b(?P<count>\d{1,3}(?:,\d{3})+|\d+)\s+of\s+(?:the\s+|their\s+|its\s+)?(?P<issued>\d{1,3}(?:,\d{3})+|\d+)\s*"
    r"(?:£(?P<pounds>\d+(?:\.\d+)?)|(?P<pence>\d{1,2})p)\s+(?:ordinary\s+|preference\s+)?shares\b",
    re.I,
)


def _each_share(m: re.Match[str]) -> Decimal:
    """One share's nominal value, as written ("£1", "50p")."""
    return Decimal(m.group("pounds")) if m.group("pounds") else Decimal(m.group("pence")) / 100


def _held(m: re.Match[str], count: int) -> Amount:
    each = _each_share(m)
    return Amount(
        value=each * count, text=m.group(0), total=True, basis=f"{count:,} × £{each:,.2f}", worked="count"
    )


def _holdings(clean: str, amounts: list[Amount]) -> list[Amount]:
    """Each share's nominal value said beside a count of shares becomes the holding's total; said
    as a part of the whole issue ("2,000 of the 200,000 £1 shares"), the issue is the capital."""
    out = list(amounts)
    issues = list(_HOLDING_OF_ISSUE.finditer(clean))
    for m in issues:
        count, issued = (int(m.group(g).replace(",", "")) for g in ("count", "issued"))
        out = [a for a in out if a.text.strip() not in m.group(0)]
        capital = _held(m, issued).model_copy(update={"total": False, "worked": None, "of": "capital"})
        out += [_held(m, count), capital]
    for m in _HOLDING.finditer(clean):
        if any(h.start() <= m.start() < h.end() for h in issues):
            continue  # "200,000 £1 shares" inside "2,000 of the 200,000 £1 shares": the issue, done above
        # drop the one share's price found inside the holding ("£1" of "20,000 £1 shares")
        out = [a for a in out if not (a.value == _each_share(m) and a.text.strip() in m.group(0))]
        out.append(_held(m, int(m.group("count").replace(",", ""))))
    return out


_PEOPLE = r"\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|twelve"
# "4 of us", "a table of six", "for 3 people": how many shared a bill. "me and my wife" is not a
# party: both places were given to the asker (`_ME_AND` counts them).
_PARTY = re.compile(
    rf"\b(?:(?P<n>{_PEOPLE}) of us|(?:table|party|group) of (?P<m>{_PEOPLE})"
    rf"|for (?:the )?(?P<k>{_PEOPLE}) (?:of us|people|guests)"
    # "the whole event cost them about £2,000 and there were roughly 40 people there"
    rf"|there were (?:about |around |roughly |some |approx\.? )?(?P<j>{_PEOPLE}) (?:people|guests|of us"
    rf"|attendees))\b",
    re.I,
)
# The sum is what the whole party's meal or event cost.
_BILL = re.compile(r"\b(?:bill|tab|total|cost|came to|all in|altogether|in total)\b", re.I)


def _shares_of_a_bill(clean: str, amounts: list[Amount]) -> list[Amount]:
    """A bill for a party the asker was one of ("lunch with a developer, 4 of us, bill was £180 all
    in and he paid"): the hospitality the asker received is their share of it."""
    party = _PARTY.search(clean)
    if party is None or any(a.per_head or a.worked for a in amounts):
        return []
    people = count(party.group("n") or party.group("m") or party.group("k") or party.group("j"))
    bills = [
        a
        for a in amounts
        if not a.ranged and a.bound is None and (a.total or _BILL.search(clean[: clean.find(a.text)][-25:]))
    ]
    if not people or people < 2 or len(bills) != 1:
        return []
    bill = bills[0]
    return [
        Amount(
            value=(bill.value / people).quantize(Decimal("0.01")),
            text=bill.text,
            approximate=bill.approximate,
            total=True,
            basis=f"£{bill.value:,.2f} ÷ {people}",
            worked="share",
        )
    ]


# "a fiver short of fifty quid", "£5 less than £50": the second sum less the first.
_SHORT_OF = re.compile(r"^\s*(?:short of|shy of|less than|under|off)\s+$", re.I)


def _short_of(clean: str, plain: list[tuple[int, int, Amount]]) -> list[Amount]:
    found = []
    for (first, end, a), (start, last, b) in zip(plain, plain[1:], strict=False):
        if _SHORT_OF.match(clean[end:start]) and a.value < b.value:
            found.append(
                Amount(
                    value=b.value - a.value,
                    text=clean[first:last].strip(),
                    approximate=a.approximate or b.approximate,
                    total=True,
                    basis=f"£{b.value:,.2f} − £{a.value:,.2f}",
                    worked="difference",
                )
            )
    return found


def _either(clean: str, plain: list[tuple[int, int, Amount]], amounts: list[Amount]) -> list[Amount]:
    """Two sums given as alternatives ("maybe £40 maybe £60") are the two ends of a range."""
    spans: dict[int, str] = {}  # id of an amount -> the words of the range it is one end of
    for (first, end, a), (start, last, b) in zip(plain, plain[1:], strict=False):
        if _EITHER.match(clean[end:start]):
            spans[id(a)] = spans[id(b)] = clean[first:last].strip()
    return [
        a.model_copy(update={"ranged": True, "approximate": True, "text": spans[id(a)]})
        if id(a) in spans
        else a
        for a in amounts
    ]


# "maybe £40 maybe £60", "£40 or £60": the asker does not know which, so it is a range.
_EITHER = re.compile(
    r"^\s*,?\s*(?:or|maybe|or maybe|perhaps|or perhaps|possibly|or possibly|might be|or it might be|could be"
    r"|or could be)\s+$",
    re.I,
)
# How sums written one after another join into one gift or offer: the gap between two sums is
# read for the words that join a second part to the first ("plus", "and a ...", a list) and for
# how that part is priced. Each joining shape is one pattern in `_JOINS` below.

# An estimate said with a price: "about £45", "prob a tenner", "~£35", "call it £20".
_QUALIFIER = r"(?:(?:about|around|approx\.?|prob|probably|maybe|roughly|c\.|circa|est\.?|call it)\s+|~\s*)"
# A price in an aside, however put: "(£20)", "(prob £45)", "(they said its worth about £40)",
# "(she said the wool alone was £25)".
# ("(they value that at ~£300)")
_ASIDE = (
    r"\(\s*(?:(?:[\w']+\s+){0,6}(?:worth|valued at|values? (?:\w+\s+)?at|cost|costs|was|is)\s+)?"
    rf"{_QUALIFIER}?"
)
_ITEM_PRICE = re.compile(rf"{_ASIDE}$", re.I)

# "£300 cash plus £250 worth of printing": one offer made of parts.
_PLUS = re.compile(
    # ("500 quid cash for the fun run plus ...": what the first part is for, said before "plus")
    # ("a bottle of gin (they said about £32) plus a box of chocs": after an aside)
    # ("bottle of red (45 quid apparently) + a box of fudge about a tenner": the aside goes on)
    r"^\s*(?:\w+\s*)?\)?\s*[,;]?\s*(?:\w+[,;]?\s+){0,6}"
    r"(?:plus|\+|as well as|on top of|along with|together with|and another)\s+"
    # ("plus chocolates, maybe £15": the part named, then its price)
    # ("plus they'll print all the programmes for the proms in the park (print quote was £400)")
    # ("plus they'll print the race numbers for free (worth about £50)")
    r"(?:(?:an?|some|the)\s+)?(?:[\w'-]+[,;]?\s+){0,12}"
    rf"(?:{_ASIDE}|(?:(?:[\w'-]+\s+){{0,2}}(?:was|is|of|at)\s+)?{_QUALIFIER}?)$",
    re.I,
)
# "wine £20, box of chocs £15 and a book about £12": three or more things priced in a list.
# ("entry ticket £22, lunch in their marquee (call it £20) and they gave me a society tie, £6")
_LIST_GAP = re.compile(
    r"^\s*\)?\s*(?:[,;]\s*(?:and\s+)?|\s+and\s+)(?:an?\s+|some\s+|the\s+)?(?:[\w-]+,?\s+){0,6}\(?\s*"
    rf"{_QUALIFIER}?$",
    re.I,
)
# "a tie (£20), cufflinks (£25) and a book (£10)": things received together, each priced in an
# aside ("a bottle of champagne (prob £45) and a box of chocs (£15ish)", "(maybe £30) and one of
# their branded jackets (~£35)").
_ITEM_GAP = re.compile(
    r"^\s*(?:maybe|ish|or so|approx|roughly|about|max|tops)?\s*\)[\s,]*(?:and\s+)?"
    rf"(?:an?\s+|some\s+|the\s+)?(?:[\w'-]+\s+){{0,5}}{_ASIDE}$",
    re.I,
)
# "a £50 M&S voucher and a box of chocs (about a tenner)": a second thing given with the first,
# priced in an aside, is part of the same gift.
# ("£250 cash and they'd do the printing free (worth about £300)": the part said as a clause)
_BRACKETED_PART = re.compile(
    r"^\s*(?:[\w&'-]+\s+){0,3}and\s+(?:(?:an?|some|the)\s+(?:[\w&'-]+\s+){0,4}|(?:[\w&'-]+\s+){1,6})"
    rf"{_ASIDE}$",
    re.I,
)
# "a £40 bottle of gin and a £20 box of chocs": two things named with their prices, given together
# (not "a £40 voucher from one firm and a £60 hamper from another": two givers, two gifts).
# ("a case of craft beer (~£48) and a £10 costa card": the first priced in an aside)
# ("a bottle of gin (£40ish) and a box of chocs, maybe £20": the second priced after its name)
_AND_ITEM = re.compile(
    # ("the wine was about £30 and the meal maybe £25": each priced after its name)
    # ("lunch (about £45) and gave me one of their branded golf umbrellas, prob a tenner")
    # ("a bottle of single malt (£38 on the website) and a tin of posh biscuits, maybe £14": the
    # aside goes on after the price; "a fleece with their logo on, maybe £20": a longer name)
    # ("a hamper (maybe £35?) and a bottle of champagne, prob £25")
    r"^(?:\s*(?:[\w&'-]+\s+){0,4}|\s*(?:[\w&'-]+\s+){0,3}[\w&'-]*\??\)\s*(?:[\w&'-]+\s+){0,4})and\s+"
    r"(?:(?:gave|got|handed)\s+(?:me|us)\s+)?(?:an?|some|the|another|one of (?:their|the|its|his|her))\s+"
    rf"(?:(?:[\w&'-]+\s+){{0,5}}[\w&'-]+(?:,\s*{_QUALIFIER}?|\s+{_QUALIFIER}))?$",
    re.I,
)
_OTHER_GIVER = re.compile(r"\b(?:from|by|off)\b", re.I)


@dataclass(frozen=True)
class _Join:
    """A gap that makes the sums either side of it parts of one gift or offer."""

    gap: re.Pattern[str]
    one_giver: bool = False  # not where the gap names a giver ("and a hamper from the other firm")
    after_aside: bool = False  # only where the first sum of the run was itself priced in an aside


_JOINS = (
    _Join(_PLUS),
    _Join(_BRACKETED_PART, one_giver=True),
    _Join(_AND_ITEM, one_giver=True),
    _Join(_ITEM_GAP, after_aside=True),
)


def _joins(clean: str, gap: str, run_start: int) -> bool:
    """The gap joins a second part to the run that began at `run_start`, whatever the run's length."""
    return any(
        join.gap.match(gap)
        and not (join.one_giver and _OTHER_GIVER.search(gap))
        and not (join.after_aside and not _ITEM_PRICE.search(clean[:run_start]))
        for join in _JOINS
    )


def _sums(clean: str, plain: list[tuple[int, int, Amount]]) -> list[Amount]:
    """Totals of parts written together: "£300 plus £250", "a tie (£20), cufflinks (£25)…", and
    lists of three or more ("wine £20, chocs £15 and a book £12"). Two sums joined only by a
    comma or "and" ("a £40 voucher and a £60 hamper") may be two gifts: they are not added."""
    totals: list[Amount] = []
    run: list[tuple[int, int, Amount]] = []
    joined = False  # a "plus" or bracketed prices join the run, whatever its length

    def close() -> None:
        if len(run) > 2 or (len(run) == 2 and joined):
            parts = [a for _, _, a in run]
            totals.append(
                Amount(
                    value=sum((a.value for a in parts), Decimal(0)),
                    text=clean[run[0][0] : run[-1][1]].strip(),
                    approximate=any(a.approximate for a in parts),
                    total=True,
                    basis=" + ".join(a.basis or f"£{a.value:,.2f}" for a in parts),
                    worked="sum",
                )
            )
        run.clear()

    for item in plain:
        if run:
            gap = clean[run[-1][1] : item[0]]
            plus = _joins(clean, gap, run[0][0])
            if plus or _LIST_GAP.match(gap):
                joined = joined or plus
            else:
                close()
                joined = False
        run.append(item)
    close()
    return totals


def _shares_over_table_totals(amounts: list[Amount]) -> list[Amount]:
    """A stated total ("fifty quid in total") is the asker's value, unless they also give their
    share of it by the head ("£400 in total for the table, £40 a head"): then the total is the
    table's, not theirs."""
    by_head = any(a.per_head and _BY_HEAD.search(a.text) for a in amounts)
    if not by_head:
        return amounts
    return [a.model_copy(update={"total": False}) if a.total and a.basis is None else a for a in amounts]


_COUNTED_AFTER = re.compile(
    r"^,?\s*(?:for|on)\s+(?:the\s+)?(?P<count>\d{1,2}|two|three|four|five|six|a pair of|a couple of)\s+"
    r"(?:\w+\s+)?(?:tickets?|seats?|bottles?|passes|places|nights?|items?)\b",
    re.I,
)
# "tickets for me and my wife at £40 each": two, both given to the asker.
# "me and my wife were guests ... £45 a head": the hospitality the asker accepted was for two.
_COMPANION = r"(?:wife|husband|partner|spouse|other half|son|daughter|friend|guest|missus|mrs|hubby|fiancee?)"
_ME_AND = re.compile(
    rf"\bme (?:and|n|&) (?:my|the) {_COMPANION}\b|\b(?:my|the) {_COMPANION} (?:and|n|&) (?:i|me|myself)\b",
    re.I,
)


# "fifty quid in total", "a total of £60", "£50 altogether": the asker's own sum.
_TOTAL_BEFORE = re.compile(
    r"(?:total(?:l?ing)?(?: of)?|in total|altogether|all in|combined|all told)\s*$", re.I
)
_TOTAL_AFTER = re.compile(r"^\s*(?:in total|total|altogether|all in|all told|in all|combined)\b", re.I)
_BY_HEAD = re.compile(r"head|person|guest|cover|pp\b|p/p", re.I)

# A sum the words say is something other than what the asker got: "issued share capital is £10m".
_OF_BEFORE = [
    (
        "capital",
        re.compile(
            r"\bcapital(?:\s+(?:is|of|was|at|totals|=|:))?\s*"
            r"(?:(?:about|around|roughly|approx(?:imately)?|just|only|a mere|some|something like|circa"
            r"|c\.?|in the region of) )?$",
            re.I,
        ),
    ),
    # "market value £60k": what the shares would sell for, which is not para 10's nominal value
    (
        "market_value",
        re.compile(
            r"\b(?:market (?:value|price)|on the market at)"
            r"(?:\s+(?:is|of|was|at|=|:))?"
            r"\s*(?:(?:only|just|about|around|roughly|approx(?:imately)?) )?$",
            re.I,
        ),
    ),
    # A rule's line, not a value received: "the limit is £25", "gifts had to be declared over £25".
    (
        "threshold",
        re.compile(
            r"(?:\b(?:limit|threshold|cap|ceiling)(?:\s+(?:is|was|of|at|=|:))?"
            # "said anything under £25 was fine": a rule's line, not a value received
            r"|\b(?:anything|everything|gifts?|things|it'?s fine|ok|okay)"
            r" (?:under|below|over|above|up to|less than)"
            r"|\b(?:declared|registered|reported|notified|disclosed) "
            r"(?:if |when )?(?:it'?s |they'?re |it was )?"
            r"(?:over|above|more than|at least|under|below|from))\s*(?:about |around )?$",
            re.I,
        ),
    ),
]

# "the company has £1m issued share capital": the body's capital, said after the sum.
_CAPITAL_AFTER = re.compile(r"^\s*(?:of\s+)?(?:issued\s+)?(?:share\s+)?capital\b", re.I)
# "issued capital is £100,000 in £1 shares": one share's denomination, not a value anyone holds
_SHARE_PRICE_AFTER = re.compile(r"^\s*(?:ordinary\s+|preference\s+)?shares\b", re.I)

# "worth about £60k on the market", "£60k at market value": the shares' price, not their nominal value.
# ("about £40k worth of shares": what they are worth, said before the shares)
_MARKET_AFTER = re.compile(
    r"^\s*(?:on the (?:open )?market|at market (?:value|price)|market value|worth of (?:[\w-]+\s+)?shares)\b",
    re.I,
)

# "shares in a local firm, they're worth about £40k": what shares are worth is their price; para 10
# counts their nominal value, which is then asked for (unless "nominal" is said with the sum).
_SHARES_WORTH = re.compile(
    r"\bshares?\b(?:(?!\bnominal\b)[^.?!]){0,60}\b(?:worth|valued at)\s*(?:(?:about|around|roughly"
    r"|approx(?:imately)?|over|just over|nearly|maybe) )?$",
    re.I,
)
_NOMINAL_AFTER = re.compile(r"^\s*\(?\s*(?:in\s+)?nominal\b", re.I)


def _market_price(clean: str, start: int, end: int) -> bool:
    """The sum at `start:end` is what shares would sell for, said after it or by what they are worth."""
    if _MARKET_AFTER.match(clean[end:]):
        return True
    return bool(
        _SHARES_WORTH.search(clean[max(0, start - 90) : start]) and not _NOMINAL_AFTER.match(clean[end:])
    )


_VAT_RATE = Decimal("1.2")  # UK standard rate, 20%
# "£45 + vat", "41 quid ex vat": the price before VAT is added.
_PLUS_VAT = re.compile(r"^\s*(?:\+|plus|ex\.?|excl?\.?|excluding|before|net of)\s*vat\b", re.I)
# "two lots of £30": that many of the same amount.
# "3 x £20 theatre vouchers", "2x £25": the same.
# "4 beers at about £4 each": any other things counted just before a price said to be each's.
_COUNTED_EACH = re.compile(
    r"\b(?P<count>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+(?:[\w-]+\s+)?[a-z]{3,}s\s+"
    r"(?:at|@)\s+(?:about\s+|around\s+|roughly\s+|approx\.?\s+|~\s*)?$",
    re.I,
)
_LOTS_OF = re.compile(
    r"\b(?P<count>\d{1,2}|two|three|four|five|six|a couple of)\s*(?:lots\s+of|x|×|\*)\s*$", re.I
)
# "a bit over £200, call it £210": the figure the asker settles on.
_SETTLED = re.compile(r"(?:call it|call that|let'?s say|say)\s*$", re.I)


def _count_word(word: str) -> int | None:
    """A count of two or more ("2", "two", "a pair of"); one item is not a total."""
    n = count(word)
    return n if n and n > 1 else None


def _count_after(after: str) -> int | None:
    """How many items a price "each" is for, when the words just after count them."""
    m = _COUNTED_AFTER.match(after)
    return _count_word(m.group("count")) if m else None


def _count_before(before: str) -> int | None:
    """How many items a price "each" is for, when the words just before count them."""
    m = _COUNTED.search(before)
    if m is None:
        return 2 if _ME_AND.search(before) else None
    return _count_word(m.group("count"))
