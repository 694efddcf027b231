# An exception raised inside a handler replaces the handled one and keeps it as context.
def convert(text):
    try:
        return int(text)
    except ValueError:
        raise TypeError("not a number: " + text)
try:
    convert("abc")
except TypeError as e:
    print(e, "| context:", type(e.__context__).__name__, e.__context__)
def handler_bug():
    try:
        {}["k"]
    except KeyError:
        undefined_thing_abc
try:
    handler_bug()
except NameError as e:
    print("NameError from handler, context", type(e.__context__).__name__)
try:
    try:
        raise ValueError("inner")
    except ValueError as e:
        raise e
except ValueError as e:
    print("re-raised by name", e, e.__context__)
