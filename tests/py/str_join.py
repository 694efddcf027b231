# str.join concatenates strings with a separator.
print(",".join(["a", "b", "c"]), "".join(["x", "y"]), " - ".join(("1", "2")))
print("|".join("abc"), "-".join([]), "-".join(["solo"]), repr("".join([])))
print(", ".join({"k1": 1, "k2": 2}), "".join(reversed("abc")))
print("é".join(["a", "b"]), "\n".join(["l1", "l2"]))
parts = []
for i in range(5):
    parts.append(str(i * i))
print("+".join(parts))
for bad in [["a", 1], [None], [b"x"], 5]:
    try:
        "".join(bad)
    except TypeError as e:
        print("TypeError", e)
print(len("ab".join(["x"] * 1000)))
