"""Without Chromium the browser tests skip and say how to install it; in CI they fail instead."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def run_browser_test_without_chromium(ci: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "CHROMIUM": "/nonexistent/chromium", "CI": ci}
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-rs",
            "-p",
            "no:cacheprovider",
            "tests/browser/test_journeys.py",
            "-k",
            "keyboard",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.mark.parametrize("ci", ["", "false"])
def test_on_a_machine_without_chromium_they_skip_with_the_install_command(ci):
    result = run_browser_test_without_chromium(ci)
    assert result.returncode == 0, result.stdout
    assert "1 skipped" in result.stdout
    assert "apt-get install chromium" in result.stdout


def test_in_ci_a_missing_browser_fails_the_run():
    result = run_browser_test_without_chromium("true")
    assert result.returncode != 0
    assert "CI=true, so this fails instead of skipping" in result.stdout
