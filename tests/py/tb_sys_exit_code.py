# sys.exit(3) ends the program with status 3 and nothing on stderr.
import sys
print("before exit")
def finish():
    try:
        sys.exit(3)
    finally:
        print("finally runs on exit")
finish()
print("not printed")
