"""Cue lexicon (data/event_type_cues.yaml): a cue word in another sense is no cue.

Each case names a label, a sentence where one of its cue words is used in another sense (the
label's cues must not fire), and a sentence in the sense the label wants (they must fire). The
cues are both the classifier's per-label features and the pipeline's guard ("a yielding rule
gives way only to a type one of whose own cues is in the sentence"), so a wrong-sense firing
can let a rule's type give way to one the sentence does not tell of.
"""
from __future__ import annotations

import pytest

from sitrep.extract.eventtypes import load_cue_lexicon

# (label, other sense: must not fire, wanted sense: must fire)
CASES = [
    # showing, markets and names are no protest
    ("PEACE_PROTEST", "The study demonstrated that the drug was safe.", "Thousands demonstrated against the new law."),
    ("PEACE_PROTEST", "A stock market rally lifted shares on Monday.", "The opposition held a rally in the capital."),
    ("PEACE_PROTEST", "The candidates ran under the banner of the alliance.", "Crowds carried banners outside the court."),
    # criticism and farming are no explosives
    ("REM_EXPLOS", "The opposition blasted the decision as illegal.", "Two blasts shook the market on Friday."),
    ("REM_EXPLOS", "Farmers planted maize after the rains.", "Militants planted a bomb under the bridge."),
    # figures, votes and public money that were "looted" or "fell"
    ("PROPERTY_DISTRUCT", "The opposition said the party looted votes in the north.", "Armed men looted shops in the market."),
    ("PROPERTY_DISTRUCT", "Officials looted public funds for years.", "Crowds were looting the warehouse."),
    ("NON_STATE_ACTOR_OVERTAKES_TER", "Unemployment fell to 5 percent in the region.", "The town fell to the rebels on Sunday."),
    # a market crash, a leak of documents or fighting that spilled over is no accident
    ("MAN_MADE_DISASTER", "Shares crashed after the bank's losses.", "A bus crashed into a truck on the highway."),
    ("MAN_MADE_DISASTER", "The leaked documents showed the plan.", "A gas leak killed four people."),
    ("MAN_MADE_DISASTER", "Fighting spilled over into the neighbouring province.", "An oil spill fouled the coast."),
    ("MAN_MADE_DISASTER", "The scandal derailed the peace talks.", "A train derailed, killing five."),
    ("MAN_MADE_DISASTER", "Shares sank 5 percent on Monday.", "The ferry sank near the coast."),
    ("MAN_MADE_DISASTER", "The media blackout continued for a week.", "A blackout hit the capital after the storm."),
    # nor is an election landslide, a storm of criticism or an outbreak of fighting a natural disaster
    ("NATURAL_DISASTER", "The ruling party won a landslide victory.", "A landslide buried ten homes."),
    ("NATURAL_DISASTER", "The outbreak of fighting forced thousands to flee.", "A cholera outbreak killed 20 people."),
    ("NATURAL_DISASTER", "Protesters flooded the streets of the capital.", "Floods swept the valley."),
    ("NATURAL_DISASTER", "Analysts said the magnitude of the crisis was clear.", "A 6.2-magnitude quake hit the island."),
    ("NATURAL_DISASTER", "An eruption of violence followed the vote.", "The eruption sent ash over the villages."),
    # a civilian aircraft is no air strike, a suicide no suicide bombing
    ("AIR_STRIKE", "A passenger jet landed safely in the capital.", "Fighter jets pounded the hills."),
    ("AIR_STRIKE", "A rescue helicopter took the injured to hospital.", "Army helicopters fired on the convoy."),
    ("SUIC_BOMB", "The soldier committed suicide in his barracks.", "A suicide attack killed nine at the checkpoint."),
    # other words in their everyday sense
    ("SEX_VIOL", "Prices of rapeseed rose.", "Soldiers raped three women."),
    ("SEX_VIOL", "A law on sexual orientation was passed.", "Two men were charged with sexual assault."),
    ("ORG_CRIME", "Villagers hacked three people to death.", "Hackers stole data from the bank."),
    ("ART_MISS_ATTACK", "Oil prices rocketed on the news.", "A rocket hit the airport."),
    ("ART_MISS_ATTACK", "Investors shelled out millions for the land.", "Troops shelled the town overnight."),
    ("ARMED_CLASH", "A legal battle over the land continued.", "Troops fought a battle near the river."),
    ("ARMED_CLASH", "The group engaged in talks with the government.", "Troops engaged the rebels near the river."),
    ("ARMED_CLASH", "The minister vowed to keep fighting corruption.", "Heavy fighting continued in the north."),
    ("ARREST", "The court gave custody of the children to the mother.", "Five suspects are in police custody."),
    ("ATTACK", "The governor executed the plan last year.", "The militants executed the hostages."),
    ("DISR_WEAP", "The senate shot down the proposal.", "The army shot down a drone."),
    ("DISR_WEAP", "Negotiators defused tensions over the border.", "Police defused a bomb near the school."),
    ("DISR_WEAP", "Police intercepted phone calls between the suspects.", "The navy intercepted a boat of weapons."),
    ("FORCE_AGAINST_PROTEST", "Police launched a crackdown on drug trafficking.", "The crackdown on protesters left ten dead."),
    ("FORCE_AGAINST_PROTEST", "The army held live fire exercises.", "Police used live ammunition on the marchers."),
    ("GOV_REGAINS_TERIT", "The team regained the lead.", "Government forces regained the town."),
    ("PROTEST_WITH_INTER", "He passed the baton to his successor.", "Police beat the crowd with batons."),
    ("NON_VIOL_TERRIT_TRANSFER", "The president withdrew from the race.", "Troops withdrew from the town."),
    ("NON_VIOL_TERRIT_TRANSFER", "The firm pulled out of the deal.", "The army pulled out of the district."),
    ("HQ_ESTABLISHED", "The court opened the hearing and postponed the verdict.", "The rebels established a base in the hills."),
    ("MOB_VIOL", "Police arrested a mob boss in the port.", "A mob burned the police station."),
    ("CHANGE_TO_GROUP_ACT", "Engineers found defects in the bridge.", "Two commanders defected to the army."),
    # a lookaround leaves out only the other sense: a distance is no market figure, "illegal" a
    # protest is still a protest, "that afternoon" no "showed that", and a listed word is a whole word
    ("MAN_MADE_DISASTER", "Shares sank 5 percent on Monday.", "A boat carrying migrants sank 20 km off the coast."),
    ("FORCE_AGAINST_PROTEST", "Police launched a crackdown on illegal mining.", "The crackdown on the illegal demonstrations left dozens hurt."),
    ("PEACE_PROTEST", "The study demonstrated that the drug was safe.", "Thousands demonstrated that afternoon in the capital."),
    ("NON_VIOL_TERRIT_TRANSFER", "The president withdrew from the race.", "Troops withdrew from the racecourse."),
    ("NON_VIOL_TERRIT_TRANSFER", "The firm pulled out of the deal.", "The army pulled out of the contested district."),
    ("NON_VIOL_TERRIT_TRANSFER", "The withdrawal from the race surprised no one.", "The withdrawal from the racecourse was completed."),
    ("DISR_WEAP", "The senate shot down the reports.", "The army shot down the reporters' drone."),
]


@pytest.mark.parametrize(("label", "other", "wanted"), CASES, ids=[f"{c[0]}:{c[1][:30]}" for c in CASES])
def test_a_cue_fires_in_its_own_sense_only(label, other, wanted):
    cues = load_cue_lexicon()
    assert label not in cues.scores(other), other
    assert label in cues.scores(wanted), wanted
