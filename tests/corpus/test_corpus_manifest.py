"""The shipped corpus matches MANIFEST.sha256, and tampering is detected."""

from __future__ import annotations

import shutil
from pathlib import Path

from corpus.loader import DEFAULT_DATA_DIR, corpus_version
from corpus.manifest import verify_manifest


def test_shipped_corpus_matches_manifest() -> None:
    assert verify_manifest(DEFAULT_DATA_DIR) == []
    assert verify_manifest() == []


def test_no_unlisted_files_in_shipped_corpus() -> None:
    assert verify_manifest(DEFAULT_DATA_DIR, strict=True) == []


def _copy(tmp_path: Path) -> Path:
    dst = tmp_path / "data"
    shutil.copytree(DEFAULT_DATA_DIR, dst)
    for p in dst.rglob("*"):  # the source tree may be read-only
        p.chmod(0o755 if p.is_dir() else 0o644)
    return dst


def test_tampered_copy_is_detected(tmp_path: Path) -> None:
    data = _copy(tmp_path)
    art5 = data / "regulation" / "en" / "article-005.md"
    art5.write_text(
        art5.read_text(encoding="utf-8").replace("shall be prohibited", "are allowed"), encoding="utf-8"
    )
    (data / "regulation" / "nl" / "recital-031.md").unlink()
    problems = verify_manifest(data)
    assert "hash mismatch: regulation/en/article-005.md" in problems
    assert "missing file: regulation/nl/recital-031.md" in problems
    assert len(problems) == 2


def test_unlisted_file_reported_in_strict_mode(tmp_path: Path) -> None:
    data = _copy(tmp_path)
    (data / "regulation" / "en" / "article-999.md").write_text("x", encoding="utf-8")
    assert verify_manifest(data) == []
    assert verify_manifest(data, strict=True) == ["unlisted file: regulation/en/article-999.md"]


def test_missing_manifest(tmp_path: Path) -> None:
    assert verify_manifest(tmp_path)[0].startswith("manifest missing")


def test_corpus_version_is_short_stable_hash() -> None:
    v = corpus_version()
    assert v == corpus_version()
    assert len(v) == 12
    int(v, 16)
