# User exceptions with extra attributes and their own __init__ and __str__.
class AppError(Exception):
    pass
class ValidationError(AppError):
    def __init__(self, field, message):
        Exception.__init__(self, field, message)
        self.field = field
        self.message = message
class Fancy(AppError):
    def __str__(self):
        return "fancy: " + str(self.args[0])
try:
    raise ValidationError("age", "must be positive")
except AppError as e:
    print(type(e).__name__, e.field, e.message, e.args, str(e))
try:
    raise Fancy(42)
except Exception as e:
    print(e, repr(e), e.args)
e = AppError("plain")
print(str(e), repr(e), isinstance(e, Exception), issubclass(ValidationError, AppError))
class Coded(Exception):
    def __init__(self, code):
        self.code = code
c = Coded(404)
print(c.code, c.args, repr(str(c)))
