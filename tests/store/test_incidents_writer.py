"""The store's own incident writer: blocks held in memory and buffered writes give what the per-mention queries give."""
from __future__ import annotations

import pytest

from sitrep.merge import IncidentIndex
from sitrep.store.duck import Store
from sitrep.store.incidents import _Blocks, _candidate_filter, attach_mention

from test_store_incidents import _articles, _stream  # noqa: E402 (tests/store is on sys.path)

# every column but updated_at (the time the row was written)
COLS = "id, seq, event_type, date, date_low, date_high, place_name, country, killed_low, killed_high, killed_best, " \
       "perpetrator_names, n_articles, n_mentions, contested_fields, first_published, last_published, record"


def _rows(store: Store) -> list[tuple]:
    store.commit()
    return store.con.execute(f"SELECT {COLS} FROM incidents ORDER BY seq").fetchall()


@pytest.mark.parametrize("seed, cache", [(4, 100_000), (5, 7)])
def test_buffered_store_writer_gives_the_rows_of_the_one_off_path(tmp_path, seed, cache):
    """With a tiny parsed-mention cache, buffered mentions dropped from it are flushed and read back."""
    ms = _stream(seed)
    batch = IncidentIndex()
    expected = [batch.add(m) for m in ms]
    slow, fast = Store(tmp_path / "slow.duckdb"), Store(tmp_path / "fast.duckdb")
    try:
        for s in (slow, fast):
            _articles(s, ms)
        fast._incidents.CACHE = cache
        got = []
        for k, m in enumerate(ms):
            assert attach_mention(slow.con, m) == expected[k]
            fast._begin()
            got.append(fast._incidents.attach_mention(m))
            if k % 13 == 0:
                fast.commit()
            if k == 30:  # a read in the middle of a batch sees the buffered rows
                assert fast.count_incidents() == len(set(expected[:31]))
        assert got == expected
        assert _rows(fast) == _rows(slow)
        assert fast.counts()["incident_mentions"] == len(ms)
    finally:
        slow.close()
        fast.close()


def test_rollback_drops_buffered_rows_and_blocks(tmp_path):
    ms = _stream(6)
    expected = [IncidentIndex().add(m) for m in ms[:1]]  # the first mention always opens the incident named after it
    with Store(tmp_path / "r.duckdb") as store:
        _articles(store, ms)
        store.commit()
        store._begin()
        first = [store._incidents.attach_mention(m) for m in ms[:20]]
        store.rollback()
        assert store.counts()["incident_mentions"] == 0 and store.count_incidents() == 0
        store._begin()
        again = [store._incidents.attach_mention(m) for m in ms[:20]]
        assert again == first and again[0] == expected[0]
        store.commit()
        assert store.counts()["incident_mentions"] == 20


def test_blocks_in_memory_select_what_the_query_selects(tmp_path):
    ms = _stream(7)
    with Store(tmp_path / "b.duckdb") as store:
        _articles(store, ms)
        for m in ms[:40]:
            attach_mention(store.con, m)
        blocks = _Blocks.load(store.con)
        index = IncidentIndex()
        kinds = set()
        for m in ms:  # stored ones (which meet themselves) and new ones
            where, params = _candidate_filter(index, m)
            want = {r[0] for r in store.con.execute(f"SELECT DISTINCT incident_id FROM incident_mentions WHERE {where}", params).fetchall()}
            region, days = index.block_keys(m)
            kinds.add((region == "?", days is None))
            assert blocks.candidates(region, days, index.options.max_scan) == want
        assert len(kinds) >= 3  # placed and unplaced, dated and undated mentions were compared
