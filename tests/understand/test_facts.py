"""Circumstances the checkers turn on, reported only when the question states them."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.understand import understand
from tests.understand.conftest import ASKED_AT


def facts(question: str) -> dict:
    return understand(question, asked_at=ASKED_AT).facts


@pytest.mark.parametrize(
    "question",
    [
        "as Chairman of the Council I was given a crystal vase at a civic event",
        "I'm chairman and received a civic gift",
        "civic hospitality at the chairman's reception",
    ],
)
def test_the_chairman_acting_as_chairman_is_a_civic_fact(question):
    assert facts(question)["civic_chairman"] is True


@pytest.mark.parametrize(
    "question",
    [
        "a bottle of whisky arrived in the post",
        "hamper turned up at the office without warning",
        "completely unexpected gift from a supplier",
        "they sent it out of the blue, i didn't ask for it",
    ],
)
def test_gifts_that_arrive_unasked_are_unsolicited(question):
    assert facts(question)["unsolicited"] is True


@pytest.mark.parametrize(
    "question",
    [
        "refusing would cause offence to the community group",
        "it would be churlish to say no",
        "i couldn't refuse without offending them",
        "it felt rude to refuse",
    ],
)
def test_gifts_that_cannot_be_refused_are_flagged(question):
    assert facts(question)["cannot_refuse"] is True


def test_lavish_hospitality_is_flagged():
    assert facts("a lavish five star dinner with champagne")["lavish"] is True


@pytest.mark.parametrize(
    ("question", "registered"),
    [
        ("my interest is not on the register", False),
        ("i haven't registered it yet", False),
        ("i forgot to register my shares", False),
        ("the interest is already on the register", True),
        ("it's registered", True),
    ],
)
def test_whether_an_interest_is_on_the_register_is_read_both_ways(question, registered):
    assert facts(question)["registered"] is registered


def test_a_sensitive_interest_is_flagged():
    assert facts("i don't want my address published because of threats")["sensitive"] is True


@pytest.mark.parametrize(
    "question", ["my wife has shares in the company", "my husband's firm", "my civil partner owns a flat"]
)
def test_a_spouse_or_partner_is_flagged(question):
    assert facts(question)["spouse"] is True


@pytest.mark.parametrize(
    ("question", "category"),
    [
        ("i own shares in a local company", "securities"),
        ("i bought a house in the district", "land"),
        ("we have a licence to occupy a council unit", "licence"),
        ("my firm has a contract with the council", "contract"),
        ("my company's tenancy where the council is the landlord", "corporate_tenancy"),
        ("my wife's company leases a unit from the council", "corporate_tenancy"),
        ("a business sponsored my campaign", "sponsorship"),
        ("i've got a new job with a housing association", "employment"),
    ],
)
def test_disclosable_pecuniary_interest_categories_are_hinted(question, category):
    assert category in facts(question)["dpi_category"]


@pytest.mark.parametrize(
    ("question", "trigger"),
    [
        ("i was re-elected in may", "re-elected"),
        ("i've just been co-opted onto the committee", "co-opted"),
        ("i was elected last thursday", "elected"),
        ("i sold my shares last week", "change"),
    ],
)
def test_what_triggered_a_registration_is_read(question, trigger):
    assert facts(question)["trigger"] == trigger


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("offered a pint after the site visit", "drink_after_site_visit"),
        ("a working lunch with the developer", "working_lunch"),
        ("tickets to a football match in their corporate box", "corporate_entertainment"),
        ("invited to a charity dinner", "charity"),
        ("invited to speak at a trade show", "official_function"),
    ],
)
def test_the_kind_of_hospitality_is_hinted(question, kind):
    assert facts(question)["hospitality_kind"] == kind


@pytest.mark.parametrize(
    "question",
    [
        "i have an interest in an item at tonight's planning committee",
        "the meeting is tonight, what do i do",
        "dpi on an item at tonights meeting",
    ],
)
def test_a_meeting_today_is_flagged(question):
    assert facts(question)["meeting_today"] is True


def test_received_and_offered_are_told_apart():
    assert facts("i received a bottle of wine")["received"] is True
    assert "offered" not in facts("i received a bottle of wine")
    assert facts("i've been offered tickets, should i accept?")["offered"] is True
    assert "received" not in facts("i've been offered tickets, should i accept?")


def test_promotional_items_are_flagged():
    assert facts("a supplier gave me a branded pen and a calendar")["promotional"] is True


def test_a_plain_question_states_no_facts():
    assert facts("what does the code say about gifts") == {}


@pytest.mark.parametrize(
    "question",
    [
        "my partner's just bought a flat in the district, do i need to update my register",
        "my wife owns shares in a local building firm",
        "my wife bought shares in a local firm but i didn't know about it until last week",
        "just found out my husband inherited a field in the district",
        "my husband has a tenancy from the council",
    ],
)
def test_someone_describing_their_partners_interest_is_aware_of_it(question):
    assert facts(question)["aware"] is True


@pytest.mark.parametrize(
    "question",
    [
        "what if my wife has shares i'm not aware of",
        "does it count if my husband owns land in the district that i don't know about",
        "my partner took out a council tenancy without my knowing",
    ],
)
def test_a_partners_interest_the_asker_did_not_know_of_is_not_known(question):
    assert facts(question)["aware"] is False


def test_awareness_is_not_assumed_without_a_partner_or_a_statement():
    assert "aware" not in facts("i bought a flat in the district, do i need to register it")


@pytest.mark.parametrize(
    "question",
    [
        "got back in at the election a fortnight ago, nothing new to add except my wife's new job",
        "kept my seat in may, do i need to redo my register",
        "held the seat at the election, what do i need to notify",
        # set 21: asked ahead
        "assuming i get back in at the district elections on 6 may next year, whats the cut-off date?",
    ],
)
def test_being_returned_at_an_election_is_re_election(question):
    assert facts(question)["trigger"] == "re-elected"


@pytest.mark.parametrize(
    "question",
    [
        "elected on thursday!! first thing i need to sort is my register of interests",
        "won the by-election last week, when do my interests go in",
    ],
)
def test_winning_a_seat_is_election(question):
    assert facts(question)["trigger"] == "elected"


@pytest.mark.parametrize(
    "question",
    [
        "my wife's shares in a company with premises in the district",
        "a licence to graze a council-owned field",
    ],
)
def test_a_place_of_business_or_land_in_the_area_is_local(question):
    assert facts(question)["local"] is True


@pytest.mark.parametrize(
    "question",
    [
        "i sent the MO my updated form the week before and its still being processed",
        "i've already notified the monitoring officer, it's just not on the register yet",
        "submitted my registration form to the MO last week",
    ],
)
def test_a_notification_already_with_the_monitoring_officer_is_pending(question):
    assert facts(question)["pending"] is True


@pytest.mark.parametrize(
    "question",
    [
        "im renting a lock up garage in the district on a licence for exactly one month",
        "got a licence to put my market stall on a plot in lichfield for three weeks",
        "i have a licence to graze horses on the field",
    ],
)
def test_a_licence_to_use_land_is_the_licence_row(question):
    assert "licence" in facts(question)["dpi_category"]


def test_a_driving_licence_is_not_an_interest_in_land():
    assert "dpi_category" not in facts("can i use my driving licence as id at the count")


def test_a_notification_not_yet_sent_is_not_pending():
    q = "declared a DPI at licensing - it wasnt on my register and i havent notified the MO yet"
    assert facts(q)["pending"] is False


@pytest.mark.parametrize(
    ("question", "consent"),
    [
        (
            "thinking of doing a few shifts behind the bar on saturdays. do i have to get it ok'd by work?",
            False,
        ),
        ("my director turned down my request to do some private consultancy", False),
        ("got sign off for my photography business 2 yrs ago. do i need to ask again every year?", True),
        ("my manager has approved my weekend job", True),
    ],
)
def test_consent_for_other_work_is_read_as_stated(question, consent):
    assert facts(question)["consent"] is consent


def test_work_needing_planning_permission_relates_to_council_decisions():
    q = "my neighbours want me to draw up plans for their extension, it'll need planning permission from us"
    assert facts(q)["relates_to_council_decisions"] is True


def test_a_trip_abroad_paid_for_is_travel_and_lavish():
    f = facts(
        "one of our IT suppliers has offered to fly me and my wife to monaco for the grand prix, all expenses"
    )
    assert f["hospitality_kind"] == "travel" and f["lavish"] is True


def test_owning_a_unit_in_the_district_is_land():
    assert "land" in facts("my husband owns a unit on an industrial estate in lichfield")["dpi_category"]


@pytest.mark.parametrize(
    "question",
    [
        "my wife and i completed on a house in burntwood on 29 jan 2027, do i need to update my register",
        "my husband took up a paid directorship on 1 march 2027, when do i have to update the register by?",
        # set 21: an interest given up, a contract signed (its date said between)
        "the company i part-own gave up its lease on a unit from the district council last tuesday",
        "my partner signed a contract on 2/3/26 with LDC to supply catering for their events",
    ],
)
def test_updating_the_register_for_something_new_is_a_change(question):
    assert facts(question)["trigger"] == "change"


def test_a_contract_with_the_council_dated_between_is_a_contract():
    said = facts("my partner signed a contract on 2/3/26 with LDC to supply catering for their events")
    assert "contract" in said["dpi_category"]


def test_a_lunch_break_is_not_a_meal_out():
    assert "hospitality_kind" not in facts(
        "can i answer calls for my side business from my desk on my lunch break"
    )


@pytest.mark.parametrize(
    "question",
    ["a local business took me out to lunch, do i need to register it?", "the developer paid for my dinner"],
)
def test_being_taken_out_or_treated_is_receiving_hospitality(question):
    assert facts(question)["received"] is True


@pytest.mark.parametrize(
    "question",
    [
        "an applicant left a box of chocs and a bottle of wine at reception for me",
        "a resident left a bottle of wine and a card for me at reception",
        "an elderly resident brought in a box of chocs for me",
        "a supplier sent a few bottles of wine round to the office for me",
        "a contractor gave my team a hamper to share",
        "a developer has given our conservation officer a framed print worth around £200",
    ],
)
def test_something_left_for_the_asker_was_received(question):
    assert facts(question)["received"] is True


def test_a_gift_on_a_civic_visit_is_civic():
    assert facts("the chairman got given a crystal vase on a civic visit")["civic_chairman"] is True


@pytest.mark.parametrize(
    ("question", "council"),
    [
        ("my husband owns a unit on an industrial estate in lichfield", "lichfield"),
        ("i hold shares in a firm with an office in lichfield", "lichfield"),
        ("my wife holds shares in a lichfield based engineering firm", "lichfield"),
        ("shares in a tower hamlets-based housing company", "tower-hamlets"),
        ("church lets me use their car park in lichfield", "lichfield"),
        # batch 55
        ("a licence from the market hall to use one of their units in lichfield", "lichfield"),
    ],
)
def test_a_councils_own_name_said_as_the_place_names_that_council_not_local(question, council):
    # Whether it is "in the area" depends on whose code is asked about, which routing knows.
    said = facts(question)
    assert said["place_council"] == council and "local" not in said


def test_a_council_named_as_who_asks_is_not_a_place():
    assert "place_council" not in facts("lichfield cllr here, my wife holds shares in an engineering firm")


def test_doing_it_together_with_a_partner_means_being_aware_of_it():
    assert facts("my wife and i completed on a house in burntwood on 29 jan 2027")["aware"] is True


@pytest.mark.parametrize(
    ("question", "fact", "value"),
    [
        ("i own £30k of shares in the brewery on the trading estate here", "local", True),
        ("exactly £25,000 nominal of shares (tiny % of its share capital)", "over_hundredth", False),
        ("plans for her extension, which she'll submit to LDC", "relates_to_council_decisions", True),
    ],
)
def test_more_ways_of_stating_the_dpi_and_other_work_facts(question, fact, value):
    assert facts(question)[fact] is value


def test_something_left_on_my_desk_arrived_unasked():
    f = facts("contractor left a wrapped present on my desk after the handover meeting")
    assert f["received"] is True and f["unsolicited"] is True


@pytest.mark.parametrize(
    ("question", "fact", "value"),
    [
        ("we'd never put them on the register", "registered", False),
        ("my husband started as a director of a building firm on the 1st", "trigger", "change"),
        ("how long to sort it with the MO?", "asks_period", True),
        ("how long have i got to tell the MO?", "asks_period", True),
        ("how long until i have to tell the MO?", "asks_deadline", True),
    ],
)
def test_registration_state_change_and_asking_how_long(question, fact, value):
    assert facts(question)[fact] == value


@pytest.mark.parametrize(
    ("question", "fact", "value"),
    [
        ("it hasnt been put on the register yet", "registered", False),
        ("i sent the MO my updated interests form last week", "pending", True),
        ("my husband was made a director of a building firm", "aware", True),
        # a named member's partner, asked for by staff: whether they live together is unsaid
        ("cllr smith's partner holds £30k nominal of shares in a local firm", "partner_unsaid", True),
        ("my family have about £40k nominal in shares in a local brewery", "family_unsaid", True),
        ("i'm starting a new paid directorship soon - what's the deadline?", "trigger", "change"),
        (
            "procurement officer offered lunch by a firm bidding in a tender she's scoring",
            "improper_influence",
            True,
        ),
        (
            "my other half started working there on 2/11. do i need to change anything on my form?",
            "asks_change",
            True,
        ),
        (
            "ive got a pecuniary interest in an item tonight, do i need to notify the MO within some number "
            "of days?",
            "asks_deadline",
            True,
        ),
        # a new directorship is a change to the register (para 9)
        ("my husband was made a director of a building firm", "trigger", "change"),
        ("when does my register need updating by", "trigger", "change"),
        ("what date do i have to tell the MO by?", "asks_deadline", True),
        ("whats the last date to get my dpis in", "asks_deadline", True),
        ("an all-expenses weekend at a 5* spa hotel", "lavish", True),
        ("a local firm wants to sponsor our awards", "offered", True),
        ("he puts apps into LDC regularly", "relates_to_council_decisions", True),
        ("was given a framed print at a civic reception", "civic_chairman", None),
        ("the chairman got given a crystal vase on a civic visit", "civic_chairman", True),
        (
            "the chairman was presented with an engraved crystal bowl (guessing £120ish) by the mayor of our "
            "twin town during the civic visit",
            "civic_chairman",
            True,
        ),
    ],
)
def test_registration_pending_awareness_lavishness_and_civic_chairman(question, fact, value):
    assert facts(question).get(fact) == value


@pytest.mark.parametrize(
    ("question", "category"),
    [
        ("my husband and i rent a garage from the council through his company", ["corporate_tenancy"]),
        ("renting a lock-up garage off a private landlord for 3 weeks", ["licence"]),
        ("my husband was made a director of a building firm", ["employment"]),
        ("a farmer's letting me graze my horses on his field in hopwas", ["licence"]),
        ("a farmer near alrewas is letting me use one of his fields for 3 weeks in december", ["licence"]),
        ("farmer near alrewas says i can graze my two ponies on his paddock", ["licence"]),
        (
            "the council is letting me have a pitch at the xmas market (its a licence not a lease)",
            ["licence"],
        ),
        ("i became a paid director of a local engineering firm on 27 november", ["employment"]),
        ("unison chipped in £400 towards my election expenses", ["sponsorship"]),
        ("the union paid £300 towards my leaflets in march", ["sponsorship"]),
        ("my husbands building firm is doing the refurb on the council depot", ["contract"]),
        ("a licence from a landowner to use a yard for her market stall stock", ["licence"]),
        ("church lets me use their car park for my van", ["licence"]),
        ("our parish lets me use a bit of field for parking for 3 weeks", ["licence"]),
        ("i hold stocks and shares in a local firm", ["securities"]),
    ],
)
def test_renting_and_directorships_name_their_dpi_category(question, category):
    assert facts(question)["dpi_category"] == category


@pytest.mark.parametrize(
    ("question", "fact", "value"),
    [
        ("works finished but not fully paid/discharged yet", "discharged", False),
        ("they have an ongoing council maintenance contract", "discharged", False),
        ("the contract ended last year", "discharged", True),
        ("the applicant offered us a pint at the pub", "lavish", False),
        ("there was no pending notification", "pending", False),
        ("sent a members enquiry ages ago and still nothing", "enquiry_made", True),
        ("has it gone over the max turnaround??", "asks_deadline", True),
        ("still hasnt been answered, is the service late?", "asks_deadline", True),
        ("is my wifes shareholding something i have to declare", "asks_whose", True),
        ("is my wifes shareholding something i have to declare", "spouse", True),
        ("what should i do if a present turns up in the post", "hypothetical", True),
        ("the union gave me £300 - does that go on the register as a DPI?", "asks_if_dpi", True),
        ("is that a dpi i have to declare", "asks_if_dpi", True),
        ("the union paid £300 towards my leaflets. sponsorship DPI?", "asks_if_dpi", True),
        ("when do i have to register my new dpi", "asks_if_dpi", None),
        ("when do i need to have updated my register entry by", "trigger", "change"),
        ("selling the rental flat i own, completion is 2 weeks on tuesday", "trigger", "change"),
        ("presume i need to update my interests after?", "trigger", "change"),
        ("i declared my interest at the meeting, when do i tell the MO", "declared_at_meeting", True),
        ("do i have to declare my interest at the meeting?", "declared_at_meeting", None),
        ("she hasnt asked anyone yet", "consent", False),
        ("got LT consent last year to do bookkeeping for my sister", "consent", True),
        ("supplier dropped a hamper off at reception for me", "received", True),
        (
            "case officer on a scheme thats still live. the applicant asked me to lunch",
            "improper_influence",
            True,
        ),
        (
            "offered shifts by the company that holds our grounds maintenance contract",
            "relates_to_council_contracts",
            True,
        ),
        (
            "my husbands company has a grounds maintenance contract with LDC, runs till 2028",
            "discharged",
            False,
        ),
        ("i'm a self employed plumber", "for_profit", True),
        ("my sister owns a house in whittington", "relative_holds", True),
        ("nominal value £25,000, which is about 0.5% of their issued share capital", "over_hundredth", False),
        ("husband owns 1.5% of the shares in a small local firm", "over_hundredth", True),
        ("I've a registered DPI on an item at audit", "registered", True),
        ("the committee granted me a dispensation to vote", "dispensation", True),
        ("LT gave me written consent for weekend tutoring", "consent", True),
        ("LT gave me written consent for weekend tutoring", "received", None),
        (
            "invited to their hospitality tent at the test match",
            "hospitality_kind",
            "corporate_entertainment",
        ),
        ("when should my members enquiry be answered by?", "enquiry_made", True),
        ("at last tuesday's cabinet I declared an interest in an item", "declared_at_meeting", True),
        ("my union paid £400 towards my election expenses", "election_expenses", True),
        ("at planning last night i blurted out that my wife owns the field", "declared_at_meeting", True),
        (
            "owned up at licensing on 28 feb that the pub applying is my partner's",
            "declared_at_meeting",
            True,
        ),
        ("i work for the firm, which i forgot to put on my form", "registered", False),
        ("my other half started working at the company on 2/11", "trigger", "change"),
        ("when should housing have got back to me on my enquiry?", "enquiry_made", True),
        ("completed sale of my buy-to-let flat on 30th november", "trigger", "change"),
        ("a members enquiry asking the council to change its HMO licensing policy", "routine", False),
        ("a routine info request about bin collections", "routine", True),
        ("my partner bought a buy to let flat in lichfield on 20 june", "dpi_category", ["land"]),
        (
            "the landowner's given me a licence to graze my horses on a field",
            "dpi_category",
            ["licence", "land"],
        ),
        ("the host insisted i take a silver tea set", "received", True),
        ("by when do i need to register my new DPI?", "trigger", "change"),
        ("a company i'm a director of signed a contract with ldc on the 10th", "trigger", "change"),
        ("i know i need to tell the MO - when by?", "asks_deadline", True),
        ("are co-opted members caught by the conduct rules?", "trigger", None),
        ("i was co-opted onto audit on 3 nov", "trigger", "co-opted"),
        ("she sent us a contract to sign", "trigger", None),
        (
            "used to work at TH. declared an unregistered DPI at overview & scrutiny",
            "declared_at_meeting",
            True,
        ),
        ("the union paid £300 towards my leaflets in march for the may election", "election_expenses", True),
        (
            "the unison branch paid about £300 towards my leaflets at the may election",
            "election_expenses",
            True,
        ),
        ("what date should i expect a reply to my members enquiry by", "enquiry_made", True),
        ("a customer i helped sent a gift to the office", "received", True),
        ("lichfield cllr - declared an unregistered DPI at the standards cttee", "declared_at_meeting", True),
        ("a contract with the district council that runs til next year", "discharged", False),
        ("my wife owns a house in whittington", "relative_holds", None),
        ("how long have i got to tell the MO?", "asks_deadline", None),
        ("the committee gave me a dispensation on the item", "dispensation", True),
        ("the committee gave me a dispensation on the item", "received", None),
        ("am i already late to update my register??", "asks_deadline", True),
        ("just got back from cabinet, had to declare a DPI this evening", "declared_at_meeting", True),
        ("when do i need to have notified the MO by?", "pending", None),
        ("cllr patel declared an interest - not on her register and no form pending", "registered", False),
        ("cllr patel declared an interest - not on her register and no form pending", "pending", False),
        ("a maintenance contract which is on her register", "registered", True),
        ("she wants to know if she can stay in the room and just not vote", "asks_to_take_part", True),
        ("if i declare it at the start can i still speak in the debate and vote?", "asks_to_take_part", True),
        ("do i need to declare it?", "asks_to_take_part", None),
        ("I know it's not a DPI but should I say something at committee?", "not_dpi", True),
        ("is it a dpi or not?", "not_dpi", None),
        ("she's a self employed architect", "dpi_category", ["employment"]),
        ("we're not married. she's a self employed architect", "aware", True),
        ("one of our officers wants to pick up weekend shifts behind the bar", "doing_private_work", True),
        ("what does she need to do before she starts?", "consent", False),
        ("if my request to do a second job gets turned down can i appeal?", "doing_private_work", None),
        ("under the month so not a DPI right?", "not_dpi", None),
        ("sold all my shares on 2 nov so its not a DPI anymore - do i need to tell anyone?", "not_dpi", None),
        ("not a DPI i think, should i still say something?", "not_dpi", True),
        ("someone in my family has about 30k of shares", "family_unsaid", True),
        ("do i need to declare that on my register?", "registered", None),
        ("the cabinet member was put up in a hotel overnight by a conference organiser", "received", True),
        ("a developer dropped a hamper round to her house on 3/11", "received", True),
        ("a cllr put something in through the members enquiries system", "enquiry_made", True),
        ("she wants to know the very latest she can tell the MO", "asks_deadline", True),
        ("the service still hasnt replied. when was it actually due?", "asks_deadline", True),
        ("refusing would have been really hurtful so i took it", "cannot_refuse", True),
        ("i disclosed it there and then and left the room", "declared_at_meeting", True),
        ("a resident left a bottle of wine and a thank you card for me at reception", "received", True),
        ("ask the council to rethink its whole policy on HMO licensing", "routine", False),
        ("i have a DPI on the council tax setting item", "dpi_stated", True),
        ("can i address the committee as an objector at all?", "asks_to_take_part", True),
        (
            "my wife's company is applying for a licence at the sub cttee. do i need to leave the room?",
            "asks_to_take_part",
            True,
        ),
        ("left my job at the builders merchants on 31st oct", "trigger", "change"),
        ("the council contract was fully completed and paid off on 20 november", "trigger", "change"),
        ("we own a paddock near hopwas", "dpi_category", ["land"]),
        ("a company i own shares in rents one of the council's industrial units", "council_landlord", True),
        ("my wife's company leases premises in burntwood from a private landlord", "council_landlord", False),
        ("she works as a paid consultant for an engineering firm", "dpi_category", ["employment"]),
        ("i live with my girlfriend. she works as a paid consultant", "aware", True),
        ("a bidder has invited me out for lunch. I'm on the evaluation panel", "improper_influence", True),
        (
            "a charity whose grant application i'm assessing right now has invited me",
            "improper_influence",
            True,
        ),
        ("a weekend at a golf hotel in portugal, all paid", "lavish", True),
        ("a developer sent a hamper round to my house", "received", True),
        (
            "the hospice invited me to their volunteers thank-you evening - tea, cake, no strings",
            "lavish",
            False,
        ),
        (
            "the hospice invited me to their volunteers thank-you evening - tea, cake, no strings",
            "indebtedness",
            False,
        ),
        ("the hospice invited me to their volunteers thank-you evening", "hospitality_kind", "charity"),
        (
            "a standard evening meal for all ~100 delegates on the training course",
            "hospitality_kind",
            "official_function",
        ),
        ("posted me a spa day voucher, £75", "lavish", None),
        ("do i have a DPI?", "dpi_stated", None),
        ("i'd like to do some maths tutoring. do i need anyone's permission first?", "consent", False),
        (
            "private drawings for a neighbour's loft conversion in whittington",
            "relates_to_council_decisions",
            True,
        ),
        ("does she have to put my job here on her register?", "for_profit", True),
        ("bill was £270 so ~£45 a head. does my share need to go in the register?", "dpi_category", None),
        ("sent a routine ME re a housing repair on fri 13 nov", "enquiry_made", True),
        ("for lichfield DC - elected 7 may, when do i register", "trigger", "elected"),
        ("declared an interest that i'd forgotten to register", "registered", False),
        ("she declared a DPI that wasn't on her register", "registered", False),
        ("nothing to do with the council, no conflict", "conflict_of_interest", False),
        ("nothing to do with the council, no conflict", "relates_to_council_decisions", False),
        ("planning drawings for householder applications", "relates_to_council_decisions", True),
        ("a mate wants me to draw up plans for his extension", "relates_to_council_decisions", True),
        ("does that have to go on my register of interests?", "registered", None),
        ("it is already on my register", "registered", True),
        ("a calendar and some pens from a supplier", "promotional", True),
        ("a fountain pen worth £75", "promotional", None),
    ],
)
def test_contracts_discharged_modest_drinks_enquiries_and_general_questions(question, fact, value):
    assert facts(question).get(fact) == value


@pytest.mark.parametrize(
    ("question", "category"),
    [
        ("farmer lets me graze my ponies on his field, its a licence for 3 weeks", ["licence"]),
        ("the parish lets me use a paddock for my horse under a licence", ["licence"]),
        ("the council has a contract with my husbands joinery firm", ["contract"]),
        ("actually the nominal value is £25,000.01", ["securities"]),
        ("unison paid £400 towards my election expenses", ["sponsorship"]),
        ("does my husbands job count as one of my interests", ["employment"]),
    ],
)
def test_more_everyday_names_for_the_dpi_categories(question, category):
    assert facts(question)["dpi_category"] == category


@pytest.mark.parametrize(
    ("question", "fact", "value"),
    [
        ("if someone gives me a £70 gift how long have i got", "hypothetical", True),
        ("my partner (we live together) runs a firm", "aware", True),
        ("land i own which i'd never put on the register", "registered", False),
        ("no notification pending. what now", "pending", False),
        ("I've got a new DPI to add, how long have i got?", "trigger", "change"),
        ("my members enquiry still hasnt been answered", "enquiry_made", True),
        ("i volunteer (unpaid) as treasurer of a foodbank", "for_profit", False),
        ("does my basic allowance count as sponsorship", "from_council", True),
        ("a developer with a live planning app offered us a day at the races", "improper_influence", True),
        ("halfway through a grounds maintenance contract with LDC", "discharged", False),
        ("shares in a local building firm", "local", True),
        ("i own 2% of a small family co", "over_hundredth", True),
        ("my mate got in at the LDC by-election", "trigger", "elected"),
        ("a contract w LDC, still going", "discharged", False),
    ],
)
def test_phone_shorthand_and_everyday_statements_of_the_checkers_facts(question, fact, value):
    assert facts(question).get(fact) == value


def test_a_place_in_a_councils_area_names_that_council():
    places = {"lichfield": ("Burntwood", "Alrewas"), "tower-hamlets": ("Bethnal Green",)}
    u = understand("a small family co based in burntwood", asked_at=ASKED_AT, known_places=places)
    assert u.facts["place_council"] == "lichfield"
    # set 22: the place joined to "-based"
    u = understand("holding in an alrewas-based company", asked_at=ASKED_AT, known_places=places)
    assert u.facts["place_council"] == "lichfield"
    assert (
        "place_council" not in understand("a firm in stafford", asked_at=ASKED_AT, known_places=places).facts
    )


@pytest.mark.parametrize(
    ("question", "fact", "value"),
    [
        (
            "council said I can keep my trailer on a bit of their land in the district",
            "dpi_category",
            ["licence"],
        ),
        ("the council has agreed i can graze my horses on one of its fields", "dpi_category", ["licence"]),
        ("the union paid about £400 towards my election leaflets", "dpi_category", ["sponsorship"]),
        ("contractor who's bidding on our waste tender", "improper_influence", True),
        ("a box at villa park with champagne dinner and overnight hotel", "lavish", True),
        (
            "does loads of work on council buildings under our framework contract",
            "relates_to_council_contracts",
            True,
        ),
        ("xmas voucher from the agency that supplies our temps", "received", True),
    ],
)
def test_licences_on_council_land_union_money_bids_champagne_and_vouchers_from(question, fact, value):
    assert facts(question).get(fact) == value


@pytest.mark.parametrize(
    ("question", "fact", "value"),
    [
        ("the company i hold shares in changed on 2 march (merger)", "trigger", "change"),
        (
            "mate lets me use his field in the district for 3 weeks. a dpi (licence)?",
            "dpi_category",
            ["licence"],
        ),
        ("theyd be going in for planning", "relates_to_council_decisions", True),
    ],
)
def test_mergers_borrowed_fields_and_plans_going_in(question, fact, value):
    assert facts(question).get(fact) == value


@pytest.mark.parametrize(
    ("question", "fact", "value"),
    [
        ("lichfield officer here - can i do private plumbing jobs at weekends?", "consent", False),
        (
            "my brother in law's cleaning firm has the contract for the council depots",
            "relates_to_council_contracts",
            True,
        ),
    ],
)
def test_asking_whether_one_may_and_a_relatives_council_contract(question, fact, value):
    assert facts(question).get(fact) == value


@pytest.mark.parametrize(
    ("question", "fact", "value"),
    [
        ("whats the exact date i need to tell the MO by?", "asks_deadline", True),
        ("sent an enquiry a while ago, are they late replying yet?", "asks_deadline", True),
        ("council has given me a licence to use a bit of land", "received", None),
    ],
)
def test_asking_for_the_exact_date_or_whether_late_and_a_licence_is_not_a_gift(question, fact, value):
    assert facts(question).get(fact) == value


@pytest.mark.parametrize(
    ("question", "fact", "value"),
    [
        # the Chairman speaking of a gift that was not a civic one
        (
            "i'm the chairman but this wasn't a civic occasion, a supplier sent me port",
            "civic_chairman",
            False,
        ),
        ("got it as a ward councillor, not as chairman", "civic_chairman", False),
        # a body said to be nowhere near the district (para 10 securities)
        ("shares in a leeds firm with no sites or offices anywhere in the district", "local", False),
        ("the company is not based in the district at all", "local", False),
        # a contract still running
        (
            "my husband's firm has a council cleaning contract that runs until next spring",
            "discharged",
            False,
        ),
        # private work touching what the officer regulates, or a council contract
        (
            "a cafe owner whose kitchen i inspect wants to pay me for a hygiene plan",
            "relates_to_council_decisions",
            True,
        ),
        ("people want me to draw plans for their loft conversions", "relates_to_council_decisions", True),
        (
            "my uncle's firm holds the council's street cleaning contract",
            "relates_to_council_contracts",
            True,
        ),
        # hospitality from someone bidding while the asker evaluates
        ("a bidder in the current cctv procurement offered me lunch", "improper_influence", True),
        ("i'm evaluating the bids and one of them asked me to dinner", "improper_influence", True),
        # the asker won the seat; someone asking who won did not
        ("just won the fradley by-election, what do i register?", "trigger", "elected"),
        ("who won the by-election in fradley?", "trigger", None),
    ],
)
def test_blind_batch_21_to_23_facts(question, fact, value):
    assert facts(question).get(fact) == value


@pytest.mark.parametrize(
    ("question", "fact", "value"),
    [
        ("my boyfriend has a contract with the council but we don't live together", "spouse", False),
        ("my boyfriend has a contract with the council but we don't live together", "relative_holds", True),
        ("my wife owns 3% of a small firm in fazeley", "over_hundredth", True),
        ("shares in a welsh company with no offices or land anywhere near lichfield", "local", False),
        ("they're putting on sandwiches and coffee at the working lunch", "lavish", False),
        ("we went round their recycling plant and at the end they gave us a mug", "courtesy_visit", True),
        ("i do a bit of paid tutoring at weekends", "doing_private_work", True),
        ("i do some weekend shifts at a pub, do i need to tell anyone?", "consent", False),
        ("the union put £300 towards my leaflets", "dpi_category", ["sponsorship"]),
    ],
)
def test_blind_batch_24_to_26_facts(question, fact, value):
    assert facts(question).get(fact) == value


@pytest.mark.parametrize(
    ("question", "fact", "value"),
    [
        (
            "a charity invited me to their dinner as council rep",
            "hospitality_kind",
            "representative_function",
        ),
        ("a £50.01 lunch invite, is that over the limit?", "asks_deadline", None),
        ("what's the max turnaround on members enquiries?", "asks_period", True),
        (
            "i want to draw up extension plans for people in the district",
            "relates_to_council_decisions",
            True,
        ),
    ],
)
def test_held_out_set_10_facts(question, fact, value):
    assert facts(question).get(fact) == value


@pytest.mark.parametrize(
    ("question", "fact", "value"),
    [
        ("pa to cllr green: her brother owns a pub in town. on her register?", "relative_holds", True),
        ("the cllr's son works for one of the bidders", "relative_holds", True),
        ("at cabinet cllr reid declared an interest that isn't on her register", "declared_at_meeting", True),
        ("member services - the new cllr for alrewas won the by-election on 5 nov", "trigger", "elected"),
        ("who won the by-election in alrewas?", "trigger", None),
        ("a supplier gave her a speaker at the end of a meeting", "received", True),
    ],
)
def test_facts_said_of_the_person_asked_about(question, fact, value):
    assert facts(question).get(fact) == value


@pytest.mark.parametrize(
    ("question", "fact", "value"),
    [
        ("registered dpi on planning item tonight, can i still vote?", "registered", True),
        ("contract w council fully done n paid last yr - still a dpi?", "discharged", True),
        ("evening bar job on the side, officer ldc - need permission?", "doing_private_work", True),
        ("2 wk licence to use a field in fradley, dpi?", "months", Decimal("0.46")),
    ],
)
def test_terse_facts(question, fact, value):
    assert understand(question, asked_at=ASKED_AT).facts.get(fact) == value


@pytest.mark.parametrize(
    "question",
    [
        "my partner has shares in a local firm",
        "my girlfriend owns a flat in burntwood",
    ],
)
def test_a_partner_named_without_saying_whether_lived_with_is_unsaid(question):
    found = facts(question)
    assert found["partner_unsaid"] is True and "lives_together" not in found


@pytest.mark.parametrize(
    ("question", "lives_together"),
    [
        ("my partner, who i live with, owns a flat", True),
        ("i live with my girlfriend, were not married. she owns a flat", True),
        ("we've been living together for years and my partner owns a flat", True),
        ("my girlfriend owns a flat but we don't live together", False),
        ("me and my partner live together - she holds shares", True),
        ("my partner and i have lived together since 2019. she owns a flat", True),
        ("me and my partner don't live together - she holds shares", False),
    ],
)
def test_living_with_a_partner_or_not_is_a_fact(question, lives_together):
    assert facts(question)["lives_together"] is lives_together


def test_an_ex_partners_interest_is_someone_elses():
    assert (
        facts("my ex moved out in july but she still owns the flat we used to share")["relative_holds"]
        is True
    )


def test_the_verb_share_is_not_shares():
    assert "securities" not in facts("she owns the flat we used to share").get("dpi_category", [])


@pytest.mark.parametrize(
    "question",
    [
        "a local business wants to sponsor our community awards evening",
        "the garage has agreed to sponsor the spring festival brochure",
    ],
)
def test_sponsoring_the_councils_own_event_is_said(question):
    assert facts(question)["sponsors_council_event"] is True


def test_being_invited_to_a_sponsors_awards_dinner_is_not_sponsoring_the_councils_event():
    assert "sponsors_council_event" not in facts(
        "a sponsor of the awards invited me to their table at the dinner"
    )


@pytest.mark.parametrize(
    ("question", "category"),
    [
        ("me and my sister co-own a paddock at kings bromley", "land"),
        ("i own a holiday cottage in cornwall", "land"),
        ("my wife's cleaning company has a contract to clean the district council offices", "contract"),
        ("the union gave me £300 towards my by-election leaflets", "sponsorship"),
        ("unison chipped in £400 towards printing my leaflets", "sponsorship"),
    ],
)
def test_more_ways_of_describing_an_interest_name_its_category(question, category):
    assert category in facts(question)["dpi_category"]


def test_a_holiday_home_far_away_is_not_local():
    assert facts("i own a holiday cottage in cornwall")["local"] is False


def test_declaring_something_as_a_dpi_asks_whether_it_is_one():
    assert facts("is that something i have to declare as a DPI?")["asks_if_dpi"] is True


@pytest.mark.parametrize(
    "question",
    [
        "got my director's written ok last week for my weekend dog grooming business",
        "i have my manager's go-ahead for the tutoring",
    ],
)
def test_a_managers_ok_is_consent(question):
    assert facts(question)["consent"] is True


def test_planning_side_work_is_doing_private_work():
    found = understand(
        "thinking of doing wedding photography on weekends. do i need to ask?", asked_at=ASKED_AT
    )
    assert found.facts["doing_private_work"] is True and found.topic == "private_work"


def test_someone_buying_the_asker_lunch_is_not_a_change_to_an_interest():
    assert (
        facts("a developer bought me lunch after a site meeting. do i need to declare it?").get("trigger")
        is None
    )


def test_a_dpi_confirmed_by_the_monitoring_officer_is_stated_not_asked():
    found = facts(
        "MO has already said it counts as a DPI for me. what's the deadline for updating my register?"
    )
    assert found["dpi_stated"] is True


@pytest.mark.parametrize(
    "question",
    [
        "my interests have changed - i've taken on a paid directorship",
        "i've just taken on a new paid role with a housing charity",
    ],
)
def test_taking_on_a_new_role_is_a_change_to_register(question):
    assert facts(question)["trigger"] == "change"


def test_not_having_got_round_to_putting_it_on_the_register_is_unregistered():
    said = "declared a dpi at full council that i hadn't got round to putting on my register"
    assert facts(said)["registered"] is False
    # set 22
    said = "realised mid-meeting it had never made it onto my register (nothing pending with the MO either)"
    assert (facts(said)["registered"], facts(said)["pending"]) == (False, False)


@pytest.mark.parametrize(
    "question",
    [
        "asked to speak at a conference as the council's homelessness lead, they'll pay a £300 speaker fee",
        "a uni wants me to give a talk, it'd be as part of my job, and offered me £250",
        # set 22: the talk is about the council's own work
        "a trade body wants me to speak at their conference about our garden waste scheme, offered me £200",
    ],
)
def test_work_done_as_the_councils_officer_is_in_an_official_capacity(question):
    found = understand(question, asked_at=ASKED_AT)
    assert found.facts["official_capacity"] is True and "private_work" in found.topics


def test_members_in_office_when_the_code_was_adopted_count_from_its_adoption():
    said = (
        "for members already in office when ldc adopted its current members code, what date was the deadline?"
    )
    assert facts(said)["trigger"] == "adoption"


def test_going_along_to_speak_asks_to_take_part():
    assert facts("obviously i won't vote but can i go along and speak for it?")["asks_to_take_part"] is True


def test_land_on_the_councils_planning_agenda_is_in_its_area():
    assert (
        facts("my own house extension is on the agenda at planning and i sit on the committee")["local"]
        is True
    )


def test_said_unpaid_outranks_a_word_for_pay_beside_it():
    found = facts("i'm an unpaid trustee of a small charity. no salary, no expenses even")
    assert found["for_profit"] is False


@pytest.mark.parametrize(
    "question",
    [
        "my girlfriend has lived with me for 3 yrs. she's got shares",
        "my partner moved in with me on tuesday. she owns a flat",
    ],
)
def test_more_ways_of_saying_a_partner_lives_with_the_member(question):
    assert facts(question)["lives_together"] is True


def test_moving_in_together_is_a_change_to_register():
    assert (
        facts("my partner moved in with me on tuesday (1 dec). she owns a flat she lets out")["trigger"]
        == "change"
    )


def test_owning_jointly_with_a_relative_is_the_members_own():
    assert "relative_holds" not in facts("me and my brother jointly own a paddock near alrewas")


def test_a_relatives_interest_is_theirs_with_an_aside_about_them():
    said = "my son (he's 34, lives in his own place) runs a landscaping business with a council contract"
    assert facts(said)["relative_holds"] is True


def test_stock_kept_in_a_store_is_not_securities_and_a_licence_to_use_is_a_licence():
    found = facts("the council has licensed me to use one of its lock-up garages for 6 months to store stock")
    assert found["dpi_category"] == ["licence"]


@pytest.mark.parametrize(
    "question",
    [
        "does that count as sponsorship i have to declare?",
        "do i need to list that as sponsorship now?",
    ],
)
def test_asking_whether_it_counts_as_a_kind_of_dpi_asks_if_it_is_one(question):
    assert facts(question)["asks_if_dpi"] is True


def test_a_meeting_named_before_the_declaration_is_a_declaration_at_a_meeting():
    said = "a fortnight ago at licensing i declared that my partner holds the lease on one of the premises"
    assert facts(said)["declared_at_meeting"] is True


def test_knowing_about_them_is_being_aware():
    assert facts("my girlfriend has shares in a company at fradley - i know about them")["aware"] is True


def test_a_sponsor_wanting_to_put_money_in_is_an_offer():
    assert (
        facts("a sponsor wants to put some money into the market square christmas lights")["offered"] is True
    )


def test_an_entry_on_the_register_as_a_kind_is_not_asking_whether_it_is_one():
    said = "left my job on 31st oct (it was on my register as employment). whats the date i have to do it by"
    assert "asks_if_dpi" not in facts(said)


def test_asking_need_permission_means_it_is_not_yet_given():
    assert facts("evening bar job on the side, officer ldc - need permission?")["consent"] is False


def test_a_consultancy_on_the_side_whose_client_bids_to_the_council_relates_to_its_contracts():
    found = facts(
        "i set up a small IT consultancy on the side and one of my clients is now bidding to supply laptops "
        "to the council"
    )
    assert found["doing_private_work"] is True and found["relates_to_council_contracts"] is True


def test_saying_i_can_still_speak_and_vote_asks_to_take_part():
    said = "it's already on my register. i can still speak and vote as long as i declare it, right?"
    assert facts(said)["asks_to_take_part"] is True


@pytest.mark.parametrize(
    ("question", "fact", "value"),
    [
        (
            "one of my officers has been doing weekend catering gigs for a few months",
            "doing_private_work",
            True,
        ),
        ("i've been asked to be treasurer of my kid's football club", "doing_private_work", True),
        ("i've been asked to become a director of my brother-in-law's company", "consent", False),
        (
            "they're about to put in an application for one of the council's business improvement grants",
            "relates_to_council_decisions",
            True,
        ),
        ("restaurants i inspect keep asking me to do consultancy", "relates_to_council_decisions", True),
        ("a pub chain wants to pay me as a consultant", "doing_private_work", True),
        ("help them put together premises licence applications", "relates_to_council_decisions", True),
    ],
)
def test_outside_work_offered_or_under_way_is_read(question, fact, value):
    assert facts(question).get(fact) is value


@pytest.mark.parametrize(
    ("question", "employment"),
    [
        ("i'm a director and the majority group want me at their pre-cabinet meeting", False),
        ("i'm a director of a local building firm", True),
        ("my husband is a director.", True),
    ],
)
def test_a_director_of_something_is_employment_not_a_council_directors_title(question, employment):
    assert ("employment" in (facts(question).get("dpi_category") or [])) is employment


@pytest.mark.parametrize(
    ("question", "fact", "value"),
    [
        ("my union gave me £400 towards election expenses", "from_council", False),
        ("my union gave me £400 towards election expenses", "dpi_category", ["sponsorship"]),
        ("a local firm paid for some campaign leaflets for me", "dpi_category", ["sponsorship"]),
        ("is that something i have to register?", "asks_if_dpi", True),
        ("does that need registering?", "asks_if_dpi", True),
        ("my basic allowance from the council", "from_council", True),
        ("im taking a licence on a pop-up shop unit in lichfield", "dpi_category", ["licence"]),
    ],
)
def test_a_payment_towards_an_election_and_whether_it_is_registrable(question, fact, value):
    assert facts(question).get(fact) == value


def test_the_chairman_signing_in_is_acting_as_chairman():
    question = (
        "chairman here. at the civic carol service the lord lieutenant's office presented me with a print"
    )
    assert facts(question)["civic_chairman"] is True


@pytest.mark.parametrize(
    ("question", "fact", "value"),
    [
        ("vice-chairman here. i stood in for the chairman at a civic dinner", "civic_chairman", False),
        # the Chairman quoting the vice-chair is still the Chairman
        (
            "i'm chairman of the council. at the civic service the mayor of our twin town presented me with "
            "a "
            "bowl. the vice-chair says anything over £50 has to go to the MO",
            "civic_chairman",
            True,
        ),
        ("my other half has about £40k nominal in a firm", "partner_unsaid", True),
        # batches 54-55
        ("girlfriend's got shares in a firm with an office in burntwood", "partner_unsaid", True),
        ("girlfriend's got shares in a firm with an office in burntwood", "spouse", True),
        ("elected at the by-election in march. when did my DPI form have to be in?", "asks_deadline", True),
        ("builders merchant wants to sponsor the bin collection calendar this year", "promotional", False),
        ("do i need to register my buy-to-let flat in burntwood?", "dpi_category", ["land"]),
        (
            "can i keep my home address and my wife's business off the published register?",
            "asks_withhold",
            True,
        ),
        ("could the mo leave out my address from the register?", "asks_withhold", True),
        # set 22
        ("re-elected to LDC - by which date do any new interests need to be in?", "asks_deadline", True),
        ("my girlfriend and i live together - she owns a terrace in burntwood", "dpi_category", ["land"]),
        ("my company rents a unit on one of the council's industrial estates", "local", True),
        ("the council's given me a licence to use a lock-up garage behind the leisure centre", "local", True),
        ("shares in a brewery that has a pub estate in the district", "local", True),
        ("my company rents a unit - LDC is the landlord", "council_landlord", True),
        ("my company rents a unit - LDC is the landlord", "dpi_category", ["corporate_tenancy"]),
        (
            "a mate's building firm does the council's housing repairs contract, wants me to do their books",
            "relates_to_council_contracts",
            True,
        ),
        ("do the travel expenses the council reimburses me for count as sponsorship?", "from_council", True),
        ("a grounds maintenance contract with ldc that still has a year left to run", "discharged", False),
        ("they have nothing in the lichfield district at all as far as i know", "local", False),
        ("a contractor wants to take me to a michelin-star tasting menu", "hospitality_kind", "meal"),
        (
            "a small company i own shares in rents an industrial unit from lichfield district council",
            "dpi_category",
            ["corporate_tenancy", "securities"],
        ),
        ("rents an industrial unit from lichfield district council", "council_landlord", True),
        (
            "cllr jones wants to know if her brother's farmland out at elford needs to go on her register",
            "relative_holds",
            True,
        ),
        (
            "cllr jones wants to know if her brother's farmland out at elford needs to go on her register",
            "dpi_category",
            ["land"],
        ),
        # set 22
        (
            "cllr jones asks whether her adult daughter's job at a firm needs to go on her register",
            "relative_holds",
            True,
        ),
        (
            "i'm chairman this year but this one was nothing to do with that - a family gave me a voucher",
            "civic_chairman",
            False,
        ),
        (
            "my husband's company is halfway through a job refurbishing the council toilets",
            "dpi_category",
            ["contract"],
        ),
        (
            "my husband's company is halfway through a job refurbishing the council toilets",
            "discharged",
            False,
        ),
        ("a resident dropped in a present to say thank you", "received", True),
        ("we had a by-election yesterday in fazeley ward", "trigger", "elected"),
        ("lunch with a consultancy, my part of the bill was £52.40. is it registrable?", "asks_if_dpi", None),
        (
            "i emailed the MO on monday with my new shareholding but the register hasn't been updated yet",
            "pending",
            True,
        ),
    ],
)
def test_the_circumstances_that_change_an_outcome_at_the_edges(question, fact, value):
    assert facts(question).get(fact) == value


@pytest.mark.parametrize(
    ("question", "fact", "value"),
    [
        (
            "we did a tour of a recycling plant for work and at the end they gave us a fleece",
            "courtesy_visit",
            True,
        ),
        (
            "my side business wants to tender for a grounds maintenance contract with the council",
            "relates_to_council_contracts",
            True,
        ),
        ("we've got a holiday cottage in cornwall, jointly owned with my wife", "dpi_category", ["land"]),
        ("the union put £400 towards my election costs in may 2022", "from_council", False),
        # an officer said it, not the member: no interest declared at the meeting
        (
            "i'm pretty blunt in scrutiny and one said i was being 'inappropriate'",
            "declared_at_meeting",
            None,
        ),
        ("at planning last night i said that my wife owns the field", "declared_at_meeting", True),
        ("the paddock is jointly owned with my brother", "dpi_category", ["land"]),
        ("i've got a holiday home in wales", "dpi_category", ["land"]),
        ("we visited their depot and they gave us a fleece each", "courtesy_visit", True),
        ("once elected, when do my interests have to be in?", "trigger", "elected"),
        (
            "i emailed the MO about my new interest on 10 nov but it's not showing on the register yet",
            "pending",
            True,
        ),
        (
            "i've been offered a paid non-exec director seat on a housing association board",
            "dpi_category",
            ["employment"],
        ),
        (
            "i've been offered a paid non-exec director seat on a housing association board",
            "for_profit",
            True,
        ),
        ("i've taken a licence (not a lease) to use a storage yard in fazeley", "dpi_category", ["licence"]),
        (
            "my wife's firm is halfway through a contract to resurface LDC's car parks",
            "dpi_category",
            ["contract"],
        ),
        ("her company rents an industrial unit from LDC on a lease", "council_landlord", True),
        ("standing for LDC next may. if i get in, what's the last date for my DPIs?", "trigger", "elected"),
        (
            "declared an unregistered DPI at a committee in october. do i still have time?",
            "asks_deadline",
            True,
        ),
        ("won a by-election in september. have i still got time to get my DPIs in?", "asks_deadline", True),
        (
            "my other half's got a stake in a company that's bidding for the contract",
            "dpi_category",
            ["securities"],
        ),
    ],
)
def test_held_out_set_19_and_batches_52_53_facts(question, fact, value):
    assert facts(question).get(fact) == value


@pytest.mark.parametrize(
    ("question", "fact", "value"),
    [
        (
            "cllr at lichfield - i know it's a DPI (it's my house). can I still speak for it?",
            "dpi_stated",
            True,
        ),
        (
            "it's already on my register. can I just declare it and sit quietly at the back?",
            "asks_to_take_part",
            True,
        ),
        (
            "tonight's cabinet has the local plan sites item and one of the sites is a field I own",
            "dpi_category",
            ["land"],
        ),
        (
            "my husband's a director of the company that does the council's IT support",
            "dpi_category",
            ["contract"],
        ),
        ("my husband's a director of the company that does the council's IT support", "aware", True),
        ("i do paid locum shifts as a pharmacist over in birmingham", "for_profit", True),
        (
            "weekend maths tutoring - nothing to do with the council, never in work hours",
            "interferes_with_duties",
            False,
        ),
        ("i'd be doing it in work hours", "interferes_with_duties", True),
        (
            "cllr o'brien told the audit and member standards committee on 31 march she's a director",
            "declared_at_meeting",
            True,
        ),
        (
            "one of my family runs a market stall on council land on a 6 month licence",
            "dpi_category",
            ["licence"],
        ),
    ],
)
def test_held_out_set_20_facts(question, fact, value):
    assert facts(question).get(fact) == value


@pytest.mark.parametrize(
    ("question", "fact", "value"),
    [
        ("what am i meant to do on the night? can i at least vote?", "asks_to_take_part", True),
        ("can i still sit on the committee for that item and just abstain?", "asks_to_take_part", True),
    ],
)
def test_taking_part_asked_however_put(question, fact, value):
    assert facts(question).get(fact) == value


@pytest.mark.parametrize(
    ("question", "fact", "value"),
    [
        # set 23
        (
            "I'm LDC chairman this year. On the civic visit the burgomaster presented me with a vase",
            "civic_chairman",
            True,
        ),
        ("gf owns a buy to let flat in burntwood. we're not living together", "lives_together", False),
        (
            "a director of a company halfway through a two-year contract cleaning the district council house",
            "discharged",
            False,
        ),
        (
            "halfway through a two-year contract cleaning the district council house",
            "dpi_category",
            ["contract"],
        ),
        (
            "my firm did a one-off resurfacing job for LDC on one of their car parks",
            "dpi_category",
            ["contract"],
        ),
        ("a developer took me and two other cllrs out for a curry after the site visit", "received", True),
        ("one of my team got flowers and chocolates from a tenant she helped", "received", True),
        ("been asked to be the (unpaid) treasurer for my kids' football club", "doing_private_work", True),
        ("it's voluntary, so I don't need to tell work, right?", "consent", False),
        (
            "the application for the site next to my company's yard is at committee",
            "affects_own_property",
            True,
        ),
    ],
)
def test_more_everyday_statements_of_the_checkers_facts(question, fact, value):
    assert facts(question).get(fact) == value


def test_a_message_opening_with_the_spouse_knows_of_their_interest():
    # development set: "husband owns 1.5% of the shares..." is said by the member, who knows of it
    said = facts("husband owns 1.5% of the shares in a small local firm (based in lichfield)")
    assert said["spouse"] is True and said["aware"] is True
