import subprocess
import sys

import hive


def test_public_names_are_what_users_get() -> None:
    assert hive.__all__ == sorted(hive.__all__)
    assert set(hive.__all__) == {
        "APIError",
        "Answer",
        "Client",
        "HiveError",
        "TaskView",
        "UnsupportedPart",
        "__version__",
    }


def test_import_hive_stays_light() -> None:
    heavy = "('ray', 'onnxruntime', 'torch')"
    code = f"import sys, hive; print(sorted(m for m in {heavy} if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
