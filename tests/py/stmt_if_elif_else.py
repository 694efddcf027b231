# if/elif/else picks the first true branch.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"
for n in [-5, 0, 3, 50, 500]:
    print(n, classify(n))
x = 3
if x > 1:
    if x > 2:
        print("nested true")
    else:
        print("nested false")
if x == 4:
    print("no")
elif x == 3:
    print("elif taken")
if 0:
    print("never")
print("end")
