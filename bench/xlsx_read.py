"""Reading a workbook form: jdscore's reader (openpyxl's read-only parser, empty cells
skipped unread) against python-calamine (Rust), on the same generated sheet.

Each reader runs in a fresh process and reads every row's values; reported: CPU seconds,
peak memory, and the ratio. python-calamine is not a dependency: the comparison runs when
it is installed (`pip install python-calamine`).

    python bench/xlsx_read.py [--units 100000]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from limits import usage
from wholerun import facts_xlsx

OPENPYXL = "from jdscore import tabular; import sys; t = tabular.read_table(sys.argv[1]); print(len(t.rows))"
CALAMINE = ("import python_calamine, sys; wb = python_calamine.CalamineWorkbook.from_path(sys.argv[1]); "
            "print(sum(1 for _ in wb.get_sheet_by_name('填报').iter_rows()))")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--units", type=int, default=100_000)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = facts_xlsx(Path(tmp), args.units)
        print(f"{args.units:,} units, {path.stat().st_size / 1e6:.1f} MB")
        print("| reader | CPU s | peak MB | exit |")
        print("|---|---:|---:|---:|")
        runs = {}
        for name, code in (("jdscore (openpyxl read-only)", OPENPYXL), ("python-calamine", CALAMINE)):
            cpu, _, peak, exit_code = usage([sys.executable, "-c", code, str(path)])
            runs[name] = cpu
            print(f"| {name} | {cpu:.2f} | {peak:.0f} | {exit_code} |", flush=True)
        first, second = runs.values()
        print(f"python-calamine takes {second / first:.2f}x the CPU time of jdscore's reader")


if __name__ == "__main__":
    main()
