import pytest
from pydantic import ValidationError

from hive.settings import Settings


def test_env_vars_are_read_and_parsed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HIVE_SPECIALISTS", "docs, echo")
    monkeypatch.setenv("HIVE_REPLICAS", '{"docs": 3}')
    monkeypatch.setenv("HIVE_PORT", "9001")
    settings = Settings()
    assert settings.specialists == ["docs", "echo"]
    assert settings.replicas_of("docs") == 3 and settings.replicas_of("echo") == 1
    assert settings.port == 9001


def test_bad_values_say_what_to_fix(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HIVE_REPLICAS", "docs=2")
    with pytest.raises(ValidationError, match="HIVE_REPLICAS must be a JSON object"):
        Settings()
    monkeypatch.delenv("HIVE_REPLICAS")
    monkeypatch.setenv("HIVE_REDIS_URL", "localhost:6379")
    with pytest.raises(ValidationError, match="must start with redis://"):
        Settings()


def test_non_positive_replicas_rejected(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HIVE_REPLICAS", '{"docs": 0}')
    with pytest.raises(ValidationError):
        Settings()
