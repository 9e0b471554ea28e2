# A class-heavy CPU kernel (E4): small objects, attribute reads and writes,
# method calls and an allocation per arithmetic step, as most Python programs
# spend their time, where cpu_bound.py's squares() is a loop over locals.
# Under free threading these are the paths that cost most on one thread
# (reference counts on shared classes and functions, per-object locks on
# attribute dicts). Each call builds its own objects: threads share only the
# classes.


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    def scale(self, k):
        return Vec(self.x * k, self.y * k)

    def dot(self, o):
        return self.x * o.x + self.y * o.y


class Body:
    def __init__(self, i):
        self.pos = Vec(i * 1.0, 0.0)
        self.vel = Vec(1.0, i * 0.5)
        self.bounces = 0

    def step(self, dt, g):
        self.vel = self.vel.add(g.scale(dt))
        self.pos = self.pos.add(self.vel.scale(dt))
        if self.pos.y < 0.0:
            self.pos.y = -self.pos.y
            self.vel.y = -self.vel.y
            self.bounces += 1

    def energy(self):
        return 0.5 * self.vel.dot(self.vel)


def bodies(n):
    # n steps of 8 bodies falling and bouncing; returns the bounces and the
    # final energy (as an int: the same in every interpreter)
    world = []
    for i in range(8):
        world.append(Body(i))
    g = Vec(0.0, -9.8)
    for t in range(n):
        for b in world:
            b.step(0.01, g)
    bounces = 0
    energy = 0.0
    for b in world:
        bounces += b.bounces
        energy += b.energy()
    return bounces * 1000000 + int(energy)


if __name__ == '__main__':
    print(bodies(1000))
