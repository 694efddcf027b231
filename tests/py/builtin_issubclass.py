# issubclass() over built-in and user class hierarchies.
class A:
    pass
class B(A):
    pass
class C(B):
    pass
print(issubclass(C, A), issubclass(A, C), issubclass(A, A), issubclass(C, object))
print(issubclass(B, (int, A)), issubclass(B, (int, str)), issubclass(C, ()))
print(issubclass(bool, int), issubclass(int, bool), issubclass(int, object))
print(issubclass(KeyError, LookupError), issubclass(KeyError, (ValueError, IndexError)))
print(issubclass(type, object), issubclass(object, type))
for bad in [(A(), A), (A, A()), (5, int)]:
    try:
        issubclass(bad[0], bad[1])
    except TypeError as e:
        print("TypeError", e)
