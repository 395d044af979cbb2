"""Hive: a hive of small task-specialised models that answers compound questions on a CPU.

``import hive`` stays light (httpx and pydantic): Ray, onnxruntime and torch load only on the
paths that run models.
"""

from hive.answer import Answer, TaskView, UnsupportedPart
from hive.client import APIError, Client
from hive.errors import HiveError

__version__ = "0.1.0"

__all__ = [
    "APIError",
    "Answer",
    "Client",
    "HiveError",
    "TaskView",
    "UnsupportedPart",
    "__version__",
]
