"""CI quality gate: the offline default must not fall below the floors in evals/baselines.json.

Each set is screened twice (run-to-run flips are a ceiling, like false prohibitions on benign
systems). Floors are raised when the screener improves, never lowered to make a change pass.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from evals.runner import run_file

ROOT = Path(__file__).resolve().parents[2]
BASELINES = json.loads((ROOT / "evals" / "baselines.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("set_path", sorted(BASELINES["sets"]))
def test_offline_default_holds_its_floors(set_path, settings, full_retriever):
    path = (ROOT / set_path).resolve()
    if not path.exists():
        pytest.fail(f"evaluation set {path} is missing (CI runs with ../shared beside the repo)")
    floors = BASELINES["sets"][set_path]
    metrics, _ = run_file(path, settings.model_copy(update={"extractor": "offline"}),
                          date.fromisoformat(BASELINES["as_of"]), twice=True)
    summary = {k: metrics[k] for k in list(floors["min"]) + list(floors["max"])}
    print(f"{set_path}: {summary}")
    for key, floor in floors["min"].items():
        assert metrics[key] is not None and metrics[key] >= floor, f"{key} {metrics[key]} fell below its floor {floor}"
    for key, ceiling in floors["max"].items():
        assert metrics[key] <= ceiling, f"{key} {metrics[key]} rose above its ceiling {ceiling}"
