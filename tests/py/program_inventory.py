# An inventory with restocking, orders that may fail, and a report.
class OutOfStock(Exception):
    pass
class Inventory:
    def __init__(self):
        self.items = {}
        self.prices = {}
    def add(self, name, qty, price):
        self.items[name] = self.items.get(name, 0) + qty
        self.prices[name] = price
    def order(self, lines):
        for name, qty in lines:
            if self.items.get(name, 0) < qty:
                raise OutOfStock(name)
        total = 0
        for name, qty in lines:
            self.items[name] -= qty
            total += qty * self.prices[name]
        return total
    def report(self):
        lines = []
        for name in sorted(self.items):
            value = self.items[name] * self.prices[name]
            lines.append(name.ljust(8) + str(self.items[name]).rjust(4) + ("%.2f" % value).rjust(9))
        return "\n".join(lines)
inv = Inventory()
inv.add("bolt", 100, 0.25)
inv.add("nut", 250, 0.1)
inv.add("gear", 5, 12.5)
orders = [[("bolt", 10), ("nut", 20)], [("gear", 6)], [("gear", 2), ("bolt", 90)], [("bolt", 1)]]
for lines in orders:
    try:
        print("order total", "%.2f" % inv.order(lines))
    except OutOfStock as e:
        print("out of stock:", e)
inv.add("bolt", 50, 0.3)
print(inv.report())
