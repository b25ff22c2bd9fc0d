#!/usr/bin/env python3
"""What the export costs in Python: the same item sheets as `recon export --xlsx` (Summary,
Matched, Unmatched left, Unmatched right, Exceptions, Rules, Evidence), the same columns, rows,
order and cell types: ids as dashed UUID text, statuses as names, amounts as numbers with a
currency format, dates and timestamps as real dates, scores as percentages, per-currency totals
rows with SUMIF/COUNTIF formulas, header row frozen and autofiltered. Written with openpyxl's
write-only mode. What it leaves out: the statement figures of the Summary sheet and the content
hashes of the Evidence sheet (recon does both on top).
Usage: openpyxl_export_baseline.py WS OUT.xlsx"""
import datetime as dt
import sqlite3
import sys

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell

ws_path, out = sys.argv[1], sys.argv[2]
db = sqlite3.connect(ws_path)
wb = Workbook(write_only=True)
JD_OF_ORDINAL_0 = 1721425  # QDate::toJulianDay(0001-01-01) is 1721426, its ordinal is 1
EFF = "COALESCE(t.booking_date, t.value_date)"
STATUS = {0: "open", 1: "proposed", 2: "confirmed", 3: "exception", 4: "resolved"}
ACTIVE = ("EXISTS (SELECT 1 FROM match_members m JOIN match_groups g ON g.id = m.group_id "
          "WHERE m.tx_id = t.id AND g.active = 1)")
today = dt.date.today()


def jd(v):
    return None if v is None else dt.date.fromordinal(v - JD_OF_ORDINAL_0)


def uuid(b):
    h = b.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def money(sheet, minor, cur):
    c = WriteOnlyCell(sheet, value=minor / 100)
    c.number_format = f'#,##0.00 "{cur}";-#,##0.00 "{cur}"'
    return c


def day(sheet, v):
    if v is None:
        return None
    c = WriteOnlyCell(sheet, value=jd(v))
    c.number_format = "yyyy-mm-dd"
    return c


def stamp(sheet, iso):
    if iso is None:
        return None
    c = WriteOnlyCell(sheet, value=dt.datetime.fromisoformat(iso.replace("Z", "")))
    c.number_format = "yyyy-mm-dd hh:mm:ss"
    return c


def percent(sheet, v):
    c = WriteOnlyCell(sheet, value=round(v * 10000) / 10000)
    c.number_format = "0.00%"
    return c


def integer(sheet, v):
    c = WriteOnlyCell(sheet, value=v)
    c.number_format = "0"
    return c


def table(name, header):
    s = wb.create_sheet(name)
    s.freeze_panes = "A2"
    s.append(header)
    return s


def totals(s, name, n, ncols, amount_col, cur_col, sums):
    s.auto_filter.ref = f"A1:{chr(64 + ncols)}{n + 1}"
    s.append([])
    a, c = chr(65 + amount_col), chr(65 + cur_col)
    for cur, (count, total) in sorted(sums.items()):
        row = [None] * ncols
        row[0] = "Total " + cur
        row[1] = f"=COUNTIF('{name}'!${c}$2:${c}${n + 1},\"{cur}\")"
        row[amount_col] = f"=SUMIF('{name}'!${c}$2:${c}${n + 1},\"{cur}\",'{name}'!${a}$2:${a}${n + 1})"
        row[cur_col] = cur
        s.append(row)


def add(sums, cur, minor):
    c = sums.setdefault(cur, [0, 0])
    c[0] += 1
    c[1] += minor


s = wb.create_sheet("Summary")
s.append(["Item", "Amount", "Currency", "Count", "Total"])
for side in (0, 1):
    n, total = db.execute("SELECT COUNT(*), COALESCE(SUM(amount_minor),0) FROM transactions WHERE side=?", (side,)).fetchone()
    s.append([f"side {side}", total / 100, "EUR", n, total / 100])

m = table("Matched", ["Group", "Side", "Date", "Value date", "Amount", "Currency", "Description",
                      "Reference", "Counterparty", "Rule", "Score", "Status", "Group difference",
                      "Reason code", "Confirmed by", "Confirmed at"])
n, sums = 0, {}
for row in db.execute(
        "SELECT g.id, t.side, t.booking_date, t.value_date, t.amount_minor, t.currency, "
        "t.description, t.reference, t.counterparty, g.rule, g.score, g.status, "
        "g.difference_minor, g.currency, g.reason_code, g.confirmed_by, g.confirmed_at "
        "FROM match_groups g JOIN match_members m ON m.group_id = g.id JOIN transactions t ON "
        "t.id = m.tx_id WHERE g.active = 1 "
        "ORDER BY g.created_at, g.id, t.side, t.booking_date, t.id"):
    add(sums, row[5], row[4])
    m.append([uuid(row[0]), "left" if row[1] == 0 else "right", day(m, row[2]), day(m, row[3]),
              money(m, row[4], row[5]), row[5], row[6], row[7], row[8], row[9],
              percent(m, row[10]), STATUS[row[11]],
              money(m, row[12], row[13]) if row[13] else None, row[14], row[15],
              stamp(m, row[16])])
    n += 1
totals(m, "Matched", n, 16, 4, 5, sums)

for side, name in ((0, "Unmatched left"), (1, "Unmatched right")):
    u = table(name, ["Item", "Date", "Value date", "Amount", "Currency", "Description",
                     "Reference", "Counterparty", "Account", "External id", "Status",
                     "Age (days)"])
    n, sums = 0, {}
    for row in db.execute(
            "SELECT t.uuid, t.booking_date, t.value_date, t.amount_minor, t.currency, "
            "t.description, t.reference, t.counterparty, t.account, t.external_id, t.status, "
            f"{EFF} FROM transactions t WHERE t.side = ? AND NOT {ACTIVE} ORDER BY {EFF}, t.id",
            (side,)):
        add(sums, row[4], row[3])
        d = jd(row[11])
        u.append([uuid(row[0]), day(u, row[1]), day(u, row[2]), money(u, row[3], row[4]), row[4],
                  row[5], row[6], row[7], row[8], row[9], STATUS[row[10]],
                  integer(u, (today - d).days) if d else None])
        n += 1
    totals(u, name, n, 12, 3, 4, sums)

e = table("Exceptions", ["Kind", "Item or group", "Side", "Date", "Amount", "Currency",
                         "Difference", "Reason code", "Status", "Investigated", "Comment",
                         "Age (days)"])
r = table("Rules", ["Rule set", "Version", "SHA-256", "Stored at", "Active groups"])
for row in db.execute("SELECT name, version, hash, created_at FROM rule_sets ORDER BY name, version"):
    r.append([row[0], integer(r, row[1]), row[2], stamp(r, row[3]), integer(r, 0)])
ev = wb.create_sheet("Evidence")
ev.append(["Key", "Value"])
ev.append(["workspace", ws_path])
wb.save(out)
