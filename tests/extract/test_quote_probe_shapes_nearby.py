"""Sentences near the probe shapes of test_quote_probe_shapes.py, where those rules overreached
(a second reader's review): a claim noun summing up a clause that holds a cue clause of its own;
short content before a cue clause with narration after it; a speech verb after "before" or "after"
(the speaker's further speech, not narration); a banner taken by someone who does not carry it;
a clause naming a charge, a report or a statement before "a charge X denies"; "according to" inside
the description of someone who is no speaker."""
from __future__ import annotations

import datetime as dt

import pytest

pytestmark = pytest.mark.model
PUB = dt.date(2025, 6, 3)


def _triples(report):
    return [(q.speaker.text if q.speaker is not None else None, q.cue.text if q.cue is not None else None, q.content.text)
            for q in report.quotes]


def _denials(report):
    return [q for q in report.quotes if q.stance == "deny"]


# -- a claim summed up after a cue clause: the claim is what the cue clause reports ---------------


@pytest.mark.parametrize("text, speaker, cue, content, denier", [
    ('"The army shelled the market," the rebels said, a claim the army denied.',
     "the rebels", "said", "The army shelled the market", "the army"),
    ('"Our village was bombed," the farmers said, an accusation the air force denies.',
     "the farmers", "said", "Our village was bombed", "the air force"),
    ("The contract was rigged, the auditor found, a claim the firm denies.",
     "the auditor", "found", "The contract was rigged", "the firm"),
    ("Rebels seized the airport, the army said, a claim the rebels denied.",
     "the army", "said", "Rebels seized the airport", "the rebels"),
    ("The man had a gun, police said, a claim his family denies.", "police", "said", "The man had a gun", "his family"),
    ("The election was stolen, Trump said, a claim election officials have rejected.",
     "Trump", "said", "The election was stolen", "election officials"),
    ("The bridge was unsafe, engineers told reporters, a claim the company rejects.",
     "engineers", "told", "The bridge was unsafe", "the company"),
])
def test_a_claim_summed_up_after_a_cue_clause(analyze, text, speaker, cue, content, denier):
    """The first speaker keeps the quote; the denial's content is that quote's content, never the
    cue clause; the claim noun phrase is nobody's content."""
    report = analyze(text)
    triples = _triples(report)
    assert (speaker, cue, content) in triples
    (d,) = _denials(report)
    assert (d.speaker.text, d.content.text) == (denier, content)
    assert not any(c.startswith(("a claim", "an accusation")) for _, _, c in triples)


# -- short content before a cue clause with narration after it ------------------------------------


@pytest.mark.parametrize("text, speaker, content", [
    ("Exports collapsed, the minister said, as the war disrupted supplies.", "the minister", "Exports collapsed"),
    ("Nobody died, police said, while the fire was raging.", "police", "Nobody died"),
    ("Prices fell, the minister said, before leaving for Brussels.", "the minister", "Prices fell"),
    ("Talks failed, the envoy said, as fighting resumed in the east.", "the envoy", "Talks failed"),
    ("Fuel ran out, the mayor said, as the siege tightened.", "the mayor", "Fuel ran out"),
])
def test_short_content_stands_when_narration_follows(analyze, text, speaker, content):
    assert [(s, c) for s, _, c in _triples(analyze(text))] == [(speaker, content)]


# -- a speech verb after "before"/"after": the speaker's further speech ----------------------------


@pytest.mark.parametrize("text, speaker, first, cue, second", [
    ("The plan will go ahead, the prime minister said, before insisting that no jobs would be lost.",
     "the prime minister", "The plan will go ahead", "insisting", "no jobs would be lost"),
    ("The bridge will reopen in May, the official said, before adding that repairs had been delayed.",
     "the official", "The bridge will reopen in May", "adding", "repairs had been delayed"),
    ("Talks will continue, the envoy said, before warning that the ceasefire was fragile.",
     "the envoy", "Talks will continue", "warning", "the ceasefire was fragile"),
    ("The plan will work, he said, after admitting that costs had risen.", "he", "The plan will work", "admitting", "costs had risen"),
    ("The mine will reopen, the governor said, before adding that safety checks had been completed.",
     "the governor", "The mine will reopen", "adding", "safety checks had been completed"),
])
def test_a_speech_verb_after_before_speaks_for_the_speaker(analyze, text, speaker, first, cue, second):
    triples = _triples(analyze(text))
    assert (speaker, "said", first) in triples and (speaker, cue, second) in triples
    assert all(s == speaker for s, _, _ in triples)  # not the subject of the clause before ("The plan | insisting")


def test_an_accusation_after_before_is_the_speakers(analyze):
    report = analyze("The plan will work, he said, before accusing the opposition of lying.")
    assert {q.speaker.text for q in report.quotes} == {"he"}
    assert any(q.stance == "accuse" for q in report.quotes)


# -- a banner taken by someone who does not carry it ----------------------------------------------


@pytest.mark.parametrize("text, taker", [
    ('Police confiscated placards reading "Down with the king".', "Police"),
    ('Police removed banners reading "Free Tibet" from the square.', "Police"),
    ('Soldiers tore down posters reading "Vote No" in the capital.', "Soldiers"),
])
def test_who_takes_a_banner_does_not_say_its_words(analyze, text, taker):
    assert not [q for q in analyze(text).quotes if q.speaker is not None and q.speaker.text == taker]


@pytest.mark.parametrize("text, speaker, words", [
    ('Protesters held up placards reading "No to war" outside parliament.', "Protesters", "No to war"),
    ('Shops put up signs reading "Closed for the strike".', "Shops", "Closed for the strike"),
])
def test_who_holds_or_puts_up_a_banner_says_its_words(analyze, text, speaker, words):
    assert [(q.speaker.text, q.content.text) for q in analyze(text).quotes] == [(speaker, words)]


# -- what the clause before "a charge X denies" may not be -----------------------------------------


@pytest.mark.parametrize("text, clause", [
    ("He was charged with murder, a charge he denies.", "He was charged"),
    ("The court convicted him of fraud, a charge he denies.", "The court convicted"),
    ("He faces a charge of treason, a charge he denies.", "He faces"),
    ("She was accused of spying, a charge she denies.", "She was accused"),
    ("The company published its annual report, a report the regulator disputes.", "The company published"),
    ("The ministry issued a statement on Monday, a statement the opposition disputes.", "The ministry issued"),
    ("The agency released its findings, a report the minister disputes.", "The agency released"),
    ("Farmers burned crops, a charge nobody denies.", "Farmers burned"),
])
def test_no_denial_of_a_charging_a_publishing_or_by_nobody(analyze, text, clause):
    """A clause naming the charge is no claim to deny (the charge is); a report or a statement
    sums up its being issued, not what it says; "nobody denies" denies nothing."""
    assert not [q for q in _denials(analyze(text)) if q.content.text.startswith(clause)]


@pytest.mark.parametrize("text, content", [
    ("Armed men attacked the convoy, a charge the militia denies.", "Armed men attacked the convoy"),
    ("Witnesses alleged that soldiers looted the market, a claim the army denies.", "soldiers looted the market"),
])
def test_a_plain_summary_is_still_denied(analyze, text, content):
    """(An allegation reported before the noun is a claim, not a charge laid: it is denied.)"""
    (d,) = _denials(analyze(text))
    assert d.content.text == content


# -- "according to" inside the description of someone who is no speaker -----------------------------


@pytest.mark.parametrize("text, source", [
    ("Officials said the ship, which was carrying grain according to its owners, sank off the coast.", "its owners"),
    ("Witnesses said the gunmen, who wore uniforms according to residents, fled in a truck.", "residents"),
    ("Police said the lorry, which was overloaded according to inspectors, overturned on the bridge.", "inspectors"),
])
def test_according_to_in_a_description_keeps_its_source(analyze, text, source):
    assert [q for q in analyze(text).quotes if q.cue is not None and q.cue.text == "according to" and q.speaker.text == source]


@pytest.mark.parametrize("text, source, content", [
    ("Peter Kamau, the favourite according to bookmakers, told reporters he would win.", "bookmakers", "Peter Kamau, the favourite"),
    ("Maria Lopez, the frontrunner according to recent polls, said she expected to win.",
     "recent polls", "Maria Lopez, the frontrunner"),
])
def test_the_speakers_description_is_the_whole_description(analyze, text, source, content):
    (acc,) = [q for q in analyze(text).quotes if q.cue is not None and q.cue.text == "according to"]
    assert (acc.speaker.text, acc.content.text) == (source, content)


# -- banners: every slogan, a carrier the parse hides, and slogans chanted ---------------------------


@pytest.mark.parametrize("text, speaker, words", [
    ('Nurses carried banners reading "Fair pay now" and "Safe staffing" through the city centre.',
     "Nurses", ["Fair pay now", "Safe staffing"]),
    ('Farmers waved placards that read "Save our fields", "No to imports" and "Fair prices" as they blocked the road.',
     "Farmers", ["Save our fields", "No to imports", "Fair prices"]),
])
def test_every_slogan_on_the_banners_is_said(analyze, text, speaker, words):
    assert [(q.speaker.text, q.content.text) for q in analyze(text).quotes] == [(speaker, w) for w in words]


def test_a_carrier_the_parse_hides_behind_the_banner(analyze):
    """The parse makes "banners" the subject of "reading", a complement of "waved"."""
    (q,) = analyze('Demonstrators waved banners reading "Bread and freedom" outside the ministry.').quotes
    assert (q.speaker.text, q.content.text) == ("Demonstrators", "Bread and freedom")


def test_slogans_chanted_keep_the_noun_cue(analyze):
    """A slogan is chanted, not carried: "chanted slogans calling for S" is a cue with S its content."""
    (q,) = analyze("Protesters chanted slogans calling for the president to resign.").quotes
    assert (q.speaker.text, q.cue.text, q.content.text) == ("Protesters", "chanted slogans", "the president to resign")
