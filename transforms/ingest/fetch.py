"""Fetching a URL (a feed, or the page of a feed item) with a timeout and a size cap."""
from __future__ import annotations

import http.client
import urllib.error
import urllib.request

USER_AGENT = "Dyad/0.1 (event-data ingestion)"


class FetchError(Exception):
    """`reason` is 'fetch_failed' or 'too_large'; the message says why."""

    def __init__(self, reason: str, message: str):
        super().__init__(message)
        self.reason = reason


def fetch(url: str, *, timeout: float, max_bytes: int) -> bytes:
    """The body of `url` (redirects followed); raise FetchError."""
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 (http(s) only, checked by callers)
            body = response.read(max_bytes + 1)
    except urllib.error.HTTPError as exc:
        raise FetchError("fetch_failed", f"fetching {url} failed with HTTP {exc.code} {exc.reason}") from exc
    except urllib.error.URLError as exc:
        raise FetchError("fetch_failed", f"fetching {url} failed ({exc.reason})") from exc
    except (OSError, ValueError, http.client.HTTPException) as exc:  # timeouts, resets, bad URLs
        raise FetchError("fetch_failed", f"fetching {url} failed ({exc})") from exc
    if len(body) > max_bytes:
        raise FetchError("too_large", f"{url} is over the limit of {max_bytes} bytes")
    return body


def is_url(value: str) -> bool:
    return value.lower().startswith(("http://", "https://"))
