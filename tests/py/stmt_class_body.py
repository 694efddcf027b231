# A class body runs once, top to bottom, like any block.
print("before class")
class Table:
    print("in class body")
    squares = []
    for i in range(4):
        squares.append(i * i)
    if len(squares) > 3:
        big = True
    else:
        big = False
    def method(self):
        return Table.squares
    alias = method
print("after class")
t = Table()
print(Table.squares, Table.big, Table.i)
print(t.method(), t.alias() is t.method())
class Nothing:
    "a docstring only"
print(Nothing.__name__, type(Nothing()).__name__)
