"""bot/api."""
