# KeyboardInterrupt and SystemExit bypass 'except Exception' but not a bare except.
def interrupted():
    raise KeyboardInterrupt
try:
    try:
        interrupted()
    except Exception:
        print("not caught here")
except KeyboardInterrupt as e:
    print("KeyboardInterrupt", repr(e), e.args)
try:
    interrupted()
except:
    print("bare except catches it")
try:
    raise KeyboardInterrupt("with message")
except BaseException as e:
    print(type(e).__name__, e)
try:
    raise SystemExit(7)
except Exception:
    print("not here")
except SystemExit as e:
    print("SystemExit", e.code)
print(issubclass(KeyboardInterrupt, Exception))
