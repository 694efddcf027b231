# sys.exit(0) and sys.exit() end the program successfully.
import sys
for i in range(5):
    print("iteration", i)
    if i == 2:
        sys.exit(0)
print("not printed")
