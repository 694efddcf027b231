# User exceptions that call super().__init__ keep args and str() working.
class AppError(Exception):
    def __init__(self, message, code):
        super().__init__(message)
        self.code = code
class NotFound(AppError):
    def __init__(self, path):
        super().__init__("not found: " + path, 404)
        self.path = path
try:
    raise NotFound("/index.html")
except AppError as e:
    print(type(e).__name__, e, e.args, e.code, e.path)
e = AppError("generic", 500)
print(str(e), repr(e), e.code)
class Wrapped(ValueError):
    def __init__(self, value):
        super().__init__("bad value", value)
try:
    raise Wrapped(7)
except ValueError as err:
    print(err.args, str(err))
