# Methods get the instance as their first parameter, whatever it is called.
class Acc:
    def __init__(this, start):
        this.total = start
    def add(me, n):
        me.total += n
        return me
    def get(self):
        return self.total
a = Acc(10)
a.add(5).add(6)
print(a.get())
print(Acc.get(a))
f = a.add
f(100)
print(a.total)
class Caller:
    def __init__(self, fn):
        self.fn = fn
c = Caller(len)
print(c.fn("abcd"))
try:
    Acc.add(5)
except TypeError as e:
    print("TypeError", e)
