# A tokenizer for a small expression language, written with plain string scanning.
KEYWORDS = ["let", "if", "then", "else"]
def tokenize(text):
    tokens = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit():
            start = i
            while i < len(text) and (text[i].isdigit() or text[i] == "."):
                i += 1
            tokens.append(("NUM", text[start:i]))
        elif ch.isalpha() or ch == "_":
            start = i
            while i < len(text) and (text[i].isalnum() or text[i] == "_"):
                i += 1
            word = text[start:i]
            kind = "KW" if word in KEYWORDS else "NAME"
            tokens.append((kind, word))
        elif ch == '"':
            end = text.index('"', i + 1)
            tokens.append(("STR", text[i + 1:end]))
            i = end + 1
        elif text[i:i + 2] in ["==", "<=", ">=", "!="]:
            tokens.append(("OP", text[i:i + 2]))
            i += 2
        elif ch in "+-*/()=<>":
            tokens.append(("OP", ch))
            i += 1
        else:
            raise ValueError("bad character " + repr(ch) + " at " + str(i))
    return tokens
for line in ['let x = 3.5 * (y_1 + 42)', 'if a <= b then "yes" else "no"', "x==y!=z"]:
    for tok in tokenize(line):
        print(tok[0], repr(tok[1]), end="  ")
    print()
try:
    tokenize("a $ b")
except ValueError as e:
    print("error:", e)
