"""Incidents for programs: JSON and GeoJSON (the Rich text view is ``incident_detail``).

The JSON of an incident is :func:`sitrep.model.to_dict` of the record, one shape
whatever the flags; GeoJSON has one Point feature per located incident, with the
ranges, figures and contested fields as properties (incidents without coordinates
are kept with ``geometry: null``, as RFC 7946 allows).
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sitrep.model import Incident, to_dict

__all__ = ["incident_dict", "incidents_geojson"]


def incident_dict(incident: Incident) -> dict[str, Any]:
    return to_dict(incident)


def incidents_geojson(incidents: Sequence[Incident]) -> dict[str, Any]:
    """A FeatureCollection: one feature per incident."""
    features = []
    for inc in incidents:
        props = to_dict(inc)
        loc = inc.location
        geometry = None
        if loc is not None and loc.lat is not None and loc.lon is not None:
            geometry = {"type": "Point", "coordinates": [loc.lon, loc.lat]}
        features.append({"type": "Feature", "id": inc.id, "geometry": geometry, "properties": props})
    return {"type": "FeatureCollection", "features": features}
