# N-body: a star, five planets and fourteen asteroids under Newtonian gravity,
# integrated with the kick-drift-kick leapfrog for five thousand steps.
#
# The state lives in parallel lists of floats (positions, velocities, accelerations,
# masses) indexed by body number, and every step recomputes the pairwise
# accelerations: float multiply/add/divide, ** 0.5, list indexing with float stores.
# Initial positions use rational points on the unit circle, so no trigonometry is
# needed. The total energy before and after (to twelve digits) and the position of the
# third planet are the checksum.
import sys

G = 39.47841760435743  # 4 pi^2: lengths in AU, times in years, masses in suns
DT = 0.001
ASTEROIDS = 14


def circle_point(t):
    # The point of the unit circle at parameter t, without trigonometry.
    d = 1.0 + t * t
    return (1.0 - t * t) / d, 2.0 * t / d


def make_system():
    radii = [0.39, 0.72, 1.0, 1.52, 5.2]
    masses = [1.66e-7, 2.45e-6, 3.0e-6, 3.23e-7, 9.55e-4]
    params = [0.1, 0.75, -0.4, 2.5, -1.3]
    tilts = [0.012, 0.006, 0.0, 0.032, -0.02]
    # The asteroid belt: small bodies between 2.1 and 3.3 AU.
    for k in range(ASTEROIDS):
        radii.append(2.1 + 0.09 * k)
        masses.append(1.0e-10 * (1 + k % 5))
        params.append((k * 7 % 13 - 6) * 0.37)
        tilts.append(((k * 5) % 11 - 5) * 0.03)
    xs = [0.0]
    ys = [0.0]
    zs = [0.0]
    vxs = [0.0]
    vys = [0.0]
    vzs = [0.0]
    ms = [1.0]
    for i in range(len(radii)):
        r = radii[i]
        c, s = circle_point(params[i])
        speed = (G * ms[0] / r) ** 0.5
        xs.append(r * c)
        ys.append(r * s)
        zs.append(r * tilts[i])
        vxs.append(-speed * s)
        vys.append(speed * c)
        vzs.append(-speed * tilts[i] * 0.5)
        ms.append(masses[i])
    # Put the centre of mass at rest.
    px = 0.0
    py = 0.0
    pz = 0.0
    for i in range(1, len(ms)):
        px += ms[i] * vxs[i]
        py += ms[i] * vys[i]
        pz += ms[i] * vzs[i]
    vxs[0] = -px / ms[0]
    vys[0] = -py / ms[0]
    vzs[0] = -pz / ms[0]
    return [xs, ys, zs, vxs, vys, vzs, ms]


def accelerations(system, axs, ays, azs):
    xs, ys, zs, vxs, vys, vzs, ms = system
    n = len(ms)
    for i in range(n):
        axs[i] = 0.0
        ays[i] = 0.0
        azs[i] = 0.0
    for i in range(n - 1):
        xi = xs[i]
        yi = ys[i]
        zi = zs[i]
        mi = ms[i]
        j = i + 1
        while j < n:
            dx = xs[j] - xi
            dy = ys[j] - yi
            dz = zs[j] - zi
            d2 = dx * dx + dy * dy + dz * dz
            f = G / (d2 * d2 ** 0.5)
            fi = f * ms[j]
            fj = f * mi
            axs[i] += dx * fi
            ays[i] += dy * fi
            azs[i] += dz * fi
            axs[j] -= dx * fj
            ays[j] -= dy * fj
            azs[j] -= dz * fj
            j += 1


def energy(system):
    xs, ys, zs, vxs, vys, vzs, ms = system
    e = 0.0
    n = len(ms)
    for i in range(n):
        e += 0.5 * ms[i] * (vxs[i] * vxs[i] + vys[i] * vys[i] + vzs[i] * vzs[i])
        for j in range(i + 1, n):
            dx = xs[i] - xs[j]
            dy = ys[i] - ys[j]
            dz = zs[i] - zs[j]
            e -= G * ms[i] * ms[j] / (dx * dx + dy * dy + dz * dz) ** 0.5
    return e


def run(system, steps):
    xs, ys, zs, vxs, vys, vzs, ms = system
    n = len(ms)
    axs = [0.0] * n
    ays = [0.0] * n
    azs = [0.0] * n
    accelerations(system, axs, ays, azs)
    half = 0.5 * DT
    for step in range(steps):
        for i in range(n):
            vxs[i] += half * axs[i]
            vys[i] += half * ays[i]
            vzs[i] += half * azs[i]
            xs[i] += DT * vxs[i]
            ys[i] += DT * vys[i]
            zs[i] += DT * vzs[i]
        accelerations(system, axs, ays, azs)
        for i in range(n):
            vxs[i] += half * axs[i]
            vys[i] += half * ays[i]
            vzs[i] += half * azs[i]


def main():
    scale = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0
    steps = max(1, int(5000 * scale + 0.5))
    system = make_system()
    before = energy(system)
    run(system, steps)
    after = energy(system)
    print("nbody bodies=%d steps=%d" % (len(system[6]), steps))
    print("energy %.12e -> %.12e" % (before, after))
    print("earth at %.9f %.9f %.9f" % (system[0][3], system[1][3], system[2][3]))


main()
