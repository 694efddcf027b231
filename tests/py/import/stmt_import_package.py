# Importing a package runs its __init__.py; submodules are not loaded by it.
import pkg
print(pkg.VERSION, pkg.init_value)
print(pkg.__name__)
print(hasattr(pkg, "mod"))
import pkg
print("imported again without loading")
import pkg.mod
print(hasattr(pkg, "mod"), pkg.mod.where)
