# Alignment and fill characters in format specs.
for spec in ["<8", ">8", "^8", "*<8", "*>8", "*^8", "-^9", "0>6", " ^7", "^1"]:
    print(spec.ljust(4), "[" + format("abc", spec) + "]")
print("[{:<6}] [{:>6}] [{:^6}] [{:=6}]".format(12, 12, 12, -12))
print("[{:*=8}] [{:0=8}] [{:x^9}]".format(-42, 42, -42))
print("[{:^4}] [{:^5}]".format("ab", "ab"))
print("[{:é^7}] [{:€<5}]".format("mid", 1))
print("[{:>3}]".format("toolong"))
print("[{:<10}] [{:>10}] [{:^10}]".format(1.5, 1.5, 1.5))
print("[{:10}] [{:10}]".format("text", 42))
