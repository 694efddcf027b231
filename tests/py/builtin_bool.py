# bool() converts any value to True or False.
values = [0, 1, -1, 0.0, -0.0, 1e-300, float("nan"), "", "0", " ", [], [None], (), {},
          {0: 0}, None, b"", bytearray(1), range(0), range(3), len, ValueError()]
results = []
for v in values:
    results.append(bool(v))
print(results)
print(bool(), bool(True), bool(False), type(bool(1)).__name__)
class WithLen:
    def __len__(self):
        return 0
print(bool(WithLen()))
try:
    bool(1, 2)
except TypeError as e:
    print("TypeError", e)
