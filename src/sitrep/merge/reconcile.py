"""Reconcile the mentions of one incident into one record, field by field.

Figures are never averaged away: every distinct figure stays with its claimers and
articles; ``low``/``high`` span the current figures (a figure its own claimer later
revised, or a lower toll of an unnamed source or outlet after a report that the toll
"has risen", is kept but marked ``superseded`` and leaves the range); two views are
offered on top: ``conservative`` (ACLED's rule: the lowest credible current figure)
and ``best`` (UCDP's habit: a central estimate, here the median of each claimer's
latest figure). Tolls that cannot all be true (intervals that do not overlap),
framings of the target (civilians vs a military target) and blame against denial
become ``contested`` fields, each position with its claimers.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import re
import statistics
from collections import Counter
from collections.abc import Sequence
from functools import cache

from sitrep.codebook import load_codebook
from sitrep.extract.events import ARMED_SECTORS
from sitrep.extract.magnitudes import figure_interval, generic_counted, quantity_label
from sitrep.merge.cues import cues
from sitrep.model import (REPORTER, ArticleRef, Casualties, Figure, Incident, IncidentClaim, IncidentContested,
                          IncidentMention, Location, Party, Position)

__all__ = ["reconcile", "casualties", "EXCESSIVE_FORCE"]

EXCESSIVE_FORCE = "Excessive force against protesters"
_STATE_SECTORS = {"POL", "MIL", "GOV"}


def _point(f: Figure) -> float:
    if f.min is not None and f.max is not None:
        return (f.min + f.max) / 2
    return float(f.min if f.min is not None else f.max or 0)


def _top(f: Figure) -> int | None:
    """A figure's upper end: its max, else its min ("at least 62": 62)."""
    return f.max if f.max is not None else f.min


def _generic(claimer: str) -> bool:
    """The outlet's own voice or an unnamed source ("officials", "a hospital official")."""
    return claimer == REPORTER or not any(ch.isupper() for ch in claimer)


def _remains(evidence: str) -> bool:
    """Whether a figure's words count bodies ("17 bodies", "the bodies of two"): the dead found so far."""
    return _bodies_re().search(evidence) is not None


@cache
def _bodies_re() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, cues()['bodies']))})\b", re.I)


def _claimer_key(claimer: str, article: str) -> str:
    # the outlet's own voice, or "officials", differs from outlet to outlet
    return f"{claimer.lower()}@{article}" if _generic(claimer) else claimer.lower()


@cache
def _body_words() -> frozenset[str]:
    """Words that make a claimer a body or a title, not a person's name: the sector lexicon's
    qualifiers and one-word heads, its person titles, unit and force heads (``data/sectors.yaml``),
    and the merge cues' organisation nouns."""
    sec = load_codebook().sectors
    return frozenset({*cues()["org_nouns"], *(w for w in (*sec.heads, *sec.qualifiers) if " " not in w),
                      *sec.person_titles, *sec.unit_heads, *sec.state_force_heads})


def _person_name(key: str) -> bool:
    """Whether a claimer key of two words or more reads as a person's name ("oleh kiper"), not a
    body or a title ("defence ministry", "army spokesman")."""
    words = key.split()
    return len(words) >= 2 and not any(w.strip(".,'’") in _body_words() for w in words)


def _one_voice(told_in: dict[str, set[str]]) -> dict[str, str]:
    """Each claimer key mapped to the shortest person's name of two words or more that ends it in a
    report that tells both: one voice told with and without its title ("Regional governor Oleh Kiper"
    first, "Oleh Kiper" for the "he" of his later toll), so the revision outdates the first figure.
    A body's name told short, without its complement (:func:`_short_form`: "Tajikistan's State Committee
    for National Security", then "the State Committee"), is the one body that a report telling both names so.
    Not a body's name with a qualifier dropped: "the Russian Defence Ministry" and "the Defence
    Ministry" told later may be two ministries, as "the Ukrainian Defence Ministry" is."""
    names = sorted((k for k in told_in if "@" not in k and _person_name(k)), key=len)
    out = {k: next((n for n in names if k.endswith(" " + n) and told_in[k] & told_in[n]), k) if "@" not in k else k
           for k in told_in}
    for k in told_in:
        if "@" in k or _person_name(k):
            continue
        full = [n for n in told_in if n != k and "@" not in n and told_in[k] & told_in[n] and _short_form(k, n)]
        if len(full) == 1:
            out[k] = out[full[0]]
    return out


def _short_form(short: str, full: str) -> bool:
    """Whether the claimer key ``short`` is a body's name ``full`` told again without its complement, what
    sets the body apart ("tajikistan's state committee for national security", then "state committee"): a
    name of two words or more ("spokesman" of "spokesman for the army" may be anyone's). Not an owner or a
    qualifier dropped alone ("russia's defence ministry" or "russian defence ministry", then "defence
    ministry": another ministry may be meant, as "ukrainian defence ministry" is)."""
    m = _FULL_NAME.match(full)
    return m is not None and m.group("rest") is not None and m.group("name") == short and len(short.split()) > 1


# a body's name told in full: its owner's possessive ("Tajikistan's", "the country's"), the name, its complement
# ("for National Security", "of Health")
_FULL_NAME = re.compile(r"^(?P<owner>(?:[\w.-]+\s+){0,2}?[\w.-]+['’]s\s+)?(?P<name>.+?)(?P<rest>\s+(?:for|of|on)\s+.+)?$")


def _merge_figures(mentions: Sequence[IncidentMention], field: str, attackers: frozenset[str]) -> list[Figure]:
    """Distinct figures of one field, claimers and articles united, superseded ones marked (``attackers``:
    the incident's _attacker_heads)."""
    order = sorted((m for m in mentions), key=lambda m: (m.article.published or dt.date.max, m.id))
    # one figure per number; for every field except the dead, one per number and group where one number counts
    # two groups ("15 officers" and "15 protesters" are two counts; "15 people" and "15 protesters" one, as there
    # is one group)
    named: dict[tuple[int | None, int | None, str], set[str]] = {}
    figures, replaced = _with_sums(order, field, attackers)
    for m in order:
        for f in figures[m.id]:
            if field != "killed" and (grp := _group(f)) is not None:
                named.setdefault((f.min, f.max, f.qualifier), set()).add(grp)
    merged: dict[tuple[int | None, int | None, str, str | None], Figure] = {}
    # per claimer and side: the attackers' own dead (_attackers_own) do not revise the claimer's toll of the others;
    # nor, in every field except the dead (one toll framed two ways, see reconcile), a count of one group by name a count of
    # another ("15 officers were injured", then "42 protesters were hurt": _group); each claim in order as
    # (claimer key, the attackers' own or not, group, figure key, rank)
    told: list[tuple[str, bool, str | None, tuple[int | None, int | None, str, str | None], int]] = []
    told_in: dict[str, set[str]] = {}  # claimer key -> the reports whose figures it gives
    fresh: set[tuple[int | None, int | None, str, str | None]] = set()  # keys some count not replaced gives
    rank = 0
    for m in order:
        for f in figures[m.id]:  # (of ``field`` only: _with_sums)
            rank += 1
            number = (f.min, f.max, f.qualifier)
            grp = _group(f) if field != "killed" else None  # (named holds no dead, so no key of the dead takes a group)
            key = (*number, grp if len(named.get(number, ())) > 1 else None)
            g = merged.get(key)
            if g is None:
                g = merged[key] = Figure(field=field, min=f.min, max=f.max, qualifier=f.qualifier, of=f.of,
                                         update=f.update, published=f.published, part=f.part)
            g.part = g.part and f.part  # (a part of one claimer's sum, a whole toll of another's: a toll)
            if id(f) not in replaced:
                fresh.add(key)
            g.sum_of = g.sum_of or list(f.sum_of)
            for c in f.claimed_by:
                if c not in g.claimed_by:
                    g.claimed_by.append(c)
                ck = _claimer_key(c, f.articles[0] if f.articles else m.id)
                if not f.part and id(f) not in replaced:  # (a part neither revises nor is revised by its claimer's other counts: its sum is)
                    told.append((ck, _counts(f, attackers), grp, key, rank))
                told_in.setdefault(ck, set()).add(m.article.id)
            for a in f.articles:
                if a not in g.articles:
                    g.articles.append(a)
            g.outlets.extend(o for o in f.outlets if o not in g.outlets)
            g.evidence.extend(e for e in f.evidence if e not in g.evidence)
            g.of = g.of or f.of
            g.update = g.update or f.update
            if f.published and (g.published is None or f.published < g.published):
                g.published = f.published
    voice = _one_voice(told_in)
    # the groups each voice counts by name: a voice's count of one group does not outdate its count of another, but
    # a count that names none ("15 people", then "28 protesters") is of the one group a voice names, if one
    voiced: dict[str, set[str]] = {}
    for ck, _, grp, _, _ in told:
        if grp is not None:
            voiced.setdefault(voice[ck], set()).add(grp)
    by_voice: dict[tuple[str, bool, str | None], tuple[tuple[int | None, int | None, str, str | None], int]] = {}
    for ck, own, grp, key, r in told:
        side = (voice[ck], own, grp if len(voiced.get(voice[ck], ())) > 1 else None)
        if side not in by_voice or r > by_voice[side][1]:
            by_voice[side] = (key, r)
    # a figure is superseded when every voice that gave it later gave another one
    current: set[tuple[int | None, int | None, str, str | None]] = {key for key, _ in by_voice.values()}
    # "the toll has risen to 59" outdates lower tolls of unnamed sources and outlets
    risen = [g.min for g in merged.values() if g.update and g.min is not None]
    for key, g in merged.items():
        top = g.max if g.max is not None else g.min
        # (and a count of the bodies recovered so far, whoever gave it: "17 bodies had been recovered", then
        # "bringing the toll to 40" counts them too)
        outdated = bool(risen) and top is not None and top < max(risen) and (
            all(_generic(c) for c in g.claimed_by) or bool(g.evidence) and all(_remains(e) for e in g.evidence))
        g.superseded = (key not in current and not g.part) or outdated or key not in fresh
    return sorted(merged.values(), key=lambda g: (g.min if g.min is not None else -1, g.max or 0))


def _with_sums(order: Sequence[IncidentMention], field: str, attackers: frozenset[str]) -> tuple[dict[str, list[Figure]], set[int]]:
    """Each mention's figures of ``field`` (by mention id), and for each claimer that counts two groups or more by
    name (their sectors differ, :func:`_group`: "12 soldiers were killed ... Five civilians were also killed, the
    ministry said") the sum of its latest count of each group, a figure of its own (``sum_of``: "12 soldiers", "5
    civilians") put with the last mention that tells one of them, which a total told elsewhere ("17 people were
    killed") can agree with; those counts are then ``part`` of it. A later count of one group ("14 soldiers", a day
    later) replaces the earlier one in the sum; the earlier is returned among the replaced (their ids), a count
    revised. Only groups that are parts of one toll are summed (:func:`_summable`: not the other side's fighters,
    a rival framing). Not where the claimer also gives a count that names no group (it may be the total: the counts
    of groups are parts of it, _parts), an open-ended low ("up to 5"), or the attackers' own dead."""
    figures = {m.id: [f for f in m.figures if f.field == field] for m in order}
    keyed: list[tuple[str, str, Figure, str]] = []  # (claimer key, mention id, count, claimer), in order
    told_in: dict[str, set[str]] = {}
    for m in order:
        for f in figures[m.id]:
            for c in f.claimed_by:
                if not _counts(f, attackers):
                    keyed.append((ck := _claimer_key(c, f.articles[0] if f.articles else m.id), m.id, f, c))
                    told_in.setdefault(ck, set()).add(m.article.id)
    voice = _one_voice(told_in)  # (one voice told with and without its title, as _merge_figures reads it)
    told_by: dict[str, list[tuple[str, Figure, str]]] = {}  # voice -> (mention id, count, claimer), in order
    for ck, mid, f, c in keyed:
        told_by.setdefault(voice[ck], []).append((mid, f, c))
    parts: set[int] = set()
    replaced: set[int] = set()
    for told in told_by.values():
        latest: dict[str | None, tuple[str, Figure]] = {}
        for mid, f, _ in told:
            latest[_group(f)] = (mid, f)
        last = [f for _, f in latest.values()]
        if len(last) < 2 or None in latest or any(f.min is None or not _summable(f) for f in last):
            continue
        tops = [f.max for f in last]
        quals = {f.qualifier for f in last}
        high = sum(tops) if None not in tops else None  # type: ignore[arg-type]
        where = max((mid for mid, _ in latest.values()), key=list(figures).index)
        figures[where].append(Figure(
            field=field, min=sum(f.min for f in last),  # type: ignore[misc]
            max=high, qualifier=quals.pop() if len(quals) == 1 else ("at_least" if high is None else "about"),
            claimed_by=[told[-1][2]],
            articles=list(dict.fromkeys(a for f in last for a in f.articles)),
            evidence=[" + ".join(_with_noun(e, f.of) for f in last for e in f.evidence[:1])],
            published=min((f.published for f in last if f.published), default=None),
            outlets=list(dict.fromkeys(o for f in last for o in f.outlets)),
            sum_of=[f"{quantity_label(f.min, f.max, f.qualifier, words=True)} {f.of}" for f in last]))
        parts |= {id(f) for f in last}
        replaced |= {id(f) for _, f, _ in told if id(f) not in parts and len(f.claimed_by) == 1}
    out = {mid: [dataclasses.replace(f, part=True) if id(f) in parts else f for f in fs] for mid, fs in figures.items()}
    # (a copy marked part is a new object: what was replaced is known by the counts' ids, none of them a part)
    return out, replaced


def _summable(f: Figure) -> bool:
    """Whether a count of one group can be a part of one toll: a group merge_cues.yaml ``part_groups`` names
    ("soldiers", "officers", "children") or one of no armed sector ("civilians", "workers"); not the other side's
    fighters ("the army said its strike killed 52 fighters": a rival framing of the toll, no part of it)."""
    head = f.of.lower().split()[-1] if f.of else ""
    return head in cues()["part_groups"] or _group(f) not in ARMED_SECTORS


def _with_noun(evidence: str, noun: str | None) -> str:
    """A count's words with its counted noun where they lack it ("Twelve" of "Twelve soldiers were killed")."""
    return f"{evidence} {noun}" if noun and noun.lower() not in evidence.lower() else evidence


def _parts(live: Sequence[Figure]) -> list[Figure]:
    """Figures that count a part of the toll another current figure gives in full: one side or
    group named ("two officers were killed": ``of``, merge_cues.yaml ``part_groups``) below the
    low end of a figure that names none ("at least 11 people were killed") from the same report
    or the same claimer: another voice's total says nothing of what this voice counted ("7
    soldiers", the army's whole toll, beside the rebels' "at least 50"). They stay among the
    figures, not as a toll of their own."""
    totals = [f for f in live if f.of is None and f.min is not None]
    groups = set(cues()["part_groups"])
    return [f for f in live if f.of is not None and f.of.lower().split()[-1] in groups
            and _top(f) is not None
            and any(_top(f) < t.min  # type: ignore[operator]
                    and (set(f.articles) & set(t.articles) or set(f.claimed_by) & set(t.claimed_by)) for t in totals)]


def _attacker_heads(mentions: Sequence[IncidentMention]) -> frozenset[str]:
    """Counted nouns of the attackers (merge_cues.yaml ``attacker_groups``) and the names of the
    incident's perpetrators in full ("Gunmen", "Militants", "armed men": not their head word alone,
    "men" of "15 men were killed" may be the victims)."""
    return frozenset(cues()["attacker_groups"]) | {" ".join(p.name.lower().split()) for m in mentions for p in m.perpetrators if p.name.split()}


def _counts(f: Figure, heads: frozenset[str]) -> bool:
    """Whether a figure counts the attackers (``of`` one of ``heads`` or ending in one: "armed
    men", "suspected gunmen")."""
    if f.of is None:
        return False
    of = " ".join(f.of.lower().split())
    return any(of == h or of.endswith(" " + h) for h in heads)


def _attackers_own(live: Sequence[Figure], heads: frozenset[str]) -> list[Figure]:
    """Figures of the attackers' own dead or hurt ("the army said 30 attackers were killed": ``of`` an
    attacker noun, merge_cues.yaml ``attacker_groups``, or the incident's perpetrator's
    name in full, "gunmen", "armed men": not "15 men") beside a figure that counts other people: the two count different dead,
    so the attackers' figure is no rival of the victims' toll. They stay among the figures, not as
    a toll of their own (``heads``: the incident's _attacker_heads)."""
    own = [f for f in live if _counts(f, heads)]
    return own if len(own) < len(live) else []


def _group(f: Figure) -> str | None:
    """The kind of people a figure counts by name: the sector (data/sectors.yaml) of its ``of``, a phrase
    ("police officers": POL) or its head noun, looked up as written and singular ("policemen", "police",
    "officers": POL; "protesters", "demonstrators", "children": CVL; "journalists": MED). None where it names
    none ("12 people") or a noun the lexicon does not know ("suspects"): whose count it is the text does not tell."""
    words = f.of.lower().split() if f.of else []
    if not words or words[-1] in generic_counted():
        return None
    lex = load_codebook().sectors
    for n in range(min(3, len(words)), 1, -1):
        if (sector := lex.phrases.get(" ".join(words[-n:]))) is not None:
            return sector
    return next((s for w in _singulars(words[-1]) if (s := lex.head(w)) is not None), None)


def _singulars(noun: str) -> list[str]:
    """A noun as written, then its singular by the regular rules of English plurals ("protesters": "protester";
    "casualties": "casualty"; "witnesses": "witness"): the sector lexicon lists the lemma, and the irregular
    plurals as words of their own ("children", "policemen")."""
    out = [noun]
    if noun.endswith("ies"):
        out.append(noun[:-3] + "y")
    if noun.endswith("es"):
        out.append(noun[:-2])
    if noun.endswith("s") and not noun.endswith("ss"):
        out.append(noun[:-1])
    return out


def _by_group(tolls: Sequence[Figure]) -> list[list[Figure]]:
    """The figures that may rival each other, one list per group they count: where every figure names a group
    (_group) and they name two groups or more, the figures of each ("police arrested 12 protesters" and
    "police detained three journalists", "15 officers were injured" and "42 protesters were injured" count
    different people, no rival counts; "20 protesters" and "35 demonstrators" still are). A figure that names
    none ("30 people") may count any of them, so all stay rivals, as one group's."""
    groups = [_group(f) for f in tolls]
    heads = list(dict.fromkeys(groups))
    if len(heads) < 2 or None in heads:
        return [list(tolls)]
    return [[f for f, g in zip(tolls, groups) if g == h] for h in heads]


def _contested_groups(tolls: Sequence[Figure], field: str) -> list[IncidentContested]:
    """The contested positions of each group a field's figures count (:func:`_by_group`), each labelled with the
    group's counted nouns as written (``group``: "officers"; "policemen / police officers") where the field's
    figures split into groups; None where they stay one group."""
    groups = _by_group(tolls)
    return [c for g in groups if (c := _contested_figures(g, field, _group_label(g) if len(groups) > 1 else None)) is not None]


def _group_label(figures: Sequence[Figure]) -> str | None:
    """The counted nouns of one group's figures as written, lower case, each once ("officers / police officers")."""
    return " / ".join(dict.fromkeys(f.of.lower() for f in figures if f.of)) or None


def _tolls(mentions: Sequence[IncidentMention], field: str, attackers: frozenset[str]) -> tuple[Casualties | None, list[Figure]]:
    """Casualties (see ``casualties``) and the current figures that give a toll of their own
    (not a part of another's, see _parts, nor the attackers' own dead, see _attackers_own): the
    range and the contested positions read these. ``attackers``: the incident's _attacker_heads, read
    once for all its fields."""
    figures = _merge_figures(mentions, field, attackers)
    if not figures:
        return None, []
    live = [f for f in figures if not f.superseded] or figures
    # (the attackers' own are dead or hurt: "police arrested 3 gunmen" beside "12 protesters" is a count of
    # its own, not a part to drop)
    parts = _parts(live) + (_attackers_own(live, attackers) if field in ("killed", "injured") else []) + [f for f in live if f.part]
    # the positions: current figures that are no part of another's, none when all are superseded (the
    # range below falls back on what there is; a superseded figure is no position)
    part = {id(p) for p in parts}
    tolls = [f for f in live if not f.superseded and id(f) not in part]
    live = [f for f in live if id(f) not in part] or live
    # the counts of the two sides of a clash by name, all of them (the hurt, arrested or escaped "officers" and
    # "protesters": _sides; not the dead, whose groups are as often one toll framed two ways) count different
    # people: the incident's total is the sum of each side's views, not a range from one side to the other
    sides = _sides(live) if field != "killed" else [list(live)]
    views = [_views(g) for g in sides]
    low, high, best = (None if any(v[i] is None for v in views) else sum(v[i] for v in views) for i in range(3))  # type: ignore[misc]
    if len(sides) > 1 and any(_open_top(g) for g in sides):
        high = None  # ("at least 40 protesters" and 12 officers: 52 or more, no closed high)
    return Casualties(low=low, high=high, conservative=low, best=best, figures=figures), tolls


def _sides(live: Sequence[Figure]) -> list[list[Figure]]:
    """The figures of each side of a clash where every figure names a group (:func:`_by_group`) and the groups
    fall on both sides: the security forces (sectors MIL, POL: "officers", "soldiers") and the crowd or the
    civilians (any other sector). Groups of one side may be the same people ("teachers" and "protesters" in one
    strike march, "security personnel" and "police officers") and stay one list, a range; else one list."""
    groups = _by_group(live)
    if len(groups) < 2:
        return [list(live)]
    forces = [f for g in groups if _group(g[0]) in _FORCES for f in g]
    crowd = [f for g in groups if _group(g[0]) not in _FORCES for f in g]
    return [forces, crowd] if forces and crowd else [list(live)]


_FORCES = frozenset({"MIL", "POL"})  # the security forces of a clash with a crowd (data/sectors.yaml)


def _open_top(live: Sequence[Figure]) -> bool:
    """Whether the highest of figures is an open floor ("at least 40", nothing told above it)."""
    tops = [t for f in live if (t := _top(f)) is not None]
    return bool(tops) and any(f.max is None and f.qualifier in ("at_least", "more_than") and _top(f) == max(tops) for f in live)


def _rival_parts(figures: Sequence[Figure], tolls: Sequence[Figure]) -> list[Figure]:
    """The current parts of a claimer's sum (``part``) whose group another voice counts too: the army's "only
    three civilians" beside the hospital's "at least 40 civilians" is a dispute about the civilians, whatever
    the army's total."""
    return [p for p in figures if p.part and not p.superseded and (grp := _group(p)) is not None
            and any(_group(t) == grp and not set(t.claimed_by) & set(p.claimed_by) for t in tolls)]


def _contested_parts(cas: Casualties | None, tolls: Sequence[Figure], field: str) -> list[IncidentContested]:
    """The contests of each group the parts of a sum (:func:`_rival_parts`) share with other voices' tolls, labelled
    with the group, beside the contest of the tolls."""
    parts = _rival_parts(cas.figures, tolls) if cas is not None else []
    out = []
    for grp in dict.fromkeys(_group(p) for p in parts):
        group = [p for p in parts if _group(p) == grp] + [t for t in tolls if _group(t) == grp]
        if (c := _contested_figures(group, field, _group_label(group))) is not None:
            out.append(c)
    return out


def _views(live: Sequence[Figure]) -> tuple[int | None, int | None, int | None]:
    """(low, high, best) of figures that count one group of people: the lowest and highest current figure (an
    open "at least N" raises the high to N, not to infinity) and the median of each claimer's latest."""
    lows = [f.min if f.min is not None else 0 for f in live]
    highs = [h for f in live if (h := _top(f)) is not None]
    per_claimer: dict[str, float] = {}
    for f in live:
        for c in f.claimed_by:
            per_claimer[c] = _point(f)
    best = round(statistics.median(per_claimer.values())) if per_claimer else None
    return (min(lows) if lows else None), (max(highs) if highs else None), best


def casualties(mentions: Sequence[IncidentMention], field: str) -> Casualties | None:
    """Killed or injured of an incident: range, conservative and best views, all figures (a
    figure of a part of the toll, see _parts, sets none of them)."""
    return _tolls(mentions, field, _attacker_heads(mentions))[0]


def _figure_text(group: list[Figure]) -> str:
    lo = min((f.min if f.min is not None else 0) for f in group)
    his = [_top(f) for f in group]
    hi = max(h for h in his if h is not None) if any(h is not None for h in his) else lo
    open_ended = any(f.max is None and f.qualifier in ("at_least", "more_than") and (f.min or 0) >= hi for f in group)
    if lo == hi:
        return f"at least {lo}" if open_ended else str(lo)
    return f"{lo} to {hi}" + (" or more" if open_ended else "")


def _contested_figures(tolls: Sequence[Figure], field: str, group: str | None = None) -> IncidentContested | None:
    """Positions = groups of mutually compatible current figures (the tolls of _tolls); contested
    when several (``group``: the people they count, where a field is contested group by group)."""
    live = sorted(tolls, key=lambda f: figure_interval(f)[0])
    groups: list[list[Figure]] = []
    reach = -1.0
    for f in live:
        lo, hi = figure_interval(f)
        if groups and lo <= reach:
            groups[-1].append(f)
            reach = min(reach, hi) if hi != float("inf") else reach
        else:
            groups.append([f])
            reach = hi
    if len(groups) < 2:
        return None
    positions = []
    for g in groups:
        claimers: list[str] = []
        for f in g:
            claimers.extend(x for x in f.claimed_by if x not in claimers)
        positions.append(Position(value=_figure_text(g), claimed_by=claimers))  # type: ignore[arg-type]
    return IncidentContested(field=field, positions=positions, group=group)


def _contested_claims(claims: Sequence[IncidentClaim], field: str) -> IncidentContested | None:
    values: dict[str, list[str]] = {}
    for c in claims:
        if c.field == field and c.modality == "asserted" and c.normalized:
            lst = values.setdefault(c.normalized, [])
            if c.claimed_by not in lst:
                lst.append(c.claimed_by)
    if len(values) < 2:
        return None
    return IncidentContested(field=field, positions=[Position(value=v, claimed_by=cl) for v, cl in values.items()])  # type: ignore[arg-type]


def _tokens(text: str) -> set[str]:
    return {w for w in "".join(ch.lower() if ch.isalnum() else " " for ch in text).split() if len(w) > 2 and w not in {"the", "and", "for"}}


def _contested_perpetrator(claims: Sequence[IncidentClaim], parties: Sequence[Party]) -> IncidentContested | None:
    """Blame against denial: X is named as the attacker by some, and X (or its
    spokesman) denies it. Deniers are also noted on the party (``denied_by``)."""
    accused: dict[str, list[str]] = {}
    for c in claims:
        if c.field == "perpetrator" and c.modality in ("alleged", "asserted") and isinstance(c.value, str):
            accused.setdefault(c.value, []).append(c.claimed_by)
    found: IncidentContested | None = None
    for c in claims:
        if c.field != "perpetrator" or c.modality != "denied":
            continue
        denied = _tokens(c.claimed_by) | (_tokens(c.value) if isinstance(c.value, str) else set())
        for p in parties:
            if _tokens(p.name) & denied and c.claimed_by not in p.denied_by:
                p.denied_by.append(c.claimed_by)
        for name, accusers in accused.items():
            others = [a for a in dict.fromkeys(accusers) if a != c.claimed_by]
            if found is None and others and _tokens(name) & denied:
                found = IncidentContested(field="perpetrator", positions=[
                    Position(value=name, claimed_by=others),  # type: ignore[arg-type]
                    Position(value=f"not {name}", claimed_by=[c.claimed_by]),
                ])
    return found


_OPPOSITE = {"deliberate": "unintentional", "unintentional": "deliberate"}


def _contested_intent(claims: Sequence[IncidentClaim]) -> IncidentContested | None:
    """Deliberate against unintentional; a denial of one counts for the other."""
    sides: dict[str, list[str]] = {}
    for c in claims:
        if c.field != "intent" or c.value not in _OPPOSITE:
            continue
        value = _OPPOSITE[c.value] if c.modality == "denied" else c.value
        lst = sides.setdefault(value, [])
        if c.claimed_by not in lst:
            lst.append(c.claimed_by)
    if len(sides) < 2:
        return None
    return IncidentContested(field="intent", positions=[Position(value=v, claimed_by=cl) for v, cl in sides.items()])  # type: ignore[arg-type]


def _parties(groups: Sequence[list[Party]]) -> list[Party]:
    """Parties of all reports, one per actor: same code, same name, or an uncoded name
    whose words all occur in another's ("Coalition" and "Saudi-led coalition")."""
    out: list[Party] = []
    for parties in groups:
        for p in parties:
            words = _tokens(p.name)
            q = next((x for x in out if (p.code and x.code == p.code) or x.name.lower() == p.name.lower()), None)
            if q is None and not p.code:
                q = next((x for x in out if words and (words <= _tokens(x.name) or (not x.code and _tokens(x.name) <= words))), None)
            if q is None:
                out.append(Party(name=p.name, code=p.code, sector=p.sector, claimed_by=list(p.claimed_by), denied_by=list(p.denied_by)))
                continue
            if not q.code and len(p.name) > len(q.name):
                q.name = p.name
            q.claimed_by.extend(x for x in p.claimed_by if x not in q.claimed_by)
            q.denied_by.extend(x for x in p.denied_by if x not in q.denied_by)
    return out


def _location(mentions: Sequence[IncidentMention]) -> Location | None:
    """The incident's place: the most often given precise place (a town, a point) among the places the reports'
    words tell (``basis`` "text"), before the cities that reports were filed from for want of a place told: two
    reports filed in Abuja do not outvote one that tells Kaduna state. A country or region told that holds a
    filing city is no better than the city."""
    located = [m.location for m in mentions if m.location is not None]
    if not located:
        return None
    filed = [loc for loc in located if loc.basis == "dateline"]
    # (not a country or a region told that holds a filing city: "in Nigeria" says less than "ABUJA -")
    told = [loc for loc in located if loc.basis == "text" and not any(_holds(loc, d) for d in filed)] or located
    precise = [loc for loc in told if loc.lat is not None and loc.kind not in ("country", "admin")] or told
    counts = Counter(loc.name for loc in precise)
    best = max(precise, key=lambda loc: counts[loc.name])
    if best.basis == "dateline" and any(loc.basis == "text" and loc.name == best.name for loc in located):
        best = dataclasses.replace(best, basis="text")  # another report tells the place in its words
    return best


def _holds(area: Location, place: Location) -> bool:
    """Whether ``area``, a country or a region, is the one ``place`` lies in."""
    return area.kind == "country" and area.country == place.country or area.kind == "admin" and area.country == place.country \
        and area.admin1 is not None and area.admin1 == place.admin1


_ALLOWED = {"violence": {"Battles", "Explosions/Remote violence", "Violence against civilians"}, "protest": {"Protests", "Riots"}}


def _classified(mentions: Sequence[IncidentMention]) -> tuple[str, str] | None:
    """ACLED sub-type and type from every report's title and lead read together.

    One report's lead may say only "clashed" or "killed"; the incident's reports
    together usually name the mechanism (air strike, shelling, police firing on
    protesters). The packaged event-type model scores the joined leads, among the
    ACLED types the incident's families allow.
    """
    families = {m.family for m in mentions} & set(_ALLOWED)
    if not any(m.event for m in mentions):
        return None  # deaths no report tells as an act (a boat capsized, a quake): no act to type
    text = " ".join(dict.fromkeys(m.signature for m in mentions if m.signature))
    if not families or not text:
        return None
    from sitrep.extract.eventtypes import best_acled_sub_type
    from sitrep.extract.lexicon import load_event_lexicon

    acled_types = load_event_lexicon().acled_types
    best = best_acled_sub_type(text, set().union(*(_ALLOWED[f] for f in families)), acled_types)
    return (best, acled_types[best]) if best is not None else None


def _event_type(mentions: Sequence[IncidentMention], perpetrators: Sequence[Party], killed: Casualties | None) -> tuple[str | None, str | None]:
    protest = any(m.family == "protest" for m in mentions)
    state = any(p.sector in _STATE_SECTORS for p in perpetrators)
    if protest and state and killed is not None and (killed.high or 0) > 0:
        # ACLED: state forces using lethal force against a demonstration
        return EXCESSIVE_FORCE, "Protests"
    subs = Counter(m.acled_sub_event_type for m in mentions if m.acled_sub_event_type)
    ranked = subs.most_common(2)
    if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        sub = ranked[0][0]  # most reports agree: keep their coding
        typ = next(m.acled_event_type for m in mentions if m.acled_sub_event_type == sub)
        return sub, typ
    found = _classified(mentions)  # a tie, or no report coded it: read the leads together
    if found is not None:
        return found
    types = Counter(m.acled_event_type for m in mentions if m.acled_event_type)
    sub = ranked[0][0] if ranked else next((m.event for m in mentions if m.event), None)
    typ = types.most_common(1)[0][0] if types else None
    return sub, typ


def reconcile(mentions: Sequence[IncidentMention], *, incident_id: str) -> Incident:
    """One incident record from its mentions (pure; the order of ``mentions`` does not matter)."""
    mentions = sorted(mentions, key=lambda m: (m.article.published or dt.date.max, m.id))
    stated = Counter(m.date for m in mentions if m.date is not None and not m.date_inferred)
    if stated:
        top = max(stated.values())
        date = min(d for d, n in stated.items() if n == top)
        rng = (min(stated), max(stated)) if len(stated) > 1 else None
    else:
        inferred = [m.date for m in mentions if m.date is not None]
        date, rng = (min(inferred) if inferred else None), None
    perpetrators = _parties([m.perpetrators for m in mentions])
    targets = _parties([m.targets for m in mentions])
    attackers = _attacker_heads(mentions)
    killed, killed_tolls = _tolls(mentions, "killed", attackers)
    injured, injured_tolls = _tolls(mentions, "injured", attackers)
    # counts of people arrested and of escapers ("police arrested 12", "40 inmates escaped"), kept as tolls are
    arrested, arrested_tolls = _tolls(mentions, "arrested", attackers)
    escaped, escaped_tolls = _tolls(mentions, "escaped", attackers)
    sub, typ = _event_type(mentions, perpetrators, killed)
    claims = [c for m in mentions for c in m.claims]
    # (the dead of two groups by name are as often one toll framed two ways, "nine militants" against "12
    # civilians": contested; the hurt, the arrested and the escaped of two groups are different people)
    contested = [c for c in (
        _contested_figures(killed_tolls, "killed"),
        *_contested_parts(killed, killed_tolls, "killed"),
        *_contested_groups([*injured_tolls, *_rival_parts(injured.figures if injured else [], injured_tolls)], "injured"),
        *_contested_groups([*arrested_tolls, *_rival_parts(arrested.figures if arrested else [], arrested_tolls)], "arrested"),
        *_contested_groups([*escaped_tolls, *_rival_parts(escaped.figures if escaped else [], escaped_tolls)], "escaped"),
        _contested_claims(claims, "target"),
        _contested_perpetrator(claims, perpetrators),
        _contested_intent(claims),
    ) if c is not None]
    articles: dict[str, ArticleRef] = {}
    for m in mentions:
        articles.setdefault(m.article.id, m.article)
    return Incident(
        id=incident_id,
        event_type=sub,
        acled_event_type=typ,
        event=Counter(m.event for m in mentions if m.event).most_common(1)[0][0] if any(m.event for m in mentions) else None,
        date=date,
        date_range=rng,
        location=_location(mentions),
        perpetrators=perpetrators,
        targets=targets,
        killed=killed,
        injured=injured,
        arrested=arrested,
        escaped=escaped,
        contested=contested,
        articles=list(articles.values()),
        mentions=[m.id for m in mentions],
        claims=claims,
    )
