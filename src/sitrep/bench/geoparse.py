"""``sitrep bench geoparse``: toponym recognition and resolution on LGL-style files.

Each record is ``{"id", "text", "toponyms": [{"start", "end", "lat", "lon", ...}]}``.
Scores follow Gritta et al. 2018 ("What's missing in geoparsing?"):

- recognition precision/recall/F1, with exact spans and with overlapping spans
  (each gold span matches at most one prediction);
- ``acc161_gold``: the system resolves the *gold* spans (recognition taken out of the
  picture); share within 161 km (100 miles) of the gold point;
- ``acc161_e2e``: over all gold toponyms with coordinates, share that the system both
  recognised (overlapping span) and placed within 161 km;
- mean and median error (km) and the AUC of log error on the gold spans, where an
  unresolved toponym counts as the largest possible error (20,039 km).

Toponyms without gold coordinates count for recognition only. An installable peer
(geotext with its bundled GeoNames cities15000, most populous homonym) is scored
the same way when the package is installed.
"""
from __future__ import annotations

import hashlib
import json
import logging
import math
import re
import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from sitrep.bench.data import read_jsonl as load_records
from sitrep.config import Options
from sitrep.gazetteer import haversine_km

__all__ = ["Prediction", "score", "auc_log_error", "run_geoparse", "geotext_peer"]

log = logging.getLogger(__name__)

MAX_ERROR_KM = 20039.0  # half the Earth's circumference: the error of a missing answer
ACC_KM = 161.0


@dataclass(frozen=True, slots=True)
class Prediction:
    """A span with the point chosen for it (lat/lon None when unresolved)."""

    start: int
    end: int
    lat: float | None = None
    lon: float | None = None



def _error(pred: Prediction | None, gold: dict[str, Any]) -> float:
    if pred is None or pred.lat is None or pred.lon is None:
        return MAX_ERROR_KM
    return haversine_km(pred.lat, pred.lon, gold["lat"], gold["lon"])


def auc_log_error(errors: Sequence[float]) -> float:
    """Area under the sorted ln(1 + error) curve, scaled to [0, 1] (0 = every answer exact)."""
    if not errors:
        return 0.0
    ys = [math.log1p(e) / math.log1p(MAX_ERROR_KM) for e in sorted(errors)]
    if len(ys) == 1:
        return ys[0]
    area = sum((a + b) / 2 for a, b in zip(ys, ys[1:]))
    return area / (len(ys) - 1)


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0}


def _overlap_match(golds: Sequence[dict[str, Any]], preds: Sequence[Prediction]) -> dict[int, Prediction]:
    """Gold index -> the prediction matched to it: exact span first, then the first overlap."""
    used: set[int] = set()
    out: dict[int, Prediction] = {}
    by_span = {(p.start, p.end): i for i, p in enumerate(preds)}
    for gi, g in enumerate(golds):
        pi = by_span.get((g["start"], g["end"]))
        if pi is not None and pi not in used:
            used.add(pi)
            out[gi] = preds[pi]
    for gi, g in enumerate(golds):
        if gi in out:
            continue
        for pi, p in enumerate(preds):
            if pi not in used and p.start < g["end"] and g["start"] < p.end:
                used.add(pi)
                out[gi] = p
                break
    return out


def score(
    gold: Sequence[Sequence[dict[str, Any]]],
    predicted: Sequence[Sequence[Prediction]],
    gold_resolved: Sequence[Sequence[Prediction | None]],
) -> dict[str, Any]:
    """Metrics over documents: gold toponyms, system toponyms, and the system's points for the gold spans.

    ``gold_resolved[d][i]`` is the system's answer for ``gold[d][i]`` (None when unresolved).
    """
    n_gold = n_pred = tp_exact = tp_overlap = 0
    errors: list[float] = []
    e2e_hits = e2e_total = 0
    for golds, preds, resolved in zip(gold, predicted, gold_resolved, strict=True):
        n_gold += len(golds)
        n_pred += len(preds)
        spans = {(p.start, p.end) for p in preds}
        tp_exact += sum((g["start"], g["end"]) in spans for g in golds)
        matched = _overlap_match(golds, preds)
        tp_overlap += len(matched)
        for gi, g in enumerate(golds):
            if g.get("lat") is None or g.get("lon") is None:
                continue
            errors.append(_error(resolved[gi], g))
            e2e_total += 1
            e2e_hits += _error(matched.get(gi), g) <= ACC_KM
    out: dict[str, Any] = {"docs": len(gold), "gold_toponyms": n_gold, "predicted_toponyms": n_pred}
    out["recognition_exact"] = _prf(tp_exact, n_pred, n_gold)
    out["recognition_overlap"] = _prf(tp_overlap, n_pred, n_gold)
    out["resolved_gold_toponyms"] = len(errors)
    out["acc161_gold"] = round(sum(e <= ACC_KM for e in errors) / len(errors), 4) if errors else 0.0
    out["acc161_e2e"] = round(e2e_hits / e2e_total, 4) if e2e_total else 0.0
    out["mean_error_km"] = round(statistics.fmean(errors), 1) if errors else 0.0
    out["median_error_km"] = round(statistics.median(errors), 1) if errors else 0.0
    out["auc_log_error"] = round(auc_log_error(errors), 4)
    return out


# -- data ----------------------------------------------------------------------
def _parsed_docs(nlp, texts: list[str], cache_dir: Path) -> list:
    """spaCy Docs for texts, cached as a DocBin under the cache dir (benchmarks re-run often)."""
    from spacy.tokens import DocBin

    key = hashlib.sha1("\x00".join([nlp.meta.get("name", ""), nlp.meta.get("version", ""), *texts]).encode("utf-8")).hexdigest()[:16]
    path = cache_dir / "bench" / f"docs-{key}.spacy"
    if path.exists():
        return list(DocBin().from_disk(path).get_docs(nlp.vocab))
    docs = list(nlp.pipe(texts, batch_size=32))
    path.parent.mkdir(parents=True, exist_ok=True)
    DocBin(store_user_data=False, docs=docs).to_disk(path)
    return docs


# -- the peer ------------------------------------------------------------------
@cache
def _geotext_index() -> tuple[Any, dict[str, tuple[float, float]]]:
    """geotext's own name index plus name -> point from its bundled GeoNames files."""
    from importlib import resources

    import geotext

    data = resources.files(geotext).joinpath("data")
    points: dict[str, tuple[float, float, int]] = {}
    with data.joinpath("cities15000.txt").open(encoding="utf-8") as fh:
        for line in fh:
            col = line.rstrip("\n").split("\t")
            pop = int(col[14] or 0)
            for name in {col[1], col[2]}:
                key = name.lower()
                if key and pop > points.get(key, (0, 0, -1))[2]:
                    points[key] = (float(col[4]), float(col[5]), pop)
    capitals: dict[str, tuple[float, float]] = {}
    with data.joinpath("countryInfo.txt").open(encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#"):
                continue
            col = line.rstrip("\n").split("\t")
            cap = points.get(col[5].lower())
            if cap:
                capitals[col[4].lower()] = cap[:2]
    out = {k: v[:2] for k, v in points.items()}
    out.update(capitals)
    return geotext.GeoText.index, out


_GEOTEXT_RE = re.compile(r"[A-ZÀ-Ú]+[a-zà-ú]+[ \-]?(?:d[a-u].)?(?:[A-ZÀ-Ú]+[a-zà-ú]+)*")


def geotext_peer(text: str) -> list[Prediction]:
    """geotext's city and country mentions with offsets (its own regex), most populous point."""
    index, points = _geotext_index()
    out = []
    for m in _GEOTEXT_RE.finditer(text):
        name = m.group(0).strip()
        key = name.lower()
        if key in index.countries or key in index.cities:
            pt = points.get(key)
            out.append(Prediction(m.start(), m.start() + len(name), *(pt or (None, None))))
    return out


def _peer_resolve(name: str) -> Prediction | None:
    pt = _geotext_index()[1].get(name.lower())
    return Prediction(0, 0, *pt) if pt else None


# -- the run -------------------------------------------------------------------
def run_geoparse(
    path: Path,
    *,
    limit: int | None = None,
    predictions: Path | None = None,
    peer: bool = True,
    options: Options | None = None,
) -> dict[str, Any]:
    """Score sitrep (and the geotext peer, when installed) on one file."""
    from sitrep.annotate.nlp import load_nlp
    from sitrep.extract.actors import ActorStage
    from sitrep.extract.base import Analysis
    from sitrep.extract.places import PlaceStage
    from sitrep.model import Article

    opts = options or Options()
    records = load_records(path, limit)
    nlp = load_nlp(opts.model)
    docs = _parsed_docs(nlp, [r["text"] for r in records], opts.cache_dir)
    actors, places = ActorStage(opts), PlaceStage(opts)
    golds = [r["toponyms"] for r in records]
    predicted: list[list[Prediction]] = []
    resolved: list[list[Prediction | None]] = []
    rows: list[dict[str, Any]] = []
    n_adjectival = 0
    for rec, doc in zip(records, docs):
        analysis = Analysis(article=Article(id=str(rec.get("id", "")), text=rec["text"]), doc=doc, options=opts)
        places(actors(analysis))
        adjectival = _adjectival(analysis, places.gazetteer)
        n_adjectival += len(adjectival)
        predicted.append(sorted([Prediction(p.start, p.end, p.lat, p.lon) for p in analysis.places] + [a for a, _ in adjectival], key=lambda p: p.start))
        chosen = places.resolve_spans(analysis, [(g["start"], g["end"]) for g in rec["toponyms"]])
        resolved.append([Prediction(p.start, p.end, p.lat, p.lon) if p.resolved else None for p in chosen])
        if predictions is not None:
            rows.append(
                {
                    "id": rec.get("id"),
                    "toponyms": [_place_json(p) for p in analysis.places] + [{**a, "adjectival": True} for _, a in adjectival],
                    "gold_resolved": [
                        {**_place_json(p), "gold_lat": g.get("lat"), "gold_lon": g.get("lon")} for p, g in zip(chosen, rec["toponyms"])
                    ],
                }
            )
    metrics = {"file": str(path), **score(golds, predicted, resolved), "adjectival_toponyms": n_adjectival}
    if peer:
        metrics["peer_geotext"] = _score_peer(records)
    if predictions is not None:
        with predictions.open("w", encoding="utf-8") as fh:
            for row in rows:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    return metrics


def _adjectival(analysis, gazetteer) -> list[tuple[Prediction, dict[str, Any]]]:
    """Demonyms of a country or continent: spaCy NORP entities ("Russian", "Palestinians")
    and the demonym that opens an organisation's or event's name ("the Georgian Interior
    Ministry"). sitrep keeps them as actor mentions, not places (they say who, not where); LGL counts
    them as toponyms of their country, so the benchmark scores them as such and reports
    how many there were (``adjectival_toponyms``)."""
    out = []
    taken = [(p.start, p.end) for p in analysis.places]
    for ent in analysis.doc.ents:
        if ent.label_ == "NORP":
            s, e = ent.start_char, ent.end_char
        elif ent.label_ in ("ORG", "EVENT"):  # "the Georgian Interior Ministry", "American Airlines"
            first = next((t for t in ent if t.lower_ not in ("the", "a", "an")), None)
            if first is None or first.i == ent.end - 1:
                continue
            s, e = first.idx, first.idx + len(first)
        else:
            continue
        if any(a < e and s < b for a, b in taken):
            continue
        rec = gazetteer.country_of_demonym(analysis.doc.text[s:e])
        if rec is None:
            continue
        row = {"start": s, "end": e, "text": analysis.doc.text[s:e], "resolved": True, "name": rec.name, "lat": rec.lat, "lon": rec.lon,
               "geonameid": rec.geonameid, "country": rec.country or None, "admin1": None, "kind": "country" if rec.kind == "country" else "other"}
        out.append((Prediction(s, e, rec.lat, rec.lon), row))
    return out


def _place_json(p) -> dict[str, Any]:
    return {
        "start": p.start,
        "end": p.end,
        "text": p.text,
        "resolved": p.resolved,
        "name": p.name,
        "lat": p.lat,
        "lon": p.lon,
        "geonameid": p.geonameid,
        "country": p.country,
        "admin1": p.admin1,
        "kind": p.kind,
        "feature": p.feature,
        "population": p.population,
    }


def _score_peer(records: list[dict[str, Any]]) -> dict[str, Any] | None:
    try:
        import geotext  # noqa: F401
    except ImportError:
        log.warning("geotext is not installed (pip install 'sitrep[bench]'); no peer scores")
        return None
    golds = [r["toponyms"] for r in records]
    predicted = [geotext_peer(r["text"]) for r in records]
    resolved = [[_peer_resolve(r["text"][g["start"] : g["end"]]) for g in r["toponyms"]] for r in records]
    return score(golds, predicted, resolved)
