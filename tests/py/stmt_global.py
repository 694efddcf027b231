# global lets a function rebind module-level names.
counter = 0
def increment():
    global counter
    counter += 1
def read_only():
    return counter
increment()
increment()
print(counter, read_only())
def create():
    global created
    created = "new global"
create()
print(created)
def local_only():
    counter = 100
    return counter
print(local_only(), counter)
def two():
    global a, b
    a, b = 1, 2
two()
print(a, b)
def delete():
    global created
    del created
delete()
try:
    print(created)
except NameError as e:
    print("NameError", e)
