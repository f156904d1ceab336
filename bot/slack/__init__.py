"""The Slack door: answers @mentions in threads, direct messages and `/conduct`, via the service.

Modules: `app.py` (the Bolt app and its listeners), `blocks.py` (Block Kit rendering under
Slack's limits), `dedupe.py` (retried events answered once), `http.py` (`POST /slack/events`
for `conduct serve`), `commands.py` (`conduct slack --socket`).

Setting up the Slack app (api.slack.com/apps):
* Bot token scopes: `app_mentions:read`, `chat:write`, `im:history`, `commands`.
* Event subscriptions (bot events): `app_mention`, `message.im`.
* Interactivity on; a slash command `/conduct`.
* HTTP mode: the Request URL of all three is `https://<host>/slack/events` and the server needs
  `SLACK_BOT_TOKEN` and `SLACK_SIGNING_SECRET`. Socket Mode (`conduct slack --socket`) needs
  `SLACK_BOT_TOKEN` and an app-level token with `connections:write` in `SLACK_APP_TOKEN`.
* `SLACK_DEFAULT_COUNCILS` (JSON: `{"C0123": "lichfield", "T0456": "tower-hamlets"}`) gives a
  channel or a whole workspace a default council; a channel's entry wins.
"""
