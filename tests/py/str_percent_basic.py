# printf-style formatting with %: s, r, d, and %% , with tuples and single values.
print("%s" % "x", "%s and %s" % ("a", "b"), "%d%%" % 50, "%%")
print("%s" % [1, 2], "%s" % (None,), "%s" % ((1, 2),), "%r" % "q", "%r" % [1])
print("%d %i" % (3, -4), "%d" % 3.9, "%d" % True, "%s" % 2 ** 70)
print("%s|%s|%s" % (1.5, "é", b"b"))
print("no format" % (), "%s" % ((),))
print("%c%c" % (72, "i"), "%5s|%-5s|" % ("r", "l"))
print("%.3s" % "abcdef", "%.1s" % "xyz")
name = "Ann"
age = 30
print("Name: %s, Age: %d" % (name, age))
