"""Output formats: diagnostics, rule descriptions, score tables, JSON and CSV."""
