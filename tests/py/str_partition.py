# partition and rpartition split around the first or last separator.
print("key=value=more".partition("="), "key=value=more".rpartition("="))
print("no separator".partition("="), "no separator".rpartition("="))
print("=lead".partition("="), "trail=".rpartition("="), "".partition("x"))
print("a::b::c".partition("::"), "a::b::c".rpartition("::"))
try:
    "abc".partition("")
except ValueError as e:
    print("ValueError", e)
host, sep, port = "localhost:8080".partition(":")
print(host, port, sep == ":")
