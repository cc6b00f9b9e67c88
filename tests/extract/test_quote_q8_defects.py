"""Quote and speaker defects left open by the last session (q8): a second speaker's statement set
beside the first by "while" or "whereas" (and guards: "but", a time clause of "while"), a joint speaker whose first party the parse buried among
the second's titles, "he said" closing a paragraph about someone who has not spoken before, a
claim or a naming denied to its subject, recordings as sources, and an absolute phrase of speech
after the cue. Sentences written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

from tests._helpers import quote_with as _quote

pytestmark = pytest.mark.model
PUB = dt.date(2025, 6, 3)


# -- "X said S, while Y said T" ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The ministry said the talks would resume next week, while the rebels said they would not attend.",
    "The ministry said the talks would resume next week, but the rebels said they would not attend.",
    "The ministry said the talks would resume next week, whereas the rebels said they would not attend.",
])
def test_a_second_speaker_set_beside_the_first_is_no_content_of_it(analyze, text):
    """Before, the ministry's content ran on over "while"/"whereas the rebels said they would not
    attend"; the "but" case (coordinated with the first cue) is a guard, right before too."""
    r = analyze(text)
    first = _quote(r, "the talks would resume")
    assert first.content.text == "the talks would resume next week"
    second = _quote(r, "they would not attend")
    assert second.speaker.text == "the rebels" and second.content.text == "they would not attend"


def test_a_second_speaker_with_no_clause_of_its_own_is_set_beside_too(analyze):
    """The comma and the finite verb tell the contrast; what the second speaker said need not be a clause."""
    r = analyze("The ministry said the road to the airport was open, while residents said otherwise.")
    assert _quote(r, "the road to the airport").content.text == "the road to the airport was open"


def test_a_clause_after_while_with_no_speech_verb_stays_content(analyze):
    r = analyze("Three soldiers died, the army said, while 20 rebels were killed.")
    assert any("20 rebels were killed" in q.content.text and q.speaker.text == "the army" for q in r.quotes)


@pytest.mark.parametrize("text, content", [
    ("Officials said the fire broke out while residents were saying their evening prayers.",
     "the fire broke out while residents were saying their evening prayers"),
    ("Police said the suspect fired at officers while his accomplice told residents to stay indoors.",
     "the suspect fired at officers while his accomplice told residents to stay indoors"),
])
def test_a_time_clause_of_while_with_a_speech_verb_stays_content(analyze, text, content):
    """No comma, a progressive or no clause reported: "while" tells when, and the clause is part of
    what the first speaker said, not a statement set beside it."""
    r = analyze(text)
    assert _quote(r, "fire" if "fire broke" in text else "fired at").content.text == content
    assert not any(q.cue is not None and q.cue.text in ("were saying", "saying") for q in r.quotes)


def test_a_speech_verb_after_after_stays_the_first_speakers_sequence(analyze):
    r = analyze("The army said the rebels attacked the post after the governor said the town was safe.")
    assert _quote(r, "the rebels attacked").content.text.endswith("the town was safe")


# -- joint speakers --------------------------------------------------------------------------

def test_two_titled_names_joined_are_a_joint_speaker(analyze):
    """The parse hangs "Interior Minister Jane Roe and Defence" among Lund's premodifiers; before, the
    quote spoke for Peter Lund alone."""
    r = analyze("Interior Minister Jane Roe and Defence Minister Peter Lund told the Herald that the army would withdraw.")
    q = _quote(r, "the army would withdraw")
    assert q.speaker.name == "Jane Roe and Peter Lund"
    assert [p.name for p in q.speaker.parties] == ["Jane Roe", "Peter Lund"]


def test_joint_speakers_told_a_newspaper(analyze):
    q = _quote(analyze("Jane Roe and Peter Lund told the Herald that the soldiers had fired on the crowd."), "soldiers had fired")
    assert q.speaker.name == "Jane Roe and Peter Lund" and q.cue.text == "told"


def test_a_that_clause_after_an_interview_is_what_was_told(analyze):
    """The parse hangs "that they had fled" on "interview" as a relative clause; before, the content
    began with the addressee ("the Herald newspaper in an interview that they had fled")."""
    q = _quote(analyze("Jane Roe and Peter Lund told the Herald newspaper in an interview that they had fled."), "had fled")
    assert q.content.text == "they had fled" and q.speaker.name == "Jane Roe and Peter Lund"


def test_a_report_reacted_to_is_no_statement_of_the_reactor(analyze):
    """The "that" clause of a report someone reacts to is the report's, not the reactor's words."""
    r = analyze("The government reacted with anger to a report that its troops had tortured prisoners.")
    assert not any("tortured prisoners" in q.content.text for q in r.quotes)


def test_a_that_clause_after_a_news_conference_is_what_was_said(analyze):
    q = _quote(analyze("The minister said at a news conference that the border would reopen on Friday."), "border")
    assert q.content.text == "the border would reopen on Friday" and q.speaker.text == "The minister"


def test_a_nouns_own_that_clause_is_not_the_cues(analyze):
    r = analyze("China claims almost all of the South China Sea, despite a 2016 international arbitration ruling "
                "that its claims had no legal basis.")
    assert not any(q.content.text == "its claims had no legal basis" for q in r.quotes)


# -- "he said" closing a paragraph ----------------------------------------------------------

def test_he_said_after_a_paragraph_about_a_new_person_is_that_person(analyze):
    """Before, "he" went back to the speaker of the paragraph before (Jane Roe)."""
    r = analyze("The governor, Jane Roe, said the road to the north was closed.\n"
                "Farmer Tom Hill lost his house in the flood. \"Everything is gone. We have nowhere to go,\" he said.")
    q = _quote(r, "Everything is gone")
    assert q.speaker.name is not None and "Tom Hill" in q.speaker.name


def test_he_said_after_a_paragraph_of_quotes_stays_with_the_last_speaker(analyze):
    r = analyze("Police chief Omar Ali said four people had been arrested.\n"
                "\"The camps are full. The children are sick. There is no water,\" he said.")
    assert _quote(r, "The camps are full").speaker.name == "Omar Ali"


def test_he_said_in_a_paragraph_about_a_new_speaker_passes_over_a_spokesman_before(analyze):
    """"spokesman" tells the earlier speaker's gender; before, "he" went back to him, past the
    prime minister the paragraph is about."""
    r = analyze("The ministry's spokesman Majed Salem said the workers were freed on Tuesday.\n"
                "Thailand's Prime Minister Anan Chai thanked Qatar and said the men were well. "
                "\"Their families can finally breathe,\" he said.")
    assert _quote(r, "finally breathe").speaker.name == "Anan Chai"


@pytest.mark.parametrize("text, needle, speaker", [
    # a person inside another speaker's reported clause
    ("Police chief Omar Ali said four people had been arrested.\n"
     "Residents said Peter Obi ran the gang for years. \"We will find him,\" he said.", "find him", "Omar Ali"),
    ("Police chief Omar Ali said four people had been arrested.\n"
     "Investigators believe Peter Obi planned the attack. \"We will find him,\" he said.", "find him", "Omar Ali"),
    # a victim the paragraph tells of, with no sign of the pronoun's gender
    ("Police spokesman Ahmed Musa said a student was shot dead on Monday.\n"
     "Ali Hassan, 23, was walking home from class when gunmen opened fire. \"We are hunting the killers,\" he said.",
     "hunting the killers", "Ahmed Musa"),
    # the dead man's "his" is no evidence for "she"; nor for "he", being in another clause
    ("The governor, Jane Roe, said the road was closed.\n"
     "Tom Hill, 54, died when his house collapsed. \"He was a kind man who helped everyone,\" she said.",
     "kind man", "Jane Roe"),
    ("Mayor Omar Ali said the road was closed.\n"
     "Tom Hill, 54, died when his house collapsed. \"He was a kind man who helped everyone,\" he said.",
     "kind man", "Omar Ali"),
    # a person the paragraph merely tells of
    ("Lawyer John Smith said his client had been tortured in custody.\n"
     "Judge Ahmed Bello adjourned the case until June 3. \"We will appeal to the Supreme Court,\" he said.",
     "appeal", "John Smith"),
])
def test_he_said_stays_with_the_speaker_past_a_person_only_told_of(analyze, text, needle, speaker):
    """The paragraph's person speaks only as the subject of the sentence's own clause, with a sign
    of the pronoun's gender there ("lost his house"); else the speaker before keeps the pronoun."""
    assert _quote(analyze(text), needle).speaker.name == speaker


def test_he_is_not_a_speaker_a_she_already_took(analyze):
    """Maria Lopez was "she" two sentences before; "he" is someone else (unresolved), not her."""
    r = analyze("Maria Lopez, the mayor of the town, visited the site on Monday. \"We have lost everything,\" she said.\n"
                "\"Nobody came to help us,\" he said.")
    assert _quote(r, "lost everything").speaker.name == "Maria Lopez"
    assert _quote(r, "Nobody came").speaker.name is None


# -- claims and namings denied to their subject ---------------------------------------------

def test_a_claim_not_made_claims_nothing(analyze):
    r = analyze("Gunmen killed ten people in the market on Monday. The Taliban did not claim responsibility for the bombing.")
    q = _quote(r, "responsibility")
    assert q.claims_nothing and q.stance == "refuse"


def test_an_attack_not_claimed_claims_nothing(analyze):
    r = analyze("Gunmen killed ten people in the market on Monday. The group did not claim the attack.")
    assert _quote(r, "the attack").stance == "refuse"


def test_a_claim_made_stays_a_claim(analyze):
    r = analyze("Gunmen killed ten people in the market on Monday. The Taliban claimed responsibility for the attack.")
    assert _quote(r, "responsibility").stance == "claim"


def test_a_claim_of_responsibility_refused_is_no_rejection(analyze):
    r = analyze("The Taliban refused to claim responsibility for the bombing.")
    assert _quote(r, "responsibility").stance == "refuse"
    assert not any(e.event == "REJECT" for e in r.events)


def test_seats_refused_are_a_rejection_not_a_claim_withheld(analyze):
    """"claim" takes seats as well as statements: refused, the seats are turned down (REJECT)."""
    r = analyze("The opposition refused to claim its seats in parliament in protest at the result.")
    assert _quote(r, "its seats").stance != "refuse"
    assert any(e.event == "REJECT" and [s.text for s in e.source] == ["The opposition"] for e in r.events)


def test_neither_nor_names_no_one(analyze):
    r = analyze("Gunmen killed ten people in the market on Monday. Neither Qatar nor Thailand named the group behind the attack.")
    qs = [q for q in r.quotes if "Qatar" in q.speaker.text]
    assert qs and all(q.claims_nothing and q.stance == "refuse" for q in qs)


# -- recordings as sources --------------------------------------------------------------------

@pytest.mark.parametrize("text, needle", [
    ("Footage broadcast by local television showed smoke rising from the building.", "smoke rising"),
    ("Satellite images showed that the village had been burned.", "village had been burned"),
    ("A video shared on social media showed police firing tear gas at the crowd.", "tear gas"),
])
def test_a_recording_shows_and_speaks_for_no_one(analyze, text, needle):
    """Before, "Footage" and "Satellite images" were resolved speakers (named so); the video case
    is a guard (a video was unresolved before too)."""
    q = _quote(analyze(text), needle)
    assert not q.speaker.resolved and q.speaker.name is None and q.cue.text == "showed"


def test_how_a_recording_came_out_is_no_cue(analyze):
    """The parse takes "posted" for the verb of "Videos posted online showed ..."; before, "posted"
    was the cue of the videos' statement. The beating is still an event."""
    r = analyze("Videos posted online showed soldiers beating protesters in the capital.")
    assert not any(q.cue is not None and q.cue.text == "posted" for q in r.quotes)
    assert any(e.event == "ASSAULT" and [t.text for t in e.target] == ["protesters"] for e in r.events)


# -- an absolute phrase of speech after the cue ---------------------------------------------

def test_an_absolute_phrase_of_speech_is_no_content_of_the_cue_before(analyze):
    """Before, "its teams adding that more were missing" was part of what the agency said."""
    r = analyze("Rescuers pulled five bodies from the rubble, the agency said, its teams adding that more were missing.")
    assert not any("adding" in q.content.text for q in r.quotes)
    assert _quote(r, "more were missing").cue.text == "adding"


def test_a_participle_after_the_cue_stays_a_cue_of_its_own(analyze):
    r = analyze("The fighting has killed 40 people, he said, adding that aid could not reach the town.")
    assert _quote(r, "40 people").content.text == "The fighting has killed 40 people"
    assert _quote(r, "aid could not reach").cue.text == "adding"
