"""The classifier (training only): hashed features -> embedding mean -> small MLP -> softmax."""

from __future__ import annotations

import torch
from torch import nn


def _pool(vectors: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
    """Mean of the feature vectors that the mask keeps (padding contributes nothing)."""
    summed = (vectors * mask.unsqueeze(-1)).sum(dim=1)
    return summed / mask.sum(dim=1, keepdim=True).clamp(min=1.0)


class LanguageNet(nn.Module):
    """fastText-style: a bag of hashed character n-grams and words, averaged, then an MLP."""

    def __init__(self, buckets: int, dim: int, hidden: int, classes: int) -> None:
        super().__init__()
        self.table = nn.Embedding(buckets, dim)
        nn.init.uniform_(self.table.weight, -1.0 / dim, 1.0 / dim)
        self.head = nn.Sequential(nn.Linear(dim, hidden), nn.ReLU(), nn.Linear(hidden, classes))

    def logits(self, ids: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        """Unnormalised class scores, used by the training loss."""
        return self.head(_pool(self.table(ids), mask))

    def forward(self, ids: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        """Class probabilities."""
        return torch.softmax(self.logits(ids, mask), dim=-1)


class ServingNet(nn.Module):
    """The exported graph: the table stored compactly (fp16, or int8 with a per-row scale)."""

    def __init__(self, net: LanguageNet, int8: bool) -> None:
        super().__init__()
        weight = net.table.weight.detach().float()
        self.int8 = int8
        self.table: torch.Tensor
        self.scale: torch.Tensor
        if int8:
            scale = weight.abs().amax(dim=1).clamp(min=1e-8) / 127.0
            self.register_buffer("table", torch.round(weight / scale[:, None]).to(torch.int8))
            self.register_buffer("scale", scale.to(torch.float16))
        else:
            self.register_buffer("table", weight.to(torch.float16))
            self.register_buffer("scale", torch.ones(1, dtype=torch.float16))
        self.head = net.head

    def forward(self, ids: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        """Class probabilities, as :class:`LanguageNet` computes them up to rounding."""
        flat = ids.reshape(-1)
        rows = torch.index_select(self.table, 0, flat).float()
        if self.int8:
            rows = rows * torch.index_select(self.scale, 0, flat).float().unsqueeze(-1)
        vectors = rows.reshape(ids.shape[0], ids.shape[1], -1)
        return torch.softmax(self.head(_pool(vectors, mask)), dim=-1)
