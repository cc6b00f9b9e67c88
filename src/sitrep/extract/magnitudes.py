"""Magnitudes: counts of the killed, injured, arrested, displaced, crowds, forces and materiel.

A quantity phrase ("more than 100", "dozens", "three", "an") is parsed by
:func:`parse_quantity`; its unit comes from the dependency parse, not from the
nearest word: the counted noun ("62 people", "three tanks"), then the verb that
governs it ("killing 62", "62 people were killed", "30 injured", "left 5 dead",
"the death toll rose to 17"). Counts with no unit are not reported. A sentence with
a background cue ("since March 2011", "over the past two years", "the conflict has
killed") marks its counts ``aggregate=True``.

Conventions: "more than N" -> (N+1, None); "up to N" -> (None, N, up_to): only the
upper bound is known; a vague plural is at least two of its unit ("dozens" 24,
"hundreds" 200, "tens of thousands" 20,000) with qualifier ``at_least``. For materiel the span
covers the count and the item ("three tanks", "an anti-aircraft gun"); otherwise
just the count.
"""
from __future__ import annotations

import logging
import math
import re
from dataclasses import replace
from collections.abc import Collection
from functools import cache
from importlib import resources
from typing import Any

import yaml
from spacy.tokens import Token

from sitrep.annotate.tokens import doc_tokens, span_tokens
from sitrep.config import Options
from sitrep.extract.base import Analysis
from sitrep.extract.elsewhere import attacker_groups
from sitrep.model import Figure, Magnitude

__all__ = ["MagnitudeStage", "count_words", "crowd_nouns", "crowd_told", "figure_interval", "generic_counted", "harm_denied", "killing_phrase", "kin_nouns", "kin_of", "parse_quantity", "people_nouns", "quantity_label", "people_object", "record_words", "running_total_re", "telling_verb", "toll_update_forms", "zero_elsewhere_words"]

log = logging.getLogger(__name__)

Quantity = tuple[int | None, int | None, str]
_COUNT_UNITS = frozenset({"killed", "injured", "arrested", "displaced"})  # units of the verbs that tell a count's total
_SKIP_ENTS = frozenset({"TIME", "MONEY", "PERCENT", "ORDINAL"})  # DATE is not skipped: NER tags "four mortars" DATE; counted nouns decide
_DIGITS = re.compile(r"^\d{1,3}(?:,\d{3})+$|^\d+(?:\.\d+)?$")


@cache
def _data(name: str) -> dict[str, Any]:
    text = resources.files("sitrep.data").joinpath(f"magnitudes_{name}.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


@cache
def record_words() -> frozenset[str]:
    """Words that mark a noun as a record ("the first such strike", "the worst attack"; magnitudes_numbers.yaml
    ``record_words``): a "since" on it dates the record (:func:`dates_a_record`)."""
    return frozenset(_data("numbers")["record_words"])


@cache
def running_total_re() -> re.Pattern[str]:
    """What a count in the present perfect is counted since that makes it a running total, read at the "since"
    (magnitudes_numbers.yaml ``aggregate_cues`` and ``running_total_cues``: "since 2021", "since the start of
    the war", "since January"; not "since Friday")."""
    numbers = _data("numbers")
    return re.compile("|".join(f"(?:{p})" for p in (*numbers["aggregate_cues"], *numbers["running_total_cues"])), re.I)


def dates_a_record(doc, start: int, end: int) -> bool:
    """The phrase at [start, end) ("since 2019", "since the start of the year") hangs on a noun a
    superlative marks ("the deadliest attack since 2019", "the first such strike since ..."): it
    dates a record this event sets, not a total over the period."""
    cue = doc.char_span(start, end, alignment_mode="expand")
    head = cue.root.head if cue is not None and len(cue) else None
    return head is not None and head.pos_ in ("NOUN", "PROPN") and any(
        c.tag_ == "JJS" or c.lower_ in record_words() or (c.dep_ == "amod" and any(g.lower_ == "most" for g in c.children))
        for c in head.children)


def telling_verb(doc, m: Magnitude):
    """The verb a figure hangs on up the parse ("has killed 5,000": killed; the sentence's root
    where no verb comes first), or None for a figure with no place in ``doc``."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand") if m.start is not None else None
    if span is None or not len(span):
        return None
    tok = span.root
    while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
        tok = tok.head
    return tok


@cache
def ordinal_numbers() -> dict[str, int]:
    """The ordinals that give a toll as a count so far ("a third guard died": three; magnitudes_lexicon.yaml).
    The extract stage sums such a death into the attack told before it (claims.py); the merge stage's
    text patterns read it where no event holds it."""
    return dict(_data("lexicon")["ordinals"])


@cache
def toll_update_forms() -> tuple[str, ...]:
    """The written forms of the verbs that revise a toll they take as object ("bringing the toll to 19",
    "raised the toll to 15"; magnitudes_lexicon.yaml ``toll_update_verbs``): the merge stage's text
    patterns read an update with them where the extract stage reads the verb's lemma."""
    return tuple(dict.fromkeys(f for forms in _data("lexicon")["toll_update_verbs"].values() for f in forms))


@cache
def generic_counted() -> frozenset[str]:
    """Counted nouns that say nothing of who was counted ("12 people", "five individuals"; magnitudes_lexicon.yaml
    ``generic_counted``): no counted noun on a magnitude, and no group of a figure in the merge."""
    return frozenset(_data("lexicon")["generic_counted"])


@cache
def zero_elsewhere_words() -> frozenset[str]:
    """The words that tell a zero of others than those counted or of another blast ("no one else was
    killed", "no one was killed in the second blast", "in another explosion"): magnitudes_lexicon.yaml
    ``zero_elsewhere`` and the ordinals. Such a zero is no toll of the incident (the extract stage's
    zeros and the merge stage's text patterns both leave it)."""
    return frozenset(_data("lexicon")["zero_elsewhere"]) | frozenset(ordinal_numbers())


def _zero_elsewhere(tok: Token) -> bool:
    """Whether the zero subject ``tok`` ("no one", "nobody") is told of others ("no one else") or its verb
    of another blast ("no one was killed in the second", "in a second explosion") (zero_elsewhere_words)."""
    words = zero_elsewhere_words()
    if any(c.lower_ in words for c in tok.children):
        return True
    for prep in tok.head.children:
        if prep.dep_ == "prep" and prep.lower_ in ("in", "at", "during", "from"):
            for obj in prep.children:
                if obj.dep_ == "pobj" and (obj.lower_ in words or any(c.dep_ in ("amod", "det") and c.lower_ in words for c in obj.children)):
                    return True
    return False


@cache
def count_words() -> frozenset[str]:
    """One-word vague counts that stand for people counted ("dozens were detained", "several
    were hurt"): the vague plurals of magnitudes_numbers.yaml."""
    return frozenset(w for w in _data("numbers")["vague"] if " " not in w)


@cache
def kin_nouns() -> frozenset[str]:
    """Nouns of kin ("his wife", "her son"): a person counted where told as someone's beside another victim."""
    return frozenset(_data("lexicon").get("kin_nouns", []))


def kin_of(tok) -> Any:
    """The possessive that tells ``tok`` as someone's kin ("his" of "his wife", "her" of "her two children",
    kin_nouns), else None: the person it names is a civilian beside the one whose kin they are ("a farmer
    and his three sons"). One rule for the toll (magnitudes) and the parties (events)."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in kin_nouns():
        return None
    return next((c for c in tok.children if c.dep_ == "poss" and c.lower_ in ("his", "her", "their")), None)


@cache
def crowd_nouns() -> frozenset[str]:
    """Nouns of people gathered ("protesters", "the crowd", "students", "fans", "mourners")."""
    return frozenset(_data("lexicon")["crowd_nouns"])


@cache
def people_nouns() -> frozenset[str]:
    """Nouns that name people counted: the person and crowd words of the magnitude lexicon."""
    lex = _data("lexicon")
    return frozenset(lex["person_nouns"]) | frozenset(lex["crowd_nouns"])


_PERSON_PRONOUNS = frozenset({"him", "her", "them", "he", "she", "they", "us", "me"})


def _slain(tok) -> bool:
    """Whether ``tok`` is the passive subject of a killing phrase, whatever its noun ("a radio host was
    shot dead", "a village chief was hacked to death"): only a person is shot dead or stabbed to death,
    so the one slain is counted even where the person words do not name him."""
    return tok.dep_ == "nsubjpass" and killing_phrase(tok.head)


def killing_phrase(verb) -> bool:
    """Whether a verb is completed into a killing: "shot dead", "gunned down", "hacked to death".

    The one test of these phrases, from the lexicon's ``killing_phrases``: the toll counts
    the verb's object as dead and the event stage types the verb as a killing. A verb
    outside the lists is none ("froze to death", "sentenced to death", "found dead"); "cut
    down" and "mowed down" are killings only of people ("cut down trees" is not).
    """
    lemma = verb.lemma_.lower()
    if lemma not in _killing_lemmas():
        return False  # (most verbs: the test below runs for every verb near a number)
    phrases = _data("lexicon")["killing_phrases"]
    for c in verb.children:
        if c.dep_ in ("acomp", "advcl", "oprd", "advmod", "amod") and lemma in phrases["complements"].get(c.lower_, ()):
            return True
        if c.dep_ == "dobj" and any(g.dep_ in ("amod", "oprd") and lemma in phrases["complements"].get(g.lower_, ()) for g in c.children):
            return True  # "shot a protester dead": the complement parsed onto the object
        if c.dep_ == "prt" and c.lower_ in phrases["particles"].get(lemma, ()):
            return lemma not in phrases["person_object"] or people_object(verb)
        if (c.dep_ == "prep" and c.lower_ == "to" and lemma in phrases["to_death"]
                and any(g.dep_ == "pobj" and g.lower_ == "death" for g in c.children)):
            return True
    return False


@cache
def _killing_lemmas() -> frozenset[str]:
    """Every verb that some killing phrase completes (the complements', particles' and "to death" lists)."""
    phrases = _data("lexicon")["killing_phrases"]
    verbs = {v for vs in phrases["complements"].values() for v in vs}
    return frozenset(verbs | set(phrases["particles"]) | set(phrases["to_death"]))


def harm_denied(verb) -> bool:
    """Whether a killing or wounding verb tells that no one was harmed, with no doer named:
    "a soldier was not killed", "no one was killed", "nobody died", "no civilians were hurt".

    An active verb with its subject ("the army did not kill civilians") is a denial of an
    act by someone, a claim on the event, and is not covered.
    """
    lex = _data("lexicon")
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or (lemma not in lex["units"]["killed"] + lex["units"]["injured"] and not killing_phrase(verb)):
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass" or (c.dep_ == "nsubj" and lemma in lex["intransitive"])), None)
    if subj is None or any(c.dep_ == "agent" for c in verb.children):
        return False
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    return zero_noun(subj)


def zero_noun(tok) -> bool:
    """A noun that counts no one or nothing: "nobody", "none", "no one", "no civilians"
    (magnitudes_lexicon.yaml ``zero_subjects``, or "no" its determiner)."""
    return tok.lower_ in _data("lexicon")["zero_subjects"] or any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children)


def people_object(verb) -> bool:
    """Whether the object (or passive subject) of a verb names people."""
    nouns = people_nouns()
    return any(c.dep_ in ("dobj", "nsubjpass") and (c.lemma_.lower() in nouns or c.lower_ in nouns or c.ent_type_ in ("PERSON", "NORP")
                                                     or c.lower_ in _PERSON_PRONOUNS)
               for c in verb.children)


@cache
def _qualifier_re() -> re.Pattern[str]:
    pairs = [(p, q) for q, phrases in _data("numbers")["qualifiers"].items() for p in phrases]
    alt = "|".join(re.escape(p) for p, _ in sorted(pairs, key=lambda t: -len(t[0])))
    return re.compile(rf"^(?:{alt})\b\s*", re.I)


@cache
def _qualifier_of() -> dict[str, str]:
    return {p: q for q, phrases in _data("numbers")["qualifiers"].items() for p in phrases}


def _number(words: list[str]) -> tuple[int, bool] | None:
    """(value, vague) of number words/digits, e.g. ['twenty-five'], ['1.5', 'million'], ['dozens']."""
    nums = _data("numbers")
    phrase = " ".join(words)
    if phrase in nums["vague"]:
        return nums["vague"][phrase], True
    # "tens of thousands", "hundreds of thousands"
    m = re.fullmatch(r"(tens|hundreds|dozens) of (thousands|millions)", phrase)
    if m:
        return nums["vague"][m[1]] * nums["scales"][m[2][:-1]], True  # two tens of one thousand
    total, current, seen = 0, 0.0, False
    for w in phrase.replace("-", " ").split():
        w = w.replace(",", "")
        if w in ("and", "of"):
            continue
        if _DIGITS.match(w):
            current += float(w)
        elif w in nums["words"]:
            current += nums["words"][w]
        elif w in nums["scales"]:
            current = max(current, 1) * nums["scales"][w]
            if nums["scales"][w] >= 1000:
                total, current = total + current, 0
        elif w in nums["vague"]:
            value = max(current, 1) * nums["vague"][w]
            return (int(value), True) if math.isfinite(value) else None
        else:
            return None
        seen = True
    return (int(total + current), False) if seen and math.isfinite(total + current) else None  # 400 digits: no count


def parse_quantity(text: str) -> Quantity | None:
    """(min, max, qualifier) of a quantity phrase, or None when it holds no number.

    >>> parse_quantity("more than 100")
    (101, None, 'more_than')
    """
    s = " ".join(text.lower().replace("–", "-").split())
    qualifier = "exact"
    m = _qualifier_re().match(s)
    if m:
        qualifier = _qualifier_of()[" ".join(m.group(0).split())]
        s = s[m.end():]
    r = re.fullmatch(r"(?:between |from )?(.+?)\s*(?:-|to|and)\s*(.+)", s)
    if r and not re.fullmatch(r"[a-z]+-[a-z]+", s):  # "twenty-five" is not a range
        lo, hi = _number(r[1].split()), _number(r[2].split())
        if lo and hi and lo[0] <= hi[0]:
            return lo[0], hi[0], "exact" if qualifier in ("exact", "about") and not m else qualifier
    value = _number(s.split())
    if value is None:
        return None
    n, vague = value
    if vague:
        return n, None, "at_least"
    if qualifier == "more_than":
        return n + 1, None, qualifier
    if qualifier == "at_least":
        return n, None, qualifier
    if qualifier == "up_to":
        return None, n - 1 if s and m and m.group(0).strip() in ("fewer than", "less than", "under", "below") else n, qualifier
    return n, n, qualifier


def _partitive(num):
    """The people a bare number counts as a share of a group ("killed two of the attackers", "three of
    the wounded soldiers died"): the object of its "of" when that is a person noun (magnitudes_lexicon.yaml
    person_nouns) or names attackers (merge_cues.yaml attacker_groups: "two of the kidnappers"), else None
    ("two of them", "one of the dead": no group named)."""
    words = frozenset(_data("lexicon")["person_nouns"]) | attacker_groups()
    objs = [o for c in num.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
    if objs and objs[0].pos_ == "NOUN" and (objs[0].lemma_.lower() in words or objs[0].lower_ in words):
        return objs[0]
    return None


def crowd_told(span) -> bool:
    """Whether a crowd count (a parsed span) is told in a crowd's own grammar, so it sizes the protest
    told before it (magnitudes_lexicon.yaml): "the ministry put the crowd at about 45,000", "the
    crowd numbered 5,000", "some 300,000 people joined the march", "40,000 took part", "thousands
    turned out"; not a count of people something is done to ("Police took 35 protesters into
    custody", "put 450 workers on unpaid leave", "turned away 200 protesters"), a crowd to come
    ("would join the strike", "hopes to rally 100,000"), another protest ("joined a separate
    march") or another crowd ("put attendance at 41,000 for the match", "took refuge")."""
    lex = _data("lexicon")
    tok = span.root
    if tok.dep_ == "nummod" and tok.head.pos_ in ("NOUN", "PROPN"):
        tok = tok.head  # "some 300,000 people": the counted noun
    if tok.pos_ in ("NOUN", "PROPN") and tok.lemma_.lower() not in {*lex["crowd_nouns"], *lex["crowd_counted_nouns"]}:
        return False  # "18 million voters", "500 members"
    head = tok.head
    if tok.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ == "at":
        verb = head.head  # "put the crowd at about 45,000"
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        return (verb.lemma_.lower() in lex["crowd_estimate_verbs"] and obj is not None and obj.lemma_.lower() in lex["crowd_size_nouns"]
                and not _other_gathering(verb, lex) and not _other_gathering(obj, lex))
    if tok.dep_ in ("dobj", "attr", "npadvmod") and head.lemma_.lower() == "number":  # "the crowd numbered 5,000"
        return any(c.dep_ == "nsubj" and c.lemma_.lower() in {*lex["crowd_size_nouns"], *lex["crowd_nouns"]} for c in head.children)
    if tok.dep_ != "nsubj" or head.tag_ not in ("VBD", "VBN") or head.dep_ == "xcomp":
        return False  # a count acted on, or a crowd to come ("hopes to rally 100,000")
    if any(c.dep_ == "aux" and c.lemma_.lower() in lex["crowd_modals"] for c in head.children):
        return False  # "50,000 workers would join the strike"
    if any(c.dep_ == "advmod" and c.lower_ in lex["crowd_other_time"] for c in head.children):
        return False  # "Previously, some 50,000 people joined a march"
    lemma = head.lemma_.lower()
    if lemma in lex["crowd_join_verbs"]:
        obj = next((c for c in head.children if c.dep_ in ("dobj", "npadvmod") and c.lemma_.lower() in lex["protest_nouns"]), None)
        return obj is not None and any(c.dep_ in ("det", "poss") and c.lower_ in lex["crowd_definite"] for c in obj.children) and not any(
            c.dep_ == "amod" and c.lower_ in lex["crowd_other_protest"] for c in obj.children)  # "the march", not "a separate march"
    if lemma in lex["crowd_verb_objects"]:
        return any(c.dep_ == "dobj" and c.lower_ == lex["crowd_verb_objects"][lemma] for c in head.children)  # "took part", not "took refuge"
    if lemma in lex["crowd_verb_particles"]:
        return any(c.dep_ == "prt" and c.lower_ == lex["crowd_verb_particles"][lemma] for c in head.children)  # "turned out"
    return lemma in lex["crowd_verbs"]


def _other_gathering(tok, lex: dict[str, Any]) -> bool:
    """Whether a word has a "for"/"at"/"during" phrase naming some gathering other than a protest
    ("put attendance at 41,000 for the match")."""
    return any(p.dep_ == "prep" and p.lower_ in ("for", "at", "during", "of") and any(
        o.dep_ == "pobj" and o.pos_ == "NOUN" and o.lemma_.lower() not in lex["protest_nouns"] for o in p.children) for p in tok.children)


def _is_number(tok) -> bool:
    nums = _data("numbers")
    low = tok.lower_
    return (tok.like_num or low in nums["words"] or low in nums["scales"] or low in nums["vague"]) and low not in ("a", "an")


def _is_numeric_word(tok) -> bool:
    """A token that can be part of a number (not the articles 'a'/'an')."""
    return _is_number(tok) or tok.lower_ in ("-", "and") or tok.text[:1].isdigit()


class MagnitudeStage:
    """Append a :class:`~sitrep.model.Magnitude` for every count with a unit."""

    name = "magnitudes"
    needs = ()
    adds = ("magnitudes",)

    def __init__(self, options: Options) -> None:
        self.options = options
        lex = _data("lexicon")
        self._unit_of = {lemma: unit for unit, lemmas in lex["units"].items() for lemma in lemmas}
        # one alternation: the cues are tried on every sentence
        self._aggregate = re.compile("|".join(f"(?:{p})" for p in _data("numbers")["aggregate_cues"]), re.I)
        self._lex = lex
        self._tolls = frozenset(lex["toll_nouns"]) - frozenset(lex["remains_nouns"])  # tolls a verb brings to a number

    def _tells_a_total(self, sent, text: str) -> bool:
        """The sentence has a cue of a multi-year total ("since 2019", "over the past years") that does
        not date a record ("the deadliest attack since 2019" compares this event with the past)."""
        return any(True for _ in self._total_cues(sent, text))

    def _total_cues(self, sent, text: str):
        return ((m.start(), m.end()) for m in self._aggregate.finditer(text, sent.start_char, sent.end_char)
                if not dates_a_record(sent.doc, m.start(), m.end()))

    def _totals_told(self, sent, text: str, found: list[Magnitude]) -> list[Magnitude]:
        """The sentence's figures a total cue qualifies stay totals; the others are the incident's own.

        A cue qualifies the clause it hangs on, up the parse to the first count verb ("Four
        candidates have been killed since the campaign began", "The conflict has killed 3,000
        people", "the toll since 2019 rose to 300"). A figure of another clause is not its total:
        "Gunmen shot dead a candidate on Sunday, the 20th politician killed since the campaign
        began" (the cue tells of 'killed', the politicians; the candidate is this incident's
        dead), "The ambush, which killed seven peacekeepers, was the deadliest since the mission
        was deployed in 2013".
        """
        doc = sent.doc
        clauses: set[int] = set()
        for s, e in self._total_cues(sent, text):
            cue = doc.char_span(s, e, alignment_mode="expand")
            if cue is None or not len(cue):
                return found
            clauses.update(t.i for t in cue)
            if any(t.pos_ == "VERB" and self._unit_of.get(t.lemma_.lower()) in _COUNT_UNITS for t in cue):
                continue  # the cue holds its own count verb ("an insurgency that has killed thousands"): that clause only
            tok = cue[0]
            while tok.head.i != tok.i:
                tok = tok.head
                clauses.add(tok.i)
                if not cue.start <= tok.i < cue.end and tok.pos_ == "VERB" and self._unit_of.get(tok.lemma_.lower()) in _COUNT_UNITS:
                    break  # (the first count verb: the total is its count)
                if tok.pos_ == "VERB" and tok.lemma_.lower() in self._lex["toll_update_verbs"]:
                    break  # "killed five, bringing the toll in the war to 23,000": the total is what 'bringing' counts
        out = []
        for m in found:
            tok = telling_verb(doc, m) if m.aggregate else None
            if tok is not None and tok.i not in clauses:
                m = replace(m, aggregate=False)
            out.append(m)
        return out

    def __call__(self, analysis: Analysis) -> Analysis:
        text = analysis.article.text
        for sent in analysis.doc.sents:
            aggregate = self._tells_a_total(sent, text)
            told = len(analysis.magnitudes)
            zeros, nones = self._zeros(sent, text, aggregate)
            for start, end, anchor, value in self._quantities(sent, text):
                if any(s <= anchor.idx < e for s, e in nones):
                    continue  # "no one was killed", "no one else was killed": none, not one
                found = self._unit(anchor)
                if found is None:
                    continue
                unit, noun = found
                if unit in self._lex["materiel"].values() and noun is not None and noun.idx + len(noun) > end:
                    end = noun.idx + len(noun)
                casualty = unit in ("killed", "injured")
                if casualty and self._near_miss(anchor):
                    continue
                analysis.magnitudes.append(
                    Magnitude(min=value[0], max=value[1], qualifier=value[2], text=text[start:end], start=start, end=end, unit=unit, aggregate=aggregate,  # type: ignore[arg-type]
                              update=casualty and self._update(anchor),
                              counted=self._counted(noun if noun is not None else _partitive(anchor), anchor, text) if casualty else None)
                )
            self._sum_coordinated(sent, text, aggregate, analysis.magnitudes)
            analysis.magnitudes.extend(zeros)
            analysis.magnitudes.extend(m for m in self._singles(sent, text, aggregate)
                                       if not any(o.start is not None and o.start <= m.start < o.end for o in analysis.magnitudes))
            for tok in span_tokens(sent):  # "an anti-aircraft gun" among destroyed materiel
                if tok.lower_ in ("a", "an", "one") and tok.dep_ in ("det", "nummod") and tok.head.pos_ in ("NOUN", "PROPN"):
                    item = self._materiel(tok.head)
                    if item and self._materiel_verb(tok.head) and not any(m.start == tok.idx for m in analysis.magnitudes):
                        s, e = tok.idx, tok.head.idx + len(tok.head)
                        analysis.magnitudes.append(Magnitude(min=1, max=1, qualifier="exact", text=text[s:e], start=s, end=e, unit=item, aggregate=aggregate))
            if aggregate:
                analysis.magnitudes[told:] = self._totals_told(sent, text, analysis.magnitudes[told:])
        return analysis

    # -- quantity phrases --------------------------------------------------------
    def _quantities(self, sent, text: str):
        """(start, end, anchor token, (min, max, qualifier)) for each count in a sentence."""
        i = sent.start
        toks = doc_tokens(sent.doc)  # the shared Token list: doc[i] makes a new Token each time
        while i < sent.end:
            tok = toks[i]
            if not _is_number(tok) or tok.ent_type_ in _SKIP_ENTS or (tok.like_num and re.fullmatch(r"(?:19|20)\d\d", tok.text)):
                i += 1
                continue
            j = i + 1
            while j < sent.end and (_is_number(toks[j]) or (toks[j].lower_ in ("-", "to", "and", "of") and j + 1 < sent.end and _is_number(toks[j + 1]))):
                if toks[j].lower_ == "and" and not any(t.lower_ == "between" for t in toks[max(sent.start, i - 2):i]) and not toks[j + 1].lower_ in _data("numbers")["words"]:
                    break
                j += 1
            start, end = tok.idx, toks[j - 1].idx + len(toks[j - 1])
            prefix = text[max(sent.start_char, start - 30):start].lower()
            # ("more than a dozen": the article between the qualifier and the count is no part of either)
            m = re.search(r"(?:\b(?:between|from|" + "|".join(re.escape(p) for p in sorted(_qualifier_of(), key=len, reverse=True)) + r"))\s+(?:an?\s+)?$", prefix)
            if m:
                start -= len(prefix) - m.start()
            anchor = toks[j - 1]
            if anchor.lower_ in ("thousands", "millions") and j - 1 > i and toks[j - 2].lower_ == "of" and toks[i].head.i != anchor.i:
                anchor = toks[i]  # unless "tens" modifies "thousands": then "thousands" heads the phrase
            value = parse_quantity(text[start:end])
            if value is not None:
                yield start, end, anchor, value
            i = j

    # -- casualty details -----------------------------------------------------------
    def _near_miss(self, num) -> bool:
        """The count's verb is told as a near miss ("two children nearly drowned", "almost died")."""
        verb = next((t for t in [num, *list(num.ancestors)[:4]] if t.pos_ in ("VERB", "AUX")), None)
        return verb is not None and any(c.dep_ == "advmod" and c.lower_ in self._lex["near_miss"] for c in verb.children)

    def _update(self, num) -> bool:
        """A toll stated as a revision: a verb such as "rise" or "raise" governs the count, or "bring"/"take"
        the toll to it ("bringing the toll to 19"; not bodies carried, "took 15 bodies to the mosque": neither a
        noun of remains nor the counted noun itself is a toll brought to a number)."""
        lex = self._lex
        verbs, toll_verbs = lex["update_verbs"], lex["toll_update_verbs"]
        tolls = self._tolls
        return any(t.lemma_.lower() in verbs
                   or t.lemma_.lower() in toll_verbs and any(c.dep_ == "dobj" and c.lemma_.lower() in tolls and num.head.i != c.i
                                                             for c in t.children)
                   for t in list(num.ancestors)[:4] if t.pos_ in ("VERB", "AUX"))

    def _counted(self, noun, num, text: str) -> str | None:
        """The counted noun with its modifiers as written ("Houthi fighters", "police officers")."""
        lex = self._lex
        if noun is None or any(w in generic_counted() or w in lex[k] for w in (noun.lemma_.lower(), noun.lower_) for k in ("others_counted", "dead_nouns")):
            return None
        mods = [t for t in noun.lefts if t.dep_ in ("compound", "amod", "nmod") and t.i > num.i]
        # a modifier's own words with it ("two United Nations peacekeepers": not "Nations peacekeepers")
        start = min([t.left_edge.idx if t.left_edge.i > num.i else t.idx for t in mods] + [noun.idx])
        return text[start:noun.idx + len(noun)]

    def _sum_coordinated(self, sent, text: str, aggregate: bool, found: list[Magnitude]) -> None:
        """One toll for coordinated victims: "a soldier and two civilians were killed" (3),
        "gunmen killed two police officers and a civilian" (3).

        Each part must be counted: a singular noun with "a"/"an"/"one", or a noun with a
        number already read as a toll of the same verb. A part with no count ("a soldier
        and civilians") leaves the figures as they are. The part tolls are replaced by the sum.
        """
        nouns = people_nouns()
        for tok in span_tokens(sent):
            if tok.dep_ not in ("dobj", "nsubjpass", "nsubj") or tok.pos_ not in ("NOUN", "PROPN") or not tok.conjuncts:
                continue
            unit = self._victim_unit(tok, killing_deps=("dobj", "nsubjpass"))
            if unit is None:
                continue
            parts, counts = [tok, *tok.conjuncts], []
            kinned = any(kin_of(p) is not None for p in parts[1:])
            for part in parts:
                num = next((c for c in part.children if c.dep_ == "nummod"), None)
                det = next((c for c in part.children if c.dep_ == "det" and c.lower_ in ("a", "an")), None)
                kin = det is None and part.i != tok.i and kin_of(part) is not None
                if kin:  # "a man and his wife": one told as someone's
                    det = kin_of(part)
                elif det is None and num is None and kinned and part.i == tok.i and (
                        part.tag_ == "NN" or part.tag_ == "NNP" and part.ent_type_ == "PERSON"):
                    # "the village head and his two sons", "Musa and his wife": the one whose kin they are is one person
                    det, kin = next((c for c in part.children if c.dep_ in ("det", "poss")), part), True
                if num is not None:
                    mag = next((m for m in found if m.unit == unit and m.start is not None and m.start <= num.idx < m.end), None)
                elif det is not None and (part.tag_ == "NN" or kin and part.tag_ == "NNP") and (kin or part.lemma_.lower() in nouns or part.lower_ in nouns):
                    # (a person named whose kin they are is one: "Musa and his wife")
                    mag = Magnitude(min=1, max=1, qualifier="exact", text=text[det.idx:part.idx + len(part)], start=det.idx, end=part.idx + len(part))
                else:
                    mag = None
                if mag is None or mag.min is None:
                    if kinned:  # a part uncounted: the kin's number alone would be a part told as the whole
                        nums = [c.idx for p in parts if kin_of(p) is not None for c in p.children if c.dep_ == "nummod"]
                        found[:] = [m for m in found if not (m.unit == unit and m.start is not None and m.end is not None
                                                             and any(m.start <= i < m.end for i in nums))]
                    break
                counts.append(mag)
            else:
                start = min(m.start for m in counts)  # type: ignore[type-var]
                end = max(m.end for m in counts)  # type: ignore[type-var]
                end = max(end, max(p.idx + len(p) for p in parts))
                qualifier = next((m.qualifier for m in counts if m.qualifier != "exact"), "exact")
                for m in counts:
                    if m in found:
                        found.remove(m)
                top = None if any(m.max is None for m in counts) else sum(m.max for m in counts)  # type: ignore[misc]
                found.append(Magnitude(min=sum(m.min for m in counts), max=top, qualifier=qualifier,  # type: ignore[misc]
                                       text=text[start:end], start=start, end=end, unit=unit, aggregate=aggregate,
                                       update=any(m.update for m in counts)))

    def _zeros(self, sent, text: str, aggregate: bool) -> tuple[list[Magnitude], list[tuple[int, int]]]:
        """Tolls of none: "nobody died", "no one was hurt", "no protesters were killed" (0, 0, exact); and the
        spans of every zero subject, those told of others or of another blast too ("no one else was killed",
        "no one was killed in the second blast": no toll, but no count of one either)."""
        out: list[Magnitude] = []
        spans: list[tuple[int, int]] = []
        for tok in span_tokens(sent):
            if tok.dep_ not in ("nsubj", "nsubjpass"):
                continue
            unit = self._unit_of.get(tok.head.lemma_.lower())
            if unit not in ("killed", "injured"):
                continue
            if tok.dep_ == "nsubj" and tok.head.lemma_.lower() not in self._lex["intransitive"]:
                continue  # "no group claimed the attack": the subject of an active verb is no victim
            if not zero_noun(tok):
                continue
            det = next((c for c in tok.children if c.dep_ == "det" and c.lower_ == "no"), None)
            if any(c.dep_ == "neg" for c in tok.head.children):
                continue  # "nobody was not hurt": no plain zero
            start = det.idx if det is not None else tok.idx
            end = tok.idx + len(tok)
            spans.append((start, end))
            if _zero_elsewhere(tok):
                continue  # "no one else was killed", "no one was killed in the second blast": not the incident's toll
            out.append(Magnitude(min=0, max=0, qualifier="exact", text=text[start:end], start=start, end=end, unit=unit,
                                 aggregate=aggregate, counted=self._counted(tok, tok, text) if det is not None and tok.lower_ != "one" else None))
        return out, spans

    def _singles(self, sent, text: str, aggregate: bool) -> list[Magnitude]:
        """Tolls of one with no number: "a soldier was killed", "gunmen shot dead a police
        officer", "a man was injured", "militants killed <a named person>" (1, 1, exact).

        Only a singular victim of the killing or wounding verb itself: an object of an active
        verb, a passive subject, or the subject of "die"; introduced by "a"/"an" or a person's
        name. Plurals with no number ("soldiers were killed"), definite phrases ("the soldier",
        maybe counted before), coordinated victims and negated verbs give no toll.
        """
        from sitrep.extract.places import dateline_spans  # (places reads dates, as this module's users do)

        out: list[Magnitude] = []
        lex = self._lex
        nouns = people_nouns()
        lines = [(s, e) for s, e in dateline_spans(text) if sent.start_char <= s < sent.end_char]
        for tok in span_tokens(sent):
            if tok.dep_ not in ("dobj", "nsubjpass", "nsubj") or tok.pos_ not in ("NOUN", "PROPN"):
                continue
            # ("a journalist was shot dead": the passive subject of a killing phrase is its victim too)
            unit = self._victim_unit(tok, killing_deps=("dobj", "nsubjpass"), skip=lex["single_skip_verbs"])
            if unit is None:
                continue
            if any(s <= tok.idx < e for s, e in lines):
                # "MEXICO CITY, May 21 (X) - A journalist was shot dead": the parser made the dateline the
                # subject and hung the victim on it; the victim is the phrase after the dateline
                tok = next((c for c in tok.children if c.dep_ == "appos" and c.pos_ == "NOUN" and not any(s <= c.idx < e for s, e in lines)), None)
                if tok is None:
                    continue
            if tok.dep_ == "dobj" and any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.head.children):
                continue
            if tok.dep_ == "conj" or any(c.dep_ in ("cc", "conj") for c in tok.children):
                continue  # "a soldier and two civilians": a sum this rule does not make
            det = next((c for c in tok.children if c.dep_ == "det" and c.lower_ in ("a", "an")), None)
            if det is not None and tok.tag_ == "NN" and (tok.lemma_.lower() in nouns or tok.lower_ in nouns or _slain(tok)):
                start = det.idx
            elif tok.ent_type_ == "PERSON" and tok.pos_ == "PROPN" and not any(c.dep_ in ("det", "nummod") for c in tok.children):
                start = next((e.start_char for e in sent.ents if e.start <= tok.i < e.end), tok.idx)
            else:
                continue
            if self._near_miss(tok):
                continue  # "a child nearly drowned"
            end = tok.idx + len(tok)
            out.append(Magnitude(min=1, max=1, qualifier="exact", text=text[start:end], start=start, end=end, unit=unit,
                                 aggregate=aggregate, counted=self._counted(tok, det, text) if det is not None else None))
        return out

    def _victim_unit(self, tok, *, killing_deps: tuple[str, ...], skip: Collection[str] = ()) -> str | None:
        """"killed" or "injured" when ``tok`` is a victim of the harm its head verb tells, else None:
        the object of an active verb or a passive subject, or the subject of an intransitive one
        ("died"), the verb not negated. The unit is the verb's (unless it is in ``skip``), "killed"
        for a killing phrase when ``tok``'s relation is in ``killing_deps``, else the state "leave"
        puts ``tok`` in."""
        verb = tok.head
        lemma = verb.lemma_.lower()
        unit = self._unit_of.get(lemma) if verb.pos_ == "VERB" and lemma not in skip else None
        if tok.dep_ in killing_deps and killing_phrase(verb):
            unit = "killed"
        unit = unit or self._left_unit(tok, verb)
        if unit not in ("killed", "injured") or any(c.dep_ == "neg" for c in verb.children):
            return None
        if not (tok.dep_ in ("dobj", "nsubjpass") or (tok.dep_ == "nsubj" and lemma in self._lex["intransitive"]
                                                         and not any(c.dep_ == "dobj" for c in verb.children))):
            return None  # ("a man drowned his wife": the subject of the verb used transitively is no victim)
        return unit

    def _left_unit(self, tok, verb) -> str | None:
        """"Clashes left a policeman (and a protester) dead", "the blast left a child wounded": the
        state "leave" puts its object in (a predicate of the verb, or a modifier after the last
        person the parser hung it on) is the toll's unit."""
        if verb.lemma_.lower() != "leave" or tok.dep_ != "dobj":
            return None
        states = [c for c in verb.children if c.dep_ == "oprd"]
        states += [c for p in (tok, *tok.conjuncts) for c in p.children if c.dep_ in ("amod", "acl") and c.i > p.i]
        return next((u for c in states if (u := self._unit_of.get(c.lemma_.lower())) in ("killed", "injured")), None)

    def _part_of_toll(self, num, noun) -> bool:
        """Remains counted as part of a toll: "two more bodies", or bodies counted in a sentence that
        states the toll itself ("raised the death toll to nine, saying rescuers had pulled two bodies
        from the rubble"): the toll is the count of the dead, the bodies found so far are a part of it."""
        if any(c.lower_ == "more" for t in (num, noun) for c in t.children):
            return True
        return any(t.lemma_.lower() == "toll" for t in num.sent)

    # -- units ---------------------------------------------------------------------
    def _unit(self, num) -> tuple[str, Any] | None:
        """(unit, counted noun or None) for a number token, from the parse."""
        lex = self._lex
        noun = None
        if _an_age(num, frozenset(lex["person_nouns"]) | kin_nouns()):
            return None
        while num.dep_ == "conj" and _is_number(num.head) and num.head.i < num.i:
            num = num.head  # "between 50 and 70 fighters": the range's last number hangs on its first
        if num.dep_ in ("nummod", "quantmod") and num.head.pos_ in ("NOUN", "PROPN"):
            noun = num.head
        else:
            of = [c for c in num.children if c.dep_ == "prep" and c.lower_ == "of"]
            objs = [c for o in of for c in o.children if c.dep_ == "pobj"]
            if objs and num.lower_ in _data("numbers")["vague"]:
                noun = objs[0]
        if noun is not None:
            item = self._materiel(noun)
            if item:
                return item, noun
            if noun.lemma_.lower() in lex["dead_nouns"] or noun.lower_ in lex["dead_nouns"]:
                if (noun.lemma_.lower() in lex["remains_nouns"] or noun.lower_ in lex["remains_nouns"]) and self._part_of_toll(num, noun):
                    return None  # "raised the toll to nine, saying rescuers had pulled two bodies from the rubble"
                if noun is not num.head and any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in noun.children):
                    return None  # "many of the bodies show signs of torture": a share of dead told before, no toll
                return "killed", noun  # "put the toll at four dead", "two bodies", "five deaths"
            if noun.lemma_.lower() not in lex["person_nouns"] and noun.lower_ not in lex["person_nouns"] and noun.ent_type_ != "NORP" and noun.lemma_.lower() not in lex["crowd_nouns"] \
                    and noun.lemma_.lower() not in lex["kin_nouns"]:  # ("his three sons were killed": people, told as someone's)
                if noun.lemma_.lower() not in ("crowd",):
                    return None
        if noun is None and num.dep_ == "nummod" and num.head.lower_ in lex["dead_nouns"]:
            return "killed", None  # "four dead" with "dead" tagged an adjective
        head = noun if noun is not None else num
        if noun is not None and noun.dep_ in ("dobj", "nsubjpass") and self._unit_of.get(noun.head.lemma_.lower()) in ("killed", "injured") \
                and noun.head.pos_ == "VERB":
            # "executed five soldiers captured in the fighting": the verb's toll, not the participle's description
            return self._unit_of[noun.head.lemma_.lower()], noun
        # "62 killed", "5 dead" (adjectival), "left 5 dead" (object predicate)
        # "left 5 dead", "3 people were shot dead": the object predicate of the verb
        for c in list(head.children) + ([c for c in head.head.children if c.dep_ == "oprd"] if head.dep_ in ("dobj", "nsubjpass") else []):
            if c.dep_ in ("amod", "acl", "oprd", "relcl") and c.lemma_.lower() in self._unit_of:
                return self._unit_of[c.lemma_.lower()], noun
        if head.dep_ == "nsubjpass" and any(c.dep_ == "xcomp" and killing_phrase(c) for c in head.head.children):
            return "killed", noun  # "three men were found shot dead": the participle tells what was done to them
        tok = head
        for _ in range(4):  # climb through "including 5 children", appositions, conjuncts
            if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.lower_ in ("including", "among", "of"):
                if tok.head.head.lemma_.lower() in lex["toll_nouns"]:
                    return "killed", noun
                tok = tok.head.head
                continue
            if tok.dep_ in ("appos", "conj") and tok.head.pos_ in ("NOUN", "PROPN", "NUM"):
                tok = tok.head
                continue
            break
        if tok.dep_ == "pobj" and tok.head.lower_ in ("between", "from") and tok.head.dep_ == "prep":
            tok = tok.head  # "killing between 62 and 83": the range is the verb's object
            if tok.head.lemma_.lower() in self._unit_of:
                return self._unit_of[tok.head.lemma_.lower()], noun
        verb = tok.head
        lemma = verb.lemma_.lower()
        # "wounding at least 30": the small parser often makes a qualified object npadvmod
        # "five villagers were abducted and killed", "were shot and wounded": a later participle that
        # shares the passive subject gives the unit when the first gives none, or tells a killing
        shared = next((self._unit_of[v.lemma_.lower()] for v in verb.conjuncts if v.i > verb.i and v.lemma_.lower() in self._unit_of
                       and not any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children)), None) if tok.dep_ == "nsubjpass" else None
        if tok.dep_ in ("dobj", "nsubjpass", "attr", "npadvmod") and lemma in self._unit_of:
            return "killed" if shared == "killed" else self._unit_of[lemma], noun
        if shared is not None:
            return shared, noun
        if tok.dep_ in ("dobj", "nsubjpass") and killing_phrase(verb):
            return "killed", noun  # (and a conjunct's: "a policeman and two civilians were shot dead")
        if tok.dep_ == "nsubj" and lemma in self._unit_of and (lemma in lex["intransitive"] or not any(c.dep_ == "dobj" for c in verb.children)):
            return self._unit_of[lemma], noun
        if tok.dep_ == "nsubj" and (lemma in lex["crowd_verbs"] or lemma in lex["crowd_join_verbs"] and any(
                c.dep_ in ("dobj", "npadvmod") and c.lower_ in lex["protest_nouns"] for c in verb.children)):  # ("the march" parsed as a month)
            return "crowd", noun  # "thousands marched", "some 300,000 people joined the march"
        # "deployed some 500 troops", "2,000 police were sent": forces put in place
        if tok.dep_ in ("dobj", "nsubjpass") and lemma in lex["deploy_verbs"] and noun is not None and noun.lemma_.lower() in lex["force_nouns"]:
            return "forces", noun
        # "the death toll rose to 17", "a death toll of 17", "casualties stood at 17"
        if tok.dep_ == "pobj" and tok.head.dep_ == "prep":
            gov = tok.head.head
            subj = gov if gov.pos_ == "NOUN" else next((c for c in gov.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if (subj is None or subj.lemma_.lower() not in lex["toll_nouns"]) and gov.pos_ == "VERB":
                # "activists put the death toll at 20", "officials raised the toll to 15"
                subj = next((c for c in gov.children if c.dep_ == "dobj"), subj)
            if subj is not None and subj.lemma_.lower() in lex["toll_nouns"]:
                return ("injured" if any(c.lemma_.lower() in ("injury", "wounded") for c in subj.children) else "killed"), noun
            if gov.pos_ == "NOUN" and gov.lemma_.lower() == "crowd" or subj is not None and subj.lemma_.lower() in lex["crowd_size_nouns"]:
                return "crowd", noun  # "a crowd of 5,000", "police put the crowd at about 45,000"
        if noun is not None and noun.lemma_.lower() in lex["crowd_nouns"]:
            return "crowd", noun
        return None

    def _materiel(self, noun) -> str | None:
        """Canonical materiel item for a noun with its compounds/modifiers, if any."""
        mods = [t for t in noun.lefts if t.dep_ in ("compound", "amod", "punct", "nmod") and t.i >= noun.left_edge.i]
        words = [t.lower_ for t in mods] + [noun.lemma_.lower()]
        phrase = " ".join(words).replace(" - ", "-").replace(" -", "-").replace("- ", "-")
        items = self._lex["materiel"]
        parts = phrase.split()
        for k in range(len(parts)):
            cand = " ".join(parts[k:])
            if cand in items:
                return items[cand]
        return None

    def _materiel_verb(self, noun) -> bool:
        tok = noun
        for _ in range(6):
            if tok.dep_ in ("conj", "appos"):
                tok = tok.head
                continue
            break
        return tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_.lower() in self._lex["materiel_verbs"]


def _an_age(num, person_nouns) -> bool:
    """A bare number set off by commas after one person is that person's age, no count ("The driver,
    Alpha Sow, 23, was killed", "the victim, 34, was shot", "her husband, John Ade, 40"; person and kin
    nouns): one named or singular person in apposition cannot be 23 people."""
    if num.dep_ != "appos" or any(c.dep_ != "punct" for c in num.children):
        return False
    head, doc = num.head, num.doc
    if not (num.i > 0 and doc[num.i - 1].text == "," and head.i < num.i):
        return False
    return head.tag_ == "NNP" and head.ent_type_ == "PERSON" or head.tag_ == "NN" and head.lemma_.lower() in person_nouns


def figure_interval(f: Magnitude | Figure) -> tuple[float, float]:
    """The values a figure allows: "at least 12" is [12, inf), "up to 5" is [0, 5]."""
    lo = f.min if f.min is not None else 0
    hi: float = f.max if f.max is not None else (float("inf") if f.qualifier in ("at_least", "more_than") or f.min is None else f.min)
    if f.qualifier == "about" and f.min is not None:
        lo, hi = f.min * 0.9, (f.max or f.min) * 1.1
    return lo, hi


_SYMBOLS = {"at_least": "≥", "more_than": ">", "about": "~", "up_to": "≤"}
_WORDS = {"at_least": "at least ", "more_than": "more than ", "about": "about ", "up_to": "up to "}


def quantity_label(lo: int | None, hi: int | None, qualifier: str, *, words: bool = False) -> str:
    """A figure as read: "more than 100" is stored as min 101 (the least whole number
    it allows) and shown with the number stated; ``words`` spells the qualifier out. (Here, below the merge and
    present stages, so the merge's sums and the views write a count one way.)"""
    if lo is not None and hi is not None and lo != hi:
        n = f"{lo}-{hi}"
    elif qualifier == "more_than" and lo is not None and hi is None:
        n = str(lo - 1)
    else:
        n = str(lo if lo is not None else hi if hi is not None else "?")
    return f"{(_WORDS if words else _SYMBOLS).get(qualifier, '')}{n}"
