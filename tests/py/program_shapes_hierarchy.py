# A class hierarchy with overridden methods, class attributes and explicit base calls.
class Shape:
    kind = "shape"
    def __init__(self, name):
        self.name = name
    def area(self):
        return 0
    def perimeter(self):
        return 0
    def describe(self):
        return self.name + " (" + self.kind + "): area " + str(self.area()) + ", perimeter " + str(self.perimeter())
    def __lt__(self, other):
        return self.area() < other.area()
class Rectangle(Shape):
    kind = "rectangle"
    def __init__(self, w, h, name="rect"):
        Shape.__init__(self, name)
        self.w = w
        self.h = h
    def area(self):
        return self.w * self.h
    def perimeter(self):
        return 2 * (self.w + self.h)
class Square(Rectangle):
    kind = "square"
    def __init__(self, side):
        Rectangle.__init__(self, side, side, "sq" + str(side))
class Triangle(Shape):
    kind = "triangle"
    def __init__(self, a, b, c):
        Shape.__init__(self, "tri")
        self.sides = (a, b, c)
    def perimeter(self):
        return sum(self.sides)
    def area(self):
        s = self.perimeter() / 2
        a, b, c = self.sides
        return (s * (s - a) * (s - b) * (s - c)) ** 0.5
    def describe(self):
        return "triangle! " + Shape.describe(self)
shapes = [Rectangle(3, 4), Square(2), Triangle(3, 4, 5), Shape("blob"), Square(5)]
for s in shapes:
    print(s.describe())
for s in sorted(shapes):
    print(s.name, end=" ")
print()
print(max(shapes).name, isinstance(shapes[1], Rectangle), type(shapes[1]).kind, Shape.kind)
