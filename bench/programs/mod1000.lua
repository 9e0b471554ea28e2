-- Seed S1's cpu_work: total += i * i % 1000, n = 10^7.
local function cpu_work(n)
  local total = 0
  for i = 0, n - 1 do
    total = total + i * i % 1000
  end
  return total
end
print(cpu_work(10000000))
