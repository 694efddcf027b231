# A helper package: its __init__ runs when the package is first imported.
print("pkg/__init__ is loading")
VERSION = "1.0"
init_value = 10
