"""Calendar dates a question names, resolved against when it was asked.

Grammar (UK, day first): ISO `2026-03-01`; `1/3/26`, `01/03/2026`, `1.3.2026`, `1-3-2026`;
`1/3`; `1 March 2026`, `1st of March`, `March 1st, 2026`; `on the 2nd` (this month, or the
nearest month on the side of today the tense points to); `today`, `tonight`, `yesterday`,
`tomorrow`, `the day before yesterday`; `last Thursday`, `on Monday`, `this Friday`,
`next Tuesday`; `3 days ago`, `two weeks ago`, `a fortnight ago`; `in 3 days`;
`last week` / `next week` / `last month` (approximate). Impossible dates (31/2/26) are skipped.

How undated things are placed, relative to `asked_at`'s date ("today"). A date's tense is that of
the nearest tense word before it in its sentence ("got", "invited", "is on", "do I need to"),
else after it in that sentence, else before it in the question; with none at all it is the past.
* A day and month without a year is the most recent such date on or before today, unless the
  date is in the future tense ("will", "going to", "invited to", "is on", "should I", ...):
  then it is the next such date on or after today.
* A bare or `on` weekday is the most recent one strictly before today, or in a future
  sentence the first one strictly after today. `last <day>` is the most recent strictly
  before today, except yesterday's day, which is a week earlier (yesterday is "yesterday");
  `next <day>` always the first strictly after today (approximate when that is still this week:
  some mean the week after); `this <day>` is this week's occurrence on the side of today the
  sentence's tense points to (today included). Days may be written as words ("the first of
  next month").
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from dateutil.easter import easter
from dateutil.relativedelta import relativedelta

from bot.understand.model import DateMention, MonthMention
from bot.understand.numbers import NUMBER_WORDS, count

_MONTH_NAMES = (
    "january jan|february feb|march mar|april apr|may|june jun|july jul|august aug|september sept sep|"
)
_MONTH_NAMES += "october oct|november nov|december dec"
MONTHS = {name: i for i, names in enumerate(_MONTH_NAMES.split("|"), 1) for name in names.split()}
WEEKDAYS = {
    name: i
    for i, names in enumerate(
        "monday mon|tuesday tues tue|wednesday weds wed|thursday thurs thur thu|friday fri|saturday sat"
        "|sunday sun".split("|")
    )
    for name in names.split()
}
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
# Only unambiguous weekday forms: "sat", "sun" and "wed" are ordinary words.
_WEEKDAY = "monday|tuesday|tues|wednesday|weds|thursday|thurs|friday|saturday|sunday"
# Every form in WEEKDAYS, short ones included, for places where what follows makes it a day
# ("sat 7th", "thurs 7 may").
_ANY_WEEKDAY = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
_ORD = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4}|'\d{2})"
_AMOUNT = rf"(?P<n>\d+|{NUMBER_WORDS}|a couple of|couple of|a few|a|an)"

_EXACT = [
    re.compile(r"\b(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})\b"),
    re.compile(
        r"(?<![\d./£-])(?P<day>\d{1,2})(?P<sep>[/-])(?P<month>\d{1,2})(?P=sep)(?P<year>\d{4}|\d{2})"
        r"(?![\d/-])(?!\.\d)"  # a full stop may end the sentence: "handed over 1/3/26."
    ),
    # (a full stop after it may end the sentence: "at their AGM on 6.11.2026. deadline?")
    re.compile(r"(?<![\d./£-])(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{4})(?!\d)(?!\.\d)"),
    re.compile(rf"\b(?:the\s+)?{_ORD}\s+(?:of\s+)?(?P<mname>{_MONTH})\b\.?(?:,?\s+{_YEAR}\b)?"),
    re.compile(rf"\b(?P<mname>{_MONTH})\.?\s+(?:the\s+)?{_ORD}\b(?!:)(?:,?\s+{_YEAR}\b)?"),
    re.compile(r"(?<![\d./£-])(?P<day>\d{1,2})/(?P<month>\d{1,2})(?![\d/-])(?!\.\d)(?!\s*of\b)"),
]
# "on the 2nd": a day of the month without the month.
# Days people name rather than number: "new year's eve 2026", "on boxing day".
NAMED_DAYS = {
    "new year eve": (12, 31),
    "new year day": (1, 1),
    "christmas eve": (12, 24),
    "xmas eve": (12, 24),
    "christmas day": (12, 25),
    "xmas day": (12, 25),
    "boxing day": (12, 26),
    "bonfire night": (11, 5),
    "guy fawkes night": (11, 5),
    "halloween": (10, 31),
    "valentine day": (2, 14),
    "st valentine day": (2, 14),
    "burns night": (1, 25),
    "st george day": (4, 23),
    "st patrick day": (3, 17),
    "remembrance day": (11, 11),
    "armistice day": (11, 11),
}
_NAMED_DAY = re.compile(
    r"\b(?P<name>new year'?s eve|new year'?s day|christmas eve|christmas day|xmas eve|xmas day|boxing day"
    r"|bonfire night|guy fawkes night|hall?owe'?en|(?:st )?valentine'?s day|burns night|st george'?s day"
    r"|st patrick'?s day|remembrance day|armistice day)"
    r"(?:,?\s+(?P<year>\d{4}))?\b"
)


def _named_day_key(name: str) -> str:
    """ "new year's eve" -> "new year eve", "valentines day" -> "valentine day", "hallowe'en"."""
    words = name.replace("'", "").split()
    key = " ".join(w[:-1] if w in ("years", "valentines", "georges", "patricks") else w for w in words)
    return "halloween" if key.startswith("hal") else key


# Days that move with Easter: days after (or before) Easter Sunday.
EASTER_DAYS = {"good friday": -2, "easter sunday": 0, "easter day": 0, "easter monday": 1}
_EASTER_DAY = re.compile(
    r"\b(?P<name>good friday|easter sunday|easter day|easter monday)(?:,?\s+(?P<year>\d{4}))?\b"
)
# "The Tuesday before Christmas": a weekday counted from a named day.
_ANCHORS = {"christmas": (12, 25), "xmas": (12, 25), "new year": (1, 1), **NAMED_DAYS}
_WEEKDAY_AROUND = re.compile(
    rf"\b(?:the\s+)?(?P<wd>{_WEEKDAY})\s+(?P<rel>before|after)\s+(?P<anchor>christmas eve|christmas day"
    r"|christmas|xmas|boxing day|new year'?s eve|new year'?s day|new year|good friday|easter sunday"
    r"|easter monday|easter)\b"
)
# "the 2nd of last month", "the 1st of this month", "on the 14th of next month".
_DAY_OF_RELATIVE_MONTH = re.compile(
    r"\b(?:the\s+)?(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+of\s+"
    r"(?P<which>last|this|next|the last|the next)\s+month\b"
)
# "sat 7th", "tues 3rd": a weekday with a day of the month names that day (the weekday checks it).
_WEEKDAY_DAY = re.compile(
    rf"\b(?P<wd>{_ANY_WEEKDAY})\s+(?:the\s+)?(?P<day>\d{{1,2}})(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?(?:"
    + _MONTH
    + r"))"
)
# "last tuesday, the 18th": a past weekday and the day of the month, said together.
_WEEKDAY_THEN_DAY = re.compile(
    rf"\b(?P<which>last)\s+(?P<wd>{_ANY_WEEKDAY})\b,?\s+(?:the\s+)?(?P<day>\d{{1,2}})(?:st|nd|rd|th)\b"
    r"(?!\s+(?:of\s+)?(?:" + _MONTH + r"))"
)
_DAY_ONLY = re.compile(
    r"\b(?:on|since|from|by|before|till|til|until|came in|went in|was|were|dated) (?:the )?"
    r"(?P<day>\d{1,2})(?:st|nd|rd|th)\b"
    r"(?!\s+(?:of\s+)?(?:" + _MONTH + r"))"
)
_RELATIVE_DAYS = re.compile(
    r"\b(?P<word>the day before yesterday|day before yesterday|the day after tomorrow|day after tomorrow|"
    r"yesterday|last night|today|earlier today|tonight|tomorrow|this (?:morning|afternoon|evening)"
    # "just put a member's enquiry in": done today, unless the sentence dates it ("just sent it on the 3rd")
    r"|just (?:now|put|sent|submitted|logged|raised|emailed)(?![^.?!]*\b(?:on|yesterday|last|ago)\b))\b"
)
_AGO = re.compile(rf"\b{_AMOUNT}\s+(?P<unit>day|week|month|year|fortnight)s?\s+(?:ago|back)\b")
_IN = re.compile(rf"\bin\s+{_AMOUNT}\s+(?P<unit>day|week|month|fortnight)s?(?:'?\s*time)?\b")
# "saturday's match", typed "saturdays match": the weekday with its possessive.
_WEEKDAY_RE = re.compile(
    rf"\b(?:(?P<which>last|next|this|on|coming|this coming)\s+)?(?P<wd>{_WEEKDAY})(?:'?s(?=\s+(?:match|game"
    r"|meeting|event|dinner|do|party|show|gig|concert|race|lunch|reception)))?\b"
)
# "the last day of january", "the first of march": a day of a month by its place in it.
_END_OF_MONTH = re.compile(rf"\bthe (?P<which>last|first) day of (?P<mname>{_MONTH})\b")
# "fri just gone", "tuesday just gone": the most recent one before today.
_JUST_GONE = re.compile(rf"\b(?P<wd>{_ANY_WEEKDAY})\s+(?:just\s+)?gone\b")
# "sat", "sun", "wed", "mon", "fri" are weekdays only after "on", "last", "this" or "next".
_SHORT_WEEKDAY_RE = re.compile(
    r"\b(?P<which>last|next|this|on|coming)\s+(?P<wd>mon|tue|wed|thu|fri|sat|sun)\b"
)
# A weekday placed in a week: "thursday last week", "monday of next week", "friday before last",
# "a week last friday" (the one before last Friday), "the monday after next" (the one after the
# coming Monday), "2 weeks on tuesday" (two weeks after the coming Tuesday).
_WEEKDAY_IN_WEEK = re.compile(
    rf"\b(?P<wd>{_WEEKDAY})\s+(?:(?:of|in)\s+)?(?P<week>last|this|next)\s+week\b"
    rf"|\b(?P<wd2>{_WEEKDAY})\s+before\s+last\b"
    rf"|\ba\s+week\s+(?:last|before|ago)\s+(?:last\s+)?(?P<wd3>{_WEEKDAY})\b"
    rf"|\b(?P<wd4>{_WEEKDAY})\s+after\s+next\b"
    rf"|\b(?P<weeks>a|one|two|three|[1-3])\s+weeks?\s+on\s+(?:this\s+|next\s+)?(?P<wd5>{_WEEKDAY})\b"
)
_WEEKS = {"a": 1, "one": 1, "two": 2, "three": 3, "1": 1, "2": 2, "3": 3}
# "3.3.27": day, month and year with dots (two dots, so never a sum of money).
_DOTTED = re.compile(r"(?<![\d.£])(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{4}|\d{2})(?!\d)(?!\.\d)")
_VAGUE = re.compile(r"\b(?P<which>last|next)\s+(?P<unit>week|month)\b")
# "came in earlier this month": some day already gone this week or month, not which.
_EARLIER_THIS = re.compile(
    r"\b(?:earlier|sometime|at the (?:start|beginning) of|early|already) this (?:week|month)\b"
    # "sent an enquiry a while back": some time before today, day unknown
    r"|\b(?:a (?:little |good )?while|some time|ages) (?:back|ago)\b"
)

_FUTURE = re.compile(
    r"\b(?:will|shall|going to|gonna|next|upcoming|coming up|coming"
    r"|(?<!was )(?<!were )invited|invitation|invite|we'?re|they'?re"
    # "if i log an enquiry on wed 23rd", "if a councillor's enquiry goes in on new year's eve"
    r"|if (?:i|we|you|a|an|the|my|our|they|he|she)|hypothetically|"
    r"plan(?:ning)? to|intend|due to|is|are|it's|its|takes place|being held|would like|wants? to"
    r"|offered|"
    r"should i|can i|may i|must i|do i|need to|have to|(?:i|we|you|he|she|they|it)'ll|tomorrow|in advance"
    r"|starting|starts|begins|beginning|joining|taking up)\b"
)
_PAST = re.compile(
    r"\b(?:received|got|was|were|went|attended|had|gave|accepted|arrived|ago|last|yesterday|did|"
    r"have been|has been|took|ate|came|sent|given|forgot|bought|sold|elected|declared|told|met|won|lost"
    # "paid for it", but not "a new paid consultancy job": there "paid" describes the job
    r"|paid(?! (?:[\w-]+ )?(?:job|jobs|work|role|post|position|directorship|consultancy|employment|gigs?"
    r"|shifts?|consultant|contract))"
    r"|stood|went in|held|let slip|slipped|said)\b"
    # "when i cut the ribbon on their new pavilion on sunday" (not "going to cut", "i'll cut")
    r"|(?<=\bi )cut\b|(?<=\bwe )cut\b|(?<=\bhe )cut\b|(?<=\bshe )cut\b"
    # "put" is past only as a statement: "(i) put a query in on 12/11", not "can i put..." or
    # "if i put an enquiry in on christmas eve".
    r"|(?:^|(?<!if )\bi |(?<!if )\bwe |\bjust |\balready )put\b"
    # Any regular past tense ("logged", "handed", "emailed"): the event happened, even when the
    # question goes on in the future tense ("...when is the deadline?"). Where a word is also a
    # future cue ("invited"), the tie goes to the future.
    r"|\b[a-z]{3,}ed\b"
)
_HINTS: list[tuple[str, re.Pattern[str]]] = [
    (
        "deadline",
        re.compile(
            r"\b(?:by|before|until|no later than|deadline(?: is| of)?)\s*"
            r"(?:\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)\s*)?(?:on\s+|the\s+)?$"
        ),
    ),
    # "towards my by-election expenses on 2 october": what the money was for, not the election's day
    (
        "elected",
        re.compile(
            r"\b(?:re-?elected|elected|co-?opted|co-?option|election(?! expenses| costs| campaign| leaflets"
            r"| literature| posters| printing| deposit)"
            r"|re-?appointed)\b"
        ),
    ),
    ("adopted", re.compile(r"\badopted\b")),
    ("disclosed", re.compile(r"\b(?:declared|disclosed|disclosure)\b")),
    (
        "received",
        re.compile(
            r"\b(?:received|receive|got|given|gave|arrived|accepted|delivered|turned up|sent me|sent us)\b"
        ),
    ),
    ("offered", re.compile(r"\b(?:offered|invited|invitation|invite|offer)\b")),
    (
        "meeting",
        re.compile(
            r"\b(?:meeting|committee|cabinet|hearing|agenda|full council)\b"
            # a committee by its short name just before its date: "planning on 3 dec"
            r"|\b(?:planning|licensing)(?= (?:cttee |committee )?on (?:the )?$)"
        ),
    ),
    (
        "changed",
        re.compile(
            r"\b(?:changed|change|bought|sold|acquired|became|started|moved|married"
            # an interest ending or beginning: "the contract finished on the 4th", "made redundant",
            # "stepped down as a director", "signed on the 9th", "took on a consultancy"
            r"|finished|ended|came to an end|stepped down|resigned|retired|redundant|signed|took on|taken on"
            r"|appointed|made a (?:partner|director))\b"
        ),
    ),
    ("enquiry", re.compile(r"\b(?:enquiry|enquiries|emailed|submitted|raised)\b")),
    # When the asker learnt of a change (para 9 counts from then, if later than the change).
    (
        "aware",
        re.compile(
            r"\b(?:told me|tell me|told us|tell us|telling (?:me|him|her|them|us)|found out|find out"
            r"|learn(?:ed|t)"
            r"|(?:wasn't|weren't|was only|only) told|didn't know|did not know|wasn't aware|was not aware"
            r"|became aware|realised|realized"
            r"|discovered|heard|mentioned it|mentioned that|let me know|informed me)\b"
        ),
    ),
    (
        "event",
        re.compile(
            # "only mentioned it to me over dinner on the 9th": where something was said, not the event
            r"\b(?<!over )(?<!at )(?:dinner|lunch|event|match|game|concert|reception|party|ceremony|visit|"
            r"conference|gala|ball|do)\b"
        ),
    ),
]
_MEMBERSHIP = re.compile(
    r"\b(?:onto|on to|joined|join|joining|appointed to|elected to|co-?opted to|member of|sit on|sits on)"
    r" (?:the )?(?:[\w&'-]+ ){0,5}?(?:committee|cabinet|board|panel)\b"
)


# "i didn't find out it had gone through until 6 oct": the day they learnt of it, not a deadline
_LEARNT_UNTIL = re.compile(
    r"\b(?:find|found|finding) out\b[^.?!]{0,60}\b(?:until|till|til)\b\s*(?:on\s+|the\s+)?$"
    r"|\b(?:know|knew|aware|realise|realize|told|hear|heard)\b[^.?!]{0,60}\b(?:until|till|til)\b\s*(?:on\s+|the\s+)?$"
)


def _nearest_tense(before: str, after: str) -> bool | None:
    """True for future, False for past: the closest tense word before the date, else after it."""
    cues = [(m.end(), True) for m in _FUTURE.finditer(before)] + [
        (m.end(), False) for m in _PAST.finditer(before)
    ]
    if cues:
        return max(cues)[1]
    # After the date, "need to register?" or "can i keep it?" asks what to do next: it says
    # nothing of when the thing dated happened.
    cues = [(m.start(), True) for m in _FUTURE.finditer(after) if not _ASKING_NEXT.fullmatch(m.group(0))] + [
        (m.start(), False) for m in _PAST.finditer(after)
    ]
    return min(cues)[1] if cues else None


_ASKING_NEXT = re.compile(r"should i|can i|may i|must i|do i|need to|have to|is|are|it's|its")


def _is_future(low: str, start: int, end: int) -> bool:
    """The tense nearest the date in its sentence, else of the text before it; else the past."""
    sentence_start = max((m.end() for m in re.finditer(r"[?!;]|\.\s", low[:start])), default=0)
    sentence_end = re.search(r"[?!;]|\.(?:\s|$)", low[end:])
    # A date written "31 January." carries its sentence's full stop: nothing after it is its sentence.
    after = (
        ""
        if low[start:end].endswith(".")
        else low[end : end + sentence_end.start() if sentence_end else None]
    )
    tense = _nearest_tense(low[sentence_start:start], after)
    if tense is None:
        # Only what came before: a later question ("when do I have to tell the MO?") asks
        # about what to do next, not about when the event in this sentence happened.
        tense = _nearest_tense(low[:start], "")
    if tense is None:
        # No tense at all ("Committee on 20 April. Should I declare?"): a meeting or an offer
        # one asks advice about is usually ahead; a gift, a disclosure or an enquiry is behind.
        tense = _role_hint(low, start, end) in _AHEAD_BY_NATURE
    return bool(tense)


_AHEAD_BY_NATURE = {"meeting", "offered", "deadline"}


@lru_cache(maxsize=64)
def _without_memberships(low: str) -> str:
    """The text with bodies joined blanked out (same length), once per question, not per date."""
    return _MEMBERSHIP.sub(lambda m: " " * len(m.group()), low)


def _role_hint(low: str, start: int, end: int, next_date: int | None = None) -> str | None:
    sentence_start = max((m.end() for m in re.finditer(r"[?!;]|\.\s", low[:start])), default=0)
    window_start = max(sentence_start, start - 70)
    after_match = re.search(r"[?!;]|\.(?:\s|$)", low[end:])
    window_end = min(end + 30, end + after_match.start() if after_match else len(low))
    if next_date is not None and next_date > end:
        window_end = min(window_end, next_date)
        # "paid on 2 october, the election was 19 november": words after a comma that run on to the
        # next date without one are that date's
        between = low[end:next_date]
        if "," in between:
            window_end = min(window_end, end + between.index(","))
    if low[start:end].endswith("."):
        window_end = end  # "3rd of march. deadline?": the date's sentence ended with it
    # "co-opted onto the audit committee on 3 Nov": the committee is what they joined, not a
    # meeting held that day. Blanked in the whole text (the body's name may start before the
    # window) and only for the meeting hint, so the other hints keep their distances.
    blank = _without_memberships(low)
    best: tuple[int, str] | None = None
    for name, rx in _HINTS:
        text = blank if name == "meeting" else low
        before, after = text[window_start:start], text[end:window_end]
        for m in rx.finditer(before):
            if name == "deadline" and _LEARNT_UNTIL.search(before[: m.end()]):
                continue
            d = len(before) - m.end()
            if best is None or d < best[0]:
                best = (d, name)
        # Learning of something is told before its date ("she told me on 2 Feb"); after a date
        # it belongs to the next one ("on 14 Jan, but she only told me on 2 Feb"). A deadline word
        # is one only before the date ("by 3 dec"), not in "on 1 dec, ldc member, deadline?".
        if name in ("aware", "deadline"):
            continue
        if (later := rx.search(after)) is not None and (best is None or later.start() + 5 < best[0]):
            best = (later.start() + 5, name)  # words after the date are a slightly weaker hint
    if (best is None or best[1] == "meeting") and re.search(r"\bco-?opt", low[sentence_start:window_end]):
        # "co-opted onto audit at full council on 2 December", "co-opted onto the audit and member
        # standards committee as an independent member on 16/11": one joins at a meeting, and the
        # body's long name may push the word out of reach; "full council agreed on 16/11 to
        # co-opt her": the date is the co-option's.
        return "elected"
    return best[1] if best else None


def _year(raw: str | None) -> int | None:
    if not raw:
        return None
    raw = raw.lstrip("'")
    return 2000 + int(raw) if len(raw) == 2 else int(raw)


_MONTH_YEAR = re.compile(rf"\b(?P<mname>{_MONTH})\s+(?P<year>\d{{4}})\b")


_RELATIVE_YEAR = re.compile(r",?\s+(?P<which>next|last|this) year\b")


def _year_said_for(low: str, month: int) -> int | None:
    """The one year the question writes beside this month's name ("may 2027"), if any."""
    years = {int(m.group("year")) for m in _MONTH_YEAR.finditer(low) if MONTHS[m.group("mname")] == month}
    return years.pop() if len(years) == 1 else None


# "a paid directorship starting 1 dec", "re-appointed from 1 december": when something starts says
# nothing of whether that is ahead or behind (asked on 2 December, it began yesterday; asked on 25
# November, it begins next week), so the occurrence nearer today is taken, whatever the tense.
_MEAL_AFTER = re.compile(r"\s+(?:lunch|roast|carvery|brunch)\b")
# "a water company invited me into their box at the cricket on 20 july" (asked on 22 July): an
# invitation may be one accepted or one ahead, so the occurrence nearer the day asked is taken.
_INVITED = re.compile(r"\binvit(?:ed|es|e|ation)\b[^.?!]{0,80}$")
_STARTS_ON = re.compile(
    r"\b(?:starting|starts|beginning|begins|commencing|commences|effective|with effect from|as from"
    r"|as of|from)\s+(?:on\s+|from\s+)?(?:the\s+)?$"
)


def _place_said(low: str, start: int, end: int, month: int, day: int, today: dt.date) -> dt.date | None:
    """The day and month written at low[start:end], placed in the year its words say."""
    if _STARTS_ON.search(low[max(0, start - 30) : start]) or _INVITED.search(low[max(0, start - 90) : start]):
        both = [d for d in (_place(month, day, today, True), _place(month, day, today, False)) if d]
        return min(both, key=lambda d: abs((d - today).days), default=None)
    return _place(month, day, today, _is_future(low, start, end))


def _place(month: int, day: int, today: dt.date, future: bool) -> dt.date | None:
    """A day and month without a year: nearest past (or future) occurrence, today included."""
    for delta in (0, 1) if future else (0, -1):
        try:
            candidate = dt.date(today.year + delta, month, day)
        except ValueError:
            continue
        if (candidate >= today) if future else (candidate <= today):
            return candidate
    return None


def _moveable(offset: dt.timedelta, today: dt.date, future: bool) -> dt.date:
    """A day fixed by Easter: this year's, or the nearest year's on the side the tense points to."""
    candidates = [easter(y) + offset for y in (today.year - 1, today.year, today.year + 1)]
    if future:
        return min(c for c in candidates if c >= today)
    return max(c for c in candidates if c <= today)


def _anchor_day(name: str, today: dt.date, future: bool) -> dt.date | None:
    """The date a named day ("christmas", "easter monday") falls on, nearest on the tense's side."""
    name = name.replace("'", "").replace("years", "year")
    if name == "easter":
        name = "easter sunday"
    if name in EASTER_DAYS:
        return _moveable(dt.timedelta(days=EASTER_DAYS[name]), today, future)
    month, day = _ANCHORS[name]
    return _place(month, day, today, future)


_WEEKDAY_BEFORE = re.compile(rf"\b(?P<wd>{_ANY_WEEKDAY})\.?,?\s+(?:the\s+)?$")


def _year_by_weekday(month: int, day: int, weekday: int, today: dt.date, future: bool) -> dt.date | None:
    """Of last year's, this year's and next year's day-month, the nearest that falls on `weekday`
    (on the tense's side of today if one does); None (a slip in the weekday) when none does."""
    candidates = []
    for year in (today.year - 1, today.year, today.year + 1):
        try:
            candidates.append(dt.date(year, month, day))
        except ValueError:
            continue
    on_day = [c for c in candidates if c.weekday() == weekday]
    # The weekday outranks a guessed tense: "invited ... on sat 14th nov" said on 24 Nov 2026 is the
    # Saturday just gone, though an invitation usually looks ahead.
    matching = [c for c in on_day if (c >= today if future else c <= today)] or on_day
    return min(matching, key=lambda c: abs((c - today).days)) if matching else None


def _weekday_day(weekday: int, day: int, today: dt.date, future: bool) -> dt.date | None:
    """ "Sat 7th": of the nearby months' 7ths, the nearest on the tense's side that is a Saturday,
    else (a slip in the weekday) the day of the month as the tense places it."""
    candidates = []
    for months in range(-3, 4):
        try:
            candidates.append((today.replace(day=1) + relativedelta(months=months)).replace(day=day))
        except ValueError:
            continue
    fitting = [c for c in candidates if c.weekday() == weekday]
    side = [c for c in fitting if (c >= today if future else c <= today)]
    # The weekday written with the day is firmer than a tense guessed from the words around:
    # "tues 3rd" said on Thursday 5 March is 3 March, whatever the sentence's tense.
    if side or fitting:
        return min(side or fitting, key=lambda c: abs((c - today).days))
    return _day_of_month(day, today, future)


def _day_of_month(day: int, today: dt.date, future: bool) -> dt.date | None:
    """ "The 2nd": this month's, or the nearest month's on the side of today the tense points to."""
    month_start = today.replace(day=1)
    for months in (0, 1) if future else (0, -1):
        first = month_start + relativedelta(months=months)
        try:
            candidate = first.replace(day=day)
        except ValueError:
            continue
        if (candidate >= today) if future else (candidate <= today):
            return candidate
    return None


def _weekday(which: str | None, wd: int, today: dt.date, future: bool) -> dt.date:
    back = (today.weekday() - wd) % 7 or 7  # days back to the most recent one strictly before today
    ahead = (wd - today.weekday()) % 7 or 7
    if which == "last":
        return today - dt.timedelta(days=back)
    if which in ("next", "coming", "this coming"):
        return today + dt.timedelta(days=ahead)
    if which == "this":
        if wd == today.weekday():
            return today
        return today + dt.timedelta(days=ahead) if future else today - dt.timedelta(days=back)
    return today + dt.timedelta(days=ahead) if future else today - dt.timedelta(days=back)


def _shift(n: int, unit: str, sign: int) -> relativedelta:
    if unit == "fortnight":
        return relativedelta(weeks=2 * n * sign)
    return relativedelta(**{f"{unit}s": n * sign})


# "the first of next month", "on the twenty-third of march": days written as ordinal words.
_UNITS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
_ORDINAL_WORDS = {
    **{word: n for n, word in enumerate(_UNITS, 1)},
    **{
        word: n
        for n, word in enumerate(
            [
                "tenth",
                "eleventh",
                "twelfth",
                "thirteenth",
                "fourteenth",
                "fifteenth",
                "sixteenth",
                "seventeenth",
                "eighteenth",
                "nineteenth",
                "twentieth",
            ],
            10,
        )
    },
    **{f"twenty{sep}{word}": 20 + n for n, word in enumerate(_UNITS, 1) for sep in ("-", " ")},
    "thirtieth": 30,
    **{f"thirty{sep}first": 31 for sep in ("-", " ")},
}
_ORDINAL_DAY = re.compile(
    r"\b(?P<word>" + "|".join(sorted(_ORDINAL_WORDS, key=len, reverse=True)) + r")\b"
    rf"(?=\s+(?:of\s+)?(?:(?:the|last|this|next|the last|the next)\s+month\b|(?:{_MONTH})\b))"
    rf"|\b(?:{_MONTH}) (?:the )?(?P<after>" + "|".join(sorted(_ORDINAL_WORDS, key=len, reverse=True)) + r")\b"
)


def _ordinal_words_as_numbers(low: str) -> str:
    """ "the first of next month" → "the 1st   of next month": the same length, so every span found
    in the rewritten text is the same span in the question."""

    def number(m: re.Match[str]) -> str:
        word = m.group("word") or m.group("after")
        n = _ORDINAL_WORDS[word]
        digits = f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"
        return m.group(0).replace(word, digits.ljust(len(word)))

    return _ORDINAL_DAY.sub(number, low)


def find_dates(low: str, asked_at: dt.datetime) -> list[DateMention]:
    """Every date the question names, in the order written."""
    today = asked_at.date()
    written, low = low, _ordinal_words_as_numbers(low)
    found: list[tuple[int, int, dt.date, bool]] = []  # start, end, date, approximate

    def taken(start: int, end: int) -> bool:
        return any(start < e and s < end for s, e, _, _ in found)

    for rx in _EXACT:
        for m in rx.finditer(low):
            if taken(m.start(), m.end()):
                continue
            g = m.groupdict()
            month = MONTHS[g["mname"]] if g.get("mname") else int(g["month"])
            day, year = int(g["day"]), _year(g.get("year"))
            if g.get("mname") == "may" and not re.search(r"\d(?:st|nd|rd|th)|\d\s+(?:of\s+)?may", m.group(0)):
                continue  # "may 3 people come": "may" is a verb unless the day is clearly a date
            try:
                date = dt.date(year, month, day) if year else None
            except ValueError:
                continue  # 31/2/26 is not a date
            if date is None:
                if not 1 <= month <= 12:
                    continue
                date = _place_said(low, m.start(), m.end(), month, day, today)
                # "the may 2027 elections (count was 6 may)": the year said with the month.
                if (said_year := _year_said_for(low, month)) is not None:
                    try:
                        date = dt.date(said_year, month, day)
                    except ValueError:
                        pass
                # "6 may next year", "1 march last year": the year said relative to today's.
                if (relative := _RELATIVE_YEAR.match(low, m.end())) is not None:
                    shift = {"next": 1, "last": -1, "this": 0}[relative.group("which")]
                    try:
                        date = dt.date(today.year + shift, month, day)
                    except ValueError:
                        pass
                # "thurs 7 may": the weekday written with it says which year's 7 May.
                said = _WEEKDAY_BEFORE.search(low[max(0, m.start() - 12) : m.start()])
                if said is not None and date is not None:
                    future = date >= today
                    date = _year_by_weekday(month, day, WEEKDAYS[said.group("wd")], today, future) or date
                if date is None:
                    continue
            found.append((m.start(), m.end(), date, False))

    for m in _WEEKDAY_AROUND.finditer(low):
        if taken(m.start(), m.end()):
            continue
        anchor = _anchor_day(m.group("anchor"), today, _is_future(low, m.start(), m.end()))
        if anchor is not None:
            wd = WEEKDAYS[m.group("wd")]
            step = -1 if m.group("rel") == "before" else 1
            date = anchor + dt.timedelta(days=step)
            while date.weekday() != wd:
                date += dt.timedelta(days=step)
            found.append((m.start(), m.end(), date, False))

    for m in _NAMED_DAY.finditer(low):
        if taken(m.start(), m.end()):
            continue
        # "new year's eve (31 dec 2026)": the date written beside it says which one.
        if any(0 <= s - m.end() <= 4 for s, _, _, _ in found):
            continue
        month, day = NAMED_DAYS[_named_day_key(m.group("name"))]
        year = _year(m.group("year"))
        date = (
            dt.date(year, month, day)
            if year
            else _place(month, day, today, _is_future(low, m.start(), m.end()))
        )
        if date is not None:
            found.append((m.start(), m.end(), date, False))

    for m in _EASTER_DAY.finditer(low):
        if taken(m.start(), m.end()):
            continue
        year = _year(m.group("year"))
        from_easter = dt.timedelta(days=EASTER_DAYS[m.group("name")])
        date = (
            easter(year) + from_easter
            if year
            else _moveable(from_easter, today, _is_future(low, m.start(), m.end()))
        )
        found.append((m.start(), m.end(), date, False))

    for m in _DAY_OF_RELATIVE_MONTH.finditer(low):
        if taken(m.start(), m.end()):
            continue
        months = {"last": -1, "the last": -1, "this": 0, "next": 1, "the next": 1}[m.group("which")]
        try:
            date = (today.replace(day=1) + relativedelta(months=months)).replace(day=int(m.group("day")))
        except ValueError:
            continue
        found.append((m.start(), m.end(), date, False))

    for m in _WEEKDAY_THEN_DAY.finditer(low):
        # "last tuesday, the 18th": the two must name one day; when they do not, which was meant is
        # unknown, so the date is loose (a deadline is not counted from a guess).
        by_weekday = _weekday(m.group("which"), WEEKDAYS[m.group("wd")], today, False)
        by_day = _day_of_month(int(m.group("day")), today, False)
        found.append((m.start(), m.end(), by_day or by_weekday, by_day != by_weekday))

    for m in _WEEKDAY_DAY.finditer(low):
        if taken(m.start(), m.end()):
            continue
        date = _weekday_day(
            WEEKDAYS[m.group("wd")], int(m.group("day")), today, _is_future(low, m.start(), m.end())
        )
        if date is not None:
            found.append((m.start(), m.end(), date, False))

    for m in _DAY_ONLY.finditer(low):
        start = m.start("day") - (
            len("the ") if m.group(0)[: m.start("day") - m.start()].endswith("the ") else 0
        )
        if taken(start, m.end()):
            continue
        # "by the 28th" is a deadline, so ahead; otherwise the tense decides.
        ahead = m.group(0).startswith(("by", "before")) or _is_future(low, start, m.end())
        date = _day_of_month(int(m.group("day")), today, ahead)
        if date is not None:
            found.append((start, m.end(), date, False))

    for m in _RELATIVE_DAYS.finditer(low):
        if taken(m.start(), m.end()):
            continue
        word = m.group("word")
        offset = (
            -2
            if "before yesterday" in word
            else 2
            if "after tomorrow" in word
            else (-1 if word in ("yesterday", "last night") else 1 if word == "tomorrow" else 0)
        )
        found.append((m.start(), m.end(), today + dt.timedelta(days=offset), False))

    for rx, sign in ((_AGO, -1), (_IN, 1)):
        for m in rx.finditer(low):
            n = count(m.group("n"))
            if n is None or taken(m.start(), m.end()):
                continue
            vague = m.group("n") in ("a few", "a couple of", "couple of") or m.group("unit") in (
                "month",
                "year",
            )
            found.append((m.start(), m.end(), today + _shift(n, m.group("unit"), sign), vague))

    for m in _DOTTED.finditer(low):
        if taken(m.start(), m.end()):
            continue
        year = int(m.group("year"))
        try:
            date = dt.date(year + 2000 if year < 100 else year, int(m.group("month")), int(m.group("day")))
        except ValueError:
            continue
        found.append((m.start(), m.end(), date, False))

    for m in _WEEKDAY_IN_WEEK.finditer(low):
        if taken(m.start(), m.end()):
            continue
        this_monday = today - dt.timedelta(days=today.weekday())
        if m.group("wd"):
            monday = this_monday + dt.timedelta(days={"last": -7, "this": 0, "next": 7}[m.group("week")])
            date = monday + dt.timedelta(days=WEEKDAYS[m.group("wd")])
        elif m.group("wd4") or m.group("wd5"):
            weeks = 1 if m.group("wd4") else _WEEKS[m.group("weeks")]
            date = _weekday("next", WEEKDAYS[m.group("wd4") or m.group("wd5")], today, True)
            date += dt.timedelta(weeks=weeks)
        else:
            wd = WEEKDAYS[m.group("wd2") or m.group("wd3")]
            date = _weekday("last", wd, today, False) - dt.timedelta(days=7)
        found.append((m.start(), m.end(), date, False))

    for m in _JUST_GONE.finditer(low):
        if not taken(m.start(), m.end()):
            found.append((m.start(), m.end(), _weekday("last", WEEKDAYS[m.group("wd")], today, False), False))

    for rx in (_WEEKDAY_RE, _SHORT_WEEKDAY_RE):
        for m in rx.finditer(low):
            if taken(m.start(), m.end()):
                continue
            # "saturday 6 march 2027": the weekday only names the date written after it.
            if any(0 <= s - m.end() <= 6 for s, _, _, _ in found):
                continue
            # "tickets for a charity sunday lunch ... on 1/2/26": a kind of meal, not a day
            if m.group("which") is None and _MEAL_AFTER.match(low, m.end()):
                continue
            future = _is_future(low, m.start(), m.end())
            which = m.group("which")
            date = _weekday(which, WEEKDAYS[m.group("wd")], today, future)
            # "last Monday" said on a Tuesday is the Monday of last week: yesterday would be called
            # "yesterday" ("Monday just gone" is yesterday). The earlier date is also the safer one:
            # a deadline counted from it is never later than the rule's.
            if which == "last" and date == today - dt.timedelta(days=1):
                date -= dt.timedelta(days=7)
            # "next Wednesday" said on a Tuesday may mean tomorrow or the week after.
            ambiguous = which == "next" and date.weekday() > today.weekday()
            found.append((m.start(), m.end(), date, ambiguous))

    for m in _VAGUE.finditer(low):
        if taken(m.start(), m.end()):
            continue
        sign = -1 if m.group("which") == "last" else 1
        found.append((m.start(), m.end(), today + _shift(1, m.group("unit"), sign), True))

    for m in _END_OF_MONTH.finditer(low):
        if taken(m.start(), m.end()):
            continue
        month = MONTHS[m.group("mname")]
        first = _place(month, 1, today.replace(day=1), _is_future(low, m.start(), m.end()))
        if first is not None:
            last = first + relativedelta(months=1, days=-1)
            found.append((m.start(), m.end(), first if m.group("which") == "first" else last, False))

    for m in _EARLIER_THIS.finditer(low):
        if not taken(m.start(), m.end()):
            found.append((m.start(), m.end(), today, True))

    found.sort()

    def shown(s: int, e: int) -> str:
        # a span ending inside a day written in words ("the 1st" of "the first") shows the word
        while e < len(written) and written[e - 1].isalnum() and written[e].isalnum():
            e += 1
        return written[s:e].strip()

    starts = [s for s, _, _, _ in found]
    return [
        DateMention(
            date=date,
            text=shown(s, e),
            role_hint=_role_hint(low, s, e, next(iter(starts[i + 1 :]), None)),
            approximate=approx,
        )
        for i, (s, e, date, approx) in enumerate(found)
    ]


# "paid in september", "back in feb 2022", "august last year": a month without a day. Only with a
# word that makes it a time ("in", a year), so "may" the verb and "mar" the word stay words.
_MONTH_ONLY = re.compile(
    rf"\b(?:(?P<prep>in|during|back in|early|late|mid-?|around|over|through|throughout|since|from)\s+)?"
    rf"(?P<mname>{_MONTH})(?:\s+(?P<year>\d{{4}}|'\d{{2}}))?(?:,?\s+(?P<rel>last|this|next)\s+year)?\b"
)


def find_month_mentions(low: str, asked_at: dt.datetime) -> list[MonthMention]:
    """Months named without a day: each the span from its first day to its last.

    A month without a year is the most recent such month (this one included), or the next one in a
    future sentence; "last year", "next year" or a year written beside it say which.
    """
    today = asked_at.date()
    low = _ordinal_words_as_numbers(low)
    found: list[tuple[int, MonthMention]] = []
    for m in _MONTH_ONLY.finditer(low):
        if not (m.group("prep") or m.group("year") or m.group("rel")):
            continue
        if re.match(r"\s*\d", low[m.end() :]) or re.search(
            r"\d(?:st|nd|rd|th)?\s*(?:of\s+)?$", low[: m.start("mname")]
        ):
            continue  # "may 6", "6 may next year", "the 3rd of march": a day is written with it
        month = MONTHS[m.group("mname")]
        if m.group("year"):
            year = _year(m.group("year")) or today.year
        elif m.group("rel"):
            year = today.year + {"last": -1, "this": 0, "next": 1}[m.group("rel")]
        else:
            future = _is_future(low, m.start(), m.end())
            year = today.year
            if future and month < today.month:
                year += 1
            elif not future and month > today.month:
                year -= 1
        first = dt.date(year, month, 1)
        last = first + relativedelta(months=1, days=-1)
        hint = _role_hint(low, m.start(), m.end())
        found.append(
            (m.start(), MonthMention(first=first, last=last, text=m.group(0).strip(), role_hint=hint))
        )
    # "my union gave me £400 last month": the calendar month before this one ("the 2nd of last
    # month" names its day, so is a date).
    for m in re.finditer(r"(?<!of )\blast month\b", low):
        last = today.replace(day=1) - dt.timedelta(days=1)
        first = last.replace(day=1)
        hint = _role_hint(low, m.start(), m.end())
        found.append((m.start(), MonthMention(first=first, last=last, text=m.group(0), role_hint=hint)))
    return [mention for _, mention in sorted(found, key=lambda pair: pair[0])]
