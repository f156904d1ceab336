"""Whether the asker is an officer (employee, staff) or a councillor (member, Mayor, Chairman).

Evidence is weighed in order and the first kind that decides wins:
1. the asker says who they are ("I'm a planning officer", "cllr here", "my ward",
   "I'm on the planning committee", "I work for the council", "my line manager");
2. the question is about a role ("can a councillor accept...", "do officers need to...");
3. someone in one role acts on the asker ("a councillor asked me to...", "I was asked by a
   cllr", "friends with a councillor": the asker is in the other role);
4. plain mentions, when they all point one way: the asker is in that role when the question is
   impersonal ("gifts for councillors?"), in the other when the asker speaks of someone else
   ("concerns about an officer's conduct", "a gift from a councillor").
Someone "another" or "fellow" in a role ("another cllr") is in the asker's own role.
The code the asker reads ("the members' code") and questions about a role ("do officers
need to...") come between 1 and 3; the latter flip when the role acts on the asker ("can a
councillor ask me to...", "will officers come to our group meeting").
An asker who says they are a member of the public or a resident gets no role at all.
"member" counts as councillor except in "member of staff", "member of the public",
"family member" and the like.
"""

from __future__ import annotations

import re
from typing import Literal

from bot.understand.model import Role

# "as a councillor" says who the asker is, but not "stand as a parish cllr" (what they would be).
_SELF = (
    r"(?:i'?m|i am|im|(?<!stand )(?<!standing )(?<!run )(?<!running )(?<!elected )(?<!become )"
    r"(?<!becoming )(?<!serve )(?<!serving )as|being|am i|me being|speaking as)"
)
# ("as their ward councillor": the people the asker serves)
_FILL = (
    r"(?:(?:a|an|the|one|our|their|your|lichfield|tower hamlets|ldc|lbth|th)\s+)*"
    r"(?:(?!and\b|but\b)[\w-]+\s+)?"
)
_OFFICER_NOUN = (
    r"(?:officer|officers|employee|member of staff|staff member|head of service|planner|team leader|"
    r"council worker|council employee|apprentice|staff|(?:team|service|area|project|office|section) manager)"
)
_COUNCILLOR_NOUN = (
    r"(?:councillor|cllr|member|mayor|chairman|chair|portfolio holder|leader of the council|deputy leader"
    r"|council leader|opposition leader|group leader)"
)
# "member" followed by "of ..." is only a councillor for these bodies.
_MEMBER_OF_OK = re.compile(
    r"^\s+of\s+(?:the\s+)?(?:council|cabinet|authority|executive|(?:[\w-]+\s+){0,3}committee)"
)
_NOT_COUNCIL_MEMBER = re.compile(
    r"\b(?:staff|family|team|club|gym|board|union|party|household|crew|band|church|society|cast|founding|"
    r"life|golf|public|jury|panel|advisory)\s+$"
)
_EXCLUDED_OFFICER = re.compile(r"\b(?:monitoring|returning|police|customs|probation|compliance)\s+$")
_CHAIR_OF_OTHER = re.compile(
    # "chairman of the football club", but not "chairman of lichfield district council"
    r"^\s+of\s+(?!(?:the\s+)?(?:(?:[\w-]+\s+){0,3}council|cabinet|(?:[\w-]+\s+){0,2}committee|standards"
    r"|scrutiny))"
)

# A role as a fragment on its own, the way Slack messages sign themselves: "LDC cllr, ...",
# "cllr at lichfield - ...", "... ? officer at LDC", "lichfield officer using the TH channel - ...".
_FRAGMENT = (
    r"(?:^|[,.;:!?(-]\s*)(?:(?:hi|hello|hey|morning)\W+)?(?:(?:a"
    r"|an)\s+)?(?:[\w&-]+\s+){{0,3}}(?P<noun>{nouns})"
    # ("... worth declaring? cllr lichfield": the council said after the role)
    r"(?:\s+(?:at|@|from|for|in|with)(?:\s+[\w-]+){{1,3}}|\s+(?:lichfield|ldc|th|lbth|tower hamlets))?"
    r"\s*(?=[,.;:!?)–-]|$|(?:using|asking|writing"
    r"|btw)\b)"
)
_STRONG: list[tuple[Role, re.Pattern[str]]] = [
    # "comms officer @ lichfield dc."
    ("officer", re.compile(_FRAGMENT.format(nouns="officer|employee|staff|member of staff|staff member"))),
    ("councillor", re.compile(_FRAGMENT.format(nouns="councillor|cllr|mayor|ward member|cabinet member"))),
    ("officer", re.compile(rf"\b{_SELF}\s+{_FILL}(?P<noun>{_OFFICER_NOUN})\b")),
    ("officer", re.compile(r"\b(?P<noun>officer|staff|employee|staff member) here\b")),
    # "LDC comms: energy firm offering..."
    (
        "officer",
        re.compile(
            r"^(?:ldc|lichfield|th|lbth|tower hamlets)\s+(?P<noun>comms|communications|events|finance|hr"
            r"|legal|planning|housing|procurement|regeneration|democratic services|governance)\s*[:,-]"
        ),
    ),
    # "building control surveyor at lichfield district council", "solicitor in legal services": a
    # job title said with the council or a service
    (
        "officer",
        re.compile(
            r"\b(?P<noun>surveyor|planner|solicitor|lawyer|engineer|inspector|accountant|adviser|advisor"
            r"|co-?ordinator|administrator|technician|analyst|caseworker|case officer)"
            # ("im a building control surveyor at lichfield.")
            r" (?:here\b|(?:at|for|with) (?:(?:the )?(?:lichfield|tower hamlets)\b|(?:the )?(?:district "
            r"|borough )?(?:council|ldc"
            r"|lbth)\b)|in (?:legal|planning|housing|finance|building control|environmental health"
            r"|licensing)\b)"
        ),
    ),
    # "i'm a trustee of a local charity and a lichfield district councillor"
    (
        "councillor",
        re.compile(
            r"\b(?:i'?m|i am|im)\b[^.?!]{0,60}?\band (?:also )?(?:a|an) (?:[\w-]+\s+){0,3}"
            r"(?P<noun>councillor|cllr)\b"
        ),
    ),
    (
        "officer",
        re.compile(
            r"\bi (?:work|am employed|'m employed|worked) (?:for|at|in|with) (?:the |a )?(?:council"
            r"|authority|"
            r"lichfield|tower hamlets|ldc|lbth|th\b|planning|housing|finance|legal|hr|revenues|benefits|"
            r"environmental|waste|parks|leisure|licensing|democratic services|committee services|the"
            r" \w+ team)"
        ),
    ),
    (
        "officer",
        re.compile(
            r"\bmy (?:line manager|manager|boss|head of service|team leader|director|supervisor"
            r"|service manager|"
            # not "my employer is listed on my register" (a councillor's interest)
            r"employer(?! (?:is |was )?(?:listed|on my register|registered))|contract of employment"
            r"|job at the council|team at the council)\b"
        ),
    ),
    ("officer", re.compile(r"\b(?:i'?m|i am|im) on the (?:\w+ )?(?:team|staff|payroll)\b")),
    # "I left LDC in july ... am I still bound now im not an employee?": a former officer
    (
        "officer",
        re.compile(
            r"(?:\bi (?:have |'ve )?|^)left (?:ldc|lbth|the council|lichfield|tower hamlets)\b"
            r"|\b(?:i'?m|im|i am) (?:no longer|not) (?:an? )?(?:employee|officer|member of staff)\b"
        ),
    ),
    # "i manage the economic development team": a manager of the council's staff
    (
        "officer",
        re.compile(
            r"\bi (?:manage|run|lead|head up|head) (?:the |a |our )?(?:[\w&-]+ ){0,3}"
            r"(?:team|service|section|department|unit)\b"
        ),
    ),
    # "took a few of us LDC members for dinner": the asker is one of them
    (
        "councillor",
        re.compile(
            r"\bof us (?:(?:ldc|lichfield|th|tower hamlets|ward|district) )?"
            r"(?P<noun>members|cllrs|councillors)\b"
        ),
    ),
    (
        "officer",
        re.compile(r"\bof us (?:(?:ldc|lichfield|th|tower hamlets|council) )?(?P<noun>officers|staff)\b"),
    ),
    # "i'm in planning at LDC", "im in regeneration": a council service the asker works in.
    (
        "officer",
        re.compile(
            r"\b(?:i'?m|i am|im) in (?:planning|housing|finance|regeneration|licensing|building control|ict"
            r"|it(?= (?:at|services|support|team|dept)\b)"
            r"|digital|comms|communications|customer services|payroll|audit|estates|facilities"
            r"|environmental health|legal|hr|procurement|revenues|benefits|waste|parks|leisure"
            r"|democratic services|committee services)\b"
        ),
    ),
    (
        "officer",
        re.compile(
            r"\b(?:i'?m|i am|im|i work) (?:in|on|with) the (?:[\w-]+ ){0,2}"
            r"(?:team|department|service|directorate|section)\b"
        ),
    ),
    ("councillor", re.compile(rf"\b{_SELF}\s+{_FILL}(?P<noun>{_COUNCILLOR_NOUN})\b")),
    ("councillor", re.compile(r"\b(?P<noun>councillor|cllr|member|mayor) here\b")),
    # "im one of the alrewas & fradley ward members", "member for armitage with handsacre",
    # "shenstone ward.", "ldc member.": a ward or a seat is a councillor's
    (
        "councillor",
        re.compile(
            r"\b(?:i'?m|i am|im) one of (?:the|our) (?:[\w&'-]+ ){0,5}(?P<noun>councillors|cllrs|members)\b"
        ),
    ),
    (
        "councillor",
        re.compile(
            r"(?:^|[,.;:!?(-]\s*|\bi'?m (?:the )?|\bas (?:the )?)(?:ward |local |district )?(?P<noun>member)"
            r" for (?:the )?[a-z]"
        ),
    ),
    (
        "councillor",
        re.compile(
            r"(?:^|[,.;:!?(-]\s*)(?!(?:which|what|whose|your|their|his"
            r"|her)\b)(?:[\w&'-]+\s+){1,4}(?P<noun>ward)"
            r"(?:\s+(?:cllr|councillor|member))?"
            r"\s*(?=[,.;:!?)–-]|$)"
        ),
    ),
    ("councillor", re.compile(r"(?:^|[,.;:!?(-]\s*)(?:[\w'-]+\s+){1,2}(?P<noun>member)\s*(?=[,.;:!?)–-]|$)")),
    # A message that opens with who is writing: "lichfield cllr with a DPI on tonight's agenda...",
    # "planning officer at ldc here" (not "cllr smith gave me...": a name follows).
    (
        "councillor",
        re.compile(
            r"^(?:(?:hi|hello|hey|morning)\W+)?(?!(?:the|a|an|my|our|this|that|your|his|her|their|one"
            r"|some)\b)"
            r"(?:[\w-]+\s+){0,2}(?P<noun>cllr|councillor)"
            r"(?=\s*(?:[,.;:!?(–-]|(?:with|here|in|at|for|from|on|and i)\b|$))"
        ),
    ),
    (
        "officer",
        re.compile(
            r"^(?:(?:hi|hello|hey|morning)\W+)?(?!(?:the|a|an|my|our|this|that|your|his|her|their|one"
            r"|some)\b)"
            r"(?:[\w-]+\s+){0,2}(?P<noun>officer)"
            r"(?=\s*(?:[,.;:!?(–-]|(?:with|here|in|at|for|from|on|and i)\b|$))"
        ),
    ),
    (
        "councillor",
        re.compile(
            r"\b(?:my|our) (?:members?'? |councillor )?"
            r"(?:enquir(?:y|ies)|casework|(?:political )?group(?! of)"
            r"|party group|residents|division)\b|\ba resident's (?:problem|case|complaint|issue)"
        ),
    ),
    ("officer", re.compile(r"\bmy (?:pay|salary|grievance|appraisal|contract|job description|probation)\b")),
    (
        "councillor",
        re.compile(
            r"\b(?:i|we) (?:sent|raised|submitted|made|logged|put in) (?:a|an|my) "
            r"(?:members?'? |councillor )?enquiry"
        ),
    ),
    (
        "councillor",
        re.compile(
            r"\b(?:my (?:ward|constituents|councillor role|role as (?:a )?(?:councillor|member)|surgery|seat|"
            r"register of interests|register entry|dpis?|disclosable pecuniary interests?)|"
            r"(?:i was|i've been|i have been|i got|i was just|i've just been|i have just been|i'm newly|"
            r"i am newly|since i was|when i was) (?:re-?|newly |recently |just )?(?:elected|co-?opted"
            r"|re-?appointed)|"
            r"i (?:sit|serve) on (?:the )?(?:[\w-]+ ){0,2}(?:committee|cabinet|council|board)|"
            # "i'm a co-opted independent member on one of lichfield's committees"
            r"(?:i'?m|i am|im) (?:a |an )?(?:newly |new |recently )?(?:co-?opted|independent)"
            r"(?: independent)? (?:member|cllr|councillor)|"
            r"(?:i'?m|i am|im) on (?:the )?(?:[\w-]+ ){0,2}(?:committee|cabinet)|"
            r"i chair (?:the )?(?:[\w-]+ ){0,2}(?:committee|council|meeting))\b"
        ),
    ),
]
_SUBJECT = re.compile(
    r"\b(?:can|could|may|should|must|do|does|is|are|would|will|if|when|whether|what if|how do|how does|"
    r"what do|what does|what should)\s+(?:a|an|the|our|any|all)?\s*(?:[\w-]+\s+)?"
    r"(?P<noun>councillors?|cllrs?|members?|officers?|employees?|staff|mayor|chairman)\b"
    r"(?!\s+(?:of staff|here))"
)
# "what does it mean for councillors", "is this allowed for officers": the rules of that role.
_FOR_ROLE = re.compile(
    r"\b(?:mean|apply|applies|rules?|guidance|expected|required|allowed|permitted|ok|okay|acceptable"
    r"|the same)"
    r" (?:for|to) (?:a |an |the )?(?P<noun>councillors?|cllrs?|officers?|members?|staff|employees?)\b"
)
# "do both councils' codes expect officers to stay neutral when advising members?": the people
# the codes expect something of (before any other role said, as the object of "advising")
_EXPECTED_OF = re.compile(
    r"\b(?:expects?|requires?|allows?|lets?|tells?|obliges?) (?:a |an |the |their |our |all )?"
    r"(?P<noun>councillors?|cllrs?|members?|officers?|employees?|staff) to\b"
)
_SUBJECT_AFTER = re.compile(
    r"\b(?P<noun>councillors|cllrs|members|officers|employees|staff)\s+(?:can|must|should|need|have to|"
    r"are allowed|may|are required|are expected)\b"
)
_ACTS_ON_ME_PASSIVE = re.compile(
    r"\b(?:asked|told|pressured|pressurised|instructed|bullied|lobbied|approached|contacted|emailed"
    r"|criticised|criticized|shouted at|sworn at|threatened|invited|offered \w+) by "
    r"(?:a|an|the|one|my|our)?\s*(?:[\w-]+\s+)?"
    r"(?P<noun>councillors?|cllrs?|members?|officers?|employees?|staff member|mayor|chair(?:man)?|leader)\b"
)
# Asking about a relationship with someone in one role: the asker is usually in the other.
_WITH_OTHER = re.compile(
    r"\b(?:friends?|relationship|dating|going out|related|married|close|sleeping|involved) with "
    r"(?:a|an|the|my|one)?\s*(?:[\w-]+\s+)?"
    r"(?P<noun>councillor|cllr|member|officer|employee|staff member|mayor)\b"
)
_ACTS_ON_ME = re.compile(
    # who: "a councillor", "our cabinet member", "Cllr Smith", "the chair"
    r"(?:\b(?:a|an|the|one|some|this|that|our|my)\s+(?:[\w-]+\s+)?|^|[.,;!?]\s*)"
    r"(?P<noun>councillor|cllr|member|officer|employee|staff member|mayor|chair|chairman|leader"
    r"|portfolio holder)\s+(?:[a-z]+\s+)??"
    r"(?:(?:has|had|keeps|keep|is|was|kept|just|then|been|always|constantly)\s+)*(?:[\w-]+\s+)?"
    # does what to me: "asked me", "keeps emailing me", "shouted at me", "was rude to me"
    r"(?:(?:ask|tell|told|want|pressur|offer|gave|give|invit|email|phon|call|shout|bull|critici[sz]|demand"
    r"|instruct|order|threaten|insult|lobb|text|messag|rang|ring|contact|approach|sent|send|swore|swear|sworn"
    r"|undermin|chas|belittl|humiliat|yell)\w*\s+(?:at\s+)?(?:me|us)"
    r"|(?:rude|abusive|aggressive|disrespectful|nasty|unprofessional|hostile|inappropriate|dismissive)\s+"
    r"(?:to|towards|with)\s+(?:me|us))\b"
)
# The asker says they are neither: nothing else in the question decides their role.
_PUBLIC = re.compile(
    r"\b(?:(?:i'?m|i am|im|as)\s+(?:a\s+|just\s+a\s+)?(?:member of the public|resident|local resident|"
    r"journalist|constituent|member of the press)|(?:member of the public|resident|journalist) here)\b"
)
# A team signing the message: "events team at lichfield district council - ..."
_TEAM_AT = re.compile(
    r"(?:^|[,.;:!?(]\s*)(?:the\s+)?(?:[\w-]+\s+){0,2}team\s+(?:at|@|for|in)\s+"
    # "LDC comms team - a sponsor wants to...": a team signing the message
    r"|^\s*(?:[\w&-]+\s+){1,3}team\s*[-:,–]\s"
    # "events team here - a garden centre has offered..." (suggested: "governance team here - cllr
    # okafor went to a dinner" asks about the member's rule)
    r"|^\s*(?:[\w&-]+\s+){1,3}team here\b"
)
# The code the asker reads is usually their own.
_OWN_CODE = re.compile(
    r"\b(?:(?P<c>members?'?|councillors?'?) code|code (?:of conduct )?for (?:members|councillors)"
    r"|(?P<o>officers?'?|employees?'?|staff) code|code (?:of conduct )?for (?:officers|employees|staff))\b"
)
# "asking on behalf of cllr patel (I'm her caseworker)": the codes that apply are the councillor's.
# "asking for a lichfield district cllr i support", "for an LDC cllr: she declared...".
_WHO = (
    r" (?:a |an |my |our |the |one of our )?(?:[\w'-]+ ){0,5}?(?P<noun>councillor|cllr|member|officer"
    r"|employee)s?"
    r"\b(?!'s)"
)
# Asking for someone: "on behalf of cllr patel", "governance officer asking for a member".
_ASKING_FOR = re.compile(
    r"(?:\bon behalf of|\basking for|\basking about|\bquestion (?:for|about)|(?:^|[-:;.]\s*)for)" + _WHO
)
# Someone in a role the asker speaks for: "my mate's a lichfield district cllr", "she's a cllr".
_ON_BEHALF = re.compile(
    r"(?:\b(?:she|he)(?:'s| is)|\b(?:my|our) (?:mate|friend|husband|wife|partner|colleague|boss|sister"
    r"|brother|dad|mum|father|mother|son|daughter|neighbour|cousin|uncle|aunt)(?: \([^)]{0,40}\))?(?:'s| is)"
    # "helping a friend who's a lichfield district councillor"
    r"|\b(?:friend|mate|colleague|cousin|neighbour|relative|partner)(?: of mine)? who(?:'s| is))" + _WHO
)
# "another cllr", "a fellow officer": someone in the asker's own role.
_ANOTHER = re.compile(
    r"\b(?:another|a fellow|my fellow|fellow|one of my fellow)\s+(?:[\w-]+\s+)?"
    r"(?P<noun>councillors?|cllrs?|members?|officers?|employees?|staff member)\b"
)
_FIRST_PERSON = re.compile(r"\b(?:i|i'm|im|i've|i'd|i'll|me|my|mine|we|we're|us|our)\b")
_OBJECT_PERSON = re.compile(r"\b(?:me|my|us|our)\b")
_MENTION = re.compile(r"\b(?P<noun>councillors?|cllrs?|members?|officers?|employees?|staff|mayor|chairman)\b")


def _kind(noun: str) -> Role:
    return (
        "officer"
        if re.match(
            r"(?:officer|employee|staff|member of staff|head|planner|team|council "
            r"(?:worker|employee)|apprentice)",
            noun,
        )
        else "councillor"
    )


def _genuine(low: str, m: re.Match[str]) -> bool:
    """False for "member of staff/the public", "family member", "monitoring officer", "a cllr's wife"."""
    if "noun" not in m.groupdict() or m.group("noun") is None:
        return True
    noun = m.group("noun")
    start, end = m.span("noun")
    if re.match(r"'s\b|(?<=s)'", low[end : end + 2]) and m.end("noun") == m.end():
        return False  # "a councillor's wife": the councillor is someone else
    before, after = low[max(0, start - 20) : start], re.sub(r"^'?s?'?", "", low[end:])
    if noun.startswith("member") and noun != "member of staff":
        if _NOT_COUNCIL_MEMBER.search(before):
            return False
        if re.match(r"^\s+of\b", after) and not _MEMBER_OF_OK.match(after):
            return False
    if noun.startswith("member") and re.match(r"^'?s?'?\s+enquir", low[end:]):
        return False  # "a members' enquiry" names the system, not a person
    if noun == "staff" and re.match(
        r"^\s+(?:car park|parking|room|canteen|handbook|survey|party|intranet)", after
    ):
        return False  # "the staff car park"
    if noun.startswith("officer") and _EXCLUDED_OFFICER.search(before):
        return False
    if noun.startswith("chair") and _CHAIR_OF_OTHER.match(after):
        return False  # chairman of the football club
    return True


def _other(role: Role) -> Role:
    return "councillor" if role == "officer" else "officer"


def _clause_after(low: str, end: int) -> str:
    stop = re.search(r"[?!;,:]|\s-\s|\.(?:\s|$)", low[end:])
    return low[end : end + stop.start() if stop else None]


# Whose conduct the question is about, when that is someone else: "one of our members got drunk at
# the civic dinner" (asked by an officer), "what's the difference between the councillor and the
# officer gift limits?". Their code is searched as well as the asker's.
_MEMBERS = r"(?:councillors?|cllrs?|members?)"
_STAFF = r"(?:officers?|staff|employees?)"
_BOTH_ROLES = re.compile(
    rf"\b{_MEMBERS}'?s?,? (?:and|&|or|v|vs|versus) (?:the )?{_STAFF}\b"
    rf"|\b{_STAFF}'?s?,? (?:and|&|or|v|vs|versus) (?:the )?{_MEMBERS}\b"
)
_THIRD_PERSON = re.compile(
    # who: "one of our members", "the new cllr", "cllr harris" at the start of a clause
    r"(?:\b(?:one of (?:our|the|my|their)|our|their|a|an|the|this|that|some|two of (?:our|the|their))"
    # ("a lichfield district cllr - they declared...": a council and its kind before the noun)
    r" (?:[\w-]+ ){0,2}|(?:^|[.,;:!?-]\s*|\b(?:and|but|so)\s+))"
    r"(?P<noun>councillors?|cllrs?|members?|officers?|employees?|staff member|chairman|mayor|leader)"
    # did what: "was given", "declared a DPI", "got really drunk", "needs to register"
    r" (?:[\w'-]+ ){0,3}?(?:got|was|were|is|are|has|had|have|posted|said|says|keeps|kept|did|does|went"
    r"|forwarded|shared|leaked|wants|wanted|refused|voted|turned up|behaved|made|called|tweeted|put|used"
    r"|took|told|sent|accepted|lied|swore|shouted|declared|needs|received|owns|bought|sold|broke"
    r"|breached|bullied|harassed|threatened|misused|disclosed)\b"
)


# Given something: "the panto producers gave cllr hughes tickets", "a gift presented to the mayor".
_GIVEN_TO = re.compile(
    r"\b(?:gave|given to|presented|presented to|sent|offered|bought|treated)\s+(?:the\s+|our\s+)?"
    r"(?P<noun>cllr|councillor|chairman|mayor|leader)\b"
)
# Disclosable pecuniary interests are members' alone: "by when do they have to register their DPIs?"
_DPI_WORDS = r"dpis?|(?:disclosable )?pecuniary interests?|disclosable interests?"
_DPI = re.compile(
    rf"\b(?:their|his|her|the member'?s|the cllr'?s) (?:{_DPI_WORDS}|register of interests)\b"
    # "a cllr with a DPI on an item next week"
    rf"|\b(?:cllr|councillor|member)s? (?:[\w'-]+ )?(?:with|has|have|had|holds?) (?:a "
    rf"|an )?(?:{_DPI_WORDS})\b"
    # "who holds the register of members interests?": the members' register, whoever asks
    r"|\bregister of (?:members|councillors)'?s?'? interests\b|\bmembers'? register of interests\b"
)
# Matters only members have, said with no role: "is that a DPI?", "update my register",
# "towards my leaflets for the by-election".
_MEMBERS_ONLY = re.compile(
    rf"\b(?:{_DPI_WORDS}|my register\b|my (?:register of )?interests"
    r"|my (?:election|campaign|leaflets|by-?election|election expenses|ward)"
    # "does my job have to be on the register?": officers register gifts, not their jobs or land
    r"|(?:job|employment|shares|shareholding|land|house|flat|property)\b[^.?!]{0,30}\b(?:on|in|onto) (?:the"
    r"|my)"
    r" register)\b"
)


def members_matter(low: str) -> bool:
    """The question is about something only councillors have (a DPI, their register, an election)."""
    return _MEMBERS_ONLY.search(low) is not None


# A named councillor, or the people a member of staff works for: "cllr smith's hospitality",
# "cllr bennett's wife", "cllr o'neill got", "PA to the leader", "support officer for cllr ward".
_NAMED_MEMBER = re.compile(
    # ("cllr smith (not the chairman) received a framed photo": an aside after the name)
    r"\b(?:cllr|councillor) [a-z][\w'-]+?(?: \([^)]{1,40}\))?"
    r"(?:(?:'s|(?<=s)') (?:wife|husband|partner|spouse|son|daughter"
    r"|brother|sister"
    r"|hospitality|gift|register|interests?|dpis?|deadline|declaration|meal|dinner|voucher|tickets?|hamper"
    r"|company|firm|business|land|house|shares?|shareholding|employer|job)\b"
    r"| (?:never|just|has|had|was|got|logged|registered|forgot|missed|attended|declared|went|needs?|wants"
    r"|received|accepted|owns|started|bought|sold|lives|sits|rang|called|phoned|emailed|says|said|told|tells"
    r"|disclosed"
    r"|asks|wonders|wants to know"
    r"|inherited"
    r"|asked|reckons|mentioned|thinks)\b)"
    # "query from cllr murray: her partner moved in with her..."
    r"|\b(?:query|question|enquiry|request|email|message|call) (?:from|for) (?:cllr|councillor) [a-z][\w'-]+"
    r"|\b(?:pa|assistant|secretary|caseworker|support officer|diary|member support) (?:to|for) (?:the )?"
    r"(?:leader|deputy leader|chairman|vice[- ]chairman|mayor|cabinet member|cllr|councillor|members?)\b"
    # "i'm the leader's PA", "the chairman's secretary here"
    r"|\b(?:leader|chairman|mayor|cabinet member|portfolio holder)'s (?:pa|assistant|secretary"
    r"|diary manager)\b"
    # "a friend of mine sits on lichfield's planning committee", "lichfield's chairman came to..."
    r"|\b(?:friend|mate|colleague|cousin|neighbour|relative)(?: of mine)? (?:who )?(?:sits|is|serves) on"
    r" (?:[\w']+ ){0,3}(?:committee|council|cabinet)\b"
    # "a friend of mine is a lichfield district cllr", "my wife's a TH councillor"
    r"|\b(?:friend|mate|colleague|cousin|neighbour|relative|wife|husband|partner|sister|brother|mum|dad)"
    r"(?: of mine)?(?:'s| is| who is| who'?s) (?:a |an )?(?:[\w-]+ ){0,3}(?:cllr|councillor)\b"
    r"|\b[a-z]+'s (?:chairman|mayor|leader) (?:came|attended|visited|was|got|received|went)\b"
    # "the Chairman was presented with an engraved crystal bowl": given to the council's chairman
    r"|\bthe (?:chairman|vice[- ]chairman|mayor|leader|deputy leader) (?:was (?:presented|given|sent|handed)"
    r"|received|got|accepted)\b"
)
# A new member the staff asking are taking on: "we've got a newly co-opted member joining one of
# our committees" (not "i'm a newly elected cllr").
_NEW_MEMBER = re.compile(
    r"(?<!i'm )(?<!im )(?<!i am )(?<!as )\b(?:a|an|the|our|two|three) (?:newly |new |recently )?"
    r"(?:co-?opted|elected|independent) (?:member|cllr|councillor)s?\b"
)
# A member of the asker's staff: "a member of my team wants to do weekend shifts".
_MY_STAFF = re.compile(
    r"\b(?:a |one )?member of (?:my|our) (?:team|staff)|one of my (?:team|staff|officers)\b"
)
# A role's conduct asked about in general: "can cllrs publicly slag off officers?", "are officers
# allowed to stand for election?"
_ROLE_ASKED = re.compile(
    r"\b(?:can|could|may|should|must|are|do|is it ok for|is it okay for|are they allowed,?) "
    r"(?P<noun>cllrs?|councillors|members|officers|staff|employees)\b(?! of the public)"
)
# The question is put about them: "does she have to", "what's her deadline", "can he still vote".
_ABOUT_THEM = re.compile(
    r"\b(?:does|do|can|could|should|must|will|would|has|have|is|did) (?:s?he|they|(?:cllr|councillor)"
    r" [a-z][\w'-]+)\b"
    r"|\b(?:his|her|their|(?:cllr|councillor) [a-z][\w-]+'s) "
    r"(?:deadline|register|code|interests?|dpis?|cut ?off)\b"
    r"|\b(?:s?he|they)(?:'s| has| have| needs?| must| should| wants?) (?:to|got|asked)\b"
)


def asked_about_them(low: str) -> bool:
    """The question asks what someone else must or may do, not what the asker should."""
    return any(rx.search(low) for rx in (_ABOUT_THEM, _ROLE_ASKED, _FOR_ROLE))


def find_subject_role(low: str) -> Role | Literal["both"] | None:
    """The role of someone else whose conduct the question is about, or "both" when it compares
    the two; None when the question is about the asker's own conduct or names no one."""
    if _BOTH_ROLES.search(low):
        return "both"
    if _DPI.search(low) or _NAMED_MEMBER.search(low) or _NEW_MEMBER.search(low):
        return "councillor"
    if (m := _GIVEN_TO.search(low)) is not None and _genuine(low, m):
        return "councillor"
    if _MY_STAFF.search(low):
        return "officer"
    # "can cllrs publicly slag off officers?", "surely that's not allowed for officers?"
    if (m := _ROLE_ASKED.search(low) or _FOR_ROLE.search(low)) is not None:
        return _kind(m.group("noun"))
    for m in _THIRD_PERSON.finditer(low):
        # "one of the cllrs keeps ringing my mobile": what they do to the asker is the asker's question
        to_asker = _OBJECT_PERSON.search(_clause_after(low, m.end()))
        if _genuine(low, m) and not _ACTS_ON_ME.match(low, m.start()) and not to_asker:
            return _kind(m.group("noun"))
    return None


def find_role(low: str) -> tuple[Role | None, str | None, bool]:
    """The asker's role, the words that decided it, and whether those words state it (of the
    asker, or of the person asked for) rather than suggest it: a stated role outranks what the
    door says ("and if I'm an officer?" in a councillors' channel); a suggested one does not.
    The person asked for comes first ("governance officer asking for a member": the member's)."""
    if (m := _ASKING_FOR.search(low)) is not None and _genuine(low, m):
        return _kind(m.group("noun")), m.group(0), True
    strong: list[tuple[int, Role | None, str]] = [
        (m.start(), role, m.group(0)) for role, rx in _STRONG for m in rx.finditer(low) if _genuine(low, m)
    ]
    strong += [(m.start(), None, m.group(0)) for m in _PUBLIC.finditer(low)]
    if strong:
        _, role, text = min(strong, key=lambda hit: hit[0])
        return role, text, True
    if (m := _OWN_CODE.search(low)) is not None:
        return ("councillor" if m.group("c") else "officer"), m.group(0), False
    if (m := _TEAM_AT.search(low)) is not None:
        # "events team at lichfield district council -": staff, though a team asking for a member
        # ("governance team at ldc - a cllr was given...") asks about the member's rule
        return "officer", m.group(0), False
    if (m := _ON_BEHALF.search(low)) is not None:
        return _kind(m.group("noun")), m.group(0), True
    if (m := _ANOTHER.search(low)) is not None and _genuine(low, m):
        return _kind(m.group("noun")), m.group(0), False
    for rx in (_EXPECTED_OF, _SUBJECT, _SUBJECT_AFTER, _FOR_ROLE):
        hits = [m for m in rx.finditer(low) if _genuine(low, m)]
        if hits:
            role = _kind(hits[0].group("noun"))
            # "can a councillor ask me to...", "will officers come to our group": the asker is the other.
            if _OBJECT_PERSON.search(_clause_after(low, hits[0].end())):
                return _other(role), hits[0].group(0), False
            return role, hits[0].group(0), False
    acts = [
        *((m, True) for m in _ACTS_ON_ME.finditer(low)),  # "a councillor asked me": said of the asker
        *((m, False) for m in _ACTS_ON_ME_PASSIVE.finditer(low)),
        *((m, False) for m in _WITH_OTHER.finditer(low)),
    ]
    for m, of_asker in sorted(acts, key=lambda hit: hit[0].start()):
        if _genuine(low, m):
            # Someone in one role acts on the asker: the asker is in the other.
            return _other(_kind(m.group("noun"))), m.group(0), of_asker
    kinds: dict[Role, str] = {}
    for m in _MENTION.finditer(low):
        if _genuine(low, m):
            kinds.setdefault(_kind(m.group("noun")), m.group(0))
    if len(kinds) == 1:
        role, text = next(iter(kinds.items()))
        # The asker speaks of someone else in one role ("concerns about an officer", "seeing a
        # councillor"): the asker is most likely in the other.
        return (_other(role) if _FIRST_PERSON.search(low) else role), text, False
    return None, None, False
