# Predicates and case conversion on non-ASCII letters.
for t in ["é", "É", "日本", "ñandú", "Ωμέγα", "é1", "ÀB"]:
    print(repr(t), t.isalpha(), t.isdigit(), t.isalnum(), t.isspace(), t.isupper(), t.islower())
print("ÉCOLE".lower(), "école".upper(), "école".capitalize(), "ÑANDÚ".title())
print("ΑΒΓΔ".lower(), "αβγδ".upper(), "Ωμέγα".swapcase())
print("çà et là".title(), "ÜBER".lower().upper())
print("é".isidentifier(), "日本".isidentifier(), "€".isalpha(), "€".isidentifier())
print(sorted(["é", "e", "É", "E", "f"]))
print("éÉ".count("é"), "ÀÉÎ".lower().find("é"))
print("Größe".lower(), "größe".capitalize())
