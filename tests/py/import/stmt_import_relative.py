# A package module that uses relative imports of its siblings.
import pkg.other
print(pkg.other.name)
print(pkg.other.use())
from pkg.other import mod, sibling_f
import pkg.mod
print(mod is pkg.mod, sibling_f is pkg.mod.f)
import pkg.sub.deep
print(pkg.other.deep is pkg.sub.deep)
print(pkg.other.deep.where())
