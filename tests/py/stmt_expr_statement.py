# Expression statements are evaluated for their effects; their values are dropped.
log = []
def note(x):
    log.append(x)
    return x
note(1)
note(2) + note(3)
[note(4), note(5)]
note(6) if note(0) else note(7)
note(8) and note(9)
note(0) or note(10)
1 + 2
"a docstring-like string"
None
print(log)
x = 5
x
print(x)
