"""The generic specialist serves models already on disk: HF directories and ONNX files."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from pydantic import ValidationError

from specialists.base import Context
from specialists.generic import GenericManifest, GenericSpecialist
from specialists.registry import instantiate
from specialists.training.export import export_onnx, parity
from specialists.training.tokenizer import build_wordpiece

torch = pytest.importorskip("torch")
transformers = pytest.importorskip("transformers")

CORPUS = ["the cat sat on the mat", "Maria flew to Lisbon", "great food", "awful service"] * 20
LABELS = ["negative", "positive"]
TAGS = ["O", "B-PER", "I-PER", "B-LOC", "I-LOC"]


@pytest.fixture(scope="module")
def tokenizer_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("tok")
    tokenizer = build_wordpiece(CORPUS, vocab_size=200)
    tokenizer.save(str(folder / "tokenizer.json"))
    fast = transformers.PreTrainedTokenizerFast(
        tokenizer_object=tokenizer, pad_token="[PAD]", unk_token="[UNK]",
        cls_token="[CLS]", sep_token="[SEP]", eos_token="[SEP]",
    )  # fmt: skip
    fast.save_pretrained(folder)
    return folder


def _tiny_bert(num_labels: int, labels: list[str], token_level: bool) -> object:
    config = transformers.BertConfig(
        vocab_size=200, hidden_size=16, num_hidden_layers=1, num_attention_heads=2,
        intermediate_size=32, num_labels=num_labels,
        id2label=dict(enumerate(labels)), label2id={lab: i for i, lab in enumerate(labels)},
    )  # fmt: skip
    torch.manual_seed(0)
    cls = (
        transformers.BertForTokenClassification
        if token_level
        else transformers.BertForSequenceClassification
    )
    return cls(config).eval()


def _save_hf(model: object, tokenizer_dir: Path, folder: Path) -> Path:
    model.save_pretrained(folder)  # type: ignore[attr-defined]
    for file in tokenizer_dir.iterdir():
        (folder / file.name).write_bytes(file.read_bytes())
    return folder


def _manifest(path: Path, **fields: object) -> Path:
    body = {"name": "mine", "description": "a model I had", "examples": ["classify this"]}
    path.write_text(json.dumps({**body, **fields}), encoding="utf-8")
    return path


def test_hf_text_classifier_answers_with_its_labels(tokenizer_dir: Path, tmp_path: Path) -> None:
    model_dir = _save_hf(_tiny_bert(2, LABELS, False), tokenizer_dir, tmp_path / "clf")
    manifest = _manifest(tmp_path / "m.json", task="text-classification", model="clf")
    specialist = instantiate(str(manifest))  # the registry takes a manifest path
    assert isinstance(specialist, GenericSpecialist)
    specialist.load(Context())
    outputs = specialist.run_batch(["great food", "", "awful service"])
    assert outputs[0].value in LABELS and 0.5 <= outputs[0].score <= 1.0  # type: ignore[union-attr]
    assert isinstance(outputs[1], ValueError)
    assert outputs[2].value in LABELS  # type: ignore[union-attr]
    assert model_dir.exists()


def test_hf_token_classifier_returns_spans_with_offsets(
    tokenizer_dir: Path, tmp_path: Path
) -> None:
    _save_hf(_tiny_bert(5, TAGS, True), tokenizer_dir, tmp_path / "ner")
    manifest = _manifest(tmp_path / "m.json", task="token-classification", model="ner")
    specialist = GenericSpecialist(manifest)
    specialist.load(Context())
    text = "Maria flew to Lisbon"
    (output,) = specialist.run_batch([text])
    assert isinstance(output.value, list)  # type: ignore[union-attr]
    for span in output.value:  # type: ignore[union-attr]
        assert span["type"] in {"PER", "LOC"}
        assert 0 <= span["start"] < span["end"] <= len(text)


def test_hf_text2text_model_generates_text(tokenizer_dir: Path, tmp_path: Path) -> None:
    config = transformers.T5Config(
        vocab_size=200, d_model=16, d_ff=32, d_kv=8, num_layers=1, num_heads=2,
        decoder_start_token_id=0, pad_token_id=0, eos_token_id=3,
    )  # fmt: skip
    torch.manual_seed(0)
    model = transformers.T5ForConditionalGeneration(config).eval()
    _save_hf(model, tokenizer_dir, tmp_path / "t5")
    manifest = _manifest(
        tmp_path / "m.json", task="text2text-generation", model="t5", max_new_tokens=5
    )
    specialist = GenericSpecialist(manifest)
    specialist.load(Context())
    (output,) = specialist.run_batch(["the cat sat"])
    assert isinstance(output.value, str)  # type: ignore[union-attr]


def test_onnx_classifier_matches_the_torch_model(tokenizer_dir: Path, tmp_path: Path) -> None:
    model = _tiny_bert(2, LABELS, False)

    class Logits(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.inner = model

        def forward(self, input_ids, attention_mask, token_type_ids):  # type: ignore[no-untyped-def]
            return self.inner(
                input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids
            ).logits

    tok = transformers.PreTrainedTokenizerFast.from_pretrained(tokenizer_dir)

    def encode(texts: list[str]) -> dict[str, object]:
        batch = tok(texts, padding=True, return_tensors="pt")
        ids, mask = batch["input_ids"], batch["attention_mask"]
        return {"input_ids": ids, "attention_mask": mask, "token_type_ids": torch.zeros_like(ids)}

    sample = encode(["great food", "the cat sat on the mat"])
    path = export_onnx(
        Logits().eval(), sample, tmp_path / "clf.onnx", ["logits"],
        {k: {0: "batch", 1: "seq"} for k in sample} | {"logits": {0: "batch"}},
    )  # fmt: skip
    assert parity(Logits().eval(), path, sample) < 1e-4
    manifest = _manifest(
        tmp_path / "m.json", task="text-classification", model="clf.onnx",
        tokenizer=str(tokenizer_dir / "tokenizer.json"), labels=LABELS,
    )  # fmt: skip
    specialist = GenericSpecialist(manifest)
    specialist.load(Context())
    texts = ["great food", "awful service", "the cat sat on the mat"]
    with torch.no_grad():
        expected = model(**encode(texts)).logits.argmax(-1)
    got = [o.value for o in specialist.run_batch(texts)]  # type: ignore[union-attr]
    assert got == [LABELS[int(i)] for i in np.asarray(expected)]


def test_bad_manifests_say_what_is_wrong(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="does not exist"):
        GenericManifest(name="x", description="d", examples=["e"], task="text-classification",
                        model=tmp_path / "nope")  # fmt: skip
    (tmp_path / "m.onnx").write_bytes(b"")
    with pytest.raises(ValidationError, match="needs 'tokenizer'"):
        GenericManifest(name="x", description="d", examples=["e"], task="text-classification",
                        model=tmp_path / "m.onnx")  # fmt: skip
