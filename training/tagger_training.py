"""Fine-tune the accurate mode's word-piece tagger and export it: the part of ``quote_tagger.py`` that
needs torch, and nothing of newsprobe, so that it also runs alone on a machine with a GPU.

    python training/quote_tagger.py --windows /tmp/windows.npz          # here: PolNeAR as word-piece windows
    python training/tagger_training.py --windows /tmp/windows.npz --encoder DIR --out DIR   # there, with torch
    python training/quote_tagger.py --tagger DIR                        # here: ship it, choose the blend

``quote_tagger.py`` run alone does all three in one process. The encoder directory holds the
released all-MiniLM-L6-v2 (config.json, model.safetensors); OUT receives tagger.onnx (8-bit) and
record.json (the run's settings and dev word-piece F1 after each epoch). A GPU is used when present;
seeded (random, numpy, torch).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

import numpy as np

BATCH = 16  # windows per step: the usual fine-tuning batch; not tuned
# Twice the usual fine-tuning rate for BERT-sized encoders, with a 10 % linear warm-up: on PolNeAR dev,
# 10 epochs with the word-piece vectors trained gave a mean word-piece F1 over the nine outputs of
# 0.7992 at 1e-4 against 0.7967 at 5e-5 (and 0.7983 with the vectors frozen at 5e-5), and the better
# blend (docs/benchmarks.md, issue #12's twentieth round).
LEARNING_RATE = 1e-4
WARMUP = 0.1


def load_windows(path: Path) -> dict:
    """The windows ``quote_tagger.py --windows`` wrote: per split, a list of (ids, labels) with ids
    [CLS] … [SEP] and one row of label bits per piece between them; and the label names."""
    with np.load(path) as stored:
        arrays = {name: stored[name] for name in stored.files}
    labels = [str(name) for name in arrays["labels"]]
    out = {"labels": labels}
    for split in ("train", "dev"):
        ids, bits, lengths = arrays[f"{split}_ids"], arrays[f"{split}_bits"], arrays[f"{split}_lengths"]
        rows, at, bit_at = [], 0, 0
        for length in lengths:
            window_ids = ids[at:at + length].astype(np.int64)
            window_bits = bits[bit_at:bit_at + length - 2]
            rows.append((window_ids, ((window_bits[:, None] >> np.arange(len(labels))) & 1).astype(np.float32)))
            at += length
            bit_at += length - 2
        out[split] = rows
    return out


def save_windows(path: Path, labels: list[str], splits: dict[str, list]) -> None:
    """Write ``splits`` ({"train": [(ids, labels)], "dev": …}) for ``load_windows``: ids as 16-bit
    integers (the vocabulary has 30,522 pieces), each piece's labels as bits."""
    arrays = {"labels": np.array(labels)}
    weights = 1 << np.arange(len(labels))
    for split, rows in splits.items():
        arrays[f"{split}_ids"] = np.concatenate([np.asarray(ids, dtype=np.uint16) for ids, _ in rows])
        arrays[f"{split}_bits"] = np.concatenate([(np.asarray(bits) > 0.5) @ weights for _, bits in rows]).astype(np.uint16)
        arrays[f"{split}_lengths"] = np.array([len(ids) for ids, _ in rows], dtype=np.int32)
    np.savez_compressed(path, **arrays)


def batches(data, size: int, shuffle: bool, rng: random.Random, labels: int):
    import torch

    order = list(range(len(data)))
    if shuffle:
        rng.shuffle(order)
    for i in range(0, len(order), size):
        chunk = [data[j] for j in order[i:i + size]]
        width = max(len(ids) for ids, _ in chunk)
        ids = torch.zeros((len(chunk), width), dtype=torch.long)
        mask = torch.zeros((len(chunk), width), dtype=torch.long)
        gold = torch.zeros((len(chunk), width, labels))
        weight = torch.zeros((len(chunk), width))
        for row, (piece_ids, piece_labels) in enumerate(chunk):
            ids[row, :len(piece_ids)] = torch.as_tensor(piece_ids)
            mask[row, :len(piece_ids)] = 1
            gold[row, 1:len(piece_ids) - 1] = torch.as_tensor(piece_labels)
            weight[row, 1:len(piece_ids) - 1] = 1  # [CLS] and [SEP] carry no label
        yield ids, mask, gold, weight


def evaluate(model, data, device, names: list[str]) -> dict[str, float]:
    """Word-piece F1 of each output at 0.5."""
    import torch

    tp = np.zeros(len(names)); fp = np.zeros(len(names)); fn = np.zeros(len(names))
    model.eval()
    with torch.no_grad():
        for ids, mask, gold, weight in batches(data, 32, False, random.Random(0), len(names)):
            probs = torch.sigmoid(model(input_ids=ids.to(device), attention_mask=mask.to(device)).logits).cpu()
            predicted = (probs >= 0.5) & (weight[..., None] > 0)
            gold = (gold > 0.5) & (weight[..., None] > 0)
            tp += (predicted & gold).sum((0, 1)).numpy()
            fp += (predicted & ~gold).sum((0, 1)).numpy()
            fn += (~predicted & gold).sum((0, 1)).numpy()
    model.train()
    return {name: round(float(2 * t / max(1, 2 * t + p + n)), 4) for name, t, p, n in zip(names, tp, fp, fn)}


def train(windows: dict, encoder: Path, epochs: int, learning_rate: float, frozen_vectors: bool, seed: int = 0):
    """The fine-tuned model and the run's record (settings, dev word-piece F1 after each epoch)."""
    import torch
    from safetensors import safe_open
    from transformers import AutoModelForTokenClassification, get_linear_schedule_with_warmup

    started = time.perf_counter()
    random.seed(seed); np.random.seed(seed); torch.manual_seed(seed)
    names = windows["labels"]
    device = "cuda" if torch.cuda.is_available() else "cpu"
    # .float(): the weights may come rounded to 16 bits (a GPU machine's upload limit); training is in 32.
    model = AutoModelForTokenClassification.from_pretrained(str(encoder), num_labels=len(names)).float().to(device)
    with safe_open(str(encoder / "model.safetensors"), "pt") as weights:
        precision = weights.get_slice("embeddings.word_embeddings.weight").get_dtype()
    model.bert.embeddings.word_embeddings.weight.requires_grad = not frozen_vectors
    steps = epochs * ((len(windows["train"]) + BATCH - 1) // BATCH)
    optimizer = torch.optim.AdamW([p for p in model.parameters() if p.requires_grad], lr=learning_rate)
    schedule = get_linear_schedule_with_warmup(optimizer, int(steps * WARMUP), steps)
    loss_of = torch.nn.BCEWithLogitsLoss(reduction="none")
    rng = random.Random(seed)
    history = []
    for epoch in range(epochs):
        total = 0.0
        for ids, mask, gold, weight in batches(windows["train"], BATCH, True, rng, len(names)):
            logits = model(input_ids=ids.to(device), attention_mask=mask.to(device)).logits
            loss = (loss_of(logits, gold.to(device)).mean(-1) * weight.to(device)).sum() / weight.sum().to(device)
            loss.backward()
            optimizer.step(); schedule.step(); optimizer.zero_grad()
            total += loss.item()
        history.append(evaluate(model, windows["dev"], device, names))
        print(f"epoch {epoch + 1}: train loss {total:.1f}; dev piece F1 {history[-1]}; "
              f"{time.perf_counter() - started:.0f}s", flush=True)
    record = {
        "encoder_precision": precision, "seed": seed, "epochs": epochs, "learning_rate": learning_rate,
        "word_piece_vectors": "frozen" if frozen_vectors else "trained",
        "device": torch.cuda.get_device_name() if device == "cuda" else "cpu",
        "training_seconds": round(time.perf_counter() - started),
        "dev_piece_f1": history[-1], "dev_piece_f1_by_epoch": history,
    }
    return model, record


def export(model, out: Path) -> None:
    """``out``: the model as ONNX, word-piece ids and mask in, the probabilities out, quantized to
    8-bit integers (onnxruntime's dynamic quantization)."""
    import torch
    from onnxruntime.quantization import QuantType, quantize_dynamic

    class WithProbabilities(torch.nn.Module):
        def __init__(self, inner):
            super().__init__()
            self.inner = inner

        def forward(self, input_ids, attention_mask):
            return torch.sigmoid(self.inner(input_ids=input_ids, attention_mask=attention_mask).logits)

    model = model.cpu().eval()
    full = out.with_suffix(".fp32.onnx")
    ids = torch.ones((1, 16), dtype=torch.long)
    torch.onnx.export(WithProbabilities(model), (ids, torch.ones_like(ids)), str(full), input_names=["input_ids", "attention_mask"],
                      output_names=["probabilities"], opset_version=17, dynamo=False,
                      dynamic_axes={"input_ids": {0: "batch", 1: "pieces"}, "attention_mask": {0: "batch", 1: "pieces"},
                                    "probabilities": {0: "batch", 1: "pieces"}})
    quantize_dynamic(str(full), str(out), weight_type=QuantType.QInt8)
    full.unlink()


def build(windows: dict, encoder: Path, out: Path, epochs: int, learning_rate: float, frozen_vectors: bool, seed: int = 0) -> dict:
    """Train, export ``out``/tagger.onnx and write ``out``/record.json; the record."""
    model, record = train(windows, encoder, epochs, learning_rate, frozen_vectors, seed)
    out.mkdir(parents=True, exist_ok=True)
    export(model, out / "tagger.onnx")
    (out / "record.json").write_text(json.dumps(record, indent=1) + "\n", encoding="utf-8")
    return record


def add_arguments(parser: argparse.ArgumentParser) -> None:
    # 10: dev word-piece F1 flattens from the 6th epoch on (cue inside 0.710 at the 6th, 0.707 at the
    # 10th); 20 epochs at 5e-5 ended no better (mean 0.7963). The 5-epoch CPU build before this one left
    # the begin and end outputs short of where 10 take them (content begin 0.710 against 0.759).
    parser.add_argument("--epochs", type=int, default=10)
    parser.add_argument("--learning-rate", type=float, default=LEARNING_RATE)
    parser.add_argument("--frozen-vectors", action="store_true", help="keep the released word-piece vectors")
    parser.add_argument("--seed", type=int, default=0, help="for random, numpy and torch (the shipped tagger: 0)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--windows", type=Path, required=True, help="written by quote_tagger.py --windows")
    parser.add_argument("--encoder", type=Path, required=True, help="config.json and model.safetensors of all-MiniLM-L6-v2")
    parser.add_argument("--out", type=Path, required=True)
    add_arguments(parser)
    args = parser.parse_args()
    record = build(load_windows(args.windows), args.encoder, args.out, args.epochs, args.learning_rate, args.frozen_vectors,
                   args.seed)
    print(json.dumps(record["dev_piece_f1"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
