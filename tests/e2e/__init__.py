"""End to end: backcare in a real Home Assistant and a real browser (`scripts/e2e`)."""
