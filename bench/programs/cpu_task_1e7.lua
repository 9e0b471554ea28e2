-- Seed S1's cpu_task with n = 10^7. Lua has no bignums and its integers wrap
-- at 2^63, so this version sums in floats: same work, inexact checksum.
local function cpu_task(n)
  local total = 0.0
  for i = 0, n - 1 do
    total = total + i * i
  end
  return total
end
print(string.format("%.0f", cpu_task(10000000)))
