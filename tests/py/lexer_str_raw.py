# Raw strings keep backslashes (except that a quote can still be escaped).
print(r"a\nb", len(r"a\nb"))
print(R"\t", len(R"\t"))
print(r'\\', len(r'\\'))
print(r"\"", len(r"\""))
print(r'C:\path\to\file')
print(r"""raw
triple\n""")
print(rb"\x00", len(rb"\x00"), br"\n" == b"\\n")
print(r"\u0041", len(r"\u0041"))
print(repr(r"\d+"))
