# raise SystemExit(2) is the same as sys.exit(2).
print("raising SystemExit")
def stop():
    raise SystemExit(2)
try:
    stop()
except Exception:
    print("not printed: Exception does not catch SystemExit")
print("not printed")
