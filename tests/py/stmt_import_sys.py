# The sys module: the attributes that every port has.
import sys
print(type(sys.argv).__name__, len(sys.argv))
print(sys.argv[0].endswith("stmt_import_sys.py"))
print(type(sys.path).__name__, type(sys.platform).__name__)
print(sys.byteorder in ("little", "big"))
print(sys.maxsize >= 2 ** 31 - 1, sys.maxsize in (2 ** 31 - 1, 2 ** 63 - 1))
print(type(sys.maxsize).__name__)
n = sys.stdout.write("written with sys.stdout.write\n")
print(n)
sys.stdout.write("no newline")
sys.stdout.write("\n")
from sys import maxsize
print(maxsize == sys.maxsize)
import sys as system
print(system is sys, sys.__name__)
