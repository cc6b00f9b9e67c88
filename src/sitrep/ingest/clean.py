"""Clean a raw story: drop page furniture, keep paragraphs, keep the words as written.

The rules live in ``sitrep/data/boilerplate.yaml`` (teasers, bylines, credits,
share/subscribe/cookie furniture). Cleaning works line by line, so the story's own
sentences are never rewritten; only whitespace inside a line is normalised.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

__all__ = ["Rule", "Rules", "load_rules", "clean_text", "content_hash", "dateline_agency", "DATELINE", "DATELINE_NAME"]

_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_ZERO_WIDTH = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff]")
_SENTENCE_END = re.compile(r"""[.!?…]["'”’)\]]*$""")
_WORD = re.compile(r"\S+")


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    max_words: int | None = None
    open_end: bool = False

    def matches(self, line: str, n_words: int) -> bool:
        if self.max_words is not None and n_words > self.max_words:
            return False
        if self.open_end and _SENTENCE_END.search(line):
            return False
        return self.pattern.search(line) is not None


@dataclass(frozen=True, slots=True)
class Rules:
    lines: tuple[Rule, ...]
    trailing: tuple[Rule, ...]


def _rule(entry: dict) -> Rule:
    return Rule(
        name=str(entry["name"]),
        pattern=re.compile(entry["pattern"], re.IGNORECASE),
        max_words=entry.get("max_words"),
        open_end=bool(entry.get("open_end", False)),
    )


@lru_cache(maxsize=1)
def load_rules() -> Rules:
    """The boilerplate rules from the packaged data file (parsed once per process)."""
    raw = yaml.safe_load(resources.files("sitrep").joinpath("data", "boilerplate.yaml").read_text(encoding="utf-8"))
    return Rules(
        lines=tuple(_rule(e) for e in raw.get("lines", [])),
        trailing=tuple(_rule(e) for e in raw.get("trailing", [])),
    )


def _normalise_line(line: str) -> str:
    return _SPACES.sub(" ", _ZERO_WIDTH.sub("", line)).strip()


def clean_text(raw: str, rules: Rules | None = None) -> tuple[str, list[str]]:
    """The cleaned story and the boilerplate lines removed from it.

    Paragraphs stay separated by one blank line; single line breaks inside a
    paragraph are kept; runs of spaces/tabs collapse to one space.
    """
    rules = rules or load_rules()
    text = raw.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    kept: list[str] = []
    removed: list[str] = []
    for raw_line in text.split("\n"):
        line = _normalise_line(raw_line)
        if not line:
            if kept and kept[-1] != "":
                kept.append("")
            continue
        n_words = len(_WORD.findall(line))
        if any(rule.matches(line, n_words) for rule in rules.lines):
            removed.append(line)
            continue
        for rule in rules.trailing:
            m = rule.pattern.search(line)
            if m and m.start() > 0:
                removed.append(line[m.start():].strip())
                line = line[: m.start()].rstrip()
        kept.append(line)
    while kept and kept[-1] == "":
        kept.pop()
    return "\n".join(kept), removed


def content_hash(title: str | None, text: str) -> str:
    """Stable id of an article: sha1 of title and cleaned text, 16 hex characters."""
    h = hashlib.sha1()
    h.update((title or "").strip().encode("utf-8"))
    h.update(b"\n\n")
    h.update(text.encode("utf-8"))
    return h.hexdigest()[:16]


# "NIAMEY, Jan 11 (Reuters) - ...": a dateline, its place in capitals, a day or a state after a
# comma, the agency in brackets ("Agence France-Presse", "AT&T News"), then a dash. The one
# pattern of a dateline: ingest reads the outlet from it, the place and actor stages its spans.
_DATELINE_PLACE = r"[A-Z][A-Z'.-]+(?: [A-Z][A-Z'.-]+){0,2}"
# A long country, its words capitalised but for "of", "the", "and" ("Democratic Republic of the
# Congo", "Papua New Guinea"), then a day written as a date ("June 12", "Nov. 12, 2026", "12 June"),
# or none: "GOMA, Democratic Republic of Congo, June 12 (Reuters) -". Not a list of names and what
# they did ("NATO, Britain and France, on Monday - agreed", "MSF, Doctors Without Borders, said -").
_LONG_STATE = r"[A-Z][a-z'.-]+(?: (?:of|the|and|[A-Z][a-z'.-]+)){1,5}"
_DATELINE_DAY = r"(?:[A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?|\d{1,2} [A-Z][a-z]{2,8}\.?(?: \d{4})?)"
_DATELINE_REST = (rf"(?:,[^\n]{{1,25}}?|, {_LONG_STATE}(?:, {_DATELINE_DAY})?)?\s*"
                  r"(?:\((?P<agency>[A-Z][\w .&'-]{0,30}?)\)\s*)?(?:--|—|–|-)")
DATELINE = re.compile(rf"(?P<place>{_DATELINE_PLACE}){_DATELINE_REST}\s")
"""A whole dateline opening a line: "BEIRUT, May 3 (Reuters) - ", "COLUMBUS, Ohio -- "."""
DATELINE_NAME = re.compile(rf"(?:^|(?<=\n)|(?<=\. ))(?P<name>{_DATELINE_PLACE})(?={_DATELINE_REST})")
"""The place name of a dateline, at a line's head or after a sentence ("... said. BEIRUT (AP) -")."""


def dateline_agency(text: str) -> str | None:
    """The agency a dateline at the head of the story names in brackets ("KYIV, Feb 20 (Eastern
    Europe Wire) -" -> "Eastern Europe Wire"): the outlet that filed it, where the input names none."""
    m = DATELINE.match(text.lstrip())
    return " ".join(m.group("agency").split()) if m and m.group("agency") else None
