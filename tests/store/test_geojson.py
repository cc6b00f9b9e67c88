"""GeoJSON features: a merged incident and a stored one export alike; rows keep a null geometry."""
from __future__ import annotations

import io
import json

from sitrep.merge import IncidentIndex
from sitrep.present.incidents import incidents_geojson
from sitrep.store.geojson import row_feature, write_features, write_incidents_geojson
from tests.store.test_store_incidents import HARGEISA, mention


def test_row_without_coordinates_keeps_a_null_geometry():
    buf = io.StringIO()
    assert write_features(map(row_feature, [{"name": "A", "lat": 9.5, "lon": 44.0}, {"name": "B", "lat": None, "lon": 3.0}]), buf) == 2
    fc = json.loads(buf.getvalue())
    assert [f["geometry"] for f in fc["features"]] == [{"type": "Point", "coordinates": [44.0, 9.5]}, None]
    assert fc["features"][1]["properties"] == {"name": "B"}


def test_streamed_incidents_are_the_features_of_the_merge_view():
    index = IncidentIndex()
    for m in (mention(1, "2023-03-05", HARGEISA, killed=4), mention(2, "2023-03-26", None, title="Unplaced report")):
        index.add(m)
    incidents = index.incidents()
    buf = io.StringIO()
    assert write_incidents_geojson(incidents, buf) == 2
    assert json.loads(buf.getvalue()) == json.loads(json.dumps(incidents_geojson(incidents)))
    assert [f["geometry"] is None for f in json.loads(buf.getvalue())["features"]] == [False, True]
