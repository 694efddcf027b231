# Implicit line joining inside (), [] and {}; indentation inside them does not matter.
values = [
    1,
        2,
  3,
]
print(values)
pairs = {
    "a": 1,

    "b": 2,
}
print(pairs)
result = (1 +
              2 *
    3)
print(result)
def add(a,
        b,
        c=10
        ):
    return a + b + c
print(add(1,
          2))
t = (
)
print(t)
print(len([
    [1, 2],
    [3,
     4],
]))
