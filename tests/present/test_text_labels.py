"""How figures read in the text views: as the article stated them."""
from sitrep.extract.magnitudes import quantity_label
from sitrep.model import Magnitude
from sitrep.present.text import magnitude_label


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


def test_a_joint_claimer_shows_each_party_with_its_codes():
    # "Britain and France said Iran attacked the tanker": the claim reads as both parties', each coded
    from rich.console import Console

    from sitrep.model import ActorRef, Claim, Event, Span
    from sitrep.present.text import _event

    joint = ActorRef(text="Britain and France", name="United Kingdom and France", code=None, sector="GOV")
    parties = [ActorRef(text="Britain", name="United Kingdom", code="GBR", sector="GOV"),
               ActorRef(text="France", name="France", code="FRA", sector="GOV")]
    ev = Event(id="E1", event="ASSAULT", evidence=Span(0, 5, "x"),
               claims=[Claim(field="event", value="ASSAULT", claimed_by=joint, modality="asserted", evidence=Span(0, 5, "x"),
                             claimed_by_parties=parties)])
    console = Console(record=True, width=200)
    console.print(_event(1, ev))
    assert "United Kingdom [GBR GOV] and France [FRA GOV]: asserted event = ASSAULT" in console.export_text()


def test_a_joint_speaker_shows_each_party_in_the_quotes():
    from rich.console import Console

    from sitrep.model import ActorRef, Article, Quote, Report, Span, Speaker
    from sitrep.present.text import _quotes

    text = "Britain and France said the vote was unfair."
    parties = [ActorRef(text="Britain", name="United Kingdom", code="GBR", sector="GOV", start=0, end=7),
               ActorRef(text="France", name="France", code="FRA", sector="GOV", start=12, end=18)]
    speaker = Speaker(text="Britain and France", name="United Kingdom and France", code=None, sector="GOV", start=0, end=18,
                      resolved=True, parties=parties)
    report = Report(article=Article(id="t", text=text),
                    quotes=[Quote(speaker=speaker, cue=Span(19, 23, "said"), content=Span(24, 43, "the vote was unfair"), kind="indirect")])
    console = Console(record=True, width=200)
    console.print(_quotes(report))
    shown = console.export_text()  # (the speaker column wraps)
    assert "United Kingdom [GBR GOV] and France" in shown and "[FRA GOV] (“Britain and France”)" in shown


def test_a_pronoun_that_took_an_unresolved_phrase_is_marked_unresolved():
    """"The ombudsman's office said S. It said T.": "It" carries the office's words as its name but
    is no more resolved than the office; before, only a speaker with no name at all was marked."""
    from rich.console import Console

    from sitrep.model import Article, Quote, Report, Span, Speaker
    from sitrep.present.text import _quotes

    text = "The office said S. It said the guards had beaten them."
    speaker = Speaker(text="It", name="The office", code=None, sector=None, start=19, end=21, resolved=False)
    report = Report(article=Article(id="t", text=text),
                    quotes=[Quote(speaker=speaker, cue=Span(22, 26, "said"), content=Span(27, 54, "the guards had beaten them"), kind="indirect")])
    console = Console(record=True, width=200)
    console.print(_quotes(report))
    assert "(unresolved)" in console.export_text()
