"""Incidents in the store: incremental attach equals the batch merge; reading back; export."""
from __future__ import annotations

import datetime as dt
import io
import json
import random

import pytest

from sitrep.errors import ConfigError
from sitrep.merge import IncidentIndex
from sitrep.model import ArticleRef, Figure, IncidentMention, Location, Party
from sitrep.store.duck import Store
from sitrep.store.incidents import IncidentWriter, attach_mention

HARGEISA = Location("Hargeisa", "SOM", "Woqooyi Galbeed", 9.56, 44.06, "city")
BERBERA = Location("Berbera", "SOM", "Saaxil", 10.44, 45.01, "city")  # about 140 km away
GAROWE = Location("Garowe", "SOM", "Nugaal", 8.41, 48.48, "city")
KISUMU = Location("Kisumu", "KEN", "Kisumu", -0.10, 34.76, "city")
SOMALIA = Location("Somalia", "SOM", None, 6.0, 47.0, "country")


def mention(n: int, date: str | None, loc: Location | None, *, inferred: bool = False, killed: int | None = None,
            claimer: str = "reporter", title: str = "", outlet: str = "Outlet", family: str = "violence",
            update: bool = False) -> IncidentMention:
    url = f"https://example.org/{n}"
    figs = [Figure("killed", killed, killed, "exact", [claimer], [url], update=update)] if killed is not None else []
    day = dt.date.fromisoformat(date) if date else None
    return IncidentMention(id=f"a{n}#1", article=ArticleRef(id=f"a{n}", url=url, outlet=outlet, title=title, published=day),
                           family=family, date=day, date_inferred=inferred, location=loc, figures=figs,
                           perpetrators=[Party("gunmen", claimed_by=[claimer])], signature=title)


def _articles(store: Store, mentions: list[IncidentMention]) -> None:
    store._begin()
    for m in mentions:
        store.con.execute("INSERT INTO articles (id, content_hash, text) VALUES (?, ?, ?)", [m.article.id, m.article.id, "x"])


@pytest.fixture
def store(tmp_path):
    s = Store(tmp_path / "i.duckdb")
    yield s
    s.close()


def test_revised_toll_joins_and_two_weeks_later_opens_another(store):
    ms = [mention(1, "2023-03-05", HARGEISA, killed=6, claimer="police", title="Blast kills six in Hargeisa"),
          mention(2, "2023-03-07", HARGEISA, inferred=True, killed=9, claimer="police", title="Hargeisa blast toll rises to nine",
                  update=True),
          mention(3, "2023-03-19", HARGEISA, killed=2, title="Blast in Hargeisa kills two")]
    _articles(store, ms)
    ids = [attach_mention(store.con, m) for m in ms]
    assert ids[0] == ids[1] != ids[2]
    store.commit()
    first = store.incident(ids[0])
    assert [a.id for a in first.articles] == ["a1", "a2"]
    assert (first.killed.low, first.killed.high) == (9, 9)  # the toll rose: the earlier figure of an unnamed source is outdated
    assert [f.superseded for f in first.killed.figures] == [True, False]
    row = store.con.execute("SELECT n_articles, killed_low, country, first_published, last_published FROM incidents WHERE id = ?",
                            [ids[0]]).fetchone()
    assert row == (2, 9, "SOM", dt.date(2023, 3, 5), dt.date(2023, 3, 7))


def test_attach_is_idempotent(store):
    ms = [mention(1, "2023-03-05", HARGEISA, killed=6), mention(2, "2023-03-05", HARGEISA, killed=6)]
    _articles(store, ms)
    for m in ms:
        attach_mention(store.con, m)
    before = store.con.execute("SELECT * FROM incidents ORDER BY seq").fetchall()
    assert attach_mention(store.con, ms[1]) == before[0][0]
    assert store.con.execute("SELECT * FROM incidents ORDER BY seq").fetchall() == before
    assert store.counts()["incident_mentions"] == 2


def _stream(seed: int) -> list[IncidentMention]:
    """Mentions of a few incidents, some repeated by other outlets, some undated or unplaced, shuffled."""
    rng = random.Random(seed)
    places = [HARGEISA, BERBERA, GAROWE, KISUMU, SOMALIA, None]
    out = []
    for n in range(60):
        day = dt.date(2023, 3, 1) + dt.timedelta(days=rng.randrange(0, 40))
        date = None if rng.random() < 0.15 else day.isoformat()
        killed = rng.choice([None, 2, 3, 5, 8])
        out.append(mention(n, date, rng.choice(places), inferred=rng.random() < 0.3, killed=killed,
                           title=rng.choice(["Blast kills civilians", "Gunmen attack market", "Clashes in town", ""]),
                           family=rng.choice(["violence", "violence", "protest"])))
    return out


@pytest.mark.parametrize("seed, keep", [(0, False), (1, False), (2, True), (3, True)])
def test_incremental_attach_gives_the_batch_ids(store, seed, keep):
    """Every mention loads its block from the store (one-off writers), or a writer keeps parsed mentions."""
    ms = _stream(seed)
    batch = IncidentIndex()
    expected = [batch.add(m) for m in ms]
    _articles(store, ms)
    got = []
    writer = IncidentWriter(store.con)
    for k, m in enumerate(ms):
        got.append(writer.attach_mention(m) if keep else attach_mention(store.con, m))
        if k % 17 == 0:
            store.commit()  # later runs read what earlier ones committed
    assert got == expected
    assert len(set(expected)) == len(batch) > 10  # the stream really has many incidents
    stored = {iid: inc for iid, inc in ((i.id, i) for i in store.incidents())}
    for iid in batch.ids():
        want = batch.incident(iid)
        assert [a.id for a in stored[iid].articles] == [a.id for a in want.articles]
        assert stored[iid].killed == want.killed


def test_since_and_unknown_id(store):
    ms = [mention(1, "2023-03-05", HARGEISA), mention(2, "2023-04-20", KISUMU), mention(3, None, None)]
    _articles(store, ms)
    for m in ms:
        attach_mention(store.con, m)
    assert [i.location.name for i in store.incidents(since=dt.date(2023, 4, 1))] == ["Kisumu"]
    assert len(list(store.incidents())) == 3
    with pytest.raises(ConfigError) as e:
        store.incident("I000")
    assert e.value.code == "E035"


def test_geojson_export_keeps_incidents_without_coordinates(store, tmp_path):
    ms = [mention(1, "2023-03-05", HARGEISA, killed=4), mention(2, "2023-03-26", None, title="Unplaced report")]
    _articles(store, ms)
    for m in ms:
        attach_mention(store.con, m)
    buf = io.StringIO()
    assert store.export("incidents", "geojson", buf) == 2
    fc = json.loads(buf.getvalue())
    geoms = [f["geometry"] for f in fc["features"]]
    assert geoms[0] == {"type": "Point", "coordinates": [44.06, 9.56]} and geoms[1] is None
    props = fc["features"][0]["properties"]
    assert props["killed"]["low"] == 4 and props["killed"]["figures"][0]["claimed_by"] == ["reporter"]
    out = tmp_path / "incidents.csv"
    assert store.export("incidents", "csv", out) == 2
    assert "killed_low" in out.read_text().splitlines()[0]


def test_arrests_escapes_and_the_place_basis_have_columns(store, tmp_path):
    from dataclasses import replace

    m = mention(1, "2023-03-05", replace(HARGEISA, basis="dateline"), killed=2)
    m.figures.append(Figure("arrested", 12, 12, "exact", ["police"], ["https://example.org/1"], of="protesters"))
    _articles(store, [m])
    iid = attach_mention(store.con, m)
    store.commit()
    row = store.con.execute("SELECT arrested_low, arrested_high, escaped_low, place_basis FROM incidents WHERE id = ?", [iid]).fetchone()
    assert row == (12, 12, None, "dateline")
    out = tmp_path / "incidents.csv"
    assert store.export("incidents", "csv", out) == 1
    assert {"arrested_low", "escaped_high", "place_basis"} <= set(out.read_text().splitlines()[0].split(","))


@pytest.fixture
def filled(tmp_path):
    path = tmp_path / "c.duckdb"
    ms = [mention(1, "2023-03-05", HARGEISA, killed=6, claimer="police", outlet="Coast Wire", title="Blast kills six"),
          mention(2, "2023-03-05", HARGEISA, killed=11, claimer="hospital staff", outlet="Horn Daily", title="Blast kills eleven"),
          mention(3, "2023-04-20", KISUMU, family="protest", title="Protest in Kisumu")]
    with Store(path) as s:
        _articles(s, ms)
        ids = [attach_mention(s.con, m) for m in ms]
    return path, ids


def test_cli_incidents_and_incident(filled):
    from typer.testing import CliRunner

    from sitrep.cli import app

    path, ids = filled
    runner = CliRunner()
    res = runner.invoke(app, ["incidents", "--db", str(path), "--format", "json"])
    assert res.exit_code == 0, res.output
    assert [i["id"] for i in json.loads(res.stdout)] == [ids[0], ids[2]]
    res = runner.invoke(app, ["incidents", "--db", str(path), "--since", "2023-04-01", "--format", "json"])
    assert [i["id"] for i in json.loads(res.stdout)] == [ids[2]]
    res = runner.invoke(app, ["incidents", "--db", str(path), "--format", "geojson"])
    assert len(json.loads(res.stdout)["features"]) == 2
    res = runner.invoke(app, ["incidents", "--db", str(path)])
    assert res.exit_code == 0 and ids[0] in res.stdout and "Kisumu" in res.stdout
    res = runner.invoke(app, ["incident", ids[0], "--db", str(path)])
    assert res.exit_code == 0, res.output
    text = " ".join(res.stdout.split())
    # both tolls, each with its claimer and outlet, contested with the claimers per position
    assert "6 - claimed by police; in Coast Wire" in text and "11 - claimed by hospital staff; in Horn Daily" in text
    assert "contested killed 6: police 11: hospital staff" in text
    assert "2023-03-05 Coast Wire" in text and "gunmen named by police, hospital staff" in text
    res = runner.invoke(app, ["incident", ids[0], "--db", str(path), "--format", "json"])
    assert json.loads(res.stdout)["killed"]["low"] == 6
    res = runner.invoke(app, ["incident", "I123", "--db", str(path)])
    assert res.exit_code == 2 and "E035" in res.output
    res = runner.invoke(app, ["incidents", "--db", str(path / "missing")])
    assert res.exit_code == 2 and "E030" in res.output
    res = runner.invoke(app, ["export", "--db", str(path), "--table", "incident_mentions", "--format", "json"])
    assert [r["incident_id"] for r in json.loads(res.stdout)] == [ids[0], ids[0], ids[2]]


def test_web_incidents(filled):
    from fastapi.testclient import TestClient

    from sitrep.present.web import create_app

    path, ids = filled
    client = TestClient(create_app(db=path))
    body = client.get("/api/incidents").json()
    assert body["total"] == 2 and [i["id"] for i in body["incidents"]] == [ids[0], ids[2]]
    body = client.get("/api/incidents", params={"since": "2023-04-01"}).json()
    assert body["total"] == 1 and body["incidents"][0]["location"]["name"] == "Kisumu"
    one = client.get(f"/api/incidents/{ids[0]}").json()
    assert sorted(a["outlet"] for a in one["articles"]) == ["Coast Wire", "Horn Daily"]
    missing = client.get("/api/incidents/I123")
    assert missing.status_code == 404 and missing.json()["error"]["code"] == "E035"
    assert client.get("/api/incidents", params={"since": "March"}).status_code == 400
    assert client.get("/api/tables").json()["incidents"] == 2
    assert client.get("/api/tables/incidents").json()["rows"][0]["killed_high"] == 11


def test_a_store_file_from_before_incidents_reads_as_empty(tmp_path):
    import duckdb

    path = tmp_path / "old.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE articles (id VARCHAR PRIMARY KEY, content_hash VARCHAR, text VARCHAR)")
    con.close()
    with Store(path, read_only=True) as s:
        assert s.counts()["incidents"] == 0 and list(s.incidents()) == []
        with pytest.raises(ConfigError):
            s.incident("I1")


def test_a_report_that_cannot_be_attached_stays_stored_and_the_run_goes_on(tmp_path, monkeypatch, caplog):
    import sitrep.store.incidents
    from sitrep.api import ingest_paths
    from sitrep.config import Options
    from sitrep.examples import sample_report

    report = sample_report()

    def broken(report):
        raise ValueError("no mentions today")

    monkeypatch.setattr(sitrep.store.incidents, "mentions_from_report", broken)
    monkeypatch.setattr("sitrep.api._run_lazily", lambda items, **kw: iter([report]))
    monkeypatch.setattr("sitrep.ingest.readers.read_paths", lambda *a, **kw: iter([]))
    with Store(tmp_path / "b.duckdb") as s:
        summary = ingest_paths(["x"], store=s, options=Options())
        assert summary.stored == 1 and s.counts()["articles"] == 1 and s.counts()["incidents"] == 0
    assert "E036" in caplog.text and "no mentions today" in caplog.text


def test_a_stored_report_reads_back_whole(store):
    from sitrep.examples import sample_report
    from sitrep.model import to_dict

    report = sample_report()
    store.write(report)
    back = store.report(report.article.id)
    assert back is not None and back.events and back.quotes and back.places and back.actors
    assert to_dict(back) == to_dict(report)
    assert store.report("nope") is None


def test_a_batch_whose_incident_rows_fail_to_flush_keeps_its_articles(tmp_path, monkeypatch, caplog):
    from sitrep.api import ingest_paths
    from sitrep.config import Options
    from sitrep.examples import sample_report
    from sitrep.model import Skip

    report = sample_report()
    skip = Skip(origin="bad.bin", code="E002", reason="binary content")
    real_flush = IncidentWriter.flush
    calls = {"n": 0}

    def failing_once(self):
        calls["n"] += 1
        if calls["n"] == 1 and self._new_mentions:
            raise RuntimeError("disk full while writing incident rows")
        return real_flush(self)

    monkeypatch.setattr(IncidentWriter, "flush", failing_once)
    monkeypatch.setattr("sitrep.api._run_lazily", lambda items, **kw: iter([report, skip]))
    monkeypatch.setattr("sitrep.ingest.readers.read_paths", lambda *a, **kw: iter([]))
    with Store(tmp_path / "c.duckdb") as s:
        summary = ingest_paths(["x"], store=s, options=Options())
        counts = s.counts()
        assert summary.stored == 1 and counts["articles"] == 1 and counts["skips"] == 1
        assert counts["incidents"] == 0 and counts["incident_mentions"] == 0
        assert s.attach_pending() == 1  # the backfill attaches what the failed flush left out
        s.commit()
        assert s.counts()["incidents"] == 1
    assert "E037" in caplog.text and "disk full" in caplog.text


def test_the_contested_fields_column_names_the_group_of_each_contest():
    """Two contests of one field, the hurt officers and the hurt protesters, export as two labels, not "injured"
    once (review of m10, S3)."""
    from sitrep.model import Incident, IncidentContested, Position
    from sitrep.store.incidents import DDL, incident_row

    inc = Incident(id="X", event_type="Violent demonstration", contested=[
        IncidentContested("injured", [Position("9", ["county governor"]), Position("15", ["police"])], group="officers"),
        IncidentContested("injured", [Position("42", ["organisers"]), Position("60", ["Red Cross"])], group="protesters"),
        IncidentContested("perpetrator", [Position("RSF", ["army"]), Position("not RSF", ["RSF"])])])
    columns = [c.split()[0] for c in " ".join(DDL["incidents"].split()).split(", ")]
    row = dict(zip(columns, incident_row(inc, seq=1, n_mentions=2)))
    assert row["contested_fields"] == "injured (officers); injured (protesters); perpetrator"
