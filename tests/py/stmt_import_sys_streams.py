# sys.stdout and sys.stderr write text; sys.stdin reads (here: nothing).
import sys
count = sys.stdout.write("héllo\n")
print(count)
print(sys.stderr.write("to stderr\n"))
sys.stdout.flush()
print(repr(sys.stdin.readline()), repr(sys.stdin.read()))
try:
    sys.stdout.write(5)
except TypeError:
    print("TypeError")
print(sys.version_info[0], len(sys.version_info) >= 3, sys.implementation.name != "")
print(sys.version.startswith("3."))
