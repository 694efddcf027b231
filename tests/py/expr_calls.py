# Call expressions: results can be called, indexed and used as values.
def make_list(n):
    result = []
    i = 0
    while i < n:
        result.append(i)
        i += 1
    return result
def get_func():
    return make_list
print(make_list(3), get_func()(2), make_list(5)[2], len(make_list(4)))
print(get_func()(6)[-1])
print("a-b-c".split("-")[1].upper())
print(str(123)[::-1], int("7") * 6)
class C:
    def method(self):
        return self
    def value(self):
        return 42
print(C().method().method().value())
funcs = [len, str, abs]
print(funcs[2](-3), funcs[0]("abcd"))
d = {"f": make_list}
print(d["f"](2))
print(make_list(
    3,
))
