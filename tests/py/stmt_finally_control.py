# break, continue and return inside a finally block discard a pending exception or return.
for i in range(3):
    try:
        if i == 1:
            raise ValueError("discarded by continue")
        print("body", i)
    finally:
        if i == 1:
            continue
    print("after try", i)
for i in range(5):
    try:
        raise KeyError("discarded by break")
    finally:
        break
print("broke out at", i)
def early():
    for i in range(3):
        try:
            return "from try " + str(i)
        finally:
            if i == 0:
                continue
    return "loop ended"
print(early())
def finally_return(flag):
    try:
        if flag:
            raise TypeError("lost")
        return "try value"
    finally:
        return "finally value"
print(finally_return(True), finally_return(False))
count = 0
while True:
    try:
        count += 1
    finally:
        if count == 3:
            break
print(count)
