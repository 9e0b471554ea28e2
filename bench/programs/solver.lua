-- A recursive backtracking solver (as solver.py): N-queens for n = 4 .. 11,
-- four rounds, the attacked columns and diagonals kept in sets (tables of
-- true), the partial board in a list, every solution folded into a checksum.
local function place(n, row, cols, up, down, board, found)
  if row == n then
    local copy = {}
    for i = 1, #board do copy[i] = board[i] end
    found[#found + 1] = copy
    return
  end
  for c = 0, n - 1 do
    if not (cols[c] or up[row + c] or down[row - c]) then
      cols[c] = true
      up[row + c] = true
      down[row - c] = true
      board[#board + 1] = c
      place(n, row + 1, cols, up, down, board, found)
      board[#board] = nil
      cols[c] = nil
      up[row + c] = nil
      down[row - c] = nil
    end
  end
end

local function solve(n)
  local found = {}
  place(n, 0, {}, {}, {}, {}, found)
  return found
end

local function signature(solutions)
  local h = 0
  for _, board in ipairs(solutions) do
    for _, c in ipairs(board) do h = (h * 31 + c + 1) % 1000000007 end
  end
  return h
end

local counts, total = {}, 0
for rounds = 0, 3 do
  for n = 4, 11 do
    local sols = solve(n)
    if rounds == 0 then counts[#counts + 1] = #sols end
    total = (total + signature(sols) * (n + rounds)) % 1000000007
  end
end
print(table.concat(counts, " ") .. " " .. total)
