#!/usr/bin/env python3
"""Train the resemblance check (``screener/facts/resemblance.npz``) on the dev split.

Only the dev files are read (``evals/data/cases-dev*.jsonl``): the model records the ids it was
trained on, and a test checks that every one is a dev case. Each document is split and filtered
exactly as the offline extractor does at screening time (``resemblance_sentences``) and embedded
with the shipped multilingual embedder. Per point of Art. 5(1), with documents labelled
``prohibited`` for it as positives and ``not_prohibited`` as negatives (``needs_review`` left
out):

- the sentence model is multiple-instance learning: first every sentence of a positive document
  counts as positive, then only its two best-scoring sentences do (one refit);
- the document model reads the mean and the maximum of the sentence vectors;
- each threshold is the ``--quantile`` of the out-of-fold scores (three folds) of the negatives.

Deterministic (fixed folds, lbfgs). About five minutes on two cores, most of it embedding.

    python scripts/train_resemblance.py                 # write screener/facts/resemblance.npz
    python scripts/train_resemblance.py --out /tmp/r.npz --quantile 0.98
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from ingest import ingest_text  # noqa: E402
from screener.facts.offline import OfflineExtractor, _embed_sorted, _load_embedder, resemblance_sentences  # noqa: E402
from screener.facts.resemblance import MODEL_PATH, PointModel, ResemblanceModel, document_features, save  # noqa: E402

PRACTICES = ("art5.1.a", "art5.1.b", "art5.1.ba", "art5.1.bb", "art5.1.c",
             "art5.1.d", "art5.1.e", "art5.1.f", "art5.1.g", "art5.1.h")
MIN_POSITIVES = 5
TOP_SENTENCES = 2
FOLDS = 3


def dev_cases(data_dir: Path = ROOT / "evals" / "data") -> list[dict]:
    cases = []
    for path in sorted(data_dir.glob("cases-dev*.jsonl")):
        cases += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return cases


def sentence_vectors(cases: list[dict], embedder) -> list[np.ndarray]:
    """Per case, the vectors of the sentences the check reads (empty when there are none)."""
    extractor = OfflineExtractor(use_embeddings=False)
    out = []
    for case in cases:
        analysis = extractor._analyse(ingest_text(case["text"], name=f"{case['id']}.txt"))
        texts = [text for _, text in resemblance_sentences(analysis)]
        out.append(_embed_sorted(embedder, texts) if texts else np.zeros((0, 0), np.float32))
    return out


def _fit(X: np.ndarray, y: np.ndarray):
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=1.0, class_weight="balanced", max_iter=1000).fit(X, y)


def _score(model, X: np.ndarray) -> np.ndarray:
    return model.predict_proba(X)[:, 1]


def fit_sentence_model(bags: list[np.ndarray], labels: np.ndarray):
    """Multiple-instance learning: a positive bag's best sentences are its positives."""
    pos = [b for b, y in zip(bags, labels) if y]
    neg = np.concatenate([b for b, y in zip(bags, labels) if not y])
    instances = pos
    model = None
    for _ in range(2):
        P = np.concatenate(instances)
        model = _fit(np.concatenate([P, neg]), np.r_[np.ones(len(P)), np.zeros(len(neg))])
        instances = [b[np.argsort(-_score(model, b))[:TOP_SENTENCES]] for b in pos]
    return model


def fit_document_model(bags: list[np.ndarray], labels: np.ndarray):
    return _fit(np.stack([document_features(b) for b in bags]), labels.astype(int))


def train_point(bags: list[np.ndarray], labels: np.ndarray, quantile: float) -> PointModel:
    folds = np.random.RandomState(0).randint(0, FOLDS, len(bags))
    oof_sentence = np.zeros(len(bags))
    oof_document = np.zeros(len(bags))
    for k in range(FOLDS):
        train = [i for i in range(len(bags)) if folds[i] != k]
        held = [i for i in range(len(bags)) if folds[i] == k]
        sm = fit_sentence_model([bags[i] for i in train], labels[train])
        dm = fit_document_model([bags[i] for i in train], labels[train])
        for i in held:
            oof_sentence[i] = _score(sm, bags[i]).max()
            oof_document[i] = _score(dm, document_features(bags[i])[None])[0]
    sm = fit_sentence_model(bags, labels)
    dm = fit_document_model(bags, labels)
    negatives = ~labels.astype(bool)
    return PointModel(
        sentence_w=sm.coef_[0].astype(np.float32),
        sentence_b=float(sm.intercept_[0]),
        sentence_threshold=float(np.quantile(oof_sentence[negatives], quantile)),
        document_w=dm.coef_[0].astype(np.float32),
        document_b=float(dm.intercept_[0]),
        document_threshold=float(np.quantile(oof_document[negatives], quantile)),
    )


def train(cases: list[dict], vectors: list[np.ndarray], embedder_name: str, quantile: float) -> ResemblanceModel:
    keep = [i for i, v in enumerate(vectors) if len(v)]
    points = {}
    for pid in PRACTICES:
        rows = [i for i in keep
                if cases[i]["expected"].get("practices", {}).get(pid, "not_prohibited") != "needs_review"]
        labels = np.array([cases[i]["expected"].get("practices", {}).get(pid) == "prohibited" for i in rows])
        if labels.sum() < MIN_POSITIVES:
            continue
        points[pid] = train_point([vectors[i] for i in rows], labels, quantile)
    return ResemblanceModel(embedder=embedder_name, quantile=quantile,
                            trained_on=tuple(cases[i]["id"] for i in keep), points=points)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=MODEL_PATH)
    ap.add_argument("--quantile", type=float, default=0.95)
    args = ap.parse_args()
    t0 = time.perf_counter()
    embedder = _load_embedder(2)
    if embedder is None:
        sys.exit("the multilingual sentence embedder could not be loaded")
    cases = dev_cases()
    vectors = sentence_vectors(cases, embedder)
    print(f"embedded {len(cases)} dev cases in {time.perf_counter() - t0:.0f} s")
    model = train(cases, vectors, embedder.name, args.quantile)
    save(model, args.out)
    for pid, p in model.points.items():
        print(f"{pid:9} sentence threshold {p.sentence_threshold:.3f}  document threshold {p.document_threshold:.3f}")
    print(f"wrote {args.out} ({len(model.trained_on)} cases, {time.perf_counter() - t0:.0f} s)")


if __name__ == "__main__":
    main()
