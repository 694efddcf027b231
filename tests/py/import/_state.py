# A helper module whose functions change its own globals.
count = 0
history = []


def bump(n):
    global count
    count += n
    history.append(n)
    return count


def read():
    return count
