# Circular imports: the module being loaded is in sys.modules, partially initialized.
import _circular_a
print(_circular_a.AFTER)
print(_circular_a._circular_b.read_after())
import _circular_b
print(_circular_b._circular_a is _circular_a)
