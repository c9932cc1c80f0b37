"""The whole run a provincial office makes: a CSV of every village in, a CSV of totals out.

For each size, CSV facts for a shipped village rubric (chengzhai-2018, 22 facts) are
generated, then two commands run as subprocesses, one after the other, in the same run:

  jdscore   `jdscore score FACTS.csv --format csv -o OUT.csv`
  floor     a hand-written script: the csv module reads the file, every value becomes an
            exact integer (scaled by 10**6, 是/否 as 1/0), the values are added, the totals
            ranked and written with the csv module. No rubric, no checks: the least any
            whole run must do.

Reported per size: units per CPU second of jdscore and of the floor (CPU time is user +
system time of the child, from resource.getrusage: on a shared machine the wall clock
counts other people's work too); jdscore's units per CPU second with its start-up (the CPU
time of a run of 10 units: interpreter, imports, reading the rubric) taken off, which stays
flat when the cost per unit does not grow; the same, warm: the command run again in one
process that has done its imports, less its run on 10 units (medians of 15 runs up to 10,000
units), which is the figure to read at 1,000 units, where start-up's noise is larger than
the work; jdscore's speed as a fraction of the floor's (target >= 0.3) by CPU time and by
wall clock; jdscore's peak memory (max RSS of the child). Compare ratios, not seconds.

    python bench/wholerun.py [--sizes 1000,10000,100000,600000] [--explain 10000] [--xlsx 100000] [--parquet 100000]
                               [--xlsx-out 10000] [--json 10000]

`--explain N` also runs `--explain` to CSV at N units; `--xlsx N` reads N units from a
workbook (totals to CSV); `--parquet N` from a Parquet file (needs pyarrow); `--xlsx-out N`
writes the workbook of N units (totals) and with `--explain` (明细 and 责任单位 too);
`--json N` writes the JSON of N units (totals) and with `--explain` (every line).
"""

from __future__ import annotations

import argparse
import csv
import subprocess
import sys
import tempfile
from pathlib import Path

from limits import jdscore_cmd, with_bytecode
from limits import usage as measured

ROOT = Path(__file__).resolve().parent.parent
RUBRIC = ROOT / "rubrics" / "chengzhai-2018.jd"

FLOOR = r"""
import csv, sys
from decimal import Decimal
S = 10 ** 6
def exact(text):
    text = text.strip()
    if text == "是": return S
    if text == "否": return 0
    if text.isdigit(): return int(text) * S
    return int(Decimal(text).scaleb(6))
with open(sys.argv[1], encoding="utf-8-sig", newline="") as f:
    rows = csv.reader(f)
    next(rows); next(rows)
    totals = [(sum(exact(v) for v in row[1:]), row[0]) for row in rows if row and not row[0].startswith("#")]
order = sorted(range(len(totals)), key=lambda i: -totals[i][0])
rank, last = 0, None
with open(sys.argv[2], "w", encoding="utf-8", newline="") as out:
    w = csv.writer(out)
    w.writerow(["名次", "单位", "总分"])
    for n, i in enumerate(order, 1):
        total, name = totals[i]
        if total != last: rank, last = n, total
        w.writerow([rank, name, Decimal(total).scaleb(-6)])
"""


def header(folder: Path) -> tuple[list[str], list[str], list[str]]:
    """The first row (细则, path), the header row and the row of kinds of the rubric's form."""
    rubric = folder / RUBRIC.name
    if not rubric.exists():
        rubric.write_text(RUBRIC.read_text(encoding="utf-8"), encoding="utf-8")
    form = subprocess.run(jdscore_cmd("template", rubric.name, "--format", "csv"),
                          capture_output=True, text=True, cwd=folder, check=True).stdout
    rows = list(csv.reader(form.lstrip("\ufeff").splitlines()))
    rows[0][1] = RUBRIC.name
    return rows[0], rows[1], rows[2]


def unit_rows(units: int, kinds: list[str]):
    """Deterministic, varied values: counts 0..4, 是/否 alternating by unit and column."""
    yes_no = ["是/否" in kind for kind in kinds[1:]]
    for i in range(units):
        row = [f"某县某镇{i}村"]
        for j, flag in enumerate(yes_no, start=1):
            row.append(("是" if (i + j) % 3 else "否") if flag else str((i * 7 + j) % 5))
        yield row


def facts_csv(folder: Path, units: int) -> Path:
    first, head, kinds = header(folder)
    path = folder / f"facts-{units}.csv"
    with path.open("w", encoding="utf-8", newline="") as out:
        w = csv.writer(out)
        w.writerow(first)
        w.writerow(head)
        w.writerows(unit_rows(units, kinds))
    return path


def facts_xlsx(folder: Path, units: int) -> Path:
    from openpyxl import Workbook

    first, head, kinds = header(folder)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("填报")
    ws.append(first)
    ws.append(head)
    for row in unit_rows(units, kinds):
        ws.append([row[0]] + [v if not v.isdigit() else int(v) for v in row[1:]])
    path = folder / f"facts-{units}.xlsx"
    wb.save(path)
    return path


def facts_parquet(folder: Path, units: int) -> Path:
    import pyarrow as pa
    import pyarrow.parquet as pq

    first, head, kinds = header(folder)
    rows = list(unit_rows(units, kinds))
    columns = {}
    for j, name in enumerate(head):
        values = [row[j] for row in rows]
        columns[name] = [int(v) for v in values] if all(v.isdigit() for v in values) else values
    path = folder / f"facts-{units}.parquet"
    pq.write_table(pa.table(columns).replace_schema_metadata({first[0]: first[1]}), path)
    return path


WARM = r"""
import sys, time
from jdscore.cli import main
tiny, path, out, runs = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
def cpu(facts):
    began = time.process_time()
    assert main(["score", facts, "--format", "csv", "-o", out]) == 0
    return time.process_time() - began
cpu(tiny), cpu(path)  # caches filled
pairs = [(cpu(tiny), cpu(path)) for _ in range(runs)]  # in turn: a busy spell falls on both
small, large = (sorted(run[i] for run in pairs)[runs // 2] for i in (0, 1))
print(large - small)
"""


def warm_rate(tiny: Path, path: Path, units: int, out: Path) -> float:
    """Units per CPU second of the work that grows with the units: the whole command (read
    the rubric and the facts, score, rank, write the CSV) run in one process that has done
    its imports, less the same command on 10 units; medians of several runs where a run is
    short. From separate processes this cannot be seen at 1,000 units: their work is a few
    hundredths of a second beside half a second of start-up that varies by more than that."""
    runs = 15 if units <= 10_000 else 1
    done = subprocess.run([sys.executable, "-c", WARM, str(tiny), str(path), str(out), str(runs)],
                          capture_output=True, text=True, check=True, env=with_bytecode())
    return (units - 10) / float(done.stdout)


def line(what: str, units: int, run, floor=None, start: float = 0.0, warm: float = 0.0) -> None:
    """One row; `start`: the CPU time of a run of 10 units (start-up, reading the rubric),
    taken off to show the cost per unit; `warm`: units per CPU second from warm_rate."""
    cpu, wall, peak, code = run
    floor_rate = f"{units / floor[0]:10,.0f}" if floor else "         -"
    ratio = f"{floor[0] / cpu:5.2f}" if floor else "    -"
    wall_ratio = f"{floor[1] / wall:5.2f}" if floor else "    -"
    after = f"{units / (cpu - start):9,.0f}" if start and cpu > start else "        -"
    warm_text = f"{warm:9,.0f}" if warm else "        -"
    print(f"| {what:22} | {units:>9,} | {units / cpu:9,.0f} | {after} | {warm_text} | {floor_rate} | {ratio} "
          f"| {wall_ratio} | {peak:7.0f} | {code} |", flush=True)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="1000,10000,100000,600000")
    ap.add_argument("--explain", type=int, default=0, help="also --explain to CSV at this many units")
    ap.add_argument("--xlsx", type=int, default=0, help="also a workbook form read at this many units")
    ap.add_argument("--parquet", type=int, default=0, help="also a Parquet form read at this many units (pyarrow)")
    ap.add_argument("--xlsx-out", type=int, default=0,
                    help="also the workbook written at this many units: totals, then with --explain (明细, 责任单位)")
    ap.add_argument("--json", type=int, default=0,
                    help="also the JSON written at this many units: totals, then with --explain (every line)")
    args = ap.parse_args()
    print("| run                    |     units | units/CPU s | units/CPU s after start-up | units/CPU s warm "
          "| floor units/CPU s | ratio (CPU) | ratio (wall) | peak MB | exit |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        tiny = facts_csv(folder, 10)
        start = min(measured(jdscore_cmd("score", str(tiny), "--format", "csv", "-o", str(folder / "t.csv")))[0]
                    for _ in range(3))
        for units in (int(s) for s in args.sizes.split(",") if s):
            path = facts_csv(folder, units)
            out = folder / "out.csv"
            floor = measured([sys.executable, "-c", FLOOR, str(path), str(folder / "floor.csv")])
            run = measured(jdscore_cmd("score", str(path), "--format", "csv", "-o", str(out)))
            line("csv -> csv", units, run, floor, start, warm_rate(tiny, path, units, out))
            path.unlink()
        if args.explain:
            path = facts_csv(folder, args.explain)
            run = measured(jdscore_cmd("score", str(path), "--explain", "--format", "csv", "-o", str(folder / "x.csv")))
            line("csv -> csv --explain", args.explain, run, start=start)
        if args.xlsx:
            path = facts_xlsx(folder, args.xlsx)
            run = measured(jdscore_cmd("score", str(path), "--format", "csv", "-o", str(folder / "out.csv")))
            line("xlsx -> csv", args.xlsx, run, start=start)
        if args.parquet:
            path = facts_parquet(folder, args.parquet)
            run = measured(jdscore_cmd("score", str(path), "--format", "csv", "-o", str(folder / "out.csv")))
            line("parquet -> csv", args.parquet, run, start=start)
        for fmt, units in (("xlsx", args.xlsx_out), ("json", args.json)):
            if not units:
                continue
            path = facts_csv(folder, units)
            for explain in ([], ["--explain"]):
                run = measured(jdscore_cmd("score", str(path), "--format", fmt, *explain,
                                           "-o", str(folder / f"out.{fmt}")))
                line(f"csv -> {fmt}{' --explain' if explain else ''}", units, run, start=start)


if __name__ == "__main__":
    main()
