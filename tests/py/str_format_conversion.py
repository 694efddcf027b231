# !r and !s conversions in str.format.
print("{!r} {!s} {}".format("q", "q", "q"))
print("{0!r:>8}|{0!s:>8}|".format("ab"))
print("{!r}".format([1, "x"]), "{!r}".format(1.5), "{!r}".format(None))
print("{!r}".format("it's"), "{!r}".format("é"))
class Item:
    def __repr__(self):
        return "Item()"
    def __str__(self):
        return "an item"
print("{} {!r} {!s}".format(Item(), Item(), Item()))
print("{x!r} {y[0]!r}".format(x="k", y=["v"]))
try:
    "{!x}".format(1)
except ValueError as e:
    print("ValueError", e)
