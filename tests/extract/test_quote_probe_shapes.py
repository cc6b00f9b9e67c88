"""Quote defects of shapes the unseen-article probes met, on sentences written for these tests
(about no one incident): "according to" inside a description of the speaker; words on a banner;
a claim noun that sums up the clause before it ("S, a charge X denies"); the reporter's narration
after a cue clause set off inside its sentence."""
from __future__ import annotations

import datetime as dt

import pytest

pytestmark = pytest.mark.model
PUB = dt.date(2025, 6, 3)


def _by(report, cue: str):
    """The quotes whose cue ends with the word ``cue``."""
    return [q for q in report.quotes if q.cue is not None and q.cue.text.split()[-1] == cue]


# -- "according to" inside a description of the sentence's speaker -------------------------------


@pytest.mark.parametrize("text, source, content", [
    ("Jonas Berg, who won 41 percent according to preliminary figures, told supporters he would not concede.",
     "preliminary figures", "Jonas Berg, who won 41 percent"),
    ("Ana Costa, the runner-up according to the official count, said she would challenge the result.",
     "the official count", "Ana Costa, the runner-up"),
])
def test_according_to_inside_a_description_reports_the_description(analyze, text, source, content):
    """The phrase hangs inside the speaker's description: what the count says is that description,
    not the sentence's own statement (which has its speaker and cue)."""
    report = analyze(text)
    (acc,) = [q for q in report.quotes if q.cue is not None and q.cue.text == "according to"]
    assert acc.speaker.text == source and acc.content.text == content
    assert all("according to" not in q.content.text and not q.content.text.startswith(("told", "said")) for q in report.quotes)


@pytest.mark.parametrize("text, content", [
    ("Police arrested a man who had stabbed two people, according to a police statement.",
     "Police arrested a man who had stabbed two people"),
    ("Opposition leader Ana Costa came second, according to the official count.", "Opposition leader Ana Costa came second"),
])
def test_according_to_at_the_sentence_end_stays_the_sentences(analyze, text, content):
    (acc,) = [q for q in analyze(text).quotes if q.cue is not None and q.cue.text == "according to"]
    assert acc.content.text == content


# -- words on a banner, placard or sign ----------------------------------------------------------


@pytest.mark.parametrize("text, speaker, words", [
    ('Nurses carried banners reading "Fair pay now" through the city centre.', "Nurses", "Fair pay now"),
    ('Farmers waved placards that read "Save our fields" as they blocked the road.', "Farmers", "Save our fields"),
    ('Hundreds of students marched through the capital carrying placards reading "Reopen our schools".',
     "Hundreds of students", "Reopen our schools"),
])
def test_the_carriers_say_what_their_banners_read(analyze, text, speaker, words):
    """Like "the ministry issued a statement saying ...", whose speaker is the ministry: those who
    carry the banner say its words, and the content is the quotation, no more of the sentence."""
    quotes = analyze(text).quotes
    assert [(q.speaker.text, q.content.text, q.kind) for q in quotes] == [(speaker, words, "direct")]


def test_a_banner_no_one_carries_speaks_itself(analyze):
    """As "the letter said" has the letter as its speaker."""
    (q,) = analyze('A banner reading "Justice for Tom" hung from the bridge.').quotes
    assert q.speaker.text == "A banner" and q.content.text == "Justice for Tom"


# -- a claim noun summing up the clause before it -----------------------------------------------


@pytest.mark.parametrize("text, speaker, cue, content", [
    ("Armed men backed by Kigali seized the mining town last week, a charge Kigali denies.",
     "Kigali", "denies", "Armed men backed by Kigali seized the mining town last week"),
    ("The rebels are funded by a neighbouring state, an accusation Moscow rejects.",
     "Moscow", "rejects", "The rebels are funded by a neighbouring state"),
    ("Police beat the detained students, a claim the interior ministry disputes.",
     "the interior ministry", "disputes", "Police beat the detained students"),
    ("Government troops burned villages in the north, a charge the army denies.",
     "the army", "denies", "Government troops burned villages in the north"),
    ("Soldiers opened fire on the crowd, an allegation Moscow has repeatedly denied.",
     "Moscow", "denied", "Soldiers opened fire on the crowd"),
])
def test_a_charge_x_denies_denies_the_clause_before(analyze, text, speaker, cue, content):
    """The parser reads "a charge Kigali denies" as a subject "a charge Kigali", the verb as a
    relative clause on "charge" (content "a charge"), or "rejects" as a plural noun (no quote): the
    speaker is the relative clause's subject and what is denied the clause the noun sums up."""
    (q,) = _by(analyze(text), cue)
    assert (q.speaker.text, q.content.text, q.stance) == (speaker, content, "deny")


def test_a_summed_up_report_is_denied_in_its_own_words(analyze):
    report = analyze("Witnesses said soldiers had looted the market, a claim the army rejects.")
    (q,) = _by(report, "rejects")
    assert q.content.text == "soldiers had looted the market" and q.speaker.text == "the army"
    assert not _by(report, "claim")  # the claim noun is no one's own cue


def test_a_charge_not_denied_is_not_read_as_denied(analyze):
    report = analyze("The militia is armed by the neighbouring state, a charge the ministry does not deny.")
    assert not [q for q in report.quotes if q.stance == "deny" and q.content.text.startswith("The militia")]


# -- the reporter's narration after a cue clause set off inside its sentence ----------------------


@pytest.mark.parametrize("text, speaker, content", [
    ("Five people were killed, officials said, as firefighters searched the wreckage.", "officials", "Five people were killed"),
    ("At least 40 homes were destroyed, the governor said, as floodwaters rose across the province.",
     "the governor", "At least 40 homes were destroyed"),
    ("The talks will resume next week, he said, before leaving the building.", "he", "The talks will resume next week"),
    ("Two officers were wounded, police said, while firefighters were still searching the site.", "police", "Two officers were wounded"),
    ("The bridge will stay closed for a week, the governor said, on arriving at the scene.",
     "the governor", "The bridge will stay closed for a week"),
])
def test_the_scene_after_the_cue_clause_is_narration(analyze, text, speaker, content):
    quotes = analyze(text).quotes
    assert [(q.speaker.text, q.content.text) for q in quotes] == [(speaker, content)]


@pytest.mark.parametrize("text, rest", [
    ("Prices will rise further, the minister said, as demand grows.", "as demand grows"),
    ("Three soldiers died, the army said, while 20 rebels were killed.", "while 20 rebels were killed"),
    ("The man was arrested, police said, after he stabbed two people.", "after he stabbed two people"),
    ("The plan will fail, she said, as it did last year.", "as it did last year"),
    ("The reforms will continue, the president said, as he had promised during the campaign.", "as he had promised during the campaign"),
])
def test_a_reason_contrast_or_sequence_after_the_cue_clause_stays_content(analyze, text, rest):
    assert rest in [q.content.text for q in analyze(text).quotes]


# -- a coordinated speaker: both parties, each with its own code ---------------------------------


def test_a_joint_statement_names_both_parties(analyze):
    """One quote, one speaker as written; its parties carry each one's code, and the speaker's own
    code, sector and actor id are none of theirs alone (before, the actor id was the first party's)."""
    report = analyze("The United States and the European Union said in a joint statement that the election was not free.")
    (q,) = report.quotes
    s = q.speaker
    assert s.text == "The United States and the European Union"
    assert [(p.text, p.code) for p in s.parties] == [("The United States", "USA"), ("the European Union", "IGO")]
    assert s.code is None and s.sector is None and s.actor_id is None
    assert len({p.actor_id for p in s.parties}) == 2


def test_two_states_of_one_sector_keep_the_sector(analyze):
    (q,) = _by(analyze("Kenya and Uganda said rebels had attacked a border post."), "said")
    assert [p.code for p in q.speaker.parties] == ["KEN", "UGA"] and q.speaker.sector == "GOV" and q.speaker.code is None


def test_one_speaker_has_no_parties(analyze):
    (q,) = _by(analyze("Kenya said rebels had attacked a border post."), "said")
    assert q.speaker.parties == [] and q.speaker.code == "KEN"
