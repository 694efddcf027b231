# Built-in exceptions and their bases.
pairs = [(ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError),
         (IndexError, LookupError), (KeyError, LookupError), (UnboundLocalError, NameError),
         (ModuleNotFoundError, ImportError), (RecursionError, RuntimeError),
         (NotImplementedError, RuntimeError), (UnicodeError, ValueError),
         (UnicodeDecodeError, UnicodeError), (UnicodeEncodeError, UnicodeError),
         (FileNotFoundError, OSError), (IndentationError, SyntaxError), (SyntaxError, Exception)]
for sub, base in pairs:
    print(sub.__name__, base.__name__, issubclass(sub, base), issubclass(base, sub))
print(issubclass(KeyError, IndexError), issubclass(ZeroDivisionError, ValueError))
print(issubclass(TypeError, ValueError), issubclass(StopIteration, RuntimeError))
print(issubclass(RecursionError, Exception), issubclass(KeyError, (TypeError, LookupError)))
