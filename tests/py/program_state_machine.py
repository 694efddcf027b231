# A table-driven state machine for a turnstile, and one that validates numbers.
TRANSITIONS = {
    ("locked", "coin"): "unlocked",
    ("locked", "push"): "locked",
    ("unlocked", "push"): "locked",
    ("unlocked", "coin"): "unlocked",
}
def run_turnstile(events):
    state = "locked"
    history = [state]
    for event in events:
        state = TRANSITIONS[(state, event)]
        history.append(state)
    return history
print(run_turnstile(["push", "coin", "coin", "push", "push"]))
def classify(ch):
    if ch.isdigit():
        return "digit"
    if ch in "+-":
        return "sign"
    if ch == ".":
        return "dot"
    return "other"
NUMBER = {
    ("start", "sign"): "signed", ("start", "digit"): "int", ("signed", "digit"): "int",
    ("int", "digit"): "int", ("int", "dot"): "dot", ("start", "dot"): "lonedot",
    ("signed", "dot"): "lonedot", ("lonedot", "digit"): "frac", ("dot", "digit"): "frac",
    ("frac", "digit"): "frac",
}
def is_number(text):
    state = "start"
    for ch in text:
        key = (state, classify(ch))
        if key not in NUMBER:
            return False
        state = NUMBER[key]
    return state in ("int", "dot", "frac")
for text in ["42", "-7", "+3.14", ".5", "5.", "1.2.3", "", "-", "12a", "-.5", "."]:
    print(repr(text), is_number(text))
