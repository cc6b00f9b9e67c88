"""Quote and attribution defects left open by the last session (q9): a second speaker's statement
joined to the first by a plain "and" that the parse nests inside the first clause, ... Sentences
written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

from tests._helpers import quote_with as _quote

pytestmark = pytest.mark.model
PUB = dt.date(2025, 6, 3)


# -- "X said S and Y said T" ---------------------------------------------------------------


@pytest.mark.parametrize("text, first, second, speaker", [
    ("The army said the attack was over and the police said three people died.",
     "the attack was over", "three people died", "the police"),
    ("The governor said the dam had held and engineers told reporters that the water was falling.",
     "the dam had held", "the water was falling", "engineers"),
])
def test_a_second_speaker_joined_by_and_is_no_content_of_the_first(analyze, text, first, second, speaker):
    """Before, the first speaker's content ran on over "and Y said T"."""
    r = analyze(text)
    assert _quote(r, first).content.text == first
    other = _quote(r, second)
    assert other.speaker.text == speaker and other.content.text == second


def test_a_backshifted_report_after_and_stays_the_first_speakers(analyze):
    """"had said" in the past perfect beside "had promised" is the minister's account, backshifted;
    a plain "the UN said" after "and" is the UN's own statement (cut, above)."""
    r = analyze("The minister said the rebels had promised to disarm and the UN had said it would monitor the process.")
    assert _quote(r, "the rebels had promised").content.text == \
        "the rebels had promised to disarm and the UN had said it would monitor the process"


def test_a_speech_verb_with_no_clause_of_its_own_after_and_stays_content(analyze):
    r = analyze("She said the doctors told her she would recover and the nurses said the same.")
    assert _quote(r, "the doctors").content.text == "the doctors told her she would recover and the nurses said the same"


# -- "..., the statement adding that S" ----------------------------------------------------


def test_an_absolute_phrase_of_a_statement_adding_a_clause_is_a_quote_of_its_owner(analyze):
    """The parse sets "the statement" in apposition to the subject; before, "adding" found no
    speaker and the clause was no one's quote. The statement speaks for who made it (the subject of
    "confirmed ... in a statement"; see the next test for one whose owner is not the last speaker)."""
    r = analyze("The army confirmed the deaths in a statement on Sunday, the statement adding that an investigation was under way.")
    q = _quote(r, "an investigation")
    assert q.content.text == "an investigation was under way"
    assert q.cue.text == "adding" and q.speaker.name == "The army"


@pytest.mark.parametrize("text, owner", [
    ("Residents said soldiers had fired on the crowd. The army issued a statement on Sunday, the statement adding "
     "that an investigation was under way.", "The army"),
    ("The rebels issued a statement on Tuesday, the statement adding that an investigation was under way.", "The rebels"),
])
def test_the_statement_adding_a_clause_is_its_issuers_not_the_last_speakers(analyze, text, owner):
    """The owner is who issued the statement the phrase repeats (the subject of the verb it is the
    object of), not the speaker before it: before, the residents spoke the army's statement, and a
    statement with no speaker before it was no one's."""
    q = _quote(analyze(text), "an investigation")
    assert q.cue.text == "adding" and q.speaker.name == owner


# -- a stance the sentence says was not taken ----------------------------------------------


@pytest.mark.parametrize("text, needle", [
    ("Neither the army nor the police denied that soldiers had fired on the crowd.", "soldiers had fired"),
    ("The militia did not deny that its fighters were responsible for the attack.", "its fighters were responsible"),
    ("Neither the government nor the rebels accused each other of breaking the truce.", "breaking the truce"),
    ("The ministry has never accused the rebels of shelling the town.", "shelling the town"),
])
def test_a_denial_or_accusation_not_made_claims_nothing(analyze, text, needle):
    """Before, the quote kept the verb's stance (deny, accuse): a denial no one made denied the
    content, an accusation no one made alleged it."""
    q = _quote(analyze(text), needle)
    assert q.stance == "refuse" and q.claims_nothing


def test_a_denial_not_made_is_no_rejection(analyze):
    r = analyze("Neither the army nor the police denied that soldiers had fired on the crowd.")
    assert not [e for e in r.events if e.event == "REJECT"]


@pytest.mark.parametrize("text", [
    "Neither the government nor the rebels accused each other of breaking the truce.",
    "The ministry did not accuse the rebels of shelling the town.",
])
def test_the_act_of_an_accusation_not_made_is_no_event(analyze, text):
    """Before, the act charged was an attack alleged by the speaker, who alleged nothing."""
    assert not [e for e in analyze(text).events if e.event == "ASSAULT"]


@pytest.mark.parametrize("text, speaker", [
    ("The government has not blamed any group for the bombing in Kabul on Monday.", "The government"),
    ("The government did not blame any group for Monday's bombing of a market in Kabul.", "The government"),
    ("The army did not accuse the rebels of the attack on the convoy near Gao on Monday.", "The army"),
])
def test_an_act_named_in_a_blame_not_laid_is_still_told(analyze, text, speaker):
    """A definite act a blame not laid names ("the bombing in Kabul") is told as done; only its doer
    is not charged. Before, the event was gone (and earlier still, the accused was its alleged doer)."""
    found = [e for e in analyze(text).events if e.event == "ASSAULT"]
    assert len(found) == 1
    claims = [c for c in found[0].claims if c.field in ("event", "perpetrator")]
    assert [(c.field, c.claimed_by, c.modality) for c in claims] == [("event", "reporter", "asserted")]
    assert not any(s.text in ("any group", "the rebels") for s in found[0].source)


@pytest.mark.parametrize("text, kind", [
    ("The rebels did not just deny that they had attacked the convoy; they accused the army of staging it.", "REJECT"),
    ("The army did not just accuse the rebels of shelling the town; it threatened to retaliate.", "ASSAULT"),
    ("The ministry did not merely blame the rebels for shelling the market, it vowed to punish them.", "ASSAULT"),
])
def test_a_not_that_only_limits_the_act_leaves_it_made(analyze, text, kind):
    """"did not just deny", "did not merely blame": made, and more (cues.yaml ``limiting_words``, one
    list for quotes and events). Before, the event layer took the denial or charge for one not made."""
    assert [e for e in analyze(text).events if e.event == kind]


def test_a_denial_neither_confirmed_nor_made_is_a_refusal(analyze):
    """"would neither confirm nor deny": the classic non-denial (before, a denial and a REJECT)."""
    r = analyze("The army would neither confirm nor deny that its soldiers had shelled the village.")
    assert _quote(r, "its soldiers had shelled").stance == "refuse"
    assert not [e for e in r.events if e.event == "REJECT"]


def test_a_blame_laid_on_no_one_is_no_accusation(analyze):
    q = _quote(analyze("The ministry blamed no one for the bombing of the market in Kabul on Monday."), "the bombing")
    assert q.stance == "refuse"


def test_an_accusation_made_keeps_its_stance_and_its_act(analyze):
    r = analyze("The army not only denied the charge but accused the rebels of staging the attack.")
    assert _quote(r, "the rebels of staging").stance == "accuse"
    assert [e for e in r.events if e.event == "ACCUSE"]


def test_a_claim_of_responsibility_yet_to_come_is_withheld(analyze):
    """"has yet to claim responsibility": no claim made so far (before, a claim of the group)."""
    q = _quote(analyze("The Islamic State group has yet to claim responsibility for the bombing."), "responsibility")
    assert q.stance == "refuse"


# -- a joint speaker the parse broke into two subjects -------------------------------------


def test_two_titled_names_each_a_subject_are_a_joint_speaker(analyze):
    """The parse makes each name a subject of "said" ("and" hangs on the first); before, the quote
    spoke for the second alone, as "US Secretary of State Antony Blinken"."""
    q = _quote(analyze("Foreign Minister Sergei Ivanov and US Secretary of State Antony Blinken said the talks had been useful."),
               "the talks had been useful")
    assert q.speaker.text == "Foreign Minister Sergei Ivanov and US Secretary of State Antony Blinken"
    assert [p.name for p in q.speaker.parties] == ["Sergei Ivanov", "Antony Blinken"]


# -- a participle set off after the speaker ------------------------------------------------


@pytest.mark.parametrize("text, speaker", [
    ("De Blasio, speaking on WOR710, called the shooting a tragedy.", "De Blasio"),
    ("The mayor, speaking on local radio, said the curfew would stay in place.", "The mayor"),
])
def test_a_participle_of_the_occasion_is_no_part_of_the_speaker(analyze, text, speaker):
    """Before, the speaker ran on over ", speaking on WOR710,"."""
    assert [q.speaker.text for q in analyze(text).quotes] == [speaker]


def test_a_participle_that_tells_who_speaks_stays(analyze):
    q = _quote(analyze("A man living near the market said he heard three explosions."), "three explosions")
    assert q.speaker.text == "A man living near the market"


# -- "wouldn't say when, or if, S" ---------------------------------------------------------


def test_a_question_split_by_or_if_is_a_refusal_to_say(analyze):
    """The parse hangs "when" on the cue and the clause after "or if" beside it; before, no quote."""
    q = _quote(analyze("The minister wouldn't say when, or if, the troops would be withdrawn."), "the troops would be withdrawn")
    assert q.content.text == "when, or if, the troops would be withdrawn"
    assert q.speaker.text == "The minister" and q.stance == "refuse"


# -- a recording put out by its owner ------------------------------------------------------


@pytest.mark.parametrize("text, needle, code", [
    ("Footage posted by al-Shabaab showed fighters overrunning the base.", "fighters overrunning", "SHB"),
])
def test_a_recording_posted_by_its_owner_speaks_for_the_owner(analyze, text, needle, code):
    """Before, "Footage posted by al-Shabaab" stayed an unresolved source."""
    q = _quote(analyze(text), needle)
    assert q.speaker.resolved and q.speaker.code == code


def test_a_recording_aired_by_a_broadcaster_stays_no_ones(analyze):
    q = _quote(analyze("Footage broadcast by state television showed the president greeting troops."), "the president greeting")
    assert not q.speaker.resolved

