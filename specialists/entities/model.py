"""The trainable tagger: all-MiniLM-L6-v2 plus a casing embedding and a linear BIO head (torch)."""

from __future__ import annotations

from typing import Any

import torch
from torch import nn

from specialists.entities.tagging import LABELS, N_CASES


class Tagger(nn.Module):
    """Token classifier over MiniLM; casing joins the word embeddings as the vocab is uncased."""

    def __init__(self, encoder: Any, dropout: float = 0.1) -> None:
        super().__init__()
        self.encoder = encoder
        hidden = encoder.config.hidden_size
        self.case = nn.Embedding(N_CASES, hidden)
        nn.init.zeros_(self.case.weight)  # start as the pretrained encoder exactly
        self.dropout = nn.Dropout(dropout)
        self.head = nn.Linear(hidden, len(LABELS))

    def forward(
        self, input_ids: torch.Tensor, attention_mask: torch.Tensor, case_ids: torch.Tensor
    ) -> torch.Tensor:
        """Logits of shape ``(batch, tokens, labels)``."""
        embeds = self.encoder.embeddings.word_embeddings(input_ids) + self.case(case_ids)
        states = self.encoder(inputs_embeds=embeds, attention_mask=attention_mask).last_hidden_state
        return self.head(self.dropout(states))


def build(model_path: str) -> Tagger:
    """A fresh tagger on the pretrained encoder, word embeddings frozen (cheap and robust)."""
    from transformers import AutoModel

    encoder = AutoModel.from_pretrained(model_path)
    encoder.embeddings.word_embeddings.weight.requires_grad_(False)
    return Tagger(encoder)
