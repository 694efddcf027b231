# An uncaught exception ends the program with status 1 and "Type: message" on stderr.
print("before the error")
def check(n):
    if n < 0:
        raise ValueError("negative value: " + str(n))
    return n
print(check(5))
check(-3)
print("never printed")
