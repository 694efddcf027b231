# Triple-quoted strings span lines and keep newlines and quotes.
a = """line one
line two"""
print(a)
print(len(a), a.count("\n"))
b = '''it's "quoted"'''
print(b)
c = """"""
print(repr(c))
d = """ends with quote\""""
print(d)
e = """a\
b"""
print(e)
f = '''
  indented
'''
print(repr(f))
g = """one ' two '' three"""
print(g)
