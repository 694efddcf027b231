# An uncaught exception raised from another: the last line is the final exception.
def read_number(text):
    try:
        return int(text)
    except ValueError as e:
        raise TypeError("expected digits, got " + repr(text)) from e
print(read_number("12"))
print(read_number("twelve"))
