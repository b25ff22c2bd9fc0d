#!/usr/bin/env python3
"""Writes a ledger CSV of N rows (default 1,000,000, about 170 MB) for the import benchmark:
id,date,amount,currency,description,reference,counterparty with realistic text lengths."""
import random
import sys

n = int(sys.argv[2]) if len(sys.argv) > 2 else 1_000_000
out = sys.argv[1] if len(sys.argv) > 1 else "ledger_1m.csv"
random.seed(7)
words = ["Invoice", "payment", "customer", "supplier", "transfer", "October", "services",
         "consulting", "licence", "maintenance", "shipment", "order", "refund", "fee"]
with open(out, "w", encoding="utf-8", newline="") as f:
    f.write("id,date,amount,currency,description,reference,counterparty\n")
    for i in range(n):
        d = f"2026-{1 + i % 12:02d}-{1 + i % 28:02d}"
        amt = random.randint(-500000, 900000)
        desc = " ".join(random.choice(words) for _ in range(6)) + f" INV-2026-{i % 999999:06d} order {i}"
        f.write(f"GL-{i:08d},{d},{amt / 100:.2f},EUR,{desc},INV-2026-{i % 999999:06d},"
                f"Customer {i % 50000:05d} Handelsgesellschaft mbH\n")
