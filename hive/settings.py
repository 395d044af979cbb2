"""Runtime settings, read from ``HIVE_*`` environment variables and validated at the edge."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Annotated

from pydantic import (
    Field,
    PositiveFloat,
    PositiveInt,
    SecretStr,
    ValidationInfo,
    field_validator,
)
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

MIN_API_KEY_CHARS = 16


def _builtin_names() -> list[str]:
    from specialists.registry import BUILTINS

    return list(BUILTINS)


_JSON_EXAMPLES = {"replicas": '{"docs": 2}', "replica_labels": '{"docs": {"hive-pool": "big"}}'}


class Settings(BaseSettings):
    """Everything a hive process needs to know; each field maps to ``HIVE_<NAME>``."""

    # An empty variable means "the default": compose passes ${HIVE_X:-} through as "".
    model_config = SettingsConfigDict(env_prefix="HIVE_", extra="ignore", env_ignore_empty=True)

    home: Path = Field(
        default=Path.home() / ".hive",
        description="Directory for Hive's own state (embedded Redis data, logs).",
    )
    redis_url: str | None = Field(
        default=None,
        description="Redis to use, e.g. redis://:password@host:6379/0. Unset: Hive starts its own.",
    )
    ray_address: str | None = Field(
        default=None,
        description="Ray cluster to join, e.g. 10.0.0.5:6379 or 'auto'. Unset: a local Ray.",
    )
    host: str = Field(default="127.0.0.1", description="Address the API binds to.")
    port: Annotated[int, Field(ge=0, le=65535)] = Field(default=8000, description="API port.")

    specialists: Annotated[list[str], NoDecode] = Field(
        default_factory=_builtin_names,
        description="Specialists to deploy, as a JSON list or comma-separated names.",
    )
    replicas: Annotated[dict[str, PositiveInt], NoDecode] = Field(
        default_factory=dict,
        description='Replicas per specialist as JSON, e.g. {"docs": 2}; unlisted ones get 1.',
    )
    replica_num_cpus: PositiveFloat = Field(
        default=0.25, description="Ray CPUs reserved per replica (fractional on small machines)."
    )
    replica_labels: Annotated[dict[str, dict[str, str]], NoDecode] = Field(
        default_factory=dict,
        description='Ray node labels a specialist\'s replicas need, as JSON, e.g. {"docs": '
        '{"hive-pool": "big"}} (nodes get labels with `ray start --labels`). Unlisted: any node.',
    )
    intra_op_threads: PositiveInt = Field(
        default=1, description="onnxruntime intra-op threads per replica."
    )
    batch_max: PositiveInt = Field(default=16, description="Largest micro-batch a replica runs.")
    batch_wait_ms: Annotated[float, Field(ge=0)] = Field(
        default=0.0,
        description="How long a replica waits to fill a micro-batch (0: take what is queued; "
        "batches still form under load while the model runs; see BENCHMARKS.md).",
    )

    task_timeout_s: PositiveFloat = Field(default=10.0, description="Deadline of one task.")
    query_timeout_s: PositiveFloat = Field(default=30.0, description="Deadline of one query.")
    visibility_timeout_ms: PositiveInt = Field(
        default=5000, description="Idle time after which another replica claims a pending task."
    )
    max_deliveries: PositiveInt = Field(
        default=3, description="Deliveries before a task goes to the dead-letter stream."
    )
    stream_maxlen: PositiveInt = Field(
        default=100_000, description="Approximate cap on every stream's length."
    )
    result_ttl_s: PositiveInt = Field(
        default=3600, description="How long answers and per-task results are kept in Redis."
    )
    heartbeat_s: PositiveFloat = Field(default=1.0, description="Replica heartbeat interval.")

    api_keys: Annotated[list[SecretStr], NoDecode] = Field(
        default_factory=list,
        description="Bearer keys the API accepts, comma-separated or a JSON list. Empty: no auth.",
    )
    cors_origins: Annotated[list[str], NoDecode] = Field(
        default_factory=list,
        description="Browser origins allowed to call the API, e.g. https://ops.example.com.",
    )
    max_body_bytes: PositiveInt = Field(
        default=4 * 1024 * 1024, description="Largest request body; larger ones get 413 unread."
    )
    max_text_chars: PositiveInt = Field(default=2000, description="Longest query text.")
    rate_limit_per_min: Annotated[int, Field(ge=0)] = Field(
        default=600,
        description="Requests per minute per API key (per client address without keys); 0: off.",
    )
    rate_limit_burst: PositiveInt = Field(
        default=60,
        description="Requests a key may send at once before the per-minute rate applies.",
    )

    @field_validator("specialists", mode="before")
    @classmethod
    def _split_names(cls, value: object) -> object:
        if isinstance(value, str):
            if value.lstrip().startswith("["):
                return json.loads(value)
            return [name.strip() for name in value.split(",") if name.strip()]
        return value

    @field_validator("replicas", "replica_labels", mode="before")
    @classmethod
    def _parse_json_object(cls, value: object, info: ValidationInfo) -> object:
        if isinstance(value, str):
            try:
                return json.loads(value)
            except json.JSONDecodeError as exc:
                example = _JSON_EXAMPLES[info.field_name or ""]
                name = f"HIVE_{(info.field_name or '').upper()}"
                raise ValueError(
                    f"{name} must be a JSON object like {example}, got {value!r}"
                ) from exc
        return value

    @field_validator("redis_url")
    @classmethod
    def _check_redis_url(cls, value: str | None) -> str | None:
        if value and not value.startswith(("redis://", "rediss://", "unix://")):
            raise ValueError(
                f"HIVE_REDIS_URL must start with redis://, rediss:// or unix://, got {value!r}"
            )
        return value or None

    @field_validator("api_keys", "cors_origins", mode="before")
    @classmethod
    def _split_list(cls, value: object) -> object:
        if isinstance(value, str):
            if value.lstrip().startswith("["):
                return json.loads(value)
            return [item.strip() for item in value.split(",") if item.strip()]
        return value

    @field_validator("api_keys")
    @classmethod
    def _check_api_keys(cls, keys: list[SecretStr]) -> list[SecretStr]:
        short = [k for k in keys if len(k.get_secret_value()) < MIN_API_KEY_CHARS]
        if short:
            raise ValueError(
                f"HIVE_API_KEYS: every key needs at least {MIN_API_KEY_CHARS} characters; "
                f"{len(short)} key(s) are shorter (try `python -c 'import secrets; "
                "print(secrets.token_urlsafe(32))'`)"
            )
        return keys

    @field_validator("cors_origins")
    @classmethod
    def _check_origins(cls, origins: list[str]) -> list[str]:
        for origin in origins:
            if not origin.startswith(("http://", "https://")) or origin.count("/") > 2:
                raise ValueError(
                    "HIVE_CORS_ORIGINS lists exact origins like https://ops.example.com "
                    f"(scheme and host, no path, no '*'), got {origin!r}"
                )
        return origins

    def replicas_of(self, name: str) -> int:
        """Replicas configured for ``name`` (1 when unlisted)."""
        return self.replicas.get(name, 1)


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process-wide settings, read once from the environment."""
    return Settings()
