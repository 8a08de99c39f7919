"""Security plumbing for the server: body size limit, response headers, write-token check.

Pure ASGI middleware (no buffering of bodies) so the size limit holds for chunked uploads too.
"""
from __future__ import annotations

import hmac
import json
from typing import Optional

from fastapi import HTTPException, Request

DEFAULT_MAX_BODY = 16 * 1024 * 1024  # bytes

# The UI: scripts and data only from this origin; inline styles allowed (Leaflet and
# vis-timeline set element styles); nothing may frame it.
UI_CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
          "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
          "frame-ancestors 'none'")
# /docs (Swagger UI) boots with one inline script; its assets are vendored, still same-origin only.
DOCS_CSP = ("default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
            "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'")


class _TooLarge(Exception):
    pass


async def _send_json(send, status: int, payload: dict, extra_headers: Optional[list] = None) -> None:
    body = json.dumps(payload).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
               (b"connection", b"close")]
    await send({"type": "http.response.start", "status": status, "headers": headers + (extra_headers or [])})
    await send({"type": "http.response.body", "body": body})


class BodyLimitMiddleware:
    """Refuse request bodies over ``max_bytes`` with 413: at once when Content-Length says so,
    else as soon as the streamed body passes the limit."""

    def __init__(self, app, max_bytes: int = DEFAULT_MAX_BODY):
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        payload = {"error": "payload_too_large",
                   "message": f"request body over the limit of {self.max_bytes} bytes"}
        for name, value in scope.get("headers", []):
            if name == b"content-length":
                try:
                    too_big = int(value) > self.max_bytes
                except ValueError:
                    return await _send_json(send, 400, {"error": "bad_request", "message": "bad Content-Length"})
                if too_big:
                    return await _send_json(send, 413, payload)
        seen = 0
        started = False

        async def limited_receive():
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_bytes:
                    raise _TooLarge()
            return message

        async def tracking_send(message):
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, limited_receive, tracking_send)
        except _TooLarge:
            if not started:
                await _send_json(send, 413, payload)


class SecurityHeadersMiddleware:
    """Headers on every response: no sniffing, no framing, no referrer, a CSP for HTML."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        path = scope.get("path", "")
        csp = DOCS_CSP if path.startswith("/docs") else UI_CSP

        async def with_headers(message):
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                headers += [(b"x-content-type-options", b"nosniff"), (b"x-frame-options", b"DENY"),
                            (b"referrer-policy", b"no-referrer"), (b"content-security-policy", csp.encode()),
                            (b"cross-origin-resource-policy", b"same-origin")]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, with_headers)


def check_write_token(request: Request, expected: Optional[str]) -> None:
    """Write endpoints: 403 when the server is read-only (no token configured), 401 without a
    token, 403 with a wrong one. The token comes as ``Authorization: Bearer T`` or ``X-Chronicle-Token``."""
    if not expected:
        raise HTTPException(403, "this server is read-only: start it with --write-token (or CHRONICLE_WRITE_TOKEN)")
    given = None
    auth = request.headers.get("authorization")
    if auth:
        scheme, _, value = auth.partition(" ")
        if scheme.lower() == "bearer" and value.strip():
            given = value.strip()
    if given is None:
        given = request.headers.get("x-chronicle-token") or None
    if given is None:
        raise HTTPException(401, "write token required (Authorization: Bearer <token>)",
                            headers={"WWW-Authenticate": "Bearer"})
    if not hmac.compare_digest(given.encode(), expected.encode()):
        raise HTTPException(403, "wrong write token")
