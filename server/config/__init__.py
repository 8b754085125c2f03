"""Where Clearpost keeps its data and what the school has set: the data folder and the
files with secrets (paths.py), settings.json read and checked (settings.py) against every
field's default and bounds (settings_defaults.py)."""
