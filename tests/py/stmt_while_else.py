# while/else: the else block runs when the condition becomes false, not after break.
n = 0
while n < 3:
    n += 1
else:
    print("else after normal end", n)
n = 0
while n < 10:
    if n == 4:
        break
    n += 1
else:
    print("not printed")
print("broke at", n)
while False:
    print("never")
else:
    print("else of a loop that never ran")
def find(items, target):
    i = 0
    while i < len(items):
        if items[i] == target:
            return i
        i += 1
    else:
        return -1
print(find([4, 5, 6], 6), find([4, 5, 6], 7))
