# NotImplementedError marks methods a subclass must provide.
class Shape:
    def area(self):
        raise NotImplementedError("subclass must implement area")
    def describe(self):
        return type(self).__name__ + " with area " + str(self.area())
class Square(Shape):
    def __init__(self, side):
        self.side = side
    def area(self):
        return self.side * self.side
print(Square(3).describe())
try:
    Shape().describe()
except NotImplementedError as e:
    print("NotImplementedError", e, isinstance(e, RuntimeError))
try:
    raise NotImplementedError
except RuntimeError as e:
    print("caught as RuntimeError", repr(e))
print(NotImplemented is NotImplemented, type(NotImplemented).__name__)
print(issubclass(NotImplementedError, Exception))
