"""One router a resource. `/v1` routers sit behind the optional API key; `web` is the page's door."""
