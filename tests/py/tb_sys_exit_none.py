# sys.exit() with no argument exits with status 0; output before it is kept.
import sys
print("start")
def run():
    print("in run")
    sys.exit()
run()
print("not printed")
