import subprocess
import sys

import hive


def test_public_names_are_what_users_get() -> None:
    assert hive.__all__ == sorted(hive.__all__)
    assert set(hive.__all__) == {
        "APIConnectionError",
        "APIError",
        "APIStatusError",
        "APITimeoutError",
        "Answer",
        "AnswerEvent",
        "AsyncClient",
        "AuthenticationError",
        "BadRequestError",
        "Client",
        "DocumentInfo",
        "DocumentList",
        "HiveError",
        "InternalServerError",
        "NotFoundError",
        "PlanEvent",
        "QueryEvent",
        "RateLimitError",
        "ReplicaIndex",
        "SpecialistInfo",
        "TaskDoneEvent",
        "TaskFailedEvent",
        "TaskStartedEvent",
        "TaskView",
        "UnsupportedPart",
        "__version__",
    }
    assert all(getattr(hive, name) is not None for name in hive.__all__)


def test_sdk_errors_form_one_tree() -> None:
    for name in ("BadRequestError", "AuthenticationError", "NotFoundError", "RateLimitError"):
        assert issubclass(getattr(hive, name), hive.APIStatusError)
    assert issubclass(hive.APITimeoutError, hive.APIConnectionError)
    assert issubclass(hive.APIStatusError, hive.APIError)
    assert issubclass(hive.APIConnectionError, hive.APIError)
    assert issubclass(hive.APIError, hive.HiveError)


def test_import_hive_stays_light() -> None:
    heavy = "('ray', 'onnxruntime', 'torch', 'fastapi', 'redis', 'networkx')"
    code = f"import sys, hive; print(sorted(m for m in {heavy} if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
