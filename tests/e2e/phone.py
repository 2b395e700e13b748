"""A phone running the companion app, as far as Home Assistant can tell.

It registers through mobile_app's real registration API with a push URL on this
machine, so `notify.mobile_app_<name>` (what the blueprints call) delivers here.
"""

from __future__ import annotations

from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
import json
import threading
import time
from typing import Any

from .api import HassApi

DEVICE_NAME = "E2E phone"
NOTIFY_ACTION = "mobile_app_e2e_phone"


class Phone:
    """A push endpoint that records every notification Home Assistant sends."""

    def __init__(self) -> None:
        """Listen on a free port of 127.0.0.1."""
        self.received: list[dict[str, Any]] = []
        received = self.received

        class Push(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", 0))
                received.append(json.loads(self.rfile.read(length)))
                body = b"{}"
                self.send_response(201)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *_args: object) -> None:
                """Keep the run's output for its steps."""

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Push)
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        self.push_url = f"http://127.0.0.1:{self._server.server_port}/push"

    def register(self, api: HassApi) -> None:
        """Register as a companion app, and wait until its notify action exists."""
        api.post(
            "/api/mobile_app/registrations",
            {
                "device_id": "backcare-e2e-phone",
                "app_id": "io.backcare.e2e",
                "app_name": "backcare e2e",
                "app_version": "1.0",
                "device_name": DEVICE_NAME,
                "manufacturer": "backcare",
                "model": "e2e",
                "os_name": "Android",
                "os_version": "16",
                "supports_encryption": False,
                "app_data": {"push_token": "e2e-token", "push_url": self.push_url},
            },
        )
        deadline = time.monotonic() + 30
        while not _has_notify_action(api):
            if time.monotonic() > deadline:
                raise AssertionError(f"notify.{NOTIFY_ACTION} did not appear in 30 s")
            time.sleep(0.5)

    def wait_for(self, check: Any, timeout: float, what: str) -> dict[str, Any]:
        """Wait for a notification that passes check, and return it."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for message in self.received:
                if check(message):
                    return message
            time.sleep(0.5)
        raise AssertionError(
            f"the phone got no {what} in {timeout:g} s: {self.received}"
        )

    def close(self) -> None:
        """Stop listening."""
        self._server.shutdown()


def _has_notify_action(api: HassApi) -> bool:
    return any(
        domain["domain"] == "notify" and NOTIFY_ACTION in domain["services"]
        for domain in api.get("/api/services")
    )
