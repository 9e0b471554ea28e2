-- Strings, tables: generate 10^6 words, count them, sort, join (as strings.py).
local function words(n)
  local syl = {'ka', 'lo', 'mi', 'nu', 'pe', 'ri', 'so', 'ta'}
  local out = {}
  local seed = 42
  for i = 1, n do
    seed = (seed * 1103515245 + 12345) % 2147483648
    out[i] = syl[seed % 8 + 1] .. syl[(seed >> 8) % 8 + 1] .. syl[(seed >> 16) % 8 + 1]
  end
  return out
end
local ws = words(1000000)
local counts, keys = {}, {}
for _, w in ipairs(ws) do
  local c = counts[w]
  if c == nil then keys[#keys + 1] = w; counts[w] = 1 else counts[w] = c + 1 end
end
table.sort(keys)
local text = table.concat(keys, ',')
local total = 0
for _, k in ipairs(keys) do total = total + counts[k] * #k end
print(table.concat({#keys, #text, total, keys[1], keys[#keys], counts[keys[1]]}, " "))
