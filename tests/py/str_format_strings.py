# Format specs applied to strings, and str.format with non-ASCII text.
print("[{:s}] [{:10s}] [{:>10s}] [{:.2s}] [{:^10.3s}]".format("hello", "hello", "hello", "hello", "hello"))
print("[{:<6}] [{:>6}] [{:^6}]".format("é€", "日本", "😀"))
print("[{:*^11}]".format("naïve"))
print("[{}] [{}]".format("", " "))
print("{0:.1}{1:.1}{2:.1}".format("Abc", "Bcd", "Cde"))
print("{} has {} chars".format("日本語", len("日本語")))
for bad in ["{:d}", "{:x}", "{:+}", "{:=5}"]:
    try:
        print(bad.format("text"))
    except ValueError as e:
        print(bad, "->", e)
