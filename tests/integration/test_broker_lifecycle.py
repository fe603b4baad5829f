"""`monitor kafka up | status | down` against a second, private broker directory."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.integration.streaming import ROOT

pytestmark = pytest.mark.integration


def _cli(home, *args):
    env = {**os.environ, "MONITOR_KAFKA_HOME": str(home)}
    env.pop("KAFKA_BOOTSTRAP_SERVERS", None)
    return subprocess.run([sys.executable, "-m", "monitor.cli", "kafka", *args], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=300)


def test_up_twice_leaves_one_broker_status_prints_address_down_stops(tmp_path):
    home = tmp_path / "kafka"
    try:
        first = _cli(home, "up")
        assert first.returncode == 0, first.stderr
        second = _cli(home, "up")
        assert second.returncode == 0, second.stderr
        pid = lambda out: out.split("pid=")[1].split()[0]  # noqa: E731
        assert pid(first.stdout) == pid(second.stdout)

        status = _cli(home, "status")
        assert status.returncode == 0
        assert status.stdout.strip() == first.stdout.split("bootstrap=")[1].split()[0]
    finally:
        down = _cli(home, "down")
    assert down.returncode == 0 and "kafka stopped" in down.stdout
    after = _cli(home, "status")
    assert after.returncode == 1 and "not running" in after.stdout
