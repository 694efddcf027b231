# Integer presentation types: b c d o x X n, and the # alternate form.
for n in [0, 10, 255, -255, 2 ** 40]:
    print("{0:b} {0:o} {0:d} {0:x} {0:X} {0:n} {0:#b} {0:#o} {0:#x} {0:#X}".format(n))
print("[{:c}] [{:c}] [{:c}]".format(65, 233, 8364))
print("[{:08b}] [{:#010x}] [{:#10o}] [{:<#8x}]".format(5, 255, 8, 255))
print("{:x} {:d}".format(True, False))
print("[{:5c}] [{:^5c}]".format(97, 98))
print("{:d}".format(2 ** 100))
print("{:X}".format(2 ** 100 - 1))
