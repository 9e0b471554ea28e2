# A small ray tracer: vectors, spheres and a plane, Lambert and Phong
# shading with shadows and one level of reflection, rendered to a
# character image and a checksum of its pixel intensities.
import math

EPS = 1e-9


class Vec:
    __slots__ = ('x', 'y', 'z')

    def __init__(self, x, y, z):
        self.x, self.y, self.z = x, y, z

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def norm(self):
        return math.sqrt(self.dot(self))

    def unit(self):
        n = self.norm()
        return self * (1.0 / n)

    def reflect(self, normal):
        return self - normal * (2 * self.dot(normal))

    def __repr__(self):
        return f'Vec({self.x:.3f}, {self.y:.3f}, {self.z:.3f})'


class Ray:
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction.unit()

    def at(self, t):
        return self.origin + self.direction * t


class Sphere:
    def __init__(self, centre, radius, shine, reflect):
        self.centre, self.radius = centre, radius
        self.shine, self.reflect = shine, reflect

    def intersect(self, ray):
        oc = ray.origin - self.centre
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0:
            return None
        root = math.sqrt(disc)
        for t in (-b - root, -b + root):
            if t > EPS:
                return t
        return None

    def normal_at(self, p):
        return (p - self.centre).unit()


class Plane:
    def __init__(self, point, normal, shine, reflect):
        self.point, self.normal = point, normal.unit()
        self.shine, self.reflect = shine, reflect

    def intersect(self, ray):
        denom = self.normal.dot(ray.direction)
        if abs(denom) < EPS:
            return None
        t = (self.point - ray.origin).dot(self.normal) / denom
        return t if t > EPS else None

    def normal_at(self, p):
        return self.normal


class Scene:
    def __init__(self, objects, light, ambient=0.1):
        self.objects = objects
        self.light = light
        self.ambient = ambient

    def hit(self, ray):
        best = None
        for obj in self.objects:
            t = obj.intersect(ray)
            if t is not None and (best is None or t < best[0]):
                best = (t, obj)
        return best

    def trace(self, ray, depth=0):
        found = self.hit(ray)
        if found is None:
            return 0.0
        t, obj = found
        p = ray.at(t)
        n = obj.normal_at(p)
        to_light = (self.light - p).unit()
        shade = self.ambient
        shadow = self.hit(Ray(p + n * 1e-6, to_light))
        if shadow is None or shadow[0] > (self.light - p).norm():
            shade += max(0.0, n.dot(to_light)) * 0.7
            spec = max(0.0, ray.direction.reflect(n).dot(to_light))
            shade += spec ** obj.shine * 0.3
        if depth < 1 and obj.reflect > 0:
            bounce = Ray(p + n * 1e-6, ray.direction.reflect(n))
            shade = shade * (1 - obj.reflect) + self.trace(bounce, depth + 1) * obj.reflect
        return min(1.0, shade)


def render(scene, width, height):
    eye = Vec(0, 1, -4)
    rows = []
    for j in range(height):
        row = []
        for i in range(width):
            x = (i + 0.5) / width * 2 - 1
            y = 1 - (j + 0.5) / height * 2
            row.append(scene.trace(Ray(eye, Vec(x * 1.2, y * 0.7 - 0.2, 1.5))))
        rows.append(row)
    return rows


scene = Scene([Sphere(Vec(0, 1, 3), 1.0, 20, 0.3), Sphere(Vec(-1.8, 0.6, 4), 0.6, 8, 0.0),
               Sphere(Vec(1.6, 0.5, 2.5), 0.5, 50, 0.5), Plane(Vec(0, -0.01, 0), Vec(0, 1, 0), 2, 0.2)],
              Vec(-3, 5, -2))
image = render(scene, 56, 24)
ramp = ' .:-=+*#%@'
for row in image:
    print(''.join(ramp[min(9, int(v * 10))] for v in row).rstrip())
flat = [v for row in image for v in row]
print(f'mean {sum(flat) / len(flat):.9f} max {max(flat):.6f} lit {sum(v > 0.5 for v in flat)}')
print(Vec(1, 2, 2).norm(), Vec(3, 0, 4).unit(), Vec(1, -1, 0).reflect(Vec(0, 1, 0)))
