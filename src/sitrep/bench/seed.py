"""``sitrep bench seed``: score one article against a hand-made gold file.

Implements the rules of ../shared/seed/README.md: events matched one-to-one by
PLOVER type plus one agreeing source and target code; quotes by content and
resolved speaker; places by ISO3 or distance; actor mentions by code; the
contested intent of the first event.
"""
from __future__ import annotations

import json
import re
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from sitrep.config import Options
from sitrep.errors import InputError
from sitrep.gazetteer import haversine_km
from sitrep.model import Event, Report, to_dict

__all__ = ["run_seed", "score_report", "haversine_km"]

SYNONYMS = {"DISAPPROVE": "ACCUSE", "DEMAND": "REQUEST", "FIGHT": "ASSAULT"}
PRONOUNS = {"he", "she", "it", "they", "we", "i"}
QUOTE_MARKS = str.maketrans({c: '"' for c in "“”„«»‘’'`"})



def _norm_type(t: str | None) -> str | None:
    return SYNONYMS.get(t, t) if t else t


def _codes(actors: list[dict[str, Any]]) -> set[str]:
    return {a["code"] for a in actors if a.get("code")}


def _event_matches(gold: dict[str, Any], ev: Event) -> bool:
    types = {_norm_type(gold["plover"]), *(_norm_type(t) for t in gold.get("plover_also_ok", []))}
    if _norm_type(ev.event) not in types:
        return False
    for role in ("source", "target"):
        wanted = _codes(gold.get(role, []))
        got = {r.code for r in getattr(ev, role) if r.code}
        if wanted and not wanted & got:
            return False
    return True


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s.translate(QUOTE_MARKS).lower()).strip()


def _speaker_ok(gold: dict[str, Any], name: str | None) -> bool:
    if not name or name.lower() in PRONOUNS:
        return False
    n = name.lower()
    for g in [gold["speaker"], *gold.get("speaker_also_ok", [])]:
        g = g.lower()
        if g in n or n in g:
            return True
    return False


def _span_is(text: str, needles: list[str]) -> bool:
    t = _norm(text)
    return any(_norm(n) in t for n in needles)


def score_report(report: Report, gold: dict[str, Any]) -> dict[str, Any]:
    """Metrics for one report against the seed gold (see the module docstring)."""
    events = list(report.events)
    # events ---------------------------------------------------------------
    matched: dict[str, Event] = {}
    used: set[str] = set()
    for g in gold["events"]:
        for ev in events:
            if ev.id not in used and _event_matches(g, ev):
                matched[g["id"]] = ev
                used.add(ev.id)
                break
    required = [g for g in gold["events"] if g.get("required")]
    req_hit = sum(1 for g in required if g["id"] in matched)
    any_match = sum(1 for ev in events if any(_event_matches(g, ev) for g in gold["events"]))
    bad_texts = [n["text"] for n in gold.get("non_events", [])] + gold.get("boilerplate_lines", [])
    non_events = [ev.id for ev in events if _span_is(ev.evidence.text, bad_texts) or any(_norm(ev.evidence.text) in _norm(b) for b in bad_texts)]
    field_checks: dict[str, dict[str, bool]] = {}
    for gid, ev in matched.items():
        g = next(x for x in gold["events"] if x["id"] == gid)
        checks: dict[str, bool] = {}
        if "date" in g:
            checks["date"] = ev.date is not None and ev.date.isoformat() == g["date"]
        if "location" in g:
            loc = g["location"]
            checks["location"] = bool(ev.location and ev.location.lat is not None and haversine_km(ev.location.lat, ev.location.lon, loc["lat"], loc["lon"]) <= loc.get("tolerance_km", 30))
        for fld in ("dead", "injured"):
            if fld in g:
                got = getattr(ev, fld)
                checks[fld] = bool(got and got.min == g[fld]["min"] and got.max == g[fld]["max"] and got.qualifier == g[fld]["qualifier"])
        if g.get("acled_sub_event_type"):
            ok = {g["acled_sub_event_type"], *g.get("acled_sub_event_type_also_ok", [])}
            checks["acled_sub_event_type"] = ev.acled_sub_event_type in ok
        if g.get("materiel"):
            have = {(m.unit or "").lower(): m.min for m in ev.materiel}
            checks["materiel"] = all(any(item["item"].lower() in u or u in item["item"].lower() for u, n in have.items() if n == item["count"]) for item in g["materiel"])
        field_checks[gid] = checks
    # quotes ----------------------------------------------------------------
    q_hit, q_ok_pred, q_missing = 0, set(), []
    for g in gold.get("quotes", []):
        for i, q in enumerate(report.quotes):
            if _norm(g["content_contains"]) in _norm(q.content.text) and _speaker_ok(g, q.speaker.name):
                q_hit += 1
                q_ok_pred.add(i)
                break
        else:
            q_missing.append(g.get("id", g["content_contains"]))
    q_precise = sum(1 for i, q in enumerate(report.quotes) if any(_norm(g["content_contains"]) in _norm(q.content.text) and _speaker_ok(g, q.speaker.name) for g in gold.get("quotes", [])))
    # places ----------------------------------------------------------------
    place_hits = []
    for g in gold.get("places", []):
        ok = False
        for p in report.places:
            if g["kind"] == "country":
                ok = p.kind == "country" and p.country == g["country"]
            elif p.lat is not None:
                ok = haversine_km(p.lat, p.lon, g["lat"], g["lon"]) <= g.get("tolerance_km", 30)
            if ok:
                break
        place_hits.append((g["name"], ok))
    # actors ----------------------------------------------------------------
    actor_total, actor_hits, actor_misses = 0, 0, []
    for g in gold.get("actors", []):
        for mention in g["mentions"]:
            actor_total += 1
            found = any(
                _norm(mention) in _norm(sp.text) and a.code == g["code"]
                for a in report.actors
                for sp in a.mentions
            )
            actor_hits += found
            if not found:
                actor_misses.append(f"{mention} -> {g['code']}")
    # contested -------------------------------------------------------------
    contested_ok = False
    for c in gold.get("contested", []):
        ev = matched.get(c["about"])
        if ev is None:
            continue
        for k in ev.contested:
            if k.field == c["field"] and len(k.positions) >= 2 and all(p.claimed_by for p in k.positions):
                contested_ok = True
    e1 = field_checks.get("E1", {})
    return {
        "events_predicted": len(events),
        "required_event_recall": round(req_hit / len(required), 4) if required else None,
        "required_events_matched": f"{req_hit}/{len(required)}",
        "events_missing": [g["id"] for g in required if g["id"] not in matched],
        "event_precision": round(any_match / len(events), 4) if events else 0.0,
        "non_events_produced": len(non_events),
        "matched": {gid: ev.id for gid, ev in matched.items()},
        "event_fields": field_checks,
        "e1_fully_right": bool(e1) and all(e1.values()) and "E1" in matched,
        "quotes_recall": round(q_hit / len(gold.get("quotes", [])), 4) if gold.get("quotes") else None,
        "quotes_matched": f"{q_hit}/{len(gold.get('quotes', []))}",
        "quotes_missing": q_missing,
        "quotes_precision": round(q_precise / len(report.quotes), 4) if report.quotes else 0.0,
        "places_resolved": f"{sum(ok for _, ok in place_hits)}/{len(place_hits)}",
        "places_missing": [n for n, ok in place_hits if not ok],
        "actor_mentions_resolved": f"{actor_hits}/{actor_total}",
        "actor_mentions_missing": actor_misses,
        "contested_intent": contested_ok,
    }


def _predictions(report: Report, gold: dict[str, Any]) -> dict[str, Any]:
    """The gold file's shape with the system's values in place of the gold ones."""
    out = {k: v for k, v in gold.items() if k in ("about", "article")}
    rep = to_dict(report)
    out["events"] = [
        {
            "id": e["id"], "plover": e["event"], "plover_mode": e["mode"],
            "acled_event_type": e["acled_event_type"], "acled_sub_event_type": e["acled_sub_event_type"],
            "source": [{"text": a["text"], "code": a["code"], "sector": a["sector"]} for a in e["source"]],
            "target": [{"text": a["text"], "code": a["code"], "sector": a["sector"]} for a in e["target"]],
            "date": e["date"], "location": e["location"], "dead": e["dead"], "injured": e["injured"],
            "materiel": [{"item": m["unit"], "count": m["min"]} for m in e["materiel"]],
            "claims": e["claims"], "evidence": e["evidence"]["text"],
        }
        for e in rep["events"]
    ]
    out["quotes"] = [
        {"kind": q["kind"], "speaker": q["speaker"]["name"] or q["speaker"]["text"], "speaker_code": q["speaker"]["code"], "content": q["content"]["text"]}
        for q in rep["quotes"]
    ]
    out["places"] = [{"name": p["name"] or p["text"], "country": p["country"], "lat": p["lat"], "lon": p["lon"], "kind": p["kind"]} for p in rep["places"]]
    out["actors"] = [{"mentions": [m["text"] for m in a["mentions"]], "code": a["code"], "sector": a["sector"]} for a in rep["actors"]]
    out["contested"] = [{"about": e["id"], **c} for e in rep["events"] for c in e["contested"]]
    return out


def run_seed(gold_path: Path, *, published: date | None, predictions: Path | None = None, options: Options | None = None) -> dict[str, Any]:
    """Analyse the gold's article and score it; optionally write predictions."""
    from sitrep.ingest.readers import read_paths
    from sitrep.model import Article
    from sitrep.pipeline import Pipeline

    gold_path = Path(gold_path)
    if not gold_path.exists():
        raise InputError("E040", path=str(gold_path))
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    article_path = gold_path.parent / gold["article"]["file"]
    pub = published or date.fromisoformat(gold["article"]["published_for_scoring"])
    opts = replace(options or Options(), published=pub, outlet=gold["article"].get("outlet"))
    items = list(read_paths([article_path], opts))
    article = next((a for a in items if isinstance(a, Article)), None)
    if article is None:
        raise InputError("E009", path=str(article_path), detail=getattr(items[0], "reason", "unreadable") if items else "no article")
    report = Pipeline(opts).analyze(article)
    metrics = score_report(report, gold)
    metrics["boilerplate_removed"] = sum(1 for line in gold.get("boilerplate_lines", []) if line.strip() not in article.text)
    metrics["boilerplate_lines"] = len(gold.get("boilerplate_lines", []))
    if predictions is not None:
        Path(predictions).write_text(json.dumps(_predictions(report, gold), indent=2, ensure_ascii=False), encoding="utf-8")
    return metrics

