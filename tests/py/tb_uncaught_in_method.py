# An uncaught exception from inside a method called through another method.
class Stack:
    def __init__(self):
        self.items = []
    def push(self, x):
        self.items.append(x)
    def pop(self):
        if not self.items:
            raise IndexError("pop from an empty Stack")
        return self.items.pop()
    def pop_two(self):
        return self.pop(), self.pop()
s = Stack()
s.push(1)
s.push(2)
print(s.pop_two())
s.push(3)
print(s.pop_two())
