#!/usr/bin/python3
"""Regenerates the input.xlsx files of the XLSX golden cases (Debian python3-openpyxl).

Run from this directory; then review every expected.json change by hand.
"""
import datetime
import io
import os
import zipfile

import openpyxl

MAIN_NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
REL_NS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'


def write_zip(path, entries, compression=zipfile.ZIP_DEFLATED):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with zipfile.ZipFile(path, "w", compression) as z:
        for name, data in entries:
            z.writestr(zipfile.ZipInfo(name, (2024, 1, 1, 0, 0, 0)), data,
                       compress_type=compression)


def workbook_parts(sheet_xml, shared=None, styles=None, date1904=False, sheets=("Sheet1",)):
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          f'<workbook {MAIN_NS} {REL_NS}><workbookPr date1904="{1 if date1904 else 0}"/><sheets>')
    rels = ('<?xml version="1.0" encoding="UTF-8"?><Relationships '
            'xmlns="http://schemas.openxmlformats.org/package/2006/relationships">')
    for i, name in enumerate(sheets, 1):
        wb += f'<sheet name="{name}" sheetId="{i}" r:id="rId{i}"/>'
        rels += (f'<Relationship Id="rId{i}" Type="http://schemas.openxmlformats.org/officeDocument/'
                 f'2006/relationships/worksheet" Target="worksheets/sheet{i}.xml"/>')
    rels += ('<Relationship Id="rS" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
             'relationships/sharedStrings" Target="sharedStrings.xml"/>'
             '<Relationship Id="rT" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
             'relationships/styles" Target="/xl/styles.xml"/></Relationships>')
    wb += '</sheets></workbook>'
    entries = [("[Content_Types].xml", "<Types/>"), ("xl/workbook.xml", wb),
               ("xl/_rels/workbook.xml.rels", rels)]
    for i, xml in enumerate(sheet_xml, 1):
        entries.append((f"xl/worksheets/sheet{i}.xml", xml))
    if shared is not None:
        entries.append(("xl/sharedStrings.xml", shared))
    if styles is not None:
        entries.append(("xl/styles.xml", styles))
    return entries


def openpyxl_case():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Umsätze"
    ws.append(["Kontoauszug", None, None, None])
    ws.append([])
    ws.append(["Buchungstag", "Verwendungszweck", "Betrag", "Währung"])
    rows = [(datetime.date(2024, 3, 1), "Miete März", -950.5, "EUR"),
            (datetime.date(2024, 3, 4), "Gehalt", 3200, "EUR"),
            (datetime.datetime(2024, 3, 7, 1, 0), "Kartenzahlung Bäckerei", -4.2, "EUR"),
            (datetime.date(2024, 3, 29), "Zinsen", 0.01, "EUR")]
    for r in rows:
        ws.append(list(r))
    for row in ws.iter_rows(min_row=4, max_col=1):
        for c in row:
            c.number_format = "dd.mm.yyyy"
    other = wb.create_sheet("Notes")
    other.append(["not", "read"])
    buf = io.BytesIO()
    wb.save(buf)
    with open("openpyxl_german_dates/input.xlsx", "wb") as f:
        f.write(buf.getvalue())


def handmade_case():
    shared = (f'<sst {MAIN_NS}><si><t>Date</t></si><si><t>Amount</t></si>'
              '<si><r><t>Pay</t></r><r><rPr><b/></rPr><t xml:space="preserve">ee </t></r>'
              '<rPh><t>IGNORED</t></rPh></si><si><t>ACME &amp; Co</t></si></sst>')
    styles = (f'<styleSheet {MAIN_NS}><numFmts count="1"><numFmt numFmtId="164" '
              'formatCode="[$-409]d\\-mmm\\-yy;@"/></numFmts><cellXfs count="3">'
              '<xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="4"/></cellXfs></styleSheet>')
    sheet = (f'<worksheet {MAIN_NS}><sheetData>'
             '<row r="2"><c r="B2" t="s"><v>0</v></c><c r="C2" t="s"><v>1</v></c>'
             '<c r="E2" t="s"><v>2</v></c></row>'
             # 1904 system: serial 43890 = 2024-03-01; exponent and 17-digit numbers
             '<row r="3"><c r="B3" s="1"><v>43890</v></c><c r="C3" s="2"><v>-1.2345E3</v></c>'
             '<c r="E3" t="s"><v>3</v></c></row>'
             '<row r="4"><c r="B4" s="1"><v>43891.75</v></c><c r="C4"><v>1E-2</v></c>'
             '<c r="E4" t="inlineStr"><is><t>Inline</t></is></c></row>'
             '<row r="6"><c r="B6" s="1" t="str"><f>TODAY()</f><v>2024-03-05</v></c>'
             '<c r="C6"><f>C3+C4</f><v>-1234.49</v></c><c r="D6" t="b"><v>1</v></c>'
             '<c r="E6" t="inlineStr"><is><r><t>Rich</t></r><r><t> inline</t></r></is></c></row>'
             '</sheetData></worksheet>')
    write_zip("handmade_1904_inline_exponent/input.xlsx",
              workbook_parts([sheet], shared, styles, date1904=True))


def malformed_cases():
    os.makedirs("not_a_zip", exist_ok=True)
    with open("not_a_zip/input.xlsx", "wb") as f:
        f.write(b"Date;Amount\n2024-01-01;5,00\n")
    write_zip("zip_without_workbook/input.xlsx",
              [("[Content_Types].xml", "<Types/>"), ("word/document.xml", "<document/>")])
    # About 5 MiB of rows that deflate to ~20 KiB: refused by the inflation-ratio cap.
    row = '<row><c t="inlineStr"><is><t>AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA</t></is></c></row>'
    bomb = f'<worksheet {MAIN_NS}><sheetData>' + row * 60000 + '</sheetData></worksheet>'
    write_zip("zip_bomb/input.xlsx", workbook_parts([bomb]))
    whole = open("openpyxl_german_dates/input.xlsx", "rb").read()
    os.makedirs("truncated", exist_ok=True)
    with open("truncated/input.xlsx", "wb") as f:
        f.write(whole[: len(whole) // 2])
    # Stored (uncompressed) sheet whose XML stops in the middle of a row.
    sheet = (f'<worksheet {MAIN_NS}><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Date'
             '</t></is></c></row><row r="2"><c r="A2"><v>4')
    write_zip("sheet_xml_cut_short/input.xlsx", workbook_parts([sheet]), zipfile.ZIP_STORED)


if __name__ == "__main__":
    for d in ("openpyxl_german_dates",):
        os.makedirs(d, exist_ok=True)
    openpyxl_case()
    handmade_case()
    malformed_cases()
