# from pkg import submodule, and from pkg.submodule import name.
from pkg import mod
print(mod.f(3))
from pkg.mod import f, where
print(f(4), where)
from pkg import VERSION
print(VERSION)
from pkg.sub import deep
print(deep.LEVEL)
from pkg.sub.deep import where as deep_where
print(deep_where())
import pkg
print(pkg.mod is mod)
