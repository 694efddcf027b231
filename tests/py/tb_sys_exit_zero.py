# sys.exit(0) ends the program successfully; nothing after it runs.
import sys
def work(i):
    return i * i
for i in range(5):
    print("iteration", i, work(i))
    if i == 2:
        sys.exit(0)
print("not printed")
