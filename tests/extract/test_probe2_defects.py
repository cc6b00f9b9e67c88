"""Event defects the second unseen-article probe found, on our own sentences: the day of a
telling or the start of a span taken as the act's date, an accuser made the doer of what it
charges, a seized chance taken for force, rioters' killings told in the passive, a broker
taken for a party to the deal it brokered."""
from __future__ import annotations

import datetime as dt

import pytest

from tests._helpers import events_of as _events

PUB = dt.date(2026, 11, 20)  # a Friday


def test_the_day_of_the_telling_does_not_date_an_earlier_act(analyze):
    text = "The armed group denied on Wednesday that its fighters had killed the two engineers, a day after their bodies were found."
    (ev,) = _events(analyze(text), "ASSAULT")
    assert ev.date is None


@pytest.mark.parametrize("text", [
    "Bandits shot dead four herders near the river, the district commissioner said on Sunday.",
    "Police said on Sunday that gunmen killed five villagers in the north.",
])
def test_the_day_of_the_telling_stands_for_an_act_in_the_simple_past_with_no_day(analyze, text):
    # the model has no upper bound for a date: in wire copy the telling's day bounds the act
    (ev,) = _events(analyze(text), "ASSAULT")
    assert ev.date == dt.date(2026, 11, 15)


def test_the_day_of_the_telling_does_not_date_a_span(analyze):
    (ev,) = _events(analyze("Police said on Sunday that gunmen have killed five villagers in the north since October 12."), "ASSAULT")
    assert ev.date is None


def test_a_day_told_in_the_acts_clause_still_dates_it(analyze):
    (ev,) = _events(analyze("Bandits shot dead four herders near the river on Sunday, the district commissioner said."), "ASSAULT")
    assert ev.date == dt.date(2026, 11, 15)


@pytest.mark.parametrize("text", [
    "Security forces have detained hundreds of opposition supporters since the election on October 12.",
    "Troops have detained forty students since October 12.",
])
def test_the_start_of_a_span_dates_no_act(analyze, text):
    (ev,) = _events(analyze(text), "COERCE")
    assert ev.date is None


def test_the_accuser_is_no_doer_of_the_toll_it_charges(analyze):
    r = analyze("The interior ministry accused the separatists of shelling a school in the east, killing eleven pupils.")
    attacks = _events(r, "ASSAULT")
    assert attacks
    assert all("ministry" not in s.name.lower() for ev in attacks for s in ev.source)
    assert any(s.name == "the separatists" for ev in attacks for s in ev.source)


def test_a_seized_chance_is_no_act_of_force(analyze):
    assert not _events(analyze("We call on both parties to seize this moment and return to talks, the envoy said."), "ASSAULT")


def test_a_seized_town_is_still_taken(analyze):
    assert _events(analyze("Insurgents seized the town of Karsa on Monday."), "ASSAULT")


def test_a_killing_by_rioters_told_in_the_passive_is_mob_violence(analyze):
    r = analyze("Two traffic wardens were killed by rioters in the port city on Tuesday.")
    assert not [e for e in r.events if e.acled_sub_event_type == "Armed clash"]
    (ev,) = _events(r, "PROTEST")
    assert ev.acled_sub_event_type == "Mob violence"


def test_the_broker_of_a_swap_is_no_target(analyze):
    r = analyze("Ghana and Togo each freed 25 detained fishermen in an exchange brokered by Nigeria.")
    (ev,) = _events(r, "RETREAT")
    assert [t.name for t in ev.target] == ["25 detained fishermen"]
    assert all(t.code != "NGA" for e in r.events if e.mode != "mediate" for t in e.target)


def test_an_act_told_in_a_past_decade_is_background(analyze):
    r = analyze("Chile and Peru agreed last month to open two crossings on their shared border, "
                "the first such accord since they fought a war in the early 1880s.")
    assert not _events(r, "ASSAULT")
    assert _events(r, "AGREE")


def test_soldiers_exchanged_for_servicemen_are_a_swap(analyze):
    r = analyze("Ghana and Togo exchanged 14 Ghanaian soldiers for three Togolese servicemen on Friday under a deal mediated by Nigeria.")
    (ev,) = _events(r, "RETREAT")
    assert ev.mode == "release"
    assert all(t.code != "NGA" for t in ev.target)


def test_both_sides_swapped_are_acted_on_each_by_its_own_code(analyze):
    # those given "for" the soldiers are swapped too; each group keeps the code of its own words only
    r = analyze("Ghana and Togo exchanged 14 Ghanaian soldiers for three Togolese servicemen on Friday under a deal mediated by Nigeria.")
    (ev,) = _events(r, "RETREAT")
    assert sorted(t.code for t in ev.target) == ["GHA", "TGO"]


def test_soldiers_swapped_on_one_side_are_a_rotation_not_a_release(analyze):
    r = analyze("Ukraine swapped exhausted soldiers on the front line for fresh troops, the commander said.")
    assert not _events(r, "RETREAT")


@pytest.mark.parametrize("text", [
    "Armenia and Azerbaijan exchanged 32 soldiers on Monday.",  # a coordinated doer
    "Russia swapped 20 soldiers in a prisoner exchange, the ministry said.",  # the swap named in the clause
    "Armenia exchanged 32 Armenian soldiers for two Azerbaijani servicemen on Monday.",  # another side's people for them
    "Kyiv traded 12 soldiers for 30 prisoners.",  # captives for them
])
def test_soldiers_swapped_between_two_sides_are_released(analyze, text):
    (ev,) = _events(analyze(text), "RETREAT")
    assert ev.mode == "release"
