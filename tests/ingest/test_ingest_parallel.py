"""The same rows whatever annotates: in this process, 2 local worker processes, or a real
dask.distributed LocalCluster with 2 workers (the single writer stores results in input order)."""
from __future__ import annotations

from pathlib import Path

import pytest

from typer.testing import CliRunner

from chronicle.cli.main import app
from chronicle.ingest import ingest
from chronicle.parallel import ProcessRunner
from chronicle.readers import read_inputs
from chronicle.store import Store
from chronicle.store.check import check_store, snapshot


def _ingest(url: str, items: list, runner=None):
    store = Store(url)
    try:
        summary = ingest(items, store, batch_size=2, runner=runner)
        return summary, snapshot(store), check_store(store)
    finally:
        store.close()


def test_serial_processes_and_dask_store_the_same_rows(tmp_path, corpus):
    items = list(read_inputs([str(corpus)]))
    items.append(items[0].model_copy(update={"id": "again"}))  # a duplicate, dropped by content hash
    serial, want, problems = _ingest(f"sqlite:///{tmp_path / 'serial.db'}", items)
    assert (serial.stored, serial.duplicates, len(serial.failed)) == (6, 1, 0) and problems == []
    assert len(want["articles"]) == 6 and len(want["mentions"]) >= 3  # enough rows to compare

    with ProcessRunner(2) as runner:
        summary, got, problems = _ingest(f"sqlite:///{tmp_path / 'processes.db'}", items, runner)
    assert summary.as_dict() == serial.as_dict() and problems == []
    assert got == want

    # `chronicle ingest --dask tcp://...` against a real LocalCluster with 2 worker processes
    distributed = pytest.importorskip("distributed")
    (corpus / "zz-again.txt").write_bytes(Path(items[0].origin.split(":")[0]).read_bytes())  # read last
    url = f"sqlite:///{tmp_path / 'dask.db'}"
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                  silence_logs=40) as cluster:
        assert cluster.scheduler_address.startswith("tcp://")
        result = CliRunner().invoke(app, ["ingest", str(corpus), "--db", url, "--batch-size", "2",
                                          "--dask", cluster.scheduler_address])
    assert result.exit_code == 0, result.output
    assert "read 7 · stored 6 · already stored 1 · skipped 0 · failed 0" in result.output
    store = Store(url)
    try:
        assert snapshot(store) == want and check_store(store) == []
    finally:
        store.close()
