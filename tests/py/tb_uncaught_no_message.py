# An uncaught exception without a message prints just its type name.
def step(n):
    print("step", n)
    if n == 2:
        raise RuntimeError
step(1)
step(2)
step(3)
