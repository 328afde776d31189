"""The resemblance check: a learned second look before the offline extractor answers ``no`` from
silence (opt-in: ``SCREENER_RESEMBLANCE_CHECK=1``).

Why: on documents it has never seen, the cue extractor misses about one prohibited practice in
nine quietly, nearly always because no cue matched at all and the defining condition was closed
on silence. This check can only *open* such a condition (``no`` → ``unknown``, so the practice
goes to ``needs_review``); it never states a fact and never closes one. The verdict stays with
the rules.

How: per point of Art. 5(1), two logistic regressions over the shipped multilingual sentence
embeddings, trained on the dev split's labels by ``scripts/train_resemblance.py``:

- a *sentence* model, trained as multiple-instance learning (a document labelled prohibited for
  the point holds at least one sentence that states it; a document labelled not prohibited holds
  none), whose best sentence is the quote the reviewer reads;
- a *document* model over the mean and the maximum of the sentence vectors.

Both must score at or above their thresholds: the quantile (0.95 by default) of the out-of-fold
scores of dev documents labelled ``not_prohibited`` for that point. Either alone reads the topic
and opens near misses by the dozen; together they opened 17 of 22 quiet prohibited practice
verdicts of the last new batches, forward-chained (README, "How good is it?").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np

MODEL_PATH = Path(__file__).with_name("resemblance.npz")


@dataclass(frozen=True)
class PointModel:
    """The two linear scorers of one point of Art. 5(1) and their thresholds."""

    sentence_w: np.ndarray
    sentence_b: float
    sentence_threshold: float
    document_w: np.ndarray
    document_b: float
    document_threshold: float


@dataclass(frozen=True)
class ResemblanceModel:
    embedder: str  # the embedder the model was trained with; vectors of another are meaningless
    quantile: float
    trained_on: tuple[str, ...]  # the dev case ids it was trained on (never a held-out case)
    points: dict[str, PointModel]  # practice id (art5.1.d) → scorers


@dataclass(frozen=True)
class Resemblance:
    """A document whose best sentence and whole resemble documents labelled prohibited."""

    practice_id: str
    sentence: int  # index into the sentence vectors given to :func:`check`
    sentence_score: float
    sentence_threshold: float
    document_score: float
    document_threshold: float


def _sigmoid(x: np.ndarray | float) -> np.ndarray | float:
    return 1.0 / (1.0 + np.exp(-x))


def document_features(vectors: np.ndarray) -> np.ndarray:
    """The document as the mean and the maximum of its (L2-normalised) sentence vectors."""
    return np.concatenate([vectors.mean(axis=0), vectors.max(axis=0)])


def check(model: ResemblanceModel, practice_id: str, vectors: np.ndarray) -> Resemblance | None:
    """A :class:`Resemblance` when both scorers of the point reach their thresholds, else None."""
    point = model.points.get(practice_id)
    if point is None or vectors is None or len(vectors) == 0:
        return None
    sentence_scores = _sigmoid(vectors @ point.sentence_w + point.sentence_b)
    best = int(np.argmax(sentence_scores))
    document_score = float(_sigmoid(document_features(vectors) @ point.document_w + point.document_b))
    if sentence_scores[best] < point.sentence_threshold or document_score < point.document_threshold:
        return None
    return Resemblance(
        practice_id=practice_id,
        sentence=best,
        sentence_score=float(sentence_scores[best]),
        sentence_threshold=point.sentence_threshold,
        document_score=document_score,
        document_threshold=point.document_threshold,
    )


def save(model: ResemblanceModel, path: Path = MODEL_PATH) -> None:
    arrays: dict[str, np.ndarray] = {
        "embedder": np.array(model.embedder),
        "quantile": np.array(model.quantile),
        "trained_on": np.array(model.trained_on),
        "points": np.array(sorted(model.points)),
    }
    for pid, p in model.points.items():
        arrays[f"{pid}/sentence_w"] = p.sentence_w.astype(np.float32)
        arrays[f"{pid}/document_w"] = p.document_w.astype(np.float32)
        arrays[f"{pid}/scalars"] = np.array(
            [p.sentence_b, p.sentence_threshold, p.document_b, p.document_threshold], dtype=np.float64
        )
    with path.open("wb") as fh:
        np.savez_compressed(fh, **arrays)


def load(path: Path = MODEL_PATH) -> ResemblanceModel:
    """The model in ``path``; ``FileNotFoundError`` with the command that makes it if missing."""
    if not path.is_file():
        raise FileNotFoundError(f"{path} is missing: run scripts/train_resemblance.py to make it")
    with np.load(path, allow_pickle=False) as z:
        points = {}
        for pid in z["points"].tolist():
            sb, st, db, dt = z[f"{pid}/scalars"].tolist()
            points[pid] = PointModel(z[f"{pid}/sentence_w"], sb, st, z[f"{pid}/document_w"], db, dt)
        return ResemblanceModel(
            embedder=str(z["embedder"]),
            quantile=float(z["quantile"]),
            trained_on=tuple(z["trained_on"].tolist()),
            points=points,
        )


@cache
def shipped_model() -> ResemblanceModel:
    """The model shipped with the package, loaded once per process."""
    return load(MODEL_PATH)
