"""No text in a PDF runs into its neighbour: read back with
`pdftotext -bbox`, two words next to each other on a line are at least a
word space apart (a table's cells have 4.5 pt of inset on each side; a
word that overflows its cell comes closer to the next cell's text, or
lies on it). Prints each offender; exit 1 if there is one.

    python3 overlap.py FILE.html   (the output of pdftotext -bbox)
"""
import re
import sys

# A space in the documents' smallest text (7.5 pt) is about 2.1 pt wide.
MIN_GAP = 1.5

html = open(sys.argv[1], encoding="utf-8").read()
WORD = re.compile(
    r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>'
)
bad = []
for number, page in enumerate(html.split("<page ")[1:], 1):
    words = [
        (float(x0), float(y0), float(x1), float(y1), text)
        for x0, y0, x1, y1, text in WORD.findall(page)
    ]
    for i, (x0, y0, x1, y1, text) in enumerate(words):
        for (u0, v0, u1, v1, other) in words[i + 1 :]:
            same_line = min(y1, v1) - max(y0, v0) > 0.5 * min(y1 - y0, v1 - v0)
            if not same_line:
                continue
            left, right = ((x0, x1), (u0, u1)) if x0 <= u0 else ((u0, u1), (x0, x1))
            if right[0] - left[1] < MIN_GAP:
                bad.append(f"page {number}: '{text}' and '{other}'")
for b in bad:
    print(b)
sys.exit(1 if bad else 0)
