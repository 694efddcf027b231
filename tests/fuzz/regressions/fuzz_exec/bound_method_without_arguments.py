class Custom:
    def __reversed__(self):
        return iter("custom")
print(list(reversed(Custom())))
