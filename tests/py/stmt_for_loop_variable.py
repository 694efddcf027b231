# The loop variable survives the loop; rebinding it does not change the iteration.
for i in range(3):
    i = i * 100
    print(i)
print("after", i)
for j in []:
    pass
try:
    print(j)
except NameError as e:
    print("NameError", e)
items = [1, 2, 3]
for x in items:
    x += 10
print(items)
total = 0
r = range(5)
for n in r:
    r = range(100)
    total += n
print(total)
