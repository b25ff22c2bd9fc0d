#!/usr/bin/python3
"""What an analyst writes in pandas: the baseline `recon reconcile` is measured against.

Pass 1: the ledger reference appears in the bank text (letters and digits only, upper case)
        and the amounts are equal.
Pass 2: what is left, equal amount (and currency) within 3 days, kept only when the pair is
        unique on both sides.
Writes the same group,side,id,rule,score,status CSV as `recon reconcile --matches`.

Usage: pandas_baseline.py bank.csv ledger.csv OUT.csv
"""
import re
import sys

import pandas as pd

NON_ALNUM = re.compile(r"[^0-9A-Z]")


def norm(s):
    return s.fillna("").astype(str).str.upper().str.replace(NON_ALNUM, "", regex=True)


def main():
    bank_path, ledger_path, out_path = sys.argv[1:4]
    cols = {"id": str, "amount": str, "currency": str, "description": str, "reference": str,
            "counterparty": str}
    bank = pd.read_csv(bank_path, dtype=cols, keep_default_na=False, parse_dates=["date"])
    ledger = pd.read_csv(ledger_path, dtype=cols, keep_default_na=False, parse_dates=["date"])
    # exact amounts as integer cents (never floats for money)
    for df in (bank, ledger):
        df["cents"] = df["amount"].str.replace(".", "", regex=False).astype("int64")
    bank["text"] = norm(bank["description"]) + "|" + norm(bank["reference"])
    ledger["ref"] = norm(ledger["reference"])

    # pass 1: reference in text + equal amount
    cand = bank[["id", "cents", "currency", "text"]].merge(
        ledger[["id", "cents", "currency", "ref"]], on=["cents", "currency"], suffixes=("_b", "_l"))
    cand = cand[cand["ref"].str.len() >= 5]
    hit = [r in t for r, t in zip(cand["ref"], cand["text"])]
    p1 = cand[hit]
    p1 = p1[~p1["id_b"].duplicated(keep=False) & ~p1["id_l"].duplicated(keep=False)]

    # pass 2: equal amount within 3 days, unique on both sides
    b2 = bank[~bank["id"].isin(p1["id_b"])]
    l2 = ledger[~ledger["id"].isin(p1["id_l"])]
    cand2 = b2[["id", "cents", "currency", "date"]].merge(
        l2[["id", "cents", "currency", "date"]], on=["cents", "currency"], suffixes=("_b", "_l"))
    cand2 = cand2[(cand2["date_b"] - cand2["date_l"]).abs() <= pd.Timedelta(days=3)]
    p2 = cand2[~cand2["id_b"].duplicated(keep=False) & ~cand2["id_l"].duplicated(keep=False)]

    rows = []
    g = 0
    for rule, df in (("reference_amount", p1), ("amount_date_unique", p2)):
        for b, l in zip(df["id_b"], df["id_l"]):
            g += 1
            rows.append((g, "left", b, rule, "1.0000", "proposed"))
            rows.append((g, "right", l, rule, "1.0000", "proposed"))
    pd.DataFrame(rows, columns=["group", "side", "id", "rule", "score", "status"]).to_csv(
        out_path, index=False)
    print("pass1 %d pass2 %d" % (len(p1), len(p2)))


if __name__ == "__main__":
    main()
