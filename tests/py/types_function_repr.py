# The repr of functions and methods whose names are built-in strings (ROM) or new ones.
def read():
    pass
def a_name_never_seen_before():
    pass
class A:
    def len(self):
        pass
for f in (read, a_name_never_seen_before, A.len, A().len, print):
    text = repr(f)
    print(text.split(" at ")[0].split(" of ")[0], text.endswith(">"))
