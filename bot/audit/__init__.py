"""bot/audit."""
