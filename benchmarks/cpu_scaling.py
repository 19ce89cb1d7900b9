"""How well this machine runs two parsing processes at once: spaCy alone, one process, then two.

    python benchmarks/cpu_scaling.py [--articles 80]

Worker-scaling figures (benchmarks/batch.py, benchmarks/server_load.py) cannot beat this ceiling;
run it next to them to tell a slower machine from slower code.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys

from batch import BBC  # benchmarks/ is on the path of a script run from it
PARSE = """
import json, sys, time
from newsprobe.nlp import get_nlp
nlp = get_nlp()
texts = [json.loads(line)["text"] for _, line in zip(range({n}), open({path!r}, encoding="utf-8"))]
nlp(texts[0])
started = time.perf_counter()
for text in texts:
    nlp(text)
print(time.perf_counter() - started)
"""


def run(processes: int, articles: int) -> list[float]:
    code = PARSE.format(n=articles, path=str(BBC))
    procs = [subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True) for _ in range(processes)]
    return [float(p.communicate()[0]) for p in procs]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=80)
    args = parser.parse_args(argv)
    (solo,) = run(1, args.articles)
    pair = run(2, args.articles)
    print(json.dumps({"articles": args.articles, "one_process_s": round(solo, 1), "two_processes_s": [round(t, 1) for t in pair],
                      "throughput_gain_of_two": round(2 * solo / max(pair), 2)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
