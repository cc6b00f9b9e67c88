"""The HTTP API and web page: real analyses through FastAPI's test client."""
from __future__ import annotations

import pytest

from fastapi.testclient import TestClient

from sitrep.examples import sample_report
from sitrep.ingest.clean import content_hash
from sitrep.present.web import create_app
from sitrep.store.duck import Store

STORY = (
    "Police arrested 14 protesters in Nairobi on Tuesday after a march against fuel prices turned violent, "
    "a police spokesman said. \"They attacked officers with stones,\" the spokesman told reporters."
)


@pytest.fixture(scope="module")
def client() -> TestClient:
    return TestClient(create_app())


@pytest.fixture
def db(tmp_path):
    report = sample_report()
    report.article.id = content_hash(report.article.title, report.article.text)
    path = tmp_path / "w.duckdb"
    with Store(path) as store:
        store.write(report)
        store.commit()
    return path


def test_page_and_health(client):
    page = client.get("/")
    assert page.status_code == 200 and "POST /api/analyze" in page.text and "textContent" in page.text
    assert client.get("/api/health").json()["schema"] == "sitrep.report/1"
    assert client.get("/api/schema").json()["properties"]["schema"]


@pytest.mark.model
def test_analyze_returns_a_report_that_follows_the_text(client):
    jsonschema = pytest.importorskip("jsonschema")
    body = {"text": STORY, "title": "Protesters arrested", "published": "2024-05-09", "outlet": "Wire", "id": "wire-88"}
    resp = client.post("/api/analyze", json=body)
    assert resp.status_code == 200
    report = resp.json()
    jsonschema.validate(report, client.get("/api/schema").json())
    assert report["article"]["outlet"] == "Wire" and report["article"]["external_id"] == "wire-88"
    assert any(p["country"] == "KEN" for p in report["places"])
    assert any("attacked officers" in q["content"]["text"] for q in report["quotes"])
    text = report["article"]["text"]
    for q in report["quotes"]:
        assert text[q["content"]["start"]:q["content"]["end"]] == q["content"]["text"]


def test_bad_input_is_a_typed_client_error(client):
    empty = client.post("/api/analyze", json={"text": "   "})
    assert empty.status_code == 422 and empty.json()["error"]["code"] == "E001"
    bad_date = client.post("/api/analyze", json={"text": STORY, "published": "last week"})
    assert bad_date.status_code == 400
    assert bad_date.json()["error"]["code"] == "E014" and "published" in bad_date.json()["error"]["message"]
    assert client.post("/api/analyze", json={"title": "no text"}).status_code == 400


def test_tables_need_a_database(client):
    resp = client.get("/api/tables")
    assert resp.status_code == 404 and resp.json()["error"]["code"] == "E030"


def test_tables_read_what_ingest_stored(db):
    client = TestClient(create_app(db=db))
    assert client.get("/api/tables").json()["events"] == 1
    page = client.get("/api/tables/events", params={"limit": 5}).json()
    assert page["total"] == 1 and page["rows"][0]["event"] == "ASSAULT"
    assert client.get("/api/tables/events", params={"offset": 1}).json()["rows"] == []
    unknown = client.get("/api/tables/nope")
    assert unknown.status_code == 404 and unknown.json()["error"]["code"] == "E031"
    assert client.get("/api/tables/events", params={"limit": 0}).status_code == 400
