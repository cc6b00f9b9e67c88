"""sitrep.bench.attribution: scoring rules on hand-made spans, the convention mapping, the CLI."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from sitrep.bench.attribution import load_polnear, score, to_polnear
from sitrep.errors import ConfigError, InputError
from sitrep.model import Quote, Span, Speaker

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
DEV = SHARED / "bench" / "polnear" / "dev.jsonl"


def att(source=(), cue=(), content=()):
    return {"source": [list(s) for s in source], "cue": [list(s) for s in cue], "content": [list(s) for s in content]}


def test_perfect_prediction_scores_one():
    gold = [[att([(0, 5)], [(6, 10)], [(11, 40)])]]
    m = score(gold, gold)
    for key in ("source_f1", "cue_f1", "content_overlap_f1", "content_exact_f1", "attribution_f1"):
        assert m[key] == 1.0


def test_overlap_needs_half_of_the_gold_characters():
    gold = [[att([(0, 10)], [(20, 24)], [(30, 50)])]]
    half = [[att([(5, 12)], [(20, 24)], [(40, 80)])]]  # source shares 5/10, content 10/20
    less = [[att([(6, 12)], [(20, 24)], [(41, 80)])]]  # 4/10 and 9/20
    m = score(gold, half)
    assert m["source_f1"] == 1.0 and m["content_overlap_f1"] == 1.0
    assert m["source_exact_f1"] == 0.0 and m["content_exact_f1"] == 0.0
    assert m["attribution_f1"] == 1.0
    m = score(gold, less)
    assert m["source_f1"] == 0.0 and m["content_overlap_f1"] == 0.0 and m["attribution_f1"] == 0.0
    assert m["cue_f1"] == 1.0 and m["cue_exact_f1"] == 1.0


def test_discontinuous_role_is_one_item_and_matching_is_one_to_one():
    gold = [[att([(0, 4)], [(5, 9)], [(10, 20), (30, 40)])]]
    pred = [[att([(0, 4)], [(5, 9)], [(10, 20), (30, 40)]), att([(0, 4)], [(5, 9)], [(10, 40)])]]
    m = score(gold, pred)
    assert m["content_exact_precision"] == 0.5 and m["content_exact_recall"] == 1.0
    assert m["content_overlap_precision"] == 0.5  # the wide second one may not match the same gold
    assert m["attribution_precision"] == 0.5 and m["attribution_recall"] == 1.0


def test_attribution_needs_the_source_of_the_same_gold_attribution():
    gold = [[att([(0, 4)], [(5, 9)], [(10, 30)]), att([(40, 44)], [(45, 49)], [(50, 70)])]]
    swapped = [[att([(40, 44)], [(5, 9)], [(10, 30)]), att([(0, 4)], [(45, 49)], [(50, 70)])]]
    m = score(gold, swapped)
    assert m["source_f1"] == 1.0 and m["content_overlap_f1"] == 1.0
    assert m["attribution_f1"] == 0.0


def test_sourceless_gold_scored_on_content_and_contentless_on_cue():
    gold = [[att((), [(0, 5)], [(6, 30)]), att([(40, 44)], [(45, 49)], ())]]
    pred = [[att([(100, 104)], [(0, 5)], [(6, 30)]), att([(40, 44)], [(45, 49)], [(60, 70)])]]
    m = score(gold, pred)
    assert m["attribution_recall"] == 1.0
    assert m["source_precision"] == 0.5  # the invented source is a false positive


def test_empty_predictions_score_zero_not_error():
    m = score([[att([(0, 4)], [(5, 9)], [(10, 20)])]], [[]])
    assert m["attribution_f1"] == 0.0 and m["source_recall"] == 0.0
    with pytest.raises(ValueError):
        score([[]], [])


def test_direct_quote_content_widened_to_its_marks():
    text = 'He said, "We will win." Then he left.'
    inside = text.index("We")
    q = Quote(speaker=Speaker(text="He", name=None, code=None, sector=None, start=0, end=2),
              cue=Span(3, 7, "said"), content=Span(inside, inside + 11, "We will win"), kind="direct")
    (a,) = to_polnear(text, [q])
    s, e = a["content"][0]
    assert text[s:e] == '"We will win."'
    assert a["source"] == [[0, 2]] and a["cue"] == [[3, 7]]


def test_direct_quote_ending_on_an_inner_quotation_takes_the_outer_mark():
    text = 'He said, "They call it \'a safe bet,\' " and left. She said, "Call it \'luck.\'" Then she left.'
    first = text.index("They")
    second = text.index("Call")
    quotes = [
        Quote(speaker=Speaker(text="He", name=None, code=None, sector=None, start=0, end=2),
              cue=Span(3, 7, "said"), content=Span(first, text.index(" \" and"), ""), kind="direct"),
        Quote(speaker=Speaker(text="She", name=None, code=None, sector=None, start=text.index("She"), end=text.index("She") + 3),
              cue=Span(text.index("said,", first), text.index("said,", first) + 4, "said"),
              content=Span(second, text.index("\" Then"), ""), kind="direct"),
    ]
    a, b = to_polnear(text, quotes)
    assert text[a["content"][0][0]:a["content"][0][1]] == '"They call it \'a safe bet,\' "'
    assert text[b["content"][0][0]:b["content"][0][1]] == '"Call it \'luck.\'"'


def test_indirect_content_kept_as_is():
    text = "She said the talks failed."
    q = Quote(speaker=Speaker(text="She", name=None, code=None, sector=None, start=0, end=3),
              cue=Span(4, 8, "said"), content=Span(9, 25, text[9:25]), kind="indirect")
    (a,) = to_polnear(text, [q])
    assert text[a["content"][0][0]:a["content"][0][1]] == "the talks failed"


def test_a_quote_that_names_no_source_is_written_with_no_source_span():
    text = "The talks are expected to fail. She said the talks failed."
    nobody = Quote(speaker=Speaker(text="", name=None, code=None, sector=None),
                   cue=Span(10, 22, "are expected"), content=Span(0, 30, text[0:30]), kind="indirect")
    she = Quote(speaker=Speaker(text="She", name=None, code=None, sector=None, start=32, end=35),
                cue=Span(36, 40, "said"), content=Span(41, 57, text[41:57]), kind="indirect")
    first, second = to_polnear(text, [nobody, she])
    assert first["source"] == [] and first["cue"] == [[10, 22]]
    assert second["source"] == [[32, 35]]
    # the cue inside its content is cut out, as PolNeAR annotates it
    text2 = "The union is reportedly planning a strike."
    inside = Quote(speaker=Speaker(text="", name=None, code=None, sector=None),
                   cue=Span(13, 23, "reportedly"), content=Span(0, 41, text2[0:41]), kind="indirect")
    (a,) = to_polnear(text2, [inside])
    assert [text2[s:e] for s, e in a["content"]] == ["The union is", "planning a strike"]
    # and it is scored on content alone against a gold attribution without a source
    gold = [{"source": [], "cue": [[10, 22]], "content": [[0, 30]]}]
    assert score([gold], [[first]])["attribution_recall"] == 1.0


@pytest.mark.parametrize("text, cue, parts", [
    # the comma closes an aside the subject opened: it stays with the subject
    ("The new levy, drafted by two aides in May, is widely seen as a burden on farmers.", "is widely seen as",
     ["The new levy, drafted by two aides in May,", "a burden on farmers"]),
    # a lone comma before the cue is no part of it
    ("In the end the new levy, is widely seen as a burden on farmers.", "is widely seen as",
     ["In the end the new levy", "a burden on farmers"]),
])
def test_a_sourceless_subject_keeps_the_comma_closing_its_aside(text, cue, parts):
    c0 = text.index(cue)
    q = Quote(speaker=Speaker(text="", name=None, code=None, sector=None),
              cue=Span(c0, c0 + len(cue), cue), content=Span(0, len(text) - 1, text[:-1]), kind="indirect")
    (a,) = to_polnear(text, [q])
    assert [text[s:e] for s, e in a["content"]] == parts


def test_content_running_over_a_paragraph_break_is_one_part_per_paragraph():
    text = 'She said: "We will win.\n\nWe always do." Then she left.'
    inside = text.index("We")
    end = text.index(" Then") - 1
    q = Quote(speaker=Speaker(text="She", name=None, code=None, sector=None, start=0, end=3),
              cue=Span(4, 8, "said"), content=Span(inside, end, text[inside:end]), kind="direct")
    (a,) = to_polnear(text, [q])
    assert [text[s:e] for s, e in a["content"]] == ['"We will win.', 'We always do."']


def test_missing_file_and_unknown_peer_are_catalogued_errors(tmp_path):
    from sitrep.bench.attribution import run_attribution

    with pytest.raises(InputError) as err:
        load_polnear(tmp_path / "nope.jsonl")
    assert err.value.code == "E040"
    path = tmp_path / "one.jsonl"
    path.write_text(json.dumps({"id": "x", "text": "Hi.", "attributions": []}) + "\n")
    with pytest.raises(ConfigError) as err:
        run_attribution(path, peer="nobody")
    assert err.value.code == "E045"


@pytest.mark.model
def test_run_on_a_small_file_finds_the_attribution(tmp_path):
    from sitrep.bench.attribution import run_attribution

    text = 'The senator said the bill would pass. "It is a good day," the governor told reporters.'
    gold = [att([(0, 11)], [(12, 16)], [(17, 36)])]
    path = tmp_path / "mini.jsonl"
    path.write_text(json.dumps({"id": "m", "text": text, "attributions": gold}) + "\n")
    m = run_attribution(path, peer="none", predictions=tmp_path / "pred.jsonl")
    assert m["attribution_recall"] == 1.0 and m["source_exact_recall"] == 1.0
    assert m["attribution_precision"] == 0.5  # the governor's quote is not in this gold
    assert len((tmp_path / "pred.jsonl").read_text().splitlines()) == 1


@pytest.mark.bench
@pytest.mark.model
def test_dev_limit_runs_with_keys():
    if not DEV.exists():
        pytest.skip("../shared/bench/polnear not present")
    from sitrep.bench.attribution import run_attribution

    m = run_attribution(DEV, peer="none", limit=3)
    assert m["documents"] == 3
    assert m["attribution_f1"] > 0.2


def test_cli_wires_the_attribution_command(monkeypatch):
    import sys
    import types

    from typer.testing import CliRunner

    from sitrep.cli import app

    seen = {}
    fake = types.ModuleType("sitrep.bench.attribution")

    def run_attribution(path, **kw):
        seen.update(kw, path=path)
        return {"attribution_f1": 0.5}

    fake.run_attribution = run_attribution
    monkeypatch.setitem(sys.modules, "sitrep.bench.attribution", fake)
    result = CliRunner().invoke(app, ["bench", "attribution", "x.jsonl", "--peer", "none", "--limit", "4", "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output.strip().splitlines()[-1]) == {"attribution_f1": 0.5}
    assert seen["path"] == Path("x.jsonl") and seen["peer"] == "none" and seen["limit"] == 4


def _q(text, who, cue, content, kind):
    ws, cs, qs = text.index(who), text.index(cue), text.index(content)
    return Quote(speaker=Speaker(text=who, name=None, code=None, sector=None, start=ws, end=ws + len(who)),
                 cue=Span(cs, cs + len(cue), cue) if cue else None, content=Span(qs, qs + len(content), content), kind=kind)


def test_split_quote_and_continuation_are_one_attribution_and_that_is_content():
    text = '"We will win," she said, "and soon." "Nobody doubts it." Later he said that talks failed.'
    she = text.index("she")
    quotes = [_q(text, "she", "said", "We will win", "direct"), _q(text, "she", "said", "and soon.", "direct"),
              _q(text, "she", "", "Nobody doubts it.", "direct"), _q(text, "he", "said that", "talks failed", "indirect")]
    quotes[2].cue = None
    quotes[3].cue = Span(text.index("said that"), text.index("said that") + 4, "said")
    first, second = to_polnear(text, quotes)
    assert [text[s:e] for s, e in first["content"]] == ['"We will win,"', '"and soon."', '"Nobody doubts it."']
    assert first["source"] == [[she, she + 3]]
    assert [text[s:e] for s, e in second["content"]] == ["that talks failed"]


def test_continuation_joins_the_cue_that_quoted_not_a_later_participle():
    # '"A?" asked X, referring to Y. "B."': B continues the quotation of "asked", not the
    # participle's indirect content, though both cues share the speaker
    text = '"Is it over?" asked the mayor, referring to the strike. "The answer is no."'
    quotes = [_q(text, "the mayor", "asked", "Is it over?", "direct"),
              _q(text, "the mayor", "referring", "the strike", "indirect"),
              _q(text, "the mayor", "", "The answer is no.", "direct")]
    quotes[2].cue = None
    asked, referring = to_polnear(text, quotes)
    assert [text[s:e] for s, e in asked["content"]] == ['"Is it over?"', '"The answer is no."']
    assert [text[s:e] for s, e in referring["content"]] == ["the strike"]


def test_characterisation_takes_in_its_object():
    text = 'She called the plan "a fraud" on Monday.'
    q = _q(text, "She", "called", "a fraud", "direct")
    q.stance = "characterize"
    (a,) = to_polnear(text, [q])
    assert text[a["content"][0][0]:a["content"][0][1]] == 'the plan "a fraud"'


def test_missing_textacy_is_a_catalogued_error(tmp_path, monkeypatch):
    import sys

    from sitrep.bench.attribution import run_attribution

    path = tmp_path / "one.jsonl"
    path.write_text(json.dumps({"id": "x", "text": "Hi.", "attributions": []}) + "\n")
    monkeypatch.setitem(sys.modules, "textacy", None)  # import now raises ImportError
    with pytest.raises(ConfigError) as err:
        run_attribution(path, peer="textacy")
    assert err.value.code == "E046"


def test_raising_verb_subject_is_content_not_source():
    # PolNeAR: "The figures appear to be wrong" has no source; its subject opens the content
    text = "The figures appear to be wrong. It seems that the count was late. The mayor seemed pleased."
    def quote(subject: str, cue: str, content: str) -> Quote:
        s0, c0, k0 = text.index(subject), text.index(cue), text.index(content)
        return Quote(speaker=Speaker(text=subject, name=None, code=None, sector=None, start=s0, end=s0 + len(subject)),
                     cue=Span(c0, c0 + len(cue), cue), content=Span(k0, k0 + len(content), content), kind="indirect")
    figures, count = to_polnear(text, [quote("The figures", "appear", "to be wrong"), quote("It", "seems", "the count was late")])
    assert figures["source"] == [] and [text[s:e] for s, e in figures["content"]] == ["The figures", "to be wrong"]
    assert count["source"] == [] and [text[s:e] for s, e in count["content"]] == ["that the count was late"]
    said = "The mayor said the count was late."
    (a,) = to_polnear(said, [Quote(speaker=Speaker(text="The mayor", name=None, code=None, sector=None, start=0, end=9),
                                   cue=Span(10, 14, "said"), content=Span(15, 33, said[15:33]), kind="indirect")])
    assert a["source"] == [[0, 9]]


def test_relative_pronoun_before_the_speaker_opens_the_content():
    text = "The plan, which he said was needed, failed. The clerk said the plan failed."
    he, said, needed = text.index("he said"), text.index("said"), text.index("was needed")
    q = Quote(speaker=Speaker(text="he", name=None, code=None, sector=None, start=he, end=he + 2),
              cue=Span(said, said + 4, "said"), content=Span(needed, needed + 10, "was needed"), kind="indirect")
    (a,) = to_polnear(text, [q])
    assert [text[s:e] for s, e in a["content"]] == ["which", "was needed"]
    clerk = text.index("The clerk")
    later = Quote(speaker=Speaker(text="The clerk", name=None, code=None, sector=None, start=clerk, end=clerk + 9),
                  cue=Span(clerk + 10, clerk + 14, "said"), content=Span(clerk + 15, len(text) - 1, text[clerk + 15:-1]), kind="indirect")
    (b,) = to_polnear(text, [later])
    assert len(b["content"]) == 1


def test_complementizer_joins_the_content_with_a_comma_or_no_break_space():
    from sitrep.bench.attribution import _widen_that

    for text, first in (("He said that, if asked, she would run.", "if"), ("He said that\u00a0the vote was fair.", "the"),
                        ("He said that the vote was fair.", "the")):
        assert text[_widen_that(text, text.index(first)):].startswith("that")
    for text in ("He said the vote was fair.", "He said so that\nthe vote was fair."):
        k = text.index("the vote")
        assert _widen_that(text, k) == k


def test_relative_after_a_preposition_is_no_content_part():
    text = "He ran an ad in which he says the plan failed. The plan, which he said was needed, failed."
    he, says = text.index("he says"), text.index("says")
    q = Quote(speaker=Speaker(text="he", name=None, code=None, sector=None, start=he, end=he + 2),
              cue=Span(says, says + 4, "says"), content=Span(says + 5, text.index("."), text[says + 5:text.index(".")]), kind="indirect")
    (a,) = to_polnear(text, [q])
    assert [text[s:e] for s, e in a["content"]] == ["the plan failed"]
    he2 = text.index("he said")
    bare = Quote(speaker=Speaker(text="he", name=None, code=None, sector=None, start=he2, end=he2 + 2),
                 cue=Span(he2 + 3, he2 + 7, "said"), content=Span(he2 + 8, he2 + 18, "was needed"), kind="indirect")
    (b,) = to_polnear(text, [bare])
    assert [text[s:e] for s, e in b["content"]] == ["which", "was needed"]


def test_raising_verb_with_a_modal_or_adverb_keeps_its_subject_in_the_content():
    text = "The plan might seem risky. The count also appeared to be late."
    out = []
    for subject, cue, content in (("The plan", "might seem", "risky"), ("The count", "also appeared", "to be late")):
        s0, c0, k0 = text.index(subject), text.index(cue), text.index(content)
        out.append(Quote(speaker=Speaker(text=subject, name=None, code=None, sector=None, start=s0, end=s0 + len(subject)),
                         cue=Span(c0, c0 + len(cue), cue), content=Span(k0, k0 + len(content), content), kind="indirect"))
    plan, count = to_polnear(text, out)
    assert plan["source"] == [] and [text[s:e] for s, e in plan["content"]] == ["The plan", "risky"]
    assert count["source"] == [] and [text[s:e] for s, e in count["content"]] == ["The count", "to be late"]


def test_mixed_content_ending_inside_its_quotation_takes_the_closing_mark():
    text = 'He said it was \u201ca fight from start to finish.\u201d Then he left. She said it was over.'
    he, said = 0, text.index("said")
    k = text.index("it was")
    end = text.index("finish") + len("finish")
    q = Quote(speaker=Speaker(text="He", name=None, code=None, sector=None, start=he, end=2),
              cue=Span(said, said + 4, "said"), content=Span(k, end, text[k:end]), kind="mixed")
    (a,) = to_polnear(text, [q])
    assert text[a["content"][0][0]:a["content"][0][1]].endswith("finish.\u201d")
    she = text.index("She")
    k2 = text.index("it was over")
    plain = Quote(speaker=Speaker(text="She", name=None, code=None, sector=None, start=she, end=she + 3),
                  cue=Span(she + 4, she + 8, "said"), content=Span(k2, k2 + 11, "it was over"), kind="indirect")
    (b,) = to_polnear(text, [plain])
    assert text[b["content"][0][0]:b["content"][0][1]] == "it was over"
