# sys.exit("message") prints the message to stderr and exits with status 1.
import sys
def load(settings, name):
    if name not in settings:
        sys.exit("fatal: " + name + " not found")
    return settings[name]
settings = {"mode": "fast"}
print("mode is", load(settings, "mode"))
print("about to fail")
print(load(settings, "configuration"))
print("not printed")
