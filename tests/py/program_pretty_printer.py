# A hand-written JSON-like pretty printer for nested dicts, lists and scalars.
def quote(s):
    out = '"'
    for ch in s:
        if ch == '"':
            out += '\\"'
        elif ch == "\\":
            out += "\\\\"
        elif ch == "\n":
            out += "\\n"
        else:
            out += ch
    return out + '"'
def dump(value, indent=0):
    pad = "  " * indent
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, str):
        return quote(value)
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        lines = []
        for item in value:
            lines.append(pad + "  " + dump(item, indent + 1))
        return "[\n" + ",\n".join(lines) + "\n" + pad + "]"
    if isinstance(value, dict):
        if not value:
            return "{}"
        lines = []
        for key in value:
            lines.append(pad + "  " + quote(str(key)) + ": " + dump(value[key], indent + 1))
        return "{\n" + ",\n".join(lines) + "\n" + pad + "}"
    raise TypeError("cannot dump " + type(value).__name__)
data = {"name": "minnow", "version": 1.5, "tags": ["small", "fast"], "ok": True,
        "nested": {"empty": [], "none": None, "deep": {"x": [1, [2, 3]]}},
        "text": 'say "hi"\nbye', "count": 2 ** 70}
print(dump(data))
try:
    dump({"bad": object()})
except TypeError as e:
    print("TypeError", e)
