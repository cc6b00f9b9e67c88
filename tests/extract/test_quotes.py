"""Tests for the quote stage: quotation marks, cues, content spans and speaker resolution."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from sitrep.config import Options
from sitrep.extract.base import Analysis, Mention
from sitrep.extract.quotes import QuoteStage, find_quoted, paragraph_starts
from sitrep.extract.speakers import load_cues
from sitrep.model import Actor, Article, Quote, Span

SEED_DIR = Path(__file__).resolve().parents[2].parent / "shared" / "seed"

# -- helpers ---------------------------------------------------------------------------


def _analysis(nlp, text: str, people: list[tuple[str, list[str], str | None, str | None]] = ()) -> Analysis:
    """An Analysis with hand-built person mentions: (name, surfaces, code, sector)."""
    an = Analysis(article=Article(id="t", text=text), doc=nlp(text), options=Options())
    for k, (name, surfaces, code, sector) in enumerate(people):
        aid = f"P{k}"
        actor = Actor(id=aid, name=name, code=code, sector=sector, kind="person")
        for surface in surfaces:
            for m in re.finditer(rf"\b{re.escape(surface)}\b", text):
                if any(x.start <= m.start() < x.end for x in an.mentions):
                    continue
                an.mentions.append(Mention(m.start(), m.end(), surface, aid, "person", code, sector))
                actor.mentions.append(Span(m.start(), m.end(), surface))
        an.actors.append(actor)
    an.mentions.sort(key=lambda m: m.start)
    return an


def _quotes(nlp, text: str, people=()) -> list[Quote]:
    an = QuoteStage(Options())(_analysis(nlp, text, people))
    _check_spans(text, an.quotes)
    return an.quotes


def _check_spans(text: str, quotes: list[Quote]) -> None:
    for q in quotes:
        assert q.content.text == text[q.content.start:q.content.end]
        if q.cue is not None:
            assert q.cue.text == text[q.cue.start:q.cue.end]
        s = q.speaker
        if s.start is not None:
            assert s.text == text[s.start:s.end]
        assert q.kind in ("direct", "indirect", "mixed")


def _find(quotes: list[Quote], needle: str) -> Quote:
    hits = [q for q in quotes if needle in q.content.text]
    assert hits, f"no quote contains {needle!r}: {[q.content.text for q in quotes]}"
    return hits[0]


_MARKS = str.maketrans({c: "" for c in "\"'“”‘’«»„"})
PRONOUNS = {"he", "she", "they", "it", "we", "i"}


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s.translate(_MARKS).lower()).strip()


def _speaker_ok(gold: dict, name: str | None) -> bool:
    if not name or name.lower() in PRONOUNS:
        return False
    n = name.lower()
    return any(g.lower() in n or n in g.lower() for g in [gold["speaker"], *gold.get("speaker_also_ok", [])])


def _score(gold_quotes: list[dict], quotes: list[Quote]) -> tuple[int, float]:
    """Seed README rules: content contains the gold snippet and the resolved speaker names the gold."""
    def match(g: dict, q: Quote) -> bool:
        return _norm(g["content_contains"]) in _norm(q.content.text) and _speaker_ok(g, q.speaker.name)

    recall = sum(1 for g in gold_quotes if any(match(g, q) for q in quotes))
    precise = sum(1 for q in quotes if any(match(g, q) for g in gold_quotes))
    return recall, precise / len(quotes) if quotes else 0.0


# -- no model ----------------------------------------------------------------------------


def test_cue_lexicon_stances():
    cues = load_cues()
    expected = {"say": "neutral", "state": "neutral", "tell": "neutral", "add": "neutral", "accuse": "accuse",
                "deny": "deny", "admit": "admit", "claim": "claim", "insist": "insist", "warn": "warn",
                "call": "request", "urge": "request", "ask": "request", "demand": "request",
                "condemn": "condemn", "apologise": "regret"}
    for lemma, stance in expected.items():
        assert cues.verbs[lemma] == stance, lemma
    assert cues.phrases[("express", "regret")] == "regret"
    assert "statement" in cues.statement_nouns and "spokeswoman" in cues.female


@pytest.mark.parametrize("text,inner", [
    ('He said "we will win" today.', "we will win"),
    ("He said “we will win” today.", "we will win"),
    ("He said «we will win» today.", "we will win"),
    ("He said ‘we will win’ today.", "we will win"),
    ("The officers’ union said ‘we will win’ today.", "we will win"),
])
def test_find_quoted_mark_styles(text, inner):
    found = find_quoted(text)
    assert [text[q.start:q.end] for q in found] == [inner]
    q = found[0]
    assert text[q.open] in "\"“«‘" and text[q.close - 1] in "\"”»’"


@pytest.mark.parametrize("text, inners", [
    ('“It is shameful," the mother said.', ["It is shameful,"]),
    ('"It is only the floor,” she said. “We need more.”', ["It is only the floor,", "We need more."]),
    ("“It is unusual,“ said a lawyer. “Very unusual.”", ["It is unusual,", "Very unusual."]),
    ('“Our roads are crumbling," she said. "Families wait.”', ["Our roads are crumbling,", "Families wait."]),
])
def test_find_quoted_closes_on_a_mark_of_the_other_style(text, inners):
    """A double mark of the other style in closing position is a typing slip that closes the
    quotation; left open, the quotation swallowed the cue after it ('..., she said') and its
    speaker (PolNeAR train: 53 annotated cues inside such quotations)."""
    assert [text[q.start:q.end] for q in find_quoted(text)] == inners


@pytest.mark.parametrize("text", [
    '“The council ignored every letter we sent," Jane Roe said. "We want answers."\n',
    '"The council ignored every letter we sent,” Jane Roe said. “We want answers.”\n',
])
def test_a_quotation_closed_by_a_mark_of_the_other_style_keeps_its_speaker(nlp, text):
    quotes = _quotes(nlp, text, [("Jane Roe", ["Jane Roe"], "USA", "CVL")])
    first = _find(quotes, "ignored every letter")
    assert first.speaker.name == "Jane Roe" and first.cue is not None and first.cue.text == "said"
    assert "Jane Roe" not in first.content.text


@pytest.mark.parametrize("text, inners", [
    ('“He called it "a hoax" and left,” she said.', ['He called it "a hoax" and left,']),
    ('"She called it “a hoax” and left," he said.', ["She called it “a hoax” and left,"]),
    # two inner quotations: each inner mark closes its own, not the outer one (second read)
    ('“They call it a "hoax" and a "lie" and move on,” he said.', ['They call it a "hoax" and a "lie" and move on,']),
    ('“We said "no", and they said "yes".”', ['We said "no", and they said "yes".']),
])
def test_find_quoted_keeps_a_quotation_inside_a_quotation(text, inners):
    assert [text[q.start:q.end] for q in find_quoted(text)] == inners


def test_find_quoted_ignores_apostrophes():
    assert find_quoted("Russia’s envoy and the rebels’ leader didn’t speak.") == []


def test_find_quoted_runs_across_paragraphs():
    text = "“First paragraph of the quote.\n\n“Second paragraph,” she said.\n\nNext."
    (q,) = find_quoted(text)
    assert text[q.start:q.end] == "First paragraph of the quote.\n\n“Second paragraph,"


def test_find_quoted_unclosed_quote_ends_with_paragraph():
    text = "He said “this never closes\n\nA new paragraph."
    (q,) = find_quoted(text)
    assert text[q.start:q.end] == "this never closes"


def test_paragraph_starts():
    assert paragraph_starts("a\n\nb\nc") == [0, 3, 5]


# -- with the spaCy model -----------------------------------------------------------------

FLOODS = """Floods displace thousands in Kandal

Flooding in the northern province of Kandal has displaced 4,000 families, officials said on Monday.

“We have never seen water rise this fast,” provincial governor Mao Sophan told reporters. “Entire villages are cut off.”

“The army has sent boats and helicopters,” he said, “but many roads remain impassable.”

Relief agencies warned that the death toll could rise. According to the Red Cross, at least 12 people have died.

“We are running out of clean water. People are drinking from the river.

“If help does not arrive soon, disease will spread,” said Chea Dara, a local aid worker.
"""

FLOOD_PEOPLE = [("Mao Sophan", ["Mao Sophan"], "KHM", "GOV"), ("Chea Dara", ["Chea Dara"], "KHM", "CVL")]


@pytest.mark.model
def test_direct_split_continued_and_paragraph_spanning_quotes(nlp):
    quotes = _quotes(nlp, FLOODS, FLOOD_PEOPLE)
    first = _find(quotes, "never seen water rise")
    assert first.kind == "direct" and first.speaker.name == "Mao Sophan" and first.cue.text == "told"
    assert first.content.text == "We have never seen water rise this fast"
    # the next sentence of the same quotation keeps the speaker
    assert _find(quotes, "Entire villages").speaker.name == "Mao Sophan"
    # split quote around "he said": both halves, pronoun resolved to the last speaker
    a, b = _find(quotes, "boats and helicopters"), _find(quotes, "many roads remain")
    assert a.speaker.text == b.speaker.text == "he"
    assert a.speaker.name == b.speaker.name == "Mao Sophan" and a.speaker.resolved
    # the quotation runs on over two paragraphs, attributed after it ends
    long = _find(quotes, "running out of clean water")
    assert "disease will spread" in long.content.text and long.kind == "direct"
    assert long.speaker.name == "Chea Dara" and long.speaker.code == "KHM"
    # the speaker as written keeps its apposition; the resolved name does not
    assert long.speaker.text == "Chea Dara, a local aid worker"
    assert long.speaker.name == "Chea Dara"


@pytest.mark.model
def test_indirect_according_to_and_preposed_clause(nlp):
    quotes = _quotes(nlp, FLOODS, FLOOD_PEOPLE)
    pre = _find(quotes, "has displaced 4,000 families")
    assert pre.kind == "indirect" and pre.speaker.text == "officials"
    assert "Floods displace" not in pre.content.text  # the headline is another paragraph
    warn = _find(quotes, "death toll could rise")
    assert warn.stance == "warn" and warn.kind == "indirect" and warn.content.text == "the death toll could rise"
    acc = _find(quotes, "at least 12 people have died")
    assert acc.cue.text == "According to" and acc.speaker.name == "Red Cross"


PROTEST = """He said the talks had failed. The ministry said it would open an inquiry into the shooting.

Opposition leader Ms Grace Wanjiru accused the police of firing on unarmed protesters. Interior Minister Peter Kamau denied that officers had used live ammunition. She called on the government to release all detained demonstrators.

Mr Kamau was quoted by the Daily Nation as saying that "the officers acted within the law." He told parliament the inquiry would report within a month.

"Our forces acted in self-defence," the Ethiopian army statement said. The governor said the storm was "the worst in a century" and urged residents to stay indoors.

The minister said the government is investigating the blast and expressed condolences to the families.
"""

PROTEST_PEOPLE = [("Grace Wanjiru", ["Grace Wanjiru"], "KEN", "POL"), ("Peter Kamau", ["Peter Kamau", "Kamau"], "KEN", "GOV")]


@pytest.mark.model
def test_unresolvable_speakers_are_not_guessed(nlp):
    quotes = _quotes(nlp, PROTEST, PROTEST_PEOPLE)
    he = _find(quotes, "the talks had failed")
    assert he.speaker.text == "He" and he.speaker.name is None and not he.speaker.resolved
    ministry = _find(quotes, "open an inquiry")
    assert ministry.speaker.name is None and not ministry.speaker.resolved
    # "The governor" has no antecedent that is a governor
    assert _find(quotes, "worst in a century").speaker.name is None


@pytest.mark.model
def test_stances_frames_and_gendered_pronouns(nlp):
    quotes = _quotes(nlp, PROTEST, PROTEST_PEOPLE)
    acc = _find(quotes, "firing on unarmed protesters")
    assert acc.stance == "accuse" and acc.speaker.name == "Grace Wanjiru" and acc.speaker.code == "KEN"
    deny = _find(quotes, "had used live ammunition")
    assert deny.stance == "deny" and deny.speaker.name == "Peter Kamau"
    # "She" skips the more recent speaker, known by "Ms" to be the woman
    req = _find(quotes, "release all detained demonstrators")
    assert req.stance == "request" and req.speaker.text == "She" and req.speaker.name == "Grace Wanjiru"
    quoted = _find(quotes, "acted within the law")
    assert quoted.kind == "direct" and quoted.speaker.name == "Peter Kamau" and quoted.cue.text == "saying"
    told = _find(quotes, "inquiry would report")
    assert told.speaker.text == "He" and told.speaker.name == "Peter Kamau"


@pytest.mark.model
def test_statement_owner_mixed_and_coordinated_cues(nlp):
    quotes = _quotes(nlp, PROTEST, PROTEST_PEOPLE)
    st = _find(quotes, "acted in self-defence")
    assert st.kind == "direct" and st.speaker.text == "the Ethiopian army statement" and st.speaker.name == "Ethiopian army"
    assert _find(quotes, "worst in a century").kind == "mixed"
    urge = _find(quotes, "stay indoors")
    assert urge.stance == "request" and urge.speaker.text == "The governor"
    inv = _find(quotes, "investigating the blast")
    assert inv.content.text == "the government is investigating the blast"  # not the coordinated condolences


@pytest.mark.model
def test_label_frame_and_according_to_with_inner_cue(nlp):
    text = 'Rebels called the offensive a "declaration of war" and "a crime", according to a statement posted online.\n'
    quotes = _quotes(nlp, text)
    labels = sorted(q.content.text for q in quotes if q.cue.text == "called")
    assert labels == ["a crime", "declaration of war"]
    assert all(q.kind == "direct" and q.speaker.name == "Rebels" for q in quotes if q.cue.text == "called")
    # the statement that reports the calling is an attribution of its own when the filter keeps it
    assert all(q.speaker.text == "a statement posted online" for q in quotes if q.cue.text == "according to")


@pytest.mark.model
def test_according_to_over_an_inner_cue_goes_to_the_filter_as_a_host(nlp):
    """PolNeAR annotates both 'according to X' and the cue inside its clause ('according to the
    report, the minister said ...'): the filter's view holds both, the host under a frame of its own,
    the inner cue not nested; the rules alone keep only the inner cue."""
    from sitrep.extract.learned_cues import load_learned_cues
    from sitrep.extract.quotes.run import Run

    text = "According to the report, the minister said the talks had failed.\n"
    doc = nlp(text)
    run = Run(text, doc, load_cues(), paragraph_starts(text), find_quoted(text), load_learned_cues(), None)
    run.keep_nested = True  # the proposer as the filter sees it
    seen = {(c.frame, text[c.cue_span[0]:c.cue_span[1]], c.nested) for c in run.candidates()}
    assert ("according-host", "According to", False) in seen
    assert any(cue == "said" and not nested for _, cue, nested in seen)
    rules_only = Run(text, doc, load_cues(), paragraph_starts(text), find_quoted(text), load_learned_cues(), None)
    assert [text[c.cue_span[0]:c.cue_span[1]] for c in rules_only.candidates()] == ["said"]


@pytest.mark.parametrize("text, content", [
    ("The story never ran; my editor argued the piece made the mayor look too good.\n", "the piece made the mayor look too good"),
    ("The council had taken its own measures: its chairman said the budget would be cut.\n", "the budget would be cut"),
    ("The talks collapsed on Monday — the minister said the rebels had walked out.\n", "the rebels had walked out"),
    ("The talks have failed, the minister said.\n", "The talks have failed"),
])
def test_left_complement_does_not_cross_a_colon_semicolon_or_dash(nlp, text, content):
    """The parser hangs the clause before a colon, semicolon or dash on a later cue as its
    complement; what the cue reports is then what follows it (PolNeAR train: the largest group of
    proposed cues whose content missed). A comma-led 'X, he said' still reports X."""
    from sitrep.extract.learned_cues import load_learned_cues
    from sitrep.extract.quotes.run import Run

    doc = nlp(text)
    run = Run(text, doc, load_cues(), paragraph_starts(text), find_quoted(text), load_learned_cues(), None)
    run.keep_nested = True  # the proposer as the filter sees it
    got = {text[c.cue_span[0]:c.cue_span[1]]: text[c.content[0]:c.content[1]] for c in run.candidates()}
    assert got[next(k for k in got if k in ("argued", "said"))] == content


@pytest.mark.model
def test_a_learned_cue_inside_another_quote_is_part_of_its_content(nlp):
    """An indirect quote under a cue word the hand lexicon lacks, with its content inside another
    quote's content ('reported ... the mayor proposed a ban'): the filtered run keeps the outer
    quote only (PolNeAR train: such inner contents are rarely annotated). A lexicon speech verb
    inside keeps its own quote ('announced'), as a quotation does
    (test_label_frame_and_according_to_with_inner_cue)."""
    text = "The newspaper reported the letter came hours after the mayor proposed a ban on cars in the old town.\n"
    quotes = _quotes(nlp, text)
    assert [q.cue.text for q in quotes] == ["reported"]
    assert quotes[0].content.text.endswith("in the old town")
    text = ("The council says the rules would not have stopped any of the floods that the mayor mentioned when he "
            "announced the plan at the town hall.\n")
    assert sorted(q.cue.text for q in _quotes(nlp, text)) == ["announced", "says"]


@pytest.mark.model
def test_headlines_and_quotes_inside_quotes_are_not_cues(nlp):
    text = "Minister accuses rebels of massacre\n\n“They said we would be safe,” a survivor told reporters.\n"
    quotes = _quotes(nlp, text)
    assert len(quotes) == 1
    assert quotes[0].speaker.name == "survivor" and quotes[0].content.text == "They said we would be safe"


# -- the seed article ----------------------------------------------------------------------

# (name, surfaces) of the seed's people; the rest of the speakers come from the text itself
SEED_PEOPLE = [
    ("Samantha Power", ["Samantha Power", "Power"], "USA", "GOV"),
    ("Vitaly Churkin", ["Vitaly Churkin", "Churkin"], "RUS", "GOV"),
    ("Maria Zakharova", ["Maria Zakharova"], "RUS", "GOV"),
]
SWAPS = [("Samantha Power", "Linda Green"), ("Power", "Green"), ("Vitaly Churkin", "Oleg Petrov"),
         ("Churkin", "Petrov"), ("Maria Zakharova", "Irina Volkova")]


def _seed():
    gold = json.loads((SEED_DIR / "gold.json").read_text(encoding="utf-8"))
    return gold["quotes"]


def _swap(s: str) -> str:
    for old, new in SWAPS:
        s = re.sub(rf"\b{re.escape(old)}\b", new, s)
    return s


@pytest.mark.model
def test_seed_with_hand_made_mentions(nlp, seed_text):
    quotes = _quotes(nlp, seed_text, SEED_PEOPLE)
    recall, precision = _score(_seed(), quotes)
    assert recall >= 14
    assert precision >= 0.85  # 15/17: two more reported statements the gold does not list
    she = _find(quotes, "a stunt")
    assert she.speaker.text == "She" and she.speaker.name == "Samantha Power" and she.kind == "mixed"
    assert _find(quotes, "ISIS advance on the base").speaker.name == "Syrian military spokesman"


@pytest.mark.model
def test_seed_altered_names_speakers_follow(nlp, seed_text):
    text = _swap(seed_text)
    people = [(_swap(n), [_swap(s) for s in surf], c, sec) for n, surf, c, sec in SEED_PEOPLE]
    quotes = _quotes(nlp, text, people)
    gold = [{**g, "speaker": _swap(g["speaker"])} for g in _seed()]
    recall, _ = _score(gold, quotes)
    assert recall >= 14
    assert _find(quotes, "a stunt").speaker.name == "Linda Green"
    assert _find(quotes, "big question mark").speaker.name == "Oleg Petrov"
    assert not any("Power" in (q.speaker.name or "") for q in quotes)


def _with_actor_stage(nlp, text: str) -> list[Quote]:
    actors = pytest.importorskip("sitrep.extract.actors")
    an = Analysis(article=Article(id="seed", text=text), doc=nlp(text), options=Options())
    an = actors.ActorStage(Options())(an)
    an = QuoteStage(Options())(an)
    _check_spans(text, an.quotes)
    return an.quotes


@pytest.mark.model
def test_seed_with_actor_stage(nlp, seed_text):
    quotes = _with_actor_stage(nlp, seed_text)
    recall, precision = _score(_seed(), quotes)
    assert recall >= 14
    assert precision >= 0.85
    assert _find(quotes, "a stunt").speaker.code == "USA"
    assert _find(quotes, "White House is defending").speaker.code == "RUS"


@pytest.mark.model
def test_seed_altered_with_actor_stage(nlp, seed_text):
    quotes = _with_actor_stage(nlp, _swap(seed_text))
    gold = [{**g, "speaker": _swap(g["speaker"])} for g in _seed()]
    recall, _ = _score(gold, quotes)
    assert recall >= 14
    assert _find(quotes, "a stunt").speaker.name == "Linda Green"


@pytest.mark.model
def test_it_resolves_to_an_organisation_not_a_person(nlp):
    text = ("The Kenyan army said troops had retaken the town. Colonel Paul Njoroge said the road was open. "
            "It added that two soldiers were wounded.\n")
    quotes = _quotes(nlp, text)
    it = _find(quotes, "two soldiers were wounded")
    assert it.speaker.text == "It" and it.speaker.name == "Kenyan army"


def test_stray_straight_mark_does_not_swallow_the_next_curly_quote():
    text = '"Nobody thought it would happen. It was outrageous.\n\n“I never doubted it,” she said.'
    quoted = find_quoted(text)
    assert [text[q.start:q.end] for q in quoted][-1] == "I never doubted it,"


def test_learned_cue_table_loads_with_rates():
    from sitrep.extract.learned_cues import CUE_RATE, load_learned_cues

    table = load_learned_cues()
    assert table["say"] > 0.8 and table["lament"] >= CUE_RATE
    assert all(0.0 <= r <= 1.0 for r in table.values())
    assert table.get("eat", 0.0) < CUE_RATE  # ordinary verbs stay out


@pytest.mark.model
def test_learned_cues_widen_the_hand_lexicon(nlp):
    text = ("The governor lamented that the budget had been cut by a third.\n\n"
            "Party leaders praised the new budget plan on Tuesday.\n\n"
            "The committee ate lunch in the hall.")
    an = _analysis(nlp, text, [])
    hand_only = QuoteStage(Options(), learned={})(an).quotes
    assert not any("budget had been cut" in q.content.text for q in hand_only)
    quotes = _quotes(nlp, text)
    lament = _find(quotes, "the budget had been cut")
    assert lament.cue.text == "lamented" and lament.kind == "indirect" and lament.speaker.text == "The governor"
    assert _find(quotes, "the new budget plan").cue.text == "praised"
    assert not any("lunch" in q.content.text for q in quotes)


@pytest.mark.model
def test_cue_clause_set_off_by_commas_attributes_the_sentence_around_it(nlp):
    text = ("But to prevent flooding, the engineer said, local officials should clear the drains.\n\n"
            "\u201cThe only way this will change is if owners face fines\u201d for neglect, she said.")
    quotes = _quotes(nlp, text)
    left, right = _find(quotes, "to prevent flooding"), _find(quotes, "clear the drains")
    assert left.cue.start == right.cue.start and left.speaker.text == "the engineer"
    assert "the engineer" not in left.content.text + right.content.text
    mixed = _find(quotes, "owners face fines")
    assert mixed.content.text.endswith("for neglect") and mixed.kind == "mixed"


@pytest.mark.model
def test_fronted_adverbial_of_the_cue_is_not_its_content(nlp):
    quotes = _quotes(nlp, "Asked whether he would raise taxes, the governor said no.")
    named = [q for q in quotes if q.speaker.named]
    assert named and all("raise taxes" not in q.content.text for q in named)
    assert [q.content.text for q in named] == ["no"]
    # the question is an attribution of its own, asked by no one named
    assert [(q.cue.text, q.content.text) for q in quotes if not q.speaker.named and q.cue] == [("Asked", "whether he would raise taxes")]
    plain = _quotes(nlp, "The plan is dead, the senator said on Tuesday.")
    assert [q.content.text for q in plain] == ["The plan is dead"]


@pytest.mark.model
def test_according_to_stands_when_the_cue_inside_its_clause_is_filtered_out(nlp):
    text = ("The group is also now spending money on mailings to voters that oppose both parties, "
            "according to campaign filings.")
    quotes = _quotes(nlp, text)
    assert [(q.speaker.text, q.cue.text) for q in quotes] == [("campaign filings", "according to")]
    assert quotes[0].content.text.startswith("The group is also now spending money")
    inner = _quotes(nlp, "According to the report, the minister said the talks had failed.")
    found = [(q.speaker.text, q.content.text) for q in inner]
    assert ("the minister", "the talks had failed") in found
    assert all(f == ("the report", "the minister said the talks had failed") for f in found if f[0] != "the minister")


@pytest.mark.model
@pytest.mark.parametrize("text, content", [
    ('According to his memoir "Hard Roads," the general left the army in 1998.', "the general left the army in 1998"),
    ('According to the daily "Morning Post," the strike will go ahead on Friday.', "the strike will go ahead on Friday"),
])
def test_a_title_closing_the_according_phrase_leaves_no_space_on_the_content(nlp, text, content):
    """The closing mark of a quoted title in the source phrase is cut from the content as a stray
    mark; the space after it is no part of the content either."""
    found = [q.content.text for q in _quotes(nlp, text) if q.cue is not None and q.cue.text == "According to"]
    assert found == [content]


@pytest.mark.model
@pytest.mark.parametrize("text, speaker", [
    ('Marta Lind, the blogger known as "Nightjar," said the vote was rigged.', 'Marta Lind, the blogger known as "Nightjar,"'),
    ('According to his memoir "Hard Roads," the general left the army in 1998.', 'his memoir "Hard Roads,"'),
])
def test_a_speaker_phrase_keeps_the_closing_mark_of_its_quotation(nlp, text, speaker):
    found = [q.speaker.text for q in _quotes(nlp, text)]
    assert found == [speaker]
    q = _quotes(nlp, text)[0]
    assert text[q.speaker.start:q.speaker.end] == speaker


@pytest.mark.model
def test_complement_hung_across_a_paragraph_break_is_not_the_content(nlp):
    """A hand-set parse with the attachment error seen in news: the quote ending the paragraph
    before is parsed as the cue verb's complement; the clause after the cue is the content."""
    from spacy.tokens import Doc

    from sitrep.extract.learned_cues import load_learned_cues
    from sitrep.extract.quotes.run import Run

    words = ["\u201c", "We", "will", "wait", ".", "\u201d", "\n\n", "The", "leader", "said", "the", "warning", "was", "wrong", "."]
    spaces = [False, True, True, False, False, False, False, True, True, True, True, True, True, False, False]
    heads = [3, 3, 3, 9, 3, 3, 5, 8, 9, 9, 11, 12, 9, 12, 9]
    deps = ["punct", "nsubj", "aux", "ccomp", "punct", "punct", "dep", "det", "nsubj", "ROOT", "det", "nsubj", "ccomp", "acomp", "punct"]
    pos = ["PUNCT", "PRON", "AUX", "VERB", "PUNCT", "PUNCT", "SPACE", "DET", "NOUN", "VERB", "DET", "NOUN", "AUX", "ADJ", "PUNCT"]
    lemmas = ["\u201c", "we", "will", "wait", ".", "\u201d", "\n\n", "the", "leader", "say", "the", "warning", "be", "wrong", "."]
    doc = Doc(nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, lemmas=lemmas)
    text = doc.text
    run = Run(text, doc, load_cues(), paragraph_starts(text), find_quoted(text), load_learned_cues())
    found = [(c.subject.text, text[c.content[0]:c.content[1]]) for c in run.candidates() if c.cue is not None]
    assert ("leader", "the warning was wrong") in found


@pytest.mark.model
def test_quotation_after_reported_speech_continues_its_speaker(nlp):
    text = ("The minister said the talks had failed. \u201cWe will not return to the table until the blockade ends.\u201d"
            "\n\nThe weather was cold.")
    quotes = _quotes(nlp, text)
    cont = _find(quotes, "We will not return")
    assert cont.kind == "direct" and cont.cue is None and cont.speaker.text == "The minister"
    assert all("weather" not in q.content.text for q in quotes)


@pytest.mark.model
def test_quotation_after_a_described_speaker_continues_the_speaker_not_the_description(nlp):
    # the relative clause describing the speaker has a cue of its own ("expects"); the next
    # quotation continues the speaker of "said", not the relative pronoun
    text = ("\u201cThe river will rise again,\u201d said Anna Berg, head of a farmers' group, which expects "
            "floods in spring. \u201cWe have asked for barriers for years.\u201d")
    quotes = _quotes(nlp, text)
    cont = _find(quotes, "We have asked")
    assert cont.cue is None and cont.speaker.text.startswith("Anna Berg")


@pytest.mark.model
def test_name_colon_lines_are_attributed_but_bylines_are_not(nlp):
    text = ("Mayor: Flood Barriers Will Hold Through Winter.\n\n"
            "By: Staff Reporters\n\n"
            "HOST: Will the barriers hold until spring?\n\n"
            "Note that the river rose 2 metres: a record for March.")
    quotes = _quotes(nlp, text)
    title = _find(quotes, "Flood Barriers Will Hold")
    assert title.speaker.text == "Mayor" and title.cue.text == ":" and not title.content.text.endswith(".")
    assert _find(quotes, "barriers hold until spring").speaker.text == "HOST"
    assert not any("Staff Reporters" in q.content.text or "a record" in q.content.text for q in quotes)


def test_quote_filter_loads_weights_and_threshold(tmp_path):
    from sitrep.extract.quote_filter import load_quote_filter

    packaged = load_quote_filter()
    assert packaged is not None and 0.0 < packaged.threshold < 1.0 and "bias" in packaged.weights
    path = tmp_path / "f.tsv"
    path.write_text("# threshold\t0.7\nfeature\tweight\nbias\t0.5\nkind=direct\t2.0\n")
    f = load_quote_filter(str(path))
    assert f.threshold == 0.7
    assert f.keep(["bias", "kind=direct"]) and not f.keep(["bias"])  # sigmoid(2.5)=0.92, sigmoid(0.5)=0.62


@pytest.mark.model
def test_filter_keeps_plain_speech_and_stage_runs_without_it(nlp):
    text = ("The senator said the bill would pass next week.\n\n"
            "\u201cWe have the votes,\u201d she told reporters.")
    with_filter = _quotes(nlp, text)
    rules_only = QuoteStage(Options(), quote_filter=False)(_analysis(nlp, text, [])).quotes
    for quotes in (with_filter, rules_only):
        assert _find(quotes, "the bill would pass").speaker.text == "The senator"
        assert _find(quotes, "We have the votes").cue.text == "told"


def test_two_apostrophes_stand_for_a_double_quotation_mark():
    text = "''We need money to pay our producers,'' he said. It's the show's ''best year.''"
    quoted = find_quoted(text)
    assert [text[q.start:q.end] for q in quoted] == ["We need money to pay our producers,", "best year."]
    assert text[quoted[0].open:quoted[0].close] == "''We need money to pay our producers,''"


@pytest.mark.model
def test_short_subject_before_a_parenthetical_cue_is_content(nlp):
    text = "The bridge, the engineer said, was never inspected after the flood."
    quotes = _quotes(nlp, text)
    a, b = _find(quotes, "The bridge"), _find(quotes, "never inspected")
    assert a.cue.start == b.cue.start and a.speaker.text == "the engineer"


@pytest.mark.model
def test_speech_particles_keep_the_cue_but_called_off_is_no_speech(nlp):
    text = ("The auditor pointed out that the accounts had not been filed.\n\n"
            "The union called off the strike on Monday.")
    quotes = _quotes(nlp, text)
    q = _find(quotes, "the accounts had not been filed")
    assert q.cue.text == "pointed out" and q.speaker.text == "The auditor"
    assert not any("strike" in x.content.text for x in quotes)


@pytest.mark.model
def test_passive_with_agent_attributes_to_the_agent(nlp):
    text = "The new pipeline route was criticised by environmental groups in the region."
    q = _find(_quotes(nlp, text), "The new pipeline route")
    assert q.speaker.text.startswith("environmental groups") and q.cue.text == "criticised"
    assert not _quotes(nlp, "The pipeline route was criticised last year.")  # no agent, no speaker


@pytest.mark.model
def test_continuation_finished_by_a_few_words_is_mixed(nlp):
    text = ("\u201cThe budget is fair,\u201d the finance minister said. "
            "\u201cIt is basically a tax increase\u201d for the top bracket. Markets fell.")
    q = _find(_quotes(nlp, text), "basically a tax increase")
    assert q.cue is None and q.kind == "mixed" and q.content.text.endswith("for the top bracket")
    assert q.speaker.text == "the finance minister"


@pytest.mark.model
def test_next_paragraph_quotation_its_sentence_goes_on_from_is_no_continuation(nlp):
    text = ("\u201cThe budget is fair,\u201d the finance minister said.\n\n"
            "\u201cIt is basically a tax increase\u201d for the top bracket, one banner read.")
    quotes = _quotes(nlp, text)
    assert not any("basically a tax increase" in q.content.text and q.cue is None for q in quotes)
    text = "\u201cThe budget is fair,\u201d the finance minister said.\n\n\u201cWe will vote against it.\u201d"
    whole = _find(_quotes(nlp, text), "We will vote against it")  # a whole-sentence quotation still continues
    assert whole.cue is None and whole.speaker.text == "the finance minister"


@pytest.mark.model
def test_possessive_noun_cue_attributes_to_the_owner(nlp):
    from sitrep.extract.learned_cues import NOUN_RATE, load_learned_cues

    # (a noun the filter keeps well above its threshold: "claim" in this frame sits at it, 0.32-0.34,
    # and a refit of the tables moves it across)
    assert load_learned_cues(pos="NOUN")["assertion"] >= NOUN_RATE
    text = "The minister's assertion that the border was closed drew criticism from aid groups."
    q = _find(_quotes(nlp, text), "the border was closed")
    assert q.speaker.text == "The minister" and q.cue.text == "assertion"
    rules_only = QuoteStage(Options(), quote_filter=False)(_analysis(nlp, text, [])).quotes
    assert not any("border" in x.content.text for x in rules_only)  # noun cues need the filter


@pytest.mark.model
def test_an_owned_claim_over_a_that_clause_does_not_hang_on_the_filter_threshold(nlp):
    """"X's claim that S" outside another content: the owner holds the claim whatever threshold a
    refit of the filter picks ("claim" in this frame scored 0.319 against 0.32); "rejected X's claim
    that S" and a verb's own clause stay with the filter."""
    from sitrep.extract.quote_filter import QuoteFilter, load_quote_filter

    cases = [
        ("The minister's claim that the border was closed drew criticism from aid groups.", "The minister", "claim",
         "the border was closed"),
        ("Despite the governor's warning that the dam could burst, residents stayed in their homes.", "the governor",
         "warning", "the dam could burst"),
        ("The rebels' allegation that soldiers had looted the market was never investigated.", "The rebels",
         "allegation", "soldiers had looted the market"),
    ]
    strict = QuoteFilter(load_quote_filter().weights, threshold=0.99)
    for text, speaker, cue, content in cases:
        for stage in (QuoteStage(Options()), QuoteStage(Options(), quote_filter=strict)):
            quotes = stage(_analysis(nlp, text, [])).quotes
            assert [(q.speaker.text, q.cue.text, q.content.text) for q in quotes] == [(speaker, cue, content)], text
    text = "Officials rejected the minister's claim that the border was closed. The mayor hinted that the market would reopen."
    quotes = QuoteStage(Options(), quote_filter=strict)(_analysis(nlp, text, [])).quotes
    assert not any(q.cue.text == "claim" for q in quotes) and not any("market" in q.content.text for q in quotes)


@pytest.mark.model
def test_nested_relative_cue_content_leaves_out_its_own_cue(nlp):
    text = "The finance minister told reporters the tax would stay, which he said was needed to cut the deficit."
    (q,) = [q for q in _quotes(nlp, text) if q.cue is not None and q.cue.text == "said"]
    assert q.content.text == "was needed to cut the deficit" and q.speaker.text == "he"
    assert not (q.content.start <= q.cue.start < q.content.end)


@pytest.mark.model
def test_cue_takes_in_its_auxiliaries_and_negation(nlp):
    text = "The ministry has not commented on the report, but the governor has also said that the dam is safe."
    q = _find(_quotes(nlp, text), "the dam is safe")
    assert q.cue.text == "has also said" and q.speaker.text == "the governor"


@pytest.mark.model
def test_rest_of_predicate_is_proposed_only_under_the_filter(nlp):
    text = "The union responded with a call for a general strike."
    an = _analysis(nlp, text, [])
    rules_only = QuoteStage(Options(), quote_filter=False)(an).quotes
    assert not rules_only
    q = _find(_quotes(nlp, text), "a call for a general strike")
    assert q.cue.text == "responded" and q.speaker.text == "The union"


@pytest.mark.model
def test_object_with_as_phrase_is_whole_content(nlp):
    text = "The opposition leader dismissed the budget as a gift to the rich."
    q = _find(_quotes(nlp, text), "the budget")
    assert q.content.text == "the budget as a gift to the rich" and q.stance == "deny"


@pytest.mark.model
def test_attitude_adjective_after_a_copula_is_a_cue(nlp):
    from sitrep.extract.learned_cues import NOUN_RATE, load_learned_cues

    assert load_learned_cues(pos="ADJ")["confident"] >= NOUN_RATE
    text = "The prime minister was confident that the coalition would survive the vote."
    q = _find(_quotes(nlp, text), "the coalition would survive")
    assert q.speaker.text == "The prime minister" and q.cue.text == "was confident"


@pytest.mark.model
def test_noun_cue_as_object_speaks_for_the_verbs_subject(nlp):
    text = "Opposition leaders have serious doubts about the new border agreement."
    q = _find(_quotes(nlp, text), "the new border agreement")
    assert q.speaker.text == "Opposition leaders" and q.cue.text == "doubts"


@pytest.mark.model
def test_gerund_after_a_preposition_speaks_for_the_main_subject(nlp):
    text = "The senator left the hearing early after saying the budget was a disgrace."
    q = _find(_quotes(nlp, text), "the budget was a disgrace")
    assert q.speaker.text == "The senator"


@pytest.mark.model
def test_complement_split_by_the_parser_is_one_content(nlp):
    text = "Sixteen percent of registered voters say they don\u2019t yet know enough about the senator to form an opinion."
    q = _find(_quotes(nlp, text), "they don")
    assert q.content.text.endswith("to form an opinion")


@pytest.mark.model
def test_words_leading_into_a_quotation_before_the_cue_are_content(nlp):
    text = ("The new rules \u201cwill not solve the problem, but they are a start,\u201d the minister said.\n\n"
            "\u201cWe will keep working,\u201d she said.\n\n"
            "Asked about the vote, \u201cwe expect to win,\u201d the spokesman said.")
    quotes = _quotes(nlp, text)
    lead = _find(quotes, "will not solve")
    assert lead.content.text == "The new rules \u201cwill not solve the problem, but they are a start,\u201d" and lead.kind == "mixed"
    assert _find(quotes, "keep working").kind == "direct"  # the quotation opens its sentence
    asked = _find(quotes, "expect to win")  # a clause with its own comma leads in: the quotation alone
    assert asked.kind == "direct" and "Asked" not in asked.content.text


@pytest.mark.model
def test_a_quoted_fragment_continuing_its_sentence_takes_the_sentence(nlp):
    text = ("The party, in the end, should expand the army \u201cas quickly as possible,\u201d the minister said.\n\n"
            "The governor would have to \u201cmove more to the center,\u201d the analyst said.\n\n"
            "Across the region, \u201cprices are rising fast,\u201d the analyst said.")
    quotes = _quotes(nlp, text)
    # opens lowercase, no comma before the marks: the clause (its verb and commas included) is the content
    frag = _find(quotes, "as quickly as possible")
    assert frag.content.text == "The party, in the end, should expand the army \u201cas quickly as possible,\u201d" and frag.kind == "mixed"
    assert _find(quotes, "move more").content.text.startswith("The governor would have to")
    own = _find(quotes, "prices are rising")  # a comma before the marks: the quotation alone
    assert own.kind == "direct" and "Across" not in own.content.text


@pytest.mark.model
def test_a_partitive_pronoun_speaks_with_its_phrase(nlp):
    quotes = _quotes(nlp, "Some of the delegates said the rules were unfair.\n\nHe said the talks had failed.")
    assert _find(quotes, "rules were unfair").speaker.text == "Some of the delegates"
    assert _find(quotes, "talks had failed").speaker.text == "He"


@pytest.mark.model
def test_one_utterance_under_two_cue_words_is_one_quote(nlp):
    # a verb chain, a raising verb, and a verb with its noun cue each report one utterance
    chain = _quotes(nlp, "The mayor refused to admit that the bridge had been closed too late.")
    assert [(q.speaker.text, q.content.text) for q in chain] == [("The mayor", "the bridge had been closed too late")]
    object_chain = _quotes(nlp, "The governor declined to comment on the report.")
    assert [(q.cue.text, q.content.text) for q in object_chain] == [("declined", "to comment on the report")]
    raising = _quotes(nlp, "The minister appeared to suggest that the border would reopen.")
    assert [(q.cue.text, q.content.text) for q in raising] == [("appeared to suggest", "the border would reopen")]
    noun = _quotes(nlp, "The union voiced confidence that the strike would end soon.")
    assert [(q.cue.text, q.content.text) for q in noun] == [("voiced confidence", "the strike would end soon")]
    # two utterances of one speaker stay two
    two = _quotes(nlp, "The mayor said the bridge was safe and promised that it would reopen in May.")
    assert len(two) == 2


@pytest.mark.model
def test_mixed_content_closes_with_doubled_apostrophe_marks(nlp):
    # some archives print quotation marks as two apostrophes; the quoted words end the content with their marks
    for opening, closing in (("''", "''"), ("\u201c", "\u201d")):
        text = f"The senator said she was sure the governor would {opening}do the right thing.{closing}\n\nThe governor did not reply."
        q = _find(_quotes(nlp, text), "right thing")
        assert q.kind == "mixed" and q.content.text.endswith(f"thing.{closing}")


@pytest.mark.model
def test_trailing_participial_cue_is_the_speakers_second_statement(nlp):
    text = ("The senator stressed that the way to proceed is to get both parties working together, "
            "suggesting that the only way might be to pass a simple renewal.")
    quotes = _quotes(nlp, text)
    first, second = _find(quotes, "both parties"), _find(quotes, "simple renewal")
    assert first is not second and first.content.text.endswith("working together")
    assert second.cue.text == "suggesting" and second.speaker.text == "The senator"


@pytest.mark.model
def test_participial_cue_after_a_closing_mark_or_on_the_cue_itself_is_a_second_statement(nlp):
    # the participle after 'X,”' is the speaker's, not the quoted clause's subject's
    text = "The mayor insisted that the city has \u201cbalanced the budget,\u201d claiming that taxes will fall next year."
    quotes = _quotes(nlp, text)
    first, second = _find(quotes, "balanced"), _find(quotes, "taxes will fall")
    assert first is not second and first.content.text.endswith("budget,\u201d") and "claiming" not in first.content.text
    assert second.cue.text == "claiming" and second.speaker.text == "The mayor"
    # a participle hanging on the cue itself is cut from the cue's object content
    text = "The governor endorsed the mayor, citing her long experience and her grasp of the issues."
    quotes = _quotes(nlp, text)
    citing = _find(quotes, "long experience")
    assert citing.cue.text == "citing" and citing.speaker.text == "The governor"
    assert not any("citing" in q.content.text for q in quotes)


@pytest.mark.model
def test_inverted_cue_speaker_keeps_its_apposition_and_the_clause_before_is_content(nlp):
    for clause in ('The closure of the plant signals "the beginning of the end" for the town',  # parsed with two subjects
                   "The new levy will hurt small farms in the valley"):
        text = f"{clause}, said Maria Lopez, head of the local farmers union."
        quotes = _quotes(nlp, text)
        assert [(q.speaker.text, q.content.text) for q in quotes] == [("Maria Lopez, head of the local farmers union", clause)]


@pytest.mark.model
def test_inverted_speaker_mistagged_as_an_adverb_speaks_and_lends_itself_to_the_participle(nlp):
    text = "\u201cThe budget plan is sound and fair,\u201d said Oakly, explaining he had read every page of it."
    assert [t.pos_ for t in nlp(text) if t.text == "Oakly"] == ["ADV"]  # the tagger's error this guards against
    quotes = _quotes(nlp, text)
    assert ("Oakly", "explaining") in {(q.speaker.text, q.cue.text) for q in quotes}
    assert {q.speaker.text for q in quotes} == {"Oakly"}
    q = next(q for q in QuoteStage(Options(), quote_filter=False)(_analysis(nlp, text, [])).quotes if q.cue.text == "said")
    assert q.speaker.text == "Oakly" and q.content.text.startswith("The budget plan")  # proposed (the filter may judge it)


@pytest.mark.model
def test_coordinated_verb_after_a_learned_cues_clause_speaks_for_the_cues_subject(nlp):
    # "complained [X had attacked him] and questioned ...": the parser hangs the second verb on the
    # reported clause; a learned reporting verb over that clause lends its subject, as a lexicon verb does
    from sitrep.extract.learned_cues import FILTERED_CUE_RATE, load_learned_cues
    from sitrep.extract.speakers import load_cues

    learned, cues = load_learned_cues(), load_cues()
    assert "complain" not in cues.verbs and learned["complain"] >= FILTERED_CUE_RATE
    text = "The mayor complained the council had unfairly attacked him and questioned why the auditor had not spoken."
    q = next(q for q in _quotes(nlp, text) if q.cue is not None and q.cue.text == "questioned")
    assert q.speaker.text == "The mayor" and q.content.text == "why the auditor had not spoken"


def test_clause_frame_rates_separate_attitude_verbs_from_causatives():
    from sitrep.extract.learned_cues import CLAUSE_RATE, CUE_RATE, load_learned_cues

    overall, clause = load_learned_cues(), load_learned_cues(pos="CLAUSE")
    assert overall["think"] < CUE_RATE <= CLAUSE_RATE <= clause["think"]  # rare overall, common over a clause
    assert clause["allow"] < CLAUSE_RATE and clause.get("make", 0.0) < CLAUSE_RATE


@pytest.mark.model
def test_attitude_verb_over_a_clause_is_a_cue_under_the_filter(nlp):
    text = "The senator thinks the tax will fail in the house. The new rules allowed the farmers to sell their crops abroad."
    q = _find(_quotes(nlp, text), "the tax will fail")
    assert q.cue.text == "thinks" and q.speaker.text == "The senator" and q.content.text == "the tax will fail in the house"
    assert not any("farmers" in x.content.text for x in _quotes(nlp, text))
    rules_only = QuoteStage(Options(), quote_filter=False)(_analysis(nlp, text, [])).quotes
    assert not any("tax" in x.content.text for x in rules_only)  # clause-frame cues need the filter


@pytest.mark.model
def test_as_aside_attributes_the_rest_of_its_clause(nlp):
    from sitrep.extract.learned_cues import load_learned_cues
    from sitrep.extract.quotes.run import Run

    text = ("As the Washington Post reported earlier, the inspector general issued subpoenas to the foundation.\n\n"
            "Ignoring the farm lobby carries risks, as party officials point out.\n\n"
            "The bridge was closed, as the river rose.")
    doc = nlp(text)
    run = Run(text, doc, load_cues(), paragraph_starts(text), find_quoted(text), load_learned_cues(), None)
    run.keep_nested = True  # the proposer as the filter sees it
    by_cue = {text[c.cue_span[0]:c.cue_span[1]]: c for c in run.candidates() if c.frame == "as-clause"}
    first = by_cue["reported"]
    assert text[slice(*first.content)] == "the inspector general issued subpoenas to the foundation"
    assert doc[first.subject_span[0]:first.subject_span[1]].text == "the Washington Post"
    assert text[slice(*by_cue["point out"].content)] == "Ignoring the farm lobby carries risks"
    assert "rose" not in by_cue  # no speech cue, no aside


@pytest.mark.model
def test_cue_ending_in_a_colon_takes_the_quotation_of_the_next_paragraph(nlp):
    text = ("The correspondent in the capital says:\n\n"
            "\u201cThe roads out of the city were blocked by army trucks. Shops stayed shut.\u201d\n\n"
            "Markets reopened on Tuesday.")
    q = _find(_quotes(nlp, text), "roads out of the city")
    assert q.kind == "direct" and q.cue.text == "says" and q.speaker.text == "The correspondent in the capital"
    assert q.content.text == "The roads out of the city were blocked by army trucks. Shops stayed shut."
    rules_only = QuoteStage(Options(), quote_filter=False)(_analysis(nlp, text, [])).quotes
    assert not any("roads" in x.content.text for x in rules_only)


@pytest.mark.model
def test_signature_dash_attributes_the_quotation_or_tweet_it_signs(nlp):
    from sitrep.extract.learned_cues import load_learned_cues
    from sitrep.extract.quotes.run import Run

    text = ("Readers wrote in.\n\n"
            "\u201cThe mayor must stop treating farmers as lazy when most of us work hard every single day.\u201d\u2015 Ana Ruiz\n\n"
            "I respect the engineers, but this decision defies explanation. No one is above the law. pic.twitter.com/Ab12 "
            "\u2014 Tom Hale (@tomhale) July 5, 2016\n\n"
            "\"People are worried about the future of their kids, and about the rent they pay each month.\"\n\n- Lena Ford\n\n"
            "The vote in the chamber split along the usual party lines - Republicans\n\n"
            "The session ended at noon.")
    doc = nlp(text)
    run = Run(text, doc, load_cues(), paragraph_starts(text), find_quoted(text), load_learned_cues(), None)
    run.keep_nested = True
    signed = {doc[c.subject_span[0]:c.subject_span[1]].text: text[slice(*c.content)] for c in run.candidates() if c.frame == "signature"}
    assert signed["Ana Ruiz"].startswith("The mayor must stop") and signed["Ana Ruiz"].endswith("every single day.")
    assert signed["Tom Hale"] == "I respect the engineers, but this decision defies explanation. No one is above the law"
    assert signed["Lena Ford"].startswith("People are worried")
    assert "Republicans" not in signed  # a dash inside a sentence signs nothing


@pytest.mark.model
def test_pronoun_heading_a_phrase_is_written_with_it(nlp):
    # a pronoun with a coordinated or participial phrase speaks with the whole phrase as written;
    # a bare pronoun stays itself
    text = ("The minister visited the port on Monday.\n\n"
            "She and her aides said the harbour would reopen within a week.\n\n"
            "Most of the traders welcomed the news. Those surveyed said prices had doubled since the storm.\n\n"
            "She said the navy would help.")
    quotes = _quotes(nlp, text)
    assert _find(quotes, "harbour would reopen").speaker.text == "She and her aides"
    assert _find(quotes, "prices had doubled").speaker.text == "Those surveyed"
    assert _find(quotes, "navy would help").speaker.text == "She"


@pytest.mark.model
def test_speaker_is_not_taken_from_a_dateline_or_from_inside_the_quotation(nlp):
    text = ("HARBOUR CITY (AP) \u2014 The port authority and the fishermen's union pledged to reopen the docks by Friday.\n\n"
            "\u201cWe were wrong to wait this long,\u201d Maria Lopez, 58, told reporters on Monday.")
    quotes = _quotes(nlp, text)
    pledge = _find(quotes, "reopen the docks")
    assert "HARBOUR" not in pledge.speaker.text and "port authority" in pledge.speaker.text
    wrong = _find(quotes, "We were wrong")
    assert wrong.speaker.text.startswith("Maria Lopez") and wrong.cue.text == "told"


@pytest.mark.model
def test_speaker_name_the_parse_broke_runs_on_to_the_cue(nlp):
    text = "The ministry spoke later.\n\nClinton top aide Huma Abedin said the meeting had been cancelled."
    q = _find(_quotes(nlp, text), "meeting had been cancelled")
    assert q.speaker.text == "Clinton top aide Huma Abedin"


@pytest.mark.model
def test_according_to_reports_the_clause_with_the_cue_inside_it(nlp):
    # "X said Y, according to Z": Z reports the whole clause and X speaks Y (both attributed)
    text = ("The mayor spoke to party delegates on Tuesday.\n\n"
            "\u201cI ask you not to protest on the floor,\u201d the mayor said, according to the city newspaper.")
    quotes = _quotes(nlp, text)
    inner = [q for q in quotes if q.cue is not None and q.cue.text == "said"]
    assert inner and inner[0].speaker.text == "the mayor" and "not to protest on the floor" in inner[0].content.text
    outer = [q for q in quotes if q.cue is not None and q.cue.text.lower() == "according to"]
    assert outer and outer[0].speaker.text == "the city newspaper" and "the mayor said" in outer[0].content.text


@pytest.mark.model
def test_speaker_named_after_said_when_the_parse_gives_the_verb_no_subject(nlp):
    # '"...," said Anna Berg, half joking': the parse makes the name the subject of "joking";
    # the quotation is hers, not a continuation of the paragraph before
    text = ("The union agreed to a new wage system last year.\n\n"
            "\u201cWe never had a choice,\u201d said Anna Berg, half joking.")
    quotes = _quotes(nlp, text)
    q = _find(quotes, "We never had a choice")
    assert q.speaker.text == "Anna Berg" and q.cue.text == "said"
    assert not any("half joking" in x.content.text for x in quotes)


@pytest.mark.model
@pytest.mark.parametrize("text, cue, content", [
    ("The new bridge is expected to open to traffic in the spring.", "is expected",
     "The new bridge is expected to open to traffic in the spring"),
    ("The union is reportedly planning a strike at the port next month.", "reportedly",
     "The union is reportedly planning a strike at the port next month"),
    ("Asked whether the ceasefire would hold, the minister said he was hopeful.", "Asked",
     "whether the ceasefire would hold"),
    ("Asked what the deal might look like, she said it would come later.", "Asked",
     "what the deal might look like"),
    ("The general is widely seen as a likely successor to the president.", "is widely seen as",
     "The general is widely seen as a likely successor to the president"),
    ("The minister was asked about the payments she received.", "was asked about",
     "the payments she received"),
    ("It's not clear that the ceasefire will hold.", "It's not clear", "that the ceasefire will hold"),
])
def test_attribution_without_a_named_source_has_the_empty_speaker(nlp, text, cue, content):
    """Hedges the report attributes to no one: the quote has the empty speaker (text "",
    no name, no offsets), its cue and its content; a named speaker beside it keeps its own."""
    quotes = _quotes(nlp, text)
    q = next((q for q in quotes if q.cue is not None and q.cue.text == cue), None)
    assert q is not None, [(q.speaker.text, q.cue and q.cue.text, q.content.text) for q in quotes]
    assert not q.speaker.named and q.speaker.text == "" and q.speaker.start is None and q.speaker.name is None
    assert q.content.text == content
    assert all(o.speaker.named for o in quotes if o is not q)


@pytest.mark.model
@pytest.mark.parametrize("text, content", [
    ("It seems that the plan will fail in the senate.", "the plan will fail in the senate"),
    ("It appears that the talks have stalled over the border question.", "the talks have stalled over the border question"),
])
def test_the_expletive_it_of_a_raising_verb_is_no_speaker(nlp, text, content):
    """"it seems that S": the reporter's hedge; the expletive "it" is nobody."""
    quotes = _quotes(nlp, text)
    assert all(not q.speaker.named for q in quotes), [(q.speaker.text, q.content.text) for q in quotes]
    q = next((q for q in quotes if q.cue is not None and q.cue.text in ("seems", "appears")), None)
    assert q is not None and q.speaker.text == "" and content in q.content.text


@pytest.mark.model
def test_a_raising_verb_without_its_complement_is_no_hedge(nlp):
    assert not any(not q.speaker.named for q in _quotes(nlp, "The minister appeared in court on Monday."))


@pytest.mark.model
def test_a_named_speaker_is_not_replaced_by_a_hedge(nlp):
    """A verb with a subject is no source-less cue, and "said" after "Asked ..." keeps its speaker."""
    quotes = _quotes(nlp, "Asked about the budget, the mayor said the city would cut spending.")
    said = _find(quotes, "the city would cut spending")
    assert said.speaker.text == "the mayor"
    asked = _find(quotes, "the budget")
    assert asked.cue is not None and asked.cue.text == "Asked about" and not asked.speaker.named
    assert not any(not q.speaker.named for q in _quotes(nlp, "The minister said the talks would resume."))


@pytest.mark.model
@pytest.mark.parametrize("text, word, key", [
    # a fronted "Asked what ..." the parser tags as a past tense: still the subjectless participle
    ("Asked what the deal might look like, she said it would come later.", "Asked", ("participle", "ask")),
    # agentless passives completed by a preposition: the word is the verb and the preposition
    ("The general is widely seen as a likely successor.", "seen", ("passive-prep", "see as")),
    ("The governor is known for his blunt speeches.", "known", ("passive-prep", "know for")),
    ("The minister was asked about the payments she received.", "asked", ("passive-prep", "ask about")),
    # a predicate adjective after "it" with a clause
    ("It's not clear that the ceasefire will hold.", "clear", ("adjective", "clear")),
    ("It is unclear whether the bridge will reopen.", "unclear", ("adjective", "unclear")),
])
def test_hedge_constructions_without_a_source(nlp, text, word, key):
    from sitrep.extract.quotes.hedges import hedge_cue

    tok = next(t for t in nlp(text) if t.text == word)
    assert hedge_cue(tok) == key


@pytest.mark.model
@pytest.mark.parametrize("text, word", [
    ("The general was criticised by the opposition for his speech.", "criticised"),  # an agent speaks
    ("The truck was loaded with grain.", None),  # a passive with a preposition, no row of the table (judged by rate)
    ("The road is clear.", "clear"),  # no "it", no clause
    ("He is clear that the plan will work.", "clear"),  # a subject of its own: his view, not the reporter's
])
def test_hedge_constructions_need_their_frame(nlp, text, word):
    from sitrep.extract.quotes.hedges import hedge_cue, load_hedge_cues

    doc = nlp(text)
    if word is None:
        table = load_hedge_cues()
        assert all(table.get(hedge_cue(t), 0.0) == 0.0 for t in doc if hedge_cue(t) is not None)
        return
    assert hedge_cue(next(t for t in doc if t.text == word)) is None


def test_hedge_cue_table_loads_learned_rows():
    from sitrep.extract.quotes.hedges import HEDGE_RATE, load_hedge_cues

    table = load_hedge_cues()
    assert table, "data/hedge_cues.tsv is shipped"
    assert {kind for kind, _ in table} <= {"adverb", "passive", "participle", "passive-prep", "adjective"}
    assert all(0.0 < rate <= 1.0 for rate in table.values())
    # learned on train, not listed: the commonest source-less cue of PolNeAR passes the threshold
    assert table[("passive", "expect")] >= HEDGE_RATE
    assert table.get(("adverb", "very"), 0.0) < HEDGE_RATE


@pytest.mark.model
def test_the_speakers_description_after_a_parenthetical_cue_is_no_content(nlp):
    text = ("The levy has helped drive voters to the polls, said Mary Jones, a professor of politics at the state university.\n\n"
            "The levy will fail, he said, because nobody in the council supports it.")
    quotes = _quotes(nlp, text)
    assert not any("professor" in q.content.text for q in quotes)
    assert _find(quotes, "helped drive voters").speaker.text.startswith("Mary Jones")
    assert _find(quotes, "nobody in the council supports it")  # a clause after the cue is still content


@pytest.mark.model
def test_a_participle_cue_after_a_closing_mark_is_a_second_statement(nlp):
    text = ('The mayor stressed that "the way to proceed is to get both parties working together," '
            "suggesting that the only way might be to pass a renewal of the act.")
    quotes = _quotes(nlp, text)
    first = _find(quotes, "the way to proceed")
    assert "suggesting" not in first.content.text and "renewal" not in first.content.text
    assert _find(quotes, "the only way might be").cue.text == "suggesting"
    # the participle hung on the cue verb itself, after an object frame's content
    quotes = _quotes(nlp, 'The mayor urged the council to suspend open-carry rights downtown, saying, "The fewer guns, the better."')
    assert "fewer guns" not in _find(quotes, "open-carry rights").content.text


@pytest.mark.model
def test_quoted_as_saying_when_the_parse_hangs_it_under_the_agent(nlp):
    """"was quoted by the state broadcaster ORTM as saying": the small model hangs "as saying" under
    the broadcaster's name (parsed as a verb coordinated with "quoted"); the one quoted still speaks."""
    text = ("In Nairobi, Interior Minister Peter Kamau was quoted by the state broadcaster ORTM as saying that "
            "“after today’s attack on the Kenyan army, we conclude that Kampala is arming the rebels.” "
            "Grace Wanjiru said the minister should be “ashamed” of the remark.")
    quotes = _quotes(nlp, text, PROTEST_PEOPLE)
    said = {q.speaker.text: q.content.text for q in quotes}
    assert said["Interior Minister Peter Kamau"].startswith("after today’s attack")
    assert said["Grace Wanjiru"].startswith("the minister should be")


@pytest.mark.model
def test_as_phrase_of_a_noun_under_another_verb_names_no_speaker(nlp):
    """Climbing from "as" through a noun reaches "criticised", no quoting verb: no one is quoted as saying."""
    text = "Grace Wanjiru criticised the state broadcaster KTN as saying little about the raid on Monday."
    assert not any("Kamau" in q.speaker.text for q in _quotes(nlp, text, PROTEST_PEOPLE))


@pytest.mark.model
def test_a_request_to_stay_unnamed_is_no_quote(nlp):
    """"who asked not to be named" is a condition of the reporting (cues.yaml anonymity); what the
    source then says is its quote, and a request about anything else stays one."""
    text = ("A local doctor, who asked not to be named, said the death toll could rise. "
            "An official who requested not to be identified said talks had stalled. "
            "The governor asked residents to stay indoors.")
    quotes = _quotes(nlp, text)
    assert not [q for q in quotes if "not to be" in q.content.text]
    assert _find(quotes, "the death toll could rise").speaker.text != "who"
    _find(quotes, "talks had stalled")
    assert _find(quotes, "residents to stay indoors").stance == "request"


@pytest.mark.model
def test_a_characterisation_nested_in_another_speakers_words_is_kept(nlp):
    """A label verb with its subject says who calls what what, also inside another speaker's
    content (where the filter scores it below its threshold)."""
    for text, speaker, label in [
        ("Officials said the convoy, which the rebels described as a humanitarian mission, was carrying weapons.",
         "the rebels", "a humanitarian mission"),
        ("The charity called for an inquiry into the raid, which it has described as an operation against a bomb factory.",
         "it", "an operation against a bomb factory"),
    ]:
        assert [(q.speaker.text, q.stance) for q in _quotes(nlp, text) if q.content.text == label] == [(speaker, "characterize")]


@pytest.mark.model
def test_a_characterisation_does_not_hang_on_the_filter_threshold(nlp):
    """Whatever threshold a retrained filter picks, the label frame stays; other cues follow it."""
    from sitrep.extract.quote_filter import QuoteFilter, load_quote_filter

    strict = QuoteFilter(load_quote_filter().weights, threshold=0.99)
    text = ("Aid groups urged an inquiry into the bombing, which the air force described as a strike on an arms depot. "
            "The mayor hinted that the market would reopen.")
    quotes = QuoteStage(Options(), quote_filter=strict)(_analysis(nlp, text, [])).quotes
    assert [(q.speaker.text, q.content.text) for q in quotes] == [("the air force", "a strike on an arms depot")]


@pytest.mark.model
def test_a_cue_clause_interrupting_its_sentence_splits_one_content(nlp):
    """'That, the panel said, "would help."': a quotation on one side of a cue clause set in the
    middle of its sentence, and the words on the other side that make one clause with it, are
    both what the speaker said."""
    for text, speaker, part in [
        ('That, the commission said, "would be helpful in avoiding uncertainty."', "the commission", "That"),
        ('An economic downturn, the mayor said, "could be a good time to borrow."', "the mayor", "An economic downturn"),
        ('In cases of abortion, he said, "the woman is a victim."', "he", "In cases of abortion"),
        ('"Only you, Dinesh," she said, would use the occasion of a harsh sentence to reaffirm your love of country.',
         "she", "would use the occasion of a harsh sentence to reaffirm your love of country"),
    ]:
        quotes = _quotes(nlp, text)
        assert part in [q.content.text for q in quotes if q.speaker.text == speaker], text


@pytest.mark.model
def test_an_interrupting_cue_leaves_a_full_sentence_and_an_adjunct_alone(nlp):
    """A quotation that opens a sentence of its own ('At the same time, she said, "We ..."'),
    a connective before a quotation ('However, he said, "the party ..."') and a phrase of the
    speaker's after the cue ('she said, after the count ended') stay out."""
    for text, outside in [
        ('At the same time, the senator said, "We will not back down."', "At the same time"),
        ('However, the senator said, "the party will not back down."', "However"),
        ('"Not a single vote," the senator said, after the count in the capital ended.', "after the count"),
    ]:
        assert not [q for q in _quotes(nlp, text) if outside in q.content.text], text


@pytest.mark.model
def test_the_speakers_next_act_is_no_part_of_an_infinitive_content(nlp):
    """A finite verb coordinated to the cue's infinitive or participle cannot share it ("urged
    voters to reject the plan | and signed a petition"): the content ends before it; a second
    infinitive, or a verb under a complement clause's own subject, stays in. Only the end edge is
    this rule's: where the content starts ("voters to ..." or "to ...") is the boundary model's."""
    for text, end in [
        ("The senator proposed temporarily banning foreign donations and has gone so far as to demand an inquiry.",
         "temporarily banning foreign donations"),
        ("She urged voters to reject the plan and signed a petition against it.", "to reject the plan"),
        ("The mayor promised to build a new school and to repair the old bridge.", "to build a new school and to repair the old bridge"),
        ("He said he wanted to cut taxes and raise spending.", "he wanted to cut taxes and raise spending"),
    ]:
        assert [q for q in _quotes(nlp, text) if q.content.text.endswith(end)], text


@pytest.mark.model
def test_a_title_named_before_the_speaker_is_no_quotation_of_theirs(nlp):
    """'Speaking on ABC's "This Week," Trump said that ...': a quotation that is the object of a
    preposition is a title the sentence names, not words before the cue; a quotation before
    the speaker that is a clause of its own stays a quote."""
    for text, title, content in [
        ('Speaking Sunday on ABC\'s "This Week," the senator said that the course name in his book was wrong.',
         "This Week", "the course name in his book was wrong"),
        ('In an appearance on "Morning Joe," the governor said he would handle the issue differently.',
         "Morning Joe", "he would handle the issue differently"),
    ]:
        quotes = _quotes(nlp, text)
        assert not [q for q in quotes if title in q.content.text], text
        _find(quotes, content)
    _find(_quotes(nlp, '"We will win this race," the senator said on Monday.'), "We will win this race")


@pytest.mark.model
def test_a_run_judges_its_proposals_again_as_a_fresh_run_would(nlp):
    """The filter's training script scores thresholds by judging one run's proposals under each
    filter in turn: the second judgement must not inherit the first one's state (the
    quotations a kept quote or a continuation took up), nor its edits to the candidates."""
    from sitrep.extract.quote_filter import QuoteFilter, load_quote_filter

    text = ("\u201cThe bridge will reopen in May,\u201d the minister said on Monday. \u201cWe are ahead of schedule.\u201d\n\n"
            "Officials said the repairs had cost more than planned, adding that traffic would be limited.")
    packaged = load_quote_filter()
    stage = QuoteStage(Options(), quote_filter=packaged)
    fresh = [(q.speaker.text, q.content.text, q.kind) for q in stage(_analysis(nlp, text, [])).quotes]
    assert any(q[1] == "We are ahead of schedule." for q in fresh)  # the continuation
    an = _analysis(nlp, text, [])
    run = stage.run_of(an)
    proposals = run.proposals()
    run.filter = QuoteFilter(packaged.weights, 0.0)  # keeps every proposal
    run.judge(proposals)
    run.filter = packaged
    again = stage.attribute(an, run.judge(proposals), run.paras).quotes
    assert [(q.speaker.text, q.content.text, q.kind) for q in again] == fresh
