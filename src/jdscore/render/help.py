"""--help in Chinese: the words Click and Typer write into every help text translated, no
Python types beside an argument, and the columns laid out by terminal cells (a Chinese
character takes two). The command line's group and commands are made of these classes."""

from __future__ import annotations

import re

from typer.core import TyperCommand, TyperGroup

try:  # the Click Typer bundles since 0.2x; older Typer uses Click itself
    from typer.core import _click
except ImportError:  # pragma: no cover
    import click as _click

# The words Click and Typer write into every --help, in Chinese; the types Typer shows
# beside an argument (<list[Path]>) are left out: each argument has a Chinese metavar.
_HELP_WORDS = (
    ("Usage:", "用法:"), ("[OPTIONS]", "[选项]"), ("COMMAND [ARGS]...", "命令 [参数]..."),
    ("Arguments:", "参数:"), ("Options:", "选项:"), ("Commands:", "命令:"),
    ("Show this message and exit.", "显示本帮助并退出"), ("[required]", "[必填]"),
)
_DEFAULT = re.compile(r"\[default:(\s)")  # the line may be wrapped right after it
_PYTHON_TYPE = re.compile(r" <(?:list\[)?(?:path|str|int|float|bool|[a-z]+format)\]?>", re.I)
_REQUIRED_ARGUMENT = re.compile(r"\{([^{}\s]+)\}")  # Typer's {细则}... in a usage line


def _in_chinese(text: str) -> str:
    for english, chinese in _HELP_WORDS:
        text = text.replace(english, chinese)
    return _DEFAULT.sub(r"[默认:\1", _REQUIRED_ARGUMENT.sub(r"\1", _PYTHON_TYPE.sub("", text)))


class _HelpFormatter(_click.HelpFormatter):
    """Click's definition lists (options, commands) laid out by terminal cells, not characters:
    a Chinese character takes two cells, and counted as one it pushed the columns apart."""

    def write_dl(self, rows, col_max: int = 30, col_spacing: int = 2) -> None:
        from rich.cells import cell_len

        rows = [(_PYTHON_TYPE.sub("", first), second) for first, second in rows]
        first_col = min(max((cell_len(first) for first, _ in rows), default=0), col_max) + col_spacing
        width = max(self.width - first_col - self.current_indent, 20)
        for first, second in rows:
            self.write(" " * self.current_indent + first)
            if not second:
                self.write("\n")
                continue
            if cell_len(first) <= first_col - col_spacing:
                self.write(" " * (first_col - cell_len(first)))
            else:
                self.write("\n" + " " * (first_col + self.current_indent))
            lines = _wrapped(" ".join(second.split()), width)
            self.write(lines[0] + "\n")
            for line in lines[1:]:
                self.write(" " * (first_col + self.current_indent) + line + "\n")


def _wrapped(text: str, width: int) -> list[str]:
    """`text` in lines of at most `width` cells, broken at a space or between Chinese characters."""
    from rich.cells import cell_len

    lines, line = [], ""
    for piece in re.findall(r"[!-~]+ ?|.", text):  # a run of Latin letters and digits stays whole
        if line and cell_len(line + piece.rstrip()) > width:
            lines.append(line.rstrip())
            line = piece.lstrip()
        else:
            line += piece
    return lines + [line.rstrip()] if line.strip() or not lines else lines


class _Context(_click.Context):
    formatter_class = _HelpFormatter


class _ChineseHelp:
    """--help and usage lines of a command or of the group, in Chinese, laid out by cells."""

    context_class = _Context

    def get_help(self, ctx) -> str:
        return _in_chinese(super().get_help(ctx))

    def get_usage(self, ctx) -> str:
        return _in_chinese(super().get_usage(ctx))


class ChineseCommand(_ChineseHelp, TyperCommand):
    pass


class ChineseGroup(_ChineseHelp, TyperGroup):
    pass
