# Sign options and zero padding for numbers.
for n in [5, -5, 0]:
    print("[{:+}] [{:-}] [{: }] [{:+05}] [{: 05}] [{:05}]".format(n, n, n, n, n, n))
for x in [2.5, -2.5, 0.0, -0.0]:
    print("[{:+}] [{: }] [{:+08.2f}] [{:08.2f}] [{: .1f}]".format(x, x, x, x, x))
print("[{:010}] [{:010}] [{:+010d}]".format(-3, 2 ** 40, 7))
print("[{:0>5}] [{:0<5}] [{:0^5}]".format(3, 3, 3))
print("[{:05}]".format("ab"))
print("[{:+x}] [{: b}] [{:+#o}]".format(255, 5, 8))
