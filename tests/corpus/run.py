"""Put every sentence of the corpus through the same path as `jdscore try`.

    python tests/corpus/run.py               the misreads, the refusals, and the count line
    python tests/corpus/run.py --quiet       the count line only
    python tests/corpus/run.py --doc 禁毒-03  one document, every case shown
    python tests/corpus/run.py --json        every sentence's outcome, for tools
    python tests/corpus/run.py --docs DIR    the documents of another folder (a new batch)

The last line is always
    corpus: D documents, S sentences: R read right, F refused, M misread
*read right*: every case scores the hand answer; *refused*: jdscore stopped with an error
(the sentence is not understood, or it reads other values than the case gives);
*misread*: it scored without an error, but not the hand answer.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"


@dataclass
class Outcome:
    doc: str
    text: str
    verdict: str                      # right / refused / misread
    understood: str = ""
    problems: list[str] = field(default_factory=list)  # per failing case, or the error

    def to_dict(self) -> dict:
        return {"doc": self.doc, "text": self.text, "verdict": self.verdict,
                "understood": self.understood, "problems": self.problems}


def load(only: str | None = None, folder: Path = DOCS) -> list[tuple[str, dict]]:
    docs = []
    for path in sorted(folder.glob("*.yaml")):
        if only and path.stem != only:
            continue
        docs.append((path.stem, yaml.safe_load(path.read_text(encoding="utf-8"))))
    return docs


def _same(expected: str, actual: str) -> bool:
    try:
        return Decimal(expected) == Decimal(actual)
    except InvalidOperation:
        return expected.strip() == actual.strip()


def _same_grade(expected: str, result) -> bool:
    """A hand answer names a grade by its core words (优秀 for 优秀支部), or with the word for a
    grade after them (A档 for A): right when they pick out the grade given, and no other of the
    sentence's grades."""
    bands = result.rule.get("bands") if isinstance(result.rule, dict) else None
    if not bands or not result.score:
        return False
    expected = expected.strip()
    holding = [b["grade"] for b in bands if expected in b["grade"]]
    if not holding:  # A档 for the grade A, its 档 read as the word for a grade
        holding = [b["grade"] for b in bands if expected.startswith(b["grade"])]
    return holding == [result.score]


def judge(doc: str, sentence: dict) -> Outcome:
    """Every case of one sentence, through `jdscore try`'s own function."""
    from jdscore.diagnostics import Stop
    from jdscore.trial import try_rule

    text = sentence["text"]
    points = sentence.get("points")
    points = None if points is None else Decimal(str(points))
    problems, understood = [], ""
    for case in sentence["cases"]:
        values = [str(v) for v in case["values"]]
        others = [[str(v) for v in o] if isinstance(o, list) else [str(o)] for o in case.get("others", [])]
        try:
            result = try_rule(text, values, points, others=others) if others else try_rule(text, values, points)
        except Stop as stop:
            d = stop.diagnostics[0]
            return Outcome(doc, text, "refused", problems=[f"[{d.code}] {d.message}"])
        except Exception as exc:  # noqa: BLE001 - a crash is a bug of jdscore: shown, counted as misread
            return Outcome(doc, text, "misread", problems=[f"CRASH {type(exc).__name__}: {exc}"])
        understood = result.understood
        if not _same(str(case["score"]), result.score) and not _same_grade(str(case["score"]), result):
            problems.append(f"{' '.join(values)}{' (others ' + str(others) + ')' if others else ''}"
                            f" -> {result.score}, hand answer {case['score']}")
    return Outcome(doc, text, "misread" if problems else "right", understood, problems)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--doc", help="only this document (file name without .yaml)")
    parser.add_argument("--quiet", action="store_true", help="the count line only")
    parser.add_argument("--json", action="store_true", help="every outcome as JSON")
    parser.add_argument("--docs", type=Path, default=DOCS, help="the folder of documents (default: the corpus)")
    args = parser.parse_args(argv)

    docs = load(args.doc, args.docs)
    outcomes = [judge(name, s) for name, doc in docs for s in doc["sentences"]]
    counts = {v: sum(1 for o in outcomes if o.verdict == v) for v in ("right", "refused", "misread")}
    if args.json:
        print(json.dumps([o.to_dict() for o in outcomes], ensure_ascii=False, indent=1))
    elif not args.quiet:
        for verdict, title in (("misread", "MISREAD (scored, but not the hand answer)"), ("refused", "REFUSED")):
            shown = [o for o in outcomes if o.verdict == verdict]
            if shown:
                print(f"== {title}: {len(shown)}")
            for o in shown:
                print(f"{o.doc}: {o.text}")
                if o.understood:
                    print(f"    理解为: {o.understood}")
                for p in o.problems:
                    print(f"    {p}")
        if args.doc:
            for o in outcomes:
                if o.verdict == "right":
                    print(f"ok  {o.text}\n    理解为: {o.understood}")
    print(f"corpus: {len(docs)} documents, {len(outcomes)} sentences: {counts['right']} read right, "
          f"{counts['refused']} refused, {counts['misread']} misread")
    return 1 if counts["misread"] else 0


if __name__ == "__main__":
    sys.exit(main())
