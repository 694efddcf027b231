# break and continue inside try blocks run the finally blocks on the way out.
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("finally", i)
print("after loop", i)
n = 0
while True:
    try:
        n += 1
        if n == 2:
            break
    finally:
        print("while finally", n)
for i in range(3):
    try:
        raise ValueError(i)
    except ValueError as e:
        if i == 0:
            continue
        print("handled", e)
def loop_return():
    for i in range(10):
        try:
            return i
        finally:
            print("finally before return", i)
print(loop_return())
