"""``sitrep bench incidents``: merging reports of one incident across outlets.

Input: ``incidents/dev.json`` (schema in ../shared/bench/README.md). Every article
(url, outlet, title, date, text; no incident ids) goes through the pipeline in a
shuffled order (``--seed``), the reports are merged with :func:`sitrep.merge.merge_reports`
and the incidents are scored against the gold by :func:`score`:

* ``bcubed_precision/recall/f1``: B-cubed over articles (keyed by url); an article
  in no predicted incident counts as a singleton.
* Each gold incident is matched to the predicted incident holding most of its
  articles; over gold incidents: ``event_type_accuracy`` (ACLED sub-event type, or
  one listed in ``acled_sub_event_type_also_ok``), ``date_accuracy`` (same day),
  ``place_accuracy`` (within 50 km).
* ``killed_figure_recall``/``injured_figure_recall``: a gold figure counts when the
  matched incident has a figure with the same min and max and at least one claimer
  that matches a gold claimer.
* ``contested_recall``: a gold contested field counts when the matched incident has
  a contested field of the same name whose positions cover every gold position, each
  by a different predicted position sharing at least one claimer.
* ``claim_recall``: per-article gold claims of the fields killed, injured,
  perpetrator, target and date; found when the incident holding that article has a
  claim from that article with the same field, a matching claimer, the same polarity
  (denied or not) and a matching value (numbers: same min and max; dates: same day;
  names and phrases such as a denied "reports of fatalities": :func:`names_match`);
  ``claims_missing`` lists the gold claims not found, one line each.

Claimer (and name) matching, :func:`names_match`: both strings lowercased, cut into
alphanumeric tokens, stop words (the, a, an, of, for, on, and, via, s) dropped; they
match when one token set contains the other, or when rapidfuzz ``token_set_ratio``
is at least 85.
"""
from __future__ import annotations

import json
import logging
import math
import random
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sitrep.config import Options
from sitrep.errors import InputError

__all__ = ["score", "names_match", "load_incidents", "run_incidents", "CLAIM_FIELDS"]

log = logging.getLogger(__name__)

CLAIM_FIELDS = ("killed", "injured", "perpetrator", "target", "date")
_STOP = {"the", "a", "an", "of", "for", "on", "and", "via", "s", "in"}


def _tokens(text: str) -> set[str]:
    return {t for t in re.findall(r"[a-z0-9]+", text.lower()) if t not in _STOP}


def names_match(a: str, b: str) -> bool:
    """Lenient equality of two claimer or actor names (see the module docstring)."""
    ta, tb = _tokens(a), _tokens(b)
    if not ta or not tb:
        return False
    if ta <= tb or tb <= ta:
        return True
    from rapidfuzz import fuzz

    return fuzz.token_set_ratio(a.lower(), b.lower()) >= 85


def _any_match(xs: Sequence[str], ys: Sequence[str]) -> bool:
    return any(names_match(x, y) for x in xs for y in ys)


def _km(a: dict[str, Any] | None, b: dict[str, Any] | None) -> float:
    if not a or not b or a.get("lat") is None or b.get("lat") is None:
        return math.inf
    from sitrep.merge.index import haversine_km

    return haversine_km(a["lat"], a["lon"], b["lat"], b["lon"])


def _bcubed(gold: dict[str, str], pred: dict[str, str]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 of a clustering of items (item -> cluster id)."""
    items = list(gold)
    if not items:
        return 0.0, 0.0, 0.0
    by_g: dict[str, set[str]] = {}
    by_p: dict[str, set[str]] = {}
    for it in items:
        by_g.setdefault(gold[it], set()).add(it)
        by_p.setdefault(pred.get(it, f"single:{it}"), set()).add(it)
    p = r = 0.0
    for it in items:
        g, q = by_g[gold[it]], by_p[pred.get(it, f"single:{it}")]
        both = len(g & q)
        p += both / len(q)
        r += both / len(g)
    p, r = p / len(items), r / len(items)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _figure_found(fig: dict[str, Any], predicted: Sequence[dict[str, Any]]) -> bool:
    v = fig["value"]
    for f in predicted:
        if f.get("min") == v.get("min") and f.get("max") == v.get("max") and _any_match(f.get("claimed_by", []), fig.get("claimed_by", [])):
            return True
    return False


def _contested_found(gold: dict[str, Any], predicted: Sequence[dict[str, Any]]) -> bool:
    for c in predicted:
        if c.get("field") != gold["field"]:
            continue
        free = list(range(len(c.get("positions", []))))
        ok = True
        for pos in gold["positions"]:
            hit = next((i for i in free if _any_match(c["positions"][i].get("claimed_by", []), pos.get("claimed_by", []))), None)
            if hit is None:
                ok = False
                break
            free.remove(hit)
        if ok:
            return True
    return False


def _value_match(field: str, gold: Any, pred: Any) -> bool:
    if field in ("killed", "injured") and isinstance(gold, dict):
        return isinstance(pred, dict) and gold.get("min") == pred.get("min") and gold.get("max") == pred.get("max")
    if field in ("killed", "injured"):  # a phrase, as in a denial of "reports of fatalities"
        return isinstance(pred, str) and names_match(str(gold), pred)
    if field == "date":
        return str(gold)[:10] == str(pred)[:10]
    gv = gold if isinstance(gold, str) else json.dumps(gold)
    pv = pred if isinstance(pred, str) else (pred.get("name", "") if isinstance(pred, dict) else str(pred))
    return names_match(gv, pv)


def _url_key(url: str | None) -> str:
    return (url or "").rstrip("/")


def score(gold_incidents: Sequence[dict[str, Any]], predicted: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """Metrics of predicted incidents (plain dicts as ``sitrep merge --format json`` prints
    them: ``articles`` with ``url``, ``event_type``, ``date``, ``location``, ``killed``,
    ``injured``, ``contested``, ``claims``) against gold incidents in the dev.json schema."""
    gold_of: dict[str, str] = {}
    for g in gold_incidents:
        for a in g["articles"]:
            gold_of[_url_key(a["url"])] = g["id"]
    pred_of: dict[str, str] = {}
    for i, p in enumerate(predicted):
        for a in p.get("articles", []):
            pred_of[_url_key(a.get("url") if isinstance(a, dict) else a)] = str(p.get("id", i))
    bp, br, bf = _bcubed(gold_of, pred_of)
    by_id = {str(p.get("id", i)): p for i, p in enumerate(predicted)}
    n = len(gold_incidents)
    type_ok = date_ok = place_ok = 0
    counts = {"killed": [0, 0], "injured": [0, 0], "contested": [0, 0], "claims": [0, 0]}
    missing: list[str] = []
    for g in gold_incidents:
        gi = g["gold_incident"]
        urls = [_url_key(a["url"]) for a in g["articles"]]
        votes: dict[str, int] = {}
        for u in urls:
            if u in pred_of:
                votes[pred_of[u]] = votes.get(pred_of[u], 0) + 1
        match = by_id[max(votes, key=lambda k: votes[k])] if votes else {}
        ok_types = {gi.get("event_type"), *gi.get("acled_sub_event_type_also_ok", [])}
        type_ok += match.get("event_type") in ok_types
        date_ok += bool(match.get("date")) and str(match.get("date"))[:10] == gi.get("date")
        place_ok += _km(match.get("location"), gi.get("location")) <= 50.0
        for fld in ("killed", "injured"):
            gold_figs = (gi.get(fld) or {}).get("figures", [])
            pred_figs = (match.get(fld) or {}).get("figures", [])
            counts[fld][1] += len(gold_figs)
            counts[fld][0] += sum(_figure_found(f, pred_figs) for f in gold_figs)
        for c in gi.get("contested", []):
            counts["contested"][1] += 1
            counts["contested"][0] += _contested_found(c, match.get("contested", []))
        for a in g["articles"]:
            u = _url_key(a["url"])
            holder = by_id.get(pred_of.get(u, ""), {})
            mine = [c for c in holder.get("claims", []) if _url_key(c.get("article")) == u]
            for gc in a.get("claims", []):
                if gc["field"] not in CLAIM_FIELDS:
                    continue
                counts["claims"][1] += 1
                found = any(
                    c.get("field") == gc["field"] and names_match(str(c.get("claimed_by", "")), gc["claimed_by"])
                    and _value_match(gc["field"], gc["value"], c.get("value"))
                    and (c.get("modality") == "denied") == (gc.get("polarity") == "denied")
                    for c in mine)
                counts["claims"][0] += found
                if not found:
                    missing.append(_claim_label(a["url"], gc))

    def ratio(k: str) -> float | None:
        found, total = counts[k]
        return round(found / total, 4) if total else None

    return {
        "incidents_gold": n,
        "incidents_predicted": len(predicted),
        "articles": len(gold_of),
        "bcubed_precision": round(bp, 4),
        "bcubed_recall": round(br, 4),
        "bcubed_f1": round(bf, 4),
        "event_type_accuracy": round(type_ok / n, 4) if n else None,
        "date_accuracy": round(date_ok / n, 4) if n else None,
        "place_accuracy": round(place_ok / n, 4) if n else None,
        "killed_figure_recall": ratio("killed"),
        "injured_figure_recall": ratio("injured"),
        "contested_recall": ratio("contested"),
        "claim_recall": ratio("claims"),
        "counts": {k: {"found": v[0], "total": v[1]} for k, v in counts.items()},
        "claims_missing": missing,
    }


def _claim_label(url: str, claim: dict[str, Any]) -> str:
    """A gold claim no predicted claim matched, as one line: where, what, whose."""
    denied = " (denied)" if claim.get("polarity") == "denied" else ""
    value = json.dumps(claim.get("value"), ensure_ascii=False)
    return f"{url}: {claim['field']} {value}{denied} claimed by {claim.get('claimed_by')!r}"


def load_incidents(path: Path) -> list[dict[str, Any]]:
    """The gold incidents of a file in the dev.json schema (E040 when missing)."""
    path = Path(path)
    if not path.exists():
        raise InputError("E040", path=str(path))
    return json.loads(path.read_text(encoding="utf-8"))["incidents"]


def run_incidents(path: Path, *, options: Options | None = None, seed: int = 0, limit: int | None = None,
                  predictions: Path | None = None) -> dict[str, Any]:
    """Analyse every article of ``path`` in shuffled order, merge, score."""
    from sitrep.api import get_pipeline
    from sitrep.ingest.readers import make_article
    from sitrep.merge import merge_reports
    from sitrep.model import Report, to_dict

    options = options or Options()
    gold = load_incidents(path)
    if limit is not None:
        gold = gold[:limit]
    items = [a for g in gold for a in g["articles"]]
    random.Random(seed).shuffle(items)
    articles = []
    for a in items:
        try:
            articles.append(make_article(a["text"], options=options, title=a.get("title"), published=a.get("date") or None,
                                         outlet=a.get("outlet"), url=a.get("url"), origin=a.get("url") or "bench"))
        except InputError as err:  # one unreadable article must not stop the benchmark
            log.warning("skipped %s: %s", a.get("url"), err.message)
    reports = [r for r in get_pipeline(options).run(articles) if isinstance(r, Report)]
    incidents = [to_dict(i) for i in merge_reports(reports)]
    if predictions is not None:
        Path(predictions).write_text(json.dumps(incidents, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    metrics = score(gold, incidents)
    metrics["seed"] = seed
    metrics["skipped"] = len(items) - len(reports)
    return metrics
