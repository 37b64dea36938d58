"""Pick, for every row of a budget table, the reading that makes the table add up.

A table balances when, in every year, the opening frame plus every change, transfer and
investment row equals the corrected total. Each row comes with one or more readings
(see `budget_split`); the search counts the combinations that balance, so that a table
is only called balanced when exactly one combination of amounts does.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Sequence

from .budget_split import Reading

SIGN = {"opening": 1, "change": 1, "transfer": 1, "investment": 1, "total": -1}
MAX_STATES = 20_000  # partial-sum vectors kept per row before the search gives up
MAX_SUMS = 20_000  # reachable sums per year kept for pruning


@dataclass
class Choice:
    """The readings chosen (one per row) and how many combinations balance."""

    picks: list[Reading]
    n_balancing: int  # 0, 1, or 2 meaning "two or more"
    exhausted: bool = False  # the search hit MAX_STATES; the count is a lower bound

    @property
    def balances(self) -> bool:
        return self.n_balancing == 1


def residual(readings: Sequence[Reading], kinds: Sequence[str]) -> tuple[int, ...]:
    """Opening + changes - total, per year (all zeros when the rows balance)."""
    n = len(readings[0].amounts) if readings else 0
    out = [0] * n
    for r, kind in zip(readings, kinds):
        for y, a in enumerate(r.amounts):
            out[y] += SIGN.get(kind, 0) * a
    return tuple(out)


def choose(rows: Sequence[Sequence[Reading]], kinds: Sequence[str]) -> Choice:
    """Search all combinations of readings; prefer balancing ones, then low penalty.

    Rows are processed one at a time, keeping for each distinct partial-sum vector the
    number of ways to reach it (capped at 2) and its lowest-penalty path. A state is
    dropped as soon as, in some year, no sum the remaining rows can add brings it back
    to zero.
    """
    if not rows or any(not r for r in rows):
        raise ValueError(f"every row needs at least one reading; got {[len(r) for r in rows]}")
    n = len(rows[0][0].amounts)
    signed = [[tuple(SIGN.get(k, 0) * a for a in r.amounts) for r in rs] for rs, k in zip(rows, kinds)]
    reach = _suffix_reach(signed, n)
    # state -> (ways capped at 2, penalty, back-pointer)
    states: dict[tuple[int, ...], tuple[int, int, Optional[tuple]]] = {(0,) * n: (1, 0, None)}
    exhausted = False
    for i, options in enumerate(signed):
        nxt: dict[tuple[int, ...], tuple[int, int, Optional[tuple]]] = {}
        for state, (ways, pen, back) in states.items():
            for j, vec in enumerate(options):
                new = tuple(s + v for s, v in zip(state, vec))
                if any(reach[y][i + 1] is not None and -x not in reach[y][i + 1] for y, x in enumerate(new)):
                    continue
                p = pen + rows[i][j].penalty
                old = nxt.get(new)
                if old is None:
                    nxt[new] = (ways, p, (back, j))
                else:
                    best = (old[1], old[2]) if old[1] <= p else (p, (back, j))
                    nxt[new] = (min(2, old[0] + ways), best[0], best[1])
        if len(nxt) > MAX_STATES:
            exhausted = True
            break
        states = nxt
    zero = (0,) * n
    if not exhausted and zero in states:
        ways, _, back = states[zero]
        return Choice(_unwind(back, rows), ways)
    return Choice(_plainest(rows, kinds), 0, exhausted)


def _suffix_reach(signed, n) -> list[list[Optional[set[int]]]]:
    """Per year y and row index i: every sum rows i.. can add in year y (None once the
    set grows past MAX_SUMS, after which that year prunes nothing)."""
    reach: list[list[Optional[set[int]]]] = []
    for y in range(n):
        sets: list[Optional[set[int]]] = [None] * (len(signed) + 1)
        sets[len(signed)] = {0}
        for i in range(len(signed) - 1, -1, -1):
            after = sets[i + 1]
            if after is None:
                break
            now = {a + v[y] for a in after for v in set(signed[i])}
            sets[i] = now if len(now) <= MAX_SUMS else None
        reach.append(sets)
    return reach


def _unwind(back, rows) -> list[Reading]:
    idx = []
    while back is not None:
        back, j = back
        idx.append(j)
    idx.reverse()
    return [rows[i][j] for i, j in enumerate(idx)]


def _plainest(rows, kinds) -> list[Reading]:
    """No balancing combination: the lowest-penalty reading of each row."""
    return [min(rs, key=lambda r: r.penalty) for rs in rows]
