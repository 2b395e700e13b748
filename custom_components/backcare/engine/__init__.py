"""The pure domain logic of backcare: no Home Assistant imports, time comes from the caller."""
