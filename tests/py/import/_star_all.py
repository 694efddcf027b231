# A helper module with __all__: only those names are imported by *.
__all__ = ["exported", "also"]
exported = "exported"
also = "also"
hidden = "hidden"
