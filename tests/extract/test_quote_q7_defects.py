"""Quote and speaker defects left open by the last session (q7): a speaker named by an apposition
or by "known as X", joint speakers whose first party carries an apposition, "it" after a person,
a phrase after the cue that is no statement of its own, "in a statement" inside the content, and
a sign put up by no one. Sentences written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

from tests._helpers import events_of as _events
from tests._helpers import quote_with as _quote

pytestmark = pytest.mark.model
PUB = dt.date(2025, 6, 3)


# -- a speaker named in its own phrase ---------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("An alliance of armed groups known as the Northern Front said it had taken the town.", "Northern Front"),
    ("The bus hit a mine, the mission, known as UNIMIS, said in a statement on Monday.", "UNIMIS"),
    ("A militia called the Lion Brigade said it had freed the hostages.", "Lion Brigade"),
])
def test_known_as_names_the_speaker(analyze, text, name):
    """Before, the description spoke ("alliance"), or no one ("the mission", unresolved)."""
    (q,) = analyze(text).quotes
    assert q.speaker.name == name and q.speaker.resolved


def test_people_of_a_place_known_as_a_name_are_not_the_place(analyze):
    (q,) = analyze("Residents of a village known as Kibati said the soldiers had left.").quotes
    assert q.speaker.name != "Kibati"


def test_known_as_a_coded_group_gives_its_code(analyze):
    (q,) = analyze("The mission, known as MINUSMA, said two soldiers were wounded.").quotes
    assert q.speaker.name == "MINUSMA" and q.speaker.code == "IGO"


def test_a_pronoun_after_a_speaker_known_as_a_name_takes_the_name(analyze):
    r = analyze("The bus hit a mine, the mission, known as UNIMIS, said in a statement on Monday. It said two people were injured.")
    assert _quote(r, "two people").speaker.name == "UNIMIS"


@pytest.mark.parametrize("text, name", [
    ("His sister, Lucia Perez, said the soldiers had taken him away.", "Lucia Perez"),
    ("The plane crashed near the airport, the airline, Skyjet, said in a statement.", "Skyjet"),
])
def test_an_apposed_name_is_the_speaker(analyze, text, name):
    """The name set off after a description is who speaks (before: "His sister"; the airline unresolved)."""
    q = next(q for q in analyze(text).quotes if q.cue is not None and q.cue.text == "said")
    assert q.speaker.name == name and q.speaker.resolved


def test_a_named_head_keeps_its_name_before_a_description(analyze):
    (q,) = analyze("Jana Novak, a spokeswoman for the ministry, said the vote had been fair.").quotes
    assert q.speaker.name == "Jana Novak"


# -- joint speakers with an apposition -----------------------------------------------------

def test_a_joint_speaker_runs_past_the_first_partys_apposition(analyze):
    """Before, the apposition's comma cut the speaker to Kenya alone."""
    (q,) = analyze("Kenya, the host nation, and Uganda said the talks would resume.").quotes
    assert [p.code for p in q.speaker.parties] == ["KEN", "UGA"]
    assert q.speaker.text == "Kenya, the host nation, and Uganda"


def test_two_people_with_an_age_between_are_two_speakers(analyze):
    (q,) = analyze("Mark Olsen, 45, and Peter Dahl said the soldiers had fired on them.").quotes
    assert [p.name for p in q.speaker.parties] == ["Mark Olsen", "Peter Dahl"]


def test_an_apposition_with_its_own_conjunction_lists_no_party(analyze):
    (q,) = analyze("Jane Roe, the party's treasurer and founder, said the vote was rigged.").quotes
    assert q.speaker.parties == [] and q.speaker.name == "Jane Roe"


# -- "it" never a person ---------------------------------------------------------------------

def test_it_does_not_take_a_person_described_by_title(analyze):
    """Before, "It" resolved to the hospital director."""
    r = analyze("The hospital director said the wards were full. It said more patients were expected.")
    assert _quote(r, "more patients").speaker.name != "The hospital director"


def test_it_takes_the_body_before_the_person(analyze):
    r = analyze("The health ministry said 30 people had died. The hospital director said the wards were full. "
                "It said more patients were expected.")
    assert _quote(r, "more patients").speaker.name == "The health ministry"


# -- the content of a cue set in the middle ------------------------------------------------

@pytest.mark.parametrize("text", [
    "Twelve people died, the ministry said, most of them children.",
    "Nine soldiers were killed, the army said on Sunday, among them two officers.",
])
def test_a_verbless_phrase_after_the_cue_leaves_the_clause_before_it(analyze, text):
    """Before, the phrase after the cue was the content and the clause before it was lost."""
    (q,) = analyze(text).quotes
    assert q.content.text == text.split(",")[0]


def test_a_clause_after_the_cue_is_still_content(analyze):
    r = analyze("The talks failed, the envoy said, he is a liar.")
    assert _quote(r, "he is a liar")


@pytest.mark.parametrize("text, content", [
    ("Soldiers killed five militants, in a statement, the ministry said.", "Soldiers killed five militants"),
    ("Soldiers killed five militants, in a statement released on Monday, the ministry said.", "Soldiers killed five militants"),
    ("The ministry said soldiers had killed five militants, in a statement released on Monday.",
     "soldiers had killed five militants"),
])
def test_the_statement_spoken_in_is_no_content(analyze, text, content):
    (q,) = analyze(text).quotes
    assert q.content.text == content


# -- signs and texts that read ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    'A banner painted on the wall read: "Death to the traitors."',
    'A banner hung at the gate read: "Death to the traitors."',
])
def test_a_sign_put_up_by_no_one_shows_its_words(analyze, text):
    """Before: no quote (the participle hid the frame), or the banner spoke as a resolved speaker."""
    (q,) = analyze(text).quotes
    assert q.claims_nothing and not q.speaker.resolved
    assert q.content.text == "Death to the traitors."


@pytest.mark.parametrize("text", [
    'A banner painted on the wall read: "Soldiers killed our sons in Mopti."',
    'A banner hung at the gate read: "Soldiers killed our sons in Mopti."',
])
def test_a_signs_words_are_no_ones_event(analyze, text):
    """Before, the words of the sign made an attack asserted by the reporter, or by "A banner"."""
    assert _events(analyze(text), "ASSAULT") == []


def test_a_text_issued_by_an_owner_is_the_owners(analyze):
    (q,) = analyze('A statement issued by the ministry read: "We will not negotiate."').quotes
    assert q.speaker.name == "the ministry" and q.speaker.resolved


def test_a_set_off_speaker_the_parse_hung_inside_the_clause_it_reports(analyze):
    """The parse hangs "the mission" on "a mine" and gives "said" no subject: before, no quote."""
    r = analyze("The bus was travelling to the city when it hit a mine, the mission, known as MINUSMA, said.")
    q = _quote(r, "The bus")
    assert q.content.text == "The bus was travelling to the city when it hit a mine"
    assert q.speaker.name == "MINUSMA"


def test_a_description_of_one_person_twice_is_no_joint_speaker(analyze):
    (q,) = analyze("Mark Olsen, a director at the bank, and a Republican who ran the budget office, said the plan would fail.").quotes
    assert q.speaker.parties == []


@pytest.mark.parametrize("text", [
    "The boat capsized off Lampedusa, the coast guard, which rescued 40 people, said in a statement.",
    "The boat capsized off Lampedusa, the coast guard, which rescued 40 people, said.",
])
def test_a_set_off_speaker_whose_relative_clause_the_parse_hung_on_the_place(analyze, text):
    """The parse hangs "which rescued 40 people" on "Lampedusa": before, "The boat" spoke "a statement",
    or there was no quote."""
    (q,) = analyze(text).quotes
    assert q.speaker.text == "the coast guard"
    assert q.content.text == "The boat capsized off Lampedusa"


def test_a_name_before_its_description_still_speaks(analyze):
    r = analyze('"We will win," Ana Costa, a senior adviser to the mayor, said at a rally on Monday.')
    assert _quote(r, "We will win").speaker.text.startswith("Ana Costa")
