"""Round 16 near-misses (filled below)."""
from common import near_chat, near_call  # noqa: F401
