"""A real Home Assistant for the end-to-end run, in a throw-away copy of config/."""

from __future__ import annotations

from datetime import UTC, datetime
import json
import os
from pathlib import Path
import re
import shutil
import signal
import socket
import subprocess
import time

ROOT = Path(__file__).resolve().parents[2]

# Lines Home Assistant writes for every custom integration; not a backcare problem.
_EXPECTED_WARNINGS = (
    re.compile(r"We found a custom integration backcare which has not been tested"),
)
_RECORD_START = re.compile(r"(?m)^(?=\d{4}-\d\d-\d\d \d\d:\d\d:\d\d)")
_LOG_PROBLEM = re.compile(r"^\S+ \S+ (WARNING|ERROR|CRITICAL) ")


def free_port() -> int:
    """Return a TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def early_afternoon_time_zone(now: datetime | None = None) -> str:
    """Return a fixed-offset zone in which it is about 14:00 now.

    The run then never crosses local midnight (which would start a new day between
    the checks), and only the stand and move nudges are due, whatever the time of
    day the machine runs it: past the morning core window, before the evening stretch.
    """
    now = now or datetime.now(UTC)
    offset = round(14 - (now.hour + now.minute / 60))
    offset = max(-12, min(14, offset if offset <= 12 else offset - 24))
    # POSIX-style names: Etc/GMT-2 is two hours *ahead* of UTC.
    return "Etc/GMT" if offset == 0 else f"Etc/GMT{-offset:+d}"


class HassServer:
    """`hass` from .venv on a free port, with the development config and the repo's code."""

    def __init__(self, workdir: Path, time_zone: str) -> None:
        """Prepare nothing yet: see prepare()."""
        self.config = workdir / "config"
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.time_zone = time_zone
        self._process: subprocess.Popen[bytes] | None = None
        self._console = workdir / "hass-console.log"

    @property
    def log_file(self) -> Path:
        """Home Assistant's own log."""
        return self.config / "home-assistant.log"

    def prepare(self) -> None:
        """Copy config/ (YAML only) and link the integration, blueprints and dashboards."""
        source = ROOT / "config"
        self.config.mkdir(parents=True)
        for path in source.glob("*.yaml"):
            shutil.copy(path, self.config / path.name)
        configuration = self.config / "configuration.yaml"
        text = configuration.read_text()
        text, count = re.subn(
            r"(?m)^  time_zone: .*$", f"  time_zone: {self.time_zone}", text
        )
        assert count == 1, "config/configuration.yaml has no homeassistant: time_zone"
        configuration.write_text(text)
        links = {
            "custom_components/backcare": ROOT / "custom_components/backcare",
            "dashboards": ROOT / "dashboards",
        }
        # One link per blueprint: Home Assistant lists blueprints with
        # Path.glob("**"), which does not descend into a linked folder.
        for blueprint in (ROOT / "blueprints/automation/backcare").glob("*.yaml"):
            links[f"blueprints/automation/backcare/{blueprint.name}"] = blueprint
        for name, target in links.items():
            (self.config / name).parent.mkdir(parents=True, exist_ok=True)
            (self.config / name).symlink_to(target)
        storage = self.config / ".storage"
        storage.mkdir()
        _write_store(
            storage / "http",
            "http",
            {"server_host": ["127.0.0.1"], "server_port": self.port},
        )
        # The location step would start weather and radio flows that fail offline;
        # configuration.yaml sets the location, so that step is marked done.
        _write_store(storage / "onboarding", "onboarding", {"done": ["core_config"]}, 4)

    def start(self) -> None:
        """Start Home Assistant and wait until its HTTP server answers."""
        assert self._process is None
        env = {**os.environ, "UV_OFFLINE": "1", "PIP_NO_INDEX": "1"}
        with self._console.open("ab") as console:
            self._process = subprocess.Popen(  # noqa: S603 (the repo's own hass)
                [str(ROOT / ".venv/bin/hass"), "-c", str(self.config)],
                stdout=console,
                stderr=subprocess.STDOUT,
                env=env,
                cwd=self.config,
                start_new_session=True,
            )
        self._wait_for_http(timeout=120)

    def stop(self) -> None:
        """Stop Home Assistant the way a restart does (SIGTERM) and wait for it."""
        process, self._process = self._process, None
        assert process is not None
        process.send_signal(signal.SIGTERM)
        try:
            code = process.wait(timeout=90)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
            raise RuntimeError("Home Assistant did not stop within 90 s") from None
        if code != 0:
            raise RuntimeError(f"Home Assistant stopped with exit code {code}")

    def kill(self) -> None:
        """Make sure nothing is left running (after a failure)."""
        if self._process is not None and self._process.poll() is None:
            os.killpg(self._process.pid, signal.SIGKILL)
            self._process.wait()
        self._process = None

    def _wait_for_http(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            assert self._process is not None
            if self._process.poll() is not None:
                raise RuntimeError(
                    f"Home Assistant exited with code {self._process.returncode}; "
                    f"see {self._console}"
                )
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1):
                    return
            except OSError:
                time.sleep(0.2)
        raise RuntimeError(
            f"Home Assistant did not listen on {self.url} in {timeout} s"
        )

    def log_problems(self) -> list[str]:
        """Return the warnings and errors that mention backcare, in every run's log.

        Home Assistant moves the previous run's log to home-assistant.log.1 at start.
        """
        return [
            record.strip()
            for log in sorted(self.config.glob("home-assistant.log*"))
            for record in _RECORD_START.split(log.read_text())
            if _LOG_PROBLEM.match(record)
            and "backcare" in record.lower()
            and not any(pattern.search(record) for pattern in _EXPECTED_WARNINGS)
        ]


def _write_store(path: Path, key: str, data: object, version: int = 1) -> None:
    path.write_text(
        json.dumps({"version": version, "minor_version": 1, "key": key, "data": data})
    )
