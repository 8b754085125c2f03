"""Encryption at rest for face templates (Fernet: AES-128-CBC with HMAC-SHA256).

The key lives in the data folder (template.key, 0600) or, for server
deployments where the database sits elsewhere, in CLEARPOST_TEMPLATE_KEY.
A database copied without its key holds no usable biometric data.
"""

import os
from pathlib import Path

import numpy as np
from cryptography.fernet import Fernet, InvalidToken

from ..config.paths import read_or_create_secret
from ..errors import ConfigError

ENV_KEY = "CLEARPOST_TEMPLATE_KEY"
DIMENSIONS = 128


def load_key(home: Path) -> bytes:
    env = os.environ.get(ENV_KEY)
    if env:
        key = env.strip().encode()
    else:
        key = read_or_create_secret(
            home / "template.key", make=lambda: Fernet.generate_key().decode()
        ).encode()
    try:
        Fernet(key)
    except ValueError as exc:
        raise ConfigError(
            f"The template key ({ENV_KEY} or template.key) is not a Fernet key: "
            "it must be 32 url-safe base64-encoded bytes. Restore it from your backup."
        ) from exc
    return key


class TemplateCipher:
    """Encrypts a 128-d face encoding to bytes and back."""

    def __init__(self, key: bytes):
        self._fernet = Fernet(key)

    def encrypt(self, encoding: np.ndarray) -> bytes:
        vector = np.asarray(encoding, dtype="<f8")
        if vector.shape != (DIMENSIONS,):
            raise ValueError(f"a face template has {DIMENSIONS} numbers, not {vector.shape}")
        return self._fernet.encrypt(vector.tobytes())

    def decrypt(self, token: bytes) -> np.ndarray:
        try:
            raw = self._fernet.decrypt(token)
        except InvalidToken as exc:
            raise ConfigError(
                "A stored face template cannot be decrypted with this template key. "
                "Restore the template.key (or CLEARPOST_TEMPLATE_KEY) that enrolled it, "
                "or re-enrol the register's photos."
            ) from exc
        return np.frombuffer(raw, dtype="<f8").copy()
