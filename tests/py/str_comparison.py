# Strings compare by code point, character by character.
print("a" < "b", "a" < "B", "Z" < "a", "abc" < "abd", "abc" < "ab", "" < " ")
print("apple" == "apple", "apple" != "Apple", "a" * 3 == "aaa")
print("é" > "e", "€" > "é", "😀" > "€", "z" < "é")
print(sorted(["banana", "Apple", "cherry", "apple", "éclair", "Zebra"]))
print(min("hello"), max("hello"), "abc" < "abcd" < "abd")
print("10" < "9", "100" < "99", "-1" < "0")
words = ["b", "a", "c"]
words.sort()
print(words, "a" in words, "A" in words)
