# The built-in exceptions beyond the common ones: the OSError family, the Unicode errors,
# the warnings; each caught by its bases. (repr names the class without type attributes.)
# The Unicode errors come from the codecs (CPython's constructors take five arguments).
families = [
    (ConnectionResetError, ConnectionError), (BrokenPipeError, ConnectionError),
    (ConnectionAbortedError, OSError), (ConnectionRefusedError, ConnectionError),
    (TimeoutError, OSError), (PermissionError, OSError), (FileExistsError, OSError),
    (IsADirectoryError, OSError), (NotADirectoryError, OSError), (BlockingIOError, OSError),
    (InterruptedError, OSError), (ChildProcessError, OSError), (ProcessLookupError, OSError),
    (FileNotFoundError, OSError),
    (BufferError, Exception), (ReferenceError, Exception), (StopAsyncIteration, Exception),
    (UserWarning, Warning), (DeprecationWarning, Warning), (PendingDeprecationWarning, Warning),
    (SyntaxWarning, Warning), (RuntimeWarning, Warning), (FutureWarning, Warning),
    (ImportWarning, Warning), (UnicodeWarning, Warning), (BytesWarning, Warning),
    (ResourceWarning, Warning), (Warning, Exception), (EOFError, Exception),
    (UnboundLocalError, NameError),
]
for kind, base in families:
    try:
        raise kind("detail")
    except base as e:
        print(repr(e), "caught by", repr(base("x"))[:-5])
try:
    raise ConnectionError("refused")
except ConnectionResetError:
    print("wrong")
except OSError as e:
    print("OSError catches", repr(e))
print(IOError is OSError, EnvironmentError is OSError)
try:
    b"\xff".decode()
except UnicodeEncodeError:
    print("wrong")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
try:
    "\u20ac".encode("latin-1")
except UnicodeDecodeError:
    print("wrong")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
for data in [b"ab\xc3", b"\xe2\x28\xa1", b"\xed\xa0\x80x"]:
    try:
        data.decode("utf-8")
    except UnicodeError as e:
        print("UnicodeError:", e)
try:
    "a\udc80".encode()
except ValueError as e:
    print("ValueError:", e)
try:
    raise UnicodeError("plain")
except UnicodeDecodeError:
    print("wrong")
except ValueError as e:
    print(repr(e))
