-- A small ray tracer (as raytrace.py): Vector, Ray, Sphere and Material
-- objects with operator metamethods, shading, shadows, one reflection bounce.
local sqrt = math.sqrt

local Vector = {}
Vector.__index = Vector
local function vec(x, y, z) return setmetatable({x = x, y = y, z = z}, Vector) end
Vector.__add = function(a, o) return vec(a.x + o.x, a.y + o.y, a.z + o.z) end
Vector.__sub = function(a, o) return vec(a.x - o.x, a.y - o.y, a.z - o.z) end
Vector.__mul = function(a, k) return vec(a.x * k, a.y * k, a.z * k) end
function Vector:dot(o) return self.x * o.x + self.y * o.y + self.z * o.z end
function Vector:scaled(o) return vec(self.x * o.x, self.y * o.y, self.z * o.z) end
function Vector:normalized() return self * (1.0 / sqrt(self:dot(self))) end

local Ray = {}
Ray.__index = Ray
local function ray(origin, direction) return setmetatable({origin = origin, direction = direction}, Ray) end
function Ray:at(t) return self.origin + self.direction * t end

local function material(colour, diffuse, specular, reflect)
  return {colour = colour, diffuse = diffuse, specular = specular, reflect = reflect}
end

local Sphere = {}
Sphere.__index = Sphere
local function sphere(centre, radius, m)
  return setmetatable({centre = centre, radius = radius, material = m}, Sphere)
end
function Sphere:intersect(r)
  local oc = r.origin - self.centre
  local b = oc:dot(r.direction)
  local c = oc:dot(oc) - self.radius * self.radius
  local disc = b * b - c
  if disc < 0.0 then return nil end
  local s = sqrt(disc)
  local t = -b - s
  if t > 1e-6 then return t end
  t = -b + s
  if t > 1e-6 then return t end
  return nil
end
function Sphere:normal(p) return (p - self.centre):normalized() end

local Scene = {}
Scene.__index = Scene
local function new_scene(spheres, light, ambient)
  return setmetatable({spheres = spheres, light = light, ambient = ambient, black = vec(0.0, 0.0, 0.0)}, Scene)
end
function Scene:nearest(r)
  local best, best_t = nil, 1e30
  for _, s in ipairs(self.spheres) do
    local t = s:intersect(r)
    if t ~= nil and t < best_t then best, best_t = s, t end
  end
  return best, best_t
end
function Scene:shadowed(p, to_light)
  local r = ray(p, to_light)
  for _, s in ipairs(self.spheres) do
    if s:intersect(r) ~= nil then return true end
  end
  return false
end
function Scene:trace(r, depth)
  local hit, t = self:nearest(r)
  if hit == nil then return self.black end
  local m = hit.material
  local p = r:at(t)
  local n = hit:normal(p)
  local colour = m.colour * self.ambient
  local to_light = (self.light - p):normalized()
  local lambert = n:dot(to_light)
  if lambert > 0.0 and not self:shadowed(p, to_light) then
    colour = colour + m.colour * (m.diffuse * lambert)
    local half = (to_light - r.direction):normalized()
    local spec = n:dot(half)
    if spec > 0.0 then
      for _ = 1, 5 do spec = spec * spec end
      colour = colour + vec(1.0, 1.0, 1.0) * (m.specular * spec)
    end
  end
  if depth > 0 and m.reflect > 0.0 then
    local d = r.direction
    local bounce = d - n * (2.0 * d:dot(n))
    colour = colour + self:trace(ray(p, bounce), depth - 1):scaled(m.colour) * m.reflect
  end
  return colour
end

local function channel(v)
  if v <= 0.0 then return 0 end
  if v >= 1.0 then return 255 end
  return math.floor(v * 255.0)
end

local function render(scene, width, height)
  local eye = vec(0.0, 0.0, 0.0)
  local total, lit = 0, 0
  for j = 0, height - 1 do
    for i = 0, width - 1 do
      local x = (i - width / 2) / width
      local y = (height / 2 - j) / width
      local c = scene:trace(ray(eye, vec(x, y, -1.0):normalized()), 2)
      local r, g, b = channel(c.x), channel(c.y), channel(c.z)
      total = (total * 7 + r * 65536 + g * 256 + b) % 1000000007
      if r + g + b > 0 then lit = lit + 1 end
    end
  end
  return total, lit
end

local red = material(vec(0.9, 0.2, 0.2), 0.7, 0.5, 0.2)
local blue = material(vec(0.2, 0.3, 0.9), 0.8, 0.3, 0.1)
local mirror = material(vec(0.9, 0.9, 0.9), 0.2, 0.8, 0.7)
local ground = material(vec(0.4, 0.8, 0.4), 0.9, 0.0, 0.0)
local scene = new_scene({
  sphere(vec(0.0, -0.2, -3.0), 0.8, red),
  sphere(vec(1.3, 0.1, -3.6), 0.6, blue),
  sphere(vec(-1.2, 0.3, -3.3), 0.7, mirror),
  sphere(vec(0.0, -101.0, -3.0), 100.0, ground),
}, vec(-3.0, 4.0, 1.0), 0.1)
local total, lit = render(scene, 320, 240)
print(total .. " " .. lit)
