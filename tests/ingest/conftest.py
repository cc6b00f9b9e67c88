"""Fixtures for ingest tests: options and a folder of good and bad documents."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from sitrep.config import Options

STORY = (
    "Police arrested at least 40 people on Tuesday after thousands of demonstrators marched on parliament "
    "to protest against a rise in fuel prices, witnesses said.\n\n"
    "The Interior Ministry said 12 officers were injured and that those arrested would be charged."
)
FRENCH = (
    "La police a arrêté au moins 40 personnes mardi après que des milliers de manifestants ont marché sur le "
    "parlement pour protester contre la hausse des prix du carburant, selon des témoins."
)


@pytest.fixture
def options() -> Options:
    return Options()


@pytest.fixture
def story() -> str:
    return STORY


@pytest.fixture
def bad_docs(tmp_path: Path) -> Path:
    """A folder with one good document of each kind and one bad document of each kind of failure."""
    d = tmp_path / "docs"
    d.mkdir()
    (d / "good.txt").write_text("Police arrest dozens at fuel protest\n\n" + STORY, encoding="utf-8")
    (d / "empty.txt").write_bytes(b"")
    (d / "blank.txt").write_text("\n\n   \n\t\n", encoding="utf-8")  # ("Title only\n\n" is a one-line story)
    (d / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200))
    (d / "latin1.txt").write_bytes(("Café owner détained\n\n" + STORY.replace("Police", "Police in Montréal")).encode("cp1252"))
    (d / "french.txt").write_text("Manifestation\n\n" + FRENCH, encoding="utf-8")
    (d / "broken.html").write_text("<html><body><div><p>\x00\x00</p></div>", encoding="utf-8")
    (d / "empty.html").write_text("<html><head><title>x</title></head><body><script>var a=1;</script></body></html>", encoding="utf-8")
    (d / "sloppy.html").write_text(
        "<html><head><title>Fuel protest</title><body><nav>Home | News</nav><div><p>" + STORY.replace("\n\n", "<p>")
        + "<footer>Subscribe</footer>", encoding="utf-8")
    lines = [
        json.dumps({"title": "One", "text": STORY, "published": "2024-05-14", "outlet": "Wire"}),
        "{not json",
        json.dumps({"title": "No text"}),
        json.dumps(["a", "list"]),
        "",
        json.dumps({"title": "Two", "text": STORY + "\n\nA second story differs here.", "published": "14 May 2024"}),
    ]
    (d / "batch.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (d / "notes.pdf").write_bytes(b"%PDF-1.4")
    return d
