# += on a list extends it in place (aliases see it); on tuples and strs it rebinds.
a = [1, 2]
b = a
a += [3]
print(a, b, a is b)
a += "xy"
print(a)
a *= 2
print(len(a), b is a)
t = (1, 2)
u = t
t += (3,)
print(t, u, t is u)
s = "ab"
r = s
s += "cd"
s *= 2
print(s, r)
ba = bytearray(b"x")
bb = ba
ba += b"yz"
print(ba, bb is ba)
