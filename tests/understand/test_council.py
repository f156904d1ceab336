"""Which council a question is about: corpus councils, other councils, the default."""

from __future__ import annotations

import pytest

from bot.understand import understand
from tests.understand.conftest import ASKED_AT


def u(question: str, **kwargs):
    return understand(question, asked_at=ASKED_AT, **kwargs)


@pytest.mark.parametrize(
    "question",
    [
        "I'm a Lichfield councillor, can I accept a £60 hamper?",
        "ldc officer here - gift question",
        "LDC cllr, got a bottle of wine",
        "does lichfield district council have a gifts limit",
        "what's the rule at Lichfield DC for hospitality",
        "im at lichfield council and got tickets",
    ],
)
def test_lichfield_is_recognised_by_name_and_short_forms(question):
    result = u(question)
    assert (result.council, result.council_source) == ("lichfield", "question")
    assert result.other_council is None


@pytest.mark.parametrize(
    "question",
    [
        "Tower Hamlets officer, a supplier sent me flowers",
        "TH staff - can I accept a lunch?",
        "LBTH employee here",
        "lbth cllr question about need to know",
        "London Borough of Tower Hamlets member officer protocol",
        "does tower hamlets council let officers accept gifts",
    ],
)
def test_tower_hamlets_is_recognised_by_name_and_short_forms(question):
    assert u(question).council == "tower-hamlets"


@pytest.mark.parametrize(
    "question",
    [
        "the gift was with the card",
        "th officer asked me",  # lowercase "th" is not trusted
        "I got it with their thanks",
        "THE COUNCIL GAVE ME A PEN",
        "is this ok? thx",
    ],
)
def test_th_matches_only_as_a_capitalised_word(question):
    assert u(question).council is None


def test_default_council_applies_when_no_council_is_named():
    result = u("can i accept a bottle of wine", default_council="tower-hamlets")
    assert (result.council, result.council_source) == ("tower-hamlets", "default")


def test_council_named_in_the_question_beats_the_default():
    result = u("LDC officer, can i accept a bottle of wine", default_council="tower-hamlets")
    assert (result.council, result.council_source) == ("lichfield", "question")


def test_no_council_and_no_default_leaves_council_unknown():
    result = u("can i accept a bottle of wine")
    assert (result.council, result.council_source, result.other_council) == (None, None, None)


@pytest.mark.parametrize(
    ("question", "other"),
    [
        ("what is the gifts limit in Birmingham?", "Birmingham"),
        ("i work for birmingham city council, can i accept a gift", "birmingham city council"),
        ("Camden council officer - gifts?", "Camden council"),
        ("LB Hackney gifts and hospitality rules", "LB Hackney"),
        ("Staffordshire County Council invited me to a dinner", "Staffordshire County Council"),
        ("I'm on Shenstone Parish Council, do I register gifts?", "Shenstone Parish Council"),
        ("Does Wychavon DC have a register", "Wychavon DC"),
        ("royal borough of Kingston upon Thames hospitality", "royal borough of Kingston upon Thames"),
        ("what about in Reading?", "Reading"),
    ],
)
def test_a_council_outside_the_corpus_is_reported_not_borrowed(question, other):
    result = u(question, default_council="lichfield")
    assert result.other_council == other
    assert result.council is None  # never the default: the answer must not borrow Lichfield's rule


def test_lichfield_city_council_is_a_different_council_from_lichfield_district():
    result = u("I'm a Lichfield City Council member, do I register gifts?")
    assert result.other_council == "Lichfield City Council"
    assert result.council is None


@pytest.mark.parametrize(
    "question",
    [
        "a gift from a Staffordshire company",  # a county named bare is a place
        "got a hamper from a Birmingham firm",
        "the Council said i could",
        "full council meeting tonight",
        "does the district council have a limit",
        "reading the code, do I need to register",  # "reading" is a word
        "Tower Hamlets Homes gave me a voucher",  # a housing body, not a council
        "a cllr rang about a leak in his OWN council flat",  # set 22: "own" is no name
    ],
)
def test_places_and_generic_councils_are_not_taken_for_another_council(question):
    assert u(question).other_council is None


def test_a_bare_place_next_to_a_corpus_council_is_not_another_council():
    result = u("LDC councillor, went to a conference in Birmingham, dinner was £80")
    assert result.council == "lichfield"
    assert result.other_council is None


def test_every_corpus_council_named_is_listed_in_order():
    result = u("is the gifts limit different between Tower Hamlets and Lichfield?")
    assert result.councils == ["tower-hamlets", "lichfield"]
    assert result.council == "tower-hamlets"


def test_known_councils_add_names_from_the_manifest():
    known = {"lichfield": ["Lichfield District Council"], "tower-hamlets": ["Borough of Tower Hamlets"]}
    assert u("Lichfield District Council gifts", known_councils=known).council == "lichfield"


def test_known_councils_accepts_a_plain_name_per_slug():
    known = {"exampleton": "Exampleton Borough Council"}
    result = u("exampleton borough council gifts", known_councils=known)
    assert result.council == "exampleton"


def test_a_built_in_council_missing_from_the_corpus_counts_as_another_council():
    result = u("Tower Hamlets officer, can I accept a lunch?", known_councils={"lichfield": []})
    assert result.council is None
    assert result.other_council == "Tower Hamlets"


@pytest.mark.parametrize(
    ("question", "other"),
    [
        (
            "what does westminster's protocol say about how quickly officers answer member enquiries",
            "westminster",
        ),
        ("does camden's code have a gifts limit", "camden"),
    ],
)
def test_a_place_whose_code_is_asked_about_is_another_council(question, other):
    u = understand(question, asked_at=ASKED_AT)
    assert u.council is None and u.other_council.lower() == other


@pytest.mark.parametrize(
    "question",
    ["whats the th protocol say about cllrs bullying officers?", "does the th code cover this"],
)
def test_lowercase_th_after_the_is_tower_hamlets(question):
    assert u(question).council == "tower-hamlets"


def test_councillors_at_another_council_make_it_the_subject_even_beside_ours():
    u = understand("what's the gift rule for councillors at newcastle-under-lyme? we border lichfield")
    assert u.other_council == "newcastle-under-lyme" and u.other_is_subject


@pytest.mark.parametrize(
    ("question", "other"),
    [
        ("staffordshire county cllr here, picked up a new DPI", "staffordshire county"),
        ("a tamworth borough councillor asked me about gifts", "tamworth borough"),
    ],
)
def test_a_role_at_another_kind_of_council_makes_it_the_subject(question, other):
    said = understand(question)
    assert said.other_council == other and said.other_is_subject and said.council is None


def test_someone_else_of_a_council_is_not_the_askers_own():
    said = understand(
        "new TH councillor - how long to register my interests? a lichfield cllr told me 28 days"
    )
    assert said.own_council == "tower-hamlets" and said.council == "tower-hamlets"


@pytest.mark.parametrize(
    ("question", "other"),
    [
        ("a courtesy visit to a supplier's factory in tamworth, they gave us a fleece", None),
        ("a conference in stafford paid for by a supplier", None),
        # property owned there is land outside the area, not that council's code asked about
        ("we own a holiday cottage down in cornwall. do i have to register it?", None),
        ("my wife owns a flat in tamworth that she rents out. is that a dpi?", None),
        # a trip there: "fly 3 of us up to edinburgh"
        ("a supplier wants to fly 3 of us up to edinburgh for their summit", None),
        ("what's the gift limit in tamworth?", "tamworth"),
        ("i work at the council offices in tamworth, gift limit?", "tamworth"),
    ],
)
def test_a_thing_in_a_town_is_a_place_but_a_council_there_is_that_council(question, other):
    assert understand(question).other_council == other


def test_a_council_ruled_out_beside_another_is_not_asked_about():
    said = understand("q about tower hamlets not LDC - what's the gift rule there?")
    assert said.council == "tower-hamlets" and said.councils == ["tower-hamlets"]


def test_a_relatives_council_alone_names_whose_code_it_is():
    said = understand("my sister's a TH officer and a supplier gave her a hamper, what does the TH code say?")
    assert said.council == "tower-hamlets"


@pytest.mark.parametrize(
    "question", ["what's the scottish councillors' code say about hospitality", "the welsh code on gifts"]
)
def test_another_bodys_code_is_the_subject(question):
    said = understand(question)
    assert said.other_council and said.other_is_subject and said.council is None


@pytest.mark.parametrize(
    ("question", "council"),
    [
        (
            "the TH protocol says councillors shouldn't criticise officers."
            " does lichfield have anything like that?",
            "lichfield",
        ),
        (
            "do tower hamlets councillors have to declare hospitality? lichfield's is 50 quid i think",
            "tower-hamlets",
        ),
    ],
)
def test_the_council_asked_about_is_answered_not_the_one_compared_with(question, council):
    said = understand(question)
    assert said.asked_council == council and said.council == council


def test_councils_asked_about_together_are_both_asked():
    assert understand("does lichfield or tower hamlets have a rule on gifts?").asked_council is None


@pytest.mark.parametrize(
    "question",
    [
        "how does lichfield's process differ from tower hamlets' when a councillor isn't happy with an "
        "officer?",
        "does lichfield differ from TH on enquiries?",
        "how does lichfield compare to tower hamlets on officers and politics",
        # each council's code named, joined
        "what do the lichfield officers code and the tower hamlets protocol say about restricted posts?",
    ],
)
def test_councils_set_against_each_other_are_both_asked(question):
    said = understand(question)
    assert said.asked_council is None and said.councils == ["lichfield", "tower-hamlets"]


def test_a_first_person_role_at_another_council_makes_it_the_subject():
    said = understand("I'm a westminster councillor - what's our gift declaration limit?")
    assert said.other_council == "westminster" and said.other_is_subject


def test_where_the_asker_used_to_be_is_only_a_comparison():
    said = understand("I used to sit on cannock chase council. what's the threshold for us here?")
    assert said.other_council is None


def test_a_company_based_in_a_town_is_a_place():
    assert understand("a company based in tamworth gave me a £55 voucher").other_council is None


def test_where_the_asker_used_to_work_gives_way_to_where_they_are_now():
    said = understand("used to work at TH, now a cllr at LDC. declared an unregistered DPI at scrutiny")
    assert said.council == "lichfield" and said.councils == ["lichfield"]


def test_a_council_asked_about_beside_the_askers_own_context_is_answered():
    said = understand(
        "how does the need to know right work for tower hamlets councillors?"
        " we're reviewing ours at lichfield"
    )
    assert said.asked_council == "tower-hamlets"


def test_my_old_council_in_brackets_is_only_a_comparison():
    assert (
        understand("at my old council (birmingham) the gift limit was £25 - whats ours?").other_council
        is None
    )


def test_a_county_named_bare_as_where_a_company_is_stays_a_place():
    assert understand("a staffordshire company gave me shares").other_council is None


@pytest.mark.parametrize(
    ("question", "council"),
    [
        ("can i do paid private consultancy at weekends? th officer in regeneration", "tower-hamlets"),
        ("im a th cllr, can i see the exempt papers", "tower-hamlets"),
        ("th officer asked me for the file", None),
    ],
)
def test_lowercase_th_is_tower_hamlets_where_the_asker_says_who_they_are(question, council):
    assert understand(question).council == council


def test_th_cllr_here_is_the_askers_own_council_beside_another_council_named():
    u = understand(
        "TH cllr here (using the lichfield channel by mistake) - "
        "a developer paid for my £75 dinner. register it?"
    )
    assert u.own_council == "tower-hamlets" and u.council == "tower-hamlets"


@pytest.mark.parametrize(
    ("question", "council", "councils"),
    [
        # where the asker came from: in brackets, moved or seconded from
        ("at my last job (tower hamlets) gifts were different. what's the rule?", None, []),
        ("moved from lichfield to tower hamlets last month. gift limit?", "tower-hamlets", ["tower-hamlets"]),
        (
            "on secondment to tower hamlets from ldc. who do i complain to?",
            "tower-hamlets",
            ["tower-hamlets"],
        ),
        # "here at" is the asker's own; one council asked about, the other only mentioned
        ("TH has a deadline for enquiries. anything like that here at lichfield?", "lichfield", None),
        ("at lichfield officers can keep small gifts. does TH have a limit?", "tower-hamlets", None),
        # a service between the council's name and the role
        ("lichfield planning officer. what does the protocol at tower hamlets say?", "lichfield", None),
    ],
)
def test_whose_council_when_another_is_only_compared(question, council, councils):
    said = u(question)
    assert said.council == council
    if councils is not None:
        assert said.councils == councils


@pytest.mark.parametrize(
    ("question", "own"),
    [
        (
            "ive just moved across from lichfield dc to tower hamlets. at lichfield i needed "
            "consent for tutoring - do i need the same here?",
            "tower-hamlets",
        ),
        ("seconded to ldc from TH since june, is it the same rule here?", "lichfield"),
        ("i've just joined tower hamlets from lichfield. same here?", "tower-hamlets"),
    ],
)
def test_the_council_the_asker_moved_to_is_their_own(question, own):
    # so "the same here" compares with where they came from, and answers for where they are
    assert u(question).own_council == own


def test_two_councils_asked_together_are_both_asked():
    said = u("do lichfield and tower hamlets both have a protocol on bullying?")
    assert said.asked_council is None and said.councils == ["lichfield", "tower-hamlets"]


@pytest.mark.parametrize(
    "question",
    [
        "i'm on alrewas parish council, what's our gift limit?",
        "parish councillor here - do we register gifts?",
        # batch 54: a parish of two places
        "im on whittington & fisherwick parish council, somebody gave me a £60 hamper",
    ],
)
def test_a_parish_or_town_council_is_another_council(question):
    said = u(question, known_places={"lichfield": ("Alrewas", "Burntwood", "Whittington")})
    assert said.council is None and said.other_council and said.other_is_subject


def test_standing_for_a_parish_council_names_no_other_council():
    assert u("can i stand as a parish councillor while employed by the council?").other_council is None


def test_a_body_only_one_council_has_names_it():
    names = {"lichfield": ["Lichfield District Council", "Audit and Member Standards Committee"]}
    assert (
        u("at the audit and member standards committee last week", known_councils=names).council
        == "lichfield"
    )


def test_a_village_sharing_a_name_with_another_council_is_a_place():
    said = u(
        "a licence to graze horses on a field near kings bromley",
        known_places={"lichfield": ("Kings Bromley",)},
    )
    assert said.other_council is None


@pytest.mark.parametrize(
    ("question", "council"),
    [
        ("cllr for one of the burntwood wards here. a developer gave me tickets", "lichfield"),
        ("i'm a cllr in whitechapel. my enquiry went in on monday", "tower-hamlets"),
    ],
)
def test_the_place_an_asker_represents_names_their_council(question, council):
    places = {"lichfield": ("Burntwood",), "tower-hamlets": ("Whitechapel",)}
    said = u(question, known_places=places)
    assert (said.council, said.own_council) == (council, council)


def test_someone_elses_code_asked_about_outranks_the_askers_own_council():
    said = u(
        "i work for TH. my husband is a lichfield district cllr - does his code make him register my job?"
    )
    assert (said.council, said.own_council) == ("lichfield", "tower-hamlets")


def test_my_post_at_a_council_is_the_one_asked_about():
    said = u("lichfield officer seconded here at TH - is my lichfield post politically restricted?")
    assert said.council == "lichfield"


def test_a_council_said_with_like_is_what_the_question_compares_with():
    said = u("TH - do officers there need approval for sponsorship like lichfield?")
    assert said.asked_council == "tower-hamlets" and said.council == "tower-hamlets"


@pytest.mark.parametrize(
    ("question", "council"),
    [
        # the asker's team at a council places them there
        (
            "hr at tower hamlets - one of our employees got a gift card. what does our code say?",
            "tower-hamlets",
        ),
        # "the same rule as lichfield" is a comparison, not the asker's council
        ("does tower hamlets have the same rule as lichfield where cllrs report gifts?", "tower-hamlets"),
        # someone in a role at the other council, whose rules are asked about
        (
            "i'm an ldc cllr - my cousin is an officer at tower hamlets. what do their rules say?",
            "tower-hamlets",
        ),
        # where the asker used to work, when its people are what the question is about
        (
            "used to work at tower hamlets. if one of their councillors has a problem, who do they go to?",
            "tower-hamlets",
        ),
        # the people of where the asker used to work, asked about as "there"
        (
            "used to work at lichfield district - were officers there allowed to keep small gifts?",
            "lichfield",
        ),
    ],
)
def test_whose_council_when_people_at_another_are_asked_about(question, council):
    assert u(question).council == council


@pytest.mark.parametrize(
    ("question", "council"),
    [
        ("th officer - hospitality rules?", "tower-hamlets"),
        ("th employee code - covers conduct outside work?", "tower-hamlets"),
        ("i rep bethnal green. hamper £70 last wk, register it?", "tower-hamlets"),
    ],
)
def test_terse_messages_name_their_council(question, council):
    assert u(question, known_places={"tower-hamlets": ("Bethnal Green",)}).council == council


def test_a_county_abbreviated_is_another_council():
    assert u("staffs county cllr, gift rules?").other_council == "staffs county"


@pytest.mark.parametrize(
    ("question", "council", "own"),
    [
        # the council asked about, its people in question, over the asker's own
        (
            "ldc cllr, out of interest how long do tower hamlets officers get to answer a members "
            "enquiry from one of their cllrs?",
            "tower-hamlets",
            "lichfield",
        ),
        # where the asker works now outranks their employer named as well
        (
            "TH officer but on a 6 month secondment into lichfield DCs waste team. which code?",
            "lichfield",
            "lichfield",
        ),
        # a service between "i'm a" and the role
        (
            "not a TH employee, i'm a planning officer at lichfield district. can i do drawings?",
            "lichfield",
            "lichfield",
        ),
    ],
)
def test_the_council_asked_about_and_where_the_asker_is_now(question, council, own):
    said = u(question)
    assert (said.council, said.own_council) == (council, own)


@pytest.mark.parametrize(
    "question",
    [
        "staffordshire county council officer, on a joint project with ldc. do i go by lichfields rules?",
        "mayor of lichfield city council here (the parish-level one). do the ldc gift rules apply?",
    ],
)
def test_an_asker_in_another_councils_office_asks_about_that_council(question):
    said = u(question)
    assert said.other_council and said.other_is_subject


def test_what_the_asker_learnt_where_they_used_to_be_is_that_councils():
    said = u(
        "starting at tower hamlets next month, was at lichfield DC for 6 yrs. my new boss wants to hear "
        "about a deal i worked on there that was all exempt info. can i share it?"
    )
    assert said.council == "lichfield"


def test_a_friend_elected_in_a_ward_is_asked_about_with_that_wards_council():
    said = u(
        "quick one for a friend who just got elected in bethnal green - how long does she have?",
        known_places={"tower-hamlets": ("Bethnal Green",), "lichfield": ("Burntwood",)},
    )
    assert said.council == "tower-hamlets"


def test_the_team_the_asker_works_in_placed_in_a_councils_area_is_their_council():
    said = u(
        "i'm in the housing options team in mile end. a councillor rang me direct about a resident",
        known_places={"tower-hamlets": ("Mile End",), "lichfield": ("Burntwood",)},
    )
    assert said.council == "tower-hamlets"


def test_hackney_carriages_are_taxis_not_the_london_borough():
    said = u("my wife's new taxi business (she runs 2 hackney carriages) isn't on my register yet")
    assert said.other_council is None


def test_a_county_division_named_after_our_district_is_the_countys():
    said = u(
        "county cllr for the lichfield rural division (staffordshire county council). do your gift rules "
        "apply?"
    )
    assert said.council is None and said.other_council == "staffordshire county council"


@pytest.mark.parametrize(
    "question",
    [
        "quick q from an ldc officer: what does tower hamlets' employee code say about conduct outside work?",
        "HR at ldc here, a new starter joining us from tower hamlets asked whether TH let staff accept "
        "hospitality from suppliers - what does their code say?",
    ],
)
def test_another_councils_code_asked_about_by_our_staff_is_that_councils(question):
    assert u(question).council == "tower-hamlets"


@pytest.mark.parametrize(
    ("question", "council"),
    [
        # "their" is a friend's council, and the question is about ours
        (
            "lichfield officer. a developer offered me a drink after a site visit. a tower hamlets friend "
            "says "
            "their code has nothing on it - what about ours?",
            "lichfield",
        ),
        # "her deadline" is the lichfield councillor's, told of by a TH officer
        (
            "not a TH question - a friend of mine is a lichfield district cllr and a local firm sent her a "
            "hamper. "
            "whats her deadline?",
            "lichfield",
        ),
    ],
)
def test_their_people_mentioned_is_not_asking_what_their_code_says(question, council):
    assert u(question).council == council


@pytest.mark.parametrize(
    ("question", "council"),
    [
        # "us TH councillors": the asker's own, the other council only what they know of
        (
            "i know lichfield cllrs have to tell the MO about gifts over a certain value. "
            "what's the equivalent limit for us TH councillors?",
            "tower-hamlets",
        ),
        # transferring from one to the other: where the asker is going is asked about
        ("transferring from ldc to tower hamlets in jan. who signs off private work at TH?", "tower-hamlets"),
        # "does their employee code say...": the one other council's code is asked about
        (
            "ldc officer thinking of applying for a job at tower hamlets. does their employee code say "
            "anything about how you behave outside work?",
            "tower-hamlets",
        ),
        # the asker signs with their team; "one of their cllrs" is the other council's
        (
            "TH governance team here, helping a colleague at lichfield. one of their cllrs declared a DPI "
            "at planning on 19 nov. by when does he have to tell their MO?",
            "lichfield",
        ),
        # what someone else must do is under their council's code
        (
            "i'm a TH officer but my wife is a lichfield district cllr. a local firm gave her a case of "
            "wine. what does she have to do about it?",
            "lichfield",
        ),
    ],
)
def test_the_council_whose_rule_is_asked_for(question, council):
    assert understand(question).council == council


@pytest.mark.parametrize(
    ("question", "council"),
    [
        # batch 52: where the asker is now, beside where they were
        (
            "was a cllr at lichfield years ago where you'd go to a director about the chief exec. now i'm on "
            "tower hamlets and have real concerns about our chief executive - who's it raised with here?",
            "tower-hamlets",
        ),
        (
            "at lichfield i had to get leadership team sign-off for my etsy shop. started at tower hamlets "
            "this month - do i need to get it approved by someone here too?",
            "tower-hamlets",
        ),
        # set 20: "does lichfield's have..." asks about Lichfield's protocol, beside the asker's own
        (
            "TH cllr - our protocol gives officers 10 working days on members enquiries. does lichfield's "
            "have the same kind of limit?",
            "lichfield",
        ),
        # "our rule at lichfield" is asked
        (
            "my mate at tower hamlets reckons they've got no gift limit. a supplier just handed me a £60 "
            "bottle of wine - what's our rule at lichfield?",
            "lichfield",
        ),
    ],
)
def test_where_the_asker_is_now_and_whose_rule_they_ask_for(question, council):
    said = understand(question)
    assert said.council == council and council in (said.own_council, said.asked_council)


@pytest.mark.parametrize(
    ("question", "source"),
    [
        # set 22: what another council is heard to do is a comparison, not the asker's council
        ("got a branded umbrella. i know lichfield lets their staff keep promo stuff - can i?", "compared"),
        ("apparently tower hamlets gives officers 10 days to answer. is that right for us?", "compared"),
        # said as a fact of the asker's own case, or asked about, it is the question's council
        (
            "a company i part-own rents one of the council's units (LDC is the landlord). register it?",
            "question",
        ),
        (
            "colleague at lichfield says officers there need written permission. whats the rule there?",
            "question",
        ),
    ],
)
def test_a_council_heard_of_is_only_a_comparison(question, source):
    assert u(question).council_source == source
