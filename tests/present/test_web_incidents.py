"""The incidents view of the web page: the HTML is served and the endpoints return what it reads."""
from __future__ import annotations

import datetime as dt
import re

import pytest
from fastapi.testclient import TestClient

from sitrep.model import ArticleRef, Figure, IncidentMention, Location, Party
from sitrep.present.web import create_app
from sitrep.store.duck import Store

TOWN = Location("Kismayo", "SOM", "Lower Juba", -0.36, 42.55, "city")
OTHER = Location("Kisumu", "KEN", "Kisumu", -0.10, 34.76, "city")


def _mention(n: int, day: str, loc: Location, killed: int, claimer: str, outlet: str, *, blamed: str = "militants",
             denied_by: list[str] | None = None, url: str | None = None) -> IncidentMention:
    url = url if url is not None else f"https://news.example/{n}"
    d = dt.date.fromisoformat(day)
    return IncidentMention(
        id=f"a{n}#1", article=ArticleRef(id=f"a{n}", url=url, outlet=outlet, title=f"Attack report {n}", published=d),
        family="violence", acled_event_type="Violence against civilians", acled_sub_event_type="Attack", event="ASSAULT", date=d, location=loc,
        figures=[Figure("killed", killed, killed, "exact", [claimer], [url])],
        perpetrators=[Party(blamed, claimed_by=[claimer], denied_by=denied_by or [])], signature=f"Attack report {n}")


@pytest.fixture
def db(tmp_path):
    ms = [_mention(1, "2024-02-03", TOWN, 7, "police", "Wire A"),
          _mention(2, "2024-02-04", TOWN, 12, "hospital officials", "Wire B"),
          _mention(3, "2024-02-04", TOWN, 7, "police", "Wire C", url="javascript:alert(1)"),
          _mention(4, "2024-05-20", OTHER, 2, "reporter", "Wire D")]
    path = tmp_path / "inc.duckdb"
    with Store(path) as store:
        store._begin()
        for m in ms:
            store.con.execute("INSERT INTO articles (id, content_hash, text) VALUES (?, ?, ?)", [m.article.id, m.article.id, "x"])
            store._incidents.attach_mention(m)
    return path


def _shown(tmp_path, client: TestClient, node: str, iid: str) -> dict:
    """The page script run by node (page_harness.js) on the app's page, its list and the detail of incident
    ``iid`` fed from the app's own API answers: what the page shows."""
    import json
    import subprocess
    from pathlib import Path

    page = tmp_path / "page.html"
    page.write_text(client.get("/").text, encoding="utf-8")
    listing = client.get("/api/incidents", params={"limit": 50, "offset": 0})
    feed = {"page": str(page), "hash": f"#incident={iid}",
            "responses": {"/api/incidents?limit=50&offset=0": {"status": 200, "body": listing.json()},
                          f"/api/incidents/{iid}": {"status": 200, "body": client.get(f"/api/incidents/{iid}").json()}}}
    out = subprocess.run([node, str(Path(__file__).parent / "page_harness.js")], input=json.dumps(feed), capture_output=True,
                         text=True, timeout=60, check=True)
    return json.loads(out.stdout)


def test_page_has_an_incidents_view_that_reads_the_api_safely(db):
    page = TestClient(create_app(db=db)).get("/").text
    assert 'id="incidents-view"' in page and "/api/incidents?" in page and "/api/incidents/${encodeURIComponent(id)}" in page
    script = page.split("<script>", 1)[1]
    assert "innerHTML" not in script and "insertAdjacentHTML" not in script and "document.write" not in script
    assert not re.search(r"<script[^>]+src=|<link[^>]+href=\"?https?:", page)  # no CDN
    # links only for http(s) urls
    assert 'x.protocol === "http:" || x.protocol === "https:"' in script


def test_list_pages_and_filters_with_the_fields_the_page_shows(db):
    client = TestClient(create_app(db=db))
    body = client.get("/api/incidents", params={"limit": 1}).json()
    assert body["total"] == 2 and body["offset"] == 0 and len(body["incidents"]) == 1
    first = body["incidents"][0]
    assert first["location"]["name"] == "Kismayo" and first["date_range"] == ["2024-02-03", "2024-02-04"]
    assert (first["killed"]["low"], first["killed"]["high"]) == (7, 12)
    assert len(first["articles"]) == 3
    assert "killed" in {c["field"] for c in first["contested"]}
    second = client.get("/api/incidents", params={"limit": 1, "offset": 1}).json()["incidents"]
    assert [i["location"]["name"] for i in second] == ["Kisumu"]
    since = client.get("/api/incidents", params={"since": "2024-03-01"}).json()
    assert since["total"] == 1 and since["incidents"][0]["id"] == second[0]["id"]
    assert client.get("/api/incidents", params={"limit": 0}).status_code == 400


def test_detail_has_claimers_outlets_and_articles(db):
    client = TestClient(create_app(db=db))
    iid = client.get("/api/incidents").json()["incidents"][0]["id"]
    inc = client.get(f"/api/incidents/{iid}").json()
    figs = {(f["min"], tuple(f["claimed_by"])): f for f in inc["killed"]["figures"]}
    assert set(figs) == {(7, ("police",)), (12, ("hospital officials",))}
    urls = {a["url"]: a["outlet"] for a in inc["articles"]}
    assert {urls[u] for u in figs[(7, ("police",))]["articles"]} == {"Wire A", "Wire C"}  # the page maps figure urls to outlets
    (killed,) = [c for c in inc["contested"] if c["field"] == "killed"]
    assert {tuple(p["claimed_by"]) for p in killed["positions"]} == {("police",), ("hospital officials",)}
    assert inc["perpetrators"][0]["name"] == "militants" and set(inc["perpetrators"][0]["claimed_by"]) >= {"police"}
    assert sorted(a["published"] for a in inc["articles"]) == ["2024-02-03", "2024-02-04", "2024-02-04"]
    missing = client.get("/api/incidents/I000000000000")
    assert missing.status_code == 404 and missing.json()["error"]["code"] == "E035"


def test_incidents_without_a_database_say_so():
    resp = TestClient(create_app()).get("/api/incidents")
    assert resp.status_code == 404 and resp.json()["error"]["code"] == "E030"


def test_page_script_renders_the_list_and_one_incident(db, tmp_path):
    """The page's own script, run by Node over a minimal DOM, fed the real API answers."""
    import shutil

    node = shutil.which("node")
    if node is None:
        pytest.skip("node is not installed")
    client = TestClient(create_app(db=db))
    listing = client.get("/api/incidents", params={"limit": 50, "offset": 0})
    iid = listing.json()["incidents"][0]["id"]
    shown = _shown(tmp_path, client, node, iid)
    assert shown["analyseHidden"] and not shown["incidentsHidden"]
    assert "Kismayo" in shown["list"] and "Kisumu" in shown["list"] and "7–12" in shown["list"]
    assert shown["page"] == "1–2 of 2"
    detail_text = shown["detail"]
    for expected in ("hospital officials", "Wire A", "Wire C", "militants", "2024-02-03", "killed"):
        assert expected in detail_text
    links = {link["text"]: link["href"] for link in shown["links"]}
    assert links["Attack report 1"] == "https://news.example/1"
    assert "Attack report 3" not in links  # a javascript: url is shown as text, never as a link
    assert "Attack report 3" in detail_text


def test_page_script_shows_arrests_and_escapes_beside_the_tolls(tmp_path):
    """A jailbreak's escapers and the arrests after it are figures of the incident as its dead are: the list has
    their ranges in columns of their own, the detail their views and figure rows with claimers."""
    import shutil

    node = shutil.which("node")
    if node is None:
        pytest.skip("node is not installed")
    m = _mention(1, "2024-02-03", TOWN, 2, "police", "Wire A")
    m.figures += [Figure("escaped", 40, 40, "about", ["prison director"], [m.article.url], of="inmates"),
                  Figure("arrested", 12, 12, "exact", ["police"], [m.article.url], of="escaped inmates")]
    path = tmp_path / "inc.duckdb"
    with Store(path) as store:
        store._begin()
        store.con.execute("INSERT INTO articles (id, content_hash, text) VALUES (?, ?, ?)", ["a1", "a1", "x"])
        store._incidents.attach_mention(m)
    client = TestClient(create_app(db=path))
    listing = client.get("/api/incidents", params={"limit": 50, "offset": 0})
    (inc,) = listing.json()["incidents"]
    assert (inc["escaped"]["low"], inc["arrested"]["low"]) == (40, 12)  # the API's record has them
    shown = _shown(tmp_path, client, node, inc['id'])
    assert "arrested" in shown["list"] and "escaped" in shown["list"]
    assert re.search(r"\b2\s+12\s+40\s+1\b", shown["list"]), shown["list"]  # killed, arrested, escaped, articles
    detail = shown["detail"]
    assert "arrested: low 12, high 12" in detail and "escaped: low 40, high 40" in detail, detail
    assert "40 about inmates" in detail and "prison director" in detail and "12 exact escaped inmates" in detail, detail


def test_page_script_labels_the_contests_of_each_group_and_shows_a_sum(tmp_path):
    """The injured of two groups contested apart (police's officers, the protesters' count) are two contests of one
    field: the list and the detail name the group of each; one claimer's counts of two groups show their sum."""
    import shutil

    a = _mention(1, "2024-02-03", TOWN, 2, "police", "Wire A")
    b = _mention(2, "2024-02-03", TOWN, 2, "police", "Wire B")
    a.figures += [Figure("injured", 15, 15, "exact", ["police spokesman"], [a.article.url], of="officers"),
                  Figure("injured", 42, 42, "exact", ["organisers"], [a.article.url], of="protesters")]
    b.figures += [Figure("injured", 9, 9, "exact", ["county governor"], [b.article.url], of="officers"),
                  Figure("injured", 60, 60, "exact", ["Red Cross"], [b.article.url], of="protesters"),
                  Figure("arrested", 12, 12, "exact", ["police"], [b.article.url], of="protesters"),
                  Figure("arrested", 3, 3, "exact", ["police"], [b.article.url], of="journalists")]
    path = tmp_path / "inc.duckdb"
    with Store(path) as store:
        store._begin()
        for m in (a, b):
            store.con.execute("INSERT INTO articles (id, content_hash, text) VALUES (?, ?, ?)", [m.article.id, m.article.id, "x"])
            store._incidents.attach_mention(m)
    client = TestClient(create_app(db=path))
    listing = client.get("/api/incidents", params={"limit": 50, "offset": 0})
    (inc,) = listing.json()["incidents"]
    assert {(c["field"], c["group"]) for c in inc["contested"]} == {("injured", "officers"), ("injured", "protesters")}
    assert (inc["injured"]["low"], inc["injured"]["high"]) == (51, 75)  # 9-15 officers and 42-60 protesters
    assert (inc["arrested"]["low"], inc["arrested"]["high"]) == (15, 15)  # one claimer's 12 and 3
    node = shutil.which("node")  # (the API's answers above are checked without it)
    if node is None:
        pytest.skip("node is not installed")
    shown = _shown(tmp_path, client, node, inc['id'])
    assert "injured (officers), injured (protesters)" in shown["list"], shown["list"]
    detail = shown["detail"]
    assert "injured (officers)" in detail and "injured (protesters)" in detail, detail
    assert "sum of 12 protesters + 3 journalists" in detail and "part of a sum" in detail, detail
