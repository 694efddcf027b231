# import inside a function binds a local name.
def use():
    import _state
    from _simple import double
    return _state.bump(double(3))
print(use())
print(use())
try:
    print(_state)
except NameError as e:
    print("NameError", e)
def conditional(flag):
    if flag:
        import _simple as chosen
    else:
        import _state as chosen
    return chosen.__name__
print(conditional(True), conditional(False))
