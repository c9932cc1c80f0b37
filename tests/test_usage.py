"""Command-line mistakes (Click's usage errors) are answered in Chinese with code E005,
exit 2, and the way out (the command's --help); never Click's English alone."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("args, message, hint", [
    (["score", "--nope"], "没有选项 --nope", "jdscore score --help"),
    (["score", "x.yaml", "--formt", "json"], "没有选项 --formt,是不是 --format?", "jdscore score --help"),
    (["score"], "缺少参数 事实文件", "jdscore score --help"),
    (["score", "x.yaml", "--format", "pdf"], "--format 只能是 table、json、csv、xlsx 之一", "jdscore score --help"),
    (["render", "r.jd", "--format", "pdf"], "--format 只能是 md、html、xlsx、docx 之一", "jdscore render --help"),
    (["scor", "x.yaml"], "没有命令“scor”,是不是 score?", "jdscore --help"),
    (["score", "a.yaml", "b.yaml"], "多出了参数 b.yaml", "jdscore score --help"),
    (["try"], "缺少参数 规则句", "jdscore try --help"),
])
def test_usage_errors_are_said_in_chinese(jd, args, message, hint):
    run = jd(*args)
    assert run.exit_code == 2
    assert "错误[E005]" in run.stderr and message in run.stderr, run.stderr
    assert hint in run.stderr
    assert "Usage:" not in run.stderr and "Traceback" not in run.stderr


def test_an_unforeseen_usage_error_still_has_the_code(jd):
    run = jd("check", "--strict=3")
    assert run.exit_code == 2 and "错误[E005]" in run.stderr and "--strict" in run.stderr
