"""`screener evals run` / `evals diff` end to end on a small case file, with the real pipeline."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from screener.cli import app

CASES = [
    {"id": "t-1", "lang": "en", "as_of": "2026-06-01",
     "text": "The school uses an AI camera system that recognises the emotions of pupils during lessons "
             "from their facial expressions. Teachers receive a daily emotion score per pupil. There is no "
             "medical or safety reason.",
     "expected": {"overall": "prohibited", "practices": {"art5.1.f": "prohibited"}}, "cite": ["art5"]},
    {"id": "t-2", "lang": "nl", "as_of": "2026-06-01",
     "text": "De gemeente gebruikt een routeplanner voor de vuilniswagens. Het model berekent de kortste route "
             "op basis van de adressen van de containers en de verkeersdrukte. Er worden geen persoonsgegevens gebruikt.",
     "expected": {"overall": "not_prohibited"}},
    {"id": "t-3", "lang": "en", "as_of": "2026-06-01",
     "text": "Das System erkennt Gesichter auf öffentlichen Plätzen und vergleicht sie mit einer Datenbank der Polizei. "
             "Die Ergebnisse werden sofort an die Beamten gesendet und gespeichert.",
     "expected": {"overall": "prohibited"}},
    {"id": "t-4", "lang": "en", "as_of": "2026-06-01",
     "text": "The warehouse installs AI cameras at the loading docks to count pallets and detect blocked emergency "
             "exits. The supplier also offers a module that reads the emotions of employees from their faces; "
             "management has not yet decided whether to switch it on.",
     "expected": {"overall": "needs_review", "practices": {"art5.1.f": "needs_review"}}},
]


def test_run_writes_metrics_plots_and_reports_and_diffs(tmp_path, data_dir, full_retriever):
    path = tmp_path / "cases.jsonl"
    path.write_text("\n".join(json.dumps(c) for c in CASES), encoding="utf-8")
    runner = CliRunner()
    out = tmp_path / "run"
    res = runner.invoke(app, ["evals", "run", str(path), "--out", str(out), "--json"])
    assert res.exit_code == 0, res.output
    metrics = json.loads(res.stdout.strip().splitlines()[-1])
    for key in ("n", "overall_accuracy", "flagged_recall", "prohibited_precision", "prohibited_recall",
                "prohibited_f1", "false_prohibited", "needs_review_rate", "citation_recall", "per_practice"):
        assert key in metrics
    assert metrics["n"] == 4
    assert metrics["errors"] == 1  # the German text cannot be screened: a miss, and the run went on
    rows = {c["id"]: c for c in metrics["cases"]}
    assert "language" in rows["t-3"]["error"].lower() or "Unsupported" in rows["t-3"]["error"]
    assert rows["t-1"]["got"] == "prohibited" and rows["t-2"]["got"] == "not_prohibited"
    # an undecided emotion module is open, and the report says which question holds it open
    assert rows["t-4"]["got_practices"].get("art5.1.f") == "needs_review"
    assert "f.emotion_inference" in metrics["held_open"]["by_question"]["needs_review"]
    assert metrics["flips"] == 0
    for name in ("metrics.json", "confusion.png", "report.html", "report.md"):
        assert (out / name).stat().st_size > 0
    assert (out / "confusion.png").read_bytes()[:4] == b"\x89PNG"
    report_md = (out / "report.md").read_text(encoding="utf-8")
    assert "t-3" in report_md  # the miss is listed
    assert "| needs_review | f.emotion_inference |" in report_md
    assert "f.emotion_inference" in (out / "report.html").read_text(encoding="utf-8")

    # a second run where one case's label differs shows up in the diff
    changed = [dict(CASES[0]), CASES[1], CASES[2]]
    changed[0]["id"] = "t-1"
    other = json.loads((out / "metrics.json").read_text())
    other["cases"][1]["got"] = "needs_review"
    (tmp_path / "b.json").write_text(json.dumps(other))
    diff = runner.invoke(app, ["evals", "diff", str(out / "metrics.json"), str(tmp_path / "b.json")])
    assert diff.exit_code == 0
    assert "t-2 [broken]" in diff.stdout


def test_bad_case_file_is_a_readable_error(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": "x"}\n', encoding="utf-8")
    res = CliRunner().invoke(app, ["evals", "run", str(path)])
    assert res.exit_code == 2
    assert "line 1" in res.output
