# An n-body simulation of the outer planets: floats, tuples and a dict of bodies.
import math

PI = math.pi
SOLAR_MASS = 4 * PI * PI
DAYS_PER_YEAR = 365.24


def body(x, y, z, vx, vy, vz, mass):
    # Position and velocity are mutable lists; the mass never changes.
    return ([x, y, z], [vx * DAYS_PER_YEAR, vy * DAYS_PER_YEAR, vz * DAYS_PER_YEAR],
            mass * SOLAR_MASS)


BODIES = {
    'sun': body(0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0),
    'jupiter': body(4.84143144246472090e+00, -1.16032004402742839e+00,
                    -1.03622044471123109e-01, 1.66007664274403694e-03,
                    7.69901118419740425e-03, -6.90460016972063023e-05,
                    9.54791938424326609e-04),
    'saturn': body(8.34336671824457987e+00, 4.12479856412430479e+00,
                   -4.03523417114321381e-01, -2.76742510726862411e-03,
                   4.99852801234917238e-03, 2.30417297573763929e-05,
                   2.85885980666130812e-04),
    'uranus': body(1.28943695621391310e+01, -1.51111514016986312e+01,
                   -2.23307578892655734e-01, 2.96460137564761618e-03,
                   2.37847173959480950e-03, -2.96589568540237556e-05,
                   4.36624404335156298e-05),
    'neptune': body(1.53796971148509165e+01, -2.59193146099879641e+01,
                    1.79258772950371181e-01, 2.68067772490389322e-03,
                    1.62824170038242295e-03, -9.51592254519715870e-05,
                    5.15138902046611451e-05),
}


def all_pairs(names):
    return [(names[i], names[j]) for i in range(len(names)) for j in range(i + 1, len(names))]


PAIRS = all_pairs(list(BODIES))


def advance(dt, steps):
    for _ in range(steps):
        for a, b in PAIRS:
            (pa, va, ma), (pb, vb, mb) = BODIES[a], BODIES[b]
            dx, dy, dz = pa[0] - pb[0], pa[1] - pb[1], pa[2] - pb[2]
            mag = dt * ((dx * dx + dy * dy + dz * dz) ** -1.5)
            bm, am = mb * mag, ma * mag
            va[0] -= dx * bm
            va[1] -= dy * bm
            va[2] -= dz * bm
            vb[0] += dx * am
            vb[1] += dy * am
            vb[2] += dz * am
        for pos, vel, _mass in BODIES.values():
            pos[0] += dt * vel[0]
            pos[1] += dt * vel[1]
            pos[2] += dt * vel[2]


def energy():
    e = 0.0
    for a, b in PAIRS:
        (pa, _, ma), (pb, _, mb) = BODIES[a], BODIES[b]
        dist = math.sqrt(sum((p - q) ** 2 for p, q in zip(pa, pb)))
        e -= ma * mb / dist
    for pos, vel, mass in BODIES.values():
        e += mass * sum(v * v for v in vel) / 2.0
    return e


def offset_momentum(ref):
    px = py = pz = 0.0
    for _, vel, mass in BODIES.values():
        px -= vel[0] * mass
        py -= vel[1] * mass
        pz -= vel[2] * mass
    _, vel, mass = BODIES[ref]
    vel[:] = [px / mass, py / mass, pz / mass]


offset_momentum('sun')
print(f'{energy():.9f}')
for chunk in range(4):
    advance(0.01, 250)
    print(f'after {(chunk + 1) * 250:5d} steps: {energy():.9f}')
for name, (pos, vel, mass) in BODIES.items():
    print(f'{name:>8}: x={pos[0]:+.6f} y={pos[1]:+.6f} z={pos[2]:+.6f}')
print(repr(round(energy(), 12)))
