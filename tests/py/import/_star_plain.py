# A helper module without __all__: * imports the names not starting with '_'.
public = "public"
_private = "private"


def helper():
    return "helper"
