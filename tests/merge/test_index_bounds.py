"""The score bounds of a probe only cut short scores that could not reach the threshold."""
from sitrep.bench.merge_scale import synthetic_stream
from sitrep.merge.index import IncidentIndex, MergeOptions, _Probe, _score


def test_bounded_scores_agree_with_unbounded_ones_at_or_above_the_threshold():
    options = MergeOptions(keep_mentions=False, text_similarity=False)
    index = IncidentIndex(options=options)
    compared = reached = 0
    for m, _ in synthetic_stream(4000, seed=2):
        loose, tight = _Probe.of(m), _Probe.read(m, options)  # of(): the loosest bounds
        for s in index._summaries.values() if compared < 200_000 else ():
            full, bounded = _score(loose, s, options), _score(tight, s, options)
            compared += 1
            if full >= options.threshold or bounded >= options.threshold:
                reached += 1
                assert bounded == full
            else:
                assert bounded < options.threshold
            assert full <= loose.ceiling and (full < options.threshold or full <= tight.ceiling)
        index.add(m)
    assert reached > 100  # the check saw attachable pairs, not only hopeless ones
