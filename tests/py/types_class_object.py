# Classes are objects too: stored in variables, passed around and called.
class Shape:
    sides = 0
    def __init__(self, name):
        self.name = name
class Square(Shape):
    sides = 4
class Triangle(Shape):
    sides = 3
print(Shape.__name__, type(Shape).__name__, type(Shape) is type)
classes = [Square, Triangle]
for cls in classes:
    obj = cls(cls.__name__.lower())
    print(obj.name, obj.sides, type(obj) is cls, isinstance(obj, Shape))
def make(cls, name):
    return cls(name)
print(make(Triangle, "t").name)
Alias = Square
print(Alias is Square, Alias("x").sides, Alias.__name__)
Shape.sides = -1
print(Shape.sides, Square.sides, Shape("s").sides)
print(Square.__bases__ == (Shape,), Shape.__bases__ == (object,))
print(type(Square("q")).__name__, callable(Square))
print(int.__name__, type(int) is type, type(type) is type)
