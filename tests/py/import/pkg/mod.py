# A submodule of the helper package.
print("pkg.mod is loading")
where = __name__


def f(x):
    return "pkg.mod.f(" + str(x) + ")"
