"""The governance team's evaluation suite."""
