"""The CAMEO table: code → name, Goldstein score, QuadClass and PLOVER type/mode."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .errors import DictionaryError
from .resources import data_path, load_csv


@dataclass(frozen=True)
class CameoCode:
    code: str
    name: str
    goldstein: float | None
    quad_class: int
    plover_type: str | None
    plover_mode: str | None


class CameoTable:
    """All CAMEO codes; unnamed subcodes borrow their parent's name."""

    def __init__(self, codes: dict[str, CameoCode]):
        self._codes = codes

    @classmethod
    def load(cls, path: Path | None = None) -> CameoTable:
        path = path or data_path("cameo.csv")
        codes: dict[str, CameoCode] = {}
        for line, row in enumerate(load_csv(path), start=2):
            try:
                code = row["code"].strip()
                codes[code] = CameoCode(
                    code=code,
                    name=row["name"].strip(),
                    goldstein=float(row["goldstein"]) if row["goldstein"].strip() else None,
                    quad_class=int(row["quad_class"]),
                    plover_type=row["plover_type"].strip() or None,
                    plover_mode=row["plover_mode"].strip() or None,
                )
            except (KeyError, ValueError) as exc:
                raise DictionaryError(f"{path}:{line}: bad CAMEO row ({exc})") from None
        return cls(codes)

    def __contains__(self, code: object) -> bool:
        return code in self._codes

    def __iter__(self):
        return iter(self._codes.values())

    def get(self, code: str) -> CameoCode:
        """The entry of ``code``, with name and Goldstein inherited from the nearest parent."""
        try:
            entry = self._codes[code]
        except KeyError:
            raise DictionaryError(f"unknown CAMEO code {code!r}") from None
        parent = code[:-1]
        while (not entry.name or entry.goldstein is None) and len(parent) >= 2:
            if parent in self._codes:
                up = self._codes[parent]
                entry = CameoCode(
                    entry.code,
                    entry.name or up.name,
                    entry.goldstein if entry.goldstein is not None else up.goldstein,
                    entry.quad_class,
                    entry.plover_type,
                    entry.plover_mode,
                )
            parent = parent[:-1]
        return entry

    def root(self, code: str) -> str:
        return code[:2]
