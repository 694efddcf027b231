# bytearray's mutating methods.
ba = bytearray(b"abc")
ba.append(100)
ba.extend(b"ef")
ba.extend([103, 104])
print(ba)
ba.insert(0, 95)
ba.insert(-1, 45)
print(ba)
print(ba.pop(), ba.pop(0), ba)
ba.remove(99)
print(ba)
ba.reverse()
print(ba)
c = ba.copy()
c.clear()
print(ba, c, len(c))
ba[0] = 65
ba[1:3] = b"ZZZZ"
del ba[-1]
print(ba)
for source in ["ba.remove(200)", "bytearray().pop()", "ba.append(300)", "ba.extend(5)"]:
    try:
        exec(source)
    except (ValueError, IndexError, TypeError) as e:
        print(source, "->", type(e).__name__, e)
