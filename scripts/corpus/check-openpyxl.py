#!/usr/bin/python3
"""Opens each workbook named on the command line with openpyxl; prints {file: [sheet names]} or
{file: "error: …"} as JSON. Used by test/corpus to check that result workbooks open in openpyxl."""
import json
import sys

import openpyxl

out = {}
for name in sys.argv[1:]:
    try:
        wb = openpyxl.load_workbook(name)
        out[name] = wb.sheetnames
    except Exception as e:  # noqa: BLE001 - every failure is reported, by file
        out[name] = "error: %s: %s" % (type(e).__name__, e)
print(json.dumps(out, ensure_ascii=False))
