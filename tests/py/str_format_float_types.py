# Float presentation types: e E f F g G % and none.
values = [0.0, 1.0, -1.5, 123456.789, 0.000012345, 1e20, 1e-20, 12345678901.0]
for v in values:
    print("{0:e} | {0:E} | {0:f} | {0:F} | {0:g} | {0:G} | {0:%} | {0}".format(v))
print("{:.2e} {:.0e} {:.3g} {:.10g} {:.1%} {:.0%}".format(12345.678, 5.5, 0.00012345, 1 / 3, 0.1234, 0.5))
print("{:f} {:F} {:e} {:g} {:G}".format(float("inf"), float("inf"), float("-inf"), float("nan"), float("nan")))
print("{:#g} {:#.3g} {:g} {:g} {:g}".format(1.0, 2.0, 1e16, 1e-5, 123456789.0))
print("{:.3f} {:e} {:g} {:%}".format(7, 7, 7, 7))
print("{:10.3e}| {:<12.2E}| {:+.2g}".format(1234.5, 0.000987, 1.5))
