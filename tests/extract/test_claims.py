"""Claims and contested fields within one report: who carried out an attack (accusations,
claims of responsibility, denials) and tolls given by different claimers.

Texts are written for these tests about incidents other than the seed; each runs in
variants with other names and figures to show the output follows the text.
"""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.extract.claims import contested_fields
from sitrep.model import REPORTER, ActorRef, Article, Claim, Event, Report, Span

PUB = dt.date(2023, 5, 14)


def _ref(code: str | None, name: str) -> ActorRef:
    return ActorRef(text=name, name=name, code=code, sector=None)


def _claim(field, value, by, modality="asserted", start=0) -> Claim:
    if field == "perpetrator":
        value = {"code": value, "name": value}
    return Claim(field=field, value=value, claimed_by=by, modality=modality, evidence=Span(start, start + 1, "x"))


# -- pure: contested_fields on hand-made claims ----------------------------------------
def test_denied_perpetrator_is_contested_with_both_claimers():
    a, b = _ref("UKR", "Ukraine"), _ref("RUS", "Russian defence ministry")
    got = contested_fields([_claim("perpetrator", "RUS", a, "alleged"), _claim("perpetrator", "RUS", b, "denied", 5)])
    assert len(got) == 1 and got[0].field == "perpetrator"
    pos = {p.value: [c.name for c in p.claimed_by] for p in got[0].positions}
    assert pos == {"RUS": ["Ukraine"], "not RUS": ["Russian defence ministry"]}


def test_compound_perpetrator_from_one_claimer_is_not_contested():
    # "Syrian and Russian jets struck ..." said by one reporter names two attackers, no dispute
    claims = [_claim("perpetrator", "SYR", REPORTER), _claim("perpetrator", "RUS", REPORTER)]
    assert contested_fields(claims) == []


def test_different_perpetrators_from_different_claimers_are_contested():
    claims = [_claim("perpetrator", "ISIS", _ref("IRQ", "Iraqi police")), _claim("perpetrator", "PKK", _ref("TUR", "Turkey"), start=9)]
    got = contested_fields(claims)
    assert [c.field for c in got] == ["perpetrator"] and len(got[0].positions) == 2


def test_same_toll_from_two_claimers_is_not_contested_but_different_ones_are():
    toll = lambda n: {"min": n, "max": n, "qualifier": "exact", "text": str(n)}  # noqa: E731
    police, medics = _ref(None, "police"), _ref(None, "medics")
    assert contested_fields([_claim("dead", toll(9), police), _claim("dead", toll(9), medics, start=4)]) == []
    got = contested_fields([_claim("dead", toll(9), police), _claim("dead", toll(14), medics, start=4)])
    assert got[0].field == "dead" and {p.value for p in got[0].positions} == {"9-9 (exact)", "14-14 (exact)"}


def test_tolls_that_agree_are_not_contested_but_disjoint_ones_are():
    fig = lambda lo, hi, q: {"min": lo, "max": hi, "qualifier": q, "text": str(lo)}  # noqa: E731
    police, medics = _ref(None, "police"), _ref(None, "medics")
    # "41 soldiers killed" and "at least 40 killed", "27" and "at least 27": one toll told two ways
    assert contested_fields([_claim("dead", fig(41, 41, "exact"), REPORTER), _claim("dead", fig(40, None, "at_least"), REPORTER, start=4)]) == []
    assert contested_fields([_claim("dead", fig(27, 27, "exact"), police), _claim("dead", fig(27, None, "at_least"), medics, start=4)]) == []
    # "9 killed" against "at least 12 killed": no value both allow; "at least 12" against "20": two tolls told
    for other in (fig(9, 9, "exact"), fig(20, 20, "exact")):
        got = contested_fields([_claim("dead", other, police), _claim("dead", fig(12, None, "at_least"), medics, start=4)])
        assert [c.field for c in got] == ["dead"] and len(got[0].positions) == 2



def test_one_voice_s_floor_and_its_later_larger_count_are_no_dispute_but_two_voices_are():
    fig = lambda lo, hi, q: {"min": lo, "max": hi, "qualifier": q, "text": str(lo)}  # noqa: E731
    police, also_police, activists = _ref(None, "police"), _ref(None, "Police"), _ref(None, "activists")
    # "at least 10 were killed, police said ... Police later said more than 20 had died": the police's count revised
    assert contested_fields([_claim("dead", fig(10, None, "at_least"), police),
                             _claim("dead", fig(21, None, "more_than"), also_police, start=4)]) == []
    # the same two figures from two voices are two tolls told: a dispute (897b5e9)
    got = contested_fields([_claim("dead", fig(10, None, "at_least"), police), _claim("dead", fig(21, None, "more_than"), activists, start=4)])
    assert [c.field for c in got] == ["dead"] and len(got[0].positions) == 2
    # nor does one voice escape a dispute of counts that no value satisfies ("nine", then "at least 12")
    got = contested_fields([_claim("dead", fig(9, 9, "exact"), police), _claim("dead", fig(12, None, "at_least"), also_police, start=4)])
    assert [c.field for c in got] == ["dead"]


# -- the pipeline on written reports -----------------------------------------------------
def _report(pipeline, text: str) -> Report:
    report = pipeline.analyze(Article(id="t", text=text, title=None, published=PUB))
    for ev in report.events:
        for c in ev.claims:
            assert text[c.evidence.start:c.evidence.end] == c.evidence.text
    return report


def _attacks(report: Report) -> list[Event]:
    return [e for e in report.events if e.event == "ASSAULT"]


def _who(c) -> str:
    return c if isinstance(c, str) else (c.code or c.name or c.text)


def _positions(ev: Event, field: str) -> dict[str, set[str]]:
    con = next((c for c in ev.contested if c.field == field), None)
    assert con is not None, (field, [(c.field, c.value, _who(c.claimed_by), c.modality) for c in ev.claims])
    return {p.value: {_who(c) for c in p.claimed_by} for p in con.positions}


MARKET = (
    "At least {low} people were killed when shells hit a crowded market in {city} on Saturday, police said. "
    "Local activists put the death toll at {high}. "
    "{accuser} officials blamed {accused} forces for the attack. "
    "The {accused} Defence Ministry denied shelling the market."
)


@pytest.mark.model
@pytest.mark.parametrize("low,high,city,accuser,accused,acc_code,code", [
    (12, 20, "Kharkiv", "Ukrainian", "Russian", "UKR", "RUS"),
    (7, 31, "Stepanakert", "Armenian", "Azerbaijani", "ARM", "AZE"),
])
def test_blame_denial_and_two_tolls_are_contested(pipeline, low, high, city, accuser, accused, acc_code, code):
    report = _report(pipeline, MARKET.format(low=low, high=high, city=city, accuser=accuser, accused=accused))
    attacks = _attacks(report)
    assert len(attacks) == 1
    ev = attacks[0]
    # the accused is the attacker on record, and the dispute is kept with its claimers
    assert [r.code for r in ev.source] == [code]
    assert _positions(ev, "perpetrator") == {code: {acc_code}, f"not {code}": {code}}
    # the denial is a claim on the attack, not an event of its own
    denied = [c for c in ev.claims if c.modality == "denied" and c.field == "event"]
    assert denied and "denied shelling" in denied[0].evidence.text
    assert not any(e.event == "REJECT" for e in report.events)
    # both tolls are claims, each with its claimer; the first stays the event's figure
    assert _positions(ev, "dead") == {f"{low}-None (at_least)": {"police"}, f"{high}-{high} (exact)": {"Local activists"}}
    assert ev.dead.min == low


CLAIMED = (
    "A car bomb exploded at an army checkpoint near {city} on Tuesday, killing {n} soldiers, the army said. "
    "{group} claimed responsibility for the bombing."
)


@pytest.mark.model
@pytest.mark.parametrize("city,group,code", [("Mogadishu", "Al-Shabaab", "SHB"), ("Maiduguri", "Boko Haram", "BOKO")])
def test_claim_of_responsibility_names_the_attacker(pipeline, city, group, code):
    report = _report(pipeline, CLAIMED.format(city=city, n=7, group=group))
    (ev,) = _attacks(report)
    assert [r.code for r in ev.source] == [code]
    claim = next(c for c in ev.claims if c.field == "perpetrator")
    assert (claim.value["code"], _who(claim.claimed_by), claim.modality) == (code, code, "asserted")
    assert not any(c.field == "perpetrator" for c in ev.contested)


@pytest.mark.model
def test_unclaimed_bombing_has_no_named_attacker(pipeline):
    text = "A car bomb exploded at an army checkpoint near Mogadishu on Tuesday, killing 7 soldiers, the army said."
    (ev,) = _attacks(_report(pipeline, text))
    assert not any(c.field == "perpetrator" for c in ev.claims)
    assert all(r.name == "unidentified armed group" for r in ev.source)


AMBUSH = (
    "{country} officials accused {group} of ambushing a convoy in {state} on Monday, killing {n} soldiers. "
    "The group denied carrying out the ambush."
)


@pytest.mark.model
@pytest.mark.parametrize("country,group,state,code,ccode", [
    ("Nigerian", "Boko Haram", "Borno state", "BOKO", "NGA"),
    ("Somali", "al-Shabaab", "Lower Shabelle", "SHB", "SOM"),
])
def test_accusation_and_the_groups_denial(pipeline, country, group, state, code, ccode):
    report = _report(pipeline, AMBUSH.format(country=country, group=group, state=state, n=9))
    (ev,) = _attacks(report)
    assert [r.code for r in ev.source] == [code]
    # "the group" is the armed group named before it
    assert _positions(ev, "perpetrator") == {code: {ccode}, f"not {code}": {code}}
    assert ev.dead.min == 9
    # the accusation stays an event of its own
    assert any(e.event == "ACCUSE" and [r.code for r in e.target] == [code] for e in report.events)


@pytest.mark.model
def test_a_single_account_is_not_contested(pipeline):
    text = ("Gunmen attacked a village in Zamfara state on Sunday, killing 15 people, police said. "
            "Police blamed bandits for the attack.")
    report = _report(pipeline, text)
    (ev,) = _attacks(report)
    assert ev.contested == []
    assert ev.dead.min == 15
    # both accounts are kept as claims by the police
    assert {_who(c.claimed_by).casefold() for c in ev.claims if c.field == "perpetrator"} == {"police"}


@pytest.mark.model
def test_uncoded_descriptions_and_a_coded_group_from_two_claimers(pipeline):
    text = ("Gunmen attacked a village in Zamfara state on Sunday, killing 15 people, police said. "
            "The army blamed Boko Haram for the attack, while local leaders said Fulani herders were behind it.")
    (ev,) = _attacks(_report(pipeline, text))
    perp = {(c.value["code"] or c.value["name"]) for c in ev.claims if c.field == "perpetrator"}
    assert "BOKO" in perp


@pytest.mark.model
@pytest.mark.parametrize("city,claimant,code,accused,acode", [
    ("Peshawar", "The Pakistani Taliban", "TTP", "the Islamic State", "ISIS"),
    ("Quetta", "The Islamic State", "ISIS", "the Pakistani Taliban", "TTP"),
])
def test_rival_claims_of_a_suicide_bombing(pipeline, city, claimant, code, accused, acode):
    text = (f"A suicide bomber struck a mosque in {city} on Monday, killing 30 worshippers. "
            f"{claimant} claimed the attack. Officials said the attack was carried out by {accused}.")
    (ev,) = _attacks(_report(pipeline, text))
    assert ev.acled_sub_event_type == "Suicide bomb"  # a suicide bomber is no aircraft
    assert [r.code for r in ev.source] == [code]  # the first to name an attacker
    pos = _positions(ev, "perpetrator")
    assert set(pos) == {code, acode}  # the description "a suicide bomber" is no side
    assert pos[acode] == {"Officials"}


@pytest.mark.model
@pytest.mark.parametrize("attacker,victim_side,city,code", [
    ("Israeli", "Palestinian", "Gaza City", "ISR"),
    ("Turkish", "Kurdish", "Qamishli", "TUR"),
])
def test_denial_that_its_own_forces_struck(pipeline, attacker, victim_side, city, code):
    text = (f"{attacker} aircraft struck a building in {city} on Sunday, killing four people, {victim_side} officials said. "
            f"The {attacker} military denied that its aircraft had targeted the building.")
    report = _report(pipeline, text)
    (ev,) = _attacks(report)
    pos = _positions(ev, "perpetrator")
    assert code in pos and pos[f"not {code}"] == {code}
    assert not any(e.event == "REJECT" for e in report.events)


@pytest.mark.model
def test_blame_without_object_phrase_is_about_the_attack_told(pipeline):
    text = ("A rocket hit a residential block in Donetsk on Wednesday, killing three civilians. "
            "Separatist officials blamed Ukraine. Kyiv denied any involvement in the strike.")
    (ev,) = _attacks(_report(pipeline, text))
    assert _positions(ev, "perpetrator") == {"UKR": {"Separatist officials"}, "not UKR": {"UKR"}}


@pytest.mark.model
@pytest.mark.parametrize("low,high,state", [(12, 27, "Plateau state"), (9, 40, "Benue state")])
def test_a_second_toll_in_the_attack_sentence_is_its_own_claim(pipeline, low, high, state):
    text = (f"Gunmen killed at least {low} people in an attack on a village in {state} on Sunday, "
            f"police said, while local leaders put the toll at {high}.")
    (ev,) = _attacks(_report(pipeline, text))
    assert _positions(ev, "dead") == {f"{low}-None (at_least)": {"police"}, f"{high}-{high} (exact)": {"local leaders"}}


@pytest.mark.model
def test_parts_of_one_account_and_a_possible_rise_are_not_rival_tolls(pipeline):
    text = ("Militants attacked an army base in Kidal on Friday, killing 5 soldiers and 3 civilians, the army said. "
            "Two of the dead were officers. Officials warned the toll could rise to 40.")
    (ev,) = _attacks(_report(pipeline, text))
    assert ev.dead.min == 8  # 5 soldiers and 3 civilians: one toll, the sum
    assert not any(c.field == "dead" for c in ev.contested)
    rise = [c for c in ev.claims if c.field == "dead" and c.value.min == 40]
    assert rise and rise[0].modality == "hypothetical"


@pytest.mark.model
def test_each_figure_keeps_its_own_speaker(pipeline):
    text = ("Troops opened fire on protesters in Khartoum on Thursday, killing 4, medics said. "
            "The army said 15 soldiers were injured, while medics said 60 people were wounded.")
    (ev,) = _attacks(_report(pipeline, text))
    assert _positions(ev, "injured") == {"15-15 (exact)": {"The army"}, "60-60 (exact)": {"medics"}}


@pytest.mark.model
def test_an_earlier_incident_is_no_claim_on_this_one(pipeline):
    text = ("A bomb exploded at a market in Kabul on Monday, killing 6 people, police said. "
            "In a similar attack last year, 40 people were killed.")
    report = _report(pipeline, text)
    first = _attacks(report)[0]
    assert first.dead.min == 6 and first.contested == []
    assert all(e.date is None for e in _attacks(report)[1:])  # last year's attack takes no date from today's


@pytest.mark.model
@pytest.mark.parametrize("what", ["previous attacks on the city", "an earlier bombing"])
def test_blame_for_other_attacks_is_no_claim_on_this_one(pipeline, what):
    text = ("A car bomb exploded at a checkpoint near Mogadishu on Tuesday, killing 7 soldiers, the army said. "
            f"Officials have blamed al-Shabaab for {what}.")
    (ev,) = _attacks(_report(pipeline, text))
    assert not any(c.field == "perpetrator" for c in ev.claims)


@pytest.mark.model
def test_an_attribution_without_a_named_source_is_the_reporters_hedged_claim(pipeline):
    """'X is expected to attack': the quote names no source, so the event drawn from it is the
    reporter's, not asserted, and no speaker becomes its claimer; an act expected is one to come,
    so it is hypothetical (not reported as done)."""
    report = _report(pipeline, "The army is expected to attack the northern districts of the city next week.")
    q = next(q for q in report.quotes if q.cue is not None and q.cue.text == "is expected")
    assert not q.speaker.named
    (ev,) = _attacks(report)
    assert ev.claims and all(c.claimed_by == REPORTER and c.modality == "hypothetical" for c in ev.claims) and ev.hypothetical


def test_a_candidate_is_compared_with_the_clauses_of_its_own_sentence_only(monkeypatch):
    """20k characters of "killed ": thousands of attack clauses merge into one event; comparing
    each candidate with every clause the event holds cost square time (minutes at 200k)."""
    from sitrep.annotate.nlp import MAX_WINDOW
    from sitrep.config import Options
    from sitrep.extract import claims
    from sitrep.model import Article
    from sitrep.pipeline import Pipeline

    scanned: list[int] = []
    real = claims._compatible

    def counting(ev, cand, ev_speaker, clauses=None, facts=None):
        here = clauses.get(cand.sent.start_char, ()) if isinstance(clauses, dict) else (clauses or ())
        scanned.append(len(here))
        return real(ev, cand, ev_speaker, clauses, facts)

    monkeypatch.setattr(claims, "_compatible", counting)
    Pipeline(Options()).analyze(Article(id="t", text="killed " * 3000, title="Report"))
    assert scanned and max(scanned) <= MAX_WINDOW


@pytest.mark.model
def test_a_candidate_is_compared_only_with_the_events_it_may_tell(analyze, monkeypatch):
    """build_events asks whether a candidate tells an event only of the events of its type (and of
    its speaker, for a statement), not of every event opened before it (quadratic in the events)."""
    from sitrep.extract import claims

    asked: list[tuple[str, str, bool]] = []
    compatible = claims._compatible

    def counted(ev, cand, speaker, *args, **kwargs):
        asked.append((ev.event, cand.spec.event, speaker == cand.speaker_key))
        return compatible(ev, cand, speaker, *args, **kwargs)

    monkeypatch.setattr(claims, "_compatible", counted)
    report = analyze("Rebels attacked an army base near the border on Monday, killing four soldiers. "
                     "The defence ministry condemned the attack. Police arrested 20 protesters in the capital. "
                     "The opposition denounced the arrests. Rebels later shelled the town.")
    assert len({e.event for e in report.events}) >= 3
    assert asked and all(a == b for a, b, _ in asked)
    assert all(same for a, _, same in asked if a in claims.STATEMENTS)
