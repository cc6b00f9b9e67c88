"""From one report to the incident mentions the merge stage groups.

A report usually describes one main incident: its first incident event (violence,
protest; not hypothetical) gives type, date, place and actors; every casualty
figure of the report is attached to it with its claimer (the speaker of the quote that
holds it, else the outlet's own voice, ``reporter``). Figures are the extract stage's
``dead``/``injured`` claims (Magnitudes with spans), plus what the text patterns of
:func:`sitrep.merge.cues.find_figures` read that no claim covers. A report with no incident
event still yields a mention when it has casualty figures (a follow-up: "the toll
has risen to 17"; family ``violence``) or a resolved place (a reaction, a funeral;
family ``other``), so that it can join the incident it follows up. Missing event dates fall back to the
publication date and are flagged ``date_inferred``.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import cache

from sitrep.codebook import load_codebook
from sitrep.extract.dates import month_names, resolve_date
from sitrep.extract.elsewhere import told_elsewhere
from sitrep.extract.events import ARMED_SECTORS
from sitrep.extract.lexicon import load_event_lexicon
from sitrep.extract.places import dateline_spans, water_named
from sitrep.merge.cues import TextFigure, casualty_denial, cues, find_figures, hazard_re, running_total, sentence_bounds, target_frame
from sitrep.merge.index import haversine_km
from sitrep.model import (MAGNITUDE_CLAIMS, REPORTER, ActorRef, ArticleRef, Event, Figure, IncidentClaim, IncidentMention,
                          Location, Magnitude, Party, Place, Quote, Report, Speaker, from_dict)

__all__ = ["mentions_from_report", "family_of", "speaker_label", "INCIDENT_FAMILIES"]

INCIDENT_FAMILIES = ("violence", "protest")
_VIOLENT_ACLED = {"Battles", "Explosions/Remote violence", "Violence against civilians"}
_PROTEST_ACLED = {"Protests", "Riots"}
_VIOLENT_PLOVER = {"ASSAULT", "COERCE", "MOBILIZE"}
_PROTEST_PLOVER = {"PROTEST"}
_PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "him", "her", "them"}
_DETERMINER = re.compile(r"^(?:the|a|an)\s+", re.I)
_UNSAID = re.compile(r"(?:did|does|do|has|have|had)\s+not\b|never\b|(?:didn|doesn|don|hasn|haven|hadn)['’]t\b", re.I)  # a negated cue
_RELATIVE = re.compile(r",?\s+(?:which|who|whose|whom)\s")  # a relative clause told with the speaker
_CLAIM_FIELDS = {"dead": "killed", "killed": "killed", "injured": "injured", "perpetrator": "perpetrator",
                 "target": "target", "date": "date", "location": "location", "intent": "intent", "event": "event_type"}


def family_of(event: Event) -> str:
    """Coarse family of an event: violence, protest or other."""
    if event.acled_event_type in _VIOLENT_ACLED or (event.acled_event_type is None and event.event in _VIOLENT_PLOVER):
        return "violence"
    if event.acled_event_type in _PROTEST_ACLED or (event.acled_event_type is None and event.event in _PROTEST_PLOVER
                                                     and not any(r.sector in ARMED_SECTORS for r in event.source)):
        # (a road that gunmen or troops blocked is a way barred, CAMEO 144, but no protest: the extract
        # stage gives it no ACLED type, and it is no protest incident either)
        return "protest"
    return "other"


def speaker_label(text: str, name: str | None) -> str:
    """How a claimer is named in merged output: the written name, else the resolved one.

    The text as written is kept when it carries a proper name ("Amnesty
    International's Kenya office"); pronouns and bare descriptions that the
    pipeline resolved ("she", "who", "the statement") give way to the resolved name.
    """
    text = text.strip().split("\n")[-1].strip(" ,;:")  # a headline glued before the speaker
    text = _unqualified(text)  # "the group, which is linked to X," is the group
    bare = _DETERMINER.sub("", text)
    if name and not any(ch.isupper() for ch in _DETERMINER.sub("", name)):
        name = _DETERMINER.sub("", name)  # a description resolved from a sentence's start ("The official"): no name, no "The"
    if not bare or bare.lower() in _PRONOUNS or bare.lower() in _RELATIVES:
        return name or bare or REPORTER  # ("the state governor, who said ...": the governor)
    if not any(ch.isupper() for ch in bare) and name and any(ch.isupper() for ch in name):
        return name
    return bare


def _ref_label(ref: ActorRef | str) -> str:
    if isinstance(ref, str):
        return ref
    return speaker_label(ref.text or "", ref.name)


def _location(place: Place | None, text: str) -> Location | None:
    """The incident's place; its ``basis`` says whether the report's words tell it ("text") or
    it is the filing city of the dateline, taken for want of a place told ("dateline")."""
    if place is None:
        return None
    # (the filing city the text tells the act in, "in the city centre", is told: see _main_place)
    filed = _in_dateline(place, dateline_spans(text)) and not _IN_THE_CITY.search(text)
    return Location(name=place.name or place.text, country=place.country, admin1=place.admin1, lat=place.lat,
                    lon=place.lon, kind=place.kind, basis="dateline" if filed else "text")


def _in_dateline(place: Place, lines: Sequence[tuple[int, int]]) -> bool:
    """Whether ``place`` is told in the dateline (``lines``: dateline_spans of the text): the filing city."""
    return place.start is not None and any(s <= place.start < e for s, e in lines)


def _at_sea(main: Event | None, report: Report) -> Place | None:
    """The body of water the main event is told at ("stormed a ship in the Arabian Sea"), which no
    gazetteer here places: the incident is there, not in the town the report names most (the
    dateline's, or the port the crew are brought to), so it meets other reports by date, type and
    parties, not by a town far off. Not where the report tells a town the act hit or its dead were
    in ("The missiles hit Odesa's port", "most of the dead were in Odesa": :func:`_town_hit`): the
    sea is then where the weapon came from or the coast it lies on."""
    text = report.article.text
    loc = main.location if main is not None else None
    if loc is None or loc.resolved or not water_named(text, loc.start, loc.end):
        return None
    if any(_town_hit(text, p) for p in report.places if p.resolved and p.kind in ("city", "other")):
        return None
    return loc


@cache
def _hit_before() -> re.Pattern[str]:
    """The words before a town that tell it was hit or that the dead were there (merge_cues.yaml
    ``hit_verbs``, ``killed_after``): "struck the port of X", "hit X's port", "were killed in X"."""
    c = cues()
    hit = "|".join(w.replace(" ", r"[^\S\n]+") for w in c["hit_verbs"])
    dead = "|".join(w.replace(" ", r"[^\S\n]+") for w in (*c["killed_after"], *c["injured_after"]))
    return re.compile(rf"(?:\b(?:{hit})[^\S\n]+(?:(?:the|a)[^\S\n]+)?(?:[a-z]+[^\S\n]+){{0,2}}?(?:(?:of|in|on|near)[^\S\n]+)?"
                      rf"|\b(?:{dead}|the[^\S\n]+dead[^\S\n]+were)[^\S\n]+in[^\S\n]+)$", re.I)


def _town_hit(text: str, place: Place) -> bool:
    """Whether the sentence tells ``place`` as where the act struck or its dead were (:func:`_hit_before`)."""
    return place.start is not None and _hit_before().search(text[max(0, place.start - 60):place.start]) is not None


# the report tells its act in the filing city itself ("fired tear gas in the city centre", "clashes
# across the capital"), naming no other city there ("in the capital Nairobi", "in the city of Goma"):
# the dateline's city is the incident's place
_IN_THE_CITY = re.compile(r"\b(?:[Ii]n|[Aa]cross|[Aa]round|[Oo]utside|[Nn]ear|[Tt]hrough|[Ii]nto) the (?:city|capital)\b(?!,?\s+(?:of\b|[A-Z]))|\bthe (?:city|capital)'s\b")
# a place only the act's people came from ("protesters who had travelled from Kisumu and Mombasa")
_CAME_FROM = re.compile(r"\bfrom\s+(?:[A-Z][\w'’.-]*(?:\s+|,\s*|\s+and\s+|\s+or\s+))*$")
# a country told as where the act was ("capsized off Libya", "fighting in Sudan"), not a flag or origin
_AT_COUNTRY = re.compile(r"\b(?:in|off|near|inside|across|into|along|over)\s+(?:the\s+)?(?:coast\s+of\s+)?$")


def _background(text: str, place: Place) -> bool:
    """Whether ``place`` is told in a sentence of another incident or a background total
    (:func:`told_elsewhere`: "Last month, a bombing in Beledweyne killed 20 people"): a town of
    that incident, not of the report's own."""
    if place.start is None:
        return False
    lo, hi = sentence_bounds(text, place.start)
    return told_elsewhere(text[lo:hi], place.start - lo)


def _main_place(report: Report, main: Event | None = None) -> Place | None:
    """The most often named resolved town of the report, else area, else country.

    Not the dateline's city, where the report was filed ("ROME, June 15 (X) - A boat sank off
    Zuwara"), unless the report tells its act in that city ("in the city centre", "in the
    capital") or names no other place of the act: a town only people came from ("had travelled
    from Kisumu") is none. A country the lead tells as the act's place ("capsized off Libya") says
    more than a filing city abroad ("GENEVA, ... - ... off Libya"); a flag ("a Malta-flagged carrier") does not.
    Nor a town told only in a sentence of another incident (:func:`_background`), unless the
    ``main`` event is told so too.
    """
    text = report.article.text
    lines = dateline_spans(text)
    resolved = [p for p in report.places if p.resolved and p.name]
    filed = [p for p in resolved if _in_dateline(p, lines)]
    if main is None or not _elsewhere(main):
        resolved = [p for p in resolved if p in filed or not _background(text, p)]
    here = [p for p in filed if p.kind in ("city", "other")]
    if here and _IN_THE_CITY.search(text):
        return here[0]
    told = [p for p in resolved if p not in filed and not _CAME_FROM.search(text[max(0, p.start - 80):p.start])]
    home = {p.country for p in filed}
    past = max((e for s, e in lines), default=0)
    stop = re.compile(r"[.!?](?:\s|$)").search(text, past)
    lead_end = stop.end() if stop is not None else len(text)  # (the lead: a country told further on is background, "hijacked off Somalia")
    abroad = [p for p in told if p.kind == "country" and p.country not in home and p.start < lead_end
              and _AT_COUNTRY.search(text[max(0, p.start - 30):p.start])]
    local = ([p for p in told if p.kind in ("city", "other")] or [p for p in told if p.kind == "admin"] or abroad
             or [p for p in resolved if p.kind in ("city", "other")] or [p for p in resolved if p.kind == "admin"] or resolved)
    if not local:
        return None
    counts = Counter(p.name for p in local)
    best = max(local, key=lambda p: (counts[p.name], -p.start))
    if best in filed:
        return _told_away(report, filed, lead_end) or best
    return best


def _told_away(report: Report, filed: Sequence[Place], lead_end: int) -> Place | None:
    """A country or territory the lead tells an act in that no gazetteer here places as a town
    ("DOHA, ... - Hamas released four hostages in Gaza": the codebook names Gaza a territory of
    another country than the filing city's), where the act's parties come from another country
    too: the act is there, not in the dateline's city. Any other place ("NAIROBI - Al Shabaab
    gunmen stormed a hotel on Riverside Drive", "BEIRUT - Israeli jets struck a building in
    Dahiyeh") may be a part of the filing city whoever the doers are, and the city, which has a
    point, stays. The first event located there decides; it needs a party with a code, none the
    filing city's."""
    home = {p.country for p in filed if p.country}
    for e in report.events:
        loc = e.location
        if loc is None or loc.resolved or loc.start is None or not loc.start < lead_end or loc in filed:
            continue
        entry = load_codebook().lookup(loc.name or loc.text)
        if entry is None or entry.kind != "country" or entry.country in home:
            return None
        codes = {a.code for a in (*e.source, *e.target) if a.code}
        return loc if codes and not codes & home else None
    return None


def _quote_claimers(report: Report) -> list[tuple[int, int, str]]:
    """(start, end, claimer) per quote content, with indefinite speakers resolved forward.

    News style introduces a source vaguely and names it in the next sentence ("a
    local rights group said ... The X Observatory said"): an indefinite speaker whose
    head is an organisation noun takes the name of the next capitalised speaker
    within a few hundred characters; a definite one ("the group") takes the last
    capitalised speaker before it.
    """
    org_nouns = set(cues()["org_nouns"])
    # a quote that names no source gives no claimer: what it holds falls to the other rules (a
    # named quote around it, a toll-setter, else the reporter)
    quotes = sorted((q for q in report.quotes if q.speaker.named and not q.claims_nothing), key=lambda q: q.content.start)
    people = {a.id for a in report.actors if a.kind == "person"}
    named: dict[str, str] = {}  # actor id -> the claimer label of its first named quote
    out: list[tuple[int, int, str]] = []
    for i, q in enumerate(quotes):
        label = speaker_label(q.speaker.text, q.speaker.name)
        raw = q.speaker.text.strip().split("\n")[-1].strip().lower()
        head = raw.split()[-1] if raw.split() else ""
        written = named.get(q.speaker.actor_id or "")
        if head in org_nouns and raw.startswith("the ") and written is not None:
            label = written  # "The X Network said ... the group said": the name written first, not the actor's resolved name
        elif head in org_nouns and label == label.lower():
            if raw.startswith(("a ", "an ")):  # "a rights group said ... The X Observatory said"
                for nxt in quotes[i + 1:]:
                    if nxt.content.start - q.content.end > 400:
                        break
                    if nxt.speaker.actor_id in people:
                        continue  # a group is named by its name, not by a witness quoted after it
                    other = speaker_label(nxt.speaker.text, nxt.speaker.name)
                    if any(ch.isupper() for ch in other) and len(other.split()) >= 2:
                        label = other
                        break
            elif raw.startswith("the "):  # "The X Observatory said ... The group urged": the last one named
                for prev in reversed(out):
                    if q.content.start - prev[1] > 600:
                        break
                    if any(ch.isupper() for ch in prev[2]) and len(prev[2].split()) >= 2:
                        label = prev[2]
                        break
        out.append((q.content.start, q.content.end, label))
        if q.speaker.actor_id and q.speaker.actor_id not in named and any(ch.isupper() for ch in label) and len(label.split()) >= 2:
            named[q.speaker.actor_id] = label
    return out


_TOLL_SETTER = re.compile(
    r"(?P<who>(?:[Tt]he\s+)?[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|of|for|on|and|the))*)\s+(?:put|puts|has put|had put|"
    r"estimated|estimates|reported|counted|recorded|gave)\s+(?:the\s+)?(?:death\s+)?(?:toll|number|figure)"
)


_STATEMENT_OF = re.compile(
    r"\b(?:a|an|the|its|their)\s+(?P<who>(?:[\w'’-]+\s+){1,3}?)(?:statement|claim|report|announcement|assertion|account)s?"
    r"\s+(?:that|saying)\s+$", re.I)


def _claimer_at(start: int, end: int, text: str, report: Report, quotes: list[tuple[int, int, str]]) -> str:
    """Who gives the figure at [start, end): in order of evidence,

    1. "a police statement that nobody had died": the owner of a statement noun;
    2. the speaker of the innermost quote whose content holds it;
    3. "X put the toll at ...": the subject of a toll-setting verb;
    4. the speaker of a quote cued in the same sentence ("..., an official said");
    5. else the outlet's own voice, ``reporter``.
    """
    m = _STATEMENT_OF.search(text[max(0, start - 80):start])
    if m:
        return _DETERMINER.sub("", m.group("who").strip())
    inside = _claimer_in_quote(start, end, quotes)
    if inside:
        return inside
    sent_start, sent_end = sentence_bounds(text, start)
    setter = None
    for setter in _TOLL_SETTER.finditer(text, sent_start, end):
        pass
    if setter is not None:
        return _DETERMINER.sub("", setter.group("who")).strip()
    # (not a relative pronoun's quote, "A journalist who reported on cartels was shot dead, police said": the
    # clause describes the victim, it is no source of the sentence)
    cued = [q for q in report.quotes if q.speaker.start is not None and sent_start <= q.speaker.start < sent_end and not q.claims_nothing
            and q.speaker.text.lower() not in _RELATIVES]
    if cued:
        q = min(cued, key=lambda q: abs((q.speaker.start or 0) - start))
        return dict(((s, e), c) for s, e, c in quotes).get((q.content.start, q.content.end)) or speaker_label(q.speaker.text, q.speaker.name)
    return REPORTER


_RELATIVES = frozenset({"who", "which", "that", "whom"})


def _claimer_in_quote(start: int, end: int, quotes: list[tuple[int, int, str]]) -> str | None:
    inside = [(e - s, c) for s, e, c in quotes if s <= start and end <= e]
    return min(inside)[1] if inside else None


def _written_ref(event: Event, value: dict) -> ActorRef | None:
    """The event participant a perpetrator claim names, to quote it as written."""
    for ref in event.source:
        if (value.get("code") and ref.code == value.get("code")) or (value.get("name") and ref.name == value.get("name")):
            return ref
    return None


_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]*\s+")
_INITIALS_END = re.compile(r"(?:^|[\s(\"“])(?:[A-Z]\.){2,}$")
# a sentence that closes with who said it: ", said a spokesman for X Inc.", ", the U.N. said" is no name end
_ATTRIBUTION_TAIL = re.compile(r",[^\S\n]+(?:(?:said|says|told|according[^\S\n]+to)\b[^,]*|[^,]*\b(?:said|says))$")


def _first_sentence(body: str) -> str:
    """The first sentence of ``body``: not cut after an abbreviation that stands before a name or a number
    ("Gen. X said", "on Aug. 7", "route No. 7"), nor before a word in lower case; after initials or the end of a
    name ("A U.S. drone struck ...", "Acme Inc."), cut before a capitalised word that opens a sentence ("said the
    U.N. The next convoy ...") or one after a trailing attribution (", said a spokesman for Acme Inc. Police
    in X said ..."). A sentence may open with a number ("... near Bunia. 12 others were wounded")."""
    c = cues()
    before, ends, openers = frozenset(c["lead_abbreviations"]), frozenset(c["lead_name_ends"]), frozenset(c["lead_sentence_openers"])
    for m in _SENTENCE_END.finditer(body):
        head = body[:m.start()]
        nxt = body[m.end():].split(None, 1)[0] if body[m.end():].strip() else ""
        last = head.rsplit(None, 1)[-1].lstrip("(\"“")
        if last in before or (nxt and nxt[0].islower()):
            continue
        if (_INITIALS_END.search(head) or last in ends) and nxt[:1].isupper() and nxt.strip("\"“‘'") not in openers \
                and not _ATTRIBUTION_TAIL.search(head):
            continue
        return head
    return body


def _lead(text: str, title: str | None) -> str:
    body = text[len(title):] if title and text.startswith(title) else text
    body = body.strip()
    first = _first_sentence(body) if body else ""
    return f"{title or ''} {first}".strip()


def _text_date(text: str, title: str | None, published: dt.date | None) -> dt.date | None:
    """The first resolvable date expression in the lead of the story, past its dateline (the day
    it was filed, "TRIPOLI, June 15 (X) - ... capsized on Friday": not the incident's). Where the
    lead tells no day, the dateline's: the day filed is nearer the incident than the day a feed
    published it ("KABUL, Nov 18 (X) - A bomb exploded in a market", published Nov 20)."""
    filed = None
    for s, e in dateline_spans(text):
        day = resolve_date(text[s:e], published)
        if filed is None and day is not None and (published is None or day <= published):
            filed = day
        text = text[:s] + " " * (e - s) + text[e:]
    lead = _lead(text, title)
    for sentence in re.split(r"(?<=[.!?])\s+", lead):
        day = resolve_date(sentence, published)
        if day is not None and (published is None or day <= published):
            return day
    return filed


_WEEKDAY = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_SPEECH_DAY = re.compile(r"\b(?:said|says|told|announced|reported|added|stated|confirmed|claimed|denied)\b(?:[^\S\n]+[\w'’-]+){0,4}?[^\S\n]+on[^\S\n]+$")
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _lead_weekday(text: str, title: str | None) -> int | None:
    """The weekday the lead names ("on Tuesday", "last Thursday's strike"), 0 = Monday.

    Kept even when it cannot become a date (no publication date): two reports of one
    incident name the same weekday, two strikes a week apart usually do not.
    """
    lead = _lead(text, title)
    for m in _WEEKDAY.finditer(lead):
        if _SPEECH_DAY.search(lead[max(0, m.start() - 60):m.start()]):
            continue  # "said on Thursday": the day of the statement, not of the incident
        return _WEEKDAYS.index(m.group(1).lower())
    return None


def _other_places(report: Report, main: Place | None) -> list[Location]:
    counts = Counter(p.name for p in report.places if p.resolved and p.name and p.kind in ("city", "admin") and p.lat is not None)
    out: list[Location] = []
    for name, _ in counts.most_common():
        if main is not None and name == main.name:
            continue
        place = next(p for p in report.places if p.name == name and p.resolved)
        loc = _location(place, report.article.text)
        if loc is not None:
            out.append(loc)
        if len(out) >= 3:
            break
    return out


def _hazard_toll(text: str, figures: Sequence[TextFigure]) -> bool:
    """Whether a report with no event tells its toll of a natural hazard or a mishap (events.yaml
    natural_hazards, accident_heads, merge_cues.yaml mishap_verbs: "the toll from Monday's floods has risen
    to 12", "died when a building collapsed"): no violence."""
    return any(hazard_re().search(text, *sentence_bounds(text, f.start)) for f in figures if f.field == "killed")


def _other_attack(main: Event | None, e: Event, text: str | None = None, ref: dt.date | None = None) -> bool:
    """An event the report tells beside its main incident, not part of it: one told in a
    sentence of another incident or of a background total (:func:`told_elsewhere`, the cues the
    text patterns of :func:`find_figures` heed: "last week", "in a separate attack", "since
    2011") that the main event's is not; or one at a resolved place more than 10 km from the
    main one ("shelled A, killing 3, and bombed B, where 5 died": the 5 are B's). Dates are no test: within one report the dates of
    one incident's events often disagree (a statement's day taken for the event's). Given the
    report's ``text`` and the main event's day ``ref``, also one whose act a year before it dates
    (:func:`_dated_earlier`: "talks collapsed in 2019 after the group bombed an academy")."""
    if main is None or e is main:
        return False
    if text is not None:
        at = e.trigger.start if e.trigger is not None and e.trigger.start is not None else e.evidence.start
        if at is not None and _dated_earlier(text, at, ref, main):
            return True
    if _elsewhere(e) and not _elsewhere(main):
        return True  # "Last week militants killed 12 farmers ...", "Last year, a report accused troops of killing 500"
    a, b = main.location, e.location
    if a is None or b is None or not (a.resolved and b.resolved) or None in (a.lat, a.lon, b.lat, b.lon):
        return False
    return haversine_km(a.lat, a.lon, b.lat, b.lon) > 10  # type: ignore[arg-type]


def _elsewhere(e: Event) -> bool:
    """Whether an event's sentence tells another incident or a background total, a clause cue
    ("three weeks ago") read in the clause of the event's trigger (:func:`told_elsewhere`)."""
    ev, trig = e.evidence, e.trigger
    inside = trig is not None and ev.start <= trig.start <= ev.start + len(ev.text)
    return told_elsewhere(ev.text, trig.start - ev.start if inside and trig is not None else None)


_YEAR_TOLD = re.compile(r"\b(?:[Ii]n|[Ss]ince|[Dd]uring)\s+(?:(?:early|late|mid)[- ]?)?(?:(?P<month>[A-Z][a-z]+)\s+)?(?P<year>(?:19|20)\d\d)\b")
# where a clause begins: a comma or a semicolon, or a word that opens a relative or adverbial clause
_CLAUSE_OPENS = re.compile(r"[,;:\u2014]|\b(?:which|that|who|whom|whose|when|where|while|since|after|before|because|until|although)\b", re.I)


def _reference_day(report: Report, main: Event | None) -> dt.date | None:
    """The day a year told in the report is compared with: the main event's, else the publication's."""
    return main.date if main is not None and main.date is not None else report.article.published


def _dated_earlier(text: str, at: int, ref: dt.date | None, main: Event | None) -> bool:
    """Whether the words at offset ``at`` lie in a clause that a time before the main event's day
    ``ref`` dates: from where the clause naming the year opens ("since a raid in 2021 killed 40",
    "talks collapsed in 2019 after the group bombed an academy, killing 22 cadets", "since 2021,
    when at least 14 were killed") to the sentence's end, so that what the sentence tells before
    it stays ("the toll rose to 18 on Monday, the worst since a raid in 2021 killed 40"; "18 died
    in the raid, which a gang formed in 2020 carried out"). A year the main event's own sentence
    names is its own; a month named with the year is compared by month ("late December 2025" is
    no earlier than a main event of 31 December, nor, a month apart, than a report of 2 January)."""
    if ref is None:
        return False
    start, end = sentence_bounds(text, at)
    sentence = text[start:end]
    told = main.evidence.text if main is not None else ""
    for m in _YEAR_TOLD.finditer(sentence):
        year = int(m.group("year"))
        month = m.group("month")
        if m.group("year") in told:
            continue
        if year >= ref.year or month is not None and month.lower() in month_names() and \
                ref.year * 12 + ref.month - (year * 12 + month_names().index(month.lower()) + 1) < 2:
            continue
        opens = [c.end() for c in _CLAUSE_OPENS.finditer(sentence, 0, m.start())]
        if at - start >= (opens[-1] if opens else 0):
            return True
    return False


def _claimed_figures(report: Report, main: Event | None = None) -> tuple[list[TextFigure], list[tuple[str, int, int]]]:
    """The casualty figures the extract stage claims on the report's events (every toll,
    update and zero of a denial it reads), with their spans; and the spans of every
    claimed figure, also those of another attack the report tells, which are left out."""
    out: list[TextFigure] = []
    spans: list[tuple[str, int, int]] = []
    seen: set[tuple[str, int, int]] = set()
    text, ref = report.article.text, _reference_day(report, main)
    for e in report.events:
        other = _other_attack(main, e)  # the year test is the figure's own: "the toll rose to 18, the worst since a raid in 2021 killed 40"
        for c in e.claims:
            if c.field not in MAGNITUDE_CLAIMS or c.modality == "hypothetical":
                continue
            m = c.value if isinstance(c.value, Magnitude) else from_dict(Magnitude, c.value) if isinstance(c.value, dict) else None
            if m is None or m.aggregate or (m.min is None and m.max is None):
                continue
            fld = "killed" if c.field == "dead" else "injured"
            # a toll summed from parts told apart ("two" + "one of the wounded later died") has no span of its own:
            # its parts' spans, each told by its own voice
            parts = tuple((p.start, p.end) for p in m.parts) if m.start is None else ()
            start, end = (parts[0][0], parts[-1][1]) if parts else (m.start, m.end)
            if start is None or end is None:
                continue
            spans.extend((fld, s, e) for s, e in parts or ((start, end),))
            if (fld, start, end) in seen or other or _dated_earlier(text, start, ref, main) or running_total(text, start, end, fld):
                continue  # (nor a running total the extract stage reads as none: "300 have been killed since January")
            seen.add((fld, start, end))
            out.append(TextFigure(fld, m.min, m.max, m.qualifier, start, end, m.counted, m.update, parts))
    return out, spans


def _figures(report: Report, main: Event | None = None) -> list[TextFigure]:
    """Every casualty figure of the report's main incident, in text order: those the
    extract stage claims on it (not those of another attack the report tells), then what
    the text patterns of :func:`find_figures` read that no claim covers (a follow-up with
    no attack told, "the toll has risen to 17"; "bodies of two"), not in a
    clause an earlier year dates (:func:`_dated_earlier`)."""
    claimed, spans = _claimed_figures(report, main)
    text = report.article.text
    extra = [tf for tf in find_figures(text)
             if not any(fld == tf.field and s < tf.end and tf.start < e for fld, s, e in spans)
             and not _dated_earlier(text, tf.start, _reference_day(report, main), main)]
    return sorted(claimed + extra, key=lambda f: (f.start, f.end))  # (a sum after the first part it adds to)


def _incident_events(report: Report) -> list[Event]:
    return [e for e in report.events if family_of(e) in INCIDENT_FAMILIES and not e.hypothetical
            and not (e.dead is not None and e.dead.aggregate)]


def _unqualified(name: str) -> str:
    """A name without the relative clause told with it ("the group, which is linked to X,")."""
    return _RELATIVE.split(name.strip(), maxsplit=1)[0].strip(" ,;:")


def _party_name(name: str) -> str:
    """A participant's name without the weapon the parser kept with it ("coalition jets")."""
    words = _DETERMINER.sub("", _unqualified(name)).split()
    instruments = set(cues()["instrument_words"])
    while words and words[-1].lower() in instruments:
        words.pop()
    return " ".join(words)


def _generic_party(name: str) -> bool:
    """Whether a party's name is only generic nouns of the sector lexicon ("army", "Police",
    "security forces"; sectors.yaml heads and qualifiers), no proper name."""
    lex = load_codebook().sectors
    low = name.lower()
    if low in lex.heads or low in lex.qualifiers or low in lex.phrases:
        return True  # "security forces"
    words = low.split()
    return bool(words) and all(w in lex.heads or w in lex.qualifiers or w.rstrip("s") in lex.heads for w in words)


def _parties(refs: Iterable[ActorRef], claimer: str, places: Sequence[Place] = ()) -> list[Party]:
    out: list[Party] = []
    for ref in refs:
        name = ref.name or ref.text
        if not name or (ref.sector is None and ref.code and len(ref.code) == 3 and ref.name == ref.text and ref.name and ref.name[0].isupper() and not ref.org):
            continue  # a place the event parser took for a participant ("struck Marib") is no party
        if ref.sector is None and ref.start is not None and any(p.start < (ref.end or ref.start) and ref.start < p.end for p in places):
            continue
        name = _party_name(name)
        if name:
            out.append(Party(name=name, code=ref.code, sector=ref.sector, claimed_by=[claimer]))
    return out


def _own_words(q: Quote, quotes: list[Quote]) -> str:
    """A quote's content without what it reports others as saying (a nested quote,
    "which the coalition has described as a strike on a weapons convoy"): the nested speaker,
    cue and content are blanked, and the words after them are this speaker's again
    ("Rescuers said the strike, which the army described as a raid on a depot, killed 12 children")."""
    text = q.content.text
    base, end = q.content.start, q.content.end

    def blank(s: int, e: int) -> None:
        nonlocal text
        s, e = max(s, base), min(e, end)
        if s < e:
            text = text[:s - base] + " " * (e - s) + text[e - base:]

    for other in quotes:
        if other is q:
            continue
        s, e = other.content.start, other.content.end
        if base <= s and e <= end and (s, e) != (base, end):
            blank(s, e)
        who = other.speaker.start
        if other.cue is not None and who is not None and base <= who <= end:
            # "which X has described as ...": the other speaker's clause is not this one's
            edges = [who, other.speaker.end or who, other.cue.start, other.cue.end]
            if s < end and base < e:  # its content, where it overlaps this one (not a continuation far off)
                edges += [s, e]
            blank(min(edges), max(edges))
    return text


_ACCUSED_OF = re.compile(r"\s+of\s+[\"“]?(?:\w+ly\s+)?\w+ing\b")
# what an accusation sets beside the name of the accused: a bracketed acronym, a clause set off by commas
_ASIDE = re.compile(r"\s*\([^()]*\)|,\s+(?:which|who|whose|whom)\b.*$|,\s*$")


_DAY_WORDS = (r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|september|"
              r"october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|(?:the\s+)?(?:same\s+)?(?:day|morning|"
              r"afternoon|evening|night|weekend)|that\s+day|\d)\b(?!['’]s)")
# the "on" of "blamed X on Y" (not "on Monday", "on the same day": when it was said or done)
_BLAMED_ON = re.compile(rf"\s+on\s+(?!{_DAY_WORDS})", re.I)
# a description set after the name ("the Allied Democratic Forces, an armed group that ...")
_DESCRIBED = re.compile(r",\s+(?:an?)\s.*$")
# a day told after the accused ("blamed ADF rebels on Monday")
_TOLD_ON_DAY = re.compile(rf"\s+on\s+{_DAY_WORDS}.*$", re.I)


def _accused(content: str, cue: str = "") -> str:
    """Who an accusation names: the words before what they are blamed for ("the police for
    the deaths", "the army of firing on the crowd", "troops of \"systematically killing\" ..."),
    without the quotation marks of words quoted ("blamed \"infiltrated vandals\" for the violence");
    after what is blamed on them ("blaming the killings on the army": the army)."""
    named = _ASIDE.sub("", content.split(" for ")[0])  # "the RSF (RSF), which has besieged the city since May, of ...": the name
    named = _ACCUSED_OF.split(named, maxsplit=1)[0]
    if cue.lower().startswith("blam"):
        named = _DESCRIBED.sub("", named)  # "the ADF, an armed group that raids villages": the name
        ons = list(_BLAMED_ON.finditer(named.split(",", 1)[0]))
        if ons:  # the last "on" that is no day: "blamed the deaths on Monday on ADF rebels", "the violence on the army"
            named = named[ons[-1].end():]
    named = _TOLD_ON_DAY.sub("", named)  # "blamed ADF rebels on Monday": the day it was said
    return _DETERMINER.sub("", named.strip().strip('"“”')).strip()


def _mishap_blamed(accused: str) -> bool:
    """Whether what is blamed is a mishap, a hazard or a mishap's cause, no one (:func:`hazard_re` at its last
    word, "blamed the heavy rain"; events.yaml mishap_causes, "blaming a technical failure"): no perpetrator named."""
    last = accused.split()[-1:]
    return bool(last) and (hazard_re().fullmatch(last[0]) is not None or last[0].lower().rstrip("s") in load_event_lexicon().mishap_causes)


def _stance_claims(report: Report, url: str, quotes: list[tuple[int, int, str]], main: Event | None = None) -> list[IncidentClaim]:
    """Accusations, denials and target framings made by quoted speakers; not those told in a
    sentence of another incident or of a background total that the main event's sentence is not
    ("Last year, a U.N. report accused troops of killing 500 people in X"): the cues are looked for
    in what is claimed and in what the sentence puts before the speaker, not in a clause that
    describes the speaker ("The army, which has fought bandits since 2019, blamed the bandits")."""
    out: list[IncidentClaim] = []
    text = report.article.text
    main_elsewhere = main is not None and _elsewhere(main)
    deny_rx = re.compile(rf"\b(?:{'|'.join(cues()['deny_responsibility'])})\b", re.I)
    labels = {(s, e): c for s, e, c in quotes}
    frames: dict[str, list[tuple[str, str, str]]] = {}
    for q in report.quotes:
        if q.claims_nothing:
            continue  # "declined to comment on reports that no one died": no claim
        first = min(q.content.start, q.speaker.start if q.speaker.start is not None else q.content.start)
        if main is not None and not main_elsewhere and told_elsewhere(text[sentence_bounds(text, first)[0]:first] + " " + q.content.text):
            continue  # what the sentence fronts ("Last year, a U.N. report accused ...") and what is claimed, not
            # what the speaker's own words tell of it ("The army, which has fought bandits since 2019, blamed ...")
        claimer = labels.get((q.content.start, q.content.end)) or speaker_label(q.speaker.text, q.speaker.name)
        content = _own_words(q, report.quotes)
        if q.stance == "accuse":
            accused = _accused(content, q.cue.text if q.cue is not None else "")
            if not _mishap_blamed(accused):
                out.append(IncidentClaim("perpetrator", accused, claimer, url, "alleged", content))
        elif q.stance == "deny" and deny_rx.search(content):
            out.append(IncidentClaim("perpetrator", claimer, claimer, url, "denied", content))
        denied = casualty_denial(content)
        if denied:
            out.append(IncidentClaim("killed", denied, claimer, url, "denied", content))
        framed = None if q.cue is not None and _UNSAID.match(q.cue.text) else target_frame(content)
        if framed is not None:  # (not what a speaker "did not mention": no framing of theirs)
            frame, phrase = framed
            if q.stance == "deny":
                frame, phrase = ("military target" if frame == "civilians" else "civilians"), f"not {phrase}"
            frames.setdefault(claimer, []).append((frame, phrase, content))
    for claimer, said in frames.items():
        counts = Counter(f for f, _, _ in said)
        (top, n), *rest = counts.most_common() + [("", 0)]
        if rest and rest[0][1] == n:
            continue  # a speaker framing it both ways takes no side
        mine = [(phrase, content) for frame, phrase, content in said if frame == top and not phrase.startswith("not ")]
        for phrase, content in mine or [(top, said[0][2])]:  # a denial alone gives the frame itself
            out.append(IncidentClaim("target", phrase, claimer, url, "asserted", content, normalized=top))
    return out


def mentions_from_report(report: Report) -> list[IncidentMention]:
    """The incident mentions of one report (usually one; none when it reports no incident)."""
    art = report.article
    ref = ArticleRef(id=art.id, url=art.url, outlet=art.outlet, title=art.title, published=art.published)
    key = art.url or art.id
    text = art.text
    quotes = _quote_claimers(report)
    events = _incident_events(report)
    main = events[0] if events else None
    text_figures = _figures(report, main)
    # (a count of arrests or escapers alone ties none: "police said they had arrested 14 people in
    # connection with the killing of a journalist" follows up an incident told elsewhere)
    tolled = any(tf.field in ("killed", "injured") for tf in text_figures)
    if not events and not tolled and not any(p.resolved for p in report.places):
        return []  # nothing ties the report to an incident
    figures: list[Figure] = []
    seen: dict[tuple[str, int | None, int | None, str], Figure] = {}
    for tf in text_figures:
        # a toll summed from parts told apart is claimed by the teller of each part: "two officers were killed, police
        # said ... One of the wounded later died, a doctor said" gives 3, which holds only if both accounts do, so
        # the police's toll it adds to is revised by it (no rival of it), and the doctor is who adds the late death
        claimers = list(dict.fromkeys(_claimer_at(s, e, text, report, quotes) for s, e in tf.parts or ((tf.start, tf.end),)))
        claimer = claimers[0]
        if art.title and tf.end <= len(art.title) and text.startswith(art.title):
            continue  # the headline repeats a figure of the body
        sig = (tf.field, tf.min, tf.max, claimer)
        if sig in seen:
            seen[sig].update = seen[sig].update or tf.update  # told again as a revision ("a third guard died")
            seen[sig].claimed_by.extend(c for c in claimers if c not in seen[sig].claimed_by)
            continue
        evidence = " + ".join(text[s:e] for s, e in tf.parts) if tf.parts else text[tf.start:tf.end]
        seen[sig] = Figure(field=tf.field, min=tf.min, max=tf.max, qualifier=tf.qualifier, claimed_by=claimers,  # type: ignore[arg-type]
                           articles=[key], evidence=[evidence], of=tf.of, update=tf.update,
                           published=art.published, outlets=[art.outlet] if art.outlet else [])
        figures.append(seen[sig])
    weekday = _lead_weekday(text, art.title)
    dated = [e.date for e in events if e.date is not None]
    date = dated[0] if dated else None
    if weekday is not None and date is not None and date.weekday() != weekday:
        # the event took the day of a statement ("said on Thursday that ... Wednesday's
        # protests"): the lead's own weekday names the incident's day
        date = next((d for d in dated if d.weekday() == weekday), None)
        if date is None and art.published is not None:
            date = art.published - dt.timedelta(days=(art.published.weekday() - weekday) % 7)
        date = date or dated[0]
    inferred = False
    if date is None:
        date = _text_date(text, art.title, art.published)
    if date is None and art.published is not None:
        date, inferred = art.published, True
    # (not the place of another incident the report tells: "Last month, a bombing in Beledweyne killed 20")
    place = next((e.location for e in events if e.location is not None and e.location.resolved
                  and not _other_attack(main, e, text, _reference_day(report, main))), None) or _at_sea(main, report) \
        or _main_place(report, main)
    claims: list[IncidentClaim] = []
    for e in events:
        if _other_attack(main, e, text, _reference_day(report, main)):
            continue  # another attack the report tells: its claims are not on this incident
        for c in e.claims:
            fld = _CLAIM_FIELDS.get(c.field)
            if fld is None or fld in ("killed", "injured"):
                continue  # figures come from the text pass, with their claimers
            value = c.value
            claimer = _ref_label(c.claimed_by)
            if fld == "perpetrator" and isinstance(value, dict):
                actor = _written_ref(e, value)
                value = _DETERMINER.sub("", _unqualified(actor.text)) if actor is not None and actor.text else value.get("name")
                if claimer == REPORTER and actor is not None and actor.start is not None and c.evidence.start <= actor.start < c.evidence.end:
                    # the outlet repeats what a quoted source says: the source claims it (where the
                    # claim is told: not "Moscow denied striking civilians", the doer named in a
                    # ministry's words sentences before)
                    claimer = _claimer_in_quote(actor.start, actor.end or actor.start, quotes) or claimer
            elif isinstance(value, dict) and "name" in value:
                value = value["name"]
            claims.append(IncidentClaim(fld, value, claimer, key, c.modality, c.evidence.text[:200]))
    for f in figures:  # (a sum of parts told apart is each teller's claim: see above)
        claims.extend(IncidentClaim(f.field, {"min": f.min, "max": f.max, "qualifier": f.qualifier}, who, key, "asserted", f.evidence[0])
                      for who in f.claimed_by)
    if date is not None and not inferred and not any(c.field == "date" and c.claimed_by == REPORTER for c in claims):
        # the report places its incident in time in its own voice (its dateline resolves "on Thursday"),
        # whoever else is quoted giving the day
        claims.append(IncidentClaim("date", date.isoformat(), REPORTER, key))
    claims.extend(_stance_claims(report, key, quotes, main))
    perpetrators: list[Party] = []
    targets: list[Party] = []
    if main is not None:
        # (who names the doer, not who denies being it: "the faction denied involvement")
        perp_claimer = next((_ref_label(c.claimed_by) for c in main.claims if c.field == "perpetrator" and c.modality != "denied"), REPORTER)
        perpetrators = _parties(main.source, perp_claimer, report.places)
        targets = _parties(main.target, REPORTER, report.places)
    for c in claims:
        if c.field == "perpetrator" and c.modality in ("alleged", "asserted") and isinstance(c.value, str):
            name = _party_name(c.value)
            if not name:
                continue
            # (the party named with a description before it, "the paramilitary X", is X; a party
            # named by a generic noun is not every party whose name ends in it: "army", "Arakan Army")
            hit = next((p for p in perpetrators if p.name.lower() == name.lower()
                        or name.lower().endswith(" " + p.name.lower()) and not _generic_party(p.name)), None)
            if hit is None:
                perpetrators.append(Party(name=name, claimed_by=[c.claimed_by]))
            elif c.claimed_by not in hit.claimed_by:
                hit.claimed_by.append(c.claimed_by)
    family = family_of(main) if main is not None else ("violence" if any(f.field == "killed" and (f.min or 0) > 0 for f in figures)
                                                         and not _hazard_toll(text, text_figures) else "other")
    return [IncidentMention(
        id=f"{art.id}#1",
        article=ref,
        family=family,
        event=main.event if main else None,
        acled_event_type=main.acled_event_type if main else None,
        acled_sub_event_type=main.acled_sub_event_type if main else None,
        date=date,
        date_inferred=inferred,
        location=_location(place, text),
        perpetrators=perpetrators,
        targets=targets,
        figures=figures,
        claims=claims,
        signature=_lead(text, art.title),
        weekday=weekday,
        places=_other_places(report, place),
    )]
