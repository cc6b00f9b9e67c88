"""How figures read in the text views: as the article stated them."""
from sitrep.model import Magnitude
from sitrep.present.text import magnitude_label, quantity_label


def test_more_than_shows_the_number_stated_not_the_stored_bound():
    # "more than 100" is stored as min 101, the least whole number it allows
    assert magnitude_label(Magnitude(min=101, max=None, qualifier="more_than", text="more than 100")) == ">100"
    assert quantity_label(26, None, "more_than", words=True) == "more than 25"


def test_other_qualifiers_and_ranges():
    assert quantity_label(62, None, "at_least") == "≥62"
    assert quantity_label(62, 83, "exact") == "62-83"
    assert quantity_label(40, 40, "about", words=True) == "about 40"
    assert quantity_label(None, 30, "up_to", words=True) == "up to 30"
    assert magnitude_label(None) == "-"


def test_an_event_told_only_as_denied_says_so_in_its_heading():
    # "the ministry said the army did not shell the town": the event a speaker denies reads as denied, by whom
    from rich.console import Console

    from sitrep.model import ActorRef, Claim, Event, Span
    from sitrep.present.text import _event

    ministry = ActorRef(text="The ministry", name="ministry", code=None, sector="GOV")
    ev = Event(id="E1", event="ASSAULT", evidence=Span(0, 5, "x"),
               claims=[Claim(field="event", value="ASSAULT", claimed_by=ministry, modality="denied", evidence=Span(0, 5, "x"))])
    console = Console(record=True, width=200)
    console.print(_event(1, ev))
    assert "denied by ministry [GOV]" in console.export_text()
    ev.claims.append(Claim(field="event", value="ASSAULT", claimed_by="reporter", modality="asserted", evidence=Span(0, 5, "x")))
    console = Console(record=True, width=200)
    console.print(_event(1, ev))
    assert "denied by" not in console.export_text()
