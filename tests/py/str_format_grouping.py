# Thousands separators: ',' and '_'.
for n in [0, 999, 1000, 1234567, -1234567, 10 ** 20]:
    print("{:,} {:_} {:,d}".format(n, n, n))
print("{:,.2f} {:_.3f} {:,}".format(1234567.891, 9876543.21, 1234.5))
print("{:_b} {:_x} {:_o} {:#_x}".format(255, 2 ** 32 - 1, 4095, 65535))
print("[{:>15,}] [{:015,}] [{:+,}]".format(1234567, 1234567, 1000))
print("{:,.0f} {:,e} {:,g}".format(1e9, 123456.0, 1234567.0))
print("{:,%}".format(123.456))
try:
    "{:,b}".format(5)
except ValueError as e:
    print("ValueError", e)
try:
    "{:,_}".format(5)
except ValueError as e:
    print("ValueError", e)
