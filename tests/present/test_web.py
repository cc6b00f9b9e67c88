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


# Hostile requests: every answer is a typed error in the same JSON shape, never a bare 500.

def _error(resp):
    body = resp.json()
    assert set(body) == {"error"}, body
    return resp.status_code, body["error"]["code"]


def test_a_body_over_the_limit_is_refused_before_it_is_read():
    from sitrep.config import Options

    client = TestClient(create_app(Options(max_bytes=1000)))
    assert _error(client.post("/api/analyze", json={"text": "x " * 2500})) == (413, "E003")

    def chunks():  # no Content-Length: counted as it streams in
        for _ in range(10):
            yield b"x" * 300

    resp = client.post("/api/analyze", content=chunks(), headers={"content-type": "application/json"})
    assert _error(resp) == (413, "E003") and "more than 1000" in resp.json()["error"]["message"]


@pytest.mark.parametrize("body, headers", [
    (b'{"text": "Police \xff\xfe arrested"}', {"content-type": "application/json"}),  # not UTF-8
    (b'{"text": ', {"content-type": "application/json"}),  # cut
    (STORY.encode(), {"content-type": "text/plain"}),  # not JSON at all
    (b"[1, 2]", {"content-type": "application/json"}),  # not an object
])
def test_a_body_that_is_no_json_object_is_a_400(client, body, headers):
    resp = client.post("/api/analyze", content=body, headers=headers)
    assert _error(resp) == (400, "E014")


def test_a_body_that_is_not_utf8_is_named_so(client):
    resp = client.post("/api/analyze", content=b'{"text": "Police \xe9 arrested"}', headers={"content-type": "application/json"})
    assert _error(resp) == (400, "E014") and "not UTF-8 (byte 17)" in resp.json()["error"]["message"]


def test_routes_and_methods_that_do_not_exist_answer_in_the_error_shape(client):
    assert _error(client.get("/api/nope")) == (404, "E014")
    assert _error(client.get("/api/analyze")) == (405, "E014")


@pytest.mark.parametrize("published", ["2999-01-01", "0001-01-01"])
def test_an_implausible_publication_date_is_a_400(client, published):
    resp = client.post("/api/analyze", json={"text": STORY, "published": published})
    assert _error(resp) == (400, "E017")


def test_a_web_address_instead_of_a_story_is_a_422(client):
    assert _error(client.post("/api/analyze", json={"text": "https://example.com/news/a-story"})) == (422, "E015")


def test_an_offset_past_any_table_is_a_400(db):
    client = TestClient(create_app(db=db))
    assert _error(client.get("/api/tables/events", params={"offset": 10**20})) == (400, "E014")
    assert _error(client.get("/api/incidents", params={"offset": 10**20})) == (400, "E014")


def test_a_bug_is_a_typed_500(monkeypatch):
    import sitrep.api

    def broken(options):
        raise RuntimeError("a bug")

    monkeypatch.setattr(sitrep.api, "get_pipeline", broken)
    client = TestClient(create_app(), raise_server_exceptions=False)
    assert _error(client.post("/api/analyze", json={"text": STORY})) == (500, "E099")


@pytest.mark.model
def test_unpaired_surrogates_in_the_json_are_replaced_not_a_500(client):
    body = '{"text": "Police arrested 14 protesters \\ud800 in Nairobi on Tuesday.", "title": "A\\udc00B"}'
    resp = client.post("/api/analyze", content=body, headers={"content-type": "application/json"})
    assert resp.status_code == 200
    assert "\ufffd" in resp.json()["article"]["text"] and resp.json()["article"]["title"] == "A\ufffdB"
