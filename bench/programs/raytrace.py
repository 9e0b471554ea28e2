# A small ray tracer: Vector, Ray, Sphere and Material classes with operator
# special methods; diffuse and specular shading, shadows, one reflection
# bounce. The rendered image is reduced to integer checksums.
import math


class Vector:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return Vector(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vector(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k, self.z * k)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def scaled(self, o):
        return Vector(self.x * o.x, self.y * o.y, self.z * o.z)

    def normalized(self):
        return self * (1.0 / math.sqrt(self.dot(self)))


class Ray:
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction

    def at(self, t):
        return self.origin + self.direction * t


class Material:
    def __init__(self, colour, diffuse, specular, reflect):
        self.colour = colour
        self.diffuse = diffuse
        self.specular = specular
        self.reflect = reflect


class Sphere:
    def __init__(self, centre, radius, material):
        self.centre = centre
        self.radius = radius
        self.material = material

    def intersect(self, ray):
        # Nearest t > 0 where the ray meets the sphere, or None.
        oc = ray.origin - self.centre
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0.0:
            return None
        s = math.sqrt(disc)
        t = -b - s
        if t > 1e-6:
            return t
        t = -b + s
        if t > 1e-6:
            return t
        return None

    def normal(self, p):
        return (p - self.centre).normalized()


class Scene:
    def __init__(self, spheres, light, ambient):
        self.spheres = spheres
        self.light = light
        self.ambient = ambient
        self.black = Vector(0.0, 0.0, 0.0)

    def nearest(self, ray):
        best = None
        best_t = 1e30
        for s in self.spheres:
            t = s.intersect(ray)
            if t is not None and t < best_t:
                best = s
                best_t = t
        return best, best_t

    def shadowed(self, p, to_light):
        ray = Ray(p, to_light)
        for s in self.spheres:
            if s.intersect(ray) is not None:
                return True
        return False

    def trace(self, ray, depth):
        hit, t = self.nearest(ray)
        if hit is None:
            return self.black
        m = hit.material
        p = ray.at(t)
        n = hit.normal(p)
        colour = m.colour * self.ambient
        to_light = (self.light - p).normalized()
        lambert = n.dot(to_light)
        if lambert > 0.0 and not self.shadowed(p, to_light):
            colour = colour + m.colour * (m.diffuse * lambert)
            half = (to_light - ray.direction).normalized()
            spec = n.dot(half)
            if spec > 0.0:
                for _ in range(5):
                    spec = spec * spec
                colour = colour + Vector(1.0, 1.0, 1.0) * (m.specular * spec)
        if depth > 0 and m.reflect > 0.0:
            d = ray.direction
            bounce = d - n * (2.0 * d.dot(n))
            colour = colour + self.trace(Ray(p, bounce), depth - 1).scaled(m.colour) * m.reflect
        return colour


def channel(v):
    if v <= 0.0:
        return 0
    if v >= 1.0:
        return 255
    return int(v * 255.0)


def render(scene, width, height):
    eye = Vector(0.0, 0.0, 0.0)
    total = 0
    lit = 0
    for j in range(height):
        for i in range(width):
            x = (i - width / 2) / width
            y = (height / 2 - j) / width
            ray = Ray(eye, Vector(x, y, -1.0).normalized())
            c = scene.trace(ray, 2)
            r, g, b = channel(c.x), channel(c.y), channel(c.z)
            total = (total * 7 + r * 65536 + g * 256 + b) % 1000000007
            if r + g + b > 0:
                lit += 1
    return total, lit


def scene():
    red = Material(Vector(0.9, 0.2, 0.2), 0.7, 0.5, 0.2)
    blue = Material(Vector(0.2, 0.3, 0.9), 0.8, 0.3, 0.1)
    mirror = Material(Vector(0.9, 0.9, 0.9), 0.2, 0.8, 0.7)
    ground = Material(Vector(0.4, 0.8, 0.4), 0.9, 0.0, 0.0)
    spheres = [
        Sphere(Vector(0.0, -0.2, -3.0), 0.8, red),
        Sphere(Vector(1.3, 0.1, -3.6), 0.6, blue),
        Sphere(Vector(-1.2, 0.3, -3.3), 0.7, mirror),
        Sphere(Vector(0.0, -101.0, -3.0), 100.0, ground),
    ]
    return Scene(spheres, Vector(-3.0, 4.0, 1.0), 0.1)


print(*render(scene(), 320, 240))
