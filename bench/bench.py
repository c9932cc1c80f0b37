"""jdscore benchmark: a large generated rubric and many units, measured against baselines
run in the same process (these machines are noisy: only ratios are meaningful).

(a) check:   `jdscore check` work (parse + build AST + checks + compile) against raw Lark
             LALR parsing of the same text with the same grammar.
(b) scoring: jdscore's compiled fixed-point scorer against a hand-written straight-line
             Python float function for the same rubric, over the same units.
Exactness: a sample of units is scored again with Python fractions straight from the rules'
meaning; jdscore must agree exactly (the float baseline is shown for contrast).
(c) facts:   a facts file of 100 of those units (about 3 MB of YAML): composing it with
             libyaml and with the pure-Python loader, jdscore's whole read (depth scan,
             compose, expansion with budgets) and validation (figures only, no target).

    python bench/bench.py [--rules 2000] [--units 10000] [--repeat 5] [--seed 7]
"""

from __future__ import annotations

import argparse
import gc
import random
import sys
import time
from decimal import Decimal
from fractions import Fraction

from jdscore import pipeline
from jdscore.parser import lark_parser
from jdscore.source import Source

KINDS = ["per_cap", "tiers", "bool", "shortfall", "proportional", "judged", "deduct", "deficit"]


def _half_up(value: Fraction, places: int = 6) -> Fraction:
    scaled = value * 10**places
    return Fraction(int(scaled + Fraction(1, 2)) if scaled >= 0 else -int(-scaled + Fraction(1, 2)), 10**places)


class Rule:
    """One generated rule: its sentence, its fact, a float snippet and an exact reference."""

    def __init__(self, kind: str, name: str, rng: random.Random):
        self.kind, self.name = kind, name
        p = Decimal(rng.randint(1, 40)) / 20          # 0.05 .. 2
        if kind == "per_cap":
            cap = p * rng.randint(2, 10)
            self.sentence = f"每条计{p}分,最高计{cap}分"
            self.max = cap
            self.float = f"min(u[{name!r}] * {p}, {cap})"
            self.exact = lambda x, p=p, cap=cap: min(Fraction(x) * Fraction(p), Fraction(cap))
            self.value = lambda: rng.randint(0, 60)
        elif kind == "tiers":
            a, b = rng.randint(70, 95), rng.randint(30, 69)
            hi, lo = p, p / 2
            self.sentence = f"达到{a}%以上的,计{hi}分;{b}%至{a}%的,计{lo}分"
            self.max = hi
            self.float = (f"({hi} if u[{name!r}] >= {a / 100} else "
                          f"({lo} if u[{name!r}] >= {b / 100} else 0.0))")
            self.exact = lambda x, a=a, b=b, hi=hi, lo=lo: (
                Fraction(hi) if x >= Fraction(a, 100) else Fraction(lo) if x >= Fraction(b, 100) else Fraction(0))
            self.value = lambda: Decimal(rng.randint(0, 10000)) / 10000
        elif kind == "bool":
            self.sentence = f"建立工作机制的,计{p}分"
            self.max = p
            self.float = f"({p} if u[{name!r}] else 0.0)"
            self.exact = lambda x, p=p: Fraction(p) if x else Fraction(0)
            self.value = lambda: rng.random() < 0.7
        elif kind == "shortfall":
            t = rng.randint(80, 98)
            sp = p / 10
            self.sentence = f"不低于{t}%的,得{p}分;每低1%,扣{sp}分"
            self.max = p
            # its own points are all its steps can take: never below 0
            self.float = (f"({p} if u[{name!r}] >= {t / 100} else "
                          f"max({p} - ((({t / 100} - u[{name!r}]) * 100) // 1) * {sp}, 0.0))")
            self.exact = lambda x, t=t, p=p, sp=sp: (
                Fraction(p) if x >= Fraction(t, 100) else
                max(Fraction(p) - ((Fraction(t, 100) - Fraction(x)) // Fraction(1, 100)) * Fraction(sp), Fraction(0)))
            self.value = lambda: Decimal(rng.randint(5000, 10000)) / 10000
        elif kind == "proportional":
            target = rng.randint(5, 40)
            self.sentence = f"年度任务{target}件,按完成比例计{p}分"
            self.max = p
            self.float = f"{p} * min(u[{name!r}], {target}) / {target}"
            # A quotient without a finite decimal is rounded half up at the 6th place, as jdscore does.
            self.exact = lambda x, target=target, p=p: _half_up(Fraction(p) * min(Fraction(x), target) / target)
            self.value = lambda: rng.randint(0, 50)
            self.sentence = f"年度任务{target}件,按完成比例计{p}分"
        elif kind == "judged":
            self.sentence = f"由考评组评定(0—{p}分)"
            self.max = p
            self.float = f"u[{name!r}]"
            self.exact = lambda x: Fraction(x)
            self.value = lambda p=p: (p * rng.randint(0, 10)) / 10
        elif kind == "deduct":
            self.sentence = f"缺1人次扣{p}分"
            self.max = Decimal(0)
            self.float = f"-(u[{name!r}] * {p})"
            self.exact = lambda x, p=p: -Fraction(x) * Fraction(p)
            self.value = lambda: rng.randint(0, 4)
        elif kind == "deficit":
            self.sentence = f"未每季度开展检查的每少1次扣{p}分"
            self.max = Decimal(0)
            self.float = f"-(max(4 - u[{name!r}], 0) * {p})"
            self.exact = lambda x, p=p: -max(4 - Fraction(x), 0) * Fraction(p)
            self.value = lambda: rng.randint(0, 5)


def generate(rules: int, units: int, seed: int):
    rng = random.Random(seed)
    items = []     # (title, points, deduction item?, [Rule])
    n = 0
    while n < rules:
        deduction_item = rng.random() < 0.25
        lines = []
        for _ in range(rng.randint(3, 6)):
            kind = rng.choice(["deduct", "deficit"]) if deduction_item else rng.choice(KINDS[:6])
            lines.append(Rule(kind, f"事实{n}", rng))
            n += 1
        if deduction_item:
            points = Decimal(rng.randint(2, 10))
        else:
            points = sum((r.max for r in lines), Decimal(0))
        items.append((f"项目{len(items)}", points, deduction_item, lines))
    text = ['考评 "基准测试细则"', "年度 2018"]
    for i in range(0, len(items), 10):
        block = items[i:i + 10]
        total = sum((p for _, p, _, _ in block), Decimal(0))
        text.append(f'大项 "大项{i // 10}" {total}分 {{')
        text.append("  责任单位: 县禁毒办")
        for title, points, deduction_item, lines in block:
            floor = " 扣完为止" if deduction_item else ""
            text.append(f'  项目 "{title}" {points}分{floor} {{')
            for r in lines:
                prefix = "评定 " if r.kind == "judged" else ""
                sentence = r.sentence if r.kind != "judged" else f"由考评组评定(0—{r.max}分)"
                text.append(f"    {prefix}{r.name}: {sentence}")
            text.append("  }")
        text.append("}")
    rubric_text = "\n".join(text) + "\n"
    def unit_values():  # made after (a): a `jdscore check` run holds no units in memory
        return [{r.name: r.value() for _, _, _, lines in items for r in lines} for _ in range(units)]

    return items, rubric_text, unit_values


def float_function(items) -> str:
    """The hand-written baseline: straight-line float Python, one statement per rule."""
    out = ["def score(u):", "    total = 0.0"]
    for title, points, deduction_item, lines in items:
        out.append(f"    # {title}")
        terms = " + ".join(r.float for r in lines)
        if deduction_item:
            out.append(f"    s = {points} + {terms}")
            out.append("    if s < 0.0: s = 0.0")
        else:
            out.append(f"    s = {terms}")
            out.append(f"    if s > {points}: s = {points}")
            out.append("    if s < 0.0: s = 0.0")
        out.append("    total += s")
    out.append("    return total")
    return "\n".join(out) + "\n"


def exact_total(items, values) -> Fraction:
    total = Fraction(0)
    for _title, points, deduction_item, lines in items:
        s = sum((r.exact(values[r.name]) for r in lines), Fraction(0))
        if deduction_item:
            s = max(Fraction(points) + s, Fraction(0))
        else:
            s = max(min(s, Fraction(points)), Fraction(0))  # an item with points never goes below 0
        total += s
    return total


def facts_figures(program, unit_values) -> None:
    """(c) facts files: composing YAML with libyaml against the pure-Python loader, and
    validating it against the rubric's schema (informational; no target)."""
    import yaml

    from jdscore import facts as facts_module

    from jdscore.schema import Kind

    rates = {name for name, spec in program.schema.facts.items() if spec.kind is Kind.RATE}

    def scalar(name, v):
        if isinstance(v, bool):
            return "是" if v else "否"
        return f"{Decimal(v) * 100}%" if name in rates else str(v)  # a rate is written as people do

    lines = ["rubric: bench.jd", "units:"]
    for i, values in enumerate(unit_values):
        lines.append(f"  单位{i}:")
        lines.extend(f"    {k}: {scalar(k, v)}" for k, v in values.items())
    text = "\n".join(lines) + "\n"
    source = Source.from_text("bench.yaml", text)
    t_c = best_of(3, lambda: yaml.compose(text, Loader=yaml.CSafeLoader))
    t_py = best_of(1, lambda: yaml.compose(text, Loader=yaml.SafeLoader))
    t_read = best_of(3, lambda: facts_module.read_facts_document(source))
    doc, _envelope = facts_module.read_facts_document(source)
    t_validate = best_of(3, lambda: facts_module.validate_units(source, doc, program.schema, program.places))
    print(f"(c) facts  {len(unit_values)} units, {len(text) // 1024} KB: compose with libyaml {t_c * 1000:.0f} ms,"
          f" pure-Python {t_py * 1000:.0f} ms ({t_py / t_c:.1f}x slower); jdscore's read {t_read * 1000:.0f} ms"
          f" ({t_read / t_c:.2f}x libyaml's compose), validation {t_validate * 1000:.0f} ms")


def explain_figures(repeat: int) -> float:
    """(d) --explain against plain scoring: the shipped 全省 rubric (109 items and rule
    lines) over 750 units, score_units with and without the per-rule record."""
    import copy
    from pathlib import Path

    from jdscore.runtime import score_units

    root = Path(__file__).resolve().parents[1]
    facts = pipeline.read_facts(root / "examples" / "quansheng-2018" / "facts.yaml")
    program = pipeline.rubric_for(facts, None).program
    units = facts.units(program.schema, program.places)
    many = []
    for i in range(750):
        unit = copy.copy(units[i % len(units)])
        unit.name = f"单位{i}"
        many.append(unit)
    kept = []  # results live past the timing: freeing them is not scoring

    def plain():
        kept.append(score_units(program, many))

    def explained():
        kept.append(score_units(program, many, explain=True))

    t_plain, t_explain = interleaved(repeat, plain, explained)
    ratio = t_explain / t_plain
    print(f"(d) explain {t_explain * 1000:6.1f} ms   plain scoring {t_plain * 1000:6.1f} ms"
          f"   ratio {ratio:.2f}x  (target <= 3x; 750 units, {len(program.slots)} items and rule lines)")
    return ratio


def best_of(repeat: int, fn) -> float:
    times = []
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def interleaved(repeat: int, baseline, ours) -> tuple[float, float]:
    """Best times of two functions measured turn about, so that machine noise hits both alike."""
    t_base = t_ours = float("inf")
    for _ in range(repeat):
        t_base = min(t_base, best_of(1, baseline))
        t_ours = min(t_ours, best_of(1, ours))
    return t_base, t_ours


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rules", type=int, default=2000)
    parser.add_argument("--units", type=int, default=10000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)

    items, text, make_units = generate(args.rules, args.units, args.seed)
    n_rules = sum(len(lines) for *_, lines in items)
    print(f"rubric: {n_rules} rules in {len(items)} items, {len(text) // 1024} KB; units: {args.units}")
    source = Source.from_text("bench.jd", text)
    lark = lark_parser()

    def raw_parse():
        lark.parse(text, start="rubric")

    def jdscore_check():  # what `jdscore check` runs: parse, build, checks, compile
        return pipeline.check(source)

    checked = jdscore_check()
    errors = checked.errors
    if errors:
        print("generated rubric has errors:", errors[:3])
        return 1
    t_parse, t_check = interleaved(args.repeat, raw_parse, jdscore_check)
    check_ratio = t_parse / t_check
    print(f"(a) check  {t_check * 1000:8.1f} ms   raw Lark LALR parse {t_parse * 1000:8.1f} ms"
          f"   ratio {check_ratio:.2f}x  (target >= 0.5x)")

    unit_values = make_units()
    program = checked.program
    index = program.fact_index
    scale = program.scale
    vectors = []
    for values in unit_values:
        row = [None] * len(index)
        for name, i in index.items():
            v = values[name]
            row[i] = v if isinstance(v, bool) else int(Decimal(v) * scale)
        vectors.append(row)
    float_units = [{k: (float(v) if not isinstance(v, bool) else v) for k, v in values.items()}
                   for values in unit_values]
    namespace: dict = {}
    exec(compile(float_function(items), "<baseline>", "exec"), namespace)
    baseline = namespace["score"]
    total_fn = program.total

    def run_jdscore():
        for v in vectors:
            total_fn(v, ())

    def run_baseline():
        for u in float_units:
            baseline(u)

    t_base, t_ours = interleaved(args.repeat, run_baseline, run_jdscore)
    score_ratio = t_base / t_ours
    print(f"(b) score  {t_ours * 1000:8.1f} ms   hand-written float   {t_base * 1000:8.1f} ms"
          f"   ratio {score_ratio:.2f}x  (target >= 0.8x)   "
          f"[{t_ours / len(vectors) * 1e6:.0f} µs per unit]")

    sample = range(0, len(unit_values), max(1, len(unit_values) // 200))
    exact = float_off = 0
    for i in sample:
        want = exact_total(items, unit_values[i])
        got = Fraction(program.to_decimal(total_fn(vectors[i], ())[0]))
        exact += got == want
        float_off += Fraction(baseline(float_units[i])) != want
    print(f"exactness: jdscore equals the fraction reference on {exact}/{len(sample)} sampled units; "
          f"the float baseline differs on {float_off}/{len(sample)}")
    facts_figures(program, unit_values[:100])
    explain_ratio = explain_figures(args.repeat)
    ok = check_ratio >= 0.5 and score_ratio >= 0.8 and exact == len(sample) and explain_ratio <= 3
    print("targets met" if ok else "TARGETS NOT MET")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
