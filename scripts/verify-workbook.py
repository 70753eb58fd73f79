#!/usr/bin/env python3
"""Recalculate a workbook in LibreOffice and compare every formula's result with its cached value.

Usage: verify-workbook.py WORKBOOK.xlsx

1. Reads every formula cell and its cached value from the sheet XML.
2. Writes a copy with every cached value removed, so whatever LibreOffice reports must be its own
   calculation, and recalculates it headless with recalculation on load forced (profile setting
   org.openoffice.Office.Calc/Formula/Load OOXMLRecalcMode = 0), exporting every sheet as CSV.
3. Compares: numbers within 1e-9 relative (LibreOffice's CSV keeps 15 significant digits), text
   exactly.
4. Changes DiscountRate to 3% in another copy, recalculates, and checks that every NPV formula
   moved to the value of -cost + saving * (1 - 1.03^-n) / 0.03 computed here.
Exit status 0 when there are no differences, 1 otherwise, 2 when LibreOffice is missing.
"""
import csv
import math
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
import xml.etree.ElementTree as ET

NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
      "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships"}
REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
TOLERANCE = 1e-9

PROFILE = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
"""


def sheets(book):
    workbook = ET.fromstring(book.read("xl/workbook.xml"))
    rels = ET.fromstring(book.read("xl/_rels/workbook.xml.rels"))
    targets = {rel.get("Id"): rel.get("Target") for rel in rels.iter(REL + "Relationship")}
    result = []
    for sheet in workbook.iter("{%s}sheet" % NS["m"]):
        target = targets[sheet.get("{%s}id" % NS["r"])]
        result.append((sheet.get("name"), target.lstrip("/") if target.startswith("/") else "xl/" + target))
    return result


def cell_position(ref):
    letters = re.match(r"[A-Z]+", ref).group(0)
    column = 0
    for letter in letters:
        column = column * 26 + ord(letter) - 64
    return int(ref[len(letters):]) - 1, column - 1


def formula_cells(book):
    found = {}
    for name, path in sheets(book):
        root = ET.fromstring(book.read(path))
        for cell in root.iter("{%s}c" % NS["m"]):
            formula = cell.find("m:f", NS)
            if formula is None:
                continue
            value = cell.find("m:v", NS)
            found[(name, cell.get("r"))] = (formula.text, cell.get("t"), value.text if value is not None else None)
    return found


def rewrite(source, target, edit_sheet):
    """Copies the package, passing each worksheet's XML through edit_sheet(path, text)."""
    with zipfile.ZipFile(source) as book, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for item in book.infolist():
            data = book.read(item.filename)
            if item.filename.startswith("xl/worksheets/sheet"):
                data = edit_sheet(item.filename, data.decode("utf-8")).encode("utf-8")
            out.writestr(item, data)


def strip_cached(path, text):
    # <c ...><f>...</f><v>cached</v></c>: drop the cached value (and the str type).
    text = re.sub(r"(<f>[^<]*</f>)<v>[^<]*</v>", r"\1", text)
    return re.sub(r'(<c [^>]*?) t="str"', r"\1", text)


def recalculate(workbook, workdir):
    """Recalculates in LibreOffice; returns {sheet: rows} from its CSV export of every sheet."""
    profile = os.path.join(workdir, "profile")
    os.makedirs(os.path.join(profile, "user"), exist_ok=True)
    with open(os.path.join(profile, "user", "registrymodifications.xcu"), "w") as handle:
        handle.write(PROFILE)
    outdir = os.path.join(workdir, "csv-" + os.path.basename(workbook))
    os.makedirs(outdir, exist_ok=True)
    # Filter options: comma, double quote, UTF-8, from line 1, standard format, language, quoted
    # as text off, detect numbers on, save as shown OFF (full values), formulas off, no trimming,
    # sheet -1 = every sheet to its own file.
    options = "44,34,76,1,,1033,false,true,false,false,false,-1"
    subprocess.run(
        ["soffice", "--headless", "--norestore", "-env:UserInstallation=file://" + profile,
         "--convert-to", "csv:Text - txt - csv (StarCalc):" + options, "--outdir", outdir, workbook],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    stem = os.path.splitext(os.path.basename(workbook))[0]
    result = {}
    for name in os.listdir(outdir):
        if name.startswith(stem + "-") and name.endswith(".csv"):
            with open(os.path.join(outdir, name), newline="", encoding="utf-8") as handle:
                result[name[len(stem) + 1:-4]] = list(csv.reader(handle))
    return result


def value_at(table, ref):
    row, column = cell_position(ref)
    if row >= len(table) or column >= len(table[row]):
        return ""
    return table[row][column]


def differs(cached, kind, recalculated):
    if kind == "str":
        return cached != recalculated
    try:
        expected = float(cached)
        # A percentage format keeps its % sign in the CSV even with "save as shown" off.
        actual = float(recalculated[:-1]) / 100 if recalculated.endswith("%") else float(recalculated)
    except (TypeError, ValueError):
        return True
    return abs(expected - actual) > TOLERANCE * max(1.0, abs(expected))


def main():
    if len(sys.argv) != 2:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 64
    if shutil.which("soffice") is None:
        print("verify-workbook: soffice not found; install libreoffice-calc-nogui", file=sys.stderr)
        return 2
    source = sys.argv[1]
    with zipfile.ZipFile(source) as book:
        formulas = formula_cells(book)
        workbook_xml = book.read("xl/workbook.xml").decode("utf-8")
    names = dict(re.findall(r'<definedName name="([^"]+)">([^<]+)</definedName>', workbook_xml))
    workdir = tempfile.mkdtemp(prefix="verify-workbook-")
    try:
        stripped = os.path.join(workdir, "stripped.xlsx")
        rewrite(source, stripped, strip_cached)
        tables = recalculate(stripped, workdir)
        differences = []
        for (sheet, ref), (formula, kind, cached) in sorted(formulas.items()):
            actual = value_at(tables.get(sheet, []), ref)
            if cached is None or differs(cached, kind, actual):
                differences.append(f"{sheet}!{ref} ={formula}: cached {cached}, LibreOffice {actual}")
        per_sheet = {}
        for sheet, _ in formulas:
            per_sheet[sheet] = per_sheet.get(sheet, 0) + 1
        print("verify-workbook: %d formula cells compared (%s); %d differences beyond %g relative"
              % (len(formulas), ", ".join(f"{k} {v}" for k, v in per_sheet.items()), len(differences), TOLERANCE))
        for line in differences:
            print("  " + line)

        # Changing the assumption moves every NPV to the independently computed value.
        moved = checked = 0
        rate_ref = names.get("DiscountRate", "")
        horizon_ref = names.get("Horizon", "")
        if rate_ref and horizon_ref:
            rate_sheet, rate_cell = rate_ref.split("!")
            rate_cell = rate_cell.replace("$", "")
            horizon_cell = horizon_ref.split("!")[1].replace("$", "")
            sheet_paths = dict(sheets(zipfile.ZipFile(source)))
            rate_path = sheet_paths[rate_sheet]

            def set_rate(path, text):
                text = strip_cached(path, text)
                if path == rate_path:
                    text = re.sub(r'(<c r="%s"[^>]*>)<v>[^<]*</v>' % rate_cell, r"\g<1><v>0.03</v>", text)
                return text

            changed = os.path.join(workdir, "rate3.xlsx")
            rewrite(source, changed, set_rate)
            after = recalculate(changed, workdir).get(rate_sheet, [])
            horizon = float(value_at(after, horizon_cell))
            for (sheet, ref), (formula, kind, cached) in sorted(formulas.items()):
                match = re.fullmatch(r"PV\(DiscountRate,Horizon,-([A-Z]+\d+)\)-([A-Z]+\d+)", formula or "")
                if sheet != rate_sheet or not match:
                    continue
                saving = float(value_at(after, match.group(1)))
                cost = float(value_at(after, match.group(2)))
                expected = -cost + saving * (1 - 1.03 ** -horizon) / 0.03
                actual = float(value_at(after, ref))
                checked += 1
                if abs(actual - float(cached)) > 0.005:
                    moved += 1
                if abs(actual - expected) > TOLERANCE * max(1.0, abs(expected)):
                    differences.append(f"{sheet}!{ref} at 3%: LibreOffice {actual}, expected {expected}")
            print("verify-workbook: DiscountRate 3.5%% -> 3%%: %d of %d NPV formulas moved, each to "
                  "-cost + saving * (1 - 1.03^-n) / 0.03" % (moved, checked))
            sys.stdout.flush()
            if moved != checked or checked == 0:
                differences.append("changing DiscountRate did not move every NPV")
        if differences:
            print("verify-workbook: FAILED", file=sys.stderr)
            return 1
        print("verify-workbook: OK")
        return 0
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
