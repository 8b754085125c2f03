"""Models loading side by side never freeze the process.

The service warms its models in a thread at start while the first checks arrive on others.
The sentence model used to limit NumPy's BLAS threads as it loaded (threadpoolctl), which
walks the loaded libraries holding the dynamic loader's lock and calling back into Python;
a thread importing onnxruntime at that moment holds the GIL and waits for that lock. Each
waited for the other: the service froze, /health too (5 of 10 runs of the script below
hung; one CI run's every browser test timed out). `clearpost serve` now limits BLAS once,
before its threads start (server/serving/blas_threads.py).
"""

import subprocess
import sys

# The two loads of the warm-up and a first check, at the same moment, in a fresh process.
SIDE_BY_SIDE = """
import threading
from clearpost.detect.text.sentence_model import SentenceModel

def native():
    import onnxruntime, cv2, dlib, rapidocr_onnxruntime  # noqa: F401

model = SentenceModel()
threads = [threading.Thread(target=f, daemon=True) for f in (native, model.load)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
print(model.encode(["loaded"]).shape)
"""
RUNS = 6  # each run froze with probability 1/2 before the fix: all six passing by luck is 1/64


def test_the_sentence_model_loads_beside_native_imports_without_freezing():
    runs = [
        subprocess.Popen([sys.executable, "-c", SIDE_BY_SIDE], stdout=subprocess.PIPE, text=True)
        for _ in range(RUNS)
    ]
    frozen = 0
    for run in runs:
        try:
            out, _ = run.communicate(timeout=120)
            assert run.returncode == 0 and "(1, 384)" in out
        except subprocess.TimeoutExpired:
            run.kill()
            run.communicate()
            frozen += 1
    assert frozen == 0, f"{frozen} of {RUNS} processes froze loading the models side by side"


def test_serve_limits_blas_to_one_thread_before_its_threads_start():
    """The limit the sentence model relies on for latency still holds in the service."""
    script = (
        "import threading\n"
        "from clearpost.serving.blas_threads import one_blas_thread\n"
        "assert threading.active_count() == 1\n"
        "one_blas_thread()\n"
        "from threadpoolctl import threadpool_info\n"
        "print([i['num_threads'] for i in threadpool_info() if i['user_api'] == 'blas'])\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    counts = eval(out.stdout)  # noqa: S307 - our own script's list of ints
    assert counts and all(n == 1 for n in counts)
