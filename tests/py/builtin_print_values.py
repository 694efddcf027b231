# print converts each argument with str().
print(1, -2.5, True, None, "text", b"bytes", [1, "two"], (3,), {"k": "v"})
print(bytearray(b"x"), range(3), 10 ** 20, 1e20, 1e-7)
print([1.5, "a'b", 'c"d', None], ("x",), [[], {}])
class Shown:
    def __str__(self):
        return "shown via __str__"
print(Shown(), [1] * 3)
print("tab\tand\nnewline")
print("unicode: é € 😀")
print(-0.0, 0.1 + 0.2, 2 ** 64, -(2 ** 64))
print(int, str, ValueError)
print(ValueError("message"), KeyError("key"), ValueError())
print(type(print(end="")).__name__)
