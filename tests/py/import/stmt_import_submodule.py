# import pkg.mod binds pkg; the submodule becomes an attribute of the package.
import pkg.mod
print(pkg.mod.f(1))
print(pkg.mod.__name__, pkg.VERSION)
import pkg.mod as m
print(m is pkg.mod, m.f(2))
import pkg.sub.deep
print(pkg.sub.deep.LEVEL, pkg.sub.SUB, pkg.sub.deep.where())
import pkg.sub.deep as d
print(d.where())
