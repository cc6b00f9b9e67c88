"""Loader for the event lexicon (data/events.yaml)."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

import yaml

from sitrep.codebook import events_yaml

__all__ = ["Trigger", "EventLexicon", "load_event_lexicon"]


@dataclass(frozen=True, slots=True)
class Trigger:
    event: str
    mode: str | None = None
    acled: str | None = None  # ACLED sub-event type implied by the trigger alone
    speech: bool = False  # a speech act: its source is the speaker
    needs_actor: bool = False  # only an event with a source or target actor
    needs_target: bool = False  # only an event with a target actor
    no_acled: bool = False  # the act is none of ACLED's sub-event types: the classifier does not fill one
    mutual: bool = False  # done by both sides to each other ("exchanged prisoners"): not one side's own act told before
    two_sides: bool = False  # a verb-object row told only between two sides ("exchanged 32 soldiers": see events.py _two_sides)


@dataclass(frozen=True, slots=True)
class EventLexicon:
    verbs: dict[str, Trigger]
    nouns: dict[str, Trigger]
    light_verbs: frozenset[str]
    subject_frames: frozenset[str]
    aerial_words: frozenset[str]
    shelling_words: frozenset[str]
    acled_types: dict[str, str]
    background_cues: tuple[str, ...]
    plural_count_words: frozenset[str]
    negative_evaluation: frozenset[str]
    negative_adjectives: frozenset[str]
    people_states: frozenset[str]  # "exhausted soldiers": a state of people, no judgment; "the proposal was hopeless" judges
    support_verbs: frozenset[str]
    unintentional: tuple[str, ...]
    deliberate: tuple[str, ...]
    deliberate_accusation_cues: tuple[str, ...]
    hedges: frozenset[str]
    modal_hypothetical: frozenset[str]
    intent_heads: frozenset[str] = frozenset()
    intent_types: frozenset[str] = frozenset()
    refusal_heads: frozenset[str] = frozenset()
    threat_heads: frozenset[str] = frozenset()
    threat_types: frozenset[str] = frozenset()
    reduce_verbs: frozenset[str] = frozenset()
    relation_objects: frozenset[str] = frozenset()
    request_verb: str | None = None
    request_preps: frozenset[str] = frozenset()
    request_phrasals: dict[str, frozenset[str]] | None = None  # verb -> prepositions that make it a request
    aimed_fire: dict[str, frozenset[str]] | None = None  # "fired on protesters": verb -> prepositions that make it an attack
    aimless_fire: frozenset[str] = frozenset()  # "fired into the air": no one fired on
    munition_landing: frozenset[str] = frozenset()  # "shells landed inside X": verbs of a munition coming down
    allied_markers: frozenset[str] = frozenset()  # "government forces and allied militiamen": the militia's side
    blame_verbs: frozenset[str] = frozenset()
    claim_verbs: frozenset[str] = frozenset()
    deny_verbs: frozenset[str] = frozenset()
    responsibility_objects: frozenset[str] = frozenset()
    responsible_words: frozenset[str] = frozenset()
    denied_acts: frozenset[str] = frozenset()
    suicide_heads: frozenset[str] = frozenset()
    suicide_told: dict[str, frozenset[str]] | None = None  # "blew himself up", "an explosive vest": self_verbs, reflexives, devices
    motion_frames: frozenset[str] = frozenset()
    generic_event_heads: frozenset[str] = frozenset()
    repelled_acts: dict[str, frozenset[str]] | None = None  # verbs of fighting back -> attack nouns told as made ("repelled an attack")
    stopped_acts: dict[str, frozenset[str]] | None = None  # verbs of stopping -> nouns of acts told as attempted ("crushed a coup attempt")
    stopped_plans: dict[str, frozenset[str]] | None = None  # verbs of stopping -> nouns of a plan whose act was not done ("foiled a plot to bomb")
    participation_frames: dict[str, frozenset[str]] | None = None  # verb -> preps whose object event its subject does
    subjection_frames: dict[str, frozenset[str]] | None = None  # verb -> preps whose object event its subject undergoes
    declare_verbs: frozenset[str] = frozenset()
    ease_verbs: frozenset[str] = frozenset()
    ease_objects: frozenset[str] = frozenset()
    concede_ease_objects: frozenset[str] = frozenset()
    domestic_modes: dict = None  # type -> modes of acts a state does to its own people besides coercion
    verb_object_events: tuple = ()  # (verbs, particle, objects, complements (infinitives one of which must follow), Trigger)
    group_descriptions: frozenset[str] = frozenset()
    act_nouns: frozenset[str] = frozenset()  # "condemned the move": words for an act, whose doer is the accused
    contest_verbs: frozenset[str] = frozenset()  # "beat its rivals in the final": a win, not force
    contest_objects: frozenset[str] = frozenset()
    contest_settings: frozenset[str] = frozenset()
    release_nouns: frozenset[str] = frozenset()  # "called for his release": asked of the holder
    retaliation_words: frozenset[str] = frozenset()  # "threatened to retaliate": aimed at the prior doer
    natural_hazards: frozenset[str] = frozenset()  # "floods killed 20": no actor, no event
    hazard_harm_verbs: frozenset[str] = frozenset()  # "schools had been damaged": harm told with no doer, no one's act
    pests: frozenset[str] = frozenset()  # "kill rats": animals killed are no one attacked
    open_land: frozenset[str] = frozenset()  # "shelled farmland": ground struck, no target
    place_nouns: frozenset[str] = frozenset()  # "in the area", "the outskirts": a place word, never a thing acted on
    territory_control: dict[str, frozenset[str]] | None = None  # "took control of the town": verbs, nouns, takeover_verbs, places
    strike_verbs: frozenset[str] = frozenset()  # "teachers struck for better pay": a labour strike by labour_doers
    labour_doers: frozenset[str] = frozenset()
    charge_frames: frozenset[str] = frozenset()  # "convicted of killing": a charge, not an incident told
    executions: frozenset[str] = frozenset()  # "executed two men": a killing of people held, ACLED Attack
    office_removals: frozenset[str] = frozenset()  # "dismissed the army chief": no event (people removed from office)
    security_posts: frozenset[str] = frozenset()  # "attacked a checkpoint": a post standing for the forces holding it
    hand_bombs: dict[str, frozenset[str]] | None = None  # "a bomber detonated a car bomb": a person, not an aircraft
    mob_doers: frozenset[str] = frozenset()
    thrown_missiles: dict[str, frozenset[str]] | None = None  # "pelted police with stones": verbs, missiles
    hand_weapons: frozenset[str] = frozenset()  # "clashed with machetes": the means, no side
    unarmed_deployees: frozenset[str] = frozenset()  # "deployed 120 observers": no force moved
    arrest_raids: frozenset[str] = frozenset()  # "raided a house and arrested three": the arrest's way
    mob_acts: frozenset[str] = frozenset()  # "were lynched": a crowd's act by its meaning
    no_event_objects: dict[str, frozenset[str]] | None = None  # "offered a reward": verb -> objects with which it tells no event
    weapon_remnants: frozenset[str] = frozenset()  # "shell casings": what a weapon leaves, no weapon
    granted_things: frozenset[str] = frozenset()  # "denied landing rights": a permission withheld, no act of the denier denied
    granted_activities: frozenset[str] = frozenset()  # "landing" in "denied landing rights": a noun of a thing granted, no verb
    backer_words: frozenset[str] = frozenset()  # "supporters of the president rallied": a rally for the government, not against it
    former_words: frozenset[str] = frozenset()  # "supporters of the ousted president": a leader out of power, no government
    ground_invasions: dict[str, frozenset[str]] | None = None  # "fans stormed the pitch": verbs, doers, crowds, grounds, venues, context (no violence unless harm is told)
    violent_protester_words: frozenset[str] = frozenset()  # "stone-throwing protesters": force on them is the riot's
    grenade_words: frozenset[str] = frozenset()  # "threw a grenade at a patrol": ACLED Grenade
    grenade_launched: frozenset[str] = frozenset()  # "a rocket-propelled grenade": fired, not thrown
    chemical_agents: frozenset[str] = frozenset()  # "sarin", "chlorine": ACLED Chemical weapon
    chemical_modifiers: frozenset[str] = frozenset()  # "chemical", "toxic" ... on one of chemical_heads
    chemical_heads: frozenset[str] = frozenset()  # "chemical weapons", "poison gas"
    use_verbs: frozenset[str] = frozenset()  # "used chlorine gas against X, killing 12": the object is the weapon
    sexual_modifiers: frozenset[str] = frozenset()  # "sexually assaulted": a sexual assault (ACLED Sexual violence)
    armed_doer_sub_types: dict[str, frozenset[str]] | None = None  # "rebels set up a base": ACLED sub-type -> its doer sectors
    base_not_armed: dict[str, frozenset[str]] | None = None  # "a camp for refugees", "opened its headquarters to journalists": no base
    armed_doer_objects: frozenset[str] = frozenset()  # "soldiers traded shots": an object telling an armed act only by armed men
    debate_settings: frozenset[str] = frozenset()  # "shots were exchanged ... in parliament": words, no clash
    armed_doer_verbs: frozenset[str] = frozenset()  # "drones targeted a convoy": an attack only by armed men or weapons
    one_sided_attacks: frozenset[str] = frozenset()  # "stormed a church, killing worshippers": Attack, not Armed clash
    coup_doers: dict[str, str] | None = None  # "putschists stormed X": doer noun -> the coup noun it makes the attack
    accidental_blasts: dict[str, frozenset[str]] | None = None  # "a gas cylinder exploded": blasts, sources, sites; no event
    backing_verbs: frozenset[str] = frozenset()  # "bulldozers backed by police demolished X": the police did it
    civilian_sectors: frozenset[str] = frozenset()  # targets of an ACLED Attack
    held_places: frozenset[str] = frozenset()  # "bombed an insurgent hideout" misparsed: the hideout is the target
    arson_states: frozenset[str] = frozenset()  # "set the houses ablaze": the houses are the target
    civilian_vehicles: frozenset[str] = frozenset()  # "ambushed a bus": a vehicle of civilians struck (ACLED Attack)
    crewed_vessels: frozenset[str] = frozenset()  # "a coast guard ship fired ...": the body a modifier names acts
    vessel_prefixes: frozenset[str] = frozenset()  # "the MV Aris 13": a ship named by its prefix
    rescued_people: frozenset[str] = frozenset()  # "rescued 14 climbers": people saved (with the person nouns)
    vessel_strikes: dict[str, frozenset[str]] | None = None  # "a boat was hit by a coast guard ship": a collision, no attack
    rescued_captives: dict[str, frozenset[str]] | None = None  # "troops freed 23 hostages": a rescue (AID), not a release
    mines: dict[str, frozenset[str]] | None = None  # "struck a landmine" vs "a coal mine": devices, ores, site_words
    land_vehicles: frozenset[str] = frozenset()  # "a military convoy hit a mine": vehicles and units on the move
    explosive_words: frozenset[str] = frozenset()  # "a roadside bomb killed three soldiers": ACLED remote explosive  # "supporters of the president attacked journalists": ACLED Mob violence
    lemma_repairs: dict[str, str] | None = None  # "retook" -> "retake": forms the lemmatizer misses
    accident_heads: frozenset[str] = frozenset()  # "a fire at a plant killed 11", "killed in a bus crash": no event
    mishap_causes: frozenset[str] = frozenset()  # "blaming a technical failure": what a mishap is blamed on, no one
    accident_verbs: frozenset[str] = frozenset()  # "a bus crashed into a truck, killing 12": a mishap told by its verb, no event
    accident_aircraft: frozenset[str] = frozenset()  # "a helicopter crashed, killing 12": aircraft befallen by those mishaps
    killing_nouns: dict[str, str] | None = None  # "condemned the execution of X": noun -> the verb of its event
    harm_nouns: dict[str, str] | None = None  # "the rape of X by Y sparked outrage": noun -> the verb of its event
    consequence_frames: frozenset[str] = frozenset()  # "the killing of X sparked protests": the act and what it set off happened
    role_noun_verbs: dict[str, str] | None = None  # "claimed the abduction of X": role noun -> the verb of its event
    unrealised_killings: frozenset[str] = frozenset()  # "the planned execution": a killing not done
    death_verbs: frozenset[str] = frozenset()  # "died in the attack": the dead are its toll and target
    death_generic_nouns: frozenset[str] = frozenset()  # "died in the incident": no attack told
    bodies_found: dict[str, frozenset[str]] | None = None  # "bodies with gunshot wounds were found": verbs, nouns, violence
    later_deaths: dict[str, frozenset[str]] | None = None  # "later died of his wounds": verbs, times, causes, places, one_words
    weapon_fire_modifiers: frozenset[str] = frozenset()  # "sniper fire", "heavy fire": a fire that is an attack
    said_nouns: dict[str, str] | None = None  # "rejected the criticism": noun -> the statement type it names
    fight_nouns: frozenset[str] = frozenset()  # "killed in the fighting": nouns that refer back to a fight told
    settlement_words: frozenset[str] = frozenset()  # "signed a deal to end the fighting": a deal that settles a conflict (ACLED Agreement)
    settlement_conflict_words: frozenset[str] = frozenset()  # "war", "prisoners": settling only where ended or exchanged
    settlement_ending_words: frozenset[str] = frozenset()  # "end", "cessation", "exchange": what settles a conflict word
    property_destruction_verbs: frozenset[str] = frozenset()  # "destroyed a bridge": a thing destroyed with no weapon told
    warring_words: frozenset[str] = frozenset()  # "the warring parties agreed ...": parties told as in conflict
    settlement_acts: frozenset[str] = frozenset()  # "the rebels signed the deal": an agreement made, whose armed party makes it a settlement
    dispersal: dict[str, frozenset[str]] | None = None  # "disperse crowds": verbs, objects (a gathering met with force)
    restriction_sub_type: str | None = None  # ACLED sub-type of civilians restricted where no protest is told
    protest_handling_modes: frozenset[str] = frozenset()  # "arrested 30 protesters": coercions at a protest (Protest with intervention)
    protest_bans: frozenset[str] = frozenset()  # "banned protests": no intervention in a protest held
    store_nouns: frozenset[str] = frozenset()  # "a cache containing rifles": a store is what its phrase says it holds
    habitual: dict[str, frozenset[str]] | None = None  # "weapons are often found": auxiliaries, words of a rule, not news
    unseen_doer_words: frozenset[str] = frozenset()  # "unidentified persons": doers not seen, no crowd
    civilian_obstructions: frozenset[str] = frozenset()  # "residents barricaded roads": a way barred as protest only by civilians
    protest_told_with: dict[str, tuple[str, ...]] | None = None  # "protested amid tear gas": ACLED sub-type -> phrases
    less_lethal_force: dict[str, tuple[str, ...]] | None = None  # means, lethal, serious: force on protesters not excessive
    restriction_modes: frozenset[str] = frozenset()  # modes (curfew, emergency) that take it wherever no protest is told
    withheld_types: frozenset[str] = frozenset()  # "refused to criticise": event types of a statement withheld, no REJECT
    withheld_verbs: frozenset[str] = frozenset()  # "declined to comment": statements with no event type of their own
    withheld_claims: frozenset[str] = frozenset()  # "did not claim responsibility": withheld only with a clause or a responsibility object
    host_verbs: frozenset[str] = frozenset()  # "welcomed", "hosted": a host's acts to a guest (besides a meeting)
    transnational_name_words: frozenset[str] = frozenset()  # "International Crisis Group": a body of no one country
    destination_words: frozenset[str] = frozenset()  # "flew to Ethiopia", "a trip to Chad": where one goes
    destination_object_verbs: frozenset[str] = frozenset()  # "would visit Kenya"
    foreigner_object_verbs: frozenset[str] = frozenset()  # "expelled French troops": those acted on are foreigners
    existential_events: frozenset[str] = frozenset()  # "there was an attack": event types a noun tells after "there be"
    existential_unsaid_marks: frozenset[str] = frozenset()  # "if there is an attack": not told as happened
    existential_nouns: dict[str, Trigger] | None = None  # "there was heavy fighting": fight nouns, events in that frame only
    general_harm_nouns: frozenset[str] = frozenset()  # "violence against women continued in 2023": a trend, no fight
    existential_listing_determiners: frozenset[str] = frozenset()  # "there was the explosion at X": a listing
    onset_frames: frozenset[str] = frozenset()  # "protests erupted in X": the event stands with its place or date
    active_only_verbs: frozenset[str] = frozenset()  # "gunmen injured three villagers"; not "three were injured"
    violent_turns: dict[str, frozenset[str]] | None = None  # "protests turned violent": verbs, states (a riot)
    future_frame_modals: frozenset[str] = frozenset()  # "there will be a protest": the modals of an event announced to come
    future_heads: frozenset[str] = frozenset()  # "plan to march": verbs whose open clause is an act to come (hypothetical)
    proof_nouns: frozenset[str] = frozenset()  # "it was proof that X wants war": nouns whose clause tells what a claim shows
    hostile_intent_verbs: frozenset[str] = frozenset()  # "X wants a war", "X seeks to attack": verbs of a party's aim
    hostile_types: frozenset[str] = frozenset()  # event types that are hostile acts (a proof that X does one accuses X)
    war_nouns: frozenset[str] = frozenset()  # "wants a war": nouns of hostility that no event noun lists
    reporting_verbs: frozenset[str] = frozenset()  # "said they would meet": a reported future; "officials in X said": the teller's place
    pronoun_reporting_verbs: frozenset[str] = frozenset()  # "X warned that it would attack": "it" is X
    harm_verbs: frozenset[str] = frozenset()  # "..., killing 3": an outcome told; "farmers killed by gunmen": people harmed
    protest_words: frozenset[str] = frozenset()  # "protesters", "a rally": words that tell of protest in a sentence
    protest_setting_preps: frozenset[str] = frozenset()  # "arrested dozens during a demonstration": force at a protest
    harm_doer_speech_verbs: frozenset[str] = frozenset()  # "police said there was a blast, killing 3": the teller is no doer
    perception_verbs: frozenset[str] = frozenset()  # "residents heard shooting": who perceives an act does not do it
    charge_preps: frozenset[str] = frozenset()  # "accused the rebels of shelling": prepositions of a charged act
    violence_modifiers: frozenset[str] = frozenset()  # "violent protests", "protested violently": a violent demonstration
    fight_forced_modes: frozenset[str] = frozenset()  # "the fighting forced thousands to flee": acts a fight can do
    role_nouns: frozenset[str] = frozenset()  # "the seizure of X by Y": nouns whose "of" object is the one acted on
    protest_doers: dict[str, str] | None = None  # "protesters torched cars": doers whose violence is a riot -> its ACLED sub-type
    protest_gathering_acts: frozenset[str] = frozenset()  # "protesters gathered outside parliament": a peaceful protest
    symbolic_objects: frozenset[str] = frozenset()  # "protesters burned an effigy": a symbol destroyed, a peaceful protest
    protest_verbs: frozenset[str] = frozenset()  # "crowds protesting the coup": verbs that describe people as protesting
    protesting_words: frozenset[str] = frozenset()  # "striking miners": participles that describe people by their protest
    seized_chances: dict[str, frozenset[str]] = field(default_factory=dict)  # "seize this moment": no act of force
    armed_takings: dict[str, frozenset[str]] = field(default_factory=dict)  # "were taken when gunmen stopped them": people taken by armed men
    reach_verbs: frozenset[str] = frozenset()  # "sanctions hit Iranian banks": verbs of striking whose measure subject reaches, not attacks
    reach_measures: frozenset[str] = frozenset()  # "sanctions", "an embargo": the measure nouns that reach (not "siege")
    clash_nouns: frozenset[str] = frozenset()  # "clashes with protesters": nouns of a clash, whose sides follow "with"/"between"
    protest_topic_preps: frozenset[str] = frozenset()  # "protested against the clashes": what a protest is against
    protest_before_preps: frozenset[str] = frozenset()  # "protested after violent clashes": a time before the protest
    pair_descriptions: dict | None = None  # "the two sides", "the parties": words that refer back to the last pair of parties
    warned_acts: frozenset[str] = frozenset()  # "warned that violators would be punished": harms to come that make a warning a threat
    background_times: tuple[str, ...] = ()  # "last year", "years ago": a time well before the report (its acts are background)
    background_spans: frozenset[str] = frozenset()  # "have fought for years": an act told over such a span is background
    background_age_days: int = 0  # a day this many days or more before the report is well before it
    venue_types: frozenset[str] = frozenset()  # "signed a ceasefire in X": event types whose place on the trigger is a venue
    instrument_verbs: frozenset[str] = frozenset()  # "detonated a bomb", "set fire to X": verbs whose object is what is used
    acled_cue_required: frozenset[str] = frozenset()  # CASE labels the type model gives only with one of their own cues in the text
    located_modes: frozenset[str] = frozenset()  # "seized drugs in X": modes whose place is where the act was done, never whom
    armed_cargo: frozenset[str] = frozenset()  # "a truck loaded with weapons": a craft's load that makes its seizure a raid
    located_types: frozenset[str] = frozenset()  # "stole a car in X": event types whose place is where, never whom
    speaking_units: frozenset[str] = frozenset()  # "the foreign ministry": unnamed state units that speak for the state speaking there

    def withheld(self, verb) -> bool:
        """A verb of a statement that can be withheld ("declined to comment", "did not say"):
        ``withheld_verbs``, or a ``withheld_claims`` verb that claims a clause, one of
        ``responsibility_objects`` ("did not claim responsibility") or an event noun ("did not claim
        the attack"), not "refused to claim its seats"."""
        lemma = verb.lemma_.lower()
        if lemma in self.withheld_verbs:
            return True
        return lemma in self.withheld_claims and any(
            c.dep_ == "ccomp" or (c.dep_ == "dobj" and (c.lemma_.lower() in self.responsibility_objects or c.lemma_.lower() in self.nouns))
            for c in verb.children)


def _vader_negatives(threshold: float) -> frozenset[str]:
    """Words the VADER lexicon rates at or below ``threshold`` (a general, not a news-made, list)."""
    text = resources.files("vaderSentiment").joinpath("vader_lexicon.txt").read_text(encoding="utf-8", errors="replace")
    words = set()
    for line in text.splitlines():
        parts = line.split("\t")
        if len(parts) < 2 or not parts[0].replace("-", "").isalpha():
            continue
        try:
            if float(parts[1]) <= threshold:
                words.add(parts[0].lower())
        except ValueError:
            continue
    return frozenset(words)


def _triggers(raw: dict) -> dict[str, Trigger]:
    return {lemma: Trigger(**spec) for lemma, spec in raw.items()}


def _request_phrasals(raw: dict) -> dict[str, frozenset[str]]:
    """'call for', 'push for', 'insist on': verbs that ask only with one of their prepositions."""
    out: dict[str, frozenset[str]] = {}
    base = raw.get("request_phrasal", {})
    if base.get("verb"):
        out[base["verb"]] = frozenset(base.get("preps", []))
    for verb, preps in (raw.get("request_phrasal_more") or {}).items():
        out[verb] = out.get(verb, frozenset()) | frozenset(preps)
    return out


@lru_cache(maxsize=1)
def load_event_lexicon() -> EventLexicon:
    """The packaged event lexicon, parsed once per process."""
    raw = events_yaml()
    return EventLexicon(
        verbs=_triggers(raw["verbs"]),
        nouns=_triggers(raw["nouns"]),
        light_verbs=frozenset(raw["light_verbs"]),
        subject_frames=frozenset(raw["subject_frames"]),
        aerial_words=frozenset(raw["aerial_words"]),
        shelling_words=frozenset(raw["shelling_words"]),
        natural_hazards=frozenset(raw.get("natural_hazards", [])),
        hazard_harm_verbs=frozenset(raw.get("hazard_harm_verbs", [])),
        pests=frozenset(raw.get("pests", [])),
        open_land=frozenset((raw.get("ground") or {}).get("open_land", [])),
        place_nouns=frozenset((raw.get("ground") or {}).get("places", [])),
        accident_heads=frozenset(raw.get("accident_heads", [])),
        mishap_causes=frozenset(raw.get("mishap_causes", [])),
        accident_verbs=frozenset(raw.get("accident_verbs", [])),
        accident_aircraft=frozenset(raw.get("accident_aircraft", [])),
        death_verbs=frozenset(raw.get("death_verbs", [])),
        killing_nouns=dict(raw.get("killing_nouns") or {}),
        harm_nouns=dict(raw.get("harm_nouns") or {}),
        consequence_frames=frozenset(raw.get("consequence_frames") or ()),
        role_noun_verbs=dict(raw.get("role_noun_verbs") or {}),
        unrealised_killings=frozenset(raw.get("unrealised_killings", [])),
        death_generic_nouns=frozenset(raw.get("death_generic_nouns", [])),
        lemma_repairs=dict(raw.get("lemma_repairs") or {}),
        charge_frames=frozenset(raw.get("charge_frames", [])),
        executions=frozenset(raw.get("executions", [])),
        office_removals=frozenset(raw.get("office_removals", [])),
        security_posts=frozenset(raw.get("security_posts", [])),
        mob_doers=frozenset(raw.get("mob_doers", [])),
        mob_acts=frozenset(raw.get("mob_acts", [])),
        backer_words=frozenset(raw.get("backer_words", [])),
        former_words=frozenset(raw.get("former_words", [])),
        no_event_objects={k: frozenset(v) for k, v in (raw.get("no_event_objects") or {}).items()},
        weapon_remnants=frozenset(raw.get("weapon_remnants", [])),
        granted_things=frozenset(raw.get("granted_things", [])),
        granted_activities=frozenset(raw.get("granted_activities", [])),
        ground_invasions={k: frozenset(v) for k, v in (raw.get("ground_invasions") or {}).items()},
        arrest_raids=frozenset(raw.get("arrest_raids", [])),
        thrown_missiles={k: frozenset(v) for k, v in (raw.get("thrown_missiles") or {}).items()},
        hand_weapons=frozenset(raw.get("hand_weapons", [])),
        unarmed_deployees=frozenset(raw.get("unarmed_deployees", [])),
        violent_protester_words=frozenset(raw.get("violent_protester_words", [])),
        explosive_words=frozenset(raw.get("explosive_words", [])),
        mines={k: frozenset(v) for k, v in (raw.get("mines") or {}).items()},
        land_vehicles=frozenset(raw.get("land_vehicles", [])),
        grenade_words=frozenset(raw.get("grenade_words", [])),
        grenade_launched=frozenset(raw.get("grenade_launched", [])),
        chemical_agents=frozenset(raw.get("chemical_agents", [])),
        chemical_modifiers=frozenset(raw.get("chemical_modifiers", [])),
        chemical_heads=frozenset(raw.get("chemical_heads", [])),
        use_verbs=frozenset(raw.get("use_verbs", [])),
        sexual_modifiers=frozenset(raw.get("sexual_modifiers", [])),
        armed_doer_objects=frozenset(raw.get("armed_doer_objects", [])),
        debate_settings=frozenset(raw.get("debate_settings", [])),
        armed_doer_verbs=frozenset(raw.get("armed_doer_verbs", [])),
        armed_doer_sub_types={k: frozenset(v) for k, v in (raw.get("armed_doer_sub_types") or {}).items()},
        base_not_armed={k: frozenset(v) for k, v in (raw.get("base_not_armed") or {}).items()},
        one_sided_attacks=frozenset(raw.get("one_sided_attacks", [])),
        coup_doers=dict(raw.get("coup_doers") or {}),
        accidental_blasts={k: frozenset(v) for k, v in (raw.get("accidental_blasts") or {}).items()},
        backing_verbs=frozenset(raw.get("backing_verbs", [])),
        civilian_sectors=frozenset(raw.get("civilian_sectors", [])),
        civilian_vehicles=frozenset(raw.get("civilian_vehicles", [])),
        crewed_vessels=frozenset(raw.get("crewed_vessels", [])),
        vessel_prefixes=frozenset(w.lower() for w in raw.get("vessel_prefixes", [])),
        rescued_captives={k: frozenset(v) for k, v in (raw.get("rescued_captives") or {}).items()},
        rescued_people=frozenset(raw.get("rescued_people", [])),
        vessel_strikes={k: frozenset(v) for k, v in (raw.get("vessel_strikes") or {}).items()},
        arson_states=frozenset(raw.get("arson_states", [])),
        held_places=frozenset(raw.get("held_places", [])),
        hand_bombs={k: frozenset(v) for k, v in (raw.get("hand_bombs") or {}).items()},
        strike_verbs=frozenset(raw.get("strike_verbs", [])),
        labour_doers=frozenset(raw.get("labour_doers", [])),
        territory_control={k: frozenset(v) for k, v in (raw.get("territory_control") or {}).items()},
        dispersal={k: frozenset(v) for k, v in (raw.get("dispersal") or {}).items()},
        restriction_sub_type=raw.get("restriction_sub_type"),
        restriction_modes=frozenset(raw.get("restriction_modes", [])),
        protest_handling_modes=frozenset(raw.get("protest_handling_modes", [])),
        protest_bans=frozenset(raw.get("protest_bans", [])),
        civilian_obstructions=frozenset(raw.get("civilian_obstructions", [])),
        habitual={k: frozenset(v) for k, v in (raw.get("habitual") or {}).items()},
        unseen_doer_words=frozenset(raw.get("unseen_doer_words", [])),
        store_nouns=frozenset(raw.get("store_nouns", [])),
        protest_told_with={k: tuple(v) for k, v in (raw.get("protest_told_with") or {}).items()},
        less_lethal_force={k: tuple(v) for k, v in (raw.get("less_lethal_force") or {}).items()},
        weapon_fire_modifiers=frozenset(raw.get("weapon_fire_modifiers", [])),
        acled_types=dict(raw["acled_types"]),
        background_cues=tuple(raw["background_cues"]),
        background_times=tuple(raw.get("background_times", [])),
        background_spans=frozenset(raw.get("background_spans", [])),
        background_age_days=int(raw.get("background_age_days", 0)),
        plural_count_words=frozenset(raw["plural_count_words"]),
        negative_evaluation=frozenset(raw["negative_evaluation"]),
        negative_adjectives=_vader_negatives(raw["negative_adjective_valence"]) - frozenset(raw["descriptive_adjectives"]),
        people_states=frozenset(raw.get("people_states", [])),
        support_verbs=frozenset(raw["support_verbs"]),
        unintentional=tuple(raw["intent"]["unintentional"]),
        deliberate=tuple(raw["intent"]["deliberate"]),
        deliberate_accusation_cues=tuple(raw["deliberate_accusation_cues"]),
        hedges=frozenset(raw["hedges"]),
        modal_hypothetical=frozenset(raw["modal_hypothetical"]),
        intent_heads=frozenset(raw.get("intent_to_cooperate", {}).get("heads", [])),
        intent_types=frozenset(raw.get("intent_to_cooperate", {}).get("types", [])),
        refusal_heads=frozenset(raw.get("refusal_heads", [])),
        threat_heads=frozenset(raw.get("threat", {}).get("heads", [])),
        threat_types=frozenset(raw.get("threat", {}).get("types", [])),
        reduce_verbs=frozenset(raw.get("reduce_relations", {}).get("verbs", [])),
        relation_objects=frozenset(raw.get("reduce_relations", {}).get("objects", [])),
        request_verb=raw.get("request_phrasal", {}).get("verb"),
        request_preps=frozenset(raw.get("request_phrasal", {}).get("preps", [])),
        request_phrasals=_request_phrasals(raw),
        # (care_verbs maps each lemma to its past participle, which the merge reads: a set of its lemmas here)
        later_deaths={k: frozenset(v) for k, v in (raw.get("later_deaths") or {}).items()},
        bodies_found={k: frozenset(v) for k, v in (raw.get("bodies_found") or {}).items()},
        aimed_fire={k: frozenset(v) for k, v in (raw.get("aimed_fire") or {}).items()},
        aimless_fire=frozenset(raw.get("aimless_fire", [])),
        munition_landing=frozenset(raw.get("munition_landing", [])),
        allied_markers=frozenset(raw.get("allied_markers", [])),
        blame_verbs=frozenset(raw.get("responsibility", {}).get("blame_verbs", [])),
        claim_verbs=frozenset(raw.get("responsibility", {}).get("claim_verbs", [])),
        deny_verbs=frozenset(raw.get("responsibility", {}).get("deny_verbs", [])),
        responsibility_objects=frozenset(raw.get("responsibility", {}).get("objects", [])),
        responsible_words=frozenset(raw.get("responsibility", {}).get("responsible_words", [])),
        denied_acts=frozenset(raw.get("responsibility", {}).get("denied_acts", [])),
        suicide_heads=frozenset(raw.get("suicide_heads", [])),
        suicide_told={k: frozenset(v) for k, v in (raw.get("suicide_told") or {}).items()},
        motion_frames=frozenset(raw.get("motion_frames", [])),
        generic_event_heads=frozenset(raw.get("generic_event_heads", [])),
        stopped_acts={k: frozenset(v) for k, v in (raw.get("stopped_acts") or {}).items()},
        repelled_acts={k: frozenset(v) for k, v in (raw.get("repelled_acts") or {}).items()},
        stopped_plans={k: frozenset(v) for k, v in (raw.get("stopped_plans") or {}).items()},
        participation_frames={k: frozenset(v) for k, v in (raw.get("participation_frames") or {}).items()},
        subjection_frames={k: frozenset(v) for k, v in (raw.get("subjection_frames") or {}).items()},
        declare_verbs=frozenset(raw.get("retreat_recode", {}).get("declare_verbs", [])),
        ease_verbs=frozenset(raw.get("retreat_recode", {}).get("ease_verbs", [])),
        ease_objects=frozenset(raw.get("retreat_recode", {}).get("ease_objects", [])),
        concede_ease_objects=frozenset(raw.get("retreat_recode", {}).get("concede_ease_objects", [])),
        domestic_modes={k: frozenset(v) for k, v in (raw.get("domestic_modes") or {}).items()},
        verb_object_events=tuple(
            (frozenset(e["verbs"]), e.get("particle"), frozenset(e["objects"]), frozenset(e.get("complements", ())),
             Trigger(event=e["event"], mode=e.get("mode"), acled=e.get("acled"), needs_actor=True, needs_target=e.get("needs_target", False),
                     no_acled=e.get("no_acled", False),
                     mutual=e.get("mutual", False), two_sides=e.get("two_sides", False)))
            for e in raw.get("verb_object_events", [])),
        group_descriptions=frozenset(raw.get("group_descriptions", [])),
        act_nouns=frozenset(raw.get("act_nouns", [])),
        contest_verbs=frozenset(raw.get("contest", {}).get("verbs", [])),
        contest_objects=frozenset(raw.get("contest", {}).get("objects", [])),
        contest_settings=frozenset(raw.get("contest", {}).get("settings", [])),
        release_nouns=frozenset(raw.get("release_nouns", [])),
        retaliation_words=frozenset(raw.get("retaliation_words", [])),
        said_nouns={w: kind for kind, words in (raw.get("said_nouns") or {}).items() for w in words},
        fight_nouns=frozenset(raw.get("fight_nouns", [])),
        settlement_words=frozenset(raw.get("settlement_words", [])),
        settlement_conflict_words=frozenset(raw.get("settlement_conflict_words", [])),
        settlement_ending_words=frozenset(raw.get("settlement_ending_words", [])),
        settlement_acts=frozenset(raw.get("settlement_acts", [])),
        warring_words=frozenset(raw.get("warring_words", [])),
        property_destruction_verbs=frozenset(raw.get("property_destruction_verbs", [])),
        withheld_types=frozenset(raw.get("withheld_statements", {}).get("types", [])),
        withheld_verbs=frozenset(raw.get("withheld_statements", {}).get("verbs", [])),
        withheld_claims=frozenset(raw.get("withheld_statements", {}).get("claims", [])),
        host_verbs=frozenset(raw["host_verbs"]),
        transnational_name_words=frozenset(raw["transnational_name_words"]),
        destination_words=frozenset(raw["destination_words"]),
        existential_events=frozenset(raw.get("existential_events", [])),
        existential_unsaid_marks=frozenset(raw.get("existential_unsaid_marks", [])),
        existential_nouns=_triggers(raw.get("existential_nouns") or {}),
        general_harm_nouns=frozenset(raw.get("general_harm_nouns", [])),
        existential_listing_determiners=frozenset(raw.get("existential_listing_determiners", [])),
        onset_frames=frozenset(raw.get("onset_frames", [])),
        active_only_verbs=frozenset(raw.get("active_only_verbs", [])),
        violent_turns={k: frozenset(v) for k, v in (raw.get("violent_turns") or {}).items()},
        future_frame_modals=frozenset(raw.get("future_frame_modals", [])),
        future_heads=frozenset(raw.get("future_heads", [])),
        proof_nouns=frozenset(raw.get("proof", {}).get("nouns", [])),
        hostile_intent_verbs=frozenset(raw.get("proof", {}).get("intent_verbs", [])),
        hostile_types=frozenset(raw.get("proof", {}).get("hostile_types", [])),
        war_nouns=frozenset(raw.get("proof", {}).get("war_nouns", [])),
        reporting_verbs=frozenset(raw["reporting_verbs"]),
        pronoun_reporting_verbs=frozenset(raw["reporting_verbs"]) | frozenset(raw["pronoun_reporting_verbs"]),
        harm_verbs=frozenset(raw["harm_verbs"]),
        protest_words=frozenset(raw["protest_words"]),
        protest_setting_preps=frozenset(raw["protest_setting_preps"]),
        harm_doer_speech_verbs=frozenset(raw["harm_doer_speech_verbs"]),
        perception_verbs=frozenset(raw.get("perception_verbs", [])),
        charge_preps=frozenset(raw.get("charge_preps", [])),
        violence_modifiers=frozenset(raw.get("violence_modifiers", [])),
        fight_forced_modes=frozenset(raw.get("fight_forced_modes", [])),
        destination_object_verbs=frozenset(raw["destination_object_verbs"]),
        foreigner_object_verbs=frozenset(raw.get("foreigner_object_verbs", [])),
        role_nouns=frozenset(raw.get("role_nouns", [])),
        protest_doers=dict(raw.get("protest_doers") or {}),
        protest_gathering_acts=frozenset(raw.get("protest_gathering_acts", [])),
        symbolic_objects=frozenset(raw.get("symbolic_objects", [])),
        protest_verbs=frozenset(raw.get("protest_verbs", [])),
        protesting_words=frozenset(raw.get("protesting_words", [])),
        reach_verbs=frozenset(raw.get("reach_verbs", [])),
        reach_measures=frozenset(raw.get("reach_measures", [])),
        armed_takings={k: frozenset(v) for k, v in (raw.get("armed_takings") or {}).items()},
        seized_chances={k: frozenset(v) for k, v in (raw.get("seized_chances") or {}).items()},
        clash_nouns=frozenset(raw.get("clash_nouns", [])),
        protest_topic_preps=frozenset(raw.get("protest_topic_preps", [])),
        protest_before_preps=frozenset(raw.get("protest_before_preps", [])),
        venue_types=frozenset(raw.get("venue_types", [])),
        warned_acts=frozenset(raw.get("warned_acts", [])),
        pair_descriptions={k: (v if k == "reach" else frozenset(v)) for k, v in (raw.get("pair_descriptions") or {}).items()},
        acled_cue_required=frozenset(raw.get("acled_cue_required", [])),
        instrument_verbs=frozenset(raw.get("instrument_verbs", [])),
        located_modes=frozenset(raw.get("located_modes", [])),
        located_types=frozenset(raw.get("located_types", [])),
        armed_cargo=frozenset(raw.get("armed_cargo", [])),
        speaking_units=frozenset(raw.get("speaking_units", [])),
    )
