"""The web page: static files under bot/web/static, served by bot.api.routes.web."""
