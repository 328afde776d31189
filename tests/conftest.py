"""Shared fixtures: one real, full legal index per test session, in a temporary data dir.

Tests never touch the user's data dir: SCREENER_DATA_DIR points at the session's tmp folder.
"""

from __future__ import annotations

import os
from datetime import date

import pytest

#: Every test passes an explicit as-of date; these are the two the suite uses most.
BEFORE_OMNIBUS = date(2026, 6, 1)  # (ba)/(bb) adopted but not yet applicable
AFTER_OMNIBUS = date(2026, 12, 2)  # (ba)/(bb) apply


@pytest.fixture(scope="session")
def data_dir(tmp_path_factory):
    path = tmp_path_factory.mktemp("screener-data")
    old = os.environ.get("SCREENER_DATA_DIR")
    os.environ["SCREENER_DATA_DIR"] = str(path)
    yield path
    if old is None:
        os.environ.pop("SCREENER_DATA_DIR", None)
    else:
        os.environ["SCREENER_DATA_DIR"] = old


@pytest.fixture(scope="session")
def settings(data_dir):
    from screener.config import Settings

    return Settings(data_dir=data_dir)


@pytest.fixture(scope="session")
def full_retriever(settings):
    """The real hybrid retriever over the whole shipped corpus (built once, ~1–2 min)."""
    from corpus.retrieval import Retriever

    return Retriever.from_settings(settings)


@pytest.fixture(scope="session")
def offline_extractor(settings):
    from screener.facts import get_extractor

    return get_extractor(settings)
