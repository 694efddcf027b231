# Mutual recursion between functions.
def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)
def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)
print(is_even(150), is_odd(150), is_even(151), is_odd(99))
def ping(n, log):
    if n == 0:
        return log
    log.append("ping")
    return pong(n - 1, log)
def pong(n, log):
    if n == 0:
        return log
    log.append("pong")
    return ping(n - 1, log)
print(ping(5, []))
print(len(ping(120, [])))
def ping_forever(n):
    return pong_forever(n)
def pong_forever(n):
    return ping_forever(n)
try:
    ping_forever(0)
except RecursionError:
    print("mutual recursion without end: RecursionError")
