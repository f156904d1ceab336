"""The asker's role: officer (employee, staff) or councillor (member, Mayor, Chairman)."""

from __future__ import annotations

import pytest

from bot.understand import understand
from tests.understand.conftest import ASKED_AT


def role(question: str) -> str | None:
    return understand(question, asked_at=ASKED_AT).role


@pytest.mark.parametrize(
    "question",
    [
        "I'm an officer at LDC, can I accept a gift?",
        "im a planning officer and a developer offered me lunch",
        "as an employee do i need to register a gift",
        "i am a member of staff in housing",
        "as a member of staff can i accept a bottle of wine",
        "staff member here - is a £30 voucher ok",
        "officer here, quick one about hospitality",
        "I work for the council in the revenues team",
        "i work in planning and got some chocolates",
        "my manager says i need to declare it",
        "do i have to tell my line manager about a second job",
        "I'm head of service for waste",
        "I'm in the housing team at LBTH",
        "i'm a council employee",
        "as an offcer can i accept tickets",  # misspelt
        # a job title said with the council or a service
        "building control surveyor at lichfield district council - could i draw up plans at weekends?",
        "solicitor in legal services. an old friend wants me to advise him privately",
        # set 21
        "im a building control surveyor at lichfield. neighbour wants me to draw up plans",
        "i manage the economic development team. a visiting delegation gave one of my officers a plate",
        "I'm in ICT at lichfield dc. the company that holds our IT support contract wants me to do shifts",
        "im in IT at lichfield, can i keep a calendar from a supplier",
        "I left LDC in july. am I still bound by confidentiality?",
        # set 23
        "left LDC in the summer and now work for a housebuilder. can i tell my new boss?",
        "events team here - a garden centre has offered four hundred quid to sponsor the kids' trail",
        "LDC comms: energy firm offering £2.5k towards the xmas lights switch on",
        "i'm a former employee of tower hamlets, can i talk about a case i worked on?",
        "im no longer an employee but a reporter wants me to talk about a closed session",
        # set 19: the people the codes expect something of, not the members they advise
        "do both councils' codes expect officers to stay politically neutral when advising members?",
    ],
)
def test_officers_are_recognised_however_they_say_it(question):
    assert role(question) == "officer"


def test_member_of_staff_is_an_officer_not_a_councillor():
    assert role("member of staff here, got flowers from a resident") == "officer"


@pytest.mark.parametrize(
    "question",
    [
        "I'm a councillor, do I need to register a £60 gift?",
        "cllr here - got tickets to the match",
        "as a councilor can i accept dinner",  # misspelt
        "i am a concillor at lichfield",  # misspelt
        "as a member, do I declare my shares?",
        "I'm the Mayor and was given a hamper",
        "as Chairman of the Council I received a civic gift",
        "I'm on the planning committee and know the applicant",
        "I sit on cabinet",
        "cabinet member here",
        "I am a ward member for Boley Park",
        "i'm a co-opted member of the standards committee",
        "I was elected in May, when do I register my interests?",
        "i've just been re-elected, do i need to notify again",
        "one of my constituents gave me a box of chocolates",
        "im a member of the planning committee",
        "my neighbour applied for planning permission and I'm on planning cttee",  # abbreviation
        # an employer on the register is a councillor's interest, not the asker's employment
        "i retired from my job in october. my employer is listed on my register. what do i do?",
        # batch 53: a co-opted member is a member, though "member" beside "i" often means staff
        "i'm a co-opted independent member on one of lichfield's committees, my co-option took effect today",
    ],
)
def test_councillors_are_recognised_however_they_say_it(question):
    assert role(question) == "councillor"


@pytest.mark.parametrize(
    "question",
    [
        "I'm a member of the public, how do I complain about a councillor?",
        "my family member gave me a present",
        "a family member works for a developer",
        "I'm a member of the golf club and they gave me a free round",
        "members of the public attend the meeting",
        "tell the monitoring officer within 28 days?",
        "the chairman of the football club gave me tickets",
        "i received a gift",
        "I'm a resident and my councillor won't reply",
        "member of the public here, how do I complain about a councillor?",
        "I'm a councillor's wife, can I accept flowers?",
        "im in it for the long haul, do i have to declare gifts?",
    ],
)
def test_member_of_the_public_family_member_and_monitoring_officer_decide_nothing(question):
    assert role(question) is None


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("can a councillor accept a gift from a developer?", "councillor"),
        ("do councillors have to register gifts", "councillor"),
        ("can members accept hospitality", "councillor"),
        ("do officers need to register hospitality", "officer"),
        ("what must employees do with a gift over £50", "officer"),
        ("can staff accept tips", "officer"),
    ],
)
def test_a_question_about_a_role_takes_that_role(question, expected):
    assert role(question) == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("a councillor asked me to speed up his planning application", "officer"),
        ("a cllr keeps emailing me at weekends", "officer"),
        ("an officer was rude to me at committee", "councillor"),
        ("an officer has been shouting at me", "councillor"),
        ("Cllr Smith keeps asking me for info about his planning application", "officer"),
        ("i have been asked by a councillor to leak a report", "officer"),
        ("the chair shouted at me in front of everyone at committee", "officer"),
        ("is it ok to be facebook friends with a councillor", "officer"),
    ],
)
def test_someone_in_one_role_acting_on_the_asker_means_the_asker_is_in_the_other(question, expected):
    assert role(question) == expected


def test_the_asker_saying_who_they_are_beats_other_mentions():
    assert role("I'm an officer and my wife is a councillor, can I accept a gift?") == "officer"
    assert role("I am a councillor and a director of a company that employs officers") == "councillor"


def test_the_words_that_decided_the_role_are_kept():
    assert understand("cllr here, got a hamper", asked_at=ASKED_AT).role_text == "cllr here"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("i've got concerns about the conduct of an officer, who do i raise it with", "councillor"),
        ("can i have a proper go at an officer in committee if i think they're wrong", "councillor"),
        ("can i go straight to a junior officer with a resident's problem", "councillor"),
        ("im seeing someone who's a councillor, do i need to tell anyone", "officer"),
        ("can i pass on confidential info to a councillor who asks", "officer"),
        ("i got a bottle of wine from a councillor", "officer"),
    ],
)
def test_an_asker_speaking_of_someone_in_one_role_is_in_the_other(question, expected):
    assert role(question) == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("can a councillor ask me to get their parking fine cancelled", "officer"),
        ("can officers come to our group meeting", "councillor"),
        ("will officers make recommendations to my political group", "councillor"),
        ("what does being open mean for councillors - do i have to explain my decisions", "councillor"),
    ],
)
def test_a_question_about_a_role_acting_on_the_asker_puts_the_asker_in_the_other(question, expected):
    assert role(question) == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("LDC cllr, got a bottle of wine", "councillor"),
        ("cllr at lichfield - a contractor sent a hamper, do i tell the monitoring officer", "councillor"),
        ("is £500 sponsorship ok for our community event? officer at LDC", "officer"),
        ("got a £60 hamper from a contractor last thursday, LDC cllr", "councillor"),
    ],
)
def test_a_role_signed_as_a_fragment_is_the_askers(question, expected):
    assert role(question) == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("I sent a members enquiry on monday, when should I expect an answer?", "councillor"),
        ("what does the members code say about gifts i get", "councillor"),
        ("can i raise my pay grievance with a councillor i know", "officer"),
    ],
)
def test_what_the_asker_owns_or_reads_says_who_they_are(question, expected):
    assert role(question) == expected


def test_the_staff_car_park_says_nothing_about_the_asker():
    assert role("how do i get a permit for the staff car park") is None


@pytest.mark.parametrize(
    ("question", "role"),
    [
        ("i'm a team manager in housing", "officer"),
        ("i'm the deputy leader", "councillor"),
        ("as group leader am i expected to keep my lot in line", "councillor"),
    ],
)
def test_more_titles_name_the_askers_role(question, role):
    assert understand(question, asked_at=ASKED_AT).role == role


@pytest.mark.parametrize(
    ("question", "role"),
    [
        ("how do i make a complaint that another cllr has broken the code?", "councillor"),
        ("a fellow officer keeps taking credit for my work", "officer"),
    ],
)
def test_another_or_a_fellow_in_a_role_is_in_the_askers_own(question, role):
    assert understand(question, asked_at=ASKED_AT).role == role


def test_asking_on_behalf_of_a_councillor_is_the_councillors_question():
    u = understand("asking on behalf of cllr patel (im her caseworker) - a supplier sent her a hamper")
    assert u.role == "councillor"


@pytest.mark.parametrize(
    ("question", "role"),
    [
        ("lichfield officer using the TH channel by mistake - can i do private surveys", "officer"),
        ("ldc cllr. mate lets me use his field", "councillor"),
        ("developer has offered me a weekend away. i'm in planning at LDC", "officer"),
    ],
)
def test_a_message_that_opens_with_who_is_writing_and_the_service_they_are_in(question, role):
    assert understand(question).role == role


def test_standing_as_a_councillor_is_not_being_one():
    u = understand("my post is politically restricted - can i still stand as a parish cllr?")
    assert u.role != "councillor"


def test_she_is_a_councillor_names_whose_codes_the_question_is_about():
    said = understand(
        "cllr patel asked me to check for her - she got a bottle. she's a lichfield district cllr"
    )
    assert said.role == "councillor" and said.role_text.startswith("she's")


def test_asking_for_a_relative_who_is_a_councillor_is_a_councillors_question():
    said = understand("asking for my dad who's a lichfield district cllr - he got re-elected on 6 may")
    assert said.role == "councillor"


@pytest.mark.parametrize(
    ("question", "role"),
    [
        ("lichfield district cllr - a residents group gave me a voucher yesterday", "councillor"),
        ("ldc building control officer - a builder offered me a weekend job", "officer"),
        ("cllr for the fradley ward. a shop gave me a hamper", "councillor"),
    ],
)
def test_a_role_signed_with_several_words_before_or_after_it(question, role):
    assert understand(question).role == role


@pytest.mark.parametrize(
    ("question", "role"),
    [
        ("ldc member. a hamper turned up today from a contractor", "councillor"),
        ("a shop gave me a voucher. im one of the fradley & streethay ward members", "councillor"),
        ("the organisers gave me wine after. boney hay ward. anything to do?", "councillor"),
        ("member for whittington and streethay. can i speak on the item?", "councillor"),
        ("i'm chairman of lichfield district council this year. a civic gift", "councillor"),
        ("lichfield cllr with an interest on tonight's agenda - can i stay?", "councillor"),
        # a role mentioned of someone else at the start is not the asker's
        ("the planning officer on my ward case is useless. can i say so online?", "councillor"),
    ],
)
def test_a_ward_a_seat_or_an_opening_role_says_who_is_asking(question, role):
    assert understand(question).role == role


@pytest.mark.parametrize(
    ("question", "subject"),
    [
        ("member services - cllr jones was given a hamper on 3/11, what's her deadline?", "councillor"),
        ("the producers gave cllr hughes tickets at the preview night", "councillor"),
        ("our chairman got a voucher yesterday at a ward surgery", "councillor"),
        ("one of our officers accepted a bottle from a bidder", "officer"),
        ("how do i complain that a councillor broke the code?", "councillor"),
        ("what's the difference between the councillor and the officer gift limits?", "both"),
        # what someone does to the asker is the asker's own question
        ("one of the cllrs keeps ringing my mobile late at night", None),
        ("a councillor asked me to fast-track an application", None),
        # a council and its kind before the noun
        ("helping out a lichfield district cllr - they declared an interest at planning", "councillor"),
    ],
)
def test_whose_conduct_a_question_is_about(question, subject):
    assert understand(question).subject_role == subject


@pytest.mark.parametrize(
    ("question", "subject", "asked"),
    [
        (
            "can you confirm the deadline for cllr smith's hospitality - a dinner on 30 oct",
            "councillor",
            False,
        ),
        ("cllr davies never logged the meal a contractor bought him. has he missed it?", "councillor", True),
        ("by when does cllr morris need to tell the MO about the hamper?", "councillor", True),
        ("PA to the leader here - a firm dropped off wine for him", "councillor", False),
        ("a member of my team wants to do weekend shifts at a supermarket", "officer", False),
        # a name ending in s takes its apostrophe alone
        (
            "cllr davies' wife stepped down as a director of the family firm. what does he need to do?",
            "councillor",
            True,
        ),
        # set 20: an aside after the name
        (
            "governance here - cllr smith (not the chairman) received a framed photo on 2 nov. does it "
            "need to go on her register?",
            "councillor",
            True,
        ),
        # set 23: what the named member disclosed
        ("democratic services: at last night's committee cllr shah disclosed a thing", "councillor", False),
        # set 22: what the named member tells or asks
        (
            "member services here. Cllr Patel tells me she was given two hospitality tickets",
            "councillor",
            False,
        ),
        (
            "governance team - cllr jones asks whether her daughter's job needs to go on her register",
            "councillor",
            True,
        ),
        # set 21: the members' register asked about by staff; the council's chairman given something
        (
            "who actually holds the register of members interests and can anyone look at it?",
            "councillor",
            False,
        ),
        (
            "The Chairman was presented with an engraved crystal bowl by the mayor of our twin town",
            "councillor",
            False,
        ),
    ],
)
def test_a_named_councillor_or_the_askers_staff_is_whose_conduct_is_asked(question, subject, asked):
    said = understand(question)
    assert (said.subject_role, said.subject_asked) == (subject, asked)


def test_the_person_asked_for_comes_before_who_the_asker_is():
    assert (
        understand("governance officer asking for a member - the cllr went to a dinner").role == "councillor"
    )
    assert understand("I'm an officer and my wife is a councillor, can I accept a gift?").role == "officer"


@pytest.mark.parametrize(
    ("question", "subject", "asked"),
    [
        # staff telling of a councillor who rang, a leader's PA, a new member being taken on
        (
            "member services here. cllr patel rang to say a developer dropped a hamper round. does she "
            "have to do anything?",
            "councillor",
            True,
        ),
        ("i'm the leader's PA. he was taken out for dinner, does he need to declare it?", "councillor", True),
        (
            "we've got a newly co-opted member joining one of our committees. when's the latest?",
            "councillor",
            False,
        ),
        ("i'm a newly elected cllr, when do i register?", None, False),
        # a role's conduct asked about in general
        ("can cllrs publicly slag off officers?", "councillor", True),
        (
            "she's been leafleting with her council lanyard on. surely thats not allowed for officers?",
            "officer",
            True,
        ),
        # a DPI beside a councillor someone else asks about is the councillor's matter
        ("dem services. a cllr with a DPI on an item next week wants a dispensation", "councillor", True),
        (
            "one of their cllrs declared an unregistered DPI at planning. what's the deadline?",
            "councillor",
            True,
        ),
    ],
)
def test_staff_speaking_for_a_councillor_and_roles_asked_about_in_general(question, subject, asked):
    said = understand(question)
    assert (said.subject_role, said.subject_asked) == (subject, asked)


@pytest.mark.parametrize(
    "question",
    [
        "comms officer @ lichfield dc. a bank wants to sponsor our residents newsletter",
        "events team at lichfield district council - an estate agent has offered £750 to sponsor our market",
    ],
)
def test_a_post_or_team_signed_at_a_council_is_an_officer(question):
    assert understand(question).role == "officer"


def test_a_team_telling_of_a_councillor_is_not_stating_whose_code():
    said = understand(
        "governance team at lichfield district - a cllr has just let us know a business gave her a voucher"
    )
    assert said.role == "officer" and not said.role_stated and said.subject_role == "councillor"


def test_a_friend_who_is_a_councillor_asked_about_is_whose_code():
    said = understand(
        "a friend of mine is a lichfield district cllr and a firm sent her a hamper. whats her deadline?"
    )
    assert (said.subject_role, said.subject_asked) == ("councillor", True)


def test_a_job_or_land_on_the_register_is_a_members_matter():
    from bot.understand.role import members_matter

    assert members_matter("i do paid locum shifts as a pharmacist. does my job have to be on the register?")
    assert not members_matter("does the hamper have to go on the register?")  # officers register gifts too


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("whittington & streethay cllr. a housebuilder took me to dinner on the 12th", "councillor"),
        ("LDC comms team - a sponsor wants to put some money into the christmas lights", "officer"),
        (
            "i'm a trustee of a local charity and a lichfield district councillor. is there anything to "
            "declare?",
            "councillor",
        ),
        # set 21: the asker one of those named
        ("housing assoc took a few of us LDC members for dinner at a hotel on the 9th", "councillor"),
        ("the contractor took two of us officers to the races", "officer"),
        ("the volunteers gave me a £50.00 voucher on christmas eve as their ward councillor", "councillor"),
        ("the garden centre gave me 3 x £15 gift vouchers. worth declaring? cllr lichfield", "councillor"),
    ],
)
def test_more_ways_the_asker_signs_their_role(question, expected):
    assert role(question) == expected
