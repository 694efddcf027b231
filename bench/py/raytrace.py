# Ray tracer: three spheres over a checkered floor, one point light, shadows and two
# bounces of reflection, rendered to a 64x32 image of ASCII shades.
#
# Vectors are instances of a class with __add__, __sub__, __mul__ and __neg__, so every
# arithmetic step allocates a small object and calls a special method; intersections
# and shading are float arithmetic (** 0.5 for square roots) and method calls on scene
# objects. Several frames are rendered with the light moving; each frame's characters
# are folded into a checksum, and a histogram of the shades is printed. Pass "show" as
# a second argument to also print the last frame.
import sys

WIDTH = 64
HEIGHT = 32
SHADES = " .:-=+*#%@"
FAR = 1.0e9


class Vec:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y, self.z + other.z)

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y, self.z - other.z)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    def __neg__(self):
        return Vec(-self.x, -self.y, -self.z)

    def dot(self, other):
        return self.x * other.x + self.y * other.y + self.z * other.z

    def length(self):
        return self.dot(self) ** 0.5

    def unit(self):
        return self * (1.0 / self.length())


class Ray:
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction

    def at(self, t):
        return self.origin + self.direction * t


class Thing:
    # A surface: shades by its base colour; subclasses say where a ray hits them.
    def __init__(self, shade, shine, mirror):
        self.shade = shade
        self.shine = shine
        self.mirror = mirror

    def shade_at(self, point):
        return self.shade


class Sphere(Thing):
    def __init__(self, center, radius, shade, shine, mirror):
        Thing.__init__(self, shade, shine, mirror)
        self.center = center
        self.radius = radius

    def hit(self, ray):
        # Distance along the ray to the nearest hit in front of it, or FAR.
        oc = ray.origin - self.center
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0.0:
            return FAR
        root = disc ** 0.5
        t = -b - root
        if t > 1.0e-6:
            return t
        t = -b + root
        if t > 1.0e-6:
            return t
        return FAR

    def normal(self, point):
        return (point - self.center) * (1.0 / self.radius)


class Floor(Thing):
    def __init__(self, height, shade, shine, mirror):
        Thing.__init__(self, shade, shine, mirror)
        self.height = height
        self.up = Vec(0.0, 1.0, 0.0)

    def hit(self, ray):
        dy = ray.direction.y
        if -1.0e-9 < dy < 1.0e-9:
            return FAR
        t = (self.height - ray.origin.y) / dy
        if t > 1.0e-6:
            return t
        return FAR

    def normal(self, point):
        return self.up

    def shade_at(self, point):
        # Checks one unit wide; the offset keeps int() away from negative numbers.
        if (int(point.x + 1000.0) + int(point.z + 1000.0)) % 2 == 0:
            return self.shade
        return self.shade * 0.3


class Scene:
    def __init__(self, things, light, ambient=0.08):
        self.things = things
        self.light = light
        self.ambient = ambient

    def nearest(self, ray):
        best = FAR
        found = None
        for thing in self.things:
            t = thing.hit(ray)
            if t < best:
                best = t
                found = thing
        return found, best

    def in_shadow(self, point, to_light, distance):
        ray = Ray(point, to_light)
        for thing in self.things:
            if thing.hit(ray) < distance:
                return True
        return False

    def trace(self, ray, depth):
        thing, t = self.nearest(ray)
        if thing is None:
            # Sky: brighter towards the top.
            return 0.05 + 0.1 * ray.direction.y
        point = ray.at(t)
        normal = thing.normal(point)
        if normal.dot(ray.direction) > 0.0:
            normal = -normal
        point = point + normal * 1.0e-4
        to_light = self.light - point
        distance = to_light.length()
        to_light = to_light * (1.0 / distance)
        value = self.ambient
        lambert = normal.dot(to_light)
        if lambert > 0.0 and not self.in_shadow(point, to_light, distance):
            value += lambert * thing.shade_at(point)
            if thing.shine > 0.0:
                half = (to_light - ray.direction).unit()
                s = normal.dot(half)
                if s > 0.0:
                    s = s * s
                    s = s * s
                    s = s * s
                    s = s * s
                    value += thing.shine * s * s
        if depth > 0 and thing.mirror > 0.0:
            d = ray.direction
            bounce = d - normal * (2.0 * normal.dot(d))
            value = value * (1.0 - thing.mirror) + thing.mirror * self.trace(
                Ray(point, bounce), depth - 1)
        return value


def render(scene, eye):
    rows = []
    for j in range(HEIGHT):
        row = []
        # Characters are about twice as tall as wide: half the vertical field of view.
        y = 0.5 - (j + 0.5) / HEIGHT
        for i in range(WIDTH):
            x = 2.0 * (i + 0.5) / WIDTH - 1.0
            direction = Vec(x, y, 1.0).unit()
            value = scene.trace(Ray(eye, direction), 2)
            k = int(value * len(SHADES))
            if k < 0:
                k = 0
            elif k >= len(SHADES):
                k = len(SHADES) - 1
            row.append(SHADES[k])
        rows.append("".join(row))
    return rows


def main():
    scale = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0
    show = len(sys.argv) > 2 and sys.argv[2] == "show"
    frames = max(1, int(24 * scale + 0.5))
    things = [
        Sphere(Vec(-1.1, 0.0, 4.0), 1.0, 0.9, 0.6, 0.2),
        Sphere(Vec(1.2, -0.3, 3.2), 0.7, 0.7, 0.3, 0.5),
        Sphere(Vec(0.3, 0.9, 6.0), 0.8, 0.5, 0.0, 0.0),
        Floor(-1.0, 0.8, 0.0, 0.15),
    ]
    eye = Vec(0.0, 0.2, -1.0)
    checksum = 0
    counts = {}
    rows = []
    for f in range(frames):
        light = Vec(-3.0 + 6.0 * f / frames, 4.0, 1.0 - 2.0 * f / frames)
        scene = Scene(things, light)
        rows = render(scene, eye)
        for row in rows:
            for ch in row:
                checksum = (checksum * 131 + ord(ch)) % 1000000007
                counts[ch] = counts.get(ch, 0) + 1
    print("raytrace %dx%d frames=%d checksum %d" % (WIDTH, HEIGHT, frames, checksum))
    parts = []
    for ch in SHADES:
        parts.append("%r:%d" % (ch, counts.get(ch, 0)))
    print("shades " + " ".join(parts))
    if show:
        for row in rows:
            print(row)


main()
