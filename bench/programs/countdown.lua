-- while n > 0: n -= 1, n = 10^7.
local function count(n)
  while n > 0 do
    n = n - 1
  end
  return n
end
print(count(10000000))
