"""The merge stage reads casualty figures from the extract stage's claims (no model needed).

Reports are built by hand: an attack event whose ``dead``/``injured`` claims carry
Magnitudes with spans. Each claimed figure becomes one incident figure (with its update
flag and counted noun); the text patterns add only what no claim covers.
"""
from __future__ import annotations

import datetime as dt

from sitrep.merge.mentions import mentions_from_report
from sitrep.model import REPORTER, Article, Claim, Event, Magnitude, Place, Quote, Report, Span, Speaker

TEXT = ("Gunmen killed 12 villagers near Jos on Sunday. Hospital staff said the toll had risen to 15 by Monday. "
        "Rescuers recovered two bodies from the river.")


def _mag(text: str, phrase: str, value: int, unit: str, **kw) -> Magnitude:
    start = TEXT.index(phrase)
    return Magnitude(min=value, max=value, qualifier="exact", text=phrase, start=start, end=start + len(phrase), unit=unit, **kw)


def _report(claims: list[Claim]) -> Report:
    first = Span(0, TEXT.index(".") + 1, TEXT[:TEXT.index(".") + 1])
    ev = Event(id="E1", event="ASSAULT", evidence=first, acled_event_type="Violence against civilians",
               acled_sub_event_type="Attack", date=dt.date(2024, 3, 3), claims=claims,
               dead=claims[0].value if claims else None)
    art = Article(id="a1", text=TEXT, url="https://example.net/jos", outlet="example.net", published=dt.date(2024, 3, 4))
    return Report(article=art, events=[ev])


def _claim(mag: Magnitude) -> Claim:
    return Claim(field="dead", value=mag, claimed_by=REPORTER, modality="asserted", evidence=Span(0, 10, TEXT[:10]))


def test_claimed_figures_become_incident_figures_with_update_and_counted():
    twelve = _mag(TEXT, "12", 12, "killed", counted="villagers")
    fifteen = _mag(TEXT, "15", 15, "killed", update=True)
    (m,) = mentions_from_report(_report([_claim(twelve), _claim(fifteen)]))
    killed = sorted((f.min, f.update, f.of) for f in m.figures if f.field == "killed")
    # the two bodies no claim covers come from the text patterns; nothing is read twice
    assert killed == [(2, False, None), (12, False, "villagers"), (15, True, None)]



TWO = "Rebels attacked a checkpoint in Kidal, killing four soldiers, and ambushed a convoy near Gao, killing seven."


def _attack(eid: str, trigger: str, town: str, lat: float, lon: float, count: str, value: int) -> Event:
    at = TWO.index(town)
    place = Place(text=town, start=at, end=at + len(town), name=town, country="MLI", lat=lat, lon=lon, kind="city", resolved=True)
    s = TWO.index(count)
    mag = Magnitude(min=value, max=value, qualifier="exact", text=count, start=s, end=s + len(count), unit="killed")
    t = TWO.index(trigger)
    return Event(id=eid, event="ASSAULT", evidence=Span(0, len(TWO), TWO), acled_event_type="Battles",
                 acled_sub_event_type="Armed clash", location=place, dead=mag, trigger=Span(t, t + len(trigger), trigger),
                 claims=[Claim(field="dead", value=mag, claimed_by=REPORTER, modality="asserted", evidence=Span(0, len(TWO), TWO)),
                         Claim(field="location", value=town, claimed_by=REPORTER, modality="asserted", evidence=Span(0, len(TWO), TWO))])


def test_the_toll_of_another_attack_in_the_report_stays_out_of_the_main_incident():
    first = _attack("E1", "attacked", "Kidal", 18.44, 1.41, "four", 4)
    second = _attack("E2", "ambushed", "Gao", 16.27, -0.04, "seven", 7)
    art = Article(id="a2", text=TWO, url="https://example.net/mali", published=dt.date(2024, 3, 4))
    (m,) = mentions_from_report(Report(article=art, events=[first, second], places=[first.location, second.location]))
    assert m.location is not None and m.location.name == "Kidal"
    # the text patterns read "killing seven" too, but that span is the other attack's claim
    assert [(f.field, f.min) for f in m.figures] == [("killed", 4)]
    assert {c.value for c in m.claims if c.field == "location"} <= {"Kidal"}


ELSEWHERE = ("Gunmen killed five traders at a market in Dori on Sunday, police said. "
             "Last week suspected jihadists killed 14 herders in a village nearby, residents said. "
             "Last year, a rights group accused the army of killing 40 people in a raid. "
             "The traders' union accused the gunmen of targeting its members.")


def _toll_event(eid: str, sentence: str, count: str, value: int, acled: str = "Violence against civilians") -> Event:
    at = ELSEWHERE.index(sentence)
    s = ELSEWHERE.index(count, at)
    mag = Magnitude(min=value, max=value, qualifier="exact", text=count, start=s, end=s + len(count), unit="killed")
    ev = Span(at, at + len(sentence), sentence)
    return Event(id=eid, event="ASSAULT", evidence=ev, acled_event_type=acled, acled_sub_event_type="Attack", dead=mag,
                 claims=[Claim(field="dead", value=mag, claimed_by=REPORTER, modality="asserted", evidence=ev)])


def _speaker(text: str) -> Speaker:
    at = ELSEWHERE.index(text)
    return Speaker(text=text, name=text, code=None, sector=None, start=at, end=at + len(text), resolved=True)


def _accusation(who: str, content: str) -> Quote:
    c = ELSEWHERE.index(content)
    cue = ELSEWHERE.index("accused", ELSEWHERE.index(who))
    return Quote(speaker=_speaker(who), cue=Span(cue, cue + 7, "accused"), content=Span(c, c + len(content), content),
                 kind="indirect", stance="accuse")


def test_what_a_sentence_of_another_incident_tells_stays_out_of_the_main_one():
    # no place resolved to tell the two attacks apart: "last week", "last year" do
    main = _toll_event("E1", "Gunmen killed five traders at a market in Dori on Sunday, police said.", "five", 5)
    herders = _toll_event("E2", "Last week suspected jihadists killed 14 herders in a village nearby, residents said.", "14", 14)
    raid = _toll_event("E3", "Last year, a rights group accused the army of killing 40 people in a raid.", "40", 40)
    quotes = [_accusation("a rights group", "the army of killing 40 people in a raid"),
              _accusation("The traders' union", "the gunmen of targeting its members")]
    art = Article(id="a3", text=ELSEWHERE, url="https://example.net/dori", published=dt.date(2024, 3, 4))
    (m,) = mentions_from_report(Report(article=art, events=[main, herders, raid], quotes=quotes))
    assert [(f.field, f.min) for f in m.figures] == [("killed", 5)]
    accused = sorted(c.value for c in m.claims if c.field == "perpetrator" and c.modality == "alleged")
    # the union's accusation names who it blames, not what they are blamed for; the rights group's is of another raid
    assert accused == ["gunmen"], accused


OLDER = ("Gunmen killed three guards at a depot in Dori on Sunday, police said. "
         "Talks with the group collapsed in 2019 after it bombed an academy, killing 22 cadets.")


def test_a_toll_told_in_a_sentence_of_an_earlier_year_stays_out():
    first = OLDER[:OLDER.index(".") + 1]
    s = OLDER.index("three")
    mag = Magnitude(min=3, max=3, qualifier="exact", text="three", start=s, end=s + 5, unit="killed")
    ev = Event(id="E1", event="ASSAULT", evidence=Span(0, len(first), first), acled_event_type="Violence against civilians",
               acled_sub_event_type="Attack", dead=mag,
               claims=[Claim(field="dead", value=mag, claimed_by=REPORTER, modality="asserted", evidence=Span(0, len(first), first))])
    art = Article(id="a4", text=OLDER, url="https://example.net/depot", published=dt.date(2024, 3, 4))
    (m,) = mentions_from_report(Report(article=art, events=[ev]))
    assert [(f.field, f.min) for f in m.figures] == [("killed", 3)]


DENIED = "Rebels shelled the town of Dori, the ministry said. The rebel command denied attacking civilians."


def test_a_denial_told_in_the_reporters_voice_is_not_the_sources_who_named_the_doer():
    from sitrep.model import ActorRef

    lead = DENIED[:DENIED.index(".") + 1]
    second = DENIED[len(lead) + 1:]
    rebels = ActorRef(text="Rebels", name="Rebels", code="REB", sector="REB", start=0, end=6)
    claims = [Claim(field="perpetrator", value={"code": "REB", "name": "Rebels"}, claimed_by=REPORTER, modality="denied",
                    evidence=Span(len(lead) + 1, len(DENIED), second))]
    ev = Event(id="E1", event="ASSAULT", evidence=Span(0, len(lead), lead), acled_event_type="Explosions/Remote violence",
               acled_sub_event_type="Shelling/artillery/missile attack", source=[rebels], claims=claims)
    ministry = Speaker(text="the ministry", name="the ministry", code=None, sector="GOV", start=DENIED.index("the ministry"),
                       end=DENIED.index("the ministry") + 12, resolved=True)
    said = DENIED.index("said")
    quote = Quote(speaker=ministry, cue=Span(said, said + 4, "said"), content=Span(0, DENIED.index(","), DENIED[:DENIED.index(",")]),
                  kind="indirect")
    art = Article(id="a5", text=DENIED, url="https://example.net/dori-shelling", published=dt.date(2024, 3, 4))
    (m,) = mentions_from_report(Report(article=art, events=[ev], quotes=[quote]))
    denied = [c for c in m.claims if c.field == "perpetrator" and c.modality == "denied"]
    assert denied and all(c.claimed_by != "ministry" for c in denied), denied


def test_an_accusation_names_who_is_blamed_without_quotation_marks():
    from sitrep.merge.mentions import _accused

    assert _accused('"hired thugs" for the violence') == "hired thugs"
    assert _accused('the police of firing "directly at the crowd"') == "police"


BLAMED_ON = ("Gunmen killed five traders at a market in Dori on Sunday, police said. "
             "The traders' union blamed the killings on a local militia.")


def test_an_act_blamed_on_a_party_names_the_party():
    """"blamed the killings on a local militia": the militia is accused, not "killings on a local militia"."""
    at = BLAMED_ON.index("Gunmen")
    s = BLAMED_ON.index("five")
    mag = Magnitude(min=5, max=5, qualifier="exact", text="five", start=s, end=s + 4, unit="killed")
    ev = Span(at, BLAMED_ON.index(" The"), BLAMED_ON[at:BLAMED_ON.index(" The")])
    main = Event(id="E1", event="ASSAULT", evidence=ev, acled_event_type="Violence against civilians", dead=mag,
                 claims=[Claim(field="dead", value=mag, claimed_by=REPORTER, modality="asserted", evidence=ev)])
    who, content = "The traders' union", "the killings on a local militia"
    w, c, cue = BLAMED_ON.index(who), BLAMED_ON.index(content), BLAMED_ON.index("blamed")
    quote = Quote(speaker=Speaker(text=who, name=who, code=None, sector=None, start=w, end=w + len(who), resolved=True),
                  cue=Span(cue, cue + 6, "blamed"), content=Span(c, c + len(content), content), kind="indirect", stance="accuse")
    art = Article(id="a4", text=BLAMED_ON, url="https://example.net/dori2", published=dt.date(2024, 3, 4))
    (m,) = mentions_from_report(Report(article=art, events=[main], quotes=[quote]))
    assert [c.value for c in m.claims if c.field == "perpetrator" and c.modality == "alleged"] == ["local militia"]


UNMENTIONED = ("Missiles hit apartment blocks in the port city on Tuesday, killing nine people, officials said. "
               "The defence ministry did not mention civilian casualties.")


def test_what_a_speaker_did_not_mention_frames_no_target():
    """"did not mention civilian casualties": the ministry frames nothing as civilian."""
    at, s = 0, UNMENTIONED.index("nine")
    mag = Magnitude(min=9, max=9, qualifier="exact", text="nine", start=s, end=s + 4, unit="killed")
    end = UNMENTIONED.index(" The")
    ev = Span(at, end, UNMENTIONED[at:end])
    main = Event(id="E1", event="ASSAULT", evidence=ev, acled_event_type="Explosions/Remote violence", dead=mag,
                 claims=[Claim(field="dead", value=mag, claimed_by=REPORTER, modality="asserted", evidence=ev)])
    who, content = "The defence ministry", "civilian casualties"
    w, c, cue = UNMENTIONED.index(who), UNMENTIONED.index(content), UNMENTIONED.index("did not mention")
    quote = Quote(speaker=Speaker(text=who, name="Defence Ministry", code=None, sector=None, start=w, end=w + len(who), resolved=True),
                  cue=Span(cue, cue + 15, "did not mention"), content=Span(c, c + len(content), content), kind="indirect",
                  stance="neutral")
    art = Article(id="a5", text=UNMENTIONED, url="https://example.net/port", published=dt.date(2024, 3, 4))
    (m,) = mentions_from_report(Report(article=art, events=[main], quotes=[quote]))
    assert not [c for c in m.claims if c.field == "target"], m.claims
