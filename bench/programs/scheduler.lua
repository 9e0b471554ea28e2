-- Task-scheduler simulation (as scheduler.py): linked packets, task control
-- blocks as objects with one subclass per kind, a priority scheduler.
local function class(base)
  local c = {}
  c.__index = c
  if base then setmetatable(c, {__index = base}) end
  return c
end

local Packet = class()
function Packet.new(serial)
  return setmetatable({link = nil, sender = -1, kind = serial % 2, value = serial,
                       data = {serial, serial + 1, serial + 2, serial + 3}}, Packet)
end
function Packet:append_to(queue)
  self.link = nil
  if queue == nil then return self end
  local p = queue
  while p.link ~= nil do p = p.link end
  p.link = self
  return queue
end

local Task = class()
function Task.init(self, sched, ident, priority)
  self.sched, self.ident, self.priority = sched, ident, priority
  self.queue, self.held, self.runs, self.next = nil, false, 0, nil
end
function Task:runnable() return not self.held and self.queue ~= nil end
function Task:take()
  local p = self.queue
  self.queue = p.link
  p.link = nil
  return p
end
function Task:send(packet, dest)
  packet.sender = self.ident
  dest.queue = packet:append_to(dest.queue)
  self.sched.sends = self.sched.sends + 1
end
function Task:step()
  self.runs = self.runs + 1
  local packet = nil
  if self.queue ~= nil then packet = self:take() end
  self:run(packet)
end

local Producer = class(Task)
function Producer.new(sched, ident, priority, pool)
  local self = setmetatable({}, Producer)
  Task.init(self, sched, ident, priority)
  self.job = 0
  for serial = 0, pool - 1 do self.queue = Packet.new(serial):append_to(self.queue) end
  return self
end
function Producer:run(packet)
  self.job = self.job + 1
  local job = self.job
  packet.kind = (job * 7 >> 2) % 2
  packet.value = job
  local d = packet.data
  for i = 0, 3 do d[i + 1] = (job * (i + 3) + d[i + 1]) % 997 end
  self:send(packet, self.sched.router)
end

local Router = class(Task)
function Router.new(sched, ident, priority)
  local self = setmetatable({}, Router)
  Task.init(self, sched, ident, priority)
  self.workers, self.routed = {}, {0, 0}
  return self
end
function Router:run(packet)
  local k = packet.kind + 1
  self.routed[k] = self.routed[k] + 1
  self:send(packet, self.workers[k])
end

local Worker = class(Task)
function Worker.new(sched, ident, priority, device, factor)
  local self = setmetatable({}, Worker)
  Task.init(self, sched, ident, priority)
  self.device, self.factor = device, factor
  return self
end
function Worker:run(packet)
  local acc = packet.value
  local d = packet.data
  for i = 1, 4 do
    acc = (acc * self.factor + d[i]) % 1009
    d[i] = acc
  end
  packet.value = acc
  self:send(packet, self.device)
end

local Device = class(Task)
function Device.new(sched, ident, priority)
  local self = setmetatable({}, Device)
  Task.init(self, sched, ident, priority)
  self.pending, self.done = nil, 0
  return self
end
function Device:runnable()
  return not self.held and (self.queue ~= nil or self.pending ~= nil)
end
function Device:run(packet)
  if packet ~= nil then
    self.pending = packet
    self.held = true
    return
  end
  local p = self.pending
  self.pending = nil
  self.done = self.done + 1
  local s = self.sched
  s.checksum = (s.checksum * 31 + p.value + p.data[4]) % 1000000007
  self:send(p, s.producer)
end

local Idle = class(Task)
function Idle.new(sched, ident, priority, seed)
  local self = setmetatable({}, Idle)
  Task.init(self, sched, ident, priority)
  self.seed, self.devices, self.spins = seed, {}, 0
  return self
end
function Idle:runnable() return true end
function Idle:run(packet)
  self.seed = (self.seed * 1103515245 + 12345) % 2147483648
  local dev = self.devices[(self.seed >> 16) % 2 + 1]
  if dev.held then dev.held = false else self.spins = self.spins + 1 end
end

local Scheduler = class()
function Scheduler.new()
  return setmetatable({head = nil, ticks = 0, sends = 0, checksum = 0, tasks = {}}, Scheduler)
end
function Scheduler:add(task)
  self.tasks[#self.tasks + 1] = task
  if self.head == nil or task.priority > self.head.priority then
    task.next = self.head
    self.head = task
    return task
  end
  local t = self.head
  while t.next ~= nil and t.next.priority >= task.priority do t = t.next end
  task.next = t.next
  t.next = task
  return task
end
function Scheduler:build(pool, seed)
  local idle = self:add(Idle.new(self, 0, 0, seed))
  self.producer = self:add(Producer.new(self, 1, 1000, pool))
  self.router = self:add(Router.new(self, 2, 2000))
  for k = 0, 1 do
    local dev = self:add(Device.new(self, 3 + k, 4000 + k))
    idle.devices[#idle.devices + 1] = dev
    self.router.workers[#self.router.workers + 1] = self:add(Worker.new(self, 5 + k, 3000 + k, dev, 17 + 6 * k))
  end
end
function Scheduler:run(ticks)
  while self.ticks < ticks do
    local t = self.head
    while not t:runnable() do t = t.next end
    t:step()
    self.ticks = self.ticks + 1
  end
end

local s = Scheduler.new()
s:build(6, 12345)
s:run(1000000)
local runs = {}
for i, t in ipairs(s.tasks) do runs[i] = t.runs end
print(s.ticks .. " " .. s.sends .. " " .. s.checksum .. " " .. table.concat(runs, " "))
