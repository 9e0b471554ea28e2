-- A generator pipeline (as pipeline.py), each stage a coroutine: a
-- pseudo-random source, scaled, chunked and flattened again, pairwise
-- differences, reduced by sum and max.
local wrap, yield = coroutine.wrap, coroutine.yield

local function source(n, seed)
  return wrap(function()
    local x = seed
    for _ = 1, n do
      x = (x * 75 + 74) % 65537
      yield(x)
    end
  end)
end

local function scale(src, k)
  return wrap(function()
    for v in src do yield(v * k % 1000003) end
  end)
end

local function chunks(src, size)
  return wrap(function()
    local buf = {}
    for v in src do
      buf[#buf + 1] = v
      if #buf == size then
        yield(buf)
        buf = {}
      end
    end
    if #buf > 0 then yield(buf) end
  end)
end

local function flatten(groups)
  return wrap(function()
    for g in groups do
      for _, v in ipairs(g) do yield(v) end
    end
  end)
end

local function pairs_of(src)
  return wrap(function()
    local first, prev = true, 0
    for v in src do
      if not first then yield(prev, v) end
      first = false
      prev = v
    end
  end)
end

local function deltas(src)
  return wrap(function()
    for a, b in pairs_of(src) do yield(b - a) end
  end)
end

local function both(n, seed)
  return wrap(function()
    for v in source(n, seed) do yield(v) end
    for v in scale(source(n, seed + 1), 5) do yield(v) end
  end)
end

local function run(n, seed)
  local rising = 0
  for d in deltas(flatten(chunks(scale(source(n, seed), 3), 16))) do
    if d > 0 then rising = rising + d end
  end
  local steepest = nil
  for d in deltas(both(n // 2, seed)) do
    local a = math.abs(d)
    if steepest == nil or a > steepest then steepest = a end
  end
  local evens = 0
  for v in scale(source(n, seed), 7) do
    if v % 2 == 0 then evens = evens + 1 end
  end
  return rising, steepest, evens
end

local rising, steepest, evens = run(1200000, 1)
print(rising .. " " .. steepest .. " " .. evens)
