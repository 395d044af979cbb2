"""Shared training toolkit: seeded loops, local tokenizers, ONNX export, parity, int8, cards.

Everything here imports torch lazily or is only imported by training code: serving never needs it.
"""
