"""The UPN rules, where the labelled sets' own checking scripts (tests/data/set*/) import
them from; they live in detect/text/upn.py, beside the text detector that reads UPNs, so that
detect never imports register (register imports detect)."""

from ..detect.text.upn import LETTERS, UPN_RE, check_letter, normalise, problem

__all__ = ["LETTERS", "UPN_RE", "check_letter", "normalise", "problem"]
