# The top of the built-in exception hierarchy.
print(issubclass(Exception, BaseException), issubclass(BaseException, object))
for cls in [SystemExit, KeyboardInterrupt, Exception]:
    print(cls.__name__, issubclass(cls, BaseException), issubclass(cls, Exception))
print(BaseException.__bases__[0].__name__, Exception.__bases__[0].__name__)
print(SystemExit.__bases__[0].__name__, KeyboardInterrupt.__bases__[0].__name__)
names = [ArithmeticError, LookupError, AttributeError, NameError, TypeError, ValueError,
         ImportError, RuntimeError, MemoryError, AssertionError, OSError, StopIteration, EOFError]
for cls in names:
    print(cls.__name__, cls.__bases__[0].__name__, issubclass(cls, Exception))
