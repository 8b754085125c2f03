"""Detectors: each finds things in a post and returns findings, never decisions."""
