# Numbers' attributes and built-in functions' names.
print((5).real, (5).imag, True.real, False.imag, (2.5).real, (2.5).imag)
print((7).numerator, (7).denominator, (-3).numerator, (10**30).real == 10**30)
print(hasattr(5, "real"), hasattr(5.0, "numerator"), hasattr(5.0, "imag"))
print(len.__name__, print.__qualname__, getattr(abs, "__name__"))
for bad in ["nothing", "numerator"]:
    try:
        getattr(1.5, bad)
    except AttributeError as e:
        print("AttributeError", e)
