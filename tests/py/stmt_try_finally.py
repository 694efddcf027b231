# finally always runs: after normal completion, exceptions and returns.
def f(mode):
    log = []
    try:
        try:
            log.append("try")
            if mode == "raise":
                raise ValueError("v")
            if mode == "return":
                return log
        finally:
            log.append("finally")
    except ValueError:
        log.append("caught")
    log.append("after")
    return log
print(f("normal"))
print(f("raise"))
print(f("return"))
try:
    try:
        raise KeyError("k")
    finally:
        print("cleanup runs before propagation")
except KeyError:
    print("propagated")
