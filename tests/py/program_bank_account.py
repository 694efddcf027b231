# A bank account class with deposits, withdrawals, errors and a transaction log.
class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        Exception.__init__(self, "need " + str(needed) + ", have " + str(available))
        self.needed = needed
class Account:
    interest_rate = 2
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.log = []
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.log.append(("deposit", amount))
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(amount, self.balance)
        self.balance -= amount
        self.log.append(("withdraw", amount))
    def add_interest(self):
        gained = self.balance * self.interest_rate // 100
        if gained > 0:
            self.deposit(gained)
        return gained
    def __repr__(self):
        return "Account(" + repr(self.owner) + ", " + str(self.balance) + ")"
class Savings(Account):
    interest_rate = 5
def transfer(src, dst, amount):
    src.withdraw(amount)
    dst.deposit(amount)
alice = Account("alice", 1000)
bob = Savings("bob")
alice.deposit(50)
transfer(alice, bob, 120)
print(alice, bob)
try:
    transfer(alice, bob, 1000)
except InsufficientFunds as e:
    print("refused:", e, e.needed)
try:
    bob.deposit(-5)
except ValueError as e:
    print("refused:", e)
print(alice.add_interest(), bob.add_interest(), alice, bob)
print(alice.log)
print(bob.log)
