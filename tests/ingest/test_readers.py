import datetime as dt
import io
import json
import logging
from dataclasses import replace

import pytest

from sitrep.examples import files as example_files
from sitrep.ingest.readers import count_documents, parse_published, read_paths, split_title
from sitrep.model import Article, Skip


def by_origin(items):
    return {(i.origin.rsplit("/", 1)[-1]): i for i in items}


def test_split_title():
    assert split_title("Title\n\nStory.\n\nMore.") == ("Title", "Story.\n\nMore.")
    assert split_title("No title line\nStory continues.") == (None, "No title line\nStory continues.")


@pytest.mark.parametrize("text", ["One-line story of a shelling.\n", "One-line story of a shelling.\r\n", "\nOne-line story of a shelling. \n"])
def test_a_one_line_story_is_a_story_not_a_title_over_nothing(text):
    title, story = split_title(text)
    assert title is None and story.strip() == "One-line story of a shelling."


def test_a_one_line_story_from_stdin_is_analysed(options):
    line = b"Police fired tear gas at hundreds of protesters in the capital on Saturday, the interior ministry said.\n"
    [a] = read_paths(["-"], options, stdin=io.BytesIO(line))
    assert isinstance(a, Article) and a.title is None and a.text.startswith("Police fired")


def test_parse_published(caplog):
    assert parse_published("2024-05-14") == dt.date(2024, 5, 14)
    assert parse_published("2024-05-15T09:30:00Z") == dt.date(2024, 5, 15)
    assert parse_published(None) is None
    with caplog.at_level(logging.WARNING):
        assert parse_published("14 May 2024", "x") is None
    assert "E" in caplog.text or "invalid date" in caplog.text


def test_txt_article(tmp_path, options, story):
    p = tmp_path / "a.txt"
    p.write_text("A title\n\nBy Jane Doe\n\n" + story + "\n", encoding="utf-8")
    [a] = read_paths([p], replace(options, published=dt.date(2024, 1, 2), outlet="Default Outlet"))
    assert isinstance(a, Article)
    assert a.title == "A title" and a.text == story and a.removed == ["By Jane Doe"]
    assert a.published == dt.date(2024, 1, 2) and a.outlet == "Default Outlet"
    assert len(a.id) == 16 and a.origin == str(p)


def test_same_content_same_id(tmp_path, options, story):
    (tmp_path / "a.txt").write_text("T\n\n" + story, encoding="utf-8")
    (tmp_path / "b.txt").write_text("T\n\n\n" + story.replace("\n\n", "\n\n\n") + "\n\nShare this article\n", encoding="utf-8")
    a, b = read_paths([tmp_path / "a.txt", tmp_path / "b.txt"], options)
    assert a.id == b.id


def test_stdin(options, story):
    [a] = read_paths(["-"], options, stdin=io.BytesIO(("Title\n\n" + story).encode()))
    assert a.origin == "stdin" and a.title == "Title"


def test_examples_all_read(options):
    items = list(read_paths([p.parent for p in example_files()][:1], options))
    assert items and all(isinstance(i, Article) for i in items)
    html = next(i for i in items if i.origin.endswith(".html"))
    assert html.title == "Air strike hits hospital in eastern province"
    assert html.outlet == "The Daily Ledger" and html.published == dt.date(2024, 2, 8)
    for furniture in ("Subscribe", "cookies", "Related:", "Follow us", "All rights reserved", "By Omar Said"):
        assert furniture not in html.text
    assert html.text.startswith("An air strike hit a hospital")
    wire = [i for i in items if ".jsonl:" in i.origin]
    assert [w.title for w in wire] == ["Gunmen kill four in attack on village, officials say", "Government says troops retook border town"]
    assert wire[1].published == dt.date(2024, 5, 15)


def test_bad_documents_become_skips_and_good_ones_survive(bad_docs, options):
    items = by_origin(read_paths([bad_docs], options))
    codes = {k: v.code for k, v in items.items() if isinstance(v, Skip)}
    assert codes == {
        "empty.txt": "E001",
        "blank.txt": "E001",
        "binary.txt": "E002",
        "french.txt": "E005",
        "broken.html": "E002",
        "empty.html": "E008",
        "batch.jsonl:2": "E006",
        "batch.jsonl:3": "E007",
        "batch.jsonl:4": "E006",
    }
    good = {k for k, v in items.items() if isinstance(v, Article)}
    assert good == {"good.txt", "latin1.txt", "sloppy.html", "batch.jsonl:1", "batch.jsonl:6"}
    assert items["latin1.txt"].title == "Café owner détained"
    assert "Montréal" in items["latin1.txt"].text
    assert "Subscribe" not in items["sloppy.html"].text and "Home" not in items["sloppy.html"].text
    assert items["batch.jsonl:6"].published is None  # bad date kept the article
    assert items["batch.jsonl:1"].outlet == "Wire"


def test_explicit_unsupported_and_missing_paths(tmp_path, options, bad_docs):
    a, b = read_paths([bad_docs / "notes.pdf", tmp_path / "missing.txt"], options)
    assert (a.code, b.code) == ("E010", "E009")


def test_non_english_allowed_when_asked(bad_docs, options):
    [a] = read_paths([bad_docs / "french.txt"], replace(options, require_english=False))
    assert isinstance(a, Article)


def test_huge_file_is_skipped_without_reading(tmp_path, options, monkeypatch):
    big = tmp_path / "big.txt"
    with big.open("wb") as fh:
        fh.seek(50 * 1024 * 1024 - 1)
        fh.write(b"\n")
    import pathlib

    def boom(self, *a, **k):  # reading the file at all would be a failure of the size check
        raise AssertionError("file was read")

    monkeypatch.setattr(pathlib.Path, "read_bytes", boom)
    [s] = read_paths([big], options)
    assert isinstance(s, Skip) and s.code == "E003" and "52428800 bytes" in s.reason


def test_huge_jsonl_line_is_skipped_and_rest_read(tmp_path, options, story):
    p = tmp_path / "big.jsonl"
    with p.open("w", encoding="utf-8") as fh:
        fh.write(json.dumps({"text": "x " * 600_000}) + "\n")
        fh.write(json.dumps({"title": "ok", "text": story}) + "\n")
    first, second = read_paths([p], replace(options, max_bytes=100_000))
    assert first.code == "E003" and isinstance(second, Article) and second.origin.endswith(":2")


def test_too_long_after_cleaning(tmp_path, options, story):
    p = tmp_path / "long.txt"
    p.write_text("T\n\n" + story, encoding="utf-8")
    [s] = read_paths([p], replace(options, max_chars=50))
    assert s.code == "E013"


def test_count_documents(bad_docs):
    assert count_documents([bad_docs]) == 9 + 6


@pytest.mark.parametrize("name", ["shelling.txt", "protest.txt", "ceasefire.txt"])
def test_example_txt_has_title_and_drops_furniture(name, options):
    path = next(p for p in example_files() if p.name == name)
    [a] = read_paths([path], options)
    assert a.title and a.removed
    assert all(line not in a.text for line in a.removed)


def test_jsonl_record_id_is_kept_as_the_callers_id(tmp_path, options, story, caplog):
    p = tmp_path / "ids.jsonl"
    rows = [{"id": " wire-0042 ", "text": story}, {"id": 17, "text": story + " More."},
            {"id": {"nested": 1}, "text": story + " Again."}, {"text": story + " Last."}]
    p.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        a, b, c, d = read_paths([p], options)
    assert (a.external_id, b.external_id, c.external_id, d.external_id) == ("wire-0042", "17", None, None)
    assert a.id != "wire-0042" and len(a.id) == 16  # sitrep's own id stays the content hash
    assert any("neither text nor a whole number" in r.message for r in caplog.records)


def test_txt_has_no_callers_id(tmp_path, options, story):
    p = tmp_path / "a.txt"
    p.write_text(story, encoding="utf-8")
    [a] = read_paths([p], options)
    assert a.external_id is None


def test_json_lines_on_stdin_are_read_as_records(options):
    story = "Police fired tear gas at hundreds of protesters in the capital on Saturday, the interior ministry said."
    lines = [json.dumps({"text": story, "id": "a"}), "{broken", json.dumps({"text": story + " Two.", "id": "b", "title": "T"})]
    items = list(read_paths(["-"], options, stdin=io.BytesIO(("\n".join(lines) + "\n").encode())))
    assert [(type(i).__name__, i.origin) for i in items] == [("Article", "stdin:1"), ("Skip", "stdin:2"), ("Article", "stdin:3")]
    assert items[0].external_id == "a" and items[2].title == "T" and items[0].text == story


def test_a_story_that_starts_with_a_brace_on_stdin_is_a_story(options):
    text = b"{Editor's note: updated} Police fired tear gas at hundreds of protesters in the capital on Saturday."
    [a] = read_paths(["-"], options, stdin=io.BytesIO(text))
    assert isinstance(a, Article) and a.text.startswith("{Editor's note")


@pytest.mark.parametrize("text", ["One-line story of a shelling.\n\n", "One-line story of a shelling.\r\n\r\n",
                                  "One-line story of a shelling.\n\n  \n"])
def test_a_one_line_story_and_blank_lines_is_a_story(text):
    title, story = split_title(text)
    assert title is None and story.strip() == "One-line story of a shelling."


STDIN_STORY = "Police fired tear gas at protesters in the capital on Saturday, witnesses said, and arrested dozens."


@pytest.mark.parametrize("data", [
    json.dumps({"text": STDIN_STORY, "title": "Tear gas"}, indent=2).encode(),        # jq . art.json | sitrep analyze -
    json.dumps([{"text": STDIN_STORY, "title": "Tear gas"}]).encode(),                 # one array on one line
    ("\n" + json.dumps([{"text": STDIN_STORY, "title": "Tear gas"}], indent=1)).encode(),
    (json.dumps({"text": STDIN_STORY, "title": "Tear gas"}) + "\n").encode("utf-16"),  # UTF-16 JSON Lines with a BOM
    (json.dumps({"text": STDIN_STORY, "title": "Tear gas"}) + "\n").encode("utf-32"),  # UTF-32 with a BOM
    (json.dumps({"text": STDIN_STORY, "title": "Tear gas"}) + "\n").encode("utf-32-be"),  # and without one
])
def test_json_on_stdin_over_many_lines_or_in_utf16_is_read_as_records(options, data):
    [a] = read_paths(["-"], options, stdin=io.BytesIO(data))
    assert isinstance(a, Article) and a.title == "Tear gas" and a.text == STDIN_STORY


def test_broken_json_document_on_stdin_is_one_skip(options):
    data = json.dumps({"text": STDIN_STORY}, indent=2).encode()[:-3]
    [s] = read_paths(["-"], options, stdin=io.BytesIO(data))
    assert s.code == "E006" and s.origin == "stdin"


def test_json_lines_on_stdin_stream_as_they_arrive(options):
    import os
    import threading

    r, w = os.pipe()
    first_read = threading.Event()
    streamed = []

    def produce():
        with os.fdopen(w, "wb", buffering=0) as fh:
            fh.write((json.dumps({"text": STDIN_STORY}) + "\n").encode())
            streamed.append(first_read.wait(5))  # `tail -f feed | sitrep ingest -`: no more comes for now
            fh.write((json.dumps({"text": STDIN_STORY + " Two."}) + "\n").encode())

    threading.Thread(target=produce, daemon=True).start()
    with os.fdopen(r, "rb") as stdin:
        items = []
        for item in read_paths(["-"], options, stdin=stdin):
            items.append(item)
            first_read.set()
    assert streamed == [True] and [type(i) for i in items] == [Article, Article]
