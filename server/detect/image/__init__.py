"""The image detectors: each finds one kind of thing in a photo (faces matched against the
register, the school's logo and uniform, words in the picture, personal metadata) and
returns findings; they share one small protocol and a registry (detectors.py, registry.py)
that the photo check loops over."""
