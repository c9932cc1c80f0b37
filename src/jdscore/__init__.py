"""jdscore: anti-drug work assessment rubrics as a language.

Pipeline (imports point one way): source → parser → build/sentences → checker →
compiler → runtime → render → cli.
"""

__version__ = "0.1.0"
