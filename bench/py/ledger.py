# Ledger: an object workload in the spirit of pystone, on a small bank.
#
# Accounts of three classes (a base class and two subclasses that override methods and
# call the base class's __init__) take a stream of deposits, withdrawals and transfers
# chosen by a linear congruential generator. Each operation builds a Record object,
# keeps it in a small ring of recent records, and goes through a few short method
# calls; a refused withdrawal raises and catches a user exception. At each month end
# every account applies its fee or interest, and the accounts are sorted through
# __lt__. What it stresses: method calls and bound methods, instance attribute loads
# and stores, class attributes, small objects allocated and dropped, try/except,
# small-int arithmetic and string comparisons.
import sys

RECENT = 8


class Refused(Exception):
    def __init__(self, account, amount):
        Exception.__init__(self, "refused")
        self.account = account
        self.amount = amount


class Record:
    def __init__(self, serial, kind, amount, memo=""):
        self.serial = serial
        self.kind = kind
        self.amount = amount
        self.memo = memo

    def signed(self):
        if self.kind == "debit":
            return -self.amount
        return self.amount

    def copy(self, serial):
        return Record(serial, self.kind, self.amount, memo=self.memo)

    def __eq__(self, other):
        if other is None:
            return False
        return self.kind == other.kind and self.amount == other.amount


class Account:
    title = "Account"
    fee = 3
    kind_code = 1

    def __init__(self, number, owner, balance):
        self.number = number
        self.owner = owner
        self.balance = balance
        self.recent = [None] * RECENT
        self.count = 0
        self.refusals = 0

    def limit(self):
        return 0

    def log(self, record):
        self.recent[self.count % RECENT] = record
        self.count += 1

    def deposit(self, record):
        self.balance += record.amount
        self.log(record)

    def withdraw(self, record):
        if record.amount > self.balance + self.limit():
            self.refusals += 1
            raise Refused(self, record.amount)
        self.balance -= record.amount
        self.log(record)

    def month_end(self):
        self.balance -= self.fee

    def last(self):
        if self.count == 0:
            return None
        return self.recent[(self.count - 1) % RECENT]

    def __lt__(self, other):
        if self.balance != other.balance:
            return self.balance < other.balance
        return self.number < other.number

    def __repr__(self):
        return "%s#%d(%s, %d)" % (self.title, self.number, self.owner, self.balance)


class Savings(Account):
    title = "Savings"
    fee = 0
    kind_code = 2

    def __init__(self, number, owner, balance, rate):
        Account.__init__(self, number, owner, balance)
        self.rate = rate

    def month_end(self):
        if self.balance > 0:
            self.balance += self.balance * self.rate // 1000


class Checking(Account):
    title = "Checking"
    kind_code = 3

    def __init__(self, number, owner, balance, overdraft=500):
        Account.__init__(self, number, owner, balance)
        self.overdraft = overdraft

    def limit(self):
        return self.overdraft

    def month_end(self):
        Account.month_end(self)
        if self.balance < 0:
            self.balance -= 1 + (-self.balance) // 50


class Random:
    def __init__(self, seed):
        self.state = seed

    def next(self, bound):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 8) % bound


NAMES = ["ada", "bo", "cyd", "dee", "eli", "fay", "gus", "hal", "ivy", "jo", "kit", "lu"]
MEMOS = ["rent", "food", "fuel", "gift", "pay", "fees", ""]


def open_accounts(rng, count):
    accounts = []
    for i in range(count):
        owner = NAMES[i % len(NAMES)]
        opening = 100 + rng.next(900)
        choice = i % 3
        if choice == 0:
            accounts.append(Account(i, owner, opening))
        elif choice == 1:
            accounts.append(Savings(i, owner, opening, 2 + rng.next(5)))
        else:
            accounts.append(Checking(i, owner, opening, overdraft=100 * (1 + rng.next(6))))
    return accounts


def transfer(source, target, record, serial):
    source.withdraw(record)
    credit = record.copy(serial)
    credit.kind = "credit"
    target.deposit(credit)


def simulate(accounts, rng, operations, month_length):
    serial = 0
    refused_total = 0
    repeats = 0
    n = len(accounts)
    for op in range(operations):
        serial += 1
        account = accounts[rng.next(n)]
        action = rng.next(10)
        amount = 1 + rng.next(200)
        memo = MEMOS[rng.next(len(MEMOS))]
        if action < 4:
            record = Record(serial, "credit", amount, memo=memo)
            if record == account.last():
                repeats += 1
            account.deposit(record)
        elif action < 8:
            record = Record(serial, "debit", amount, memo)
            try:
                account.withdraw(record)
            except Refused as refused:
                refused_total += refused.amount
        else:
            target = accounts[rng.next(n)]
            if target is not account:
                serial += 1
                try:
                    transfer(account, target, Record(serial, "debit", amount), serial)
                except Refused as refused:
                    refused_total += refused.amount
        if op % month_length == month_length - 1:
            for a in accounts:
                a.month_end()
    return refused_total, repeats


def main():
    scale = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0
    operations = max(1, int(250000 * scale + 0.5))
    rng = Random(20240611)
    accounts = open_accounts(rng, 40)
    refused_total, repeats = simulate(accounts, rng, operations, 500)
    ranked = sorted(accounts)
    total = 0
    checksum = 0
    refusals = 0
    history = 0
    for a in ranked:
        total += a.balance
        checksum = (checksum * 31 + a.balance * a.kind_code) & 0xFFFFFFFF
        refusals += a.refusals
        for r in a.recent:
            if r is not None:
                history += r.signed()
    print("ledger operations=%d accounts=%d" % (operations, len(accounts)))
    print("total %d, checksum %08x, refusals %d (%d), repeats %d, recent %d" % (
        total, checksum, refusals, refused_total, repeats, history))
    print("poorest %r, richest %r" % (ranked[0], ranked[-1]))


main()
