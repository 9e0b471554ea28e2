# BFS on a grid with deque and a visited set; path reconstruction.
from collections import deque
grid = ["S..#....", ".#.#.##.", ".#...#..", ".####.#.", "......#E"]
H, W = len(grid), len(grid[0])
start = end = None
for r in range(H):
    for c in range(W):
        if grid[r][c] == 'S':
            start = (r, c)
        elif grid[r][c] == 'E':
            end = (r, c)
q = deque([start])
prev = {start: None}
seen = {start}
while q:
    cur = q.popleft()
    if cur == end:
        break
    r, c = cur
    for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < H and 0 <= nc < W and grid[nr][nc] != '#' and (nr, nc) not in seen:
            seen.add((nr, nc))
            prev[(nr, nc)] = cur
            q.append((nr, nc))
path = []
node = end
while node is not None:
    path.append(node)
    node = prev[node]
print(len(path) - 1, path[::-1][:6], len(seen))
