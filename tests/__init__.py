"""Tests for backcare."""
