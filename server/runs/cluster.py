"""Batch and find on a trust's Dask cluster: `clearpost batch|find --scheduler tcp://HOST:8786`.

Why: a multi-academy trust keeps hundreds of thousands of archived photos; when a parent
withdraws consent, `clearpost find` must search them all, and one machine checks ~1 photo a
second. With `--scheduler` the same per-photo work (`batch_photo.check_one`,
`find.search_one`) runs on the cluster's workers instead of here (the tasks are
`batch_photo.check_remote` and `find.search_remote`, each one photo); this process scans
the folder, hands out one task per photo, and writes the same reports (rows sorted as a
local run sorts them).

What each worker needs: this package installed (`pip install "clearpost[cluster]"`, the
models with it), the photo folder and the data folder at the same paths as here (a shared
drive), and for PostgreSQL the same CLEARPOST_DATABASE_URL in its environment. A worker
builds its Services once per data folder, so it loads the models once and reuses them for
every photo it is given. Nothing biometric crosses the network: a find task carries the
pupil's UPN, and each worker reads the templates from the register itself (so an erasure is
seen by the next task). Rows come back with their thumbnails (a face crop): run the cluster
on the trust's own network, with `tls://` addresses and certificates (Dask's own TLS
settings) where it crosses buildings.
"""

import threading
from pathlib import Path

from ..errors import ClearpostError

CONNECT_SECONDS = 10

_services: dict[str, object] = {}  # in a worker process: data folder -> Services
_lock = threading.Lock()


class SchedulerUnreachable(ClearpostError):
    """--scheduler names no Dask scheduler that answers."""


def worker_services(home: str):
    """The worker process's Services for this data folder, made once (models load once)."""
    with _lock:
        svc = _services.get(home)
        if svc is None:
            from ..services import Services

            svc = _services[home] = Services(Path(home))
        return svc


def warm_worker(home: str) -> None:
    """On a worker (`client.run`): load the models now, as `clearpost serve` does at start."""
    worker_services(home).checker.warm()


def run(address: str, task, arguments: list[tuple], accept) -> None:
    """Each argument tuple as one task on the cluster; `accept(row)` as each one finishes.
    Ctrl-C cancels what is still queued."""
    try:
        from distributed import Client, as_completed
    except ImportError as exc:  # pragma: no cover - `make install` installs it
        raise ClearpostError(
            '--scheduler needs Dask: install it with `pip install "clearpost[cluster]"`.'
        ) from exc
    try:
        client = Client(address, timeout=CONNECT_SECONDS)
    except (OSError, TimeoutError) as exc:
        raise SchedulerUnreachable(
            f"No Dask scheduler answers at {address} ({exc}). Start one (`dask scheduler`) "
            "and its workers (`dask worker ADDRESS`), or leave out --scheduler to run here."
        ) from exc
    with client:
        futures = [client.submit(task, *args, pure=False) for args in arguments]
        try:
            for future in as_completed(futures):
                accept(future.result())
        except KeyboardInterrupt:
            client.cancel(futures)
            raise
