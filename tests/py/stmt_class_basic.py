# A class with an initializer, methods and instance attributes.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)
    def as_tuple(self):
        return (self.x, self.y)
p = Point(1, 2)
print(p.x, p.y, p.as_tuple())
q = p.moved(3, 4)
print(q.as_tuple(), p.as_tuple())
print(type(p).__name__, type(p) is Point, isinstance(q, Point))
p.z = 99
print(p.z, hasattr(q, "z"))
print(Point.__name__)
m = p.as_tuple
print(m())
print(Point.as_tuple(q))
