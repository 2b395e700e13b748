"""What differs between the Home Assistant releases backcare supports (2026.3 and newer).

Home Assistant validates with probatio since it replaced voluptuous (2026.10 ships it and
aliases `voluptuous` to it); 2026.3 has only voluptuous, whose API probatio keeps.
Import `probatio` from here. Drop the fallback once the minimum release has probatio.
"""

from __future__ import annotations

try:
    import probatio
except ImportError:  # Home Assistant before probatio: voluptuous, the same API
    import voluptuous as probatio  # type: ignore[no-redef]

__all__ = ["probatio"]
