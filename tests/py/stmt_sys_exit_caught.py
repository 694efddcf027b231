# sys.exit raises SystemExit, which except Exception does not catch.
import sys
try:
    sys.exit(5)
except SystemExit as e:
    print("SystemExit", e.code, e.args)
try:
    sys.exit("message")
except SystemExit as e:
    print("SystemExit", repr(e.code))
try:
    sys.exit()
except SystemExit as e:
    print("SystemExit", e.code)
try:
    try:
        sys.exit(1)
    except Exception:
        print("not caught by Exception")
except BaseException as e:
    print("caught by BaseException", type(e).__name__)
print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))
