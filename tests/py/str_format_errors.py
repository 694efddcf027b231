# Mistakes in format strings raise ValueError, IndexError or KeyError.
cases = [("{0} {}", (1, 2)), ("{} {0}", (1, 2)), ("{", ()), ("}", ()), ("{0", (1,)),
         ("{:y}", (5,)), ("{:d}", (1.5,)), ("{:s}", (5,)), ("{2}", (1, 2)), ("{}", ()),
         ("{name}", ()), ("{0[5]}", ([1],)), ("{0.missing}", (1,)), ("{:.2d}", (5,)),
         ("{:c}", (-1,)), ("{:5,5}", (5,))]
for fmt, args in cases:
    try:
        print(fmt.format(args[0], args[1]) if len(args) == 2 else
              fmt.format(args[0]) if len(args) == 1 else fmt.format())
    except (ValueError, IndexError, KeyError, AttributeError, OverflowError) as e:
        print(repr(fmt), "->", type(e).__name__, e)
