"""Home Assistant's HTTP API as the end-to-end run uses it: onboarding, states, flows."""

from __future__ import annotations

import time
from typing import Any

import httpx

OWNER = {"name": "Alex Desk", "username": "alex", "password": "back-care-e2e"}


class HassApi:
    """An authenticated client; the access token is refreshed before it expires."""

    def __init__(self, url: str) -> None:
        """Talk to the Home Assistant at url (no requests yet)."""
        self.url = url
        self.client_id = f"{url}/"
        self._http = httpx.Client(base_url=url, timeout=30)
        self.tokens: dict[str, Any] = {}

    def wait_until_running(self, timeout: float = 120) -> None:
        """Wait until Home Assistant has finished starting."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                config = self.get("/api/config")
            except httpx.HTTPError:
                config = {}
            if config.get("state") == "RUNNING":
                return
            time.sleep(0.5)
        raise RuntimeError(f"Home Assistant was not running after {timeout} s")

    def onboard(self) -> None:
        """Create the owner through onboarding, as the first browser visit would."""
        response = self._http.post(
            "/api/onboarding/users",
            json={**OWNER, "client_id": self.client_id, "language": "en"},
        )
        response.raise_for_status()
        self._token(
            {"grant_type": "authorization_code", "code": response.json()["auth_code"]}
        )
        for step in ("analytics", "integration"):
            body = {"client_id": self.client_id, "redirect_uri": f"{self.url}/"}
            self.post(f"/api/onboarding/{step}", body if step == "integration" else {})

    def log_in(self) -> None:
        """Log in as the owner with the login flow (after a restart)."""
        flow = self._http.post(
            "/auth/login_flow",
            json={
                "client_id": self.client_id,
                "handler": ["homeassistant", None],
                "redirect_uri": f"{self.url}/",
            },
        ).json()
        result = self._http.post(
            f"/auth/login_flow/{flow['flow_id']}",
            json={
                "client_id": self.client_id,
                "username": OWNER["username"],
                "password": OWNER["password"],
            },
        ).json()
        self._token({"grant_type": "authorization_code", "code": result["result"]})

    def _token(self, grant: dict[str, str]) -> None:
        response = self._http.post(
            "/auth/token", data={**grant, "client_id": self.client_id}
        )
        response.raise_for_status()
        refresh = self.tokens.get("refresh_token")
        self.tokens = response.json()
        self.tokens.setdefault("refresh_token", refresh)
        self.tokens["expires"] = time.time() + self.tokens["expires_in"]

    def _headers(self) -> dict[str, str]:
        if self.tokens["expires"] - time.time() < 120:
            self._token(
                {
                    "grant_type": "refresh_token",
                    "refresh_token": self.tokens["refresh_token"],
                }
            )
        return {"Authorization": f"Bearer {self.tokens['access_token']}"}

    def get(self, path: str) -> Any:
        """GET a JSON resource."""
        response = self._http.get(path, headers=self._headers())
        response.raise_for_status()
        return response.json()

    def fetch_as_phone(self, path: str) -> httpx.Response:
        """GET a path as the companion app fetches a notification's picture: no login."""
        response = httpx.get(f"{self.url}{path}", timeout=30)
        response.raise_for_status()
        return response

    def post(self, path: str, body: Any) -> Any:
        """POST JSON and return the JSON answer."""
        response = self._http.post(path, json=body, headers=self._headers())
        if response.is_error:
            raise RuntimeError(
                f"POST {path} answered {response.status_code}: {response.text}"
            )
        return response.json() if response.content else None

    def template(self, template: str) -> str:
        """Render a template."""
        response = self._http.post(
            "/api/template", json={"template": template}, headers=self._headers()
        )
        response.raise_for_status()
        return response.text

    def state(self, entity_id: str) -> dict[str, Any]:
        """Return an entity's state object."""
        return dict(self.get(f"/api/states/{entity_id}"))

    def value(self, entity_id: str) -> str:
        """Return an entity's state."""
        return str(self.state(entity_id)["state"])

    def call(self, domain: str, service: str, **data: Any) -> None:
        """Call an action and wait for it."""
        self.post(f"/api/services/{domain}/{service}", data)

    def wait_for(
        self, entity_id: str, expected: Any, timeout: float, what: str = ""
    ) -> dict[str, Any]:
        """Wait until an entity's state passes a check (a value or a predicate)."""
        check = expected if callable(expected) else (lambda value: value == expected)
        deadline = time.monotonic() + timeout
        while True:
            response = self._http.get(
                f"/api/states/{entity_id}", headers=self._headers()
            )
            if response.status_code != 404:  # 404: the entity does not exist yet
                response.raise_for_status()
                state: dict[str, Any] = response.json()
                if check(state["state"]):
                    return state
            if time.monotonic() > deadline:
                shown = "missing" if response.status_code == 404 else state["state"]
                raise AssertionError(
                    f"{entity_id} is {shown!r} after {timeout:g} s; "
                    f"expected {what or expected!r}"
                )
            time.sleep(0.5)

    def options_flow(self, entry_id: str, answers: dict[str, dict[str, Any]]) -> None:
        """Go through an entry's options flow (Configure), answering steps by id."""
        result = self._flow(
            "/api/config/config_entries/options/flow", {"handler": entry_id}, answers
        )
        if result["type"] != "create_entry":
            raise AssertionError(f"the options flow ended with {result}")

    def add_entry(self, handler: str, answers: dict[str, dict[str, Any]]) -> str:
        """Go through an integration's config flow (Add integration); its entry id."""
        result = self._flow(
            "/api/config/config_entries/flow", {"handler": handler}, answers
        )
        if result["type"] != "create_entry":
            raise AssertionError(f"the config flow ended with {result}")
        return str(result["result"]["entry_id"])

    def reconfigure(self, entry_id: str, answers: dict[str, dict[str, Any]]) -> None:
        """Go through an entry's reconfigure flow, answering steps by id."""
        result = self._flow(
            "/api/config/config_entries/flow",
            {"handler": "backcare", "entry_id": entry_id},
            answers,
        )
        if result.get("reason") != "reconfigure_successful":
            raise AssertionError(f"reconfigure ended with {result}")

    def _flow(
        self, path: str, start: dict[str, Any], answers: dict[str, dict[str, Any]]
    ) -> dict[str, Any]:
        """Go through a flow and return how it ended.

        Each step is sent with what the form shows filled in, overridden by answers,
        as a person pressing Submit would; a menu's answer is its `next_step_id`.
        """
        step = self.post(path, start)
        while step["type"] in ("form", "menu"):
            if step["type"] == "menu":
                # A menu is answered by the step it leads to.
                step = self.post(
                    f"{path}/{step['flow_id']}",
                    {"next_step_id": answers[step["step_id"]]["next_step_id"]},
                )
                continue
            values = {
                field["name"]: value
                for field in step["data_schema"]
                if (value := _shown_value(field)) is not None
            }
            values.update(answers.get(step["step_id"], {}))
            step = self.post(f"{path}/{step['flow_id']}", values)
            if step.get("errors"):
                raise AssertionError(f"step {step['step_id']}: {step['errors']}")
        return dict(step)


def _shown_value(field: dict[str, Any]) -> Any:
    """The value a form field shows: its default, or the suggested (current) value."""
    if "default" in field:
        return field["default"]
    return (field.get("description") or {}).get("suggested_value")
