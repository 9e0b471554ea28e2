-- Seed S1's cpu_task with n = 10^6 (Lua integers: exact here).
local function cpu_task(n)
  local total = 0
  for i = 0, n - 1 do
    total = total + i * i
  end
  return total
end
print(cpu_task(1000000))
