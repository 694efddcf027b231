# Importing a missing module or name raises ImportError (ModuleNotFoundError for modules).
try:
    import no_such_module_here
except ImportError as e:
    print(type(e).__name__, e)
try:
    import pkg.no_such_submodule
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    from pkg import no_such_name
except ImportError as e:
    print(type(e).__name__)
print(issubclass(ModuleNotFoundError, ImportError))
print(issubclass(ImportError, Exception))
try:
    from no_such_module_here import x
except ImportError as e:
    print(type(e).__name__, e)
