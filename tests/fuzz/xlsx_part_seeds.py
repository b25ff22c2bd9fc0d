#!/usr/bin/env python3
"""Seeds for fuzz_xlsx_parts: for each .xlsx given (files or directories), write one file holding
xl/workbook.xml, xl/_rels/workbook.xml.rels, xl/sharedStrings.xml, xl/styles.xml and the first
worksheet, joined with the byte 0x01 (the harness splits on it).

    tests/fuzz/xlsx_part_seeds.py OUT_DIR ../shared/fixtures/real/xlsx tests/data/import/xlsx
"""
import pathlib
import sys
import zipfile

PARTS = ["xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/sharedStrings.xml", "xl/styles.xml"]


def seeds(paths):
    for p in paths:
        p = pathlib.Path(p)
        yield from (sorted(p.rglob("*.xlsx")) if p.is_dir() else [p])


def main():
    out = pathlib.Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    n = 0
    for path in seeds(sys.argv[2:]):
        try:
            with zipfile.ZipFile(path) as z:
                names = z.namelist()
                sheets = sorted(x for x in names if x.startswith("xl/worksheets/") and x.endswith(".xml"))
                parts = [z.read(x) if x in names else b"" for x in PARTS]
                parts.append(z.read(sheets[0]) if sheets else b"")
        except (zipfile.BadZipFile, OSError, KeyError):
            continue  # the deliberately broken cases
        (out / f"{path.parent.name}_{path.stem}.parts").write_bytes(b"\x01".join(parts))
        n += 1
    print(f"{n} seeds in {out}")


if __name__ == "__main__":
    main()
