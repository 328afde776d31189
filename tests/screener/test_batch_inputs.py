"""Batch inputs: JSONL, CSV and folder inputs become records with ids, texts and problems."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from screener.batch.inputs import InputError, load_records, parse_fields, sha256_text

REAL = Path("/work/shared/realdata/algoritmeregister/entries.jsonl")


def write_jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    return path


def test_jsonl_default_fields_join_name_and_description(tmp_path):
    f = write_jsonl(
        tmp_path / "in.jsonl",
        [
            {"id": "1", "name": "Chatbot", "description": "Beantwoordt vragen van inwoners.", "organisation": "Gemeente A"},
            {"id": 2, "name": "Leeg", "description": ""},
            {"id": "3", "name": "Zonder beschrijving"},
        ],
    )
    recs = load_records(f)
    assert [r.record_id for r in recs] == ["1", "2", "3"]
    assert recs[0].text == "Chatbot\n\nBeantwoordt vragen van inwoners."
    assert recs[0].sha256 == sha256_text(recs[0].text)
    assert recs[0].name == "Chatbot" and recs[0].meta["organisation"] == "Gemeente A"
    assert recs[0].problem is None
    # a name alone is not a description: both become error rows later
    assert "description" in recs[1].problem and "2" in recs[1].problem
    assert recs[2].problem is not None


def test_jsonl_custom_fields_id_and_limit(tmp_path):
    f = write_jsonl(
        tmp_path / "in.jsonl",
        [{"key": f"k{i}", "title": f"T{i}", "body": f"body {i}", "goal": "g"} for i in range(5)],
    )
    recs = load_records(f, text_fields=parse_fields("title, body,goal"), id_field="key", limit=3)
    assert [r.record_id for r in recs] == ["k0", "k1", "k2"]
    assert recs[1].text == "T1\n\nbody 1\n\ng"
    assert recs[1].name == "k1"  # no name field: the id names it


def test_jsonl_bad_lines_missing_and_duplicate_ids(tmp_path):
    f = tmp_path / "in.jsonl"
    f.write_text(
        '{"id": "a", "description": "x y z"}\n'
        "not json\n"
        "\n"
        '{"description": "no id here"}\n'
        '{"id": "a", "description": "same id again"}\n'
        "[1, 2]\n",
        encoding="utf-8",
    )
    recs = load_records(f)
    assert [r.record_id for r in recs] == ["a", "line-2", "line-4", "a#2", "line-6"]
    assert "not valid JSON" in recs[1].problem
    assert recs[2].problem is None
    assert "not a JSON object" in recs[4].problem


def test_jsonl_without_any_text_field_is_an_input_error(tmp_path):
    f = write_jsonl(tmp_path / "in.jsonl", [{"id": "1", "body": "text"}])
    with pytest.raises(InputError, match="--text-fields"):
        load_records(f)
    with pytest.raises(InputError, match="--id-field"):
        load_records(f, text_fields=["body"], id_field="nr")


def test_csv_semicolon_bom_and_multiline(tmp_path):
    f = tmp_path / "in.csv"
    f.write_bytes(
        "\ufeffid;name;description;organisation\n"
        '7;Fraudescan;"Het model voorspelt\nfraude.";Gemeente B\n'
        "8;Leeg;;Gemeente C\n".encode("utf-8")
    )
    recs = load_records(f)
    assert [r.record_id for r in recs] == ["7", "8"]
    assert recs[0].text == "Fraudescan\n\nHet model voorspelt\nfraude."
    assert recs[0].meta["organisation"] == "Gemeente B"
    assert recs[1].problem


def test_folder_input_ids_are_relative_paths(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text("Het systeem herkent emoties van werknemers.", encoding="utf-8")
    (tmp_path / "sub" / "b.md").write_text("# Project\nThe system sorts letters.", encoding="utf-8")
    (tmp_path / "notes.xyz").write_text("skipped", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("skipped", encoding="utf-8")
    recs = load_records(tmp_path)
    assert [r.record_id for r in recs] == ["a.txt", "sub/b.md"]
    assert recs[0].path and recs[0].text is None and recs[0].name == "a.txt"
    import hashlib

    assert recs[0].sha256 == hashlib.sha256((tmp_path / "a.txt").read_bytes()).hexdigest()
    assert load_records(tmp_path / "a.txt")[0].record_id == "a.txt"


def test_unknown_input_type(tmp_path):
    f = tmp_path / "x.parquet"
    f.write_bytes(b"PAR1")
    with pytest.raises(InputError):
        load_records(f)
    with pytest.raises(InputError, match="does not exist"):
        load_records(tmp_path / "missing.jsonl")


@pytest.mark.skipif(not REAL.exists(), reason="real register data not present")
def test_real_register_has_eight_records_without_text():
    recs = load_records(REAL)
    assert len(recs) == 1530
    assert len({r.record_id for r in recs}) == 1530
    assert sum(1 for r in recs if r.problem) == 8
