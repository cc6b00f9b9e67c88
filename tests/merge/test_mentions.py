"""Mentions from real (hand-written) reports through the pipeline, then merged."""
from __future__ import annotations

import datetime as dt
import json

import pytest

from sitrep.merge import merge_reports, mentions_from_report
from sitrep.merge.mentions import speaker_label

pytestmark = pytest.mark.model

STORIES = [
    ("first", "2021-05-03", "example.net/one",
     "Air strike kills at least eight at market in Idlib",
     "At least eight civilians were killed and 20 wounded when warplanes struck a vegetable market in the Syrian city of "
     "Idlib on Monday, local rescue workers said.\n\nThe opposition-run news agency blamed the Syrian government for the "
     "attack. A military spokesman said the jets had hit \"a weapons depot of terrorists\"."),
    ("update", "2021-05-06", "example.net/two",
     "Toll from Idlib market strike rises to 14",
     "The death toll from Monday's air strike on a market in Idlib has risen to 14, a monitoring group said on Thursday.\n\n"
     "The Syrian Network for Human Rights said three children were among the dead."),
    ("later", "2021-05-18", "example.net/three",
     "Shelling kills three in Idlib",
     "Three people were killed when shells hit a residential area of Idlib on Sunday, rescue workers said."),
    ("elsewhere", "2021-05-03", "example.net/four",
     "Bomb kills five at bus station in Kano",
     "Five people were killed when a bomb exploded at a bus station in the Nigerian city of Kano on Monday, police said."),
]


@pytest.fixture(scope="module")
def reports():
    from sitrep.api import get_pipeline
    from sitrep.config import Options
    from sitrep.ingest.readers import make_article

    options = Options()
    arts = [make_article(text, options=options, title=title, published=pub, url=f"https://{url}", outlet=url.split("/")[0])
            for _, pub, url, title, text in STORIES]
    return {name: r for (name, *_), r in zip(STORIES, get_pipeline(options).run(arts))}


def test_mention_carries_figures_with_claimers(reports):
    (m,) = mentions_from_report(reports["first"])
    assert m.family == "violence" and m.date == dt.date(2021, 5, 3) and not m.date_inferred
    assert m.location is not None and m.location.country == "SYR"
    killed = [(f.min, f.qualifier, f.claimed_by) for f in m.figures if f.field == "killed"]
    assert killed == [(8, "at_least", ["local rescue workers"])]


def test_follow_up_without_incident_event_still_gives_a_dated_mention(reports):
    (m,) = mentions_from_report(reports["update"])
    assert m.date == dt.date(2021, 5, 3)  # "Monday's air strike", resolved from publication
    (f,) = [f for f in m.figures if f.field == "killed"]
    assert (f.min, f.update) == (14, True)
    # "a monitoring group said ... The Syrian Network for Human Rights said": the vague source is named next
    assert f.claimed_by == ["Syrian Network for Human Rights"]


def test_merge_groups_the_update_and_keeps_the_others_apart(reports):
    order = [reports[k] for k in ("later", "update", "elsewhere", "first")]
    incidents = merge_reports(order)
    groups = sorted(sorted(a.url.rsplit("/", 1)[-1] for a in inc.articles) for inc in incidents)
    assert groups == [["four"], ["one", "two"], ["three"]]
    (strike,) = [i for i in incidents if len(i.articles) == 2]
    assert (strike.killed.low, strike.killed.high) == (14, 14)  # "has risen to 14" outdates "at least eight"
    assert [(f.min, f.superseded) for f in strike.killed.figures] == [(8, True), (14, False)]
    target = [c for c in strike.contested if c.field == "target"]
    assert target and {p.value for p in target[0].positions} == {"civilians", "military target"}


def test_merge_command_reads_articles_and_reports(tmp_path, reports):
    from typer.testing import CliRunner

    from sitrep.cli import app
    from sitrep.model import to_dict

    arts = tmp_path / "a.jsonl"
    arts.write_text("".join(json.dumps({"text": t, "title": ti, "date": p, "url": f"https://{u}"}) + "\n" for _, p, u, ti, t in STORIES))
    reps = tmp_path / "r.json"
    reps.write_text(json.dumps([to_dict(r) for r in reports.values()]))
    runner = CliRunner()
    for path in (arts, reps):
        res = runner.invoke(app, ["merge", str(path), "--format", "json"])
        assert res.exit_code == 0, res.output
        assert sorted(len(i["articles"]) for i in json.loads(res.stdout)) == [1, 1, 2]
    res = runner.invoke(app, ["merge", str(reps), "--format", "geojson"])
    fc = json.loads(res.stdout)
    assert fc["type"] == "FeatureCollection" and len(fc["features"]) == 3
    assert all(f["geometry"]["type"] == "Point" for f in fc["features"])


@pytest.mark.parametrize("text, name, label", [
    ("She", "Jane Roe", "Jane Roe"),
    ("the statement", "Kenyan police", "Kenyan police"),
    ("Headline words\n\nThe Interior Ministry", "Interior Ministry", "Interior Ministry"),
    ("a hospital official", "a hospital official", "hospital official"),
    # a relative clause told with the speaker is no part of their name (an apposition is: "district
    # governor, Tomas Berg" names both what he is and who)
    ("The armed group Red Hand, which is linked to the Black Flag,", "Red Hand", "armed group Red Hand"),
    ("The district governor, Tomas Berg,", "Tomas Berg", "district governor, Tomas Berg"),
    ("Lina Morales, a shopkeeper who said she saw the blast", "Lina Morales", "Lina Morales, a shopkeeper"),
    ("The mission, which sent 40 observers,", "European Union", "European Union"),
    # a description resolved from the start of a sentence is no name: no "The" kept
    ("The official", "The official", "official"),
    ("he", "The army spokesman", "army spokesman"),
    ("the paper", "The Guardian", "The Guardian"),
])
def test_speaker_label(text, name, label):
    assert speaker_label(text, name) == label


CLAIMERS = [
    ("d1", "2022-04-11", "example.net/d1", "Hospital reports bodies after clashes in Kisumu",
     "The main hospital received the bodies of three men after Sunday's clashes in Kisumu, a hospital official said, "
     "contradicting a police statement that nobody had died.\n\nPolice spokesman Bruno Shioso said reports of deaths were false."),
]


@pytest.fixture(scope="module")
def claimer_report():
    from sitrep.api import get_pipeline
    from sitrep.config import Options
    from sitrep.ingest.readers import make_article

    options = Options()
    (_, pub, url, title, text), = CLAIMERS
    return get_pipeline(options).analyze(make_article(text, options=options, title=title, published=pub, url=f"https://{url}"))


def test_figure_claimers_from_statement_nouns_and_sentence_cues(claimer_report):
    (m,) = mentions_from_report(claimer_report)
    killed = {(f.min, f.claimed_by[0]) for f in m.figures if f.field == "killed"}
    assert (3, "hospital official") in killed  # "..., a hospital official said"
    assert (0, "police") in killed  # "a police statement that nobody had died"
    denial = [c for c in m.claims if c.field == "killed" and c.modality == "denied"]
    assert denial and denial[0].value == "reports of deaths"
    assert m.date == dt.date(2022, 4, 10)  # "Sunday's clashes", before the Monday of publication


def test_a_quote_that_names_no_source_gives_no_claimer():
    """A figure inside a named quote is that speaker's even when a source-less quote nests
    around it ("police said the gunmen reportedly killed 5"); alone, it is the reporter's."""
    from sitrep.merge.mentions import _claimer_at, _quote_claimers
    from sitrep.model import REPORTER, Article, Quote, Report, Span, Speaker

    text = "Police said the gunmen reportedly killed 5 guards. The gunmen reportedly killed 3 more."
    police = Speaker(text="Police", name=None, code=None, sector=None, start=0, end=6)
    nobody = Speaker(text="", name=None, code=None, sector=None)
    quotes = [
        Quote(speaker=police, cue=Span(7, 11, "said"), content=Span(12, 49, text[12:49]), kind="indirect"),
        Quote(speaker=nobody, cue=Span(23, 33, "reportedly"), content=Span(12, 49, text[12:49]), kind="indirect"),
        Quote(speaker=nobody, cue=Span(63, 73, "reportedly"), content=Span(51, 86, text[51:86]), kind="indirect"),
    ]
    report = Report(article=Article(id="t", text=text), quotes=quotes)
    claimers = _quote_claimers(report)
    assert [c for _, _, c in claimers] == ["Police"]
    five, three = text.index("5"), text.index("3")
    assert _claimer_at(five, five + 1, text, report, claimers) == "Police"
    assert _claimer_at(three, three + 1, text, report, claimers) == REPORTER


def test_a_characterisers_framing_of_the_target_does_not_hang_on_the_quote_filter(nlp):
    """'which X described as Y' is X's claim about what was hit, however strictly a retrained
    quote filter judges cues nested in another speaker's words."""
    from sitrep.config import Options
    from sitrep.extract.quote_filter import QuoteFilter, load_quote_filter
    from sitrep.extract.quotes import QuoteStage
    from sitrep.ingest.readers import make_article
    from sitrep.pipeline import Pipeline, default_stages

    options = Options()
    stages = [QuoteStage(options, quote_filter=QuoteFilter(load_quote_filter().weights, threshold=0.9))
              if isinstance(s, QuoteStage) else s for s in default_stages(options)]
    strict = Pipeline(options, stages=stages)
    text = ("An air strike hit a convoy near Marib on Sunday, killing six people, local officials said.\n\n"
            "Relatives called for an inquiry into the strike, which the coalition described as a raid on a column of "
            "armed fighters.")
    report = strict.analyze(make_article(text, options=options, published="2024-05-13", url="https://example.org/c"))
    (m,) = mentions_from_report(report)
    framed = [(c.claimed_by, c.normalized) for c in m.claims if c.field == "target"]
    assert ("coalition", "military target") in framed and not any(who == "Relatives" for who, _ in framed)


def test_own_words_blank_only_the_nested_quote():
    """'Rescuers said the strike, which the army described as a raid on a depot, killed 12
    children': the army's words are not the rescuers', and the words after them are again."""
    from sitrep.merge.mentions import _own_words, _stance_claims
    from sitrep.model import Article, Quote, Report, Span, Speaker

    text = "Rescuers said the strike, which the army described as a raid on a depot, killed 12 children."
    at = text.index

    def span(words: str) -> Span:
        return Span(at(words), at(words) + len(words), words)

    outer_content = span("the strike, which the army described as a raid on a depot, killed 12 children")
    rescuers = Speaker(text="Rescuers", name="Rescuers", code=None, sector=None, start=0, end=8)
    army = Speaker(text="the army", name="army", code=None, sector="MIL", start=at("the army"), end=at("the army") + 8)
    outer = Quote(speaker=rescuers, cue=span("said"), content=outer_content, kind="indirect")
    inner = Quote(speaker=army, cue=span("described"), content=span("a raid on a depot"), kind="indirect")
    own = _own_words(outer, [outer, inner])
    assert len(own) == len(outer_content.text)
    assert "killed 12 children" in own and "army" not in own and "depot" not in own
    assert own.startswith("the strike, which ")
    report = Report(article=Article(id="t", text=text), quotes=[outer, inner])
    framed = {(c.claimed_by, c.normalized) for c in _stance_claims(report, "u", []) if c.field == "target"}
    assert framed == {("Rescuers", "civilians"), ("army", "military target")}
