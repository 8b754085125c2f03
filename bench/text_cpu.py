"""CPU per text check over every labelled post, and the acceptance dump of findings + verdicts.

    .venv/bin/python bench/text_cpu.py                    # CPU ms per check, by part
    .venv/bin/python bench/text_cpu.py --dump before.json # also every post's verdict and findings
    .venv/bin/python bench/text_cpu.py --compare before.json  # and diff against a dump

CPU seconds (time.process_time), not wall-clock: the development machine is shared and its
wall-clock is noisy, a process's CPU much less so. Each post of tests/data, holdout and
set2..set9 is checked through the service's own path (Checker.text_verdict: detectors, then
the policy) in this process, one BLAS thread as `clearpost serve` runs. The first pass warms
the models and is not timed; `--passes N` times N passes (the 2nd and later see the posts
again: what the sentence vectors' cache gives a re-checked post). The parts: spaCy's parse
and the sentence model's forward pass are timed inside the check; the rest is Presidio, our
recognizers and filters, the policy.

The dump holds, per post, the verdict and every finding as the API gives it (rule, span,
text, severity, people, detail...): the acceptance test of any speed change is that
`--compare` reports 0 posts differing.
"""

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "detect"))

from text_eval import DATA, load_posts, services_for  # noqa: E402

SETS = [DATA, *sorted(p.parent for p in DATA.glob("*/posts.jsonl"))]
SETS += sorted(p.parent for p in DATA.glob("*/*/posts.jsonl"))


class Timed:
    """CPU seconds spent inside one method of an object, summed (a bench's wrapper)."""

    def __init__(self, owner, name: str):
        self.total = 0.0
        inner = getattr(owner, name)

        def timed(*args, **kwargs):
            start = time.process_time()
            try:
                return inner(*args, **kwargs)
            finally:
                self.total += time.process_time() - start

        setattr(owner, name, timed)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dump", type=Path, help="write every post's verdict and findings")
    parser.add_argument("--compare", type=Path, help="diff against a --dump file; exit 1 if any")
    parser.add_argument("--passes", type=int, default=1, help="timed passes (default 1)")
    parser.add_argument("--sets", nargs="*", help="only these sets (e.g. set3 holdout)")
    parser.add_argument(
        "--no-cache",
        action="store_true",
        help="keep no sentence vectors between checks (a post never seen)",
    )
    parser.add_argument(
        "--backend",
        choices=("onnxruntime", "numpy"),
        help="the sentence model's forward pass (default: the service's)",
    )
    args = parser.parse_args(argv)

    from clearpost.detect.text.sentence_model import shared_sentence_model
    from clearpost.detect.text.text_pii import shared_text_detector
    from clearpost.serving.blas_threads import one_blas_thread

    one_blas_thread()
    detector = shared_text_detector()
    model = shared_sentence_model()
    if args.backend and hasattr(model, "backend") and args.backend != model.backend:
        model.__init__(backend=args.backend)  # not loaded yet: the detector loads it
    if args.no_cache:
        model._cache_size = 0
    detector.load()
    forward = Timed(model, "_forward_batch" if hasattr(model, "_forward_batch") else "_forward")
    spacy = Timed(detector._analyzer.nlp_engine, "process_text")

    results: dict[str, dict] = {}
    rechecked_differ: list[str] = []  # a later pass answering otherwise than the first
    cpu: list[float] = []
    parts = {"spaCy": 0.0, "sentence model": 0.0}
    for folder in SETS:
        name = "." if folder == DATA else str(folder.relative_to(DATA))
        if args.sets and name not in args.sets:
            continue
        svc = services_for(folder, Path(tempfile.mkdtemp()))
        posts = load_posts(folder)
        for index, post in enumerate(posts):  # the untimed pass: models and register warm
            answer = svc.checker.text_verdict(post["text"], post["account"], post["photo"])
            results[f"{name}#{index}"] = answer
        for _ in range(args.passes):
            for index, post in enumerate(posts):
                before = (time.process_time(), forward.total, spacy.total)
                answer = svc.checker.text_verdict(post["text"], post["account"], post["photo"])
                cpu.append(time.process_time() - before[0])
                if answer != results[f"{name}#{index}"]:
                    rechecked_differ.append(f"{name}#{index}")
                parts["sentence model"] += forward.total - before[1]
                parts["spaCy"] += spacy.total - before[2]
        svc.close()

    ms = sorted(1000 * c for c in cpu)
    p95 = ms[min(len(ms) - 1, int(0.95 * len(ms)))]
    print(f"{len(results)} posts, {len(ms)} timed checks: CPU per check "
          f"median {statistics.median(ms):.1f} ms, mean {statistics.mean(ms):.1f} ms, "
          f"p95 {p95:.1f} ms")  # fmt: skip
    if hasattr(model, "sentences_run"):
        print(f"  sentences embedded: {model.sentences_run} in all passes")
    for part, total in parts.items():
        print(f"  {part:15} {1000 * total / len(ms):6.1f} ms a check on average")
    rest = statistics.mean(ms) - 1000 * sum(parts.values()) / len(ms)
    print(f"  {'the rest':15} {rest:6.1f} ms (Presidio, recognizers, filters, policy)")

    print(f"checked again: {len(rechecked_differ)} answers differ from the first pass's "
          f"{rechecked_differ[:10]}")  # fmt: skip
    if args.dump:
        args.dump.write_text(json.dumps(results, indent=0, sort_keys=True, ensure_ascii=False))
        print(f"wrote {args.dump}")
    if args.compare:
        before = json.loads(args.compare.read_text())
        differ = [k for k in before if k in results and before[k] != results[k]]
        missing = [k for k in before if k not in results]
        for key in differ[:20]:
            print(f"DIFFERS {key}:\n  before {before[key]}\n  now    {results[key]}")
        print(f"compared {len(before) - len(missing)} posts with {args.compare}: "
              f"{len(differ)} differ")  # fmt: skip
        return 1 if differ or rechecked_differ else 0
    return 1 if rechecked_differ else 0


if __name__ == "__main__":
    sys.exit(main())
