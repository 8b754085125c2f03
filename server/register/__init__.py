"""The consent register: who may appear, on which channel, and whose face we may know."""
