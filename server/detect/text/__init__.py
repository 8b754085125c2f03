"""The text detectors: Presidio runs our recognizers (recognizers.py) over spaCy's analysis
of a post (text_pii.py): names from the register (register_names.py), contact details,
dates, pupil numbers and records, other people, and sensitive circumstances judged with the
sentence model. Each returns findings; the policy decides."""
