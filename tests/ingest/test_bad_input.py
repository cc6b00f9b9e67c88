"""Hostile input to the readers: every document becomes an Article or a Skip with its
reason, nothing stops the batch, nothing is silently dropped (no model is loaded here)."""
from __future__ import annotations

import datetime as dt
import json
import logging
import os
from dataclasses import replace

import pytest

from sitrep.errors import ConfigError, InputError
from sitrep.ingest import checks, readers
from sitrep.ingest.readers import count_documents, published_date, read_paths
from sitrep.model import Article, Skip


def kinds(items):
    return [(type(i).__name__, getattr(i, "code", None)) for i in items]


def test_utf16_jsonl_with_a_bom_is_read_line_by_line(tmp_path, options, story):
    p = tmp_path / "u16.jsonl"
    rows = [{"text": story, "id": "a"}, {"text": story + " More.", "id": "b"}]
    p.write_bytes("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode("utf-16"))
    a, b = read_paths([p], options)
    assert (a.text, a.external_id, b.external_id) == (story, "a", "b")
    assert a.origin.endswith("u16.jsonl:1") and b.origin.endswith("u16.jsonl:2")


def test_broken_utf16_is_read_with_replacement_characters(tmp_path, options, story, caplog):
    cut = tmp_path / "cut.txt"
    cut.write_bytes(("Title\n\n" + story).encode("utf-16") + b"A")  # an odd number of bytes
    noise = tmp_path / "noise.txt"
    noise.write_bytes(b"\xff\xfe" + bytes(range(256)) * 3 + b"\x00")  # a BOM, then bytes with unpaired surrogates
    with caplog.at_level(logging.WARNING):
        a, b = read_paths([cut, noise], options)
    assert isinstance(a, Article) and a.title == "Title" and a.text.startswith(story[:40])
    assert "not valid UTF-16" in caplog.text
    assert isinstance(b, (Article, Skip))  # read or skipped, never a crash of the batch


def test_unpaired_surrogates_are_replaced_and_the_file_goes_on(tmp_path, options, story, caplog):
    p = tmp_path / "s.jsonl"
    escaped = json.dumps(story)[1:-1]
    p.write_text('{"text": "Crowds \\ud800 gathered. ' + escaped + '", "title": "A\\udc00B"}\n'
                 + json.dumps({"text": story}) + "\n", encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        a, b = read_paths([p], options)
    assert a.text.startswith("Crowds \ufffd gathered.") and a.title == "A\ufffdB"
    a.text.encode("utf-8")  # writable anywhere downstream
    assert isinstance(b, Article) and "unpaired surrogate" in caplog.text


@pytest.mark.parametrize("value, kind", [(42, "a number"), (["a", "b"], "a list"), ({"t": 1}, "an object"), (True, "a boolean")])
def test_a_text_of_the_wrong_type_says_so(tmp_path, options, story, value, kind):
    p = tmp_path / "t.jsonl"
    p.write_text(json.dumps({"text": value}) + "\n" + json.dumps({"text": story}) + "\n", encoding="utf-8")
    bad, good = read_paths([p], options)
    assert bad.code == "E016" and kind in bad.reason and isinstance(good, Article)


def test_a_null_text_is_a_missing_text(tmp_path, options):
    p = tmp_path / "n.jsonl"
    p.write_text(json.dumps({"text": None}) + "\n", encoding="utf-8")
    [s] = read_paths([p], options)
    assert s.code == "E007"


@pytest.mark.parametrize("text", ["https://www.example.com/world/a-story-2024-05-14/", "  www.example.org/x \n\n http://example.net/y  "])
def test_a_web_address_instead_of_a_story(tmp_path, options, text):
    p = tmp_path / "url.txt"
    p.write_text(text, encoding="utf-8")
    [s] = read_paths([p], options)
    assert s.code == "E015" and "does not fetch" in s.reason


@pytest.mark.parametrize("text", ["Links\nhttps://example.com/a\nhttps://example.com/b\n",
                                  "https://example.com/a\nsee also\nwww.example.org/b\nhtp:/example.net/c\n"])
def test_a_list_of_web_addresses_with_a_stray_line_is_no_story(text):
    with pytest.raises(InputError) as info:
        checks.check_not_url(text)
    assert info.value.code == "E015" and "https://example.com/a" in info.value.message


def test_a_story_that_cites_a_web_address_is_a_story(story):
    checks.check_not_url("Police fired tear gas at protesters in the capital.\nhttps://example.com/a\nhttps://example.com/b")

    checks.check_not_url("Read more at https://example.com/a. " + story)
    checks.check_not_url("https://example.com/a\n\n" + story)


def test_url_check_does_not_backtrack():
    checks.check_not_url("http://" + "xhttp://" * 500 + " tail")  # returns at once: not only addresses


@pytest.mark.parametrize("value", ["2999-01-01", "9999-12-31", "0001-01-01", "1899-12-31"])
def test_implausible_record_dates_are_left_empty(tmp_path, options, story, value, caplog):
    p = tmp_path / "d.jsonl"
    p.write_text(json.dumps({"text": story, "published": value}) + "\n", encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        [a] = read_paths([p], replace(options, published=dt.date(2024, 5, 1)))
    assert a.published == dt.date(2024, 5, 1)  # the run's default, not the placeholder
    assert "implausible publication date" in caplog.text


def test_published_date_bounds():
    today = dt.date.today()
    assert published_date(today + dt.timedelta(days=1)) == today + dt.timedelta(days=1)  # a time zone ahead
    assert published_date("1900-01-01T00:00:00Z") == dt.date(1900, 1, 1)
    for bad, code in [(today + dt.timedelta(days=2), "E017"), ("0001-01-01", "E017"), ("last week", "E011"), ("2024-02-30", "E011")]:
        with pytest.raises(ConfigError) as info:
            published_date(bad)
        assert info.value.code == code


def test_an_empty_jsonl_file_is_one_skip(tmp_path, options):
    (tmp_path / "e.jsonl").write_bytes(b"")
    (tmp_path / "blank.jsonl").write_text("\n  \n\n", encoding="utf-8")
    a, b = read_paths([tmp_path / "e.jsonl", tmp_path / "blank.jsonl"], options)
    assert (a.code, b.code) == ("E001", "E001") and a.origin.endswith("e.jsonl")


def test_a_binary_file_renamed_jsonl_is_one_skip(tmp_path, options):
    p = tmp_path / "image.jsonl"
    p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\n" + bytes(range(256)) * 8 + b"\n" + bytes(300))
    assert kinds(read_paths([p], options)) == [("Skip", "E002")]


def test_a_corrupt_line_in_a_text_jsonl_costs_only_itself(tmp_path, options, story):
    p = tmp_path / "mixed.jsonl"
    p.write_bytes(b"\x00\x01\x02garbage\n" + json.dumps({"text": story}).encode() + b"\n")
    assert kinds(read_paths([p], options)) == [("Skip", "E002"), ("Article", None)]


def test_an_unreadable_folder_is_a_skip_not_a_silent_loss(tmp_path, options, story, monkeypatch):
    root = tmp_path / "feed"
    (root / "locked").mkdir(parents=True)
    (root / "locked" / "a.txt").write_text("T\n\n" + story, encoding="utf-8")
    (root / "b.txt").write_text("T\n\n" + story + " More.", encoding="utf-8")
    real = os.scandir

    def scandir(path="."):
        if os.fspath(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    items = list(read_paths([root], options))
    assert kinds(items) == [("Article", None), ("Skip", "E009")]
    assert items[1].origin.endswith("locked") and "Permission denied" in items[1].reason
    assert count_documents([root]) == 2


def test_broken_links_and_link_loops_in_a_folder_are_skips(tmp_path, options, story):
    (tmp_path / "ok.txt").write_text("T\n\n" + story, encoding="utf-8")
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    (tmp_path / "l1.txt").symlink_to(tmp_path / "l2.txt")
    (tmp_path / "l2.txt").symlink_to(tmp_path / "l1.txt")
    items = {i.origin.rsplit("/", 1)[-1]: i for i in read_paths([tmp_path], options)}
    assert {k: getattr(v, "code", None) for k, v in items.items()} == {"gone.txt": "E009", "l1.txt": "E009", "l2.txt": "E009", "ok.txt": None}


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_pipe_named_txt_is_skipped_not_read(tmp_path, options):
    os.mkfifo(tmp_path / "pipe.txt")
    os.mkfifo(tmp_path / "pipe.jsonl")
    a, b = read_paths([tmp_path / "pipe.txt", tmp_path / "pipe.jsonl"], options)  # reading either would block
    assert (a.code, b.code) == ("E009", "E009") and "not a regular file" in a.reason
    assert count_documents([tmp_path]) == 2


@pytest.mark.parametrize("name", ["x" * 5000 + ".txt", "x" * 5000 + ".jsonl", "nul\x00byte.txt"])
def test_impossible_paths_are_skips(options, name):
    [s] = read_paths([name], options)
    assert s.code == "E009"


def test_one_path_given_as_a_string(tmp_path, options, story):
    p = tmp_path / "a.txt"
    p.write_text("T\n\n" + story, encoding="utf-8")
    assert kinds(read_paths(str(p), options)) == [("Article", None)]
    assert count_documents(str(p)) == 1


def test_a_bug_in_one_document_does_not_end_the_batch(tmp_path, options, story, monkeypatch, caplog):
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text(f"{name}\n\n{story}", encoding="utf-8")
    real = readers._from_txt

    def flaky(data, origin, opts):
        if origin.endswith("b.txt"):
            raise RuntimeError("boom")
        return real(data, origin, opts)

    monkeypatch.setattr(readers, "_from_txt", flaky)
    with caplog.at_level(logging.ERROR):
        items = list(read_paths([tmp_path], options))
    assert kinds(items) == [("Article", None), ("Skip", "E099"), ("Article", None)]
    assert "RuntimeError: boom" in items[1].reason and "boom" in caplog.text


def test_a_bug_in_one_jsonl_record_does_not_end_the_file(tmp_path, options, story, monkeypatch):
    p = tmp_path / "r.jsonl"
    p.write_text("".join(json.dumps({"text": f"{story} {k}."}) + "\n" for k in range(3)), encoding="utf-8")
    real = readers.make_article

    def flaky(text, **kw):
        if kw["origin"].endswith(":2"):
            raise KeyError("boom")
        return real(text, **kw)

    monkeypatch.setattr(readers, "make_article", flaky)
    assert kinds(read_paths([p], options)) == [("Article", None), ("Skip", "E099"), ("Article", None)]


@pytest.mark.parametrize("text, code", [
    ("Nouvelles\n\n" + "La police a arrêté au moins 40 personnes mardi après que des milliers de manifestants "
     "ont marché sur le parlement pour protester contre la hausse des prix, selon des témoins.", "E005"),
    ("新闻\n\n" + "警方周二逮捕了至少四十人，此前数千名示威者游行至议会，抗议燃油价格上涨，目击者说。" * 3, "E005"),
    ("  \n\t\n   \n", "E001"),
])
def test_non_english_and_blank_files(tmp_path, options, text, code):
    p = tmp_path / "x.txt"
    p.write_text(text, encoding="utf-8")
    [s] = read_paths([p], options)
    assert s.code == code


def test_one_long_line_without_spaces_is_too_long_not_a_hang(tmp_path, options):
    p = tmp_path / "line.txt"
    p.write_bytes(b"A" * 20_000)
    [s] = read_paths([p], replace(options, max_chars=10_000))
    assert s.code == "E013"
    [s] = read_paths([p], replace(options, max_bytes=10_000))
    assert s.code == "E003"


def test_a_record_field_of_the_wrong_type_is_left_out_with_a_warning(tmp_path, options, story, caplog):
    p = tmp_path / "fields.jsonl"
    p.write_text(json.dumps({"text": story, "title": ["Clashes"], "outlet": {"name": "AP"}, "url": 5}) + "\n")
    with caplog.at_level(logging.WARNING):
        [a] = read_paths([p], options)
    assert isinstance(a, Article) and a.title is None and a.url is None
    for said in ("title is a list", "outlet is an object", "url is a number"):
        assert said in caplog.text


def test_utf16_jsonl_without_a_bom_is_read_line_by_line(tmp_path, options, story, caplog):
    p = tmp_path / "u16.jsonl"
    lines = [json.dumps({"text": story, "id": "a"}), "{broken", json.dumps({"text": story + " Two.", "id": "b"})]
    p.write_bytes("\r\n".join(lines).encode("utf-16-le"))
    with caplog.at_level(logging.WARNING):
        items = list(read_paths([p], options))
    assert [(type(i).__name__, getattr(i, "external_id", None) or getattr(i, "code", None)) for i in items] == [
        ("Article", "a"), ("Skip", "E006"), ("Article", "b")]
    assert "UTF-16-LE" in caplog.text


def test_a_line_nested_too_deeply_costs_only_itself(tmp_path, options, story):
    p = tmp_path / "deep.jsonl"
    deep = '{"text": ' + "[" * 100_000 + "]" * 100_000 + "}"
    p.write_text("\n".join([json.dumps({"text": story, "id": "a"}), deep, json.dumps({"text": story + " Two.", "id": "b"})]) + "\n")
    items = list(read_paths([p], options))
    assert [(type(i).__name__, getattr(i, "external_id", None) or getattr(i, "code", None)) for i in items] == [
        ("Article", "a"), ("Skip", "E006"), ("Article", "b")]
    assert "nested too deeply" in items[1].reason


@pytest.mark.parametrize("field", ["id", "published"])
def test_a_deeply_nested_id_or_date_costs_only_itself(tmp_path, options, story, caplog, field):
    nested = "[" * 300 + "]" * 300  # read, but 600 characters that a warning must not echo
    p = tmp_path / "deep.jsonl"
    p.write_text('{"text": %s, "%s": %s}\n' % (json.dumps(story), field, nested) + json.dumps({"text": story + " More."}) + "\n")
    with caplog.at_level(logging.WARNING):
        a, b = read_paths([p], options)
    assert isinstance(a, Article) and isinstance(b, Article) and a.external_id is None
    assert "a list" in caplog.text and all(len(r.getMessage()) < 400 for r in caplog.records)


def test_an_id_or_date_too_deep_to_print_is_described_not_printed(caplog):
    deep: list = []
    for _ in range(5000):
        deep = [deep]  # repr() of it raises RecursionError
    with caplog.at_level(logging.WARNING):
        assert readers.external_id(deep, "f:1") is None
        assert readers.parse_published(deep, "f:2") is None
    assert caplog.text.count("a list of 1") == 2


def test_a_long_text_id_is_not_echoed_whole(caplog):
    with caplog.at_level(logging.WARNING):
        assert readers.external_id({"x": "y" * 2000}, "f:1") is None
        assert readers.parse_published("z" * 2000, "f:2") is None
    assert all(len(r.getMessage()) < 400 for r in caplog.records)


def test_binary_that_looks_like_utf16_without_a_bom_is_one_skip(tmp_path, options):
    import random

    rng = random.Random(2)
    p = tmp_path / "samples.jsonl"  # 16-bit numbers under 256, renamed: every other byte zero
    p.write_bytes(b"".join(rng.randint(1, 255).to_bytes(2, "little") for _ in range(4000)))
    [s] = read_paths([p], options)
    assert s.code == "E002" and s.origin == str(p)


def test_an_archive_whose_bytes_look_like_utf16_without_a_bom_is_one_skip(tmp_path, options, story):
    import io
    import zipfile

    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", compression=zipfile.ZIP_STORED) as z:  # stored: the UTF-16 inside shows
        z.writestr("doc.txt", ((story + "\n") * 30).encode("utf-16-le"))
    p = tmp_path / "renamed.jsonl"
    p.write_bytes(bio.getvalue())
    [s] = read_paths([p], options)
    assert s.code == "E002" and s.origin == str(p)


def test_one_line_of_utf16_without_a_bom_that_is_no_json_is_still_e006(tmp_path, options):
    p = tmp_path / "one.jsonl"
    p.write_bytes('{"text": "Police fired tear gas at protesters in the capital", oops}\n'.encode("utf-16-le"))
    [s] = read_paths([p], options)
    assert s.code == "E006"


@pytest.mark.parametrize("codec", ["utf-32", "utf-32-le", "utf-32-be"])
def test_utf32_text_and_jsonl_are_read_not_skipped_as_binary(tmp_path, options, story, caplog, codec):
    txt = tmp_path / "u32.txt"
    txt.write_bytes(("Title\n\n" + story).encode(codec))
    rows = tmp_path / "u32.jsonl"
    rows.write_bytes("".join(json.dumps({"text": story, "id": i}) + "\n" for i in ("a", "b")).encode(codec))
    with caplog.at_level(logging.WARNING):
        a, b, c = read_paths([txt, rows], options)
    assert (a.title, a.text, b.external_id, c.external_id, c.text) == ("Title", story, "a", "b", story)
    assert (codec.upper() in caplog.text) == (codec != "utf-32")  # a notice where no byte order mark names it
