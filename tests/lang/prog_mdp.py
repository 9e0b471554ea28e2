# A Markov decision process solved by dynamic programming: value
# iteration and policy iteration on a grid world with walls, slippery
# moves and rewards, plus a memoised finite-horizon recursion.
from functools import lru_cache

GRID = [
    "S...#....",
    ".##.#.##.",
    "...#...#.",
    ".#...#..G",
    "...#...#X",
]
ACTIONS = {"N": (-1, 0), "S": (1, 0), "E": (0, 1), "W": (0, -1)}
SLIP = {"N": "EW", "S": "EW", "E": "NS", "W": "NS"}
GAMMA = 0.9
H, W = len(GRID), len(GRID[0])
STATES = [(r, c) for r in range(H) for c in range(W) if GRID[r][c] != "#"]
TERMINAL = {(r, c): (1.0 if GRID[r][c] == "G" else -1.0) for r, c in STATES if GRID[r][c] in "GX"}


def step(s, a):
    dr, dc = ACTIONS[a]
    r, c = s[0] + dr, s[1] + dc
    if 0 <= r < H and 0 <= c < W and GRID[r][c] != "#":
        return (r, c)
    return s


def outcomes(s, a):
    res = {step(s, a): 0.8}
    for side in SLIP[a]:
        t = step(s, side)
        res[t] = res.get(t, 0.0) + 0.1
    return sorted(res.items())


def reward(s):
    return TERMINAL.get(s, -0.04)


def q_value(V, s, a):
    return sum(p * V[t] for t, p in outcomes(s, a))


def value_iteration(eps=1e-9):
    V = {s: 0.0 for s in STATES}
    sweeps = 0
    while True:
        sweeps += 1
        delta = 0.0
        newV = {}
        for s in STATES:
            if s in TERMINAL:
                newV[s] = TERMINAL[s]
            else:
                newV[s] = reward(s) + GAMMA * max(q_value(V, s, a) for a in ACTIONS)
            delta = max(delta, abs(newV[s] - V[s]))
        V = newV
        if delta < eps:
            return V, sweeps


def greedy(V):
    return {s: max(sorted(ACTIONS), key=lambda a: q_value(V, s, a)) for s in STATES if s not in TERMINAL}


def policy_iteration():
    pi = {s: "N" for s in STATES if s not in TERMINAL}
    V = {s: 0.0 for s in STATES}
    rounds = 0
    while True:
        rounds += 1
        for _ in range(60):
            V = {s: TERMINAL[s] if s in TERMINAL else reward(s) + GAMMA * q_value(V, s, pi[s]) for s in STATES}
        new = greedy(V)
        if new == pi:
            return pi, V, rounds
        pi = new


@lru_cache(maxsize=None)
def best(s, horizon):
    if s in TERMINAL:
        return TERMINAL[s]
    if horizon == 0:
        return 0.0
    return reward(s) + max(sum(p * best(t, horizon - 1) for t, p in outcomes(s, a)) for a in ACTIONS)


V, sweeps = value_iteration()
pi = greedy(V)
pi2, V2, rounds = policy_iteration()
print("sweeps", sweeps, "rounds", rounds, "same policy", pi == pi2)
for r in range(H):
    row = []
    for c in range(W):
        s = (r, c)
        row.append("#" if GRID[r][c] == "#" else GRID[r][c] if s in TERMINAL else pi[s])
    print("".join(row), " ".join(f"{V[(r, c)]:+.3f}" if (r, c) in V else "  ###" for c in range(W)))
print([round(best((0, 0), h), 6) for h in (5, 10, 20, 40)])
print(best.cache_info().currsize > 0, round(max(abs(V[s] - V2[s]) for s in STATES), 4))
