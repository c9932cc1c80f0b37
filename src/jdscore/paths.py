"""Which rubric files a file may name: the `rubric:` of a facts file (its 细则 cell in a
form), of a test case, and the `*.jd` files found in a folder given to `check` or `fmt`.

What such a file names is read, and its lines come back in error excerpts; a facts file
comes from a clerk, an upload or a CI artefact. So a named rubric must be a `.jd` file
whose real path (every symlink followed) stays inside the naming file's tree: its own
folder, or the folder of the jdscore configuration that governs it (`.jdscore.toml`, or a
pyproject.toml with `[tool.jdscore]`, found from its folder upward: the user's chosen
root). A rubric the user names on the command line (`--rubric`, `check FILE`) is free.
"""

from __future__ import annotations

import os
from pathlib import Path

from .config import find_config
from .diagnostics import Diagnostic, Stop, error

RUBRIC_SUFFIX = ".jd"


def resolve_named(naming_file: Path, written: str) -> Path:
    """A path written in a file is relative to that file, not to the working directory."""
    path = Path(written)
    return path if path.is_absolute() else (naming_file.parent / path)


def allowed_root(naming_file: Path) -> Path:
    """The folder whose tree the rubrics named in `naming_file` must stay inside (real path)."""
    folder = Path(os.path.realpath(naming_file.parent))
    config = find_config(folder)
    return config.parent if config is not None else folder


def named_rubric(naming_file: Path, written: str, span) -> Path:
    """The rubric `written` in `naming_file`, or Stop (E006, at `span`) when it may not be read."""
    path = resolve_named(naming_file, written)
    root = allowed_root(naming_file)
    problem = outside(path, root)
    if problem is not None:
        raise Stop([error("E006", f"细则路径 {written} {problem}", span,
                          hint=f"rubric: 只能指向 {root} 之内的 .jd 细则文件(事实文件所在目录,"
                               "或其上层 jdscore 配置文件 .jdscore.toml 所在的目录);"
                               "别处的细则请在命令行用 --rubric 指定")])
    return path


def outside(path: Path, root: Path) -> str | None:
    """Why `path` is no rubric inside `root` (said in words), or None when it is one."""
    if path.suffix.lower() != RUBRIC_SUFFIX:
        return "不是 .jd 细则文件"
    try:
        real = Path(os.path.realpath(path))
    except (OSError, ValueError):  # a NUL in the path: reading it reports that
        return None
    if not real.is_relative_to(root):
        return f"指向 {root} 之外({real})"
    if real.suffix.lower() != RUBRIC_SUFFIX:
        return f"链接到的 {real} 不是 .jd 细则文件"
    return None


def rubric_files(paths: list[Path]) -> tuple[list[Path], list[Diagnostic]]:
    """Files as given; a folder stands for every .jd file under it that stays inside it
    (a link leading out of the folder is reported with E006, not read)."""
    out: list[Path] = []
    refused: list[Diagnostic] = []
    for path in paths:
        if not path.is_dir():
            out.append(path)
            continue
        root = Path(os.path.realpath(path))
        for found in sorted(path.rglob("*" + RUBRIC_SUFFIX)):
            problem = outside(found, root)
            if problem is None:
                out.append(found)
            else:
                refused.append(error("E006", f"{found} {problem},没有读取", None, file=str(found),
                                     hint="目录里的 .jd 链接只能指向该目录之内的细则;"
                                          "要处理它指向的文件,请在命令行直接给出该文件"))
    return out, refused
