# An uncaught AttributeError from an attribute an instance does not have.
class Account:
    def __init__(self, owner):
        self.owner = owner
acct = Account("ann")
print(acct.owner, getattr(acct, "zzqqxx", "default"))
try:
    acct.zzqqxx
except AttributeError as e:
    print("caught once:", e)
print(acct.zzqqxx)
