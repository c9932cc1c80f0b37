"""jdscore: anti-drug work assessment rubrics as a language.

Pipeline (imports point one way): source → parser → build/sentences → checker →
compiler → runtime → render → cli.
"""

__version__ = "0.1.0"


def main() -> int:
    """The `jdscore` command. Loading the command line takes a moment; Ctrl-C during it
    ends as quietly as it does later (it printed a traceback)."""
    import sys

    if sys.argv[1:] == ["--version"]:  # what a script asks first: answered before the command line loads
        sys.stdout.write(f"jdscore {__version__}\n")
        return 0
    import gc

    # A command makes a few hundred thousand objects (the parser, the records, the command
    # line, a rubric's tree), none of them garbage: the collector's passes over them were a
    # seventh of a `check`. Commands that read facts files of any size turn it back on.
    gc.disable()
    try:
        from .cli import main as run
    except KeyboardInterrupt:
        sys.stderr.write("已中断\n")
        return 130
    code = run()
    # Everything still alive is freed as the interpreter exits; frozen, it is freed without
    # the collector's passes over it first, which took a quarter of a `check`.
    gc.freeze()
    return code
