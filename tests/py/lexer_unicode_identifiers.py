# Non-ASCII names (PEP 3131): XID_Start then XID_Continue characters, and CPython's messages
# for the characters that may not be in a name.
été = 1
_ñ1 = 2
日本語 = 3
Ωμέγα = 4
x١ = 5
ǅungla = 6
𝔘 = 7  # a letter whose NFKC form is "U"; only used under this spelling here
ⅷ = 8
á = 9
print(été, _ñ1, 日本語, Ωμέγα, x١, ǅungla, 𝔘, ⅷ, á)


class Ünïcode:
    def méthode(self, ñ):
        self.σ = ñ
        return self.σ * 2


print(Ünïcode().méthode(21), Ünïcode.__name__)

sources = ["x² = 1", "a€b = 1", "€ = 1", "\u0301a = 1", "a\u00a0b = 1", "a\u200db = 1",
           "١ = 1", "\U000e0100 = 1", "a\u0378 = 1", "a\u2028 = 1", "x = 1 ∗ 2",
           "print(«a»)", "a\U0001f600 = 1", "def ƒ(): pass", "ǈ = 2", "ℌ = 1", "a·b = 3"]
for source in sources:
    try:
        exec(source, {})
        print("ok")
    except SyntaxError as error:
        print(error.args[0])
