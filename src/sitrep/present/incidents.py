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
from sitrep.store.geojson import incident_feature

__all__ = ["incident_dict", "incidents_geojson"]


def incident_dict(incident: Incident) -> dict[str, Any]:
    return to_dict(incident)


def incidents_geojson(incidents: Sequence[Incident]) -> dict[str, Any]:
    """A FeatureCollection: one feature per incident (the features the store exports)."""
    return {"type": "FeatureCollection", "features": [incident_feature(inc) for inc in incidents]}
