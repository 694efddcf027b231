# in and not in for the built-in containers.
print(2 in [1, 2, 3], 4 in [1, 2, 3], 4 not in [1, 2, 3])
print(1 in (1,), () in ((),), [1] in [[1]], 1.0 in [1])
print("ell" in "hello", "" in "abc", "x" in "", "lo" not in "hello")
print("k" in {"k": 1}, 1 in {"k": 1}, "k" not in {})
print(5 in range(10), 10 in range(10), 4 in range(0, 10, 2), 5 in range(0, 10, 2))
print(-3 in range(-5, 0), 2 ** 100 in range(10))
print(97 in b"abc", b"bc" in b"abc", b"" in b"")
print(None in [None], None in [0, False, ""])
for source in ["1 in 5", "1 in 'abc'", "[] in {}", "300 in b'abc'"]:
    try:
        print(eval(source))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
