# Which values count as false in a condition.
values = [0, 1, -1, 0.0, 0.5, "", "a", " ", [], [0], (), (None,), {}, {0: 0},
          None, True, False, b"", b"\x00", range(0), range(1), bytearray()]
for v in values:
    if v:
        print(repr(v), "true")
    else:
        print(repr(v), "false")
class Empty:
    pass
if Empty():
    print("instance true")
if not None:
    print("not None")
