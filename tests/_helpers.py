"""Small helpers the test modules share: picking events of one kind out of a report, and
analysing a short text written for a test.

Test modules import them under the short names they have always used, e.g.
``from tests._helpers import of_kind as _of``; a helper that only one module needs stays in
that module."""
from __future__ import annotations

from collections.abc import Callable, Iterable

from sitrep.model import Article, Event, Report

__all__ = ["actors_at", "analysed", "analysed_assaults", "assaults", "events_of", "figures_of", "incident_of", "of_kind", "quote_with", "rules_only",
           "speaker_of"]


def of_kind(events: Iterable[Event], kind: str) -> list[Event]:
    """The events of one kind (``"ASSAULT"``, ``"PROTEST"``...), in their order."""
    return [e for e in events if e.event == kind]


def actors_at(report: Report, phrase: str) -> list:
    """The actors of a report with a mention inside the first ``phrase`` of its text or around it."""
    start = report.article.text.index(phrase)
    end = start + len(phrase)
    return [a for a in report.actors if any(start <= m.start < end or m.start <= start < m.end for m in a.mentions)]


def quote_with(report: Report, needle: str):
    """The first quote of a report whose content holds ``needle`` (fails listing the quotes if none)."""
    found = [q for q in report.quotes if q.content is not None and needle in q.content.text]
    assert found, [(q.speaker.text, q.content.text if q.content else None) for q in report.quotes]
    return found[0]


def speaker_of(report: Report, needle: str):
    """The speaker's name of the first quote of a report whose content holds ``needle``."""
    return quote_with(report, needle).speaker.name


def figures_of(casualties) -> set:
    """An incident field's figures as (low, qualifier) pairs."""
    return {(f.min, f.qualifier) for f in casualties.figures}


def incident_of(incidents, reports: dict[str, Report], name: str):
    """The one merged incident that holds the report of probe file ``name``."""
    (incident,) = [i for i in incidents if reports[name].article.id in [a.id for a in i.articles]]
    return incident


def events_of(report: Report, kind: str) -> list[Event]:
    """The events of one kind in a report (or an Analysis: anything with ``.events``)."""
    return of_kind(report.events, kind)


def assaults(report: Report) -> list[Event]:
    """The ASSAULT events of a report (or an Analysis)."""
    return of_kind(report.events, "ASSAULT")


def analysed_assaults(analyze: Callable[[str], Report], text: str) -> list[Event]:
    """The ASSAULT events of a text run through the ``analyze`` fixture of conftest.py."""
    return assaults(analyze(text))


def probe_reports(pipeline, folder, published: dict) -> dict[str, Report]:
    """Each probe fixture file of ``folder`` read as sitrep reads a file and analysed with its
    publication date (``published``: file name -> date), by file name."""
    from sitrep.ingest.readers import read_paths

    out = {}
    for name, day in published.items():
        (article,) = [a for a in read_paths([folder / name], pipeline.options) if isinstance(a, Article)]
        article.published = day
        out[name] = pipeline.analyze(article)
    return out


VIOLENCE = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})  # ACLED's violent types


def assert_story_only(reports: dict[str, Report], teasers: tuple[str, ...], *, by_line: bool = True) -> None:
    """No teaser line (a line opening with one of ``teasers`` and a colon), no "Reporting by" credit
    and, with ``by_line``, no "By ..." opening stays in any probe report's story; each keeps its outlet."""
    for name, report in reports.items():
        text = report.article.text
        assert not [line for line in text.splitlines() if line.split(":")[0] in teasers], name
        assert "Reporting by" not in text and not (by_line and text.startswith("By ")), name
        assert report.article.outlet, name


def analysed(pipeline, text: str) -> Report:
    """A text analysed as an untitled report published on the pipeline's date (the ``pipeline``
    fixture dates it by the module's ``PUB``)."""
    return pipeline.analyze(Article(id="t", text=text, published=pipeline.options.published))



def rules_only(published) -> Callable[[str], Report]:
    """A text analysed (titled "Report", published on ``published``) by the pipeline with the
    sub-type classifier off: what the event rules give, and nothing else."""
    from sitrep.config import Options
    from sitrep.pipeline import Pipeline

    pipe = Pipeline(Options(published=published, classify_acled=False))

    def run(text: str) -> Report:
        return pipe.analyze(Article(id="t", text=text, title="Report", published=published))
    return run


def proposed_quotes(nlp, text: str) -> list[tuple[str, str, str]]:
    """(cue, content, frame) of every quote candidate the proposer makes for ``text``, nested ones
    kept (the proposer as the filter sees it)."""
    from sitrep.extract.learned_cues import load_learned_cues
    from sitrep.extract.quotes import find_quoted, paragraph_starts
    from sitrep.extract.quotes.run import Run
    from sitrep.extract.speakers import load_cues

    doc = nlp(text)
    run = Run(text, doc, load_cues(), paragraph_starts(text), find_quoted(text), load_learned_cues(), None)
    run.keep_nested = True
    return [(text[c.cue_span[0]:c.cue_span[1]], text[c.content[0]:c.content[1]], c.frame) for c in run.candidates()]


def actor_stage_run(stage, nlp, text: str):
    """The actor stage alone on ``text`` (undated, no dateline date): its Analysis."""
    from sitrep.config import Options
    from sitrep.extract.base import Analysis

    return stage(Analysis(article=Article(id="t", text=text), doc=nlp(text), options=Options()))


def actor_of(an, phrase: str, nth: int = 0):
    """The actor of the mention that starts where ``phrase`` does (its ``nth`` occurrence)."""
    start = -1
    for _ in range(nth + 1):
        start = an.article.text.index(phrase, start + 1)
    m = next((m for m in an.mentions if m.start == start), None)
    assert m is not None, phrase
    return an.actor(m.actor_id)
