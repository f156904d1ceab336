"""bot/rules."""
