"""GeoJSON features of stored rows and of incidents, streamed as one FeatureCollection.

RFC 7946: a Point's coordinates are ``[lon, lat]``; a row or an incident without both
keeps ``geometry: null``. An incident's properties are its full record
(:func:`sitrep.model.to_dict`), so ``sitrep merge --format geojson`` (which builds its
collection from :func:`incident_feature` too) and an export of the stored incidents
give the same features. No DuckDB here: a merge without a database imports none.
"""
from __future__ import annotations

import json
from collections.abc import Iterable
from typing import IO, Any

from sitrep.model import Incident, to_dict

__all__ = ["point", "incident_feature", "row_feature", "write_features", "write_incidents_geojson"]


def point(lat: float | None, lon: float | None) -> dict[str, Any] | None:
    """A Point geometry, or None when either coordinate is missing."""
    return {"type": "Point", "coordinates": [lon, lat]} if lat is not None and lon is not None else None


def incident_feature(incident: Incident) -> dict[str, Any]:
    """One incident as a Feature: its id, its location's point, its record as properties."""
    loc = incident.location
    geometry = point(loc.lat, loc.lon) if loc is not None else None
    return {"type": "Feature", "id": incident.id, "geometry": geometry, "properties": to_dict(incident)}


def row_feature(row: dict[str, Any]) -> dict[str, Any]:
    """A table row with ``lat``/``lon`` columns as a Feature; the other columns are its properties."""
    lat, lon = row.pop("lat"), row.pop("lon")
    return {"type": "Feature", "geometry": point(lat, lon), "properties": row}


def write_features(features: Iterable[dict[str, Any]], fh: IO[str]) -> int:
    """Features streamed to ``fh`` as a FeatureCollection, one per line; features written."""
    n = 0
    fh.write('{"type": "FeatureCollection", "features": [')
    for feature in features:
        fh.write(("," if n else "") + "\n" + json.dumps(feature, ensure_ascii=False, default=str))
        n += 1
    fh.write("\n]}\n")
    return n


def write_incidents_geojson(incidents: Iterable[Incident], fh: IO[str]) -> int:
    """Incidents as a FeatureCollection streamed to ``fh`` (the features of ``sitrep merge --format geojson``)."""
    return write_features(map(incident_feature, incidents), fh)
