#!/usr/bin/env python3
"""The peer: the Figures sheet's cells written with Python XlsxWriter (pip install XlsxWriter).

Usage: figures_peer.py CELLS OUTPUT.xlsx [--constant-memory]

Reads the cells file of `trustmetrics-bench phase cells` first, untimed, then writes the same
cells, formats, row heights, widths, table (or autofilter) as the floor and the Swift
FiguresSheet, and prints `seconds=…` for Workbook() to close(). Exits 69 when XlsxWriter is
not installed, so the harness can skip it with a note.
"""
import sys
import time

try:
    import xlsxwriter
except ImportError:
    print("XlsxWriter is not installed (pip install XlsxWriter)", file=sys.stderr)
    sys.exit(69)

COLUMNS = 13


def unescape(text):
    if "\\" not in text:
        return text
    out, index = [], 0
    while index < len(text):
        char = text[index]
        if char == "\\" and index + 1 < len(text):
            index += 1
            char = {"t": "\t", "n": "\n"}.get(text[index], text[index])
        out.append(char)
        index += 1
    return "".join(out)


def main():
    if len(sys.argv) < 3:
        print("usage: figures_peer.py CELLS OUTPUT.xlsx [--constant-memory]", file=sys.stderr)
        return 64
    constant = len(sys.argv) > 3 and sys.argv[3] == "--constant-memory"
    with open(sys.argv[1], encoding="utf-8") as handle:
        lines = handle.read().split("\n")
    widths = [float(x) for x in lines[0].split("\t")[1:]]
    formats = [unescape(x) for x in lines[1].split("\t")[1:]]
    header_fields = lines[2].split("\t")
    header_height = float(header_fields[1])
    headers = [unescape(x) for x in header_fields[2:]]
    rows = []
    for line in lines[3:]:
        if not line:
            continue
        fields = line.split("\t")
        texts = [unescape(x) for x in fields[2:]]
        rows.append((float(fields[0]), int(fields[1]), texts))

    start = time.perf_counter()
    workbook = xlsxwriter.Workbook(sys.argv[2], {"constant_memory": constant})
    sheet = workbook.add_worksheet("Figures")
    header = workbook.add_format(
        {"bold": True, "pattern": 1, "bg_color": "#DDEBF7", "valign": "top",
         "text_wrap": True, "bottom": 1})
    text = workbook.add_format({"valign": "top"})
    wrapped = workbook.add_format({"valign": "top", "text_wrap": True})
    integer = workbook.add_format({"num_format": "0", "valign": "top"})
    values = [workbook.add_format({"num_format": f, "valign": "top"}) for f in formats]
    last = max(len(rows), 1)
    if constant:
        sheet.autofilter(0, 0, last, COLUMNS - 1)
    if header_height > 0:
        sheet.set_row(0, header_height)
    for column, title in enumerate(headers):
        sheet.write_string(0, column, title, header)
    for index, (height, unit, texts) in enumerate(rows, start=1):
        if height > 0:
            sheet.set_row(index, height)
        for column in range(COLUMNS):
            if column == 4:
                sheet.write_number(index, 4, float(texts[4]), values[unit % len(values)])
            elif column == 10:
                if texts[10]:
                    sheet.write_number(index, 10, float(texts[10]), integer)
                else:
                    sheet.write_blank(index, 10, None, integer)
                    sheet.write_comment(index, 10, "The quote was not found in the source.")
            else:
                sheet.write_string(index, column, texts[column],
                                   wrapped if column == 12 else text)
    for column, width in enumerate(widths):
        sheet.set_column(column, column, width)
    sheet.freeze_panes(1, 0)
    if not constant:
        sheet.add_table(0, 0, last, COLUMNS - 1, {
            "name": "Figures", "style": "Table Style Light 9",
            "columns": [{"header": h, "header_format": header} for h in headers]})
    sheet.set_landscape()
    sheet.fit_to_pages(1, 0)
    workbook.close()
    print(f"seconds={time.perf_counter() - start:.6f} rows={len(rows)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
