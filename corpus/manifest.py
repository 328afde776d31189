"""Integrity check of the shipped corpus against ``MANIFEST.sha256`` (``sha256sum`` format)."""

from __future__ import annotations

import hashlib
from pathlib import Path

MANIFEST = "MANIFEST.sha256"
#: Files that are not (and cannot be) listed in the manifest.
UNLISTED_OK = {MANIFEST, "README.md"}


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 16), b""):
            h.update(block)
    return h.hexdigest()


def verify_manifest(data_dir: Path | str | None = None, *, strict: bool = False) -> list[str]:
    """Return human-readable problems; an empty list means every listed file is intact.

    Problems: manifest missing or malformed, listed file missing, hash mismatch, and (with
    ``strict=True``) files present in ``data_dir`` that the manifest does not list.
    """
    root = Path(data_dir) if data_dir is not None else Path(__file__).resolve().parent / "data"
    manifest = root / MANIFEST
    if not manifest.is_file():
        return [f"manifest missing: {manifest}"]
    problems: list[str] = []
    listed: set[str] = set()
    for n, line in enumerate(manifest.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        parts = line.split(None, 1)
        if len(parts) != 2 or len(parts[0]) != 64:
            problems.append(f"{MANIFEST}:{n}: malformed line")
            continue
        digest, name = parts[0].lower(), parts[1].strip().lstrip("*")
        rel = name[2:] if name.startswith("./") else name
        listed.add(rel)
        path = root / rel
        if not path.is_file():
            problems.append(f"missing file: {rel}")
        elif _sha256(path) != digest:
            problems.append(f"hash mismatch: {rel}")
    if strict:
        for path in sorted(root.rglob("*")):
            rel = path.relative_to(root).as_posix()
            if path.is_file() and rel not in listed and rel not in UNLISTED_OK and "__pycache__" not in rel:
                problems.append(f"unlisted file: {rel}")
    return problems
