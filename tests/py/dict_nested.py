# Dicts of dicts and lists: building, reading and changing nested data.
inventory = {}
for name, kind, qty in [("apple", "fruit", 3), ("carrot", "veg", 5), ("pear", "fruit", 2)]:
    if kind not in inventory:
        inventory[kind] = {}
    inventory[kind][name] = qty
print(inventory)
inventory["fruit"]["apple"] += 10
print(inventory["fruit"])
totals = {}
for kind in inventory:
    total = 0
    for item in inventory[kind]:
        total += inventory[kind][item]
    totals[kind] = total
print(totals)
config = {"server": {"ports": [80, 443], "name": "web"}}
config["server"]["ports"].append(8080)
print(config["server"]["ports"][-1], len(config["server"]))
try:
    config["client"]["name"]
except KeyError as e:
    print("KeyError", e)
