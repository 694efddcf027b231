# An exception raised several calls deep and never caught.
def parse(text):
    return {"a": 1}[text]
def load(name):
    print("loading", name)
    return parse(name)
def main():
    print(load("a"))
    print(load("missing"))
    print("not reached")
main()
