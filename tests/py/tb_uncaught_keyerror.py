# An uncaught KeyError shows the repr of the key.
inventory = {"apples": 3}
inventory["pears"] = 0
for item in ["apples", "pears"]:
    print(item, inventory[item])
try:
    inventory["figs"]
except KeyError as e:
    print("caught once:", e)
print(inventory.get("plums", "no plums"))
print(inventory["plums"])
