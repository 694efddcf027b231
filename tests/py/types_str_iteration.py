# Iterating over strings yields one-character strings.
count = 0
for c in "abcabc":
    if c == "b":
        count += 1
print(count)
print(list("hey"), tuple("ab"), list(""))
it = iter("xy")
print(next(it), next(it), next(it, "end"))
result = ""
for ch in "stressed":
    result = ch + result
print(result)
vowels = 0
for ch in "Programming In Python":
    if ch.lower() in "aeiou":
        vowels += 1
print(vowels)
for i, ch in enumerate("€a"):
    print(i, ch)
print(sorted("python"), "".join(sorted("cba")))
