# pass does nothing wherever a statement is required.
def nothing():
    pass
print(nothing())
class Empty:
    pass
print(type(Empty()).__name__)
for i in range(3):
    pass
print(i)
if True:
    pass
else:
    pass
try:
    pass
except Exception:
    pass
finally:
    pass
while False:
    pass
pass; pass
print("end")
