# import ... as binds the module under another name.
import _simple as s
import _state as st, _simple as s2
print(s.NAME, s is s2)
print(st.bump(3), st.read())
try:
    print(_simple)
except NameError as e:
    print("NameError", e)
import _simple
print(_simple is s)
