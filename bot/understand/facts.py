"""Circumstances the checkers turn on, only as the question states them.

`FACT_PHRASES` is data: (fact, value, phrase). For each fact the first phrase that matches
wins, so negative forms ("not registered") are listed before positive ones ("registered").
List-valued facts (`dpi_category`) collect every value that matches, in table order.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import Any

# What a business, land or premises is called, for "in the district" and "in lichfield" alike:
# one list, so a local thing and a thing placed by a council's name are read the same way.
_BUSINESS_NOUNS = r"firm|company|business|builders?|developer|employer|brewery|plc|ltd"
_LAND_NOUNS = (
    r"land|property|house|flat|field|plot|garage|lock[- ]?up|unit|yard|barn|stall|pitch|building|car ?park"
)
_PREMISES_NOUNS = (
    r"office|offices|premises|site|branch|shop|depot|factory|warehouse|headquarters|hq|place of business"
    r"|estate"
)

# A partner the member does not live with: "my girlfriend ... we don't live together".
_APART = (
    r"\b(?:girlfriend|boyfriend|gf|bf|partner|fianc[eé]e?)\b[^?!]{0,90}?"
    r"(?:(?:don'?t|do not|doesn'?t|does not) live (?:together|with (?:me|him|her|them))"
    r"|live (?:apart|separately)|not living together"
    r"|(?:aren'?t|are not|not) cohabiting)"
)
# Who something was received from, described by what they sponsor ("tickets from one of the
# sponsors of the awards"): the giver, not sponsorship.
NOT_THE_GIVER = (
    r"(?<!by one of the )(?<!from one of the )(?<!by the )(?<!from the )(?<!by a )(?<!from a )"
    r"(?<!by our )(?<!from our )"
    # "went to the match as a sponsor's guest": the host, not sponsorship of the member
    r"(?<!as a )(?<!as the )(?<!as one of the )"
)

# "shares in a firm", not "my share of the bill".
# "my share of the bill", "does my share need to go in the register?" (of a dinner) are not shares
_SHARES = (
    r"(?<!my )(?<!your )(?<!his )(?<!her )(?<!their )(?<!our )(?<!to )(?<!we )(?<!i )(?<!they )"
    r"shares?(?! of (?:the|a|our) (?:bill|cost|meal|tab|food|drinks|table|taxi|fare|price))"
    r"|(?:my|his|her|their|our) shares\b"
)

FACT_PHRASES: list[tuple[str, Any, list[str]]] = [
    # Footnote 7 of the Lichfield members' code: civic gifts to the Chairman acting as Chairman.
    # "chairman here but this isn't a civic thing": the Chairman as a ward councillor is para 12's.
    (
        "civic_chairman",
        False,
        [
            # "yes im chairman this year but this wasnt a chairman thing"
            r"(?:wasn'?t|was not|isn'?t|is not|not) (?:a |in my |as )?chair(?:man)?(?:'s)? (?:thing|capacity"
            r"|role|gift"
            r"|business|duty)",
            r"(?:isn'?t|is not|wasn'?t|was not|not|nothing) (?:\w+ )?"
            r"(?:a |an |to do with (?:my |the )?|in (?:my|a) )?civic",
            r"not (?:as|in my (?:role|capacity) as) (?:the )?chairman",
            r"(?:as|in my (?:role|capacity) as) (?:a |my |the )?ward (?:cllr|councillor|member)",
            # footnote 7 names the Chairman: a vice-chairman standing in is not
            r"(?:i'?m|i am|im|as) (?:the )?(?:vice[- ]?chair(?:man)?|deputy (?:chair(?:man)?|mayor))\b",
            r"\b(?:vice[- ]?chair(?:man)?|deputy (?:chair(?:man)?|mayor)) here\b",
            # "I'm chairman this year but this one was nothing to do with that"
            r"chairman\b[^.?!]{0,60}\b(?:nothing to do with|not to do with|unrelated to|not in (?:that|my) "
            r"(?:role|capacity)) (?:that|it|the role|being chairman|the chairmanship)",
        ],
    ),
    (
        "civic_chairman",
        True,
        [
            # "civic" alone is not enough: footnote 7 is only for the Chairman acting as such,
            # and other councillors attend civic receptions too.
            "civic (?:role|capacity|duties|duty) as (?:the )?chairman",
            # ("the chairman was presented with an engraved crystal bowl (guessing £120ish) by the mayor
            # of our twin town during the civic visit")
            r"chairman\b[^.?!]{0,120}\bcivic|\bcivic\b[^.?!]{0,60}\bchairman",
            # ("I'm LDC chairman this year")
            r"(?:i'?m|i am|im) (?:the )?(?:ldc |lichfield |council )?chairman"
            r"(?! of (?!(?:the )?(?:[\w-]+ ){0,3}council\b))",
            "(?:chairman|chair) of (?:the )?(?:district )?council",
            "as (?:the )?(?:council )?chairman",
            "in my (?:role|capacity) as (?:the )?chairman",
            "chairman's (?:secretary|role)",
            # "chairman here. at the civic carol service..."
            r"(?:^|[.,;:(-]\s*)(?:the )?(?:council |district )?chairman here\b",
        ],
    ),
    (
        "unsolicited",
        True,
        [
            r"(?:arrived|came|turned up|sent) (?:\w+ )?(?:in|through|by) the post",
            "in the post",
            "by post",
            "through the post",
            "posted to me",
            "without warning",
            "unexpected(?:ly)?",
            "out of the blue",
            "unsolicited",
            "(?:didn't|did not|never) ask(?:ed)? for",
            r"left (?:it |them |(?:a|an|some) (?:\w+ ){0,3})?(?:on|at) my (?:desk|door|doorstep|office)",
            "delivered to (?:my|the) (?:office|home|house|desk)",
            "(?:wasn'?t|was not|weren'?t|were not) expecting",
            "(?:addressed|couriered) to me",
            "courier",
            "turned up at",
        ],
    ),
    (
        "cannot_refuse",
        True,
        [
            "(?:cause|causing|give|giving|caused) offen[cs]e",
            "would offend",
            "offend (?:them|him|her|the)",
            "churlish",
            # "refusing would have been really hurtful so i took it"
            r"(?:refusing|refusal|saying no|turning (?:it|them) down) would (?:have )?(?:been|be|cause"
            r"|caused)"
            r" (?:\w+ )?(?:hurtful|rude|offensive|awkward|insulting|upsetting|hurt|offence)",
            "rude to (?:refuse|decline|say no|turn)",
            "(?:can't|cannot|couldn't|could not|impossible to|awkward to|hard to|difficult to)"
            " (?:refuse|decline|say no|turn (?:it|them) down)",
            "insult(?:ing)? (?:them|him|her)",
        ],
    ),
    # Officers' code 2.5.2(a): "an offer of a drink following a site visit" is modest by its nature.
    (
        "lavish",
        False,
        [
            r"(?:a|one|quick|single|swift) (?:pint|drink|half|coffee|cuppa|cup of (?:tea|coffee)|tea|beer"
            r"|sandwich|soft drink|biscuit)s?",
            "(?:modest|nothing fancy|nothing lavish|not lavish|simple|basic) (?:lunch|meal|buffet|drink|do)",
            # "putting on sandwiches and coffee over lunch": a working lunch's plain fare
            r"sandwiches|(?:tea|coffee) and biscuits|(?:a |light )?buffet lunch|a light lunch|nothing fancy",
            # "tea, cake and a small buffet", "a standard evening meal for all ~100 delegates"
            r"(?:small|modest|simple|light) buffet|tea,? (?:and )?cake|standard (?:evening )?(?:meal|dinner"
            r"|lunch)",
            # "nothing expected in return, pretty standard stuff"
            r"(?:pretty|fairly|quite|very|all) (?:standard|normal|ordinary|modest)(?: stuff)?\b"
            r"|nothing over the top",
        ],
    ),
    (
        "lavish",
        True,
        [
            "lavish",
            "extravagant",
            "immodest",
            r"luxur\w*",
            "five[- ]star",
            "5[- ]star",
            "michelin",
            "first class",
            "vip",
            "all[- ]expenses(?: paid)?",
            "champagne",
            # a weekend away paid for is not modest: "a weekend at a golf hotel in portugal, all paid"
            r"weekend (?:away|break)|\ba weekend (?:at|in)\b|\ball paid\b|spa (?:weekend|break|hotel)"
            r"|golf (?:hotel|trip"
            r"|break)|abroad|overseas",
            r"overnight (?:stay|hotel)|hotel (?:stay|room)",
            r"5\s?\*",
            r"spa (?:hotel|weekend|break|resort)",
            "weekend away",
            "(?:a )?(?:bit|little) (?:much|over the top|ott)",
            "over the top",
            "very expensive",
            "really expensive",
            "expensive",
            "weekend away",
            "fancy",
        ],
    ),
    (
        "registered",
        False,
        [
            "not (?:yet )?(?:on|in) (?:the|my|her|his|their) register",
            # "wasn't on my register", "isnt on the register yet", "an unregistered DPI"
            r"(?:isn'?t|wasn'?t|aren'?t|weren'?t|hasn'?t been|is not|was not) (?:yet )?(?:on|in|entered in)"
            r" (?:the|my|her|his|their) (?:\w+ )?register",
            "unregistered",
            r"(?:forgot|forgotten|never got round|didn'?t) (?:to )?(?:put|add|include)\w* "
            r"(?:it |that |them )?"
            r"(?:on|onto|in) (?:to )?my (?:register(?: form)?|form|dpi form|interests form)",
            r"(?:hasn'?t|has not|haven'?t|have not|wasn'?t|was not|isn'?t|is not|not) (?:yet )?(?:been )?"
            r"(?:yet )?(?:put|added|entered|recorded) (?:on|onto|in|into) (?:the|my) (?:\w+ )?register",
            r"(?:never|not|didn'?t|did not|haven'?t|have not) (?:put|added|entered|got) "
            r"(?:it |them |this |that )?(?:on|onto|in|into) (?:the|my) (?:\w+ )?register",
            "(?:hadn'?t|haven'?t|had not|have not|didn'?t|did not|never) (?:got|gotten) (?:round|around) to"
            " (?:register|registering|adding|declaring|putting|entering)",
            # "it had never made it onto my register"
            r"(?:never|not|didn'?t|hadn'?t|hasn'?t) (?:ever )?(?:made it|got|gone) (?:on|onto|in|into)"
            r" (?:the|my|her|his) (?:\w+ )?register",
            # "disclosed an interest at planning last monday that i hadnt registered"
            r"\b(?:i|she|he) (?:hadn'?t|had not|haven'?t|have not|hasn'?t|has not) (?:yet )?registered\b",
            # "obviously not had a chance to register it"
            r"(?:not|n't|haven'?t|hasn'?t|hadn'?t) (?:had )?(?:a chance|the chance|time) to (?:register|add"
            r"|put)",
            "(?:isn'?t|is not|wasn'?t|was not|hasn'?t been|has not been|not|never|haven'?t|have not"
            "|didn'?t|did not|forgot to|forgotten to|yet to) (?:been )?"
            r"(?:register(?:ed)?(?: it| them| this| that| my \w+)?"
            "|declared it on the register)",
        ],
    ),
    (
        "registered",
        True,
        [
            "(?:already|is|it's|its|was|been|have) (?:on|in) (?:the|my|her|his|their) register",
            # "a maintenance contract which is on her register"
            r"(?:which|that) (?:is|was|'s) (?:already )?(?:on|in) (?:the|my|her|his|their) register",
            "already (?:registered|declared)",
            r"(?:\b(?:a|my|the|an already) |^)registered (?:dpi|interest|disclosable)",
            "(?:is|it's|its|was|has been|have) registered",
            # "it is on my register", not "does that have to go on my register?"
            r"(?<!go )(?<!put it )(?<!put them )(?<!be )(?<!get it )(?<!add it )(?<!that )(?<!this )"
            r"(?<!it )(?<!them )on my register",
            # a sensitive interest is registered, its details left out of the published copy (para 13)
            r"(?:kept|left|withheld) (?:off|out of) the published register",
        ],
    ),
    (
        "sensitive",
        True,
        [
            "sensitive interest",
            "violence",
            r"intimidat\w*",
            "threat(?:s|ened)?",
            r"stalk\w*",
            "my safety",
            "(?:don't|do not) want (?:my|it|this) (?:address )?(?:published|public|on the website)",
            "withheld",
            "keep (?:it|my address) off",
        ],
    ),
    # Para 13: asked how to keep interests off the published register, not whether they are DPIs.
    (
        "asks_withhold",
        True,
        [
            r"\bkeep (?:[\w']+ ){1,8}?off the (?:published |public |online )?register\b",
            r"\b(?:withhold|leave out|left off|not publish(?:ed)?)\b[^.?!]{0,40}\bregister\b",
        ],
    ),
    # Para 11: a partner the member does not live with is not a "relevant person" (holder "other").
    (
        "spouse",
        False,
        [_APART],
    ),
    (
        "spouse",
        True,
        [
            "my (?:wife|husband|spouse|civil partner|partner|other half|fianc[eé]e?|girlfriend"
            "|boyfriend)(?:'?s)?(?!'?s? (?:firm|company) partner)",
            "(?:the person|someone) i live with",
            # a message opening with them: "girlfriend's got shares in a firm..."
            r"^(?:wife|husband|partner|other half|girlfriend|boyfriend|gf|bf|fianc[eé]e?)"
            r"(?:'s| has| is| owns)\b",
            "living with",
            "spouse",
            # asked for a member: "cllr smith's partner holds £30k of shares", "cllr davies' wife"
            r"\b(?:cllr|councillor) [a-z][\w'-]+?(?:'s|(?<=s)') (?:wife|husband|spouse|civil partner|partner"
            r"|other half|fianc[eé]e?|girlfriend|boyfriend)\b",
        ],
    ),
    # The asker does (or means to do) work on the side: "i do a bit of paid maths tutoring at
    # weekends", "i've been doing some freelance design" — a situation the private-work rule decides.
    (
        "doing_private_work",
        True,
        [
            # "been asked to be the (unpaid) treasurer for my kids' football club"
            r"(?:asked|going|want|wanting|agreed|offered) to (?:be|become|act as|take on) (?:the |a )?"
            r"(?:\(?(?:unpaid|voluntary)\)? )?(?:treasurer|secretary|chair|trustee|director)\b",
            # "i set up a small IT consultancy on the side"
            r"\b(?:set up|started|run|running|have|got) (?:a |my own |a small "
            r"|my )?(?:[\w-]+ ){0,2}(?:consultancy"
            r"|business|company|firm) on the side\b",
            # "thinking of doing wedding photography on weekends"
            r"(?:thinking (?:of|about)|considering|planning (?:on |to )?|looking (?:at|to)) (?:doing|starting"
            r"|setting up|running|taking on|do|start|set up|run|take on) (?:a |some |my own "
            r"|a bit of )?(?:[\w-]+ ){0,2}"
            r"(?:photography|tutoring|business|catering|consultancy|cleaning|dog walking|grooming|coaching"
            r"|bookkeeping|design|freelance work|work|jobs?)\b",
            r"\b(?:job|work|gig|shifts?) on the side\b",
            r"\bi(?:'m| am|'ve been| have been| do| want to| would like to|'d like to| plan to)? (?:do|doing)"
            r" (?:a bit of |some |a little |the odd )?(?:paid |private |freelance |evening |weekend )?"
            r"(?:[\w-]+ ){0,2}(?:tutoring|tuition|work|consultancy|consulting|jobs?|gigs?|shifts?"
            r"|drawings)\b",
            # "one of our officers wants to pick up weekend shifts behind the bar", "she's taking on
            # a second job": said of the officer asked about, too
            r"\b(?:pick(?:ing)? up|tak(?:e|ing) on|tak(?:e|ing) up|start(?:ing)?|get(?:ting)?) (?:some "
            r"|a few |the odd )?"
            r"(?:weekend |evening |extra |bar |part[- ]time |paid |casual )*(?:shifts|second job"
            r"|part[- ]time job)\b",
            # "a pub chain wants to pay me as a consultant": outside work offered
            r"\b(?:wants?|asked|offered|offering) (?:to )?(?:pay|hire|employ|take on|engage) me (?:as|to)\b",
            # "one of my officers has been doing weekend catering gigs for a few months"
            r"\b(?:been|is|are|'s|'re) doing (?:a bit of |some |the odd )?(?:paid |private |freelance "
            r"|evening "
            r"|weekend |casual )?(?:[\w-]+ ){0,2}(?:gigs?|shifts|tutoring|consultancy)\b",
            # "i've been asked to become a director of my brother-in-law's company", "asked to be
            # treasurer of my kid's football club" (2.3.1: paid or unpaid)
            r"\basked to (?:become|be|join as|act as) (?:a |an |the )?(?:non-?exec(?:utive)? |unpaid |paid )?"
            r"(?:director|treasurer|company secretary|trustee|partner)\b",
        ],
    ),
    # 2.5.2(b), (f): acceptable "if there is a general understanding that no indebtedness will result"
    (
        "indebtedness",
        False,
        [
            r"no strings(?: attached| at all)?",
            r"nothing expected (?:in return|back)",
            r"no expectation (?:of anything |of any favours? )?(?:in return|back)",
        ],
    ),
    # Para 10 tenancy: the Council as landlord, or not ("from a private landlord (not the council)")
    (
        "council_landlord",
        False,
        [r"private landlord", r"(?:landlord|lease|rent)\w* (?:[\w-]+ ){0,3}not the council"],
    ),
    (
        "council_landlord",
        True,
        [
            r"council is (?:the|our|my|their) landlord",
            r"\b(?:ldc|lbth) is (?:the|our|my|their) landlord",
            r"(?:from|off) (?:the |lichfield |ldc |tower hamlets )?(?:district |borough )?council\b",
            r"\bcouncil'?s (?:[\w-]+ ){0,2}units?\b",
            r"(?:rents?|renting|leases?|leasing) (?:\w+ ){0,4}(?:from|off) (?:ldc|lbth)\b",
        ],
    ),
    # Para 16: no second notification where one is already with the Monitoring Officer.
    (
        "pending",
        False,
        [
            r"(?:haven'?t|have not|hasn'?t|has not|not yet|didn'?t|did not|never|yet to|forgot to)"
            r" (?:\w+ )?(?:notified|notify|told|tell|informed|inform|sent|send|submitted|submit)",
            "nothing (?:sent|submitted|gone|been sent) (?:to|in to)",
            r"(?:no|not a|isn'?t a|wasn'?t a|without a|nor a|never a) pending notification",
            r"no (?:notification|form|registration) (?:is |was )?pending",
            # "(nothing pending with the MO either)"
            r"nothing (?:is |was )?pending",
        ],
    ),
    (
        "pending",
        True,
        [
            "pending notification",
            "(?:still )?being processed",
            r"(?:already )?(?:sent|submitted|given|emailed|returned) (?:the )?(?:mo|monitoring officer)"
            r" (?:my |the |an )?(?:updated |new |amended |register |registration )?"
            r"(?:interests? |dpi |register |registration )?(?:form|notification|details)",
            r"(?:already )?(?:sent|submitted|emailed|returned) (?:my |the |an )?"
            r"(?:updated |new |amended |register |registration )?"
            r"(?:interests? |dpi |register |registration )?"
            r"(?:form|notification) (?:to|in to) "
            r"(?:the )?(?:mo|monitoring officer)",
            "(?:mo|monitoring officer) (?:has|is) (?:got|processing|still processing|dealing with) (?:it|my)",
            # "i emailed the MO on monday with my new shareholding but the register hasn't been updated"
            r"(?:emailed|told|wrote to|sent|notified|informed) the (?:mo"
            r"|monitoring officer)\b[^.?!]{0,60}\bbut"
            r" (?:the |my )?(?:register|entry)\b[^.?!]{0,20}\b(?:hasn'?t|has not|isn'?t|is not|not yet"
            r"|not)\b",
            # "i emailed the MO about my new interest on 10 nov but it's not showing on the register yet"
            r"(?:emailed|told|wrote to|sent|notified|informed) the (?:mo|monitoring officer)\b[^.?!]{0,60}"
            r"\bbut it(?:'s| is)? (?:not|isn'?t|hasn'?t been) (?:showing|on|up|added|updated)\b",
            # not "when do i need to have notified the MO by?"
            "(?<!to have )(?<!to have already )(?:already )?notified the (?:mo|monitoring officer)",
        ],
    ),
    # Officers' code 2.3: other employment needs the Leadership Team's consent, and some work
    # can't have it. Someone asking whether they need consent, or planning the work, hasn't got it,
    # unless they say they have ("got sign off two years ago, do I need to ask again?").
    (
        "consent",
        True,
        [
            "(?:already )?(?:got|have|had|been given|received|granted) (?:my |the |a )?(?:written |formal )?"
            "(?:(?:lt|leadership team|manager'?s?|director'?s?|line manager'?s?|hr|boss'?s?"
            "|head of service'?s?) )?"
            "(?:written |formal )?(?:consent|permission|approval|the ok|ok|okay|go-ahead|sign[- ]off"
            "|blessing)",
            r"\b(?:gave|given|granted) (?:me|him|her|us|them) (?:written |formal )?"
            r"(?:consent|permission|approval)",
            "(?:manager|director|boss|leadership team|head of service) (?:has |have )?"
            "(?:approved|agreed|signed (?:it )?off|said yes|ok'?d|okayed)",
        ],
    ),
    (
        "consent",
        False,
        [
            "(?:turned down|refused|rejected|said no to|won'?t (?:give|approve|sign)) (?:my )?"
            "(?:request|application|consent|permission|it)",
            "(?:do|would|will|must|should) i (?:need|have) to (?:get|ask|seek|apply)",
            # "it's voluntary, so I don't need to tell work, right?": not asked for yet
            r"(?:don'?t|do not) (?:need|have) to tell (?:work|my (?:manager|boss|line manager)|anyone)\b",
            # "evening bar job on the side, officer ldc - need permission?"
            r"\bneed (?:any |anyone'?s |written |formal )?(?:permission|consent|approval|sign[- ]off)\s*\?",
            # "do i need anyone's permission first?"
            r"(?:do|would|will|must|should) i need (?:anyone'?s |any |someone'?s |their |written |formal )?"
            r"(?:permission|consent|approval|sign[- ]off)",
            # "can i do private plumbing jobs at weekends?": asking, so not yet agreed
            r"^(?:[^.?!]*[-.?!,]\s*)?can i (?:do|take on|start|work|have) (?:a|some|paid|private)",
            "(?:need|have) to get (?:it |this |that )?(?:ok'?d|okayed|approved|signed off|cleared|consent)",
            "ok'?d by",
            "(?:can|could|would) i (?:get|be given|have) (?:consent|permission|approval)",
            # "do i need to tell anyone here?": not told, so not agreed
            r"(?:do|should|must|would) i (?:need|have) to (?:tell|inform|let|notify) (?:anyone|someone"
            r"|my manager"
            r"|my boss|the council|hr|them)",
            r"(?:haven'?t|have not|never|not yet) (?:told|asked|mentioned it to|checked with) (?:anyone"
            r"|my manager"
            r"|my boss|the council|hr)",
            "(?:haven'?t|have not|not yet|never) (?:got|asked|had|sought|applied for) (?:any )?"
            "(?:consent|permission|approval)",
            r"(?:hasn'?t|haven'?t|has not|have not|not yet|never) (?:yet )?asked (?:anyone"
            r"|anybody|her manager"
            r"|his manager|my manager|the leadership team|lt)",
            "without (?:ever )?(?:asking|telling|consent|permission|approval)",
            "(?:thinking (?:of|about)|planning (?:to|on)|considering|would like to|'d like to|wants? to"
            "|wanting to) "
            "(?:do|doing|take|taking|start|starting|work|working|pick up|picking up|set up|setting up)",
            # work offered to the officer, not yet agreed: "he wants me to come on as a director", "a mate
            # wants me to do his building regs drawings", "wants me to advise him privately, for a fee"
            r"\bwants? me to (?:come on|join|do|help|advise|work|act|write|be)\b[^.?!]{0,60}"
            r"\b(?:director|paid|fee|privately|drawings|plans|support|application|accounts|books"
            r"|consultan\w+)\b",
            # "does ldc need to know?", "is it me who signs that off?"
            r"\b(?:does|do|would|will) (?:ldc|the council|my manager|my boss|anyone|hr|lt) need to know\b",
            r"\bwho (?:signs?|approves?|okays?) (?:it|that|this|them)? ?off\b|\bis it me who signs\b",
            r"\bwants? (?:a|to take on a|to get a) (?:second|part[- ]time|weekend|evening) job\b",
            # "what does she need to do before she starts?": not started, so not yet agreed
            r"\bbefore (?:i|she|he|they) (?:starts?|begins?|takes? (?:it|them) on)\b",
            # "i've been asked to become a director of ...": an offer, not yet agreed
            r"\b(?:been |was |been )?asked to (?:become|be|join as|act as) (?:a |an "
            r"|the )?(?:non-?exec(?:utive)? "
            r"|unpaid |paid )?(?:director|treasurer|company secretary|trustee|partner)\b",
        ],
    ),
    # 2.3.2's conditions, said not to apply: "nothing to do with the council, no conflict".
    (
        "conflict_of_interest",
        False,
        [r"(?:no|not a|not any|without (?:a|any)|isn'?t (?:a|any)|there'?s no|never a) conflicts?\b"],
    ),
    ("relates_to_council_decisions", False, [r"nothing to do with (?:the )?(?:council|council business)"]),
    ("relates_to_council_contracts", False, [r"nothing to do with (?:the )?(?:council|council business)"]),
    (
        "relates_to_council_decisions",
        True,
        [
            "planning (?:permission|application|consent|approval|apps?|drawings|plans)",
            # "appealing against one of our enforcement notices", "their application for one of our grants"
            r"appeal\w* against (?:one of )?(?:our|the council'?s|an?|the) (?:[\w-]+ ){0,2}(?:notices?"
            r"|decisions?"
            r"|refusals?|orders?)",
            r"application for (?:one of )?our (?:[\w-]+ ){0,2}grants?",
            r"householder (?:planning )?(?:applications?|apps?)",
            r"(?:going|go|put|sent) in (?:for|to) planning",
            # plans for someone's extension go to the council for planning permission
            r"(?:draw|drawing|draws|do|doing) (?:up )?(?:the |some )?(?:plans|drawings) for (?:[\w']+ ){0,2}"
            r"(?:extension|loft|conversion|new build|house|bungalow|garage|annexe?|dormer)s?",
            # "draw up extension plans for people", "private drawings for neighbours in the district"
            r"(?:extension|loft|planning|building regs?|conversion) (?:plans|drawings)",
            # "private drawings for a neighbour's loft conversion in whittington"
            r"(?:drawings|plans|designs) for (?:[\w']+ ){0,3}(?:extension|loft|conversion|new build|garage"
            r"|annexe?|dormer)s?\b",
            r"(?:private )?(?:drawings|plans|designs) for (?:my |the |our )?(?:neighbou?rs|people|residents"
            r"|friends"
            r"|householders|locals)",
            # an officer paid by someone whose business they inspect or license
            r"(?:whose|which|that) (?:premises|business|site|property|shop|pub|restaurant|kitchen"
            r"|food business|hmo|licen[cs]e) (?:i|we)"
            r" (?:inspect|regulate|licen[cs]e|assess|audit|enforce|check|deal with)",
            r"(?:i|we) (?:inspect|regulate|licen[cs]e|enforce against) (?:his|her|their|the)"
            r" (?:premises|business|site|pub|restaurant|shop|kitchen)",
            "building reg(?:ulation)?s?(?: approval)?",
            "building control",
            r"(?:submit|submitted|submitting|send|sending|apply|applying) (?:it |them |the plans? )?to "
            r"(?:the council|us|ldc|lichfield|the planning|planning|building control)",
            "(?:licen[cs]ing|planning) (?:decision|committee)",
            r"(?:puts?|putting|submits?|sends?|lodges?) (?:in )?(?:\w+ )?(?:apps|applications|plans)"
            r" (?:in ?to|to|with) (?:us|the council|ldc|lichfield|planning)",
            # "help them put together premises licence applications across the district"
            r"(?:premises |alcohol |taxi |licen[cs]ing )?licen[cs]e applications?",
            # "about to put in an application for one of the council's business improvement grants"
            r"(?:application|apply|applying|bid|bidding) (?:\w+ ){0,2}for (?:a |one of the |one of our "
            r"|the )?"
            r"(?:council'?s? |our )?(?:[\w-]+ ){0,2}grants?\b",
            # "restaurants I inspect", "businesses we license"
            r"(?:premises|businesses|restaurants|pubs|shops|sites|kitchens|landlords|firms) (?:that |which )?"
            r"(?:i|we) (?:inspect|regulate|licen[cs]e|enforce against|audit)\b",
        ],
    ),
    (
        "relates_to_council_contracts",
        True,
        [
            "council contracts?",
            # "a firm that's currently bidding for our IT managed service contract"
            r"(?:bidding|tendering|bid) for (?:our|the council'?s|a council) (?:[\w-]+ ){0,4}contract",
            r"(?:bid|bidding|tender\w*) (?:for|on) (?:a |the )?(?:council|contract)",
            # "one of my clients is now bidding to supply laptops to the council"
            r"(?:bid|bidding|tender\w*) to (?:supply|provide|deliver|run|build"
            r"|do) [^.?!]{0,40}\bto the council\b",
            "(?:supplier|contractor)s? (?:to|for|of) the council",
            "framework (?:contract|agreement)",
            r"(?:has|have|holds?|got) (?:the|a) contract (?:for|with) (?:the )?council",
            # "a mate's building firm does the council's housing repairs contract"
            r"(?:does|do|did|has|have|holds?|runs?) (?:the )?(?:council'?s|ldc'?s|lbth'?s) (?:[\w-]+ ){0,3}"
            r"contract",
            # "the company that holds our grounds maintenance contract"
            r"(?:company|firm|contractor|supplier) (?:that|which|who) (?:holds|has|runs|does|won) (?:our|the"
            r" council'?s|a council) (?:[\w-]+ ){0,3}contract",
            r"\bour (?:[\w-]+ ){0,2}contractors?\b",
            r"(?:holds?|has|runs|won|got) (?:the|a|our) (?:district |borough )?council'?s?"
            r" (?:[\w-]+ ){0,3}contracts?",
            r"(?:work|works|jobs) on council (?:buildings|property|houses|homes|sites)",
            # "wants to tender for a grounds maintenance contract with the council"
            r"contracts? (?:with|from|for) (?:the|our) (?:district |borough )?council\b",
        ],
    ),
    (
        "interferes_with_duties",
        False,
        [
            "(?:outside|after) (?:work|working|office) hours",
            "(?:evenings|weekends) only",
            "on (?:saturdays|sundays|weekends|my days off)",
            "in my own time",
            # "never in work hours"
            "(?:never|not) (?:during|in) (?:work|working|office) hours",
        ],
    ),
    (
        "interferes_with_duties",
        True,
        [
            "(?<!never )(?<!not )(?<!outside )(?:during|in) (?:work|working|office) hours",
            "on (?:council|work) time",
            r"(?:interfere|clash|conflict)\w* with my (?:job|work|duties|hours)",
        ],
    ),
    # Para 10 contracts: a DPI "until it has been fully discharged". Negatives first.
    (
        "discharged",
        False,
        [
            r"not (?:yet )?(?:been )?(?:fully |completely )?(?:paid|discharged|completed|finished|settled)",
            r"(?:ongoing|live|current|running|existing|active|rolling) (?:\w+ ){0,2}(?:contract|agreement)",
            # ("halfway through a two-year contract")
            r"(?:halfway|half way|part way|partway|midway) through (?:a |the |its )?(?:[\w-]+ ){0,3}"
            r"(?:contract|job|project|works?)\b",
            r"contract[^.?!]{0,60}\bstill (?:going|running|live|ongoing)",
            # "a contract with ldc that still has a year left to run"
            r"still (?:has|have|got) (?:a |an |\w+ )?(?:years?|months?|weeks?) (?:left )?to (?:run|go)",
            r"contract (?:is |still )+(?:ongoing|live|running|current|active|in progress)",
            "(?:still|currently) (?:under|on) (?:a |the )?contract",
            r"(?:runs|running|lasts|goes on|continues|ends|expires|finishes)"
            r" (?:till|til|until|to|through|into|in|at the end of)"
            r" (?:20\d\d|next (?:year|spring|summer|autumn|winter|month)|the end of|march|april"
            r"|may|june|july|august|september|october|november|december|january|february)",
        ],
    ),
    (
        "discharged",
        True,
        [
            r"(?:fully|completely|all) (?:discharged|paid|completed|settled|done)",
            r"(?:done|finished|completed) (?:and|n|&) (?:paid|settled)",
            r"contract (?:\w+ ){0,3}(?:ended|expired|finished|completed|discharged|came to an end)",
            "paid in full",
        ],
    ),
    # Para 10, employment: "carried on for profit or gain"; sponsorship: "other than from the Council".
    # Said unpaid outranks a word for pay beside it ("unpaid trustee, no salary").
    (
        "for_profit",
        False,
        [
            r"unpaid",
            r"(?:as a |i )?volunteer(?:ing)?",
            r"voluntary",
            r"for free",
            r"no (?:pay|salary|wages|fee|income)",
            r"(?:isn'?t|is not|not|never) paid",
        ],
    ),
    (
        "for_profit",
        True,
        [
            r"self[- ]employed",
            r"sole trader",
            r"freelanc\w*",
            # "made a partner in the accountancy firm": a share of a firm's profits
            r"partner (?:in|at) (?:a |an |the |her |his |my )?(?:[\w-]+ ){0,3}(?:firm|practice|partnership)",
            r"(?:paid|salaried) (?:(?:second|part[- ]time|full[- ]time|new|locum|bank|agency|weekend) )?"
            r"(?:job|role|post|position|work"
            r"|directorship|director|shifts|consultant|consultancy)",
            r"paid (?:non-exec(?:utive)? )?director (?:seat|role|post|position)",
            # a job is employment for gain, unless said to be unpaid: "does she have to put my job
            # here on her register?"
            r"\b(?:my|his|her|their) (?:new |day |full[- ]time |part[- ]time )?job\b",
            r"\b(?:salary|wages)\b",
            r"(?:get|gets|got|am|is|being) paid (?:for|to)\b",
        ],
    ),
    # The payer named, and not the council: "my union gave me £400", "a local firm paid for"
    (
        "from_council",
        False,
        [
            r"\b(?:my|the|our|a|an) (?:local |trade |regional )?(?:union|unison|unite|gmb|firm|company"
            r"|business"
            r"|developer|party|branch|association|supporter|donor|builder|brewery)(?: branch)? (?:has "
            r"|have )?"
            # ("the union put £400 towards my election costs")
            r"(?:gave|paid|contributed|donated|covered|chipped in|put(?: in)?|stumped up|bunged|funded"
            r"|sponsored)\b",
            # a union named as itself: "unite paid £400 towards my by-election expenses"
            r"\b(?:unison|unite|gmb|usdaw|rmt|aslef|cwu|nasuwt|neu|fbu|pcs|tssa)\b (?:has |have )?"
            r"(?:gave|paid|contributed|donated|covered|chipped in|put in|funded|sponsored)\b",
        ],
    ),
    (
        "from_council",
        True,
        [
            r"(?:basic|special responsibility|members'?|councillors'?) allowance",
            r"(?:allowance|payment|money|expenses) from the council",
            # "the travel expenses the council reimburses me for"
            r"(?:the )?council (?:reimburses|reimbursed|pays|paid|gives|gave) me\b",
        ],
    ),
    # Officers' code 2.5.1: any suggestion of improper influence, such as hospitality from someone
    # with business before the council.
    (
        "improper_influence",
        True,
        [
            r"(?:live|pending|current|open|ongoing) (?:[\w-]+ ){0,2}?"
            r"(?:app|application|bid|tender|procurement)",
            r"bidders? (?:in|for|on) (?:a |the |our )?(?:[\w-]+ ){0,2}?(?:tender|contract|procurement)",
            r"(?:i'?m|i am|im|she'?s|he'?s|she is|he is|they'?re|they are) (?:scoring|evaluating|assessing"
            r"|marking)"
            r" (?:it|the bids?|their bid|the tenders?)",
            r"(?:bidding|tendering) (?:for|on|in)\b",
            # "the contractor who does our housing repairs (i manage the contract)"
            r"\b(?:i|she|he|we) (?:manage|managed|oversee|run|monitor)s? (?:the|their|his|her"
            r"|that) contract\b",
            # "an applicant whose application she's dealing with right now"
            r"applicant (?:whose|with an?) (?:[\w-]+ )?application (?:\w+ ){0,3}?(?:i'?m|she'?s|he'?s|is|are"
            r"|i am|she is|he is)? ?(?:dealing with|handling|processing|deciding|assessing|determining)",
            r"(?:app|application|bid|tender) (?:in|with) (?:us|the council)",
            # "i'm case officer on a big housing scheme thats still live. the applicant has asked me
            # to lunch": the case is undecided. (A drink after a site visit is 2.5.2(a)'s own case.)
            r"(?:scheme|application|app|case|bid|tender)\b[^.?!]{0,20}\bstill (?:live|open|pending|undecided"
            r"|being"
            r" (?:assessed|considered|decided))",
            # "a bidder has invited me to lunch - i'm on the evaluation panel", "a charity whose grant
            # application i'm assessing", "the applicant on a scheme i'm case officer for (not
            # determined yet)"
            r"(?:on|sit on|sitting on) the (?:evaluation|scoring|tender|assessment) panel",
            r"(?:application|bid|grant|tender|licence|case)s? (?:\w+ ){0,3}i'?m (?:assessing|evaluating"
            r"|scoring"
            r"|determining|processing|handling|deciding|considering)",
            r"\bnot (?:yet )?(?:determined|decided)\b",
            r"\bi'?m (?:the )?case officer (?:for|on)\b",
        ],
    ),
    # Para 11(b): a partner's interest counts only if you are aware of it. Someone who tells us
    # what their partner owns or does is aware of it, unless they say they are not; someone who
    # "didn't know until last week" is aware now, which is what para 11(b) asks.
    (
        "aware",
        True,
        [
            r"(?:didn'?t|did not|never) (?:know|knew|realise|realize)[^.?!]* until",
            r"(?:just |only |recently |now )?(?:found out|realised|realized|learned|learnt|discovered)",
            "now (?:i )?know",
        ],
    ),
    (
        "aware",
        False,
        [
            "(?:not|never|wasn'?t|was not|weren'?t) (?:been )?(?:aware|told)",
            "unaware",
            r"(?:don'?t|do not|didn'?t|did not|never) know (?:about|that|he|she|they|it|of)",
            "without (?:my|me) knowing",
            "behind my back",
            "kept (?:it|this|that) from me",
            "no idea (?:that|about|he|she|they)",
        ],
    ),
    (
        "aware",
        True,
        [
            # (a message may open with them: "husband owns 1.5% of the shares in a small local firm")
            r"(?:my |^)(?:wife|husband|spouse|civil partner|partner|other half|girlfriend|boyfriend|gf|bf"
            r"|fianc[eé]e?)(?:'?s)?"
            r"(?: \([^)]{0,40}\)"
            r"|, (?:who|whom) [^,]{1,40},)? (?:\w+ ){0,3}"
            r"(?:has|have|had|owns|own|bought|holds|hold|is|was|were|became|becomes|joined|started"
            r"|took|works|worked|runs|got|gets|just|rents|leases|inherited"
            r"|shares|company|business|firm|job|house|flat|land|property)",
            "(?:i'?m|i am|im|i've|i have|just) (?:been )?(?:aware|told)",
            # "my husband's a director of the company that does the council's IT support"
            r"my (?:wife|husband|spouse|civil partner|partner|other half)'?s (?:a |an )?(?:\w+ )?(?:director"
            r"|partner|shareholder|owner|employee|consultant|trustee)\b",
            r"i (?:know|knew) (?:about )?(?:it|this|that|of it|them|these|those|of them)",
            "my (?:wife|husband|spouse|civil partner|partner|other half) and i",
            r"\b(?:she|he) works? (?:as|for|at)\b",
            # "she's a self employed architect": the member describing their partner's work knows of it
            r"\b(?:she|he)(?:'s| is) (?:now )?(?:an? )?(?:self[- ]?employed|freelance|sole trader|director"
            r"|partner in|consultant)",
            "(?:me|i) and my (?:wife|husband|spouse|civil partner|partner|other half)",
            # "i live with my girlfriend - she has a contract with the council": told, so known
            r"\b(?:she|he) (?:has|owns|holds|runs|rents|bought|inherited)\b|\b(?:she|he)(?:'s| has) got\b",
        ],
    ),
    # Para 11 counts a partner's interest only where the member lives with them as a couple:
    # "my partner" alone does not say (a husband, a wife, a civil partner is one either way).
    (
        "partner_unsaid",
        True,
        [
            r"\bmy (?:partner|girlfriend|boyfriend|fianc[eé]e?|other half)",
            r"^(?:partner|other half|girlfriend|boyfriend|gf|bf|fianc[eé]e?)(?:'s| has| is| owns)\b",
            r"\b(?:cllr|councillor) [a-z][\w'-]+?(?:'s|(?<=s)') (?:partner|girlfriend|boyfriend|fianc[eé]e?"
            r"|other half)\b",
        ],
    ),
    ("lives_together", False, [_APART]),
    (
        "lives_together",
        True,
        [
            r"(?:we|they|who|that i|i) (?:both )?(?:live|lives|living) (?:together|with (?:me|him|her|them))",
            r"(?:we'?re|we are|been) living together",
            r"\b(?:we'?ve|we have|we) (?:both )?lived together",
            r"(?:has|have|'s|had) (?:been )?(?:lived|living) with me|(?:she|he|they) (?:lives|live) with me",
            r"(?:who|that) i live with|(?:the person|someone) i live with",
            r"moved in (?:together|with (?:me|him|her|them|my))",
            r"cohabit\w*",
            r"live-in (?:partner|girlfriend|boyfriend)",
            r"my (?:partner|girlfriend|boyfriend|fianc[eé]e?) (?:and i )?(?:lives?|living) with me",
            r"i (?:live|am living|'m living) with my (?:partner|girlfriend|boyfriend|fianc[eé]e?)",
            # "me and my partner live together", "my partner and i have lived together since 2019"
            r"\b(?:me|i) and my (?:partner|girlfriend|boyfriend|fianc[eé]e?) (?:both )?"
            r"(?:live|are living|have lived|have been living) together",
            r"my (?:partner|girlfriend|boyfriend|fianc[eé]e?) and (?:i|me) (?:both )?"
            r"(?:live|are living|have lived|have been living) together",
        ],
    ),
    # "someone in my family has 30k of shares": a relative, but which (a spouse's interest is the
    # member's, another relative's is not) is unsaid.
    (
        "family_unsaid",
        True,
        [
            r"(?:someone|somebody|one) (?:in|of) my (?:family|relatives|household)",
            r"(?:a|one of my) (?:family members?|relatives?)\b",
            # "my family have about £40k nominal in shares"
            r"\bmy family (?:have|has|own|owns|hold|holds|have got|has got)\b",
            r"\b(?:a|my) close relative\b",
        ],
    ),
    (
        "family",
        True,
        [
            "my (?:son|daughter|mum|mother|dad|father|brother|sister|family|kids|children|parents"
            "|grandson|granddaughter|cousin|uncle|aunt|in-laws?)",
            "immediate family",
            "family member",
        ],
    ),
    (
        "dpi_category",
        "securities",
        [
            _SHARES,
            "shareholding",
            "securities",
            r"(?<!stall )(?<!shop )(?<!spare )(?<!old )(?<!market )(?<!store )(?<!storing )(?<!keep )"
            r"(?<!hold )(?<!sell )stocks?\b(?! (?:room|level|take|check))",
            "bonds",
            "debentures",
            "unit trusts?",
            "nominal(?: value)?",
            r"(?:my|a|the|her|his|their) holding",
            r"\bowns? (?:about |around |roughly )?\d+(?:\.\d+)? ?(?:%|percent|per cent) of",
            # "my other half's got a stake in a company that's bidding for the council's contract"
            r"\b(?:a|some|small|big|large|minority|majority) stake in (?:a|an|the|his|her|their|my) "
            r"(?:[\w-]+ )?"
            r"(?:company|firm|business|plc|ltd)\b",
        ],
    ),
    (
        "dpi_category",
        "licence",
        [
            "licen[cs]e to occupy",
            # "the council has licensed me to use one of its lock-up garages"
            r"licensed (?:me|us|him|her|them) to (?:use|occupy|store|park|graze|keep)",
            r"licen[cs]e from (?:[\w-]+ ){1,3}to (?:use|occupy|graze|park|store|keep|put)",
            "licen[cs]e (?:for|to use) (?:a|the)",
            "allotment",
            # "on a licence for a month", "a licence to put my stall on a plot": a licence of land,
            # not a driving or premises licence.
            r"(?:on|have|got|hold|holding|rent\w*|tak\w+|took|sign\w*) (?:out )?a licen[cs]e (?:to|for|on)\b",
            r"licen[cs]e to (?:graze|park|store|keep|put|use|run|occupy)",
            # Renting a garage or a plot from anyone but the council is a right to occupy land
            # (from the council through a company of yours, it is a corporate tenancy).
            r"rent\w* (?:a |an |the |some )?(?:[\w-]+ ){0,2}(?:garage|lock[- ]?up|storage unit|parking space"
            r"|yard|field|plot|paddock|stall|pitch|land)\b(?![^.?!]*\b(?:from|off) the council)",
            r"(?:agreed|allowed|said|says|lets?) (?:that )?(?:i|we|me|us) (?:can |could |may |to )?"
            r"(?:graze|park|store|keep|put|use) (?:\w+ ){0,3}on (?:a bit of |part of |one of )?"
            r"(?:its|their|the council'?s) (?:land|fields?|plot|site|yard)",
            r"lets? (?:me|us) (?:graze|park|store|keep|put|use) (?:\w+ ){0,3}on "
            r"(?:one of )?(?:its|their|the|a|his|her)",
            r"(?:it'?s|is|under|on|with) a licen[cs]e (?:to|for|on|of)\b",
            r"(?:given|granted|got|have|has) (?:me |us )?a licen[cs]e (?:to|for)\b",
            r"under (?:a|the) licen[cs]e\b",
            r"\(licen[cs]e\)",
            # "a farmer's letting me graze my horses on his field", "says i can graze my two ponies on
            # his paddock", "the council is letting me have a pitch at the xmas market"
            r"(?:letting|lets?|allowing|allows?|says|said|agreed) (?:that )?(?:me|us|i|we) (?:can |could "
            r"|to )?"
            r"(?:graze|park|store|keep|put|use|have) (?:[\w'-]+ ){0,3}(?:on|in|at) (?:his|her|their|its|the"
            r"|a)"
            r" (?:[\w-]+ ){0,2}(?:field|land|paddock|plot|yard|site|barn|pitch|market|meadow|farm)\b",
            r"\b(?:have|rent|take|taking|having|renting) a (?:market )?(?:pitch|stall) (?:at|on|in)\b",
            # "a farmer is letting me use one of his fields for 3 weeks"
            r"(?:letting|lets?|allowing|allows?) (?:me|us) use (?:one of |part of |a bit of )?(?:his|her"
            r"|their|its"
            r"|the|a) (?:[\w-]+ )?(?:fields?|land|plot|yard|paddock|barn|units?|garages?|sheds?)\b",
            r"a licen[cs]e,? \(?(?:and )?not a lease",
            # "runs a market stall on council land on a 6 month licence"
            r"\bon (?:council |the council'?s )?(?:land|field|site)\b[^.?!]{0,20}"
            r"\bon (?:a|an) (?:[\w-]+ ){0,2}licen[cs]e\b",
            r"lets? (?:me|us) use (?:his|her|their|its|the|a) (?:bit of |part of |corner of )?"
            r"(?:field|land|plot|yard"
            r"|site|garage|paddock"
            r"|barn|unit|car ?park|parking space|drive(?:way)?|shed|store)",
        ],
    ),
    (
        "dpi_category",
        "land",
        [
            r"(?:own|owns|co-?owns?|bought|buy|buying|purchased|inherited|sold|selling|completed on) "
            r"(?:a |an |some |the |my |our )?(?:[\w-]+ ){0,3}?"
            r"(?:house|home|property|properties|land|flat|field|plot|garage|building|farm|paddock|barn"
            r"|stables?|woodland|acres?|allotment|cottage|bungalow|holiday let|caravan|terrace|semi"
            r"|maisonette|apartment)s?\b",
            # "her brother's farmland out at elford"
            r"(?:brother|sister|son|daughter|mum|mother|dad|father|parents?|cousin|aunt|uncle|husband|wife"
            r"|partner)'s (?:[\w-]+ )?(?:farmland|farm land|farm|paddock|field|land)\b",
            "(?<!their )(?<!its )(?<!of their )(?<!of its )(?:land|property|house|flat|home) in the "
            "(?:district|borough|area)",
            "(?<!from a )(?<!from the )landowner",  # "a licence from a landowner" is a licence
            r"owns? (?:a |an |the )?(?:\w+ )?(?:unit|shop|warehouse|premises|garage|barn|yard|workshop"
            r"|office) (?:\w+ ){0,4}in (?:the )?(?:district|borough|area|lichfield|tower hamlets)",
            # "one of the sites is a field I own", "the application next to a block I own"
            r"(?:house|home|flat|block|property|field|plot|land|building|shop|unit|barn|farm"
            r"|cottage)s? (?:that )?"
            r"(?:i|we|my wife|my husband|my partner) (?:own|co-own|owns)\b",
            # "we've got a holiday cottage in cornwall, jointly owned with my wife"
            r"(?:jointly|co-?|part-?|half-?) owned\b",
            # "do i need to register my buy-to-let flat in burntwood?"
            r"\bbuy[- ]to[- ]lets?\b",
            r"(?:we'?ve|i'?ve|we have|i have|we|i) (?:got|own) (?:a |an )?(?:holiday|second) (?:cottage|home"
            r"|house|flat|let|place|chalet|lodge)",
        ],
    ),
    (
        "dpi_category",
        "contract",
        [
            # "halfway through a job refurbishing the council toilets in chasetown"
            r"\b(?:job|work|works) (?:refurbishing|repairing|building|cleaning|maintaining|resurfacing"
            r"|painting"
            r"|fitting out|decorating) (?:the |a |some )?council'?s?\b",
            # ("signed a contract on 2/3/26 with LDC": dated between)
            "contract(?:s|ed|or)? (?:(?:on|dated) (?:the )?[\\w/.-]+ )?(?:with|for|from|w) (?:the )?"
            "(?:district |borough |county )?"
            "(?:council|ldc|lbth|lichfield|tower hamlets)",
            r"council (?:has|have|had|holds|awarded|gave|signed) (?:a |an |the )?(?:\w+ )?contract",
            # "a director of the company that does the council's IT support"
            r"(?:does|runs|provides|supplies|delivers|handles) (?:the |our )?council'?s (?:[\w-]+ ){0,3}"
            r"(?:support|services?|maintenance|cleaning|repairs|catering|collections?|contract)\b",
            # "halfway through a contract to resurface LDC's car parks"
            r"contract to (?:[\w-]+ ){1,4}?(?:ldc|lbth|lichfield|tower hamlets)(?:'s)?\b",
            # "a two-year contract cleaning the district council house", "a one-off resurfacing job for LDC"
            r"contract (?:[\w-]+ing) (?:the |a )?(?:district |borough )?council(?:'s)?\b",
            r"\b(?:job|work|works) for (?:ldc|lbth|the (?:district |borough )?council)\b",
            "council contract",
            r"contract to (?:[\w-]+ ){1,4}?(?:the )?(?:district |borough )?council(?:'s)?\b",
            r"tender\w*",
            "supplier to the council",
            "supplies? (?:the )?council",
            "provides? services to the council",
            # "my husband's firm is doing the refurb on the council depot": works for the council
            # "my decorating business did a repaint of the council depot"
            r"(?:did|done|doing|does) (?:a |the |some )?(?:[\w-]+ ){0,2}(?:\w+ing|repaint|paint\w*|decorat\w*"
            r"|clean\w*"
            r"|repairs?|refurb\w*|works?|job|re-?roof\w*) (?:of|on|at|for) (?:the |a )?council(?:'?s)?\b",
            r"(?:doing|carrying out|does|did|building|fitting|repairing) (?:the |a |some )?(?:[\w-]+ ){0,2}"
            r"(?:work|works|refurb\w*|job|build|repairs?|contract|fit[- ]?out|maintenance) (?:on|at|for) "
            r"(?:the |a )?council(?:'?s)?\b",
        ],
    ),
    (
        "dpi_category",
        "corporate_tenancy",
        [
            "tenan(?:cy|t)",
            "council is (?:the|our|my) landlord",
            # "LDC is the landlord"
            r"\b(?:ldc|lbth|lichfield district council|tower hamlets council) is (?:the|our|my|their)"
            r" landlord",
            r"leases? (?:\w+ ){0,3}(?:from|with) the council",
            r"rent\w* (?:\w+ ){0,4}(?:from|off) (?:the |lichfield |ldc |tower hamlets )?(?:district "
            r"|borough )?council\b",
            # "her company rents an industrial unit from LDC on a lease"
            r"(?:rents?|renting|leases?|leasing) (?:\w+ ){0,4}(?:from|off) (?:ldc|lbth)\b",
            # "rents one of the council's industrial units on an ordinary lease"
            r"(?:rents?|renting|leases?|leasing) (?:one of |a |an )?(?:the )?council'?s? (?:[\w-]+ ){0,2}"
            r"(?:units?|premises|buildings?|offices?|shops?|land|depot)",
            r"leases? (?:premises|a unit|an office|a shop|a building|offices)\b",
        ],
    ),
    (
        "dpi_category",
        "sponsorship",
        [
            # not the giver described: "tickets from one of the sponsors of the awards"
            NOT_THE_GIVER + r"sponsor\w*",
            r"(?:paid|pay|contribut\w*|gave|donated|chipped in|put in|covered) (?:me )?"
            r"(?:(?:about |around |roughly )?£?[\d,.]+k? |some money "
            r"|money )?(?:towards?|for) my "
            r"(?:(?:by-?)?election|campaign|expenses)",
            r"towards? my (?:(?:by-?)?election|campaign) (?:expenses|costs|leaflets|literature|deposit)",
            # "a local business gave me 200 quid for election leaflets"
            r"(?:gave|paid|donated|contributed|put in|chipped in|covered) (?:me )?(?:£?[\d,.]+k? ?(?:quid"
            r"|pounds)? "
            r"|some money |money )?(?:towards?|for) (?:my |the |our )?(?:by-?)?(?:election|campaign) "
            r"(?:leaflets|literature|posters|expenses|costs|deposit|printing)",
            r"(?:paid|pay|contribut\w*|gave|donated|chipped in|put in|put|covered) (?:me )?"
            r"(?:(?:about |around |roughly |approx\.? )?£?[\d,.]+k? )?"
            r"(?:towards?|for) (?:printing |the cost of |the printing of )?my (?:by-?election |election "
            r"|campaign )?(?:leaflets|literature|deposit|posters|campaign)",
            "trade union (?:paid|support|funding|donation)",
            # "my union gave me £400 towards election expenses", "a local firm paid for some campaign
            # leaflets for me"
            r"(?:towards?|for) (?:the |his |her )?(?:election|campaign|by-?election) (?:expenses|costs)",
            r"paid for (?:some |the |my )?(?:campaign |election |by-?election )?(?:leaflets|literature"
            r"|posters"
            r"|printing|deposit) (?:for me|for my campaign)",
        ],
    ),
    (
        "dpi_category",
        "employment",
        [
            r"under employment|employment, office|\bemployment\b(?= (?:office|trade))",
            "(?:new|second|part[- ]time|full[- ]time|paid) job",
            # "one of my family has just got a job at the company that's applying"
            r"\b(?:got|has|have|started|taken|took|landed) (?:a |an )?(?:new )?(?:paid )?job (?:at|with"
            r"|for)\b",
            # "doing paid bookkeeping for a local builder"
            r"(?:doing|does|did) (?:some )?paid (?!for\b)\w+",
            # "does his code mean he has to put my job on his register?"
            r"(?:put|puts|register|declare|list) (?:my|his|her|their) (?:job|employment|employer)",
            # a director of something, not "i'm a director and the majority group want me at their
            # pre-cabinet meeting" (a council director's job title)
            r"(?:is|am|i'm|became|become) (?:a )?(?:paid |salaried |non-exec(?:utive)? )?director(?: (?:of"
            r"|at|in"
            r"|for|with)\b|\s*[.,;)]|$)",
            "employ(?:ed|ment) (?:by|at|with)",
            # "my son works for the housing developer"
            r"\b(?:works?|working) (?:for|at) (?:a |an |the |his |her )?(?:[\w-]+ ){0,3}(?:developer|firm"
            r"|company"
            r"|business|builders?|contractor|practice|consultancy)\b",
            "(?:made|appointed) (?:a |as )?(?:\\w+ )?director",
            # "my wife was made a partner in the accountancy firm"
            r"(?:made|became|become|appointed) (?:a |an )?(?:salaried |equity )?partner (?:in|at|of) (?:a "
            r"|an |the "
            r"|her |his |my )?(?:[\w-]+ ){0,3}(?:firm|practice|partnership|company|business)",
            # an office held, paid or not ("para 10: employment, office..."): "i volunteer at the food
            # bank", "sits on the board of the leisure trust"
            r"\b(?:i|she|he) volunteers?\b|\bvolunteering (?:at|for|with)\b",
            r"\b(?:sits?|sitting|serves?|serving|am|is) on the board (?:of|at)\b",
            r"\b(?:put|appointed|nominated|placed) (?:me|her|him|them) (?:on|to) the board (?:of|at)\b",
            r"(?:wife|husband|spouse|partner|other half)'?s? (?:new )?(?:job|employment|occupation"
            r"|profession|trade|salary|employer)",
            "directorship",
            # "offered a paid non-exec director seat on a housing association board"
            r"(?:non-exec(?:utive)? |paid )?director (?:seat|role|post|position)",
            r"self[- ]?employed",
            "sole trader",
            # "she works as a paid consultant", "a salaried employee of tower hamlets council",
            # "a volunteer trustee at a food bank" (an office, for gain or not)
            r"\bworks? as an? (?:\w+ )?(?:consultant|director|partner|adviser|advisor|manager|locum)",
            r"\bpaid shifts\b|\blocum\b",
            r"(?:employee|employed|member of staff) (?:of|by|at)\b",
            r"\btrustee\b",
            r"(?:her|his|their|my) (?:own )?(?:practice|freelance work|business)\b",
            "my (?:trade|profession|vocation)",
            "consultancy",
            "(?:as|be|become|work as|working as) a consultant",
        ],
    ),
    (
        "trigger",
        "re-elected",
        [
            "re-?elected",
            "re-?appointed",
            # ("assuming i get back in at the district elections on 6 may next year")
            "(?:get|gets|got|getting|voted) back in",
            "(?:kept|held|hung on to|retained) (?:my|the|our) seat",
            "returned (?:at|in) the (?:election|poll)",
            # "my co-option on the standards committee was renewed at council for another term"
            r"co-?option (?:[\w-]+ ){0,5}?(?:was |has been |got )?(?:renewed|extended)",
            r"(?:renewed|extended|re-?appointed) for (?:another|a (?:further|second|new)) term",
        ],
    ),
    # (not "are co-opted members caught by the code?": co-opted members in general)
    ("trigger", "co-opted", [r"co-?opted(?! members\b)", "co-?option", "co-?opting"]),
    (
        "trigger",
        "elected",
        [
            "(?:newly|just|been|was|got|recently|when i was|since i was) elected",
            r"(?:the|our|a) new (?:cllr|councillor|member) (?:from|after|elected at) (?:the|a"
            r"|last) (?:[\w-]+ )?"
            r"(?:by-?election|election)",
            "^elected",
            r"(?:^|[-,.:;(]\s*)(?:i was |i got |was |got )?elected (?:on )?(?:\d|the \d)",
            "elected (?:on|last|yesterday|this|at the)",
            # the asker won it: "just won the chasetown by-election", not "who won the election"
            r"(?<!who )\bwon (?:the |a )?(?:[\w&'-]+ ){0,5}?by-?election",
            r"(?:\bi|\bjust|\bi'?ve|\bi have|\bwe|^) ?won (?:the|a|my) (?:[\w&'-]+ ){0,5}?(?:by-?election"
            r"|seat|election)",
            r"(?:by-?election|election) (?:win|victory)",
            r"got in at (?:the |a )?(?:\w+ )?(?:by-?election|election)",
            "won (?:my|the) seat",
            "new (?:councillor|cllr)",
            # "we had a by-election yesterday in fazeley ward"
            r"(?:had|held) (?:a |the )?by-?election (?:yesterday|today|last \w+|on)\b",
            "first elected",
            "election in may",
            # a candidate asking ahead: "standing for LDC next may ... if i get in, what's the last date"
            r"if (?:i|she|he|they) (?:get|gets) (?:in|elected)\b",
            r"if (?:i'?m|i am|elected) (?:elected|successful)\b|\bonce (?:i'?m )?elected\b",
        ],
    ),
    # Para 7: members in office when the Code was adopted had 28 days from its adoption.
    (
        "trigger",
        "adoption",
        [
            r"(?:in office|already (?:a )?(?:cllrs?|councillors?|members?)) when (?:the |ldc |lichfield "
            r"|the council )?"
            r"(?:council )?adopted",
            r"\b(?:code|council) (?:was |were |has been |had been )?adopted\b[^.?!]{0,40}\b(?:deadline|date"
            r"|by when|when)",
        ],
    ),
    (
        "trigger",
        "change",
        [
            "change(?:d|s)? (?:in|to|of) my",
            # "my interests have changed - i've taken on a paid directorship"
            r"(?:my )?interests? (?:have|has) changed",
            r"(?:i'?ve|i have|just) taken on (?:a |an )?(?:new )?(?:paid )?(?:job|role|post|directorship"
            r"|trusteeship|consultancy)",
            "(?:updated?|updating|amend(?:ed)?|amending|change|changing|add (?:it |this |that )?to) "
            "(?:my|the) (?:register|register of interests|entry|interests|dpis?)",
            r"(?:register|entry) (?:\w+ ){0,2}(?:updat|amend|chang)\w*",
            "completed on (?:a|the|our|my)",
            "took up (?:a|an|the)",
            "(?:new|changed) (?:job|employer|address)",
            # "bought a flat", not "a developer bought me lunch"
            "bought(?! (?:me|us|him|her|them|everyone|a round|drinks|lunch|dinner|breakfast))",
            "sold",
            r"\bselling (?:the|my|our|a|an)\b",
            r"\bbuying (?:the|my|our|a|an)\b",
            "acquired",
            "inherited",
            "moved house",
            r"moved in (?:together|with (?:me|us|him|her|them))",
            "got married",
            # an interest that ends is a change too: "left my job on 31st oct", "the contract was
            # fully completed and paid off on 20 november"
            r"\b(?:left|quit|resigned from|retired from|stopped working (?:at|for)) (?:my|the|his"
            r"|her) (?:\w+ )?"
            r"(?:job|post|role|employment|directorship)",
            r"(?:fully )?(?:completed|discharged|finished|terminated) and (?:paid|paid off|settled)",
            r"\bpaid off (?:in full )?on\b",
            # "the cleaning contract my firm had with the council came to an end on 30 october"
            r"\b(?:contract|lease|tenancy|licence|job|directorship|employment|consultancy) (?:[\w'-]+ ){0,6}?"
            r"(?:finished|ended|came to an end|expired|terminated)\b",
            r"stepped down (?:as|from)\b",
            r"(?:made|been made) redundant",
            r"\b(?:i|she|he) (?:have |has |had )?retired\b",
            r"\b(?:i'?ve|i|she|he|she'?s|he'?s) (?:has |have )?(?:took|taken) on (?:a "
            r"|an )?(?:new )?(?:paid )?"
            r"(?:job|role|post|directorship|trusteeship|consultancy|position)",
            r"(?:made|appointed) (?:a |as )?(?:paid )?(?:partner|director|trustee) (?:in|of|at|with)\b",
            # a new role about to begin: "i start on monday 7th dec"
            r"\b(?:i|she|he) (?:start|starts|begin|begins) (?:on|from|next)\b",
            "became (?:a )?(?:paid |salaried |non-exec(?:utive)? )?(?:director|partner|trustee)",
            # "i'm starting a new paid directorship soon"
            r"(?:i'?m|i am|im|she'?s|he'?s|she is|he is) (?:starting|taking on|taking up|beginning) (?:a "
            r"|an )?"
            r"(?:new )?(?:paid )?(?:job|role|post|directorship|trusteeship|consultancy|position)",
            "started (?:a )?(?:(?:new|paid|part[- ]time|full[- ]time|second) )*(?:job|business|company)",
            # learning late of a spouse's new interest: "i had no clue till she mentioned it"
            r"(?:had no (?:idea|clue)|didn'?t know|did not know|wasn'?t aware) (?:\w+ ){0,3}?(?:till"
            r"|until)\b",
            r"started (?:working|work) (?:at|for|with)\b",
            r"completed (?:the |on the )?(?:sale|purchase) of",
            r"take (?:it|them|that) off (?:the|my) register",
            r"(?:register|add|declare) (?:my|a|the) new (?:dpi|interest|disclosable)",
            r"(?:change|update|amend|add) (?:anything |something )?(?:on|in|to) (?:my|the) "
            r"(?:register(?: form)?|form"
            r"|entry|dpi form|interests form)",
            "started (?:as|work as|working as) (?:a |an )?"
            "(?:director|partner|trustee|consultant|employee|manager)",
            "no longer",
            "resigned",
            r"(?:has |had |was )?changed (?:on|in|last|at|over)\b",
            r"merger|merged|taken over|takeover|acquired by|bought out",
            # "a company i'm a director of signed a contract with ldc on the 10th": a new contract
            r"\b(?:signed|won|been awarded|was awarded) (?:a |the |an )?(?:new )?(?:[\w-]+ ){0,3}contract"
            r" (?:(?:on|dated) (?:the )?[\w/.-]+ )?(?:with|from|by|to)\b",
            # "the company i part-own gave up its lease on a unit from the district council"
            r"\bgave up (?:its|the|my|our|her|his|their) (?:lease|tenancy|licence|directorship|shares|stake"
            r"|seat on the board)\b",
            r"(?:new|another|extra|an extra) (?:dpi|interest|disclosable pecuniary interest) to"
            r" (?:add|register|declare)",
        ],
    ),
    (
        "hospitality_kind",
        "drink_after_site_visit",
        [
            "(?:drink|pint|coffee|tea) (?:after|following|at the end of) (?:a|the) site visit",
            "site visit",
            "(?:after|following) (?:walking|visiting|touring|inspecting|looking round|a walk round) the site",
            "site (?:walk|inspection|meeting)",
        ],
    ),
    (
        "hospitality_kind",
        "working_lunch",
        [
            "working lunch",
            "lunch (?:meeting|during the meeting)",
            "sandwiches",
            r"sandwich lunch|lunch (?:for|at) (?:our|the) (?:[\w-]+ ){0,3}meeting",
        ],
    ),
    # 2.5.2: attending as the Council's representative; said before the host's kind, which
    # matters less ("a charity invited me to their dinner as council rep").
    (
        "hospitality_kind",
        "representative_function",
        [
            r"as (?:the |a )?council'?s? rep(?:resentative)?\b",
            r"as (?:a |the )?representative of the council",
            r"(?:on|for) behalf of the council",
        ],
    ),
    (
        "hospitality_kind",
        "charity",
        [
            r"charit\w+ (?:dinner|event|ball|gala|do|lunch|function)",
            r"charit\w+",
            "non-commercial",
            # "the local hospice has invited me to their volunteers thank-you evening"
            r"hospice|food ?bank|community (?:group|centre|association)|residents'? association|church|mosque"
            r"|temple|gurdwara|scouts|brownies|rotary|round table|women'?s institute|volunteers'? (?:evening"
            r"|do|event)",
        ],
    ),
    (
        "hospitality_kind",
        "corporate_entertainment",
        [
            r"corporate (?:box|hospitality|entertain\w*|event|day|table)",
            # "the business awards have invited me onto their table"
            r"(?:business |industry )?awards (?:lunch|dinner|ceremony|night|do|evening)|business awards",
            "box at",
            "hospitality box",
            "(?:football|rugby|cricket|tennis|golf) (?:match|game|day|tickets?)",
            r"(?:gig|concert|theatre|show) tickets?",
            r"test match|hospitality (?:tent|marquee|suite|lounge)",
            "(?:the|a) (?:match|races|concert|game|gig|theatre|show)",
            "(?:the|a) (?:football|rugby|cricket|darts|boxing|snooker|tennis|golf|racing)",
            "wimbledon",
            "premier league",
            "cup final",
        ],
    ),
    (
        "hospitality_kind",
        "official_function",
        [
            "opening ceremony",
            "invited to speak",
            # "asked to give a talk at the district business awards as the council's lead"
            r"(?:asked|invited) to (?:give a talk|give a speech|speak|present|do a talk)",
            "trade show",
            "represent(?:ing)? the council",
            "official (?:capacity|function|event)",
            "civic (?:event|reception)",
            "awards? (?:ceremony|dinner|evening|night)",
            "conference",
            # "a training course run by a vendor, a standard evening meal for all ~100 delegates"
            r"(?:all|the other|~?\d+) (?:the )?delegates|training (?:course|day|event)",
        ],
    ),
    (
        "hospitality_kind",
        "meal",
        [
            "dinner",
            "lunch(?! ?(?:break|hour|time))",
            "meal",
            "breakfast",
            "restaurant",
            "tasting menu",
            "supper",
            "curry",
        ],
    ),
    (
        "hospitality_kind",
        "travel",
        [
            "hotel",
            "overnight",
            "flights?",
            "fly (?:me|us)",
            "trip",
            "weekend away",
            "spa",
            "holiday",
            "grand prix",
        ],
    ),
    # "Does my husband's job count as my interest?": whose interest it is, which para 11 answers.
    (
        "asks_whose",
        True,
        [
            r"counts? as (?:one of )?my (?:own )?(?:interests?|dpis?)",
            r"counted as (?:one of )?my (?:own )?(?:interests?|dpis?)",
            r"(?:is|are|would) (?:that|it|this|they|those|these) (?:be )?(?:counted as )?my (?:own )?"
            r"(?:interests?|dpis?)",
            r"my (?:interest|dpi) or (?:just )?(?:theirs|hers|his)",
            r"(?:something|anything) (?:that )?i (?:have|need|must|should|ought) (?:to )?(?:declare|register"
            r"|put on)",
        ],
    ),
    # "Does that go on the register as a DPI?": whether something is a DPI at all, which paras 10-11
    # answer, rather than when to register it.
    (
        "asks_if_dpi",
        True,
        [
            r"\b(?:is|are|would|does|do|will) (?:that|this|it|they|those|these|she|he|mine|hers|his) "
            r"(?:still )?(?:be |count as |counts? as |class as |go (?:on|in) (?:the|my) register as )?"
            r"(?:an? )?(?:dpi|disclosable pecuniary interest|disclosable)\b",
            # ("is it registrable?" is asked of a meal or a gift too: only "disclosable" names a DPI)
            r"\b(?:is|are) (?:that|this|it|they) (?:a )?disclosable\b",
            r"\bcounts? as (?:an? )?(?:dpi|disclosable pecuniary interest)\b",
            # "do i have a DPI?", "have i got a dpi here?"
            r"\b(?:do|does) (?:i|she|he) have (?:an? )?(?:dpi|disclosable pecuniary interest)\b",
            r"\b(?:have|has) (?:i|she|he) got (?:an? )?(?:dpi|disclosable pecuniary interest)\b",
            # "does that count as sponsorship i have to declare?", "do i need to list that as sponsorship?"
            # (not "it was on my register as employment")
            r"\b(?<!my )(?<!the )(?<!his )(?<!her )(?<!their )(?:count|counts|counted|list|declare|register"
            r"|record)"
            r" (?:it |that |this |them )?as (?:an? )?"
            r"(?:sponsorship|securities|a licence|a tenancy|a contract|employment)\b",
            # "is that something i have to declare as a DPI?", not "(it was on my register as a DPI)"
            r"\b(?:have|need|ought|must|should|got) to (?:declare|register|list|record|put|enter) (?:it "
            r"|that |this "
            r"|them )?(?:down )?as (?:an? |my )?(?:dpi|disclosable pecuniary interest)\b",
            # "my union gave me £400 towards election expenses - is that something i have to
            # register?", "does that need registering?": whether the thing described is an interest
            r"\b(?:is|are) (?:that|this|it|they|those) (?:something|anything|one|ones) (?:i|she|he|we|they)"
            r" (?:have|has|need|needs|ought|must|should|got) to (?:register|declare|list|put on)",
            r"\b(?:does|do|will|would) (?:that|this|it|they|those) (?:need|have) (?:registering|declaring"
            r"|to be registered|to be declared)",
            # "sponsorship DPI?": a kind of interest asked about as a DPI
            r"\b(?:sponsorship|securities|shares|land|licence|contract|tenancy|employment) dpi\s*\?",
        ],
    ),
    # "What should I do if a present turns up in the post?": a general question put as a case.
    (
        "hypothetical",
        True,
        [
            r"\bwhat (?:should|do|would|must) (?:i|we|you|an officer|a councillor|officers|councillors)"
            r" do (?:if|when)\b",
            r"\bwhat happens (?:if|when)\b",
            r"\bif (?:i|we|someone|somebody|anyone|a|an|staff|officers|councillors|members) (?:\w+ ){0,3}"
            r"(?:get|gets|receive|receives|am given|is given|are given|offers?|sends?|turns? up"
            r"|keep|keeps|give|gives|hands?|buys?|treats?)\b",
            r"\bin (?:the event|case) (?:that )?(?:i|someone|somebody|a|an)\b",
        ],
    ),
    # The asker wants a date back ("when do I need to...", "what's my deadline"): of several
    # checkers that could apply, the one that computes a deadline answers.
    (
        "asks_deadline",
        True,
        [
            r"\bwhen (?:do|does|must|should|have|is|are|will|was|were)\b",
            # "by which date do any new interests need to be in?"
            r"\bby (?:which|what) (?:date|day)\b",
            # "when did my DPI form have to be in?"
            r"\bwhen did (?:[\w']+ ){1,4}?(?:have|need) to be (?:in|done|sent|submitted)\b",
            # "what date do i have to tell the MO by?", "the last date to get my DPIs in"
            r"\bwhat (?:date|day)\b[^.?!]*\bby\b",
            r"\b(?:last|latest|final) (?:date|day)\b",
            # "do i need to notify the MO within some number of days?"
            r"\bwithin (?:some|how many|what|a certain|a set) (?:number of )?(?:days|weeks)\b",
            # "am i still in time to tell the monitoring officer?"
            r"\b(?:am i|are we|is (?:she|he|it)) (?:still )?in time\b",
            # "do i still have time?", "have i still got time to get my DPIs in?"
            r"\b(?:do|does) (?:i|she|he|we|they) still have time\b"
            r"|\b(?:have|has) (?:i|she|he|we|they) still got time\b|\bis there still time\b",
            # "is it too late, have i missed the 28 days?"
            r"\b(?:have|has|did) (?:i|he|she|they|we) (?:already )?missed (?:the )?(?:28 days|deadline)",
            # "she wants to know the very latest she can tell the MO"
            r"\bthe (?:very )?latest (?:i|she|he|they|we|you) (?:can|could|may|have to|need to)\b",
            r"\bwhat'?s the (?:exact |actual |last )?(?:date|day|deadline)\b",
            r"\b(?:are|is) (?:they|it|he|she|that|(?:the|my) [\w-]+(?: team)?) (?:now )?(?:late|overdue)\b"
            r"|\blate (?:replying|responding|with)\b",
            r"\bam i (?:already |now |too )?(?:late|out of time|overdue)\b",
            r"\bwhen'?s\b",
            r"\bby when\b",
            # "i know i need to tell the MO - when by?"
            r"\bwhen by\b",
            r"\boverdue\b",
            # "is it past the deadline?", not "is that over the limit?" (a value's limit)
            r"\b(?:gone|is it|it'?s|is that|are we|am i) (?:over|past|beyond"
            r"|outside) (?:the )?(?:max(?:imum)? )?(?:deadline|turnaround|time limit|target)",
            r"\bout of time\b",
            r"\bdeadline",
            r"\bby what date\b",
            r"\bcut[- ]?off\b",
        ],
    ),
    # The asker wants the period ("how long have I got?", "how many working days?"): the rule's
    # period answers it even without the date it runs from, which is asked only for a date.
    (
        "asks_period",
        True,
        [
            r"\bhow long (?:have|do|does|did|will|would|'ve|is|are|to)\b",
            r"\bhow many (?:working )?days\b",
            r"\btime limit\b",
            r"\bhow (?:much|long) time\b",
            r"\b(?:max(?:imum)?|what'?s the|the) (?:turn ?a?round|response time)\b|\bturn ?a?round time\b",
        ],
    ),
    (
        "asks_deadline",
        True,
        [r"\bhow long (?:until|till|before)\b"],
    ),
    # Para 10 (securities, land, licences): the body or land is in the council's area, or not.
    (
        "local",
        False,
        [
            r"\b(?:no|not any|without|doesn'?t have any|don'?t have any) (?:\w+,? ){0,4}?"
            r"(?:offices?|sites?|land|premises|presence|business|branch(?:es)?)\b[^.?!]{0,40}?"
            r"\b(?:(?:near|in|within) (?:the )?(?:district|borough|area)|anywhere (?:near|in) \w+)",
            r"\bnothing (?:at all )?(?:to do with|in) (?:the )?(?:lichfield |tower hamlets "
            r"|[a-z]+ )?(?:district|borough|area)",
            r"\b(?:not|isn'?t|aren'?t) (?:based |located |registered )?(?:in|near) (?:the )?"
            r"(?:district|borough|area)",
            r"\b(?:outside|out of) (?:the )?(?:district|borough|area)\b",
            # "a holiday cottage in cornwall": places far from either council's area
            r"\b(?:in|at|near) (?:cornwall|devon|dorset|somerset|norfolk|suffolk|yorkshire|cumbria|the lakes"
            r"|the lake district|wales|scotland|ireland|northern ireland|spain|france|portugal|italy|greece"
            r"|cyprus|florida|the algarve)\b",
            r"\b(?:abroad|overseas)\b",
        ],
    ),
    (
        "local",
        True,
        [
            # A council's own name said as the place ("based in lichfield") is `place_council`, as a
            # town in its area is: whether that is local depends on whose code is asked about.
            r"(?:based|located|registered|trading|operating) in (?:the )?(?:district|borough|area"
            r"|the council'?s area)",
            r"(?:district|borough)[- ]based\b",
            # "my own house extension is on the agenda at planning": the council decides planning
            # applications for land in its own area
            r"(?:house|home|property|land|extension|garage|field|plot|barn)\b[^.?!]{0,40}\b(?:on the agenda"
            r"|is up|is going|goes|comes up) (?:at|to|before) (?:the )?(?:planning|plans)",
            rf"(?:{_BUSINESS_NOUNS}) (?:\w+ ){{0,2}}?in (?:the )?(?:district|borough)\b",
            r"local (?:\w+ )?(?:firm|company|business|builders?|developer|body|employer|brewery|plc|co)",
            r"(?:estate|street|road|park|centre|center) (?:round )?here\b",
            r"round here",
            r"\blocally\b",
            rf"(?:{_LAND_NOUNS}) (?:\w+ ){{0,4}}?in (?:the )?(?:district|borough|area)",
            rf"(?:{_PREMISES_NOUNS}|land) (?:\w+ )?in (?:the )?(?:district|borough|area)",
            r"council[- ]owned (?:land|field|plot|site|garage|building|premises)",
            # "the council is letting me have a pitch at the xmas market": the council's own land
            r"\bthe council (?:is |are |has been )?(?:letting|lets|licensing|licensed|renting|rents|allowing"
            r"|allows) (?:me|us)\b",
            # "the council's given me a licence", "a unit on one of the council's industrial estates"
            r"\b(?:the council|ldc|lbth)(?:'s| has) (?:given|granted|let) (?:me|us) (?:a |an )?"
            r"(?:licence|lease|tenancy)\b",
            r"\b(?:the council|ldc|lbth)'s (?:own )?(?:industrial estates?|land|car parks?|garages?|lock-ups?"
            r"|units?|premises|buildings?|depot|market hall)\b",
        ],
    ),
    # Para 10 securities (b)(i): one hundredth of the issued share capital.
    (
        "over_hundredth",
        False,
        [
            r"(?:way |well |much |far )?(?:less than|under|below|nowhere near|not even) (?:a |1 ?|one )"
            r"(?:%|percent|per cent)",
            "(?:tiny|small|minute|minuscule) (?:fraction|percentage|part|slice|%|percent|per cent|share)",
            "fraction of (?:a|one) (?:%|percent|per cent)",
            # "about 0.5% of their issued share capital", "exactly 1%": not over one hundredth
            r"(?<![\d.])(?<!more than )(?<!over )(?<!above )(?:0?\.\d+|0|1(?:\.0+)?) ?(?:%|percent|per cent)",
        ],
    ),
    (
        "over_hundredth",
        True,
        [
            r"(?:more than|over|above) (?:1|one) ?(?:%|percent|per cent)",
            r"(?<![\d.])(?:[2-9]|[1-9]\d|1\.\d*[1-9])(?:\.\d+)? ?(?:%|percent|per cent) of "
            r"(?:the |its |their |a |an"
            r" )?(?:\w+ ){0,3}"
            r"(?:company|co|firm|business|shares|share capital|equity|body)",
        ],
    ),
    (
        "meeting_today",
        True,
        [
            r"tonight'?s (?:\w+ )?(?:meeting|committee|council|cabinet)",
            "(?:meeting|committee|council|cabinet) (?:is )?(?:tonight|today|this (?:evening"
            "|afternoon|morning))",
            r"this evening'?s (?:\w+ )?(?:meeting|committee)",
            r"today'?s (?:\w+ )?(?:meeting|committee)",
            "(?:meeting|committee) (?:starts|begins) in",
        ],
    ),
    (
        "received",
        True,
        [
            r"(?:(?:i|we|i've|i have|we've|we have) (?:\w+ )?|^(?:just |have |i've )?)(?:received|got"
            r"|was given|were given|been given|accepted)",
            # "a developer took me and two other cllrs out for a curry"
            r"\btook (?:me|us)(?: and [\w ]{1,30}?)? out (?:for|to)\b",
            # "one of my team got flowers and chocolates from a tenant she helped"
            r"\b(?:she|he|they|team|colleague|officer) got (?:some |a |an )?(?:[\w-]+ ){0,3}from\b",
            # hosted: "went to the villa match on saturday as a sponsor's guest"
            r"\b(?:went|been|was|were) (?:along )?(?:to|at) (?:the |a )?[^.?!]{0,40}?\bas (?:a |an |the "
            r"|their )?"
            r"(?:[\w'-]+ )?guests?\b",
            "(?:gave|given|sent|bought|handed|left|couriered|posted) (?:me|us)"
            "(?! (?:a |the )?(?:written |formal |verbal )?"
            "(?:licen[cs]e|permission|consent|dispensation|approval))",
            r"(?:xmas |christmas )?(?:voucher|gift|present|hamper) from (?:a|an|the|our|my)",
            r"(?:^|[-,.:]\s*)(?:was |been |got )?given (?:a|an|some) (?!licen)",
            "(?:took|taken) (?:me|us) (?:out|along)",
            r"left (?:a|an|some) (?:\w+ ){0,3}(?:on|at) (?:my|his|her|their) (?:desk|door|doorstep|office)",
            # "a developer sent a hamper round to my house"
            r"sent (?:a|an|some) (?:[\w-]+ ){0,2}(?:round|over) to (?:my|his|her|our)",
            # "a resident left a bottle of wine and a card for me at reception"
            # "an elderly resident brought in a box of chocs for me", "sent a few bottles of wine round
            # to the office for me"
            r"(?:left|brought|dropped|sent|delivered) (?:in |round |over |off )?(?:a|an|some|a few|two|2"
            r"|three|3) [^.?!]{0,60}\bfor (?:me|him|her|us|my team|the team|our team)\b",
            # "a developer has given our conservation officer a framed print"
            r"(?:gave|given|presented|sent|handed|bought) (?:the |our |one of our |a )?(?:[\w-]+ )?(?:officer"
            r"|member of staff|colleague|manager)s? (?:a|an|some|two|2)\b",
            # "a contractor gave my team a hamper to share"
            r"(?:gave|given|sent|handed|bought) (?:my|our|the) (?:team|office|department|staff|section)"
            r" (?:a|an|some|two|2)\b",
            # "the cabinet member was put up in a hotel overnight by a conference organiser"
            r"(?:was|were|been|got|get|being) put up (?:in|at|for)\b",
            # "a resident dropped in a present to say thank you"
            r"dropped (?:in|round|off|over) (?:a|an|some) (?:[\w-]+ ){0,2}(?:present|gift|hamper|bottle|box"
            r"|card|voucher|cake|flowers|chocolates)",
            # "dropped a hamper round to her house"
            r"dropped (?:a|an|some) (?:[\w-]+ ){0,3}(?:round|in|over)\b",
            "treated (?:me|us)",
            # said of the person asked for: "a supplier gave her a speaker", "he got a hamper"
            r"(?:gave|given|sent|handed|bought) (?:him|her|them) (?:a|an|some|two|2)\b",
            r"\b(?:he|she|they) (?:got|was given|were given|received|accepted) (?:a|an|some|two|2)\b",
            # given to the councillor asked about: "the producers gave cllr hughes tickets"
            r"(?:gave|given to|presented|sent|handed|bought) (?:the |our )?(?:cllr|councillor|chairman"
            r"|mayor)\b",
            # "a resident turned up with a bottle of champagne for me"
            r"(?:turned up|came round|came in|popped (?:in|round|by)|dropped (?:in|round|by|off)) with"
            r" (?:a|an|some)\b",
            "paid for (?:my|our)",
            "(?:comped|comping|picked up the (?:bill|tab))",
            r"turned up (?:for|at|on) (?:me|my)",
            r"(?:a |the )?(?:parcel|present|gift|hamper|package|box) (?:came|arrived|turned up)",
            "arrived",
            "dropped (?:it |them )?off",
            r"insisted (?:that )?(?:i|we) (?:take|have|accept|keep)",
            r"dropped (?:an? |some |the )?(?:[\w-]+ ){0,3}off (?:at|for|in|round|to)\b",
            r"sent (?:a|an|some|me a|me an|us a) (?:[\w-]+ ){0,2}"
            r"(?:gift|present|hamper|bottle|voucher|box|watch|card)"
            r" (?:to|for|into) (?:me|us|the office|my desk|the team|our team|reception|my house|my home)",
            "(?:got|was|been|were) given",
            "was delivered",
        ],
    ),
    # 2.6: a business paying towards the council's own event ("wants to sponsor our community awards
    # evening") is sponsorship, not an invitation: the event named is not hospitality offered.
    (
        "sponsors_council_event",
        True,
        [
            r"(?:to|will|would|has|have|is|are|agreed to|offered to|offering to) sponsor(?:ing)? (?:our|the"
            r"|this"
            r"|a|an|my team'?s|the council'?s) (?:[\w-]+ ){0,3}(?:event|evening|awards?|night|day|festival"
            r"|ceremony|show|fair|dinner|conference|publication|brochure|programme|campaign|gala|launch)",
            r"sponsorship (?:of|for) (?:our|the council'?s|this year'?s) (?:[\w-]+ ){0,3}(?:event|evening"
            r"|awards?|night|day|festival|ceremony|show|fair|dinner|conference|publication|brochure|gala)",
        ],
    ),
    # A particular thing from a particular giver ("a box of chocs and a bottle of wine from an
    # applicant", "is a hamper from our IT supplier ok?"): a case to decide, not a general question.
    (
        "item_from_giver",
        True,
        [
            r"\b(?:a|an|two|2|three|3|some|a couple of) (?:[\w-]+ ){0,3}(?:bottles?|box(?:es)?|hampers?"
            r"|vouchers?|tickets?|chocs|chocolates|flowers|bouquet|watch|cufflinks|scarf|handbag)\b"
            r"[^.?!]{0,50}?\bfrom (?:a|an|the|our|my|one of|this|that)\b"
        ],
    ),
    (
        "offered",
        True,
        [
            "offered",
            "invited",
            "invitation",
            "wants? to (?:give|take|buy|treat|sponsor|fund|donate|pay for)",
            # "a sponsor wants to put some money into the christmas lights"
            r"wants? to (?:put|invest) (?:some |a bit of |a little )?(?:money|cash|funding) (?:into|towards)",
            "(?:keen|offering|happy|willing|looking) to (?:sponsor|fund|donate|pay for)",
            "should i accept",
            "(?:can|may|should) i (?:go|attend)",
            "can i accept",
            "may i accept",
            "am i allowed to accept",
            "is it ok to accept",
            "would like to (?:give|take|buy)",
        ],
    ),
    # Para 11: whose interest it is, when it is neither the asker's nor a partner's ("my sister owns
    # a house in whittington"). A spouse or partner said as well outranks this (route.py).
    (
        "relative_holds",
        True,
        [
            # "a mate of mine runs a landscaping firm"
            r"\b(?:mate|friend|neighbour|cousin|relative|pal) of mine (?:[\w-]+ )?(?:owns?|has|holds?|runs?"
            r"|bought|rents?|works)\b",
            # "my ex moved out in july but still owns the flat": no longer lived with (para 11)
            r"\bmy ex(?:-?(?:wife|husband|partner|girlfriend|boyfriend|fianc[eé]e?))?\b",
            r"(?<!me and )(?<!i and )\bmy (?:sister|brother|mum|mother|dad|father|son|daughter|parents?"
            r"|cousin|aunt|uncle|nephew"
            r"|niece|grandmother|grandfather|gran|grandad|nan|grandson|granddaughter|stepson|stepdaughter"
            r"|(?:brother|sister|son|daughter|father|mother)[- ]in[- ]law|in-laws|friend|neighbour|best mate"
            r"|mate)(?:'s|s)?(?: \([^)]{0,60}\))? (?:[\w-]+ )?(?:owns?|has|holds?|bought|inherited|rents?"
            r"|runs?|works?|company|firm"
            r"|business|shares|house|flat|land|property|job|garage|extension|application)\b",
            # "PA to cllr green: her brother owns a pub", "cllr's son works for a bidder"
            # ("cllr jones asks whether her adult daughter's job ... needs to go on her register")
            r"\b(?:her|his|their|cllr'?s|councillor'?s|the cllr'?s) "
            r"(?:adult |grown[- ]up |eldest |youngest )?(?:brother|sister|son|daughter|mum|mother"
            r"|dad|father|parents?|cousin|aunt|uncle|nephew|niece)(?:'s|s)? (?:[\w-]+ )?(?:owns?|has|holds?"
            r"|works?|runs?|bought|inherited|rents?|company|firm|business|shares|job|farmland|farm|land|field"
            r"|house|flat|property)\b",
            _APART,
        ],
    ),
    # Para 10 sponsorship: money towards a member's election expenses (officers have none).
    (
        "election_expenses",
        True,
        [
            r"towards? (?:my|his|her|their|the) (?:election|campaign) (?:expenses|costs|leaflets|literature"
            r"|deposit|fund)",
            r"towards? (?:my|his|her) (?:leaflets|literature|deposit|posters)\b[^.?!]{0,40}"
            r"\b(?:election|by-?election|campaign)",
            r"(?:towards?|for) (?:my|his|her) (?:election|campaign)\b",
        ],
    ),
    # Para 18(b): a dispensation granted by the Standards and Resources Committee.
    (
        "dispensation",
        True,
        [
            r"(?:got|granted|given|gave|have|has|had|received) (?:me |us |him |her )?(?:a |an )?(?:\w+ )?"
            r"dispensation",
            r"dispensation (?:was |has been |had been )?(?:granted|given|agreed)",
        ],
    ),
    # An interest the asker (or the member they ask for) declared at a meeting is a situation the
    # meeting checker decides, asking what it needs ("i declared my interest at the meeting, when
    # do i tell the MO by?" turns on whether it was registered, and when).
    (
        "declared_at_meeting",
        True,
        [
            r"(?:\b(?:i|he|she|they|we) (?:\w+ )?|^|(?<=[-,.:;] )|(?<=[-,.:;]))(?:declared|disclosed) "
            r"(?:(?:my|his|her|their|an|a"
            r"|the) )?(?:\w+ )?(?:interest|dpi)\b"
            r"(?= [^.?!]*\b(?:meeting|committee|cttee|council|cabinet|scrutiny"
            r"|overview|audit|standards|licensing|planning|panel|sub))",
            # "at licensing i declared that my partner holds the lease": the meeting said first
            r"\bat (?:the |last night'?s |yesterday'?s |tonight'?s )?(?:licensing|planning|cabinet|committee"
            r"|cttee"
            r"|full council|scrutiny|council|audit|standards)(?: [\w-]+){0,3},? (?:i|he|she|they"
            r"|we) (?:declared"
            r"|disclosed)\b",
            # "one of their cllrs declared an unregistered DPI at planning on tuesday"
            r"\b(?:cllrs?|councillors?|members?) (?:\w+ )?(?:declared|disclosed) (?:(?:his|her|their|an|a"
            r"|the) )?"
            r"(?:\w+ )?(?:interest|dpi)\b(?= [^.?!]*\b(?:meeting|committee|cttee|council|cabinet|scrutiny"
            r"|overview|audit|standards|licensing|planning|panel|sub))",
            # "i disclosed it there and then and left the room"
            r"\b(?:i|he|she) (?:\w+ )?(?:declared|disclosed) it (?:there and then|on the spot|straight away"
            r"|and left the room)",
            # "just got back from cabinet, had to declare a DPI this evening"
            r"(?:\b(?:i|he|she|they|we) |(?<=[-,.:;] )|^)(?:had|have had|'ve had) to (?:declare|disclose) "
            r"(?:(?:my|his|her|their|an|a|the) )?(?:\w+ )?(?:interest|dpi)\b",
            # "at last tuesday's cabinet I declared an interest in an item"
            r"\b(?:meeting|committee|cttee|council|cabinet|scrutiny|licensing|planning"
            r"|panel)(?:'s)?\b[^.?!]{0,30}"
            r"\b(?:i|he|she|(?:cllr|councillor) [a-z][\w'-]+) (?:\w+ )?(?:declared|disclosed) (?:my|his|her"
            r"|an|a"
            r"|the) (?:\w+ )?(?:interest|dpi)\b",
            # "at planning last night i blurted out that my wife owns the field", "owned up at licensing
            # on 28 feb that the pub applying is my partner's", "said at full council that i work for..."
            r"\b(?:at|in) (?:the )?(?:last night'?s |tonight'?s |yesterday'?s |today'?s )?"
            r"(?:planning|licensing"
            # (the member said it: "blunt in scrutiny and one said i was being inappropriate" is not)
            r"|full council|cabinet|committee|cttee|scrutiny|council meeting|the meeting)\b[^.?!]{0,40}"
            r"\b(?:i|he|she|we|they) (?:\w+ )?(?:blurted out|said|owned up|mentioned|admitted|flagged|raised"
            r"|told (?:them|everyone|the (?:meeting"
            r"|committee)))\b",
            r"\b(?:blurted out|said|owned up|mentioned|admitted|flagged) (?:it )?(?:at|in) (?:the )?"
            r"(?:planning"
            r"|licensing|full council|cabinet|committee|cttee|scrutiny|council meeting|meeting)\b",
            # "cllr o'brien told the audit and member standards committee on 31 march she's a director"
            r"\btold (?:the )?(?:[\w&'-]+ ){0,5}?(?:committee|cttee|cabinet|meeting|full council)\b"
            r"[^.?!]{0,30}?"
            r"\b(?:she|he|i|they)(?:'s| is| was| has| had| owns?| works?)\b",
            # "the thing came up at licensing yesterday and i declared it"
            r"\b(?:came up|was on the agenda|was discussed) (?:at|in) [^.?!]{0,60}\b(?:i|he|she) (?:\w+ )?"
            r"(?:declared|disclosed) it\b",
            r"\b(?:i|he|she) (?:\w+ )?(?:declared|disclosed) it (?:at|in) "
            r"(?:the |last night'?s |yesterday'?s )?"
            r"(?:meeting|committee|cttee|council|cabinet|licensing|planning|full council)",
        ],
    ),
    # "I know it's not a DPI but should I say something?": the asker has settled that it is not a
    # disclosable pecuniary interest; what remains is the other interests' clauses.
    (
        "not_dpi",
        True,
        [
            # said, not asked: "not a DPI right?" and "it's not a DPI is it?" ask whether it is one
            r"\b(?:not|isn'?t|isnt|never|wouldn'?t be|won'?t be) (?:a |an |really a |technically a )?"
            r"(?:dpi|disclosable pecuniary interest)\b(?!,? (?:right|is it|isn'?t it|surely|correct|yeah"
            # "sold my shares so it's not a DPI anymore": a change to the register, not an interest
            # that never was one
            r"|no|any ?more|now)\b)"
            r"(?!\s*\?)",
            r"\bnon-?(?:dpi|pecuniary)\b",
        ],
    ),
    # "i have a DPI on the council tax item": the asker says it is a DPI, so whether it is one is
    # not asked (what they may do at the meeting is).
    (
        "dpi_stated",
        True,
        [
            # "i have a DPI on the item", "if i've got a DPI in an item", "got a dpi on an application"
            r"(?:^|(?<=[.,;:!-] )|(?<=\band )|(?<=\bbut )|(?<=\bso )|(?<=\bif ))"
            r"(?:(?:i|i've|i have|she has|he has|they have)(?: got)? |(?:i'?ve )?got )"
            r"(?:a |an )(?:registered |unregistered )?(?:dpi|disclosable pecuniary interest)\b",
            # "i know it's a DPI (it's my house)"
            r"\bi know (?:it'?s|it is|that'?s|that is|this is) (?:a |an |my )?"
            r"(?:dpi|disclosable pecuniary interest)\b",
            # "MO has already said it counts as a DPI for me": settled by someone who can say
            r"(?:said|confirmed|agreed|advised|told me) (?:that )?(?:it|this|that|they|these|the \w+)"
            r" (?:counts?|is|are|would be|will be) (?:as )?(?:an? |my )?(?:dpi"
            r"|disclosable pecuniary interest)\b",
        ],
    ),
    # "can i still speak in the debate and vote?": whether the member may take part, which the
    # meeting rule decides (para 18), not whether the interest is a DPI.
    (
        "asks_to_take_part",
        True,
        [
            # ("can i at least vote?", "can i still sit on the committee for that item and abstain?")
            r"\b(?:can|may|could|should|do|does|am|is|are) (?:i|he|she|they|we)(?: still| even| then"
            r"| at least| just| be allowed to| go along and| come along and| turn up and| go and)?"
            r" (?:speak|vote|take part|participate|stay|remain|sit in|sit on|debate|join in|abstain)\b",
            r"\b(?:allowed|able|ok|okay) to (?:still )?(?:speak|vote|take part|participate|stay in"
            r"|remain in)\b",
            # "i can still speak and vote as long as i declare it, right?"
            r"\b(?:i|he|she|they|we) (?:can|could|may) still (?:speak|vote|take part|stay)\b",
            # "do i need to leave the room?"
            r"\b(?:need|have|got) to leave the (?:room|meeting|chamber)",
            # "can i address the committee as an objector?"
            r"\b(?:can|may|could|should) (?:i|he|she|they|we) (?:still )?(?:address|speak (?:at"
            r"|to)) (?:the )?"
            r"(?:committee|cttee|meeting|council|panel)",
            # "can i still chair that item??", "i presume i just step out for that one?", "can i at least
            # watch from the public gallery?", "do i have to go out of the room?"
            r"\b(?:can|may|could|should) (?:i|he|she|they|we) (?:still |even |at least )?(?:chair|watch|sit"
            r" in the public)\b",
            r"\b(?:step|go) (?:out|away|outside)\b|\bgo out of the (?:room|meeting|chamber)",
            r"public gallery",
            # "can I just declare it and sit quietly at the back?"
            r"\bsit (?:quietly )?(?:at the back|in the room|in the chamber|in the audience)\b",
            # "what do i need to do tonight and afterwards?", "what do i do at the meeting"
            r"\bwhat (?:do|should|must) (?:i|he|she|we) (?:need to |have to )?do (?:tonight|at the meeting"
            r"|at (?:the )?(?:cttee|committee|cabinet))",
            # "do i need to notify again after the meeting?", "send ANOTHER notification after the meeting"
            r"\bnotify (?:again |the mo )?after the meeting",
            r"\b(?:another|a second|a further|a fresh) notification (?:to the mo )?after the meeting",
            # "do i need to send anything else in after the meeting?"
            r"\b(?:send|submit|do|file) (?:anything|something) (?:else |more )?(?:in )?after the meeting",
            # "she wants to know if she can stay in the room and just not vote"
            r"\b(?:if|whether) (?:i|he|she|they|we) (?:can|could|may) (?:still )?"
            r"(?:speak|vote|take part|participate|stay|remain|sit in)\b",
        ],
    ),
    # Asked whether the register must change: "do i need to change anything on my form?"
    (
        "asks_change",
        True,
        [
            r"\b(?:do|should|must|would|does) (?:i|she|he|they) (?:need to |have to )?(?:change|update|amend)"
            r" (?:anything|something|it) (?:on|in) (?:my|her|his|their|the) (?:register|form|entry"
            r"|interests)",
            r"\b(?:does|do) (?:my|her|his|their) (?:register|form|entry) need (?:updating|changing|amending)",
        ],
    ),
    # TH protocol 8.1: the system is for routine requests for information and advice; "matters
    # which are not routine or involve policy" go to the Corporate Director.
    (
        "routine",
        False,
        [
            r"(?:change|review|amend|rewrite|scrap|overturn|reverse|rethink|reconsider|revisit) (?:its|the"
            r"|our"
            r"|their|a|council'?s?) "
            r"(?:[\w-]+ ){0,3}polic(?:y|ies)",
            r"\binvolv\w* (?:a )?(?:council )?polic(?:y|ies)\b",
            r"\bpolicy (?:question|matter|issue|change|decision|position|stance|view)\b",
            r"\bnot (?:a |really )?routine\b",
        ],
    ),
    ("routine", True, [r"\broutine (?:request|enquiry|query|question|info|information|me)\b"]),
    # A members' enquiry the asker made is a situation the turnaround checker can date.
    (
        "enquiry_made",
        True,
        [
            r"(?:sent|submitted|put|raised|logged|emailed|made|lodged|went) (?:in )?(?:a |an "
            r"|my |the |that )?"
            r"(?:\w+ )?(?:members?'? )?enquir(?:y|ies)",
            r"(?:members?'? )?enquir(?:y|ies) (?:\w+ )?(?:went in|was sent|was submitted"
            r"|was raised|was logged|came in|arrived|landed)",
            r"\bme went in\b",
            # "a cllr put something in through the members enquiries system"
            r"(?:put|sent|submitted|raised|logged) (?:something|a query|a request|it|one) (?:in )?"
            r"(?:through|via|on|using) (?:the )?(?:members?'? )?enquir(?:y|ies)",
            r"(?:reply|response|answer|turnaround) (?:to|on|for) (?:my|our|the|a) "
            r"(?:members?'? )?enquir(?:y|ies)",
            r"(?:got back|get back|replied|responded|come back) to (?:me|us) (?:on|about) (?:my|our) "
            r"(?:members?'? )?enquir(?:y|ies)",
            r"(?:my|our) (?:members?'? )?enquir(?:y|ies) (?:be|get|been|was|is|gets) (?:answered|replied to"
            r"|responded to|dealt with|back)",
            r"enquir(?:y|ies) from (?:a |the |one of our |our )?(?:ward )?"
            r"(?:cllrs?|councillors?|members?|mayor)"
            r" (?:\w+ )?(?:came in|arrived|was made|was sent|was raised|landed)",
            # "ME": a members' enquiry, after an article it cannot be the pronoun ("sent a routine ME")
            r"(?:sent|submitted|put in|raised|logged|made|lodged) (?:a|an|my|the) (?:routine |quick )?me\b",
            r"(?:my|our|the) (?:members?'? )?enquir(?:y|ies) (?:still )?(?:hasn'?t|has not|haven'?t"
            r"|not) (?:yet )?"
            r"(?:been )?(?:answered|responded|replied)",
        ],
    ),
    (
        "declined",
        True,
        [
            "(?:i|we) (?:refused|declined|turned (?:it|them) down|returned|sent (?:it|them) back"
            "|gave (?:it|them) (?:away|to charity))",
            "said no",
        ],
    ),
    (
        "personal_capacity",
        True,
        [
            "personal capacity",
            "private capacity",
            "nothing to do with (?:the council|my role|work)",
            "(?:from|by) (?:a|an|my|our) (?:old )?(?:friend|neighbour|relative)",
            "birthday",
            "wedding",
            "in my own time",
            # "never in work hours"
            "(?:never|not) (?:during|in) (?:work|working|office) hours",
        ],
    ),
    (
        "official_capacity",
        True,
        [
            "(?:in|because of) my (?:role|capacity|position) as",
            "because i(?:'m| am) (?:a|the) (?:councillor|officer|mayor|chairman)",
            "(?:in|as part of|through|for) my (?:official |council |day |work )?(?:role|job|duties)",
            r"(?:as|in my capacity as) (?:an?|the) (?:council )?officer\b",
            # "speak at a conference as the council's homelessness lead"
            r"as the council'?s (?:[\w-]+ ){0,3}(?:lead|officer|manager|representative|rep|expert"
            r"|spokesperson"
            r"|head)\b",
            r"(?:it'?d|it would|it will|it'?ll|it'?s|it is) be (?:as )?part of my (?:job|role|work|duties)",
            "official capacity",
            # "speak at their conference about our garden waste scheme": the council's own work
            r"(?:speak|talk|present)\w* (?:[\w-]+ ){0,4}about (?:our|the council'?s) (?:[\w-]+ ){0,3}"
            r"(?:scheme|service|project|work|policy|programme|strategy)\b",
        ],
    ),
    # Officers' code 2.4.2: "modest gifts of a promotional nature ... calendars, diaries, tape
    # measures and articles for office use, e.g. pens, notepads", and gifts at the end of a
    # courtesy visit, are acceptable.
    # An item at a meeting that affects the member's own home, street or business premises (whether
    # that is an interest, and of what kind, is for the council's code: some say nothing of it).
    (
        "affects_own_property",
        True,
        [
            r"\b(?:covering|affecting|affects|includes|including|about|on|outside) my (?:own )?"
            r"(?:street|road|house|home|close|avenue|cul-de-sac)\b",
            # "the planning application for the site next to my company's yard"
            r"\b(?:next to|beside|adjoining|opposite|near) my (?:company'?s|firm'?s|business'?s|own) "
            r"(?:yard|site|premises|land|unit|depot|warehouse|workshop|shop|office)\b",
        ],
    ),
    # "wants to sponsor the bin collection calendar": the council's calendar, sponsored, is no gift
    ("promotional", False, [r"sponsor\w* (?:the |our |a )?(?:[\w-]+ ){0,3}(?:calendars?|diar(?:y|ies))\b"]),
    (
        "promotional",
        True,
        [
            "promotional",
            "branded",
            "calendars?",
            "diar(?:y|ies)",
            "(?<!fountain )(?<!mont blanc )(?<!designer )(?:a )?pens?(?! drive)",
            "post-?its?",
            r"(?:with|bearing) (?:their|the company'?s?|the firm'?s?|a) logo",
            "notepads?",
            "mugs?",
            "tape measures?",
            r"trade advertis\w*",
        ],
    ),
    (
        "courtesy_visit",
        True,
        [
            "courtesy visit",
            "factory visit",
            "(?:after|at the end of) (?:a|the|our|my) visit",
            # "went round a recycling plant for work and at the end they gave each of us a fleece"
            r"(?:went|go|going|been|shown) (?:round|around) (?:a|the|their) (?:[\w-]+ ){0,2}"
            r"(?:plant|site|factory|depot|works|facility|premises|offices)",
            # "we did a tour of a recycling plant for work", "visited their depot"
            r"(?:(?:guided )?tour|visit|trip) (?:of|to|round|around) (?:a|the|their|its) (?:[\w-]+ ){0,2}"
            r"(?:plant|site|factory|depot|works|facility|premises|offices)",
            r"visited (?:a|the|their|its) (?:[\w-]+ ){0,2}"
            r"(?:plant|site|factory|depot|works|facility|premises)",
        ],
    ),
]


@lru_cache(maxsize=1)
def _compiled() -> list[tuple[str, Any, re.Pattern[str]]]:
    return [
        (key, value, re.compile(rf"(?<![\w-])(?:{'|'.join(alts)})(?![\w-])"))
        for key, value, alts in FACT_PHRASES
    ]


def find_facts(low: str) -> dict[str, Any]:
    """The facts the question states, keyed as in `FACT_PHRASES`; absent when not said."""
    facts: dict[str, Any] = {}
    for key, value, rx in _compiled():
        if key == "dpi_category":
            if rx.search(low) and value not in facts.setdefault(key, []):
                facts[key].append(value)
        elif key not in facts and rx.search(low):
            facts[key] = value
    if not facts.get("dpi_category"):
        facts.pop("dpi_category", None)
    elif "corporate_tenancy" in facts["dpi_category"]:
        # "a small company i own shares in rents a unit from the council": the shares are how the
        # tenancy is the member's (para 10, corporate tenancies), so the tenancy is the kind asked
        facts["dpi_category"].sort(key=lambda kind: kind != "corporate_tenancy")
    return facts


def find_place_council(
    low: str, places: dict[str, tuple[str, ...]], council_names: dict[str, list[str]] | None = None
) -> str | None:
    """The council whose area holds the first town or village the question names, or whose own
    name is said as where something is ("a lichfield based firm", "an office in Tower Hamlets")."""
    found = [
        (m.start(), slug)
        for slug, names in places.items()
        if names and (m := places_pattern(tuple(names)).search(low)) is not None
    ]
    found += [
        (m.start(), slug)
        for slug, names in (council_names or {}).items()
        if names and (m := _located(tuple(names)).search(low)) is not None
    ]
    return min(found)[1] if found else None


def _alternation(names: tuple[str, ...]) -> str:
    return "|".join(re.escape(n.lower()) for n in sorted(names, key=len, reverse=True))


@cache
def places_pattern(names: tuple[str, ...]) -> re.Pattern[str]:
    """Any of one council's towns and villages, as a whole word (compiled once per council)."""
    # ("a shenstone-based company": the place with "-based")
    return re.compile(rf"(?<![\w-])(?:{_alternation(names)})(?!\w|-(?!based\b))")


@cache
def _located(names: tuple[str, ...]) -> re.Pattern[str]:
    """One of a council's names said as the place of a business, land or property."""
    n = f"(?:{_alternation(names)})"
    return re.compile(
        rf"(?:(?:based|located|registered|trading|operating) in (?:the )?{n}"
        rf"|{n}[- ]based"
        # ("one of their units in lichfield": the plural too)
        rf"|(?:{_BUSINESS_NOUNS}|{_LAND_NOUNS}|{_PREMISES_NOUNS})s?"
        rf" (?:[\w-]+ ){{0,4}}?in (?:the )?{n})(?![\w-])"
    )
