"""Measure feature variants for the protest family of event types (CASE 2021 / ACLED), by the
`bench event-types --cv K` protocol on fold seeds 0-9 (branch m4t, issue 4).

The largest confusion of the shipped model is a violent demonstration (ACLED "Violent
demonstration": the demonstrators turn violent or destructive) read as a peaceful protest. The
variants, declared before measuring (README, "Violence by and against demonstrators"):

* ``shipped``: the recipe shipped at fe6ba8e, as `sitrep bench event-types --cv 5 --cv-seed S` ran
  it then (the rules' trusted labels first, learnt on each fold's training part by the 80% bar
  alone, eventtypes.trusted_rule_labels); the bar-and-comparison trust adopted afterwards (README,
  "Rule trust: the bar and the comparison") is not replayed here, so every variant is measured
  against the same bar;
* ``cues``: the cue lexicon with more cues of violence by demonstrators (ACLED's list: vandalism,
  property destruction, road blocks of barricades or burning tyres, stone-throwing, clashes with
  the police, police hurt) and "riot" no longer firing on "riot police" / "riot gear";
* ``typed_roles``: who-does-what features pooled by kind of act: a verb's (or event noun's) act
  read as harm (an ASSAULT, a destruction, a theft, a throw) or as stopping people (arrest,
  detain, disperse), done by a crowd (protest or mob doers), by security forces (MIL / POL), or by
  others, to whom ("r:t:crowd>harm", "r:t:force>stop>o:crowd"): police firing on protesters,
  police arresting them and protesters stoning police then differ by one feature each, whatever
  the verb, where the lemma-level role features need each verb seen in training;
* ``cues+typed_roles``: both.

Adoption rule (declared before measuring): mean weighted F1 over fold seeds 0-9 up by >= 0.003
over ``shipped`` and no seed down by more than 0.005; of several passing, the highest mean.

Only the sparse part's features change; the embedding part is fitted once per fold and shared.
Prints one JSON line per seed (weighted/micro/macro per variant, protest-family F1 and the
violent-read-as-peaceful count), then one summary line per variant.

Usage: python scripts/event_types_protest_cv.py [--data DIR] [--seeds 0 1 ... 9] [--k 5]
"""
from __future__ import annotations

import argparse
import json
import warnings
from collections import Counter
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import KFold, StratifiedKFold

from sitrep.bench.event_types import extra_training_rows, load_records, parse_texts, rule_labels, rules_first, score
from sitrep.extract.embeddings import load_encoder, snippet_vectors
from sitrep.extract.eventroles import _arguments, _event_nouns, _noun_arguments, argument_sector
from sitrep.extract.eventtypes import (
    TRAIN_PARAMS,
    CueLexicon,
    _aligned,
    _compile,
    _log_softmax,
    featurize,
    load_cue_lexicon,
    train_model,
    trusted_rule_labels,
)

PROTEST_FAMILY = ("PEACE_PROTEST", "PROTEST_WITH_INTER", "FORCE_AGAINST_PROTEST", "VIOL_DEMONSTR", "MOB_VIOL")

# variant "cues": added to (or replacing) event_type_cues.yaml entries; written from ACLED's definition
# of a violent demonstration and general news usage, not from benchmark snippets
CROWD = r"(protesters|protestors|demonstrators|marchers|students|youths|crowds?|rioters)"
EXTRA_CUES: dict[str, list[str]] = {
    "VIOL_DEMONSTR": [
        CROWD + r" .{0,40}(set fire|set ablaze|blocked|barricad|smashed|damaged|stormed|ransacked|looted|injur|fought|attacked|hurled|threw|pelted|torched|burned|burnt|vandali|clashed)",
        r"(burning|burned|burnt|torched|set fire to|set alight) .{0,15}(tyres|tires)",
        r"barricades?",
        r"(stone|rock)[- ]?(throwing|pelting|throwers)",
        r"petrol[- ]bombs?",
        r"fire ?bombs?",
        r"turned violent",
        r"violent (protests?|demonstrations?|protesters|demonstrators)",
        r"clash(es|ed)? (between|with) .{0,40}(police|security|officers|troops)",
        r"(police(men)?|officers|policemen|security personnel) .{0,30}(were|was|had been|being) (injured|wounded|hurt)",
        r"(injured|wounded|hurt) .{0,20}(police(men)?|officers|policemen)",
    ],
}
# cues replaced: "riot" fires on "riot police" / "riot gear", which a peaceful protest met by the police has
REPLACED_CUES: dict[str, dict[str, str]] = {
    "VIOL_DEMONSTR": {"riot": r"riot(?!\s*(police|gear|squads?|control|officers|units?|shields?|troops|forces))"},
}


def variant_lexicon() -> CueLexicon:
    base = load_cue_lexicon()
    out = {}
    for label, pats in base.cues.items():
        repl = REPLACED_CUES.get(label, {})
        kept = []
        for pat, w in pats:
            src = pat.pattern.removeprefix(r"(?<![a-z0-9])")
            kept.append(_compile({"cue": repl[src], "weight": w}) if src in repl else (pat, w))
        kept += [_compile(p) for p in EXTRA_CUES.get(label, [])]
        out[label] = tuple(kept)
    return CueLexicon(out)


# variant "typed_roles": kinds of act
HARM_EXTRA = frozenset({"throw", "hurl", "pelt", "stone", "smash", "damage", "injure", "hurt", "wound", "set", "torch", "burn",
                        "loot", "vandalise", "vandalize", "ransack", "attack", "clash", "fight", "beat", "kill", "shoot"})
STOP = frozenset({"arrest", "detain", "disperse", "scatter", "round", "apprehend", "hold", "break", "block", "stop", "prevent",
                  "ban", "jail", "imprison"})
FORCE_SECTORS = frozenset({"MIL", "POL"})


def _harm_verbs() -> frozenset[str]:
    ev, _ = _event_nouns()
    out = {lemma for lemma, t in ev.verbs.items() if t.event in ("ASSAULT", "CRIME")}
    out |= {"torch", "burn", "raze", "ransack", "vandalize", "vandalise", "deface", "sabotage", "demolish"}
    out |= {lemma for lemma, t in ev.nouns.items() if t.event == "ASSAULT"}
    return frozenset(out | HARM_EXTRA) - STOP


def typed_roles(span, lex, lookup, crowd: frozenset[str], harm: frozenset[str]) -> Counter[str]:
    ev, event_nouns = _event_nouns()
    feats: Counter[str] = Counter()

    def kind(tok) -> str | None:
        if tok.pos_ == "PRON":
            return None
        if tok.lemma_.lower() in crowd or tok.lower_ in crowd:
            return "crowd"
        sec = argument_sector(tok, lex, lookup)
        if sec is None:
            return None
        return "force" if sec in FORCE_SECTORS else "other"

    for verb in span:
        v = verb.lemma_.lower()
        if verb.pos_ == "VERB":
            subj, obj = _arguments(verb)
        elif verb.pos_ == "NOUN" and (v in event_nouns or verb.lower_ in event_nouns):
            subj, obj = _noun_arguments(verb, ev)
        else:
            continue
        act = "harm" if v in harm else "stop" if v in STOP else None
        if act is None:
            continue
        sk = {k for a in subj if (k := kind(a))}
        ok = {k for a in obj if (k := kind(a))}
        for s in sk:
            feats[f"r:t:{s}>{act}"] += 1
        for o in ok:
            feats[f"r:t:{act}>o:{o}"] += 1
            for s in sk:
                feats[f"r:t:{s}>{act}>o:{o}"] += 1
    return feats


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=Path("../shared/bench/case2021_event_types"))
    ap.add_argument("--seeds", type=int, nargs="+", default=list(range(10)))
    ap.add_argument("--k", type=int, default=5)
    ap.add_argument("--variants", nargs="+", default=["shipped", "cues", "typed_roles", "cues+typed_roles"])
    args = ap.parse_args()
    warnings.simplefilter("ignore")
    from sitrep.codebook import load_codebook
    from sitrep.extract.eventroles import role_features

    rows = load_records(args.data / "dev.jsonl")
    texts, gold = [r["text"] for r in rows], [r["label"] for r in rows]
    params = dict(TRAIN_PARAMS)
    extra, extra_weights = extra_training_rows(args.data / "labels.json", float(params.pop("example_weight", 1.0)))
    everything = texts + [t for t, _ in extra]
    ext_labels = [lab for _, lab in extra]
    vectors = snippet_vectors(load_encoder(), everything)
    parses = parse_texts(everything)
    ruled = rule_labels(texts)
    n, labels = len(texts), sorted(set(gold) | set(ext_labels))
    book = load_codebook()
    ev, _ = _event_nouns()
    crowd = frozenset(ev.protest_doers or {}) | ev.mob_doers | {"crowd", "protester", "protestor", "demonstrator", "marcher"}
    harm = _harm_verbs()
    base_cues, var_cues = load_cue_lexicon(), variant_lexicon()
    roles = [role_features(p) for p in parses]
    troles = [typed_roles(p, book.sectors, book.lookup, crowd, harm) for p in parses]
    feats = {
        "shipped": [featurize(t, base_cues, r) for t, r in zip(everything, roles)],
        "cues": [featurize(t, var_cues, r) for t, r in zip(everything, roles)],
        "typed_roles": [featurize(t, base_cues, r + tr) for t, r, tr in zip(everything, roles, troles)],
        "cues+typed_roles": [featurize(t, var_cues, r + tr) for t, r, tr in zip(everything, roles, troles)],
    }
    fired = {v: sum(1 for f in feats[v][:n] if any(k.startswith("r:t:") for k in f)) for v in feats}
    print(json.dumps({"texts": n, "extra": len(extra), "snippets_with_typed_roles": fired["typed_roles"]}), flush=True)
    sparse_kw = {k: v for k, v in params.items() if k not in ("emb_c", "emb_mix")}

    results: dict[str, dict[int, tuple[float, float, float]]] = {}
    for seed in args.seeds:
        splitter = (StratifiedKFold if min(Counter(gold).values()) >= 2 else KFold)(n_splits=args.k, shuffle=True, random_state=seed)
        preds = {v: [""] * n for v in args.variants}
        for tr, te in splitter.split(texts, gold):
            tr_lab = [gold[i] for i in tr] + ext_labels
            eclf = LogisticRegression(C=float(params["emb_c"]), max_iter=3000).fit(
                np.vstack([vectors[tr], vectors[n:]]).astype(np.float64), tr_lab)
            ecoef, eint = _aligned(eclf, labels, vectors.shape[1])
            emb = _log_softmax(eint + vectors[te].astype(np.float64) @ ecoef.T)
            trusted = trusted_rule_labels([ruled[i] for i in tr], [gold[i] for i in tr])
            for v in args.variants:
                fv = feats[v]
                model = train_model([texts[i] for i in tr] + [t for t, _ in extra], tr_lab, all_labels=labels,
                                    sample_weight=[1.0] * len(tr) + list(extra_weights), parses=parses,
                                    features=[fv[i] for i in tr] + fv[n:], **sparse_kw)
                dec = []
                for i in te:
                    ix, vals = model._row(fv[i])
                    dec.append(model.intercept + model.coef[:, ix].astype(np.float64) @ vals)
                lp = (1.0 - float(params["emb_mix"])) * _log_softmax(np.array(dec)) + float(params["emb_mix"]) * emb
                fold = [labels[j] for j in lp.argmax(axis=1)]
                fold = rules_first([ruled[i] for i in te], fold, trusted)
                for i, p in zip(te, fold):
                    preds[v][i] = p
        line: dict[str, object] = {"seed": seed}
        for v, p in preds.items():
            s = score(gold, p)
            results.setdefault(v, {})[seed] = (s["weighted_f1"], s["micro_f1"], s["macro_f1"])
            line[v] = {"wmm": results[v][seed], "family_f1": {lab: s["per_label"][lab]["f1"] for lab in PROTEST_FAMILY},
                       "viol_as_peace": sum(g == "VIOL_DEMONSTR" and q == "PEACE_PROTEST" for g, q in zip(gold, p)),
                       "peace_as_viol": sum(g == "PEACE_PROTEST" and q == "VIOL_DEMONSTR" for g, q in zip(gold, p))}
        print(json.dumps(line), flush=True)
    base = results.get("shipped")
    for v, r in results.items():
        w = [x[0] for x in r.values()]
        out = {"variant": v, "weighted_mean": round(sum(w) / len(w), 4), "weighted_worst": min(w)}
        if base is not None and v != "shipped":
            d = [r[s][0] - base[s][0] for s in r]
            out |= {"mean_gain": round(sum(d) / len(d), 4), "worst_drop": round(min(d), 4),
                    "passes": sum(d) / len(d) >= 0.003 and min(d) >= -0.005}
        print(json.dumps(out), flush=True)


if __name__ == "__main__":
    main()
