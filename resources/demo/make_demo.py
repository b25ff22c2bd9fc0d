#!/usr/bin/env python3
"""Generates the demo month: an MT940 bank statement and a ledger CSV for October 2026.

Deterministic (fixed seed). The mix is what an analyst meets every month: customer receipts with
noisy references, supplier payments, salaries, rent, a subscription, bank fees and interest that
are not in the ledger yet, outstanding cheques and deposits in transit that are not in the bank
yet, a customer paying three invoices at once, and a receipt with a bank fee deducted.
Run: python3 resources/demo/make_demo.py resources/demo
"""
import datetime as dt
import random
import sys
from decimal import Decimal
from pathlib import Path

random.seed(20261031)
OUT = Path(sys.argv[1] if len(sys.argv) > 1 else ".")
IBAN = "DE89370400440532013000"
YEAR, MONTH = 2026, 10

CUSTOMERS = ["Acme Maschinenbau GmbH", "Brightline Logistics Ltd", "Café Schrödinger KG",
             "Dunmore & Partners LLP", "Elbe Solar AG", "Fjord Seafood AS", "Galerie Lumière SARL",
             "Hanse Textil GmbH & Co. KG", "Iberia Frutas S.L.", "Jansen Bouw B.V.",
             "Kowalski Meble Sp. z o.o.", "Lindqvist Design AB"]
SUPPLIERS = ["Stadtwerke Nord", "Papier & Co. GmbH", "CloudHost Europe", "Autohaus Becker",
             "Bürobedarf Schulze", "DHL Paket GmbH", "Telekom Deutschland", "Versicherung Allianz"]


def day(d):
    return dt.date(YEAR, MONTH, d)


def business_days():
    d = day(1)
    while d.month == MONTH:
        if d.weekday() < 5:
            yield d
        d += dt.timedelta(days=1)


DAYS = list(business_days())
bank = []    # (value_date, amount Decimal, type, ref, text fields dict)
ledger = []  # (id, date, amount, description, reference, counterparty)
inv_no = 4700
led_no = 1


def next_ledger_id():
    global led_no
    led_no += 1
    return f"GL-2026-{led_no:05d}"


def mangle(ref):
    forms = [ref, ref.replace("-", ""), ref.replace("-", " ").lower(), "/" + ref.replace("-", "/"),
             ref.replace("INV-2026-", "Rechnung ")]
    return random.choice(forms)


def money(lo, hi):
    return Decimal(random.randint(lo * 100, hi * 100)) / 100


# Customer receipts: one invoice each, matched by noisy reference.
for _ in range(120):
    inv_no += 1
    ref = f"INV-2026-{inv_no:06d}"
    cust = random.choice(CUSTOMERS)
    amt = money(80, 9500)
    booked = random.choice(DAYS[:-2])
    paid = booked + dt.timedelta(days=random.randint(0, 3))
    while paid.weekday() >= 5:
        paid += dt.timedelta(days=1)
    if paid.month != MONTH:
        paid = booked
    ledger.append((next_ledger_id(), booked, amt, f"Invoice {ref} {cust}", ref, cust))
    bank.append((paid, amt, "NTRF", ref, {"text": f"SVWZ+{mangle(ref)}", "name": cust.upper()[:27]}))

# Supplier payments.
for _ in range(70):
    sup = random.choice(SUPPLIERS)
    amt = -money(40, 4800)
    booked = random.choice(DAYS[:-1])
    po = f"PO-{random.randint(10000, 99999)}"
    ledger.append((next_ledger_id(), booked, amt, f"Supplier payment {sup} {po}", po, sup))
    bank.append((booked, amt, "NTRF", po, {"text": f"SVWZ+{po} Zahlung", "name": sup.upper()}))

# Salaries on the 28th and rent + subscription (recurring, same amount each month).
for name in ["M. Keller", "S. Yilmaz", "J. Novak", "A. Dubois", "P. Rossi", "L. Schmidt"]:
    amt = -money(2600, 5200)
    ledger.append((next_ledger_id(), day(28), amt, f"Salary October {name}", "SAL-2026-10", name))
    bank.append((day(28), amt, "NSAL", "SAL-2026-10", {"text": "SVWZ+Lohn Gehalt 10/2026", "name": name.upper()}))
ledger.append((next_ledger_id(), day(1), Decimal("-3850.00"), "Office rent October", "RENT-2026-10", "Immobilien Hafen GmbH"))
bank.append((day(1), Decimal("-3850.00"), "NSTO", "RENT-2026-10", {"text": "SVWZ+Miete Oktober 2026", "name": "IMMOBILIEN HAFEN GMBH"}))
for d in (day(5),):
    ledger.append((next_ledger_id(), d, Decimal("-49.90"), "CloudHost subscription 2026-10", "SUB-8812-2610", "CloudHost Europe"))
    bank.append((d, Decimal("-49.90"), "NDDT", "SUB-8812-2610", {"text": "SVWZ+SUB-8812-2610 Abo", "name": "CLOUDHOST EUROPE"}))

# A customer pays three invoices at once (1 bank : 3 ledger).
refs = []
total = Decimal(0)
for _ in range(3):
    inv_no += 1
    ref = f"INV-2026-{inv_no:06d}"
    amt = money(300, 2500)
    refs.append(ref)
    total += amt
    ledger.append((next_ledger_id(), day(8), amt, f"Invoice {ref} Elbe Solar AG", ref, "Elbe Solar AG"))
bank.append((day(14), total, "NTRF", "SAMMEL", {"text": "SVWZ+" + " ".join(refs), "name": "ELBE SOLAR AG"}))

# A receipt with a bank fee deducted (ledger 2400.00, bank 2385.00).
inv_no += 1
ref = f"INV-2026-{inv_no:06d}"
ledger.append((next_ledger_id(), day(12), Decimal("2400.00"), f"Invoice {ref} Fjord Seafood AS", ref, "Fjord Seafood AS"))
bank.append((day(15), Decimal("2385.00"), "NTRF", ref, {"text": f"SVWZ+{ref} less charges EUR 15.00", "name": "FJORD SEAFOOD AS"}))

# Bank-only items: fees and interest not yet booked in the ledger.
bank.append((day(30), Decimal("-12.50"), "NCHG", "NONREF", {"text": "Kontofuehrungsgebuehr 10/2026", "name": ""}))
bank.append((day(30), Decimal("-3.20"), "NCHG", "NONREF", {"text": "Entgelt Auslandsueberweisung", "name": ""}))
bank.append((day(30), Decimal("4.87"), "NINT", "NONREF", {"text": "Habenzinsen 10/2026", "name": ""}))

# Ledger-only items: outstanding cheques and deposits in transit.
for n, amt in [(10441, Decimal("-1250.00")), (10442, Decimal("-318.40"))]:
    ledger.append((next_ledger_id(), day(29), amt, f"Cheque {n} Autohaus Becker", f"CHQ-{n}", "Autohaus Becker"))
inv_no += 1
ledger.append((next_ledger_id(), day(30), Decimal("5600.00"), f"Deposit in transit INV-2026-{inv_no:06d}", f"INV-2026-{inv_no:06d}", "Hanse Textil GmbH & Co. KG"))

bank.sort(key=lambda b: (b[0], b[3]))
ledger.sort(key=lambda l: (l[1], l[0]))


def mt_amount(a):
    return f"{abs(a):.2f}".replace(".", ",")


def wrap86(fields):
    s = "".join(fields)
    lines = [s[i:i + 65] for i in range(0, len(s), 65)]
    return lines


opening = Decimal("84213.55")
closing = opening + sum(b[1] for b in bank)
lines = [":20:STMT202610", f":25:{IBAN}", ":28C:00010/001",
         f":60F:{'C' if opening >= 0 else 'D'}{day(1) - dt.timedelta(days=1):%y%m%d}EUR{mt_amount(opening)}"]
for i, (d, amt, typ, ref, text) in enumerate(bank, 1):
    mark = "C" if amt >= 0 else "D"
    cref = ref if ref != "NONREF" else "NONREF"
    lines.append(f":61:{d:%y%m%d}{d:%m%d}{mark}{mt_amount(amt)}{typ}{cref[:16]}//26{MONTH:02d}{i:06d}")
    fields = ["166" if amt >= 0 else "177", "?00UEBERWEISUNG"]
    t = text["text"]
    for k, chunk in enumerate([t[j:j + 27] for j in range(0, len(t), 27)][:10]):
        fields.append(f"?{20 + k}{chunk}")
    if text["name"]:
        fields.append(f"?32{text['name'][:27]}")
    lines += [":86:" + l if n == 0 else l for n, l in enumerate(wrap86(fields))]
lines.append(f":62F:{'C' if closing >= 0 else 'D'}{day(31):%y%m%d}EUR{mt_amount(closing)}")
lines.append("-")
(OUT / "bank_statement_2026-10.sta").write_text("\r\n".join(lines) + "\r\n", encoding="latin-1")

with open(OUT / "ledger_2026-10.csv", "w", encoding="utf-8", newline="") as f:
    f.write("id,date,amount,currency,description,reference,counterparty\n")
    for (i, d, amt, desc, ref, cp) in ledger:
        def q(s):
            return '"' + s.replace('"', '""') + '"' if ("," in s or '"' in s) else s
        f.write(f"{i},{d.isoformat()},{amt:.2f},EUR,{q(desc)},{q(ref)},{q(cp)}\n")
print(f"bank {len(bank)} entries, ledger {len(ledger)} lines, closing {closing}")
