#!/usr/bin/env python3
"""Checks an HTML report and what a real browser made of it.

Usage: check-html-report.py REPORT.html [--png PAGE.png] [--pdf REPORT.pdf] [--min-pages N]

The HTML must parse as HTML5 with no parse error (html5lib), be in British English, request
nothing (no script, stylesheet, image, frame, font or url() of any kind; links only to http,
https or a fragment of the page), have headings in order, and give every <svg> a <title> and a
<desc> and every chart a data table in <details>. The PNG must not be blank; the PDF must have
at least N pages. Prints one line per check and 'N passed, N failed'; exits 1 on a failure.
"""
import argparse
import re
import struct
import subprocess
import sys
import zlib

import html5lib

SVG = "{http://www.w3.org/2000/svg}"
XHTML = "{http://www.w3.org/1999/xhtml}"

results = []


def check(name, ok, detail=""):
    results.append(ok)
    print(("ok     " if ok else "FAILED ") + name + ("" if ok or not detail else ": " + detail))


def local(tag):
    return tag.split("}", 1)[-1] if isinstance(tag, str) else ""


def png_pixels(path):
    """Decodes an 8-bit RGB or RGBA PNG (what Chromium writes) into rows of pixel tuples."""
    data = open(path, "rb").read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG")
    offset, idat, header = 8, b"", None
    while offset < len(data):
        length, kind = struct.unpack(">I4s", data[offset:offset + 8])
        body = data[offset + 8:offset + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        offset += 12 + length
    width, height, depth, color, _, _, interlace = header
    if depth != 8 or color not in (2, 6) or interlace:
        raise ValueError(f"unsupported PNG (depth {depth}, colour type {color})")
    channels = 3 if color == 2 else 4
    raw = zlib.decompress(idat)
    stride = width * channels
    rows, previous, position = [], bytearray(stride), 0
    for _ in range(height):
        kind = raw[position]
        line = bytearray(raw[position + 1:position + 1 + stride])
        position += 1 + stride
        for i in range(stride):
            left = line[i - channels] if i >= channels else 0
            up = previous[i]
            corner = previous[i - channels] if i >= channels else 0
            if kind == 1:
                line[i] = (line[i] + left) & 0xFF
            elif kind == 2:
                line[i] = (line[i] + up) & 0xFF
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 0xFF
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                predictor = left if pa <= pb and pa <= pc else (up if pb <= pc else corner)
                line[i] = (line[i] + predictor) & 0xFF
        rows.append(line)
        previous = line
    return width, height, channels, rows


def pdf_pages(path):
    data = open(path, "rb").read()
    counted = len(re.findall(rb"/Type\s*/Page(?![A-Za-z])", data))
    try:
        info = subprocess.run(["pdfinfo", path], capture_output=True, text=True, check=True).stdout
        match = re.search(r"^Pages:\s+(\d+)", info, re.M)
        if match:
            return int(match.group(1)), counted
    except (OSError, subprocess.CalledProcessError):
        pass
    return counted, counted


def main():
    arguments = argparse.ArgumentParser()
    arguments.add_argument("html")
    arguments.add_argument("--png")
    arguments.add_argument("--pdf")
    arguments.add_argument("--min-pages", type=int, default=1)
    options = arguments.parse_args()

    text = open(options.html, encoding="utf-8").read()
    parser = html5lib.HTMLParser(tree=html5lib.getTreeBuilder("etree"))
    document = parser.parse(text)
    errors = [f"line {line}:{column} {code} {data}" for (line, column), code, data in parser.errors]
    check("parses as HTML5 with no parse error", not errors, "; ".join(errors[:5]))
    check("starts with <!DOCTYPE html>", text.startswith("<!DOCTYPE html>"))

    elements = list(document.iter())
    root = document if local(document.tag) == "html" else next(e for e in elements if local(e.tag) == "html")
    check("lang is en-GB", root.get("lang") == "en-GB", repr(root.get("lang")))

    requesting = [local(e.tag) for e in elements if local(e.tag) in
                  ("script", "link", "img", "iframe", "object", "embed", "video", "audio", "source", "base", "image", "use", "foreignObject")]
    check("no element that loads anything", not requesting, ", ".join(sorted(set(requesting))))
    sourced = [f"{local(e.tag)} {k}" for e in elements for k in e.keys()
               if local(k) in ("src", "srcset", "data", "poster", "background", "action", "formaction")
               or (local(k) == "href" and local(e.tag) != "a")]
    check("no attribute that loads anything", not sourced, ", ".join(sorted(set(sourced))))
    styles = "".join((e.text or "") for e in elements if local(e.tag) == "style")
    styles += "".join(e.get("style", "") for e in elements)
    check("styles load nothing (no url(), no @import)",
          "url(" not in styles.replace(" ", "") and "@import" not in styles)
    bad_links = [e.get("href") for e in elements if local(e.tag) == "a"
                 and not re.match(r"^(https?://[^\s]+|#[A-Za-z][\w-]*)$", e.get("href") or "")]
    check("links only to http, https or the page itself", not bad_links, ", ".join(map(str, bad_links[:5])))
    ids = {e.get("id") for e in elements if e.get("id")}
    dangling = [e.get("href") for e in elements if local(e.tag) == "a"
                and (e.get("href") or "").startswith("#") and e.get("href")[1:] not in ids]
    check("every fragment link has its target", not dangling, ", ".join(dangling[:5]))

    levels = [int(local(e.tag)[1]) for e in elements if re.fullmatch(r"h[1-6]", local(e.tag))]
    jumps = [f"h{a} then h{b}" for a, b in zip(levels, levels[1:]) if b > a + 1]
    check("headings in order (one h1 first, never skipping a level)",
          bool(levels) and levels[0] == 1 and levels.count(1) == 1 and not jumps, ", ".join(jumps[:5]))

    svgs = [e for e in elements if e.tag == SVG + "svg"]
    untitled = [i for i, svg in enumerate(svgs) if not any(c.tag == SVG + "title" and (c.text or "").strip() for c in svg)]
    undescribed = [i for i, svg in enumerate(svgs) if not any(c.tag == SVG + "desc" and (c.text or "").strip() for c in svg)]
    check(f"every <svg> has a <title> ({len(svgs)} pictures)", bool(svgs) and not untitled, f"{len(untitled)} without")
    check("every <svg> has a <desc>", not undescribed, f"{len(undescribed)} without")
    figures = [e for e in elements if local(e.tag) == "figure"]
    bare = [f.get("id") for f in figures
            if any(c.tag == SVG + "svg" for c in f.iter())
            and not any(local(d.tag) == "details" and any(local(t.tag) == "table" for t in d.iter()) for d in f)]
    check(f"every chart has a data table in <details> ({len(figures)} figures)", bool(figures) and not bare, ", ".join(map(str, bare[:5])))
    numbers = re.findall(r"\b(?:nan|NaN|inf|Infinity)\b", re.sub(r"<[^>]+>", " ", text))
    check("no NaN or infinity shown", not numbers, ", ".join(numbers[:5]))

    if options.png:
        width, height, channels, rows = png_pixels(options.png)
        inked, colours = 0, set()
        for row in rows[::2]:
            for x in range(0, width * channels, channels * 2):
                pixel = bytes(row[x:x + 3])
                colours.add(pixel)
                if sum(pixel) < 600:
                    inked += 1
        sampled = (len(rows[::2])) * len(range(0, width * channels, channels * 2))
        share = inked / max(1, sampled)
        check(f"screenshot is not blank ({width}x{height}, {share:.1%} inked, {len(colours)} colours)",
              share > 0.01 and len(colours) > 16)

    if options.pdf:
        pages, counted = pdf_pages(options.pdf)
        check(f"PDF has at least {options.min_pages} pages ({pages})", pages >= options.min_pages)
        # Each authority's section starts a page: its heading is the first line of some page.
        headings = [" ".join("".join(h.itertext()).split()) for e in elements
                    if local(e.tag) == "section" and "authority" in (e.get("class") or "").split()
                    for h in e if local(h.tag) == "h2"]
        try:
            firsts = []
            for page in range(1, pages + 1):
                out = subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), options.pdf, "-"],
                                     capture_output=True, text=True, check=True).stdout
                lines = [" ".join(line.split()) for line in out.splitlines() if line.strip()]
                firsts.append(lines[0] if lines else "")
            missing = [h for h in headings if not any(first and h.startswith(first[:30]) for first in firsts)]
            check(f"each of the {len(headings)} authorities starts a printed page", bool(headings) and not missing,
                  "; ".join(missing[:5]))
        except (OSError, subprocess.CalledProcessError) as error:
            print(f"note: pdftotext unavailable ({error}); page starts not checked")

    passed = sum(results)
    print(f"{passed} passed, {len(results) - passed} failed")
    return 0 if passed == len(results) else 1


if __name__ == "__main__":
    sys.exit(main())
