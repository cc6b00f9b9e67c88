"""The event lexicon data file loads, and YAML turned no word of any data file into a boolean."""
from __future__ import annotations

from importlib import resources

import pytest
import yaml

from sitrep.extract.lexicon import load_event_lexicon

PLOVER = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "INVESTIGATE", "REQUEST", "ACCUSE",
          "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "CRIME"}


def _walk(node, path=""):
    if isinstance(node, dict):
        for k, v in node.items():
            assert not isinstance(k, bool), f"boolean key at {path}"
            yield from _walk(v, f"{path}/{k}")
    elif isinstance(node, list):
        for v in node:
            assert not isinstance(v, bool), f"boolean item in {path} (quote on/off/yes/no)"
            yield from _walk(v, path)
    else:
        yield path, node


@pytest.mark.parametrize("name", sorted(p.name for p in resources.files("sitrep").joinpath("data").iterdir()
                                       if p.name.endswith(".yaml")))
def test_no_yaml_booleans_in_word_lists(name):
    # YAML 1.1 reads a bare on/off/yes/no as a boolean, so a word so written never matches a token
    raw = yaml.safe_load(resources.files("sitrep").joinpath("data", name).read_text(encoding="utf-8"))
    list(_walk(raw))


def test_triggers_use_2021_plover_names_and_recoding_lists_load():
    lex = load_event_lexicon()
    assert {t.event for t in [*lex.verbs.values(), *lex.nouns.values()]} <= PLOVER
    assert lex.intent_types <= PLOVER and lex.threat_types <= PLOVER
    assert "on" in lex.request_preps and "aid" in lex.relation_objects and "refuse" in lex.refusal_heads
    # "call for" and the other verbs that ask only with their preposition
    assert lex.request_phrasals["call"] == lex.request_preps and "on" in lex.request_phrasals["insist"]
    assert all(spec.event in PLOVER for *_, spec in lex.verb_object_events)


def test_host_verbs_and_transnational_name_words_are_data():
    lex = load_event_lexicon()
    assert {"welcome", "host", "receive"} <= lex.host_verbs
    assert "International" in lex.transnational_name_words  # a word of a name: kept as written
    assert all(w[:1].isupper() for w in lex.transnational_name_words)


def test_destination_words_are_data():
    lex = load_event_lexicon()
    assert {"fly", "travel", "trip"} <= lex.destination_words and "visit" in lex.destination_object_verbs
    assert "return" not in lex.destination_words  # "returned to Burundi": often home, not a destination


def test_existential_events_and_fight_forced_modes_are_data():
    lex = load_event_lexicon()
    assert lex.existential_events == {"ASSAULT", "PROTEST"}  # "there was a meeting" tells no one's act
    assert "expel" in lex.fight_forced_modes
    assert not lex.fight_forced_modes & lex.natural_hazards
    assert {"if", "whether"} <= lex.existential_unsaid_marks and "the" in lex.existential_listing_determiners
    assert "a" not in lex.existential_listing_determiners  # "there was an attack" is the frame itself
    assert lex.existential_nouns["fighting"].event == "ASSAULT" and "fighting" not in lex.nouns  # only in that frame
    assert {"erupt", "break"} <= lex.onset_frames <= lex.subject_frames  # "protests erupted in X"
    assert "violent" in lex.violence_modifiers and "peaceful" not in lex.violence_modifiers


def test_future_frames_are_data():
    lex = load_event_lexicon()
    assert {"will", "shall"} <= lex.future_frame_modals  # "there will be a protest": announced
    assert not {"could", "might", "may", "should"} & lex.future_frame_modals  # a guess, not an announcement
    assert {"plan", "intend"} <= lex.future_heads and "vow" not in lex.future_heads  # a vow is a threat made, not a plan


def test_harm_doer_speech_verbs_are_data():
    lex = load_event_lexicon()
    assert lex.reporting_verbs <= lex.harm_doer_speech_verbs  # every verb of saying
    assert {"report", "believe", "fear", "suspect"} <= lex.harm_doer_speech_verbs  # and of knowing
    assert not lex.harm_doer_speech_verbs & set(lex.verbs)  # none is itself an event verb ("claim", "warn" are acts)


def test_role_nouns_are_data():
    lex = load_event_lexicon()
    assert {"seizure", "capture", "crackdown", "killing"} <= lex.role_nouns
    # acts done to someone, not the event nouns' own list again, nor doers
    assert not lex.role_nouns & set(lex.nouns) and not lex.role_nouns & lex.group_descriptions


def test_venue_types_and_pair_descriptions_are_data():
    lex = load_event_lexicon()
    assert lex.venue_types and lex.venue_types <= PLOVER and "AGREE" in lex.venue_types
    words = lex.pair_descriptions
    assert {"side", "party"} <= words["heads"] and {"two", "both"} <= words["markers"]
    assert isinstance(words["reach"], int) and words["reach"] >= 1
    assert not words["heads"] & words["counted_heads"]


def test_warned_acts_are_data():
    lex = load_event_lexicon()
    assert "punish" in lex.warned_acts and all(w.islower() and " " not in w for w in lex.warned_acts)


def test_acled_labels_that_need_a_cue_have_cues():
    from sitrep.extract.eventtypes import load_cue_lexicon
    from sitrep.extract.lexicon import load_event_lexicon

    need = load_event_lexicon().acled_cue_required
    assert "SEX_VIOL" in need and need <= set(load_cue_lexicon().labels)


def test_proof_lists_load_and_name_only_hostile_types():
    lex = load_event_lexicon()
    assert {"proof", "evidence"} <= lex.proof_nouns and "want" in lex.hostile_intent_verbs
    assert lex.hostile_types and lex.hostile_types <= PLOVER
    assert not lex.hostile_types & {"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT"}
    # a war noun is no event noun of a cooperative type
    assert all(lex.nouns[w].event in lex.hostile_types for w in lex.war_nouns if w in lex.nouns)


def test_review1_word_lists_are_data():
    # settlement words split by what they need, stores, civilian-only obstructions, habit and unseen doers
    # (review 1, items 9, 11, 8, 12): each read from events.yaml, none left in code
    lex = load_event_lexicon()
    assert "war" in lex.settlement_conflict_words and "war" not in lex.settlement_words
    assert {"end", "exchange", "cessation"} <= lex.settlement_ending_words
    assert "cache" in lex.store_nouns and "barricade" in lex.civilian_obstructions
    assert "often" in (lex.habitual or {}).get("words", ()) and "are" in (lex.habitual or {}).get("auxiliaries", ())
    assert "unidentified" in lex.unseen_doer_words and "fire" in (lex.accidental_blasts or {}).get("caught", ())
    assert "plot" in (lex.stopped_plans or {}).get("unmade", ()) and "attempt" not in (lex.stopped_plans or {}).get("unmade", ())


def test_mine_words_are_data():
    # the mine devices are among the explosives; the ores of a mining site are one list, read by the mishap rule
    # ("a coal mine" is a place of industry) and the mine-struck rule alike; the vehicles that run into mines
    lex = load_event_lexicon()
    mines = lex.mines or {}
    assert mines["devices"] <= lex.explosive_words and {"coal", "coltan"} <= mines["ores"] and "miner" in mines["site_words"]
    assert "mined" not in (lex.accidental_blasts or {}) and "convoy" in lex.land_vehicles


def test_protest_word_lists_load_from_the_lexicon():
    # the words of protest, clash and a protest's topic live in events.yaml (they were literals in events.py)
    lex = load_event_lexicon()
    assert {"protest", "demonstrate"} <= lex.protest_verbs and "striking" in lex.protesting_words
    assert "clash" in lex.clash_nouns and "against" in lex.protest_topic_preps and "after" in lex.protest_before_preps


def test_speech_harm_and_protest_word_lists_are_data():
    # the lists events.py kept in code, now in events.yaml: verbs of saying alone (no "fear": a
    # reported future is said, not feared), those whose subject pronoun is the speaker, verbs of
    # harm, and the words and prepositions that tell of protest
    lex = load_event_lexicon()
    assert "say" in lex.reporting_verbs and "fear" not in lex.reporting_verbs
    assert lex.reporting_verbs < lex.pronoun_reporting_verbs and "warn" in lex.pronoun_reporting_verbs
    assert {"kill", "wound"} <= lex.harm_verbs and {"protester", "rally"} <= lex.protest_words
    assert {"during", "outside"} <= lex.protest_setting_preps
