"""Per-field reconciliation: figures kept per claim, superseded updates, contested fields."""
from __future__ import annotations

import dataclasses
import datetime as dt
import importlib

from sitrep.merge import reconcile
from sitrep.model import ArticleRef, Figure, IncidentClaim, IncidentMention, Location

reconcile_module = importlib.import_module("sitrep.merge.reconcile")  # (the package's ``reconcile`` is the function)
PLACE = Location("Gao", "MLI", "Gao", 16.27, -0.04, "city")


def m(n, published, figures=(), claims=()):
    return IncidentMention(id=f"a{n}#1", article=ArticleRef(id=f"a{n}", url=f"u{n}", published=dt.date.fromisoformat(published)),
                           family="violence", date=dt.date(2022, 6, 1), location=PLACE, figures=list(figures), claims=list(claims))


def fig(value, claimer, url, qualifier="exact", hi=None, update=False):
    return Figure("killed", value, value if hi is None and qualifier == "exact" else hi, qualifier, [claimer], [url], update=update)


def test_figures_are_kept_per_claim_never_averaged():
    inc = reconcile([m(1, "2022-06-01", [fig(6, "army", "u1")]), m(2, "2022-06-02", [fig(20, "residents", "u2")])], incident_id="X")
    k = inc.killed
    assert [(f.min, f.claimed_by) for f in k.figures] == [(6, ["army"]), (20, ["residents"])]
    assert (k.low, k.high, k.conservative) == (6, 20, 6)
    assert k.best == 13  # median of the two voices, offered as a view only


def test_same_claimer_revision_supersedes_the_earlier_figure():
    inc = reconcile([m(1, "2022-06-01", [fig(9, "health ministry", "u1")]),
                     m(2, "2022-06-03", [fig(15, "Health Ministry", "u2", update=True)])], incident_id="X")
    old, new = inc.killed.figures
    assert old.superseded and not new.superseded
    assert (inc.killed.low, inc.killed.high) == (15, 15)
    assert not any(c.field == "killed" for c in inc.contested)  # a revision is not a dispute


def test_a_voice_told_with_and_without_its_title_revises_its_own_toll():
    """"Governor Anna Brandt initially said six people had died ... By the afternoon she said the toll
    had risen to 14": "she" is "Anna Brandt", the same voice as the titled one, so 6 is outdated, no
    rival toll beside "between 12 and 15" of the officials."""
    inc = reconcile([m(1, "2022-06-01", [fig(6, "Regional governor Anna Brandt", "u1"), fig(12, "regional officials", "u1", hi=15),
                                         fig(14, "Anna Brandt", "u1", update=True)])], incident_id="X")
    by_value = {f.min: f for f in inc.killed.figures}
    assert by_value[6].superseded and not by_value[14].superseded
    assert not any(c.field == "killed" for c in inc.contested)


def test_a_shorter_name_in_another_report_is_no_claim_on_the_same_voice():
    """Two reports, each naming its own "Brandt": a name ending another is one voice only within a report."""
    inc = reconcile([m(1, "2022-06-01", [fig(6, "Governor Anna Brandt", "u1")]),
                     m(2, "2022-06-01", [fig(9, "Anna Brandt", "u2")])], incident_id="X")
    assert not any(f.superseded for f in inc.killed.figures)


def test_a_body_named_with_and_without_a_qualifier_is_not_one_voice():
    """"the Russian Defence Ministry said 8 ... the Ukrainian Defence Ministry said 20 ... the Defence
    Ministry said 22": a body's name ending another's may be either body, so neither toll is outdated
    and the tolls stay contested (review of m8u, 3); a title alone is no person's name either."""
    inc = reconcile([m(1, "2022-06-01", [fig(8, "Russian Defence Ministry", "u1"), fig(20, "Ukrainian Defence Ministry", "u1"),
                                         fig(22, "Defence Ministry", "u1")])], incident_id="X")
    assert not any(f.superseded for f in inc.killed.figures)
    assert any(c.field == "killed" for c in inc.contested)
    inc = reconcile([m(1, "2022-06-01", [fig(8, "Army Spokesman Lul Koang", "u1"), fig(30, "Rebel Army Spokesman", "u1"),
                                         fig(10, "Army Spokesman", "u1")])], incident_id="X")
    assert not any(f.superseded for f in inc.killed.figures)


def test_incompatible_tolls_become_contested_with_claimers():
    inc = reconcile([m(1, "2022-06-01", [fig(0, "police", "u1")]),
                     m(2, "2022-06-01", [fig(3, "rights group", "u2"), fig(2, "hospital", "u2", qualifier="at_least")])],
                    incident_id="X")
    (c,) = [c for c in inc.contested if c.field == "killed"]
    assert [(p.value, p.claimed_by) for p in c.positions] == [("0", ["police"]), ("2 to 3", ["hospital", "rights group"])]


def test_same_figure_from_two_outlets_is_one_figure_with_both_articles():
    inc = reconcile([m(1, "2022-06-01", [fig(4, "army", "u1")]), m(2, "2022-06-02", [fig(4, "army", "u2")])], incident_id="X")
    (f,) = inc.killed.figures
    assert f.articles == ["u1", "u2"] and not f.superseded


def test_blame_and_denial_become_a_contested_perpetrator():
    claims = [IncidentClaim("perpetrator", "Rapid Support Forces", "army spokesman", "u1", "alleged"),
              IncidentClaim("perpetrator", "Rapid Support Forces", "Rapid Support Forces", "u2", "denied")]
    inc = reconcile([m(1, "2022-06-01", claims=claims)], incident_id="X")
    (c,) = inc.contested
    assert c.field == "perpetrator"
    assert [p.claimed_by for p in c.positions] == [["army spokesman"], ["Rapid Support Forces"]]


def test_target_framings_become_contested():
    claims = [IncidentClaim("target", "wedding guests", "residents", "u1", normalized="civilians"),
              IncidentClaim("target", "rebel positions", "army", "u2", normalized="military target")]
    (c,) = reconcile([m(1, "2022-06-01", claims=claims)], incident_id="X").contested
    assert {p.value: p.claimed_by for p in c.positions} == {"civilians": ["residents"], "military target": ["army"]}


def test_a_risen_toll_outdates_lower_tolls_of_unnamed_sources_not_of_named_ones():
    inc = reconcile([m(1, "2022-06-01", [fig(32, "officials", "u1"), fig(5, "Interior Ministry", "u1")]),
                     m(2, "2022-06-02", [fig(59, "hospital officials", "u2", update=True)])], incident_id="X")
    state = {f.min: f.superseded for f in inc.killed.figures}
    assert state == {5: False, 32: True, 59: False}
    assert (inc.killed.low, inc.killed.high) == (5, 59)


def test_intent_disputes_across_reports_become_contested():
    claims = [IncidentClaim("intent", "deliberate", "rights group", "u1", "alleged"),
              IncidentClaim("intent", "deliberate", "army", "u2", "denied")]
    (c,) = reconcile([m(1, "2022-06-01", claims=claims)], incident_id="X").contested
    assert c.field == "intent"
    assert {p.value: p.claimed_by for p in c.positions} == {"deliberate": ["rights group"], "unintentional": ["army"]}


def test_text_view_shows_claimers_and_outlets():
    from rich.console import Console

    from sitrep.model import Party
    from sitrep.present.incident_detail import render_incident_detail

    mention = m(1, "2022-06-01", [fig(4, "army", "u1")])
    mention.figures[0].outlets = ["wire"]
    mention.perpetrators = [Party("JNIM", claimed_by=["army"])]
    console = Console(width=120, record=True)
    console.print(render_incident_detail(reconcile([mention], incident_id="X")))
    out = console.export_text()
    assert "JNIM named by army" in out and "4 - claimed by army; in wire" in out


def test_text_list_shows_arrests_and_escapes_where_counted():
    from rich.console import Console

    from sitrep.present.incident_detail import render_incident_list

    jailbreak = m(1, "2022-06-01", [_count("escaped", 40, "prison director", "u1", "inmates"),
                                    _count("arrested", 12, "police", "u1", "escaped inmates")])
    console = Console(width=200, record=True)
    console.print(render_incident_list([reconcile([jailbreak], incident_id="X"), reconcile([m(2, "2022-06-01", [fig(4, "army", "u2")])], incident_id="Y")]))
    x, y = [line for line in console.export_text().splitlines() if line.strip()]
    assert "arrested 12  escaped 40  articles 1" in x, x
    assert "killed 4" in y and "arrested" not in y and "escaped" not in y, y


def test_superseded_figures_take_no_position_even_when_all_are(monkeypatch):
    old = [fig(6, "army", "u1"), fig(20, "residents", "u2")]
    for f in old:
        f.superseded = True
    monkeypatch.setattr(reconcile_module, "_merge_figures", lambda mentions, field, attackers: old)
    k, tolls = reconcile_module._tolls([], "killed", frozenset())
    assert tolls == []  # no contested positions from outdated figures
    assert (k.low, k.high) == (6, 20)  # the range still reads what there is


def _count(field, value, claimer, url, of=None):
    return Figure(field, value, value, "exact", [claimer], [url], of=of)


def test_the_hurt_of_two_groups_are_no_rival_counts():
    """"15 officers were injured" (police) and "42 protesters were injured" (organisers) count different people:
    no contest; two counts of the same group still are, and a voice's count of one group does not outdate its
    count of the other."""
    inc = reconcile([m(1, "2022-06-01", [_count("injured", 15, "police spokesman", "u1", "officers")]),
                     m(2, "2022-06-01", [_count("injured", 42, "organisers", "u2", "protesters"),
                                         _count("injured", 60, "Red Cross", "u2", "protesters")]),
                     m(3, "2022-06-02", [_count("injured", 9, "police spokesman", "u3", "protesters")])], incident_id="X")
    assert not any(f.superseded for f in inc.injured.figures)
    (c,) = [c for c in inc.contested if c.field == "injured"]
    assert [p.value for p in c.positions] == ["9", "42", "60"], c.positions


def test_one_group_written_two_ways_stays_one_group_of_rivals():
    """"20 protesters" and "35 demonstrators", "12 policemen" and "20 police officers", "one child" and "nine
    children": one kind of people named two ways (their sector), so the counts still contest; an unknown noun
    ("suspects") names no group."""
    for a, b in (("protesters", "demonstrators"), ("policemen", "police officers"), ("child", "children"), ("police", "officers")):
        inc = reconcile([m(1, "2022-06-01", [_count("injured", 12, "Red Cross", "u1", a)]),
                         m(2, "2022-06-01", [_count("injured", 20, "organisers", "u2", b)])], incident_id="X")
        (c,) = [c for c in inc.contested if c.field == "injured"]
        assert [p.value for p in c.positions] == ["12", "20"], (a, b)
    inc = reconcile([m(1, "2022-06-01", [_count("arrested", 10, "police spokesman", "u1", "suspects")]),
                     m(2, "2022-06-01", [_count("arrested", 25, "rights group", "u2", "protesters")])], incident_id="X")
    assert any(c.field == "arrested" for c in inc.contested)


def test_a_count_that_names_no_group_rivals_every_group():
    """"15 officers" and "42 protesters" beside "30 people" and "90 people": whose the unnamed counts are the text
    does not tell, so all four stay rivals."""
    inc = reconcile([m(1, "2022-06-01", [_count("injured", 15, "police spokesman", "u1", "officers")]),
                     m(2, "2022-06-01", [_count("injured", 42, "organisers", "u2", "protesters")]),
                     m(3, "2022-06-01", [_count("injured", 30, "Kenya Red Cross", "u3")]),
                     m(4, "2022-06-01", [_count("injured", 90, "hospital official", "u4")])], incident_id="X")
    (c,) = [c for c in inc.contested if c.field == "injured"]
    assert [p.value for p in c.positions] == ["15", "30", "42", "90"], c.positions


def test_one_number_of_two_groups_is_two_counts():
    """"15 officers" (police) and "15 protesters" (organisers): two counts, each with its own claimer, not one
    figure the organisers claim of officers; "15 people" beside "15 protesters" alone stays one figure."""
    inc = reconcile([m(1, "2022-06-01", [_count("injured", 15, "police spokesman", "u1", "officers")]),
                     m(2, "2022-06-01", [_count("injured", 15, "organisers", "u2", "protesters")])], incident_id="X")
    assert sorted((f.of, f.claimed_by) for f in inc.injured.figures) == [("officers", ["police spokesman"]),
                                                                         ("protesters", ["organisers"])]
    inc = reconcile([m(1, "2022-06-01", [_count("injured", 15, "Red Cross", "u1")]),
                     m(2, "2022-06-01", [_count("injured", 15, "organisers", "u2", "protesters")])], incident_id="X")
    assert [sorted(f.claimed_by) for f in inc.injured.figures] == [["Red Cross", "organisers"]]


def test_a_voice_s_count_of_no_group_is_revised_by_its_count_of_one():
    """"The Kenya Red Cross said 15 people were injured", later "28 protesters": one voice's revision, not two
    groups; with two groups named by the voice, its count of each stays."""
    inc = reconcile([m(1, "2022-06-01", [_count("injured", 15, "Kenya Red Cross", "u1")]),
                     m(2, "2022-06-02", [_count("injured", 28, "Kenya Red Cross", "u2", "protesters")])], incident_id="X")
    by_value = {f.min: f for f in inc.injured.figures}
    assert by_value[15].superseded and not by_value[28].superseded
    assert (inc.injured.low, inc.injured.high) == (28, 28)
    assert not any(c.field == "injured" for c in inc.contested)


def test_an_owner_or_a_bare_title_dropped_is_not_one_voice():
    """"Russia's Defence Ministry said 40 ... the Defence Ministry said two" (a report from Kyiv): the possessive
    owner is a qualifier as "Russian" is, and a bare "spokesman" or "head" may be anyone's."""
    inc = reconcile([m(1, "2022-06-01", [fig(40, "Russia's Defence Ministry", "u1"), fig(2, "Defence Ministry", "u1")])],
                    incident_id="X")
    assert not any(f.superseded for f in inc.killed.figures)
    assert any(c.field == "killed" for c in inc.contested)
    for full, short in (("Al-Shabaab's spokesman", "spokesman"), ("spokesman for the army", "spokesman"), ("head of the Red Cross", "head")):
        inc = reconcile([m(1, "2022-06-01", [fig(30, full, "u1"), fig(5, short, "u1")])], incident_id="X")
        assert not any(f.superseded for f in inc.killed.figures), (full, short)


def test_a_body_named_in_full_and_then_short_is_one_voice():
    """"Tajikistan's State Committee for National Security said five ... the State Committee said eight had
    been killed": the short name is the body named in full in the same report, so its later toll outdates the
    first; not where the report names two bodies it may stand for."""
    inc = reconcile([m(1, "2022-06-01", [fig(5, "Tajikistan's State Committee for National Security", "u1"),
                                         fig(8, "State Committee", "u1")])], incident_id="X")
    by_value = {f.min: f for f in inc.killed.figures}
    assert by_value[5].superseded and not by_value[8].superseded
    assert not any(c.field == "killed" for c in inc.contested)
    inc = reconcile([m(1, "2022-06-01", [fig(5, "Tajikistan's State Committee for National Security", "u1"),
                                         fig(7, "State Committee for Emergency Situations", "u1"),
                                         fig(8, "State Committee", "u1")])], incident_id="X")
    assert not any(f.superseded for f in inc.killed.figures)


def test_arrested_attackers_are_a_count_of_their_own():
    """"police arrested 3 gunmen" beside "12 protesters": the attackers'-own rule is for the dead and the hurt;
    arrests of two groups set both in the range, as rivals of none (no sum: the two are on no opposite sides of a
    clash of the forces with a crowd)."""
    inc = reconcile([m(1, "2022-06-01", [_count("arrested", 12, "police spokesman", "u1", "protesters"),
                                         _count("arrested", 3, "police chief", "u1", "gunmen")])], incident_id="X")
    assert (inc.arrested.low, inc.arrested.high) == (3, 12)
    assert not any(c.field == "arrested" for c in inc.contested)


def test_a_place_a_report_tells_outweighs_filing_cities():
    """Two reports filed in Abuja that tell no place (``basis`` "dateline") and one that tells Kaduna state: the
    place told; a country told that holds the filing city says less than the city."""
    abuja = Location("Abuja", "NGA", "Abuja Federal Capital Territory", 9.06, 7.50, "city", basis="dateline")
    kaduna = Location("Kaduna", "NGA", "Kaduna", 10.42, 7.63, "admin", basis="text")
    nigeria = Location("Nigeria", "NGA", None, 10.0, 8.0, "country", basis="text")

    def at(n, loc):
        return dataclasses.replace(m(n, "2022-06-01"), location=loc)

    assert reconcile([at(1, abuja), at(2, abuja), at(3, kaduna)], incident_id="X").location.name == "Kaduna"
    assert reconcile([at(1, abuja), at(2, abuja), at(3, nigeria)], incident_id="X").location.name == "Abuja"


def test_the_contests_of_each_group_are_labelled_and_the_total_sums_the_groups():
    """Police's officers (9 vs 15) and the protesters' count (42 vs 60): two contests of "injured", each labelled
    with its group; the incident's hurt are the two groups' sums (51-75), not a range from 9 to 60. The dead of
    two groups told by two voices stay one field's contest with no label."""
    inc = reconcile([m(1, "2022-06-01", [_count("injured", 15, "police spokesman", "u1", "officers"),
                                         _count("injured", 42, "organisers", "u1", "protesters")]),
                     m(2, "2022-06-01", [_count("injured", 9, "county governor", "u2", "officers"),
                                         _count("injured", 60, "Red Cross", "u2", "protesters")])], incident_id="X")
    assert sorted((c.group, [p.value for p in c.positions]) for c in inc.contested) == [
        ("officers", ["9", "15"]), ("protesters", ["42", "60"])]
    assert (inc.injured.low, inc.injured.high, inc.injured.conservative, inc.injured.best) == (51, 75, 51, 63)
    inc = reconcile([m(1, "2022-06-01", [_count("killed", 9, "army", "u1", "militants")]),
                     m(2, "2022-06-01", [_count("killed", 12, "residents", "u2", "civilians")])], incident_id="X")
    (c,) = inc.contested
    assert c.field == "killed" and c.group is None and (inc.killed.low, inc.killed.high) == (9, 12)


def test_one_claimer_s_counts_of_two_groups_in_one_report_are_parts_of_their_sum():
    """The ministry's "12 soldiers" and "5 civilians" in one report: a total of 17 of its own, which agrees with
    another voice's 17; not where the ministry also gives a count of no group (it may be the total); a group counted
    twice is summed from its later count (a revision); the attackers' own dead are left out."""
    sums = lambda inc: [(f.min, f.sum_of) for f in inc.killed.figures if f.sum_of]  # noqa: E731
    inc = reconcile([m(1, "2022-06-01", [_count("killed", 12, "defence ministry", "u1", "soldiers"),
                                         _count("killed", 5, "defence ministry", "u1", "civilians")]),
                     m(2, "2022-06-01", [_count("killed", 17, "provincial official", "u2")])], incident_id="X")
    assert sums(inc) == [(17, ["12 soldiers", "5 civilians"])]
    assert (inc.killed.low, inc.killed.high) == (17, 17) and not inc.contested
    (total,) = [f for f in inc.killed.figures if f.min == 17]
    assert total.claimed_by == ["defence ministry", "provincial official"]
    for third in (_count("killed", 20, "defence ministry", "u1"), _count("killed", 14, "defence ministry", "u1", "soldiers"),
                  _count("killed", 3, "defence ministry", "u1", "gunmen")):
        inc = reconcile([m(1, "2022-06-01", [_count("killed", 12, "defence ministry", "u1", "soldiers"),
                                             _count("killed", 5, "defence ministry", "u1", "civilians"), third])], incident_id="X")
        expected = {None: [], "soldiers": [(19, ["14 soldiers", "5 civilians"])], "gunmen": [(17, ["12 soldiers", "5 civilians"])]}
        assert sums(inc) == expected[third.of], third
    # two voices' counts of two groups in one report are no sum: as often one toll framed two ways
    inc = reconcile([m(1, "2022-06-01", [_count("killed", 9, "army", "u1", "militants"),
                                         _count("killed", 12, "residents", "u1", "civilians")])], incident_id="X")
    assert sums(inc) == []


def test_a_voice_s_later_count_of_one_group_replaces_its_earlier_sum():
    """The ministry's 12 soldiers and 5 civilians, then a day later 14 soldiers: its account is 14 + 5 = 19, the
    12 revised (review of m10, C4)."""
    inc = reconcile([m(1, "2022-06-01", [_count("killed", 12, "Defence Ministry", "u1", "soldiers"),
                                         _count("killed", 5, "Defence Ministry", "u1", "civilians")]),
                     m(2, "2022-06-02", [_count("killed", 14, "Defence Ministry", "u2", "soldiers")])], incident_id="X")
    assert [(f.min, f.sum_of) for f in inc.killed.figures if f.sum_of] == [(19, ["14 soldiers", "5 civilians"])]
    assert [f.min for f in inc.killed.figures if f.superseded] == [12]
    assert (inc.killed.low, inc.killed.high) == (19, 19) and not inc.contested


def test_a_sum_never_hides_a_dispute_about_one_of_its_groups():
    """The other side's fighters are no part of a toll (merge_cues.yaml part_groups): the army's 52 fighters and
    "only three civilians" make no sum, and its 3 civilians stay contested against the hospital's 40 (review of
    m10, C2). Where a sum is made, a part is still compared with another voice's count of its group."""
    inc = reconcile([m(1, "2022-06-01", [_count("killed", 52, "army", "u1", "fighters"), _count("killed", 3, "army", "u1", "civilians"),
                                         _count("killed", 40, "hospital", "u1", "civilians")])], incident_id="X")
    assert not [f for f in inc.killed.figures if f.sum_of or f.part]
    (c,) = inc.contested
    assert c.field == "killed" and [p.value for p in c.positions] == ["3", "40"]
    hospital = Figure("killed", 40, None, "at_least", ["hospital"], ["u2"], of="civilians")
    inc = reconcile([m(1, "2022-06-01", [_count("killed", 12, "Defence Ministry", "u1", "soldiers"),
                                         _count("killed", 5, "Defence Ministry", "u1", "civilians")]),
                     m(2, "2022-06-01", [hospital])], incident_id="X")
    got = {(c.group, tuple(p.value for p in c.positions)) for c in inc.contested if c.field == "killed"}
    assert got == {(None, ("17", "at least 40")), ("civilians", ("5", "at least 40"))}


def test_counts_of_two_groups_across_voices_are_summed_only_across_the_sides_of_a_clash():
    """Teachers and protesters, workers and protesters, security personnel and police officers may be the same
    people: a range, no sum; officers and protesters are the two sides of a clash: a sum, and an open "at least"
    keeps it open (review of m10, C3)."""
    def injured(*counts):
        inc = reconcile([m(i, "2022-06-01", [c]) for i, c in enumerate(counts, 1)], incident_id="X")
        return inc.injured.low, inc.injured.high
    at_least = lambda n, who, of: Figure("injured", n, None, "at_least", [who], ["u9"], of=of)  # noqa: E731
    assert injured(_count("injured", 20, "teachers' union", "u1", "teachers"), _count("injured", 35, "Red Cross", "u2", "protesters")) == (20, 35)
    assert injured(at_least(40, "union leader", "workers"), _count("injured", 12, "police", "u2", "protesters")) == (12, 40)
    assert injured(_count("injured", 12, "Interior Ministry", "u1", "security personnel"),
                   _count("injured", 9, "police", "u2", "police officers")) == (9, 12)
    assert injured(_count("injured", 12, "police", "u1", "officers"), _count("injured", 30, "Red Cross", "u2", "protesters")) == (42, 42)
    assert injured(_count("injured", 12, "police", "u1", "officers"), at_least(40, "union leader", "protesters")) == (52, None)


def test_text_list_and_detail_name_the_group_of_each_contest():
    from rich.console import Console

    from sitrep.present.incident_detail import render_incident_detail, render_incident_list

    inc = reconcile([m(1, "2022-06-01", [_count("injured", 15, "police spokesman", "u1", "officers"),
                                         _count("injured", 42, "organisers", "u1", "protesters")]),
                     m(2, "2022-06-01", [_count("injured", 9, "county governor", "u2", "officers"),
                                         _count("injured", 60, "Red Cross", "u2", "protesters")])], incident_id="X")
    console = Console(width=200, record=True)
    console.print(render_incident_list([inc]))
    listed = console.export_text()
    assert "injured 51-75" in listed and "contested injured (officers), injured (protesters)" in listed, listed
    console.print(render_incident_detail(inc))
    detail = console.export_text()
    assert "contested injured (officers)" in detail and "9: county governor" in detail, detail
