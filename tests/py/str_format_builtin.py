# format(value, spec) is the format-spec mini-language without the template.
print(format(42), format(42, "5"), format(42, "<5") + "|", format(42, "x"), format(42, "#b"))
print(format(3.14159, ".2f"), format(1e6, ",.1f"), format(0.25, "%"), format(1e-10, "g"))
print(format("txt", "^9"), format("txt", "*>5"), format(True), format(None), format([1]))
print(format(2 ** 70, ","), format(-0.0), format(float("inf"), "+"), format(1, "e"))
print(format(True, "d"), format(5, ""), format("s", ""), type(format(1)).__name__)
class Custom:
    def __format__(self, spec):
        return "custom<" + spec + ">"
print(format(Custom(), "xyz"), "{:abc}".format(Custom()), f"{Custom():q}")
try:
    format(1, "y")
except ValueError as e:
    print("ValueError", e)
try:
    format([], "d")
except TypeError as e:
    print("TypeError", e)
