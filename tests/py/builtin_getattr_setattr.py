# getattr() with a default, setattr(), hasattr() and delattr() by attribute name.
class Config:
    mode = "default"
c = Config()
print(getattr(c, "mode"), getattr(c, "missing", None), getattr(c, "missing", 42))
setattr(c, "mode", "custom")
setattr(c, "level", 3)
print(c.mode, c.level, Config.mode, hasattr(c, "level"), hasattr(Config, "level"))
name = "dyn" + "amic"
setattr(c, name, [1])
print(c.dynamic, getattr(c, name))
delattr(c, "level")
print(hasattr(c, "level"), getattr(c, "level", "gone"))
try:
    getattr(c, "nothing")
except AttributeError as e:
    print("AttributeError", e)
try:
    getattr(c, 5)
except TypeError as e:
    print("TypeError", e)
print(getattr("abc", "upper")(), getattr([], "append") is not None, hasattr(5, "real"))
print(hasattr(None, "x"), getattr(len, "__name__"))
try:
    setattr(5, "x", 1)
except AttributeError as e:
    print("AttributeError", e)
