# After a RecursionError the program keeps working and can recurse again.
def down(n):
    return down(n + 1)
def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)
for attempt in range(3):
    try:
        down(0)
    except RecursionError:
        print("attempt", attempt, "hit the limit")
    print(fact(50) == fact(49) * 50)
log = []
def with_finally(n):
    try:
        return with_finally(n + 1)
    finally:
        if n == 0:
            log.append("outermost finally ran")
try:
    with_finally(0)
except RecursionError:
    print("caught", log)
