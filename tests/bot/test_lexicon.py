"""Everyday words reach the codes' words in retrieval only."""

from pathlib import Path

import pytest

from bot.lexicon import LexiconError, load_lexicon
from bot.settings import REPO_ROOT


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "lexicon.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_phrase_adds_the_codes_words_and_keeps_the_question(tmp_path):
    lexicon = load_lexicon(
        write(tmp_path, "'(?:the press|a journalist)': confidential communicate to the public\n")
    )
    assert lexicon.expand("can I tell a journalist?") == (
        "can I tell a journalist? (confidential communicate to the public)"
    )
    assert lexicon.expand("can I tell my manager?") == "can I tell my manager?"


def test_phrases_match_whole_words_only(tmp_path):
    lexicon = load_lexicon(write(tmp_path, "'leak': confidential\n"))
    assert lexicon.expand("a leaky roof") == "a leaky roof"


def test_a_bad_pattern_is_refused_naming_the_file_and_phrase(tmp_path):
    path = write(tmp_path, "'(unclosed': words\n")
    with pytest.raises(LexiconError, match=r"lexicon\.yaml: '\(unclosed'"):
        load_lexicon(path)


def test_a_phrase_without_words_is_refused(tmp_path):
    with pytest.raises(LexiconError, match="each phrase maps to a line of words"):
        load_lexicon(write(tmp_path, "'curious': ''\n"))


def test_the_shipped_lexicon_loads():
    assert load_lexicon(REPO_ROOT / "corpus" / "lexicon.yaml").entries


def test_the_router_searches_with_the_expanded_text_but_answers_with_the_askers(tmp_path):
    from bot.coverage import load_coverage
    from bot.route import Question, Router
    from bot.types import CheckResult

    queries: list[str] = []

    def search(query, **kwargs):
        queries.append(query)
        return []

    router = Router(
        coverage=load_coverage(REPO_ROOT / "corpus" / "topics.yaml"),
        councils={"lichfield": "Lichfield District Council"},
        search=search,
        run_check=lambda rule, params, today=None: CheckResult(rule=rule, outcome="refer"),
        rule_params=lambda rule: [],
        expand=lambda text: text + " (codes' words)",
    )
    plan = router.plan(
        Question(text="can I tell a journalist?", council="lichfield", role="officer", topic=None)
    )
    assert queries and all(q == "can I tell a journalist? (codes' words)" for q in queries)
    assert plan.council == "lichfield"


# One everyday question per shipped line (the recent ones first): each must reach the codes' words.
@pytest.mark.parametrize(
    ("question", "codes_words"),
    [
        (
            "how does it work when a councillor isn't happy with an officer's conduct?",
            "capability of an officer",
        ),
        ("a cllr is fed up with one of the planning officers", "capability of an officer"),
        ("can breaching the officers' code get you disciplined?", "disciplinary action"),
        ("would i get sacked for breaking the code?", "disciplinary action"),
        ("i think my team leader is fiddling mileage claims", "report any impropriety"),
        ("heard TH has a 10 working day rule for answering member enquiries", "timely response"),
        ("one of the officers is at risk in the restructure and asked me to help", "day-to-day staff"),
        (
            "my team's being restructured and my post is at risk. can i message my ward councillor?",
            "day-to-day staff",
        ),
        ("a confidential report on the depot restructure ended up in the paper", "confidential"),
        ("a cllr named and slated one of our officers on facebook", "criticise officers in public"),
        ("can members vote against what the planning officer recommends?", "irrespective of the advice"),
        ("are co-opted members caught by the conduct rules?", "co-opted members"),
        ("i was bullied by a councillor at the meeting", "procedure for officers"),
        (
            "a resident wants to complain that our councillor was rude",
            "considered in accordance with a procedure",
        ),
        ("can i put a good word in for my friend's bid?", "merit"),
        ("my brother-in-law applied for the job", "family connection"),
        ("how quickly do officers have to respond to councillors' enquiries?", "enquir"),
        ("a journalist rang asking about the report", "confidential"),
        ("can i use the office printer for my leaflets", "facilities"),
        ("my partner has a stake in the company", "nominal value"),
        # set 19 and batch 52
        (
            "how far can i go in challenging officers? i'm pretty blunt in scrutiny",
            "express themselves robustly",
        ),
        ("i've grilled the same head of service at the last 4 meetings", "systematic challenge"),
        ("my line manager is waving through improvement grants for his mates", "report any impropriety"),
        ("a cllr lost it with me at the pre-meet. what are my options", "senior manager"),
        ("a cllr is getting really personal with me in emails. what are my options?", "senior manager"),
        ("if a cllr is rude to staff what's the route for complaining?", "senior manager"),
        (
            "a councillor was really rude to me in front of residents. whats the route for complaining?",
            "senior manager",
        ),
        (
            "can i ring the council solicitor to ask how the case is going?",
            "officers involved in the proceedings",
        ),
        ("do officers have to stay politically neutral when advising members?", "political neutrality"),
        (
            "my dad is a director of one of the firms bidding for the contract and I'm scoring the bids",
            "declare",
        ),
        (
            "someone in our team is splitting orders to get under the procurement limits",
            "report any impropriety",
        ),
        ("can i get a look at an officer's HR file?", "personal records"),
        # set 21 and batches 54-55
        ("who is responsible for the member/officer protocol at lichfield?", "operation of this protocol"),
        ("i intend to keep hammering him at every scrutiny meeting", "express themselves robustly"),
        ("sat in on their discussion. can I tell the lib dem leader what they said?", "political gain"),
        ("I left LDC in july. am I still bound by confidentiality?", "left the employment"),
        ("who actually holds the register of members interests?", "public inspection"),
        ("one of the planning officers has ignored 3 emails from me", "Leadership Team"),
        ("do both protocols say councillors mustn't bully officers?", "not be bullied"),
        ("if a cllr bullies an officer, whats the route for the officer?", "procedure for officers"),
        ("is there a set number of days officers have to answer my emails?", "timely response"),
        (
            "compare what an officer can do at LDC vs TH if a councillor treats them badly",
            "procedure for officers",
        ),
        ("an officer's unhappy with how a councillor is treating them", "procedure for officers"),
        ("a colleague has been fiddling the scores on a procurement evaluation", "report any impropriety"),
        ("can i lay into him properly at full council tomorrow?", "express themselves robustly"),
        (
            "my mate is standing for county council, can i help with his leafletting?",
            "politically restricted",
        ),
        ("can i ring the housing lawyer dealing with it?", "Divisional Director"),
    ],
)
def test_the_shipped_lexicon_reaches_the_codes_words(question, codes_words):
    expanded = load_lexicon(REPO_ROOT / "corpus" / "lexicon.yaml").expand(question)
    assert codes_words in expanded[len(question) :]


def test_an_officer_rude_to_a_councillor_is_not_the_procedure_for_officers():
    # heldout 7: the councillor complains about the officer (protocol 4.2), not the other way round
    expanded = load_lexicon(REPO_ROOT / "corpus" / "lexicon.yaml").expand(
        "an officer was really rude to me in a meeting. as a cllr what's the procedure to complain about them"
    )
    assert "procedure for officers" not in expanded


def test_a_restructure_that_is_nobodys_job_at_risk_is_not_an_employment_matter():
    expanded = load_lexicon(REPO_ROOT / "corpus" / "lexicon.yaml").expand(
        "a confidential report on the depot restructure ended up in the paper"
    )
    assert "day-to-day staff" not in expanded
