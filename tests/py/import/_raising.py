# A helper module that fails while it loads.
loaded_part = 1
raise ValueError("module failed to load")
