"""Which council a question is about: a corpus council, another council, or the default.

Corpus councils are matched by name and short form (`ALIASES`, extended by the manifest's
names). A council that is not in the corpus ("Birmingham", "Camden council", "LB Hackney",
"Staffordshire County Council") is reported as `other_council` so the answer can say it is not
covered rather than borrow a rule. The deployment's default council only applies when the
question names no council at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from bot.understand.councils_data import AMBIGUOUS, COUNTIES, LOOKALIKES, PLACES, split
from bot.understand.facts import places_pattern

# Corpus councils: slug -> the ways people name them. Two-letter forms match only in capitals.
ALIASES: dict[str, list[str]] = {
    "lichfield": ["Lichfield", "LDC", "Lichfield District Council", "Lichfield DC"],
    "tower-hamlets": [
        "Tower Hamlets",
        "TH",
        "LBTH",
        "London Borough of Tower Hamlets",
        "tower hamlets council",
        # Lowercase "th" is often "the" typed fast ("th officer asked me"), so only after an
        # article it cannot be: "the th protocol", "the th cllrs".
        *[
            f"the th {noun}"
            for noun in (
                "protocol",
                "code",
                "council",
                "cllr",
                "cllrs",
                "councillor",
                "councillors",
                "officers",
                "employee code",
                "staff",
                "members",
                "mo",
                "one",
                "version",
                "rules",
            )
        ],
        # ...or where the asker says who they are: "i'm a th officer", "th officer in regeneration".
        *[
            f"{pre} th {noun}"
            for pre in ("i'm a", "im a", "i am a", "as a")
            for noun in ("officer", "cllr", "councillor", "employee", "member of staff")
        ],
        *[
            f"th {noun} {post}"
            for noun in ("officer", "cllr", "councillor", "employee")
            for post in ("here", "in", "at", "btw")
        ],
    ],
}

_KINDS = r"(?:(?:city|county|district|borough|metropolitan borough|parish|town|unitary)\s+)?council\b"
_KIND_ABBREV = r"(?:CC|DC|BC|MBC|BC)\b"
_PREFIX = (
    r"(?:london borough of|l\.?b\.? of|l\.?b\.?|royal borough of|r\.?b\.?|metropolitan borough of|"
    r"borough of)"
)
# Capitalised words that are not a council's name though they precede "Council".
_NOT_NAMES = frozenset(
    """
    the a an my our your their his her this that which what full whole local district county city own
    borough parish town other another same previous next last neighbouring different each any some
    does do did can could is are was should would will i if when for from at to of in on by with and
    or but as cabinet extraordinary special annual youth new old hi hello hey dear ok so re under
    per about code conduct members member officers officer councillor cllr mayor chairman chair
    standards ldc lbth th it we they he she you me not no yes also i'm im i've i'd we're it's upon
    le please thanks
    """.split()
)
# A thing (not a council) said to be in a town: "a supplier's factory in tamworth", "their
# offices near cannock". Never with "council" just before: "the council offices in tamworth".
_THING_IN = re.compile(
    r"\b(?:factory|site|works|plant|premises|depot|warehouse|shop|store|restaurant|hotel|pub|venue|club"
    r"|firm|company|business|employer|practice|consultancy|agency|supplier|contractor|developer"
    r"|office|offices|hq|headquarters|showroom|yard|unit|farm|ground|stadium|golf course|garden centre"
    r"|conference|expo|show|exhibition|shifts?|job|pharmacist|locum|work"
    # property the asker owns there: "a holiday cottage down in cornwall"
    r"|cottage|house|flat|apartment|home|villa|chalet|caravan|land|property|field|plot|barn"
    # an outing there: "tickets to see a band in birmingham"
    r"|band|gig|concert|match|game|summit|ticket|tickets|place|menu|dinner|lunch|meal)\b[^.?!]{0,25}?"
    r"\b(?:in|at|near"
    r"|outside"
    r"|just outside)"
    r"\s+(?:the\s+)?$"
    r"|\b(?:based|located|registered|headquartered|trading)\s+(?:in|at|near|out of)\s+(?:the\s+)?$"
    # a trip there: "wants to fly 3 of us up to edinburgh", "a weekend away in york"
    r"|\b(?:fly|flying|flew|flown|trip|travel\w*|weekend|holiday|break|away)\b[^.?!]{0,25}?\b(?:to|in)\s+"
    r"(?:the\s+)?$",
    re.I,
)
_BUSINESS = re.compile(
    # "a manchester engineering company": up to two words saying what kind of business
    r"^[\s-]*(?:based\b|(?:[a-z]+\s+){0,2}?(?:company|companies|firm|business|plc|ltd|limited)\b|company"
    r"|companies|firm|business|developer|developers|supplier|restaurant|hotel|"
    r"office|club|fc\b|city fc|university|airport|hospital|bank|college|school|firm|agency|ltd|limited|plc|"
    r"cathedral|station"
    # "2 hackney carriages": a licensed taxi, not the London borough
    r"|carriages?\b)",
    re.I,
)


@dataclass(frozen=True)
class CouncilFacts:
    council: str | None = None
    source: str | None = None  # "question" | "compared" (named only to compare with) | "default"
    councils: list[str] = field(default_factory=list)
    other: str | None = None
    own: str | None = None  # the corpus council the asker says they belong to ("TH cllr here")
    # The other council is what the question is about: its people or its codes ("councillors
    # at Newcastle-under-Lyme", "Westminster's protocol"), not just a place mentioned.
    other_is_subject: bool = False
    # Of two of our councils named, the one the question asks about, the other being what it
    # compares with ("the TH protocol says X. does lichfield have anything like that?").
    asked: str | None = None


# The asker placing themselves in a council: "I'm a Tower Hamlets councillor", "LDC officer
# here", "as a Lichfield member", "I work for Lichfield".
_OWN_BEFORE = re.compile(
    # "as a lichfield member", not "the same rule as lichfield"
    r"(?:(?:\bi'?m|\bi am|\bas(?=\s+(?:an?|the)\s)|\bi work (?:for|at)|\bim)\s+(?:an?\s+|the\s+)?"
    # "now a cllr at LDC", "i'm an officer at TH"
    r"|\b(?:now|i'?m|i am|im)\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:cllr|councillor|officer|member|employee)"
    r"\s+(?:at|for|on|with)\s+"
    # "do we have anything like that here at lichfield?"
    r"|\bhere\s+(?:at|in)\s+(?:the\s+)?"
    # "hr at tower hamlets - one of our employees...", "member services at ldc"
    r"|\b(?:hr|human resources|governance|dem(?:ocratic)? services|member services|[a-z]+ team)"
    r"\s+(?:at|for|in)\s+(?:the\s+)?"
    # "what's the equivalent limit for us TH councillors?", "we lichfield officers"
    r"|\b(?:us|we|fellow)\s+)$",
    re.IGNORECASE,
)
# Where the asker works now: "just moved across from lichfield to tower hamlets", "seconded into
# LDC's waste team", "joined TH in may". Where they came from is `_USED_TO`; where they are now
# outranks their employer's name said as well ("TH officer but on secondment into lichfield").
_NOW_AT = re.compile(
    r"(?:\b(?:moved|moving|transferred|switched|came|come|seconded|secondment)\b[^.?!]{0,40}?\b(?:to|into)\s+"
    r"(?:the\s+)?"
    r"|\b(?:i(?:'ve| have)?\s+(?:just\s+|recently\s+)?(?:joined|started (?:at|with))|starting (?:at|with)"
    # "now i'm on tower hamlets", "- started at tower hamlets this month"
    r"|(?:^|[-,.;:(]\s*|\band\s+)(?:just\s+|recently\s+)?started (?:at|with)"
    r"|now (?:i'?m |i am |im )?(?:at|with|on))\s+(?:the\s+)?)$",
    re.IGNORECASE,
)
_ROLE_NEXT = re.compile(r"\s+(?:cllrs?|councillors?|officers?|members?|staff|employees?)\b", re.IGNORECASE)
_OFFICE_OF = re.compile(
    r"\b(?:mayor|chair(?:man)?|leader|clerk|cllr|councillor|officer|member) (?:of|at|on|for) (?:the )?$",
    re.IGNORECASE,
)
_FROM_THERE = re.compile(
    r"\b(?:worked on|did|handled|dealt with|was involved (?:in|with)|learn[et]d?|heard about|found out about)"
    r" (?:[\w'-]+ ){0,4}there\b",
    re.IGNORECASE,
)
# "used to work at lichfield district - were officers there allowed to keep small gifts?": the
# people or rules of where the asker was, asked about.
_THEIRS_THERE = re.compile(
    r"\b(?:officers?|cllrs?|councillors?|members?|staff|employees?|rules?|codes?|protocol|limits?)"
    r" (?:over )?there\b",
    re.IGNORECASE,
)
# "county cllr for the lichfield rural division": a county council's electoral division.
_DIVISION = re.compile(r"^\s+(?:(?:rural|urban|city|north|south|east|west|central)\s+)?divisions?\b", re.I)
_ROLE_WORD = re.compile(r"\b(?:cllr|councillor|officer|employee|member of staff)\b", re.IGNORECASE)
_OWN_AFTER = re.compile(
    r"^\s+(?:district\s+|borough\s+)?(?:council\s+)?"
    # "lichfield housing officer", "ldc environmental health officer": a service between
    r"(?:(?!(?:the|a|an|to|for|and|or|my|our|their|his|her|is|are|was|were|has|have|had|gave|give|told"
    r"|where|who|which|when|that|whose|if|as|all|any|some|every|other"
    r"|asked|says?|said|do|does|did|can|should|will|would"
    # "whether TH let staff accept hospitality": what the council does to its staff
    r"|let|lets|allow|allows|make|makes|expect|expects|want|wants|require|requires|pay|pays|treat|treats)\b)"
    r"[a-z-]+\s+){0,2}?"
    r"(?:cllr|councillor|councilor|officer|member|employee|staff|mayor|chairman)\b",
    re.IGNORECASE,
)


# "TH governance team here", "ldc democratic services team -": the asker signs with their team.
_TEAM_SIGNED = re.compile(r"^\s+(?:[a-z&-]+\s+){1,3}team\s*(?:here\b|[-:,(])", re.I)


# "I used to sit on cannock chase council", "at my old council (tamworth)": where the asker was,
# said to compare; the question is about where they are now.
_USED_TO = re.compile(
    r"\b(?:used to (?:sit on|be on|be at|work(?: (?:at|for|in))?"
    r"|be a (?:cllr|councillor|officer) (?:at|on|for|in))"
    r"|(?:was|were) (?:previously |formerly )?(?:on|at|with)|previously (?:on|at|with)"
    r"|formerly (?:on|at|with)"
    # "at my last job (lichfield)", "my old employer, TH"
    r"|my (?:old|previous|last|former) (?:council|authority|employer|job|workplace|post|role|place)"
    r"(?: was| at|,| -)?"
    # "just moved from lichfield to…", "on secondment to TH from LDC": where the asker came from
    r"|(?:moved|moving|transferred|transferring|seconded|secondment|came|come|joined)\b[^.?!]{0,40}?\bfrom)"
    r"\s*\(?\s*(?:the\s+)?$",
    re.I,
)
# "does lichfield have...", "do tower hamlets councillors have to...", "what does LDC say": the
# council a question is put about. "the TH protocol says...", "lichfield's is 50 quid": what it
# is compared with.
_ASKED_BEFORE = re.compile(
    r"\b(?:does|do|did|is there (?:anything|something) (?:in|like that in)|what does|what do|how does|how do"
    r"|what'?s|whats|what is|what are"
    # "whether my lichfield post is politically restricted": the asker's post there
    r"|(?:whether|if|is|does|do) my"
    r"|what about|and for|is it the same (?:in|at|for)|(?:work|apply|applies) (?:for|to|at|in)"
    # "out of interest how long do tower hamlets officers get to answer..."
    r"|how long do|how long does|how many (?:working )?days do"
    # "what's our rule at lichfield?"
    r"|(?:what'?s|whats|what is|what are) (?:our|the) (?:[\w-]+ )?(?:rules?|limits?|polic(?:y|ies)|position"
    r"|thresholds?|process|procedure) (?:at|in|for))"
    r"\s+(?:the\s+)?$",
    re.I,
)
_SAID_AFTER = re.compile(
    r"^(?:'s|s')?\s*(?:(?:own\s+)?(?:protocol|code|codes|rules?|constitution)\s+)?(?:says?|said|has|have|had"
    # ("i know lichfield lets their staff keep promo stuff")
    r"|requires?|gives?|is|are|sets?|lets?|allows?|permits?)\b",
    re.I,
)


# "we're reviewing our protocol at lichfield": where the asker is, said as context.
_OUR_CONTEXT = re.compile(
    r"\b(?:we'?re|we are|our|i'?m|i am)\b[^.?!]{0,40}\b(?:at|in|for)\s+(?:the\s+)?$", re.I
)
_JOINED = re.compile(r"(?:\b(?:or|and|nor|vs|versus)|[&,/])\s+(?:the\s+)?$", re.I)


def _asked_about(clean: str, named: list[tuple[int, int, str]]) -> str | None:
    """The one council the question is put about, when the others are only what it is compared
    with; None when that is not plain."""
    named = sorted(named)
    asked: set[str] = set()
    for i, (start, _, slug) in enumerate(named):
        before = clean[max(0, start - 40) : start]
        # "do lichfield and tower hamlets both say...": a council joined to one asked is asked too
        between = clean[named[i - 1][1] : start] if i else ""
        joined = (
            i > 0
            and named[i - 1][2] in asked
            and ((len(between) < 12 and _JOINED.search(between)) or _CODE_JOINED.match(between))
        )
        # "how does lichfield's process differ from tower hamlets'?": the two set side by side
        contrasted = i > 0 and named[i - 1][2] in asked and _CONTRASTED.search(between)
        if _ASKED_BEFORE.search(before) or joined or contrasted:
            asked.add(slug)
    compared = _compared(clean, named)
    # "at lichfield officers can keep a modest gift. does TH have a threshold?": one council put
    # the question, any other only mentioned, is the one asked about.
    if len(asked) == 1 and not (asked & compared):
        return asked.pop()
    # "TH - do officers need approval for sponsorship like lichfield?": the one not compared
    rest = {slug for _, _, slug in named} - compared
    if not asked and compared and len(rest) == 1:
        return rest.pop()
    return None


def _compared(clean: str, named: list[tuple[int, int, str]]) -> set[str]:
    """The councils another named council is set beside: those said as what they do, and where
    the asker says they are ("we're reviewing our protocol at lichfield")."""
    return (
        _described(clean, named)
        | {
            slug
            for start, _, slug in named
            if _OUR_CONTEXT.search(clean[max(0, start - 50) : start])
            # "what's our rule at lichfield?" asks about it
            and not _ASKED_BEFORE.search(clean[max(0, start - 40) : start])
        }
    )


def _described(clean: str, named: list[tuple[int, int, str]]) -> set[str]:
    """The councils named only as what the question compares with: "like lichfield", "lichfield
    lets their staff...", "tower hamlets' protocol says..."."""
    said = {
        slug
        for start, end, slug in named
        if _SAID_AFTER.match(clean[end:])
        and not _ASKED_BEFORE.search(clean[max(0, start - 40) : start])
        and not _JOINED.search(clean[max(0, start - 12) : start])  # "does lichfield or TH have": both asked
    }
    return said | _likened(clean, named)


def _likened(clean: str, named: list[tuple[int, int, str]]) -> set[str]:
    """ "like lichfield", "same as at TH", "like they do at lichfield": what the question compares with."""
    return {slug for start, _, slug in named if _LIKE.search(clean[max(0, start - 24) : start])}


def _hearsay(clean: str, named: list[tuple[int, int, str]]) -> set[str]:
    """The councils named only as what others do there, as heard ("i know lichfield lets their
    staff...", "apparently TH gives 10 days") or likened ("like lichfield"): never the asker's own,
    though no other council is named ("colleague at lichfield says..., whats the rule there?" asks
    about Lichfield)."""
    return _likened(clean, named) | {
        slug
        for start, end, slug in named
        if _SAID_AFTER.match(clean[end:]) and _HEARD.search(clean[max(0, start - 30) : start])
    }


_HEARD = re.compile(
    r"\b(?:i know|apparently|i(?:'ve| have)? heard|i'?m told|someone (?:said|told me)|they say|rumour is)"
    r"\s+(?:that\s+)?(?:the\s+)?$",
    re.I,
)


# "what do the lichfield officers code and the tower hamlets protocol say?": each council's code named
_CODE_JOINED = re.compile(
    r"^(?:'s|s')?\s*(?:[\w-]+\s+){0,2}(?:code|codes|protocol|rules|constitution)\s+(?:and|&|or|v|vs\.?"
    r"|versus)"
    r"\s+(?:the\s+|at\s+)?$",
    re.I,
)
_CONTRASTED = re.compile(
    r"^(?:'s|s')?\s*(?:[\w-]+\s+){0,3}?(?:differ|differs|different|compare|compares)\s+(?:from|to|with)"
    r"\s+(?:the\s+)?$",
    re.I,
)
_LIKE = re.compile(
    # not "compared with": "how does it work at ldc compared with TH?" asks about both
    # ("log gifts with the MO like they do at lichfield?")
    r"\b(?:like|unlike|as (?:at|in|with)|same as(?: at| in)?"
    r"|like (?:they|we|you) (?:do|did|have|had) (?:it )?(?:at|in))\s+(?:the\s+)?$",
    re.I,
)
_NOT_THIS = re.compile(
    r"\b(?:not|rather than|instead of|isn'?t|is not|not about|not the)\s+(?:the\s+)?$", re.I
)
# "a lichfield cllr told me", "another TH officer": someone else of that council, not the asker.
_SOMEONE_ELSE = re.compile(
    r"\b(?:a|an|another|one|some|other|that|this|his|her|their|the)\s+$", re.IGNORECASE
)


# "what does tower hamlets' employee code say?": a council's own code, named as its
_CODE_AFTER = re.compile(
    r"^(?:'s|s'|')?\s+(?:own\s+)?(?:employee\s+|employees'?\s+|members'?\s+|officers'?\s+|staff\s+)?"
    r"(?:code|codes|rules|protocol)\b"
    # "our protocol gives officers 10 working days. does lichfield's have the same kind of limit?"
    r"|^(?:'s|s')\s+(?:have|has|got|say|says|set|sets|allow|allows)\b",
    re.I,
)


_WHAT_THEIRS_SAYS = re.compile(
    # "what does their code say?", "does their employee code say anything about...?"
    r"\b(?:what )?(?:does|do|did|would) (?:his|her|their) (?:own )?(?:employee |employees'? |officers'? "
    r"|members'? |staff )?(?:code|codes|rules|protocol|policy)"
    r" (?:say|says|allow|cover|mention)\b",
    re.I,
)


# "TH governance team here, helping a colleague at lichfield. one of their cllrs declared...": the
# people of the one other council named.
_ONE_OF_THEIRS = re.compile(
    r"\b(?:one|two|some|any|all|none|each) of their (?:cllrs?|councillors?|members?|officers?|staff"
    r"|employees)\b",
    re.I,
)


def _code_named(clean: str, named: list[tuple[int, int, str]], slug: str) -> bool:
    return any(s == slug and _CODE_AFTER.match(clean[end:]) for _, end, s in named)


def _own_council(clean: str, named: list[tuple[int, int, str]]) -> str | None:
    """The council the asker places themselves in. A role said of someone else ("a lichfield cllr
    told me") gives way to one the asker says of themselves ("new TH councillor"); alone, it still
    names whose council the question is about ("my sister's a TH officer")."""
    now = {slug for start, _, slug in named if _NOW_AT.search(clean[:start])}
    if len(now) == 1:
        return now.pop()
    said: dict[str, bool] = {}  # slug -> said of the asker (not only of someone else)
    for start, end, slug in named:
        someone_else = _SOMEONE_ELSE.search(clean[max(0, start - 12) : start])
        if _OWN_BEFORE.search(clean[:start]) or (_ROLE_WORD.search(clean[start:end]) and not someone_else):
            # an alias that says who the asker is: "TH cllr here", "th officer in regeneration"
            said[slug] = True
        elif _OWN_AFTER.match(clean[end:]):
            said[slug] = said.get(slug, False) or not someone_else
        elif _TEAM_SIGNED.match(clean[end:]):
            said[slug] = True  # "TH governance team here, helping a colleague at lichfield"
    own = {slug for slug, of_asker in said.items() if of_asker} or set(said)
    return own.pop() if len(own) == 1 else None


# Someone else's people or codes: "if one of their councillors...", "does his code mean...",
# "what do their rules say?" (`_theirs`; and where the asker used to be, still asked about).
_THEIRS = re.compile(
    r"\b(?:his|her|their) (?:councillors?|cllrs?|officers?|members?|staff|employees?|rules|code|codes"
    r"|protocol|register|council|mo|monitoring officer)\b",
    re.I,
)


# "my wife is a lichfield cllr ... what does she have to do about it?": what someone else must do
# under their code is asked.
_THEY_MUST = re.compile(
    r"\b(?:what (?:does|do|should|must) (?:she|he)|(?:does|should|must|can|will) (?:she|he)) (?:have to"
    r"|need to|has to|need|do|register|declare)\b",
    re.I,
)


# "my cousin is an officer at tower hamlets": someone in a role at a council
_ROLE_THERE = re.compile(
    r"\b(?:is|was|'s) (?:an? |the )?(?:\w+ )?(?:officer|cllr|councillor|member|employee)s? (?:at|for|in|on"
    r"|with)"
    r" (?:the )?$",
    re.I,
)


def _theirs(named: list[tuple[int, int, str]], clean: str, own: str | None, their_people: bool) -> str | None:
    """ "I work for TH. my partner is a lichfield cllr - does his code mean...": the council of the
    person whose code is asked about, when that is another than the asker's (`their_people`: the
    question speaks of someone's code or people, `_THEIRS`)."""
    if not own or not their_people:
        return None
    people = {
        slug
        for start, end, slug in named
        if slug != own
        and (
            (_OWN_AFTER.match(clean[end:]) and _SOMEONE_ELSE.search(clean[max(0, start - 12) : start]))
            or _ROLE_THERE.search(clean[max(0, start - 40) : start])
        )
    }
    return people.pop() if len(people) == 1 else None


def _alias_pattern(alias: str) -> re.Pattern[str]:
    body = r"\s+".join(re.escape(w) for w in alias.split())
    flags = 0 if len(alias) <= 2 else re.I  # "TH" only in capitals, never "th"
    return re.compile(rf"(?<![\w-]){body}(?![\w-])", flags)


@lru_cache(maxsize=32)
def _known_patterns(known: tuple[tuple[str, tuple[str, ...]], ...]) -> list[tuple[str, re.Pattern[str]]]:
    pairs = [(slug, alias) for slug, aliases in known for alias in aliases]
    pairs.sort(key=lambda p: len(p[1]), reverse=True)
    return [(slug, _alias_pattern(alias)) for slug, alias in pairs]


def _names_rx(names: list[str]) -> str:
    alts = sorted(names, key=len, reverse=True)
    return "|".join(r"[\s-]+".join(re.escape(w) for w in re.split(r"[\s-]+", n)) for n in alts)


_PLACES = split(PLACES)
_COUNTIES = split(COUNTIES)
_GAZETTEER = _names_rx(_PLACES + _COUNTIES)
_CAP_NAME = r"[A-Z][\w'.]*(?:[\s-]+(?:(?:and|upon|on|under|in|le|of)[\s-]+)?[A-Z][\w'.]*){0,3}"
_SUFFIXED = [
    re.compile(rf"(?<![\w-])(?P<name>{_GAZETTEER})\s+(?:{_KINDS}|{_KIND_ABBREV})", re.I),
    re.compile(rf"(?<![\w-])(?P<name>{_CAP_NAME})\s+(?:(?i:{_KINDS})|{_KIND_ABBREV})"),
]
_PREFIXED = re.compile(rf"(?<![\w-])(?i:{_PREFIX})\s+(?P<name>(?i:{_GAZETTEER})|{_CAP_NAME})")
_SUFFIXED.append(_PREFIXED)
# "Westminster's protocol", "camden's code": a place whose codes are asked about is a council,
# even a name that alone could mean something else (Westminster, the Parliament).
_POSSESSIVE = re.compile(
    rf"(?<![\w-])(?P<name>{_GAZETTEER})['’]s\s+(?:own\s+)?(?:protocol|codes?|constitution|rules|polic(?:y"
    rf"|ies)"
    r"|standards|monitoring officer|councillors?|cllrs?|members?|officers?|staff|employees?|register)\b",
    re.I,
)
_SUFFIXED.append(_POSSESSIVE)
# "the gift rule for councillors at newcastle-under-lyme": people in a role at a place are that
# place's council's, even with a corpus council named beside it ("we border lichfield").
_ROLE_AT = re.compile(
    rf"(?<![\w-])(?i:councillors?|cllrs?|members|officers?|staff|employees?|monitoring"
    rf" officer)\s+(?i:at|in|for|of|on)"
    rf"\s+(?P<name>(?i:{_GAZETTEER}))(?![\w-])"
)
_SUFFIXED.append(_ROLE_AT)
# "staffordshire county cllr here", "a tamworth borough councillor": someone in a role at that
# council, named with the kind of council but not the word "council".
_ROLE_OF = re.compile(
    rf"(?<![\w-])(?P<name>(?i:{_GAZETTEER}))\s+(?P<kind>(?i:city|county|district|borough|metropolitan"
    rf" borough|parish|town|unitary))\s+(?i:cllrs?|councillors?|officers?|members?|staff|employees?)\b"
)
_SUFFIXED.append(_ROLE_OF)
# "I'm a westminster councillor", "tamworth cllr here": the asker's own council is another one,
# even a name that alone could mean something else.
_I_AM_OF = re.compile(
    rf"(?:(?<![\w-])(?i:i'?m|i am|im|as)\s+(?i:an?\s+|the\s+)?(?P<name>(?i:{_GAZETTEER}))\s+"
    r"(?i:(?:borough|district|county|city|town|parish)\s+)?(?i:cllr|councillor|councilor|officer|member"
    r"|employee)\b"
    rf"|(?<![\w-])(?P<name2>(?i:{_GAZETTEER}))\s+(?i:cllr|councillor|officer|employee)\s+here\b)"
)
# Codes of other bodies than our councils: "the scottish councillors' code", "the welsh code",
# "the NHS code of conduct". Another rule book, so never answered with ours.
_OTHER_CODE = re.compile(
    r"(?<![\w-])(?P<name>(?i:scottish|scotland'?s|welsh|wales'?|northern ireland|northern irish|nhs"
    r"|civil service"
    r"|parliamentary|mps'?|police|teachers'?|nolan))\s+(?i:(?:councillors?'?|members?'?|ministerial)\s+)?"
    r"(?i:code|codes|standards)\b"
)
_SUFFIXED.append(_OTHER_CODE)
_BARE = re.compile(
    rf"(?<![\w-])(?P<name>{_names_rx([p for p in _PLACES if p not in AMBIGUOUS])})(?![\w-])", re.I
)
_BARE_AMBIGUOUS = re.compile(
    rf"\b(?i:in|at|for|with|of)\s+(?P<name>{_names_rx(sorted(AMBIGUOUS & set(_PLACES)))})(?![\w-])"
)


def _strip_name(name: str) -> str:
    words = re.split(r"(\s+)", name)
    while words and words[0].lower() in _NOT_NAMES:
        words = words[2:]
    return "".join(words).strip()


def _overlaps(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(span[0] < e and s < span[1] for s, e in spans)


# A parish or town council is a council of its own with its own code, even one inside a corpus
# council's area: "shenstone parish council", "burntwood town council clerk here", "our parish
# councillors".
_LOCAL_COUNCIL = r"(?:parish|town|village|community|neighbourhood)\s+council"
_PARISH_PEOPLE = re.compile(
    r"(?<![\w-])(?P<name>(?:parish|town)(?:/(?:parish|town))?\s+(?:council\s+)?(?:cllrs?|councillors?"
    r"|clerk)s?)\b",
    re.I,
)


_TO_BE = re.compile(
    r"\b(?:stand|standing|stood|run|running|become|becoming|be elected|get elected|be)\s+(?:as|for)?"
    r"\s*(?:an?\s+)?$",
    re.I,
)


_SEAT = r"(?:cllrs?|councillors?|ward members?|members?|mayor)"
_TH_SIGNED = re.compile(
    r"^\s*(?P<th>th)\s+(?:cllr|councillor|officer|member|employee|employee code|protocol"
    r"|code)s?\s*(?:[-,:;?]|$)",
    re.I,
)


def _home_place(clean: str, places: dict[str, tuple[str, ...]]) -> str | None:
    """The council of a place the asker says they represent ("cllr for the alrewas ward")."""
    for slug, names in places.items():
        if not names:
            continue
        where = f"(?:{_names_rx(list(names))})"
        if _home_pattern(where).search(clean):
            return slug
    return None


@lru_cache(maxsize=16)
def _home_pattern(where: str) -> re.Pattern[str]:
    return re.compile(
        rf"\b{_SEAT}\s+(?:for|in|of|representing)\s+(?:one of\s+)?(?:the\s+)?{where}(?![\w-])"
        rf"|\bi\s+(?:rep|represent)\s+(?:the\s+)?{where}(?![\w-])"
        # "a friend who just got elected in bethnal green": whose council the question is about
        rf"|\b(?:got|was|been|just|newly|recently)\s+elected\s+(?:in|for)\s+(?:the\s+)?{where}(?![\w-])"
        # "i'm in the housing options team in mile end": where the asker works
        rf"|\b(?:i'?m|i am|im|i work)\s+(?:in|on|at|for|with)\s+(?:the|our|my)\s+(?:[\w-]+\s+){{0,4}}?"
        rf"(?:team|office|depot|service|hub)\s+(?:in|at)\s+(?:the\s+)?{where}(?![\w-])"
        rf"|(?<![\w-]){where}(?:\s+(?:&|and)\s+[\w -]+?)?\s+(?:ward\s+|east\s+|west\s+|north\s+|south\s+)?"
        rf"(?:cllr|councillor|ward member)\b",
        re.I,
    )


@lru_cache(maxsize=8)
def _local_council(places: tuple[str, ...]) -> re.Pattern[str]:
    # ("whittington & fisherwick parish council": a parish of two places)
    return re.compile(
        rf"(?<![\w-])(?P<name>(?:{_names_rx(list(places))})(?:\s+(?:&|and)\s+[\w-]+)?\s+{_LOCAL_COUNCIL})\b",
        re.I,
    )


def find_council(
    clean: str,
    *,
    default_council: str | None = None,
    known_councils: dict[str, list[str]] | None = None,
    known_places: dict[str, tuple[str, ...]] | None = None,
) -> CouncilFacts:
    """The corpus council(s) named, another council named, or the default.

    `known_places` are towns and villages in our councils' areas: their parish and town councils
    are other councils."""
    known_slugs = list(known_councils) if known_councils is not None else list(ALIASES)
    extra = {
        slug: [names] if isinstance(names, str) else list(names)
        for slug, names in (known_councils or {}).items()
    }
    aliases = {slug: [*ALIASES.get(slug, []), *extra.get(slug, [])] for slug in known_slugs}
    # A built-in council missing from this corpus is "another council" like any other.
    outsiders = {
        alias: aliases_[0] for slug, aliases_ in ALIASES.items() if slug not in aliases for alias in aliases_
    }

    masked: list[tuple[int, int]] = []
    others: list[tuple[int, str, bool]] = []  # position, name as typed, explicit
    subjects: list[str] = []  # others whose people or codes are asked about
    for name, is_council in LOOKALIKES.items():
        for m in _alias_pattern(name).finditer(clean):
            masked.append(m.span())
            if is_council:
                others.append((m.start(), m.group(0), True))

    named: list[tuple[int, str]] = []
    spans: list[tuple[int, int, str]] = []
    taken: list[tuple[int, int]] = list(masked)
    known = tuple((slug, tuple(a)) for slug, a in aliases.items())
    for slug, rx in _known_patterns(known):
        for m in rx.finditer(clean):
            if _DIVISION.match(clean[m.end() :]):
                continue  # "the lichfield rural division": a county council's division, not ours
            if not _overlaps(m.span(), taken):
                taken.append(m.span())
                named.append((m.start(), slug))
                spans.append((m.start(), m.end(), slug))
    # "at LDC - who do i complain to? is it the standards advisory committee?": a council known only
    # by one of its bodies, beside another council named by name, is a guess at the body, not a
    # second council asked about
    bodies = {slug: {b.lower() for b in names[1:]} for slug, names in extra.items()}
    by_body = {slug for _, _, slug in spans} - {
        slug for start, end, slug in spans if clean[start:end].lower() not in bodies.get(slug, set())
    }
    if by_body and len({slug for _, _, slug in spans} - by_body) == 1:
        named = [(start, slug) for start, slug in named if slug not in by_body]
        spans = [span for span in spans if span[2] not in by_body]
    local = [p for places in (known_places or {}).values() for p in places]
    for rx in [*([_local_council(tuple(local))] if local else []), _PARISH_PEOPLE]:
        for m in rx.finditer(clean):
            if rx is _PARISH_PEOPLE and _TO_BE.search(clean[: m.start()]):
                continue  # "can i stand as a parish councillor?": what the asker would be
            if not _overlaps(m.span("name"), taken):
                taken.append(m.span("name"))
                # "parish councillor" names no council: say which kind it is
                name = "a parish or town council" if rx is _PARISH_PEOPLE else m.group("name")
                others.append((m.start("name"), name, True))
                subjects.append(name)
    # A town or village in one of our councils' areas is a place there, never another council
    # that shares part of its name ("kings bromley" is not the London Borough of Bromley).
    if local:
        taken += [m.span() for m in places_pattern(tuple(local)).finditer(clean.lower())]
    # "th officer - hospitality rules?", "th cllr, dpi on an item": a message signed with TH in
    # lowercase at its start (not "th officer asked me...", "the" typed fast).
    signed = _TH_SIGNED.match(clean) if "tower-hamlets" in aliases else None
    if signed is not None:
        taken.append(signed.span("th"))
        named.append((signed.start("th"), "tower-hamlets"))
        spans.append((signed.start("th"), signed.end("th"), "tower-hamlets"))
    for alias in outsiders:
        for m in _alias_pattern(alias).finditer(clean):
            if not _overlaps(m.span(), taken):
                taken.append(m.span())
                others.append((m.start(), m.group(0), True))

    for m in _I_AM_OF.finditer(clean):
        group = "name" if m.group("name") else "name2"
        if not _overlaps(m.span(group), taken):
            taken.append(m.span(group))
            others.append((m.start(group), m.group(group), True))
            subjects.append(m.group(group))
    for rx in _SUFFIXED:
        for m in rx.finditer(clean):
            name = _strip_name(m.group("name"))
            if not name or _overlaps(m.span("name"), taken):
                continue
            # "LB Hackney" keeps its prefix; "Does Camden Council" loses its leading words.
            start = m.start() if rx is _PREFIXED else m.start("name") + m.group("name").find(name)
            # "Westminster", not "Westminster's code"; "staffordshire county", not "… county cllr"
            end = m.end("name") if rx is _POSSESSIVE else m.end("kind") if rx is _ROLE_OF else m.end()
            taken.append((start, m.end()))
            others.append((start, clean[start:end], True))
            if rx in (_ROLE_AT, _ROLE_OF, _POSSESSIVE, _OTHER_CODE):
                subjects.append(clean[start:end])
    # "staffordshire county council officer, ... do i go by lichfield's rules?": the asker's own
    # council is another one
    subjects += [name for start, name, _ in others if _ROLE_NEXT.match(clean[start + len(name) :])]
    # "mayor of lichfield city council here (the parish-level one)": the asker's office is there
    subjects += [name for start, name, _ in others if _OFFICE_OF.search(clean[max(0, start - 30) : start])]
    for rx in (_BARE, _BARE_AMBIGUOUS):
        for m in rx.finditer(clean):
            if _overlaps(m.span("name"), taken) or _BUSINESS.match(clean[m.end("name") :]):
                continue
            window = clean[max(0, m.start("name") - 60) : m.start("name")]
            if _THING_IN.search(window) and not re.search(r"council", window, re.I):
                continue  # "a supplier's factory in tamworth": where a place is, not whose code
            taken.append(m.span("name"))
            others.append((m.start("name"), m.group("name"), False))

    named.sort()
    # "q about tower hamlets not LDC": a council ruled out is not asked about, when another is.
    # "used to work at TH. if one of their councillors...": where the asker was is still what
    # the question is about when it asks about that council's people or rules.
    # "was at lichfield for 6 yrs ... a deal i worked on there, can i share it?": what the asker
    # learnt where they used to be is still that council's to keep confidential.
    from_there = _FROM_THERE.search(clean) is not None or _THEIRS_THERE.search(clean) is not None
    their_people = _THEIRS.search(clean) is not None or _THEY_MUST.search(clean) is not None
    theirs_asked = their_people or from_there
    used_to = [slug for start, slug in named if _USED_TO.search(clean[max(0, start - 40) : start])]
    ruled_out = {
        slug
        for start, slug in named
        if _NOT_THIS.search(clean[max(0, start - 16) : start])
        or (_USED_TO.search(clean[max(0, start - 40) : start]) and not theirs_asked)
    }
    if ruled_out:
        # Every council named ruled out ("at my last job (lichfield) ... what's the rule here?"):
        # the question names none of its own, so the door's council (or asking) decides.
        named = [(start, slug) for start, slug in named if slug not in ruled_out]
        spans = [span for span in spans if span[2] not in ruled_out]
    councils = list(dict.fromkeys(slug for _, slug in named))
    # Where the asker used to be is a comparison, unless the question is about its people or codes.
    others = [
        (start, name, is_explicit)
        for start, name, is_explicit in others
        if name in subjects or not _USED_TO.search(clean[max(0, start - 40) : start])
    ]
    others.sort()
    explicit = [name for _, name, is_explicit in others if is_explicit]
    bare = [name for _, name, is_explicit in others if not is_explicit]
    # A bare place name next to a corpus council is more likely a place than a council.
    other = explicit[0] if explicit else (bare[0] if bare and not councils else None)
    if councils:
        own = _own_council(clean, spans)
        asked = _asked_about(clean, spans)
        # "ldc cllr - how long do tower hamlets officers get to answer one of their cllrs?": the
        # council asked about, its people or rules in question, over the asker's own
        elsewhere = [c for c in councils if c != own]
        theirs = (
            _theirs(spans, clean, own, their_people)
            or (
                asked
                if own and asked and asked != own and (their_people or _code_named(clean, spans, asked))
                else None
            )
            or (used_to[0] if from_there and len(set(used_to)) == 1 else None)
            # "HR at ldc here, a new starter from tower hamlets asked whether TH let staff... what
            # does their code say?": the one other council named, when what its code says is asked
            or (
                elsewhere[0]
                if own
                and (_WHAT_THEIRS_SAYS.search(clean) or _ONE_OF_THEIRS.search(clean))
                and len(elsewhere) == 1
                else None
            )
        )
        asked = theirs or asked
        # "i know lichfield lets their staff keep promo stuff - can i?": every council named is only
        # what the question compares with, not the asker's (`source` "compared": the door's decides)
        compared_only = not (own or asked) and set(councils) <= _hearsay(clean, spans)
        return CouncilFacts(
            # someone else's council, when the question is about their code, over the asker's own
            council=theirs or own or asked or councils[0],
            source="compared" if compared_only else "question",
            councils=councils,
            other=other,
            own=own,
            asked=asked,
            other_is_subject=other in subjects,
        )
    if not other and (home := _home_place(clean, known_places or {})) is not None:
        # "cllr for one of the burntwood wards", "i'm a cllr in whitechapel": the asker's own
        # council, said by its place, as much as by its name.
        return CouncilFacts(council=home, source="question", councils=[home], own=home)
    if other:
        return CouncilFacts(other=other, other_is_subject=other in subjects)
    if default_council:
        return CouncilFacts(council=default_council, source="default")
    return CouncilFacts()
