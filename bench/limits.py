"""jdscore at its documented limits: the whole command a user runs, file in -> file out.

Four inputs are generated in a temporary folder, each just under its file cap:

(a) rubric:  `jdscore check BIG.jd`: many ordinary items (copies of a shipped rubric's items),
             just under the rubric cap (1 MB; `--rubric-bytes 8388000` tries the old 8 MB)
(b) line:    `jdscore check LINE.jd`: one rule line just under the rubric cap
(c) csv:     `jdscore score FACTS.csv --format json --explain -o OUT.json`: 60,000 units (4.9 MB)
(d) yaml:    `jdscore score FACTS.yaml --format csv|json -o OUT`: as many units as fit just
             under the facts cap (8 MB), written as `template` writes a facts file

Each command runs in a subprocess; its wall time and peak memory (max RSS, from
resource.getrusage of the child) are reported as ratios against baselines run in the same
process on the same files (these machines are noisy: only ratios are meaningful):

  time   against reading the same file with the csv module (c), loading it with PyYAML's
         C loader (d), or reading and lexing
         nothing: `python -c pass` start-up plus reading the file (a, b);
  memory per input byte, above an idle interpreter's peak.

    python bench/limits.py [--only rubric,line,csv,yaml] [--scale 1.0] [--rubric-bytes N] [--units N]
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from jdscore import source

# (an older jdscore, measured with PYTHONPATH pointing at its src, read rubrics up to 8 MB)
MAX_RUBRIC_BYTES = getattr(source, "MAX_RUBRIC_BYTES", 1024 * 1024)

ROOT = Path(__file__).resolve().parent.parent
RUBRIC = ROOT / "rubrics" / "chengzhai-2018.jd"


def jdscore_cmd(*args: str) -> list[str]:
    return [sys.executable, "-c", "import sys; from jdscore import main; sys.exit(main())", *args]


def measured(cmd: list[str]) -> tuple[float, float, int]:
    """Wall seconds, peak RSS in MB and exit code of `cmd` (see usage)."""
    _, wall, peak, code = usage(cmd)
    return wall, peak, code


def with_bytecode() -> dict[str, str]:
    """This environment, letting Python cache bytecode: an installed jdscore has its .pyc
    files (pip writes them), so a child that compiles every module on each run would be
    measuring a start-up no user has."""
    return {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def usage(cmd: list[str]) -> tuple[float, float, float, int]:
    """CPU seconds (user + system), wall seconds, peak RSS in MB and exit code of `cmd`, run
    from a fresh helper process so that the children's figures are this command's alone."""
    helper = (
        "import resource,subprocess,sys,time,json;"
        "s=time.perf_counter();"
        f"p=subprocess.run({cmd!r},stdout=subprocess.DEVNULL,stderr=subprocess.PIPE);"
        "w=time.perf_counter()-s;"
        "u=resource.getrusage(resource.RUSAGE_CHILDREN);"
        "sys.stderr.buffer.write(p.stderr[-1500:]) if p.returncode not in (0,1) else None;"
        "print(json.dumps([u.ru_utime+u.ru_stime,w,u.ru_maxrss/1024,p.returncode]))"
    )
    out = subprocess.run([sys.executable, "-c", helper], capture_output=True, text=True, env=with_bytecode())
    if out.stderr:
        sys.stderr.write(out.stderr)
    cpu, wall, peak, code = json.loads(out.stdout)
    return cpu, wall, peak, code


# ---------------------------------------------------------------------------- inputs

def items_of(text: str) -> list[str]:
    return re.findall(r'^项目 .*?^\}\n', text, flags=re.M | re.S)


def big_rubric(folder: Path, size: int) -> Path:
    text = RUBRIC.read_text(encoding="utf-8")
    header = text[: text.index("项目 ")]
    items = items_of(text)
    parts, total, n = [header], len(header.encode()), 0
    while True:
        for item in items:
            renamed = re.sub(r'^项目 "', f'项目 "第{n}项', item, count=1, flags=re.M)
            # rule names must be unique across the rubric: suffix every one
            renamed = re.sub(r"^(  )([^\s:]+)(: )", lambda m: m[0] if m[2] in ("考评方法", "说明") else f"{m[1]}{m[2]}{n}{m[3]}", renamed, flags=re.M)
            chunk = renamed + "\n"
            b = len(chunk.encode())
            if total + b > size:
                path = folder / "big.jd"
                path.write_text("".join(parts), encoding="utf-8")
                return path
            parts.append(chunk)
            total += b
            n += 1


def long_line(folder: Path, size: int) -> Path:
    head = '考评 "x"\n项目 "a" 2分 {\n  a: 每条计1分'
    tail = "\n}\n"
    filler = "一" * ((size - len(head.encode()) - len(tail.encode())) // 3)
    path = folder / "line.jd"
    path.write_text(head + filler + tail, encoding="utf-8")
    return path


def form_rows(folder: Path):
    """(the form's first row, its header, a function: unit i's row), from the template of
    the rubric, copied into `folder`."""
    rubric = folder / RUBRIC.name
    rubric.write_text(RUBRIC.read_text(encoding="utf-8"), encoding="utf-8")
    form = subprocess.run(jdscore_cmd("template", rubric.name, "--format", "csv"),
                          capture_output=True, text=True, cwd=folder, check=True).stdout
    rows = list(csv.reader(form.splitlines()))
    rows[0][1] = RUBRIC.name
    header = rows[1]
    kinds = rows[2] if len(rows) > 2 and rows[2] and rows[2][0].startswith("#") else None

    def unit(i: int) -> list[str]:
        row = [f"单位{i}"]
        for j, kind in enumerate((kinds or [""] * len(header))[1:], start=1):
            row.append(("是" if i % 2 else "否") if "是/否" in kind else str((i * 7 + j) % 5))
        return row

    return rows[0], header, unit


def big_csv(folder: Path, units: int) -> Path:
    first, header, unit = form_rows(folder)
    path = folder / "facts.csv"
    with path.open("w", encoding="utf-8", newline="") as out:
        w = csv.writer(out)
        w.writerow(first)
        w.writerow(header)
        for i in range(units):
            w.writerow(unit(i))
    return path


def big_yaml(folder: Path, size: int) -> tuple[Path, int]:
    """A YAML facts file of as many units as fit in `size` bytes (block style, as `template`
    writes it), and how many units that is."""
    _first, header, unit = form_rows(folder)
    parts, total, i = [f"rubric: {RUBRIC.name}\nunits:\n"], 0, 0
    total = len(parts[0].encode())
    while True:
        row = unit(i)
        chunk = f"  {row[0]}:\n" + "".join(f"    {name}: {value}\n" for name, value in zip(header[1:], row[1:]))
        if total + len(chunk.encode()) > size:
            break
        parts.append(chunk)
        total += len(chunk.encode())
        i += 1
    path = folder / "facts.yaml"
    path.write_text("".join(parts), encoding="utf-8")
    return path, i


# ---------------------------------------------------------------------------- baselines

def baseline_read(path: Path) -> tuple[float, float, int]:
    return measured([sys.executable, "-c", f"open({str(path)!r},encoding='utf-8').read()"])


def baseline_csv(path: Path) -> tuple[float, float, int]:
    return measured([sys.executable, "-c",
                     f"import csv;list(csv.reader(open({str(path)!r},encoding='utf-8',newline='')))"])


def baseline_yaml(path: Path) -> tuple[float, float, int]:
    return measured([sys.executable, "-c",
                     "import yaml;yaml.load(open(%r,encoding='utf-8'),Loader=getattr(yaml,'CSafeLoader',yaml.SafeLoader))"
                     % str(path)])


def report(name: str, path: Path, run, base, base_name: str) -> None:
    wall, peak, code = run
    bwall, bpeak, _ = base
    size = path.stat().st_size
    print(f"{name:7} {size / 1e6:6.2f} MB  exit {code}  {wall:7.2f} s ({wall / bwall:6.1f}x {base_name}, "
          f"baseline {bwall:.2f} s)  peak {peak:7.0f} MB ({(peak - bpeak) * 1e6 / size:6.1f} B/input byte "
          f"above baseline {bpeak:.0f} MB)", flush=True)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", default="rubric,line,csv,yaml")
    ap.add_argument("--scale", type=float, default=1.0, help="fraction of the limit-sized inputs")
    ap.add_argument("--units", type=int, default=60_000)
    ap.add_argument("--facts-bytes", type=int, default=source.MAX_SOURCE_BYTES - 4096)
    ap.add_argument("--rubric-bytes", type=int, default=MAX_RUBRIC_BYTES - 4096)
    args = ap.parse_args()
    which = args.only.split(",")
    size = int(args.rubric_bytes * args.scale)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        if "rubric" in which:
            path = big_rubric(folder, size)
            report("rubric", path, measured(jdscore_cmd("check", str(path))), baseline_read(path), "read")
        if "line" in which:
            path = long_line(folder, size)
            report("line", path, measured(jdscore_cmd("check", str(path))), baseline_read(path), "read")
        if "csv" in which:
            path = big_csv(folder, int(args.units * args.scale))
            out = folder / "out.json"
            run = measured(jdscore_cmd("score", str(path), "--format", "json", "--explain", "-o", str(out)))
            report("csv", path, run, baseline_csv(path), "csv module")
        if "yaml" in which:
            path, units = big_yaml(folder, int(args.facts_bytes * args.scale))
            print(f"yaml: {units} units", flush=True)
            base = baseline_yaml(path)
            for fmt in ("csv", "json"):
                out = folder / f"out.{fmt}"
                run = measured(jdscore_cmd("score", str(path), "--format", fmt, "-o", str(out)))
                report(f"yaml>{fmt}", path, run, base, "yaml.load")


if __name__ == "__main__":
    main()
