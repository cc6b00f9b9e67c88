"""Quote and attribution defects left open by the last session (q9, fxq9, read_aq): the one a
speaker tells is not the one accused, ... Sentences written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

from tests._helpers import quote_with as _quote

pytestmark = pytest.mark.model
PUB = dt.date(2025, 6, 3)


# -- the addressee of "told" -------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Troops shelled the port on Monday. \"This is an act of aggression, it is a provocation,\" "
    "Foreign Minister Anna Koval told reporters.",
    "\"It is a provocation and a crime,\" the foreign minister told the BBC on Tuesday.",
    "\"This is a crime against our people,\" the interior minister told journalists in the capital.",
])
def test_the_one_told_is_not_the_one_accused(analyze, text):
    """A cue of no stance of its own takes its object as the one addressed (before, an ACCUSE whose
    target was the reporters)."""
    r = analyze(text)
    assert not [t for e in r.events if e.event == "ACCUSE" for t in e.target
                if any(w in t.text for w in ("reporters", "BBC", "journalists"))]


@pytest.mark.parametrize("text", [
    "\"This is an outrage and a crime,\" Foreign Minister Lena Varga told Iran's ambassador on Monday.",
    "Foreign Minister Lena Varga told Iran that its drone strikes on civilians were war crimes.",
])
def test_a_coded_party_told_is_accused_when_the_words_name_no_one(analyze, text):
    """The words name no party: the state told is the one accused (before, no ACCUSE at all)."""
    r = analyze(text)
    assert [[t.code for t in e.target][:1] for e in r.events if e.event == "ACCUSE"] == [["IRN"]]


def test_a_party_named_in_the_words_told_is_accused(analyze):
    r = analyze("\"The shelling by Russia was a war crime,\" Foreign Minister Anna Koval told reporters.")
    assert [[t.code for t in e.target] for e in r.events if e.event == "ACCUSE"] == [["RUS"]]


def test_the_one_condemned_is_still_the_object(analyze):
    r = analyze("Foreign Minister Anna Koval condemned Russia over the shelling of the port.")
    assert [[t.code for t in e.target] for e in r.events if e.event == "ACCUSE"] == [["RUS"]]


# -- a recording or text "of" something, made by someone ------------------------------------------


@pytest.mark.parametrize("text, speaker", [
    ("Footage of the attack posted by al-Shabaab showed fighters overrunning the base.", "al-Shabaab"),
    ("Video of the ambush released by al-Shabaab showed soldiers running from the trucks.", "al-Shabaab"),
    ("A letter of protest signed by 40 lawmakers said the law was unjust.", "40 lawmakers"),
])
def test_the_of_phrase_of_a_made_text_is_not_its_owner(analyze, text, speaker):
    """The "of" phrase tells what the recording or letter is of; its maker is the participle's agent,
    which the parse hangs on the "of" phrase's noun (before, unresolved or "protest")."""
    q = _quote(analyze(text), "")
    assert q.speaker.name == speaker


@pytest.mark.parametrize("text, speaker", [
    ("A report of the United Nations published by Amnesty International said the army had killed 25 villagers.",
     "United Nations"),
    ("A statement of the European Union released by the French embassy said the vote had been fair.",
     "European Union"),
])
def test_an_organisation_of_a_statement_is_its_author_not_who_put_it_out(analyze, text, speaker):
    """For a statement noun, an "of" phrase naming an organisation is the owner; the agent only
    published it (before, Amnesty International and the embassy spoke)."""
    assert _quote(analyze(text), "").speaker.name == speaker


@pytest.mark.parametrize("text", [
    "Footage of the attack broadcast by state television showed fighters overrunning the base.",
    "Footage of the attack showed fighters overrunning the base.",
])
def test_a_recording_only_aired_or_of_no_maker_speaks_for_no_one(analyze, text):
    assert not _quote(analyze(text), "").speaker.resolved


# -- what a refusal leaves open ---------------------------------------------------------------------


def _act_claims(report, kind="ASSAULT"):
    return [(c.field, c.claimed_by, c.modality) for e in report.events if e.event == kind
            for c in e.claims if c.field == "event"]


@pytest.mark.parametrize("text", [
    "The defence ministry would neither confirm nor deny that its troops had shelled the village.",
    "The army declined to comment on reports that its soldiers had attacked a camp near the border.",
])
def test_an_act_a_refusal_leaves_open_is_not_asserted(analyze, text):
    """Before, the act was the reporter's, asserted: told as done by no one's word."""
    assert _act_claims(analyze(text)) == [("event", "reporter", "alleged")]


@pytest.mark.parametrize("text", [
    "The ministry would not confirm whether its jets had bombed the market in Idlib, killing five people.",
])
def test_an_act_and_its_toll_in_a_refused_whether_clause_are_alleged(analyze, text):
    r = analyze(text)
    assert {(c.field, c.modality) for e in r.events if e.event == "ASSAULT" for c in e.claims
            if c.field in ("event", "dead")} == {("event", "alleged"), ("dead", "alleged")}


@pytest.mark.parametrize("text", [
    # a wh-clause presupposes the act: only its reason, time or count is withheld
    "Police would not say why officers had opened fire on the marchers in Kisumu on Friday, killing two students.",
    "The interior ministry declined to say when its troops had shelled the village of Kora.",
    "The army would not say how many soldiers died when insurgents overran the outpost near Mopti.",
    # an adverbial clause the refusal's content swallowed is told as done
    "The ministry declined to comment after militants shelled the town of Kora on Friday, killing six people.",
])
def test_an_act_a_refusal_only_withholds_something_about_stays_asserted(analyze, text):
    r = analyze(text)
    claims = [(c.field, c.modality) for e in r.events if e.event == "ASSAULT" for c in e.claims if c.field in ("event", "dead")]
    assert claims and all(m == "asserted" for _, m in claims)


def test_an_act_told_before_a_refusal_stays_asserted(analyze):
    r = analyze("Troops shelled the village of Dara on Sunday. The ministry declined to comment.")
    assert _act_claims(r) == [("event", "reporter", "asserted")]


# -- "X said S and Y said T", the second speaker parsed into S ---------------------------------------


@pytest.mark.parametrize("text, first, second, speaker", [
    ("The army said troops had retaken the town and witnesses said heavy fighting continued.",
     "troops had retaken the town", "heavy fighting continued", "witnesses"),
    ("The ministry said it had sent food to the region and the United Nations said more was needed.",
     "it had sent food to the region", "more was needed", "the United Nations"),
])
def test_a_second_speaker_parsed_as_an_object_conjunct_speaks(analyze, text, first, second, speaker):
    """The parse joins the second speaker to the first clause's object ("the town and witnesses") and
    hangs the second "said" on the first; before, the first speaker's content ran on over it and the
    second statement was no one's."""
    r = analyze(text)
    assert _quote(r, first).content.text == first
    other = _quote(r, second)
    assert other.speaker.text == speaker and other.content.text == second


@pytest.mark.parametrize("text, content", [
    # the verb reports no clause of its own
    ("She said the doctors and nurses said the same.", "the doctors and nurses said the same"),
])
def test_a_conjunct_before_a_speech_verb_that_reports_nothing_of_its_own_stays_content(analyze, text, content):
    assert _quote(analyze(text), content[:12]).content.text == content


# -- "he"/"she" after a new person who acts, the speaker before of no known gender -----------------------
# (q10's rule that handed the pronoun to the person who acts was reverted: it compared the pronoun's gender
# with nothing, so a woman official followed by a man acting lost her quote to him)


@pytest.mark.parametrize("text, needle, speaker", [
    ("The state governor, Amina Bako, said 16 people were killed in the raid.\n"
     "Police officer Peter Eke arrested three suspects on Tuesday. \"The gunmen came from the hills,\" she said.",
     "from the hills", "Amina Bako"),
    ("The mayor, Rosa Lind, said 30 houses had been flooded.\n"
     "Firefighter Carl Berg rescued a family of four. \"It could have been far worse,\" she said.",
     "far worse", "Rosa Lind"),
    ("Prosecutor Alan Reed said the three men had been charged with murder.\n"
     "Defence lawyer Tom Hale filed an appeal on Friday. \"The evidence against them is clear,\" he said.",
     "evidence against them", "Alan Reed"),
    ("\"His client was tortured in custody,\" said lawyer John Smith.\n"
     "Judge Ahmed Bello adjourned the case until June 3. \"We will appeal to the Supreme Court,\" he said.",
     "appeal", "John Smith"),
])
def test_a_pronoun_stays_with_the_speaker_before_a_person_who_only_acts(analyze, text, needle, speaker):
    assert _quote(analyze(text), needle).speaker.name == speaker


# -- a kin noun with an apposed name ---------------------------------------------------------------


@pytest.mark.parametrize("tail", [", who found the body.", ", a farmer from the village."])
def test_a_relative_named_in_apposition_speaks_by_the_name_past_what_follows_it(analyze, tail):
    """The name's own words decide that it names the relative, not what the parse hangs on it after
    (a relative clause, a second apposition); before, the speaker was "his uncle"."""
    r = analyze("Gunmen killed five people in Kauru on Sunday, village chairman Ibrahim Sani said.\n\n"
                "\"He was only 17,\" said his uncle, Musa Bello" + tail)
    assert _quote(r, "only 17").speaker.name == "Musa Bello"
    assert _quote(r, "Gunmen killed").speaker.name == "Ibrahim Sani"
