# An exception unwinds through several calls, running each finally on the way.
def level3():
    try:
        raise ValueError("deep")
    finally:
        print("finally 3")
def level2():
    try:
        level3()
        print("not reached 2")
    finally:
        print("finally 2")
def level1():
    try:
        level2()
    except KeyError:
        print("wrong handler")
    finally:
        print("finally 1")
try:
    level1()
except ValueError as e:
    print("caught at top:", e)
def catches_in_middle():
    try:
        level3()
    except ValueError as e:
        return "middle caught " + str(e)
print(catches_in_middle())
