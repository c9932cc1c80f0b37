"""How long the command line takes to start, against the libraries it cannot do without.

Each command runs in a fresh interpreter, several times, in turn with its floor; the median
CPU time (user + system of the child: on a shared machine the wall clock counts other
people's work too) is compared with the floor's:

  jdscore --version       against  python -c "import typer"                  (target <= 1.2x)
  jdscore check RUBRIC    against  importing what it needs: typer, lark, rich  (target <= 1.5x)
  jdscore try SENTENCE 7  against  the same libraries                         (target <= 1.5x)
  jdscore score FORM.csv  against  the same libraries and the csv module       (figures only)

Every command runs once before it is measured, with its bytecode kept (in a folder of
its own, PYTHONPYCACHEPREFIX): an installed jdscore, like the libraries, has its modules
compiled when pip installs it, and a run with PYTHONDONTWRITEBYTECODE set would otherwise
compile jdscore's modules from source every time while reading the libraries' bytecode.

    python bench/startup.py [--runs 7]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUBRIC = ROOT / "rubrics" / "chengzhai-2018.jd"
LIBRARIES = "import typer, lark, rich.console, rich.text"


ENV = dict(os.environ)


def cpu(cmd: list[str]) -> float:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    done = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=ENV)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode not in (0, 1):
        sys.stderr.write(done.stderr.decode("utf-8", "replace")[-1500:])
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def medians(cmd: list[str], floor: list[str], runs: int) -> tuple[float, float]:
    """The median CPU time of `cmd` and of `floor`, run in turn (a shared machine's load
    changes by the minute: both see the same)."""
    cpu(cmd), cpu(floor)  # bytecode written, caches filled
    took, floors = [], []
    for _ in range(runs):
        took.append(cpu(cmd))
        floors.append(cpu(floor))
    return statistics.median(took), statistics.median(floors)


def jdscore(*args: str) -> list[str]:
    return [sys.executable, "-c", "import sys; from jdscore import main; sys.exit(main())", *args]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        ENV.pop("PYTHONDONTWRITEBYTECODE", None)
        ENV["PYTHONPYCACHEPREFIX"] = str(Path(tmp) / "bytecode")
        sys.path.insert(0, str(ROOT / "bench"))
        import wholerun

        form = wholerun.facts_csv(Path(tmp), 10)
        rows = [
            ("jdscore --version", jdscore("--version"), [sys.executable, "-c", "import typer"], "import typer", 1.2),
            ("jdscore check", jdscore("check", str(RUBRIC)), [sys.executable, "-c", LIBRARIES], "libraries", 1.5),
            ("jdscore try", jdscore("try", "每条计0.05分,最高计1分", "7"), [sys.executable, "-c", LIBRARIES],
             "libraries", 1.5),
            ("jdscore score (10 units)", jdscore("score", str(form), "--format", "csv", "-o", str(Path(tmp) / "o.csv")),
             [sys.executable, "-c", LIBRARIES + ", csv"], "libraries", None),
        ]
        print("| command | CPU ms | floor | floor ms | ratio | target |")
        print("|---|---:|---|---:|---:|---:|")
        for name, cmd, floor_cmd, floor_name, target in rows:
            took, floor = medians(cmd, floor_cmd, args.runs)
            print(f"| {name} | {took * 1000:.0f} | {floor_name} | {floor * 1000:.0f} | {took / floor:.2f} | "
                  f"{'-' if target is None else f'<= {target}'} |", flush=True)


if __name__ == "__main__":
    main()
