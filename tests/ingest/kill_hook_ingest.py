"""``python kill_hook_ingest.py N ingest ARGS``: run ``chronicle ingest ARGS``, announcing
``IN_TX <n>`` on stdout inside every store transaction (rows written, not committed) and pausing
for a minute inside the N-th: the test kills the process (SIGKILL) at that moment, the worst one
for consistency. Used by test_ingest_resume.py."""
import sys
import time

from chronicle.store import core

_write_chunk = core._write_chunk
_n = 0


def _paused(conn, chunk, run_id):
    global _n
    stats = _write_chunk(conn, chunk, run_id)
    _n += 1
    print(f"IN_TX {_n} {stats.stored}", flush=True)
    if _n == int(sys.argv[1]):
        time.sleep(60)
    return stats


if __name__ == "__main__":  # worker processes (spawn) import this file too
    core._write_chunk = _paused
    from chronicle.cli.main import app

    app(args=sys.argv[2:], prog_name="chronicle")
