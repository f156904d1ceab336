"""The HTTP door: a FastAPI app over `ConductService` (`bot.api.main.create_app`).

* `/v1/*` — the API (ask, check, rules, documents, feedback); needs `X-API-Key` when
  API_KEYS is set. OpenAPI at /docs.
* `/` and `/web/*` — the chat page and its own keyless, per-address rate-limited door to the
  same service calls (see `bot.api.routes.web` for why); off with WEB_ENABLED=false.
* `/healthz`, `/readyz` — alive; loaded.
* Extra routers (Slack's `/slack/events`) via `create_app(..., extra_routers=...)`.
"""
