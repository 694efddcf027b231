# dict.pop removes a key and returns its value, or a default.
d = {"a": 1, "b": 2, "c": 3}
print(d.pop("b"), d)
print(d.pop("missing", "default"), d.pop("missing", None), d)
try:
    d.pop("missing")
except KeyError as e:
    print("KeyError", e)
print(d.pop("a", "unused"), d)
d["a"] = "back"
print(list(d))
try:
    d.pop()
except TypeError as e:
    print("TypeError", e)
total = 0
nums = {1: 10, 2: 20, 3: 30}
while nums:
    k = list(nums)[0]
    total += nums.pop(k)
print(total, nums)
