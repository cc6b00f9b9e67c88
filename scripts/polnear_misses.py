"""List PolNeAR train attributions that no candidate of the quote proposer overlaps, grouped by construction.

Runs the proposer as the quote filter's training sees it (no filter, no boundary model, nested
cues kept, the filtered-run cue threshold) over the training texts and counts the annotated
attributions whose content no utterance covers half of (the benchmark's overlap match; an
utterance is the candidates sharing a cue plus their cue-less continuations, as the benchmark
joins them). Each miss is grouped by the relation of its cue to its source (verb subject,
"according to", possessive noun, passive, cue inside a quotation, in a headline, in another
sentence than the content, no source annotated ...) and by the cue's main lemma and part of
speech, and tagged by whether the proposer took the cue word as a cue at all (if it did, the
content frame missed).
A reading aid for recall work: it trains nothing and writes nothing but its report.

    python scripts/polnear_misses.py [../shared/bench/polnear/train.jsonl] [--docs train.spacy] [--top 40]
        [--bounds] [--examples N]

--bounds refines each candidate's content edges with the packaged boundary model first (as the
stage does); --frames lists the misses whose cue word the proposer never took, grouped by the cue's
lemma, part of speech and complement (a clause with its own subject, an infinitive, an object, a
preposition, nothing), each group with how often that word in that construction occurs on train
outside quotations and headlines and how often it is inside an annotated cue (where PolNeAR is
consistent, a group is worth proposing); --examples N prints N misses whose cue was proposed (the content frame missed), each
with the gold content and the frames the cue got, and counts those misses by where the gold
content lies against the proposed content.
"""
from __future__ import annotations

from collections import Counter

from _polnear_train import load_train, parse_train_args, train_parser, unfiltered_proposer


def relation(doc, att: dict, cue_toks: list, in_quote: bool, headline: bool) -> str:
    """The construction linking an annotated cue to its source and content."""
    if not att["cue"]:
        return "no cue"
    if not cue_toks:
        return "cue of punctuation only"
    main = next((t for t in cue_toks if t.pos_ == "VERB"), None) or next((t for t in cue_toks if t.pos_ in ("NOUN", "ADJ", "ADV", "ADP")), cue_toks[0])
    src = {i for s, e in att["source"] for i in range(s, e)}
    con = {i for s, e in att["content"] for i in range(s, e)}
    subj = [c for c in main.children if c.idx in src and c.dep_ in ("nsubj", "nsubjpass", "poss", "agent", "pobj")]
    if headline:
        return "headline"
    if in_quote:
        return "cue inside a quotation"
    if not att["source"]:
        return "no source"
    if main.lemma_.lower() in ("accord", "according"):
        return "according to"
    con_sents = {t.sent.start for t in doc if t.idx in con}
    if con_sents and main.sent.start not in con_sents:
        return "cue in another sentence"
    if main.pos_ == "VERB":
        if any(c.dep_ in ("nsubjpass", "auxpass") for c in main.children):
            return "passive verb"
        if any(c.dep_ == "nsubj" for c in subj):
            return "verb with its subject"
        return f"verb as {main.dep_}, source not its subject"
    if main.pos_ == "NOUN":
        return "possessive noun" if any(c.dep_ == "poss" for c in subj) else f"noun as {main.dep_}"
    return f"{main.pos_} as {main.dep_}"


def construction(tok) -> str:
    """The complement a cue word takes: a clause with its own subject, an infinitive, an object, a
    preposition (named), or nothing."""
    kids = [c for c in tok.children if c.i > tok.i]
    clause = next((c for c in kids if c.dep_ == "ccomp"), None)
    if clause is not None:
        return "clause" if any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in clause.children) else "clause, no subject"
    if tok.pos_ == "NOUN":
        acl = next((c for c in kids if c.dep_ in ("acl", "relcl")), None)
        if acl is not None:
            to = any(g.dep_ == "aux" and g.lower_ == "to" for g in acl.children)
            that = any(g.dep_ == "mark" and g.lower_ == "that" for g in acl.children)
            return "infinitive" if to else "that-clause" if that else "relative/participle"
    xcomp = next((c for c in kids if c.dep_ == "xcomp"), None)
    if xcomp is not None:
        return "infinitive" if any(g.dep_ == "aux" and g.lower_ == "to" for g in xcomp.children) else "xcomp"
    if any(c.dep_ in ("dobj", "dative") for c in kids):
        return "object"
    prep = next((c for c in kids if c.dep_ == "prep"), None)
    return f"prep {prep.lower_}" if prep is not None else "nothing"


def _key(tok) -> tuple[str, str, str]:
    return tok.lemma_.lower(), tok.pos_, construction(tok)


def _where(doc, att: dict, frames: list[tuple[int, int, str]], cue_i: int) -> str:
    """Where an annotated content lies against the content proposed for its cue."""
    sent = doc[cue_i].sent
    gs, ge = min(s for s, _ in att["content"]), max(e for _, e in att["content"])
    ps, pe = min(s for s, _, _ in frames), max(e for _, e, _ in frames)
    if ge <= sent.start_char or gs >= sent.end_char:
        return "gold in another sentence"
    if gs < sent.start_char or ge > sent.end_char:
        return "gold crosses the sentence"
    if len(att["content"]) > 1:
        return "gold in pieces"
    if pe <= gs or ps >= ge:
        return "gold before the proposed" if ge <= ps else "gold after the proposed"
    if ps > gs and pe >= ge - 2:
        return "proposed starts late"
    if pe < ge and ps <= gs + 2:
        return "proposed ends early"
    return "proposed inside the gold"


def main() -> None:
    ap = train_parser()
    ap.add_argument("--top", type=int, default=40)
    ap.add_argument("--bounds", action="store_true", help="refine content edges with the packaged boundary model")
    ap.add_argument("--examples", type=int, default=0, help="print this many misses whose cue was proposed")
    ap.add_argument("--frames", action="store_true", help="group unproposed cue words by construction, with their train cue rate")
    args = parse_train_args(ap)
    from sitrep.bench.attribution import _widen_marks, _widen_that
    _, records, docs = load_train(args)
    run_of = unfiltered_proposer(bounds=args.bounds)
    framed: Counter[tuple[str, str]] = Counter()
    shown: list[str] = []
    groups: Counter[tuple[str, str]] = Counter()
    lemmas: Counter[tuple[str, str, str]] = Counter()
    n_gold = n_covered = 0
    unproposed: Counter[tuple[str, str, str]] = Counter()  # missed attributions whose cue word was never proposed
    seen: Counter[tuple[str, str, str]] = Counter()  # words outside quotations and headlines, by construction
    in_cue: Counter[tuple[str, str, str]] = Counter()  # ... inside an annotated cue
    took: Counter[tuple[str, str, str]] = Counter()  # ... proposed as a cue
    for rec, doc in zip(records, docs):
        text = rec["text"]
        run = run_of(text, doc)
        cands = run.candidates()
        cue_at = {c.cue.i for c in cands if c.cue is not None}
        if args.frames:
            gold_cue = {i for att in rec["attributions"] for s, e in att["cue"] for i in range(s, e)}
            for t in doc:
                if t.pos_ in ("VERB", "NOUN", "ADJ") and not run._inside_quote(t.idx) and not run._headline(t.idx):
                    k = _key(t)
                    seen[k] += 1
                    in_cue[k] += t.idx in gold_cue
                    took[k] += t.i in cue_at
        # the candidates sharing a cue are one attribution to the benchmark ('"A," she said, "B."')
        utterances: dict[int, set[int]] = {}
        frames: dict[int, list[tuple[int, int, str]]] = {}
        for k, c in enumerate(cands):
            s, e = c.content
            s, e = _widen_marks(text, s, e) if c.kind == "direct" else (_widen_that(text, s), e)
            host = cands[c.speaker_of] if c.cue is None and c.speaker_of is not None else c  # a continuation joins its host
            key = host.cue.i if host.cue is not None else -1 - k
            utterances.setdefault(key, set()).update(range(s, e))
            frames.setdefault(key, []).append((s, e, c.frame))
        for att in rec["attributions"]:
            gold = {i for s, e in att["content"] for i in range(s, e)}
            if not gold:
                continue
            n_gold += 1
            if any(2 * len(gold & chars) >= len(gold) for chars in utterances.values()):
                n_covered += 1
                continue
            cue_chars = {i for s, e in att["cue"] for i in range(s, e)}
            toks = [t for t in doc if t.idx in cue_chars and not t.is_punct]
            first = toks[0].idx if toks else None
            rel = relation(doc, att, toks, first is not None and run._inside_quote(first), first is not None and run._headline(first))
            marks = [t for t in doc if t.idx in cue_chars]  # a colon or dash can be the whole cue ("Name: words")
            proposed = "cue proposed" if any(t.i in cue_at for t in marks) else "cue not proposed"
            groups[(rel, proposed)] += 1
            hit = next((t.i for t in marks if t.i in cue_at), None)
            if hit is not None and hit in frames:
                where = _where(doc, att, frames[hit], hit)
                framed[(where, frames[hit][0][2])] += 1
                if len(shown) < args.examples:
                    shown.append(f"[{where}] {doc[hit].sent.text.strip()[:300]}\n    gold: {[text[s:e] for s, e in att['content']]}\n"
                                 f"    proposed: {[(f, text[s:e]) for s, e, f in frames[hit]]}")
            main_tok = next((t for t in toks if t.pos_ == "VERB"), toks[0] if toks else None)
            if main_tok is not None:
                lemmas[(rel, main_tok.lemma_.lower(), main_tok.pos_)] += 1
            head = next((t for t in toks if t.pos_ == "VERB"), None) or next((t for t in toks if t.pos_ in ("NOUN", "ADJ")), None)
            if head is not None and proposed == "cue not proposed" and rel not in ("headline", "cue inside a quotation"):
                unproposed[_key(head)] += 1
    print(f"{n_gold} gold attributions, {n_covered} ({n_covered / max(1, n_gold):.3f}) half-covered by a candidate, {n_gold - n_covered} missed")
    print("\nmissed, by construction:")
    for (rel, proposed), n in groups.most_common(args.top):
        print(f"{n:6d}  {rel}  ({proposed})")
    if framed:
        print("\ncue proposed, content missed, by where the gold content lies (and the first frame):")
        for (where, frame), n in framed.most_common(args.top):
            print(f"{n:6d}  {where}  ({frame})")
    for line in shown:
        print(line)
    if args.frames:
        print("\nmissed, cue word never proposed, by lemma/part of speech/complement: missed, seen on train, "
              "share inside an annotated cue, share proposed")
        for k, n in unproposed.most_common(args.top):
            print(f"{n:6d}  {'/'.join(k):40s} seen {seen[k]:5d}  cue {in_cue[k] / max(1, seen[k]):.3f}  proposed {took[k] / max(1, seen[k]):.3f}")
    if args.frames:
        print("\nconsistent and seldom proposed: seen 15+ times, inside a cue 60%+ of them, proposed under half; "
              "by the annotated cues not proposed")
        rows = [(round(in_cue[k] - took[k] * in_cue[k] / seen[k]), k) for k in seen
                if seen[k] >= 15 and in_cue[k] >= 0.6 * seen[k] and took[k] < 0.5 * seen[k]]
        for n, k in sorted(rows, reverse=True)[:args.top]:
            print(f"{n:6d}  {'/'.join(k):40s} seen {seen[k]:5d}  cue {in_cue[k] / seen[k]:.3f}  proposed {took[k] / seen[k]:.3f}")
    print("\nmissed, by construction and cue lemma:")
    for (rel, lemma, pos), n in lemmas.most_common(args.top):
        print(f"{n:6d}  {rel}  {lemma}/{pos}")


if __name__ == "__main__":
    main()
