# Comments anywhere a line can end, and '#' inside strings.
x = 1  # a comment after code
# a comment on its own line
    # an indented comment line is ignored too
y = [1,  # inside brackets
     2,  # another
     # a comment-only line inside brackets
     3]
print(x, y)
s = "# not a comment"
t = '#'  # but this is
print(s, t)
def f():
    # comment as the first line of a body
    return 5
# comment between statements of a block
print(f())
if x:
    pass
# comment at the end
