# bytes.hex() and bytes.fromhex().
print(b"\x00\x0f\xff".hex(), b"".hex(), b"abc".hex(), bytearray(b"\x12\x34").hex())
print(bytes.fromhex("00 0f ff"), bytes.fromhex("deadBEEF"), bytes.fromhex(""), bytearray.fromhex("41 42"))
print(bytes.fromhex(b"\x01\x02".hex()) == b"\x01\x02")
for bad in ["0", "zz", "0g", "1 2"]:
    try:
        bytes.fromhex(bad)
    except ValueError as e:
        print("ValueError", e)
