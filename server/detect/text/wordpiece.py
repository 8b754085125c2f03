"""BERT's uncased WordPiece tokenizer for the sentence model (sentence_model.py): basic
tokenisation (clean, lower-case, strip accents, split punctuation), then vocab.txt's pieces."""

import unicodedata
from pathlib import Path

MAX_TOKENS = 128  # a sentence of a post; the model was trained on up to 128 word pieces


class WordPiece:
    """BERT's uncased tokenizer: clean, lower-case, strip accents, split punctuation,
    then the longest-match-first word pieces of vocab.txt."""

    def __init__(self, vocab_path: Path):
        tokens = vocab_path.read_text(encoding="utf-8").splitlines()
        self.vocab = {t: i for i, t in enumerate(tokens)}
        self.unk, self.cls, self.sep = (self.vocab[t] for t in ("[UNK]", "[CLS]", "[SEP]"))

    def ids(self, text: str) -> list[int]:
        out = [self.cls]
        for word in _basic_tokens(text):
            out.extend(self._pieces(word))
            if len(out) >= MAX_TOKENS - 1:
                out = out[: MAX_TOKENS - 1]
                break
        return out + [self.sep]

    def _pieces(self, word: str) -> list[int]:
        if len(word) > 100:
            return [self.unk]
        pieces, start = [], 0
        while start < len(word):
            end = len(word)
            while end > start:
                piece = word[start:end] if start == 0 else "##" + word[start:end]
                if piece in self.vocab:
                    pieces.append(self.vocab[piece])
                    break
                end -= 1
            if end == start:
                return [self.unk]
            start = end
        return pieces


def _is_punct(ch: str) -> bool:
    cp = ord(ch)
    if 33 <= cp <= 47 or 58 <= cp <= 64 or 91 <= cp <= 96 or 123 <= cp <= 126:
        return True
    return unicodedata.category(ch).startswith("P")


def _is_cjk(cp: int) -> bool:
    return (
        0x4E00 <= cp <= 0x9FFF or 0x3400 <= cp <= 0x4DBF or 0x20000 <= cp <= 0x2A6DF
        or 0x2A700 <= cp <= 0x2CEAF or 0xF900 <= cp <= 0xFAFF or 0x2F800 <= cp <= 0x2FA1F
    )  # fmt: skip


def _basic_tokens(text: str) -> list[str]:
    chars = []
    for ch in text:
        cp = ord(ch)
        if (
            cp == 0
            or cp == 0xFFFD
            or unicodedata.category(ch) in ("Cc", "Cf")
            and ch not in "\t\n\r"
        ):
            continue
        if ch.isspace():
            chars.append(" ")
        elif _is_cjk(cp):
            chars.append(f" {ch} ")
        else:
            chars.append(ch)
    text = unicodedata.normalize("NFD", "".join(chars).lower())
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Mn")
    out = []
    for word in text.split():
        current = ""
        for ch in word:
            if _is_punct(ch):
                if current:
                    out.append(current)
                out.append(ch)
                current = ""
            else:
                current += ch
        if current:
            out.append(current)
    return out
