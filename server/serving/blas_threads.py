"""NumPy's BLAS held to one thread in the service, set once, before its threads start.

Why one thread: with two, each matrix product of the sentence model spins on both cores,
and any other busy program (the browser, a batch, a second request) turned a 65 ms text
check into 1.1 s (p95 820 ms in `make bench` beside a test run; 110 ms with one). Several
requests at once use the cores instead.

Why here, and not when the sentence model loads (as it was): threadpoolctl finds the BLAS
library by walking the loaded libraries with dl_iterate_phdr, which holds the dynamic
loader's lock while it calls back into Python for each library. A thread importing a
native module at that moment (the start-up warm-up importing onnxruntime) holds the GIL and
waits in dlopen for the loader's lock: each waits for the other and the whole service
froze, /health too. It took one check arriving while the models warmed (5 of 10 runs of the
two loads side by side; every browser test of one CI run). Called while the process has a
single thread, it cannot meet a dlopen.
"""


def one_blas_thread() -> None:
    """Limit NumPy's BLAS to one thread for the whole process. Call it before any thread
    starts (`clearpost serve` does, first thing)."""
    import numpy  # noqa: F401 - loads the BLAS library, so there is one to limit
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=1, user_api="blas")
