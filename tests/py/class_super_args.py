# Arguments, defaults and keywords passed on through super().__init__.
class Shape:
    def __init__(self, name, sides=0, color="black"):
        self.name = name
        self.sides = sides
        self.color = color
    def describe(self):
        return self.color + " " + self.name + " with " + str(self.sides) + " sides"
class Square(Shape):
    def __init__(self, size, color="red"):
        super().__init__("square", 4, color=color)
        self.size = size
class Circle(Shape):
    def __init__(self, radius):
        super().__init__(name="circle")
        self.radius = radius
print(Square(2).describe(), Square(3, "blue").describe())
print(Circle(1).describe(), Circle(5).radius)
class Bad(Shape):
    def __init__(self):
        super().__init__()
try:
    Bad()
except TypeError as e:
    print("TypeError", e)
