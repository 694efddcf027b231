# Width and precision for numbers and strings.
x = 3.14159265
print("[{:10}] [{:.3}] [{:10.3}] [{:.0f}] [{:.10f}]".format(x, x, x, x, x))
print("[{:.2f}] [{:8.2f}] [{:<8.2f}] [{:.1f}]".format(2.675, 2.675, -2.675, 0.05))
print("[{:.3s}] [{:6.2s}] [{:>6.4}] [{:.0}]".format("abcdef", "abcdef", "abcdef", "abc"))
print("[{:5d}] [{:1d}] [{:12d}]".format(42, 123456, -(2 ** 40)))
print("[{:.2f}] [{:.2f}] [{:.2f}]".format(1e20, 1 / 3, -0.001))
print("[{:.0f}] [{:.0f}] [{:.0f}] [{:.0f}]".format(0.5, 1.5, 2.5, -0.5))
print("[{:{}}] [{:{}.{}f}]".format("w", 4, 2.5, 8, 3))
print("[{:20.15f}]".format(0.1))
