"""Built-in specialists, the specialist protocol and the fakes for tests."""

from specialists.base import Context, Manifest, Output, Specialist

__all__ = ["Context", "Manifest", "Output", "Specialist"]
