# The is... predicates on ASCII strings.
tests = ["", "abc", "ABC", "Abc", "abc123", "123", "1.5", " ", " \t\n", "a b", "_", "Hello World", "hello World", "x_1", "1x"]
for t in tests:
    print(repr(t), t.isalpha(), t.isdigit(), t.isalnum(), t.isspace(), t.isupper(), t.islower(),
          t.istitle(), t.isdecimal(), t.isnumeric(), t.isidentifier())
print("ABC1".isupper(), "abc!".islower(), "1".isupper(), "A1B".isupper())
print("Title Case Words".istitle(), "Not title case".istitle(), "ALL CAPS".istitle())
print("if".isidentifier(), "_private".isidentifier(), "with space".isidentifier())
print("0".isdigit(), " ".isalnum(), "\t".isspace(), "\x00".isspace())
print("abcXYZ".isalpha(), "abc-xyz".isalpha(), "007".isdecimal())
