# A helper module that imports _circular_b, which imports it back while it is loading.
print("_circular_a starts")
BEFORE = "defined before the import"
import _circular_b
AFTER = "defined after the import"
print("_circular_a ends")
