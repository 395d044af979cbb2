"""Serve a model you already have on disk (Hugging Face directory or ONNX file) from a manifest."""

from specialists.generic.specialist import GenericManifest, GenericSpecialist

__all__ = ["GenericManifest", "GenericSpecialist"]
