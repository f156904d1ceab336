"""The HTTP door: a FastAPI app over `ConductService` (see `bot.api.main.create_app`)."""
