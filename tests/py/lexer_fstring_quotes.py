# Quotes inside f-strings: the other quote kind, and triple-quoted f-strings.
d = {"key": 1, 'other': 2}
print(f"{d['key']}", f'{d["other"]}')
print(f"""{d["key"]} and {d['other']}""")
print(f'''{"triple"}''')
name = "x"
print(f"'{name}'", f'"{name}"')
print(f"""multi
line {name}""")
print(f"it's {name}")
