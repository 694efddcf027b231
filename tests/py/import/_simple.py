# A helper module: constants, a function, a class, and a line printed when it loads.
print("_simple is loading")
NAME = "simple"
VALUES = [1, 2, 3]


def double(x):
    return x * 2


class Thing:
    def __init__(self, n):
        self.n = n

    def get(self):
        return self.n
