#!/usr/bin/python3
"""Synthetic bank statement vs ledger data with the hard cases of real reconciliations.

Writes bank.csv (left), ledger.csv (right) and truth.csv (the true groups) into OUT_DIR.
Both CSVs have exactly the columns id,date,amount,currency,description,reference,counterparty
(ISO dates, '.' decimals). truth.csv has group,side,id (side left = bank, right = ledger).

Mix: references in bank text with noise (missing dashes, spaces, lower case, slashes), truncated
and upper-cased counterparties, bank fees deducted, small FX differences, one payment for several
invoices of one customer (with and without references), instalments, monthly subscriptions of
the same amount, same-day identical amounts, ledger-only and bank-only items.

Usage: gen_recon_data.py --ledger N [--seed S] [--out DIR]   (standard library only)
"""
import argparse
import csv
import datetime
import os
import random

WORDS = ["Acme", "Nordic", "Blue", "River", "Summit", "Alpha", "Delta", "Quantum", "Green",
         "Silver", "Oak", "Pioneer", "Harbor", "Vertex", "Atlas", "Crown", "Falcon", "Maple",
         "Orion", "Pacific", "Granite", "Beacon", "Cedar", "Eagle", "Horizon", "Liberty",
         "Meridian", "Phoenix", "Sterling", "Titan", "Union", "Velvet", "Willow", "Zenith"]
TRADES = ["Trading", "Logistics", "Software", "Consulting", "Foods", "Textiles", "Machinery",
          "Pharma", "Energy", "Media", "Retail", "Systems", "Holdings", "Partners", "Services"]
FORMS = ["GmbH", "Ltd", "Inc", "AG", "B.V.", "S.A.", "LLC", "KG", ""]
CCY = ["EUR"] * 8 + ["USD", "GBP"]


def company(rng, i):
    name = "%s %s %s" % (rng.choice(WORDS), rng.choice(WORDS), rng.choice(TRADES))
    if rng.random() < 0.5:
        name = "%s %s" % (rng.choice(WORDS), rng.choice(TRADES))
    name += " %d" % (i % 97) if rng.random() < 0.3 else ""
    form = rng.choice(FORMS)
    return (name + " " + form).strip()


def bank_name(rng, name):
    """How the bank shows a counterparty: upper-cased, truncated, legal form dropped."""
    r = rng.random()
    if r < 0.35:
        name = name.upper()
    elif r < 0.5:
        name = name.upper()[:18]
    elif r < 0.6:
        parts = name.split()
        if len(parts) > 2 and parts[-1] in FORMS:
            name = " ".join(parts[:-1])
    if rng.random() < 0.1:
        name = name[:27]
    return name.strip()


def noisy_ref(rng, ref):
    """INV-2026-004711 -> INV2026004711 / inv 2026 004711 / /INV/2026/004711 / ..."""
    parts = ref.split("-")
    r = rng.random()
    if r < 0.25:
        s = "".join(parts)
    elif r < 0.45:
        s = " ".join(parts).lower()
    elif r < 0.6:
        s = "/" + "/".join(parts)
    elif r < 0.7:
        s = ref.lower()
    else:
        s = ref
    return s


def money(minor):
    sign = "-" if minor < 0 else ""
    minor = abs(minor)
    return "%s%d.%02d" % (sign, minor // 100, minor % 100)


class Gen:
    def __init__(self, n, seed):
        self.rng = random.Random(seed)
        self.n = n
        self.bank = []
        self.ledger = []
        self.truth = []
        self.group = 0
        self.inv = 0
        self.start = datetime.date(2026, 1, 1)
        ncust = max(20, n // 15)
        self.customers = [company(self.rng, i) for i in range(ncust)]

    def day(self, offset=None):
        if offset is None:
            offset = self.rng.randrange(0, 330)
        return self.start + datetime.timedelta(days=offset)

    def next_ref(self, prefix="INV"):
        self.inv += 1
        return "%s-2026-%06d" % (prefix, self.inv)

    def add_bank(self, date, amount, ccy, desc, ref, cpty):
        bid = "B%08d" % (len(self.bank) + 1)
        self.bank.append([bid, date.isoformat(), money(amount), ccy, desc, ref, cpty])
        return bid

    def add_ledger(self, date, amount, ccy, desc, ref, cpty):
        lid = "L%08d" % (len(self.ledger) + 1)
        self.ledger.append([lid, date.isoformat(), money(amount), ccy, desc, ref, cpty])
        return lid

    def link(self, bids, lids):
        self.group += 1
        for b in bids:
            self.truth.append([self.group, "left", b])
        for l in lids:
            self.truth.append([self.group, "right", l])

    def amount(self):
        r = self.rng.random()
        if r < 0.5:
            return self.rng.randrange(1000, 100000)
        if r < 0.9:
            return self.rng.randrange(100000, 2000000)
        return self.rng.randrange(2000000, 50000000)

    def bank_text(self, ref, cust):
        forms = ["Payment %s", "%s", "Invoice %s thank you", "SEPA CT %s %s" % ("%s", cust.upper()[:12]),
                 "Zahlung Rechnung %s", "RE %s"]
        return self.rng.choice(forms) % noisy_ref(self.rng, ref)

    def simple(self, kind):
        rng = self.rng
        cust = rng.choice(self.customers)
        ccy = rng.choice(CCY)
        amt = self.amount()
        if rng.random() < 0.25:
            amt = -amt  # supplier payment: money out on both sides
        d = self.day()
        ref = self.next_ref("INV" if amt > 0 else "PO")
        lid = self.add_ledger(d, amt, ccy, ("Invoice " if amt > 0 else "Supplier bill ") + cust, ref, cust)
        bd = d + datetime.timedelta(days=rng.randrange(0, 5))
        bamt = amt
        if kind == "fee" and amt > 0:
            bamt = amt - rng.choice([50, 150, 250, 500, 750, 1000, 1500])
            if bamt <= 0:
                bamt = amt
        elif kind == "fx":
            bamt = amt + int(amt * rng.uniform(-0.008, 0.008))
        if kind == "noref":
            desc = rng.choice(["Payment", "Transfer", "SEPA credit transfer", "Online banking"])
            bref = ""
        else:
            desc = self.bank_text(ref, cust)
            bref = "" if rng.random() < 0.7 else "E2E%09d" % rng.randrange(10 ** 9)
        bid = self.add_bank(bd, bamt, ccy, desc, bref, bank_name(rng, cust))
        self.link([bid], [lid])

    def batch(self):
        rng = self.rng
        cust = rng.choice(self.customers)
        ccy = rng.choice(CCY)
        k = rng.randrange(2, 6)
        d = self.day()
        lids, refs, total = [], [], 0
        for _ in range(k):
            amt = rng.randrange(5000, 300000)
            ref = self.next_ref()
            lids.append(self.add_ledger(d - datetime.timedelta(days=rng.randrange(0, 20)), amt, ccy,
                                        "Invoice " + cust, ref, cust))
            refs.append(ref)
            total += amt
        if rng.random() < 0.6:
            desc = "Payment " + " ".join(noisy_ref(rng, r) for r in refs)
        else:
            desc = "Collective payment %d invoices" % k
        bid = self.add_bank(d + datetime.timedelta(days=rng.randrange(0, 4)), total, ccy, desc, "",
                            bank_name(rng, cust))
        self.link([bid], lids)

    def instalments(self):
        rng = self.rng
        cust = rng.choice(self.customers)
        ccy = rng.choice(CCY)
        k = rng.randrange(2, 4)
        amt = rng.randrange(50000, 2000000)
        d = self.day(rng.randrange(0, 240))
        ref = self.next_ref()
        lid = self.add_ledger(d, amt, ccy, "Invoice " + cust, ref, cust)
        parts = []
        left = amt
        for i in range(k - 1):
            p = left // (k - i)
            parts.append(p)
            left -= p
        parts.append(left)
        bids = []
        for i, p in enumerate(parts):
            bids.append(self.add_bank(d + datetime.timedelta(days=5 + 30 * i + rng.randrange(0, 3)), p, ccy,
                                      "Instalment %d/%d %s" % (i + 1, k, noisy_ref(rng, ref)), "",
                                      bank_name(rng, cust)))
        self.link(bids, [lid])

    def subscriptions(self):
        """Same customer, same amount every month: only date and reference tell them apart."""
        rng = self.rng
        cust = rng.choice(self.customers)
        amt = rng.randrange(900, 20000)
        months = rng.randrange(3, 10)
        first = rng.randrange(0, 28)
        custno = rng.randrange(10 ** 5, 10 ** 6)
        with_ref = rng.random() < 0.6
        for m in range(months):
            d = self.day(first + 30 * m)
            ref = "SUB-%d-%02d" % (custno, m + 1)
            lid = self.add_ledger(d, amt, "EUR", "Subscription " + cust, ref, cust)
            desc = ("Subscription %s" % noisy_ref(rng, ref)) if with_ref else "Monthly subscription"
            bid = self.add_bank(d + datetime.timedelta(days=rng.randrange(0, 3)), amt, "EUR", desc, "",
                                bank_name(rng, cust))
            self.link([bid], [lid])
        return months

    def same_day_twins(self):
        rng = self.rng
        amt = self.amount()
        d = self.day()
        for _ in range(2):
            cust = rng.choice(self.customers)
            ref = self.next_ref()
            lid = self.add_ledger(d, amt, "EUR", "Invoice " + cust, ref, cust)
            bid = self.add_bank(d + datetime.timedelta(days=1), amt, "EUR", self.bank_text(ref, cust), "",
                                bank_name(rng, cust))
            self.link([bid], [lid])

    def ledger_only(self):
        rng = self.rng
        cust = rng.choice(self.customers)
        amt = -self.amount() if rng.random() < 0.5 else self.amount()
        self.add_ledger(self.day(), amt, rng.choice(CCY), "Cheque " if amt < 0 else "Deposit in transit",
                        self.next_ref("CHQ"), cust)

    def bank_only(self):
        rng = self.rng
        r = rng.random()
        if r < 0.5:
            self.add_bank(self.day(), -rng.randrange(100, 5000), "EUR", "Account maintenance fee", "", "BANK")
        elif r < 0.8:
            self.add_bank(self.day(), rng.randrange(1, 20000), "EUR", "Interest", "", "BANK")
        else:
            cust = rng.choice(self.customers)
            self.add_bank(self.day(), self.amount(), "EUR", "Returned direct debit", "",
                          bank_name(rng, cust))

    def run(self):
        rng = self.rng
        while len(self.ledger) < self.n:
            r = rng.random()
            if r < 0.50:
                self.simple("plain")
            elif r < 0.57:
                self.simple("fee")
            elif r < 0.61:
                self.simple("fx")
            elif r < 0.68:
                self.simple("noref")
            elif r < 0.74:
                self.batch()
            elif r < 0.78:
                self.instalments()
            elif r < 0.86:
                self.subscriptions()
            elif r < 0.90:
                self.same_day_twins()
            elif r < 0.95:
                self.ledger_only()
            else:
                self.bank_only()
                self.bank_only()


def write(path, header, rows):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--ledger", type=int, default=10000, help="number of ledger entries")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", default=".")
    a = ap.parse_args()
    g = Gen(a.ledger, a.seed)
    g.run()
    os.makedirs(a.out, exist_ok=True)
    cols = ["id", "date", "amount", "currency", "description", "reference", "counterparty"]
    # shuffle rows so nothing can rely on file order
    g.rng.shuffle(g.bank)
    g.rng.shuffle(g.ledger)
    write(os.path.join(a.out, "bank.csv"), cols, g.bank)
    write(os.path.join(a.out, "ledger.csv"), cols, g.ledger)
    write(os.path.join(a.out, "truth.csv"), ["group", "side", "id"], g.truth)
    print("bank %d ledger %d groups %d" % (len(g.bank), len(g.ledger), g.group))


if __name__ == "__main__":
    main()
