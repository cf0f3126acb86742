"""The answer engine's cache folder: where it is, and how its files are read and written.

The engine keeps what a cold start would otherwise redo (its read phrasings, its index, its
compiled patterns) in the user's cache folder. Each file is written atomically, so a process
reading it never sees half of one, and one that cannot be written is skipped: the cache only
saves time, it never changes an answer.
"""

from __future__ import annotations

import io
import os
import pickle
import tempfile
from pathlib import Path
from typing import Any


def default_cache_dir() -> Path | None:
    """Return where the cache lives: BRIEFBOT_CACHE_DIR, else the user's cache folder.

    BRIEFBOT_CACHE_DIR=off turns the cache off. This is read from the environment, not from the
    settings, because `briefbot ask` must start without loading them.
    """
    chosen = os.environ.get("BRIEFBOT_CACHE_DIR", "").strip()
    if chosen.lower() in ("off", "none", "0", "false"):
        return None
    if chosen:
        return Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME") or os.environ.get("LOCALAPPDATA")
    return (Path(base) if base else Path.home() / ".cache") / "briefbot"


class _DataUnpickler(pickle.Unpickler):
    """Unpickles plain data only: a cache naming any class or function is refused."""

    def find_class(self, module: str, name: str, /) -> Any:
        raise pickle.UnpicklingError(f"not plain data: {module}.{name}")


def read_data(path: Path) -> Any:
    """Return the plain data (built-in values only) pickled in `path`.

    Raises OSError when it cannot be read and pickle.UnpicklingError (or EOFError, ValueError)
    when it is not such a pickle.
    """
    return _DataUnpickler(io.BytesIO(path.read_bytes())).load()


def write_cache(cache_dir: Path, path: Path, data: bytes, older: str) -> bool:
    """Write `data` to `path` atomically, remove the files matching `older` beside it.

    Return False, having written nothing, when the folder cannot be written.
    """
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(
            "wb", dir=cache_dir, prefix=".tmp-", suffix=path.suffix, delete=False
        ) as handle:
            handle.write(data)
        os.replace(handle.name, path)
        for old in cache_dir.glob(older):
            if old != path:
                old.unlink(missing_ok=True)
    except OSError:
        return False
    return True
