"""Round trips through the Word document and the seed documents (issue 14).

1. Every shipped rubric, rendered as .docx and imported again, gives back the same items
   (titles and points, in their tree), the same metadata on each sentence (责任单位,
   协助单位, 考评方法: the table's columns) and the same sentences: fact names aside.
2. Each seed document (tests/fixtures/seeds/, the seed file cut into its documents,
   verbatim) imported: how much of the hand-written rubric's item tree, points and
   sentences comes back. The figures are pinned in SEED_FIGURES.
"""

import re
from decimal import Decimal
from pathlib import Path

import pytest

from conftest import ROOT
from jdscore import ast as A
from jdscore import pipeline
from jdscore.importer import import_document
from jdscore.render.docx import to_docx
from jdscore.render.official import build_table
from jdscore.source import Source

RUBRICS = sorted((ROOT / "rubrics").glob("*.jd"))
META = (A.MetaKey.RESPONSIBLE, A.MetaKey.ASSISTING, A.MetaKey.METHOD)


def _norm(text: str) -> str:
    return re.sub(r"\s+", "", text).rstrip(";；。")


def shape(rubric: A.Rubric):
    """(groups, lines): each group as (path of titles, points, added); each sentence with the
    path of its item and its metadata as the table shows it; fact names left out."""
    groups, lines = [], []

    def walk(node, path, meta):
        if isinstance(node, A.Group):
            here = path + (_norm(node.title),)
            own = dict(meta)
            for key in META:
                values = [m.value for m in node.meta if m.key is key and m.value]
                if values:
                    own[key] = "\n".join(values)
            groups.append((here, node.points, node.added))
            for child in node.children:
                walk(child, here, own)
        elif isinstance(node, A.RuleLine):
            own = dict(meta)
            for key in META:
                values = [m.value for m in node.meta if m.key is key and m.value]
                if values:
                    own[key] = "\n".join(values)
            lines.append((path, _norm(node.text), tuple(_norm(own.get(k, "")) for k in META)))

    for node in rubric.body:
        walk(node, (), {})
    return groups, lines


def _sentences_of(text: str) -> list[str]:
    """Sentences a draft keeps as comments (# 未读懂: …), for what was not read."""
    return [_norm(re.sub(r" \((?:E\d{3}) .*\)$", "", line.split("# 未读懂: ", 1)[1]))
            for line in text.splitlines() if "# 未读懂: " in line]


@pytest.mark.parametrize("path", RUBRICS, ids=lambda p: p.stem)
def test_docx_round_trip(path, tmp_path):
    checked = pipeline.usable_rubric(path, "排版")
    docx = tmp_path / f"{path.stem}.docx"
    docx.write_bytes(to_docx(build_table(checked.rubric, checked.diagnostics)))
    result = import_document(docx)
    back = pipeline.check(Source.from_text("back.jd", result.text))
    assert not back.errors, [d.message for d in back.errors]
    old_groups, old_lines = shape(checked.rubric)
    new_groups, new_lines = shape(back.rubric)
    assert new_groups == old_groups
    unread = set(_sentences_of(result.text))
    # a sentence the language reads only with a mode the table does not show (达标) comes
    # back as a comment; every other sentence comes back as a rule line, in its place
    targets = {_norm(n.text) for n in _lines(checked.rubric) if n.target_mode}
    assert [line for line in old_lines if line[1] not in targets] == new_lines
    assert unread == targets


def _lines(rubric):
    out = []

    def walk(node):
        if isinstance(node, A.Group):
            for child in node.children:
                walk(child)
        elif isinstance(node, A.RuleLine):
            out.append(node)

    for node in rubric.body:
        walk(node)
    return out


def test_docx_is_the_same_bytes_every_time():
    checked = pipeline.usable_rubric(ROOT / "rubrics" / "quansheng-2018.jd", "排版")
    table = build_table(checked.rubric, checked.diagnostics)
    assert to_docx(table) == to_docx(table)


# ------------------------------------------------------------------- seed documents

def seed_figures(name: str) -> dict:
    """Items of the hand-written rubric found with the same path and points; its sentences
    read as rule lines by the import (read), or present but not read."""
    hand = pipeline.check_file(ROOT / "rubrics" / f"{name}.jd").rubric
    result = import_document(ROOT / "tests" / "fixtures" / "seeds" / f"{name}.txt")
    draft = pipeline.check(Source.from_text("draft.jd", result.text))
    assert not draft.errors
    hand_groups, hand_lines = shape(hand)
    got_groups, got_lines = shape(draft.rubric)
    got_group_set = {(g[0], g[1]) for g in got_groups}
    got_sentences = {line[1] for line in got_lines}
    read = sum(1 for line in hand_lines if line[1] in got_sentences)
    return {"items": f"{sum(1 for g in hand_groups if (g[0], g[1]) in got_group_set)}/{len(hand_groups)}",
            "tree": got_groups == hand_groups,
            "read": f"{read}/{len(hand_lines)}"}


# name -> figures at this commit (README: the writer's loop; the issue asks for each document's).
# Where a seed cannot give its rubric back (scraped fragments out of order, titles the hand
# transcription supplied, a watermark inside a sentence), the rubric's own header says why.
SEED_FIGURES = {
    "chengzhai-2018": {"items": "5/5", "tree": True, "read": "22/22"},
    "cun-xuexiao-chengxiao": {"items": "8/8", "tree": True, "read": "7/7"},
    "erli-xuexiao-2018": {"items": "5/5", "tree": True, "read": "9/10"},
    "jiaochuan-jiangcheng": {"items": "4/8", "tree": False, "read": "0/4"},
    "quanguo-2016-yufang": {"items": "0/8", "tree": False, "read": "2/8"},
    "quansheng-2018": {"items": "20/42", "tree": False, "read": "65/67"},
    "shengji-niandu": {"items": "8/10", "tree": False, "read": "9/13"},
    "shengji-zhongdian-zhengzhi": {"items": "2/2", "tree": True, "read": "18/18"},
}


@pytest.mark.parametrize("name", sorted(p.stem for p in (ROOT / "tests" / "fixtures" / "seeds").glob("*.txt")))
def test_seed_figures(name):
    figures = seed_figures(name)
    print(name, figures)
    if name in SEED_FIGURES:
        assert figures == SEED_FIGURES[name]


def report() -> str:
    """The figures of every seed document as a table (python tests/test_roundtrip.py)."""
    rows = ["| document | items (same path and points) | tree exact | sentences read | % |",
            "|---|---|---|---|---|"]
    for name in sorted(p.stem for p in (ROOT / "tests" / "fixtures" / "seeds").glob("*.txt")):
        f = seed_figures(name)
        read, total = (int(x) for x in f["read"].split("/"))
        rows.append(f"| {name} | {f['items']} | {'yes' if f['tree'] else 'no'} | {f['read']} | "
                    f"{100 * read // total if total else 100} |")
    return "\n".join(rows)


if __name__ == "__main__":
    print(report())
