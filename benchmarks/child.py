"""Run one benchmark measurement in a fresh interpreter, so model loads and peak memory are its own."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run_child(script: str, *args: str) -> dict | None:
    """The JSON object the child prints last; ``None`` (its stderr shown) when it fails."""
    proc = subprocess.run([sys.executable, script, *args], capture_output=True, text=True, cwd=ROOT, check=False)
    if proc.returncode != 0:
        print(proc.stderr[-3000:], file=sys.stderr)
        return None
    return json.loads(proc.stdout.strip().splitlines()[-1])
