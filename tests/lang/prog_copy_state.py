# Snapshots of nested game state with copy.deepcopy.
import copy
board = [[0] * 3 for _ in range(3)]
history = []
moves = [(0, 0, 1), (1, 1, 2), (0, 1, 1), (2, 2, 2), (0, 2, 1)]
for r, c, p in moves:
    board[r][c] = p
    history.append(copy.deepcopy(board))
print(history[0], history[2], board)
state = {"players": ["a", "b"], "scores": {"a": 1, "b": 2}, "log": [("start",)]}
snap = copy.deepcopy(state)
state["scores"]["a"] += 10
state["log"].append(("move", 1))
print(snap, state["scores"], copy.copy(state)["log"] is state["log"])
