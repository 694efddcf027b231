# A recursive-descent calculator for + - * / ** and parentheses over ints.
class Parser:
    def __init__(self, text):
        self.text = text.replace(" ", "")
        self.pos = 0
    def peek(self):
        return self.text[self.pos:self.pos + 1]
    def take(self):
        ch = self.peek()
        self.pos += 1
        return ch
    def expr(self):
        value = self.term()
        while self.peek() in ("+", "-"):
            if self.take() == "+":
                value = value + self.term()
            else:
                value = value - self.term()
        return value
    def term(self):
        value = self.power()
        while self.peek() in ("*", "/"):
            if self.take() == "*":
                value = value * self.power()
            else:
                value = value // self.power()
        return value
    def power(self):
        base = self.unary()
        if self.text[self.pos:self.pos + 2] == "**":
            self.pos += 2
            return base ** self.power()
        return base
    def unary(self):
        if self.peek() == "-":
            return -(self.take() and self.unary())
        return self.atom()
    def atom(self):
        if self.take() == "(":
            value = self.expr()
            if self.take() != ")":
                raise SyntaxError("expected )")
            return value
        self.pos -= 1
        start = self.pos
        while self.peek().isdigit():
            self.take()
        if start == self.pos:
            raise ValueError("number expected at " + str(start))
        return int(self.text[start:self.pos])
def calc(text):
    p = Parser(text)
    value = p.expr()
    if p.pos != len(p.text):
        raise ValueError("trailing input at " + str(p.pos))
    return value
for text in ["1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-2 ** 2", "100 / 7 / 2", "2 ** 100 - 1", "((4))", "1 - -1"]:
    print(text, "=", calc(text))
for bad in ["1 +", "(1 + 2", "3 $", ""]:
    try:
        calc(bad)
    except (ValueError, SyntaxError) as e:
        print(repr(bad), type(e).__name__)
