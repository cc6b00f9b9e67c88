import csv
import io
import json
import re
from dataclasses import replace

import duckdb
import pytest

from sitrep.errors import ConfigError, StoreError
from sitrep.ingest.clean import content_hash
from sitrep.model import Place, Skip
from sitrep.store.duck import TABLES, Store




def test_write_and_counts(store, report):
    assert not store.has(report.article.id)
    assert store.write(report) is True
    store.commit()
    assert store.has(report.article.id)
    assert store.counts() == {"articles": 1, "events": 1, "quotes": 1, "places": 1, "actors": 2, "skips": 0,
                            "incidents": 0, "incident_mentions": 0}


def test_rewrite_is_a_no_op(store, report):
    store.write(report)
    assert store.write(report) is False
    store.commit()
    assert store.counts()["events"] == 1


def test_flat_and_json_columns(store, report):
    store.write(report)
    [ev] = list(store.rows("events"))
    assert ev["event"] == "ASSAULT" and ev["dead_min"] == 7 and ev["location_country"] == "SYR"
    assert ev["source_names"] == "army" and ev["date"] == "2024-03-02"
    assert ev["claims"][0]["claimed_by"]["name"] == "rebels" and ev["claims"][2]["claimed_by"] == "reporter"
    assert ev["contested"][0]["field"] == "perpetrator"
    [q] = list(store.rows("quotes"))
    assert q["speaker_name"] == "army" and q["kind"] == "direct"
    [a] = list(store.rows("articles"))
    assert a["removed"] == ["By A. Writer"] and a["content_hash"] == report.article.id
    text = a["text"]
    [p] = list(store.rows("places"))
    assert text[p["start_char"]:p["end_char"]] == p["text"]


def test_skips_recorded_once_and_cleared_when_fixed(store, report):
    skip = Skip(origin=report.article.origin, reason="empty", code="E001")
    assert store.write_skip(skip) is True
    assert store.write_skip(skip) is False
    assert store.counts()["skips"] == 1
    store.write(report)
    assert store.counts()["skips"] == 0


def test_rollback_loses_only_the_open_batch(tmp_path, report):
    path = tmp_path / "crash.duckdb"
    other = replace(report, article=replace(report.article, id="ffffffffffffffff", title="Other"))
    with pytest.raises(RuntimeError):
        with Store(path) as s:
            s.write(report)
            s.commit()
            s.write(other)
            raise RuntimeError("crash mid-batch")
    with Store(path) as s:
        assert s.has(report.article.id) and not s.has("ffffffffffffffff")


def test_foreign_key_enforced(store):
    with pytest.raises(duckdb.Error):
        store.con.execute("INSERT INTO places (article_id, idx) VALUES ('nope', 0)")


@pytest.mark.parametrize("fmt", ["csv", "json", "parquet"])
def test_export_to_files(store, report, tmp_path, fmt):
    store.write(report)
    out = tmp_path / f"events.{fmt}"
    assert store.export("events", fmt, out) == 1
    if fmt == "json":
        rows = json.loads(out.read_text())
        assert rows[0]["event"] == "ASSAULT" and isinstance(rows[0]["claims"], list)
    elif fmt == "csv":
        rows = list(csv.DictReader(out.open()))
        assert rows[0]["event"] == "ASSAULT"
    else:
        assert duckdb.connect().execute(f"SELECT count(*) FROM '{out}'").fetchone()[0] == 1


def test_export_geojson_keeps_rows_without_coordinates(store, report, tmp_path):
    first = report.places[0]
    report.places.append(Place(text=first.text, start=first.start, end=first.end))  # unresolved
    store.write(report)
    out = tmp_path / "places.geojson"
    n = store.export("places", "geojson", out)
    fc = json.loads(out.read_text())
    assert fc["type"] == "FeatureCollection" and len(fc["features"]) == n == len(report.places)
    resolved = [p for p in report.places if p.lat is not None]
    located = [f for f in fc["features"] if f["geometry"]]
    assert len(located) == len(resolved) == n - 1
    assert located[0]["geometry"]["coordinates"] == [resolved[0].lon, resolved[0].lat]
    assert located[0]["properties"]["name"] == resolved[0].name and "lat" not in located[0]["properties"]
    buf = io.StringIO()
    assert store.export("events", "geojson", buf) == 1
    assert json.loads(buf.getvalue())["features"][0]["properties"]["claims"]
    with pytest.raises(ConfigError) as e:
        store.export("quotes", "geojson", buf)
    assert e.value.code == "E034"


def test_export_to_stream(store, report):
    store.write(report)
    buf = io.StringIO()
    store.export("actors", "csv", buf)
    rows = list(csv.DictReader(io.StringIO(buf.getvalue())))
    assert [r["name"] for r in rows] == ["army", "rebels"]
    assert json.loads(rows[0]["mentions"])[0]["text"] == "the army"
    buf = io.StringIO()
    assert store.export("articles", "json", buf) == 1
    assert json.loads(buf.getvalue())[0]["title"] == "Shelling kills seven"


def test_export_errors(store, tmp_path):
    with pytest.raises(ConfigError) as e:
        store.export("nope", "csv", tmp_path / "x")
    assert e.value.code == "E031"
    with pytest.raises(ConfigError) as e:
        store.export("events", "xml", tmp_path / "x")
    assert e.value.code == "E032"
    with pytest.raises(ConfigError) as e:
        store.export("events", "parquet", io.StringIO())
    assert e.value.code == "E033"
    buf = io.StringIO()
    assert store.export("events", "json", buf) == 0 and json.loads(buf.getvalue()) == []


def test_bad_path(tmp_path):
    (tmp_path / "notadb").write_text("hello, not a database")
    with pytest.raises(StoreError) as e:
        Store(tmp_path / "notadb")
    assert e.value.code == "E030"


def test_tables_listed():
    assert set(TABLES) == {"articles", "events", "quotes", "places", "actors", "skips", "incidents", "incident_mentions"}


def test_feature_and_population_stored(store, report):
    place = replace(report.events[0].location, feature="PPL", population=12_000)
    report.places = [place]
    report.events[0].location = place
    store.write(report)
    [p] = list(store.rows("places"))
    assert (p["feature"], p["population"]) == ("PPL", 12_000)
    [ev] = list(store.rows("events"))
    assert (ev["location_feature"], ev["location_population"]) == ("PPL", 12_000)
    assert ev["location"]["population"] == 12_000


def test_store_made_before_feature_columns_gains_them(tmp_path, report):
    from sitrep.store import duck

    path = tmp_path / "old.duckdb"
    con = duckdb.connect(str(path))
    for table, cols in duck._DDL.items():  # the tables as first released
        for col, kind in duck._ADDED.get(table, ()):
            cols = re.sub(rf"{col} {kind},|,\s*{col} {kind}$", "", cols)  # (the last column has no comma after it)
        con.execute(f"CREATE TABLE {table} ({cols})")
    con.close()
    with Store(path) as s:
        assert s.write(report) is True
    with Store(path, read_only=True) as s:
        [p] = list(s.rows("places"))
        assert p["name"] == "Kafr Hamra" and "feature" in p and p["population"] is None


def test_size_stored_in_columns_and_read_back(store, report):
    from sitrep.model import Magnitude

    text = report.article.text
    report.events[0].size = Magnitude(min=500, max=500, qualifier="about", text=text[:3], start=0, end=3, unit="forces")
    store.write(report)
    [ev] = list(store.rows("events"))
    assert (ev["size_min"], ev["size_max"], ev["size_qualifier"]) == (500, 500, "about")
    assert ev["size"]["unit"] == "forces"
    back = store.report(report.article.id)
    assert back.events[0].size == report.events[0].size


def test_event_without_size_reads_back_none(store, report):
    store.write(report)
    [ev] = list(store.rows("events"))
    assert ev["size_min"] is None and ev["size"] is None
    assert store.report(report.article.id).events[0].size is None


def test_callers_id_stored_and_read_back(store, report):
    report.article.external_id = "feed-7/item-31"
    store.write(report)
    [row] = list(store.rows("articles"))
    assert row["external_id"] == "feed-7/item-31"
    assert store.report(report.article.id).article.external_id == "feed-7/item-31"


def test_store_made_before_the_callers_id_gains_it(tmp_path, report):
    from sitrep.store import duck

    path = tmp_path / "old.duckdb"
    con = duckdb.connect(str(path))
    for table, cols in duck._DDL.items():  # articles as they were before the caller's id
        con.execute(f"CREATE TABLE {table} ({cols.replace(', external_id VARCHAR', '')})")
    assert "external_id" not in [r[0] for r in con.execute("DESCRIBE articles").fetchall()]
    con.close()
    report.article.external_id = "x-1"
    with Store(path) as s:
        assert s.write(report) is True
    with Store(path, read_only=True) as s:
        [row] = list(s.rows("articles"))
        assert row["external_id"] == "x-1"


def test_a_repeated_skip_with_another_article_or_limit_replaces_its_row(store):
    """One row per (origin, code), but an E023 that repeats for edited content, or under another
    limit, records the new article id and limit (a resumed ingest looks them up)."""
    first = Skip(origin="b.txt", reason="too slow (article aaaa)", code="E023", article_id="aaaa", time_limit=1.0)
    assert store.write_skip(first) is True
    assert store.write_skip(first) is False
    again = Skip(origin="b.txt", reason="too slow (article bbbb)", code="E023", article_id="bbbb", time_limit=2.0)
    assert store.write_skip(again) is True
    [row] = list(store.rows("skips"))
    assert (row["reason"], row["article_id"], row["time_limit"]) == ("too slow (article bbbb)", "bbbb", 2.0)
    assert store.timed_out("b.txt", "bbbb").time_limit == 2.0 and store.timed_out("b.txt", "aaaa") is None
