#!/usr/bin/env python3
"""What the export costs in Python: the same item sheets as `recon export --xlsx` (Summary,
Matched, Unmatched left, Unmatched right, Exceptions, Rules), same columns, amounts as numbers
with a currency format and dates as real dates, written with openpyxl's write-only mode.
Usage: openpyxl_export_baseline.py WS OUT.xlsx"""
import datetime as dt
import sqlite3
import sys

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell

ws_path, out = sys.argv[1], sys.argv[2]
db = sqlite3.connect(ws_path)
wb = Workbook(write_only=True)
EPOCH = dt.date(1, 1, 1).toordinal() + 1721424  # julian day of 0001-01-01


def jd(v):
    return None if v is None else dt.date.fromordinal(v - 1721425 + 1)


def money(sheet, minor, cur):
    c = WriteOnlyCell(sheet, value=minor / 100)
    c.number_format = '#,##0.00 "' + cur + '"'
    return c


def day(sheet, v):
    c = WriteOnlyCell(sheet, value=jd(v))
    c.number_format = "yyyy-mm-dd"
    return c


s = wb.create_sheet("Summary")
s.append(["Item", "Amount", "Currency", "Count", "Total"])
for side in (0, 1):
    n, total = db.execute("SELECT COUNT(*), COALESCE(SUM(amount_minor),0) FROM transactions WHERE side=?", (side,)).fetchone()
    s.append([f"side {side}", total / 100, "EUR", n, total / 100])

m = wb.create_sheet("Matched")
m.append(["Group", "Side", "Date", "Value date", "Amount", "Currency", "Description", "Reference",
          "Counterparty", "Rule", "Score", "Status", "Group difference", "Reason code",
          "Confirmed by", "Confirmed at"])
for row in db.execute(
        "SELECT hex(g.id), t.side, t.booking_date, t.value_date, t.amount_minor, t.currency, "
        "t.description, t.reference, t.counterparty, g.rule, g.score, g.status, "
        "g.difference_minor, g.reason_code, g.confirmed_by, g.confirmed_at FROM match_groups g "
        "JOIN match_members mm ON mm.group_id = g.id JOIN transactions t ON t.id = mm.tx_id "
        "WHERE g.active = 1 ORDER BY g.id, t.side, t.id"):
    m.append([row[0], "left" if row[1] == 0 else "right", day(m, row[2]), day(m, row[3]),
              money(m, row[4], row[5]), row[5], row[6], row[7], row[8], row[9], row[10], row[11],
              money(m, row[12], row[5]), row[13], row[14], row[15]])

today = dt.date.today()
for side, name in ((0, "Unmatched left"), (1, "Unmatched right")):
    u = wb.create_sheet(name)
    u.append(["Item", "Date", "Value date", "Amount", "Currency", "Description", "Reference",
              "Counterparty", "Account", "External id", "Status", "Age (days)"])
    for row in db.execute(
            "SELECT hex(uuid), booking_date, value_date, amount_minor, currency, description, "
            "reference, counterparty, account, external_id, status FROM transactions "
            "WHERE side = ? AND status IN (0, 3) ORDER BY id", (side,)):
        d = jd(row[1])
        u.append([row[0], day(u, row[1]), day(u, row[2]), money(u, row[3], row[4]), row[4],
                  row[5], row[6], row[7], row[8], row[9], row[10], (today - d).days if d else None])

e = wb.create_sheet("Exceptions")
e.append(["Kind", "Item or group", "Side", "Date", "Amount", "Currency", "Difference",
          "Reason code", "Status", "Investigated", "Comment", "Age (days)"])
r = wb.create_sheet("Rules")
r.append(["Rule set", "Version", "SHA-256", "Stored at", "Active groups"])
wb.save(out)
