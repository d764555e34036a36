"""The printed layout of one sheet of an .xlsx as openpyxl reads it, as JSON on stdout: page,
margins (mm), gridlines, print titles, page-number header, merges, row heights and every written
cell's value, font and alignment. Used by test/documents/writers.test.ts to compare the writers."""
import json
import sys

import openpyxl

book = openpyxl.load_workbook(sys.argv[1])
ws = book[sys.argv[2]]
hf = ws.HeaderFooter
center = ws.oddHeader.center
header = None
if center.text:
    header = (f'&"{center.font}"' if center.font else '') + (f'&{center.size}' if center.size else '') + center.text
cells = {}
for row in ws.iter_rows():
    for c in row:
        if c.value is None or c.value == '':
            continue
        f = c.font
        a = c.alignment
        cells[c.coordinate] = {
            'value': c.value,
            'font': f.name,
            'size': float(f.sz) if f.sz else None,
            'bold': bool(f.b),
            'italic': bool(f.i),
            'underline': bool(f.u),
            'align': a.horizontal or 'general',
            'middle': a.vertical == 'center',
            'wrap': bool(a.wrap_text),
            'border': c.border.left.style == 'thin' and c.border.right.style == 'thin' and c.border.top.style == 'thin' and c.border.bottom.style == 'thin',
        }
m = ws.page_margins
print(json.dumps({
    'paper': ws.page_setup.paperSize and int(ws.page_setup.paperSize),
    'orientation': ws.page_setup.orientation,
    'margins': [round(x * 25.4) for x in (m.top, m.bottom, m.left, m.right)],
    'gridlines': ws.sheet_view.showGridLines,
    'printTitles': ws.print_title_rows,
    'header': header,
    'differentFirst': bool(hf.differentFirst),
    'merges': sorted(str(r) for r in ws.merged_cells.ranges),
    'heights': {str(r): d.height for r, d in ws.row_dimensions.items() if d.height is not None},
    'cells': cells,
}, ensure_ascii=False))
