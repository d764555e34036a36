#!/usr/bin/python3
"""Corpus: a cluster workbook last saved by openpyxl (what pandas and most Python scripts use).

Usage: /usr/bin/python3 scripts/corpus/make-openpyxl.py <source.xlsx> <out-folder>

Writes into <out-folder>:
  openpyxl-plain.xlsx   the source re-saved by openpyxl (r: declared on each <sheet>, absolute targets)
  openpyxl-extras.xlsx  the same with a comment, an Excel table, a chart, a hyperlink and a
                        data-validation list on a sheet of its own and on the data sheet
  openpyxl-fresh.xlsx   a new workbook made cell by cell from the source's values (openpyxl's own
                        styles, no LibreOffice parts at all), inline strings off
The source's cell values are kept as they are, so each file ranks as the source does.
"""
import sys
from pathlib import Path

import openpyxl
from openpyxl.chart import BarChart, Reference
from openpyxl.comments import Comment
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.table import Table, TableStyleInfo


def extras(wb):
    ws = wb.create_sheet("Ghi chú")
    ws.append(["Mục", "Giá trị"])
    ws.append(["Số đơn vị", 5])
    ws.append(["Số tiêu chí", 9])
    ws.append(["Nguồn", "https://example.org/thidua"])
    ws["B4"].hyperlink = "https://example.org/thidua"
    ws["A1"].comment = Comment("Bảng phụ, không phải dữ liệu chấm điểm", "openpyxl")
    table = Table(displayName="BangGhiChu", ref="A1:B3")
    table.tableStyleInfo = TableStyleInfo(name="TableStyleMedium9", showRowStripes=True)
    ws.add_table(table)
    chart = BarChart()
    chart.add_data(Reference(ws, min_col=2, min_row=1, max_row=3), titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=1, min_row=2, max_row=3))
    ws.add_chart(chart, "D2")
    dv = DataValidation(type="list", formula1='"có,không"', allow_blank=True)
    ws.add_data_validation(dv)
    dv.add("C2:C9")
    data = wb["Số liệu"] if "Số liệu" in wb.sheetnames else wb.worksheets[1]
    data["G2"].comment = Comment("Minh chứng: báo cáo năm", "openpyxl")
    data["G3"].hyperlink = "https://example.org/minh-chung"


def fresh(src):
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for ws in src.worksheets:
        out = wb.create_sheet(ws.title)
        for row in ws.iter_rows():
            for c in row:
                if c.value is not None:
                    out.cell(row=c.row, column=c.column, value=c.value)
    return wb


def main():
    source, folder = Path(sys.argv[1]), Path(sys.argv[2])
    folder.mkdir(parents=True, exist_ok=True)
    openpyxl.load_workbook(source).save(folder / "openpyxl-plain.xlsx")
    wb = openpyxl.load_workbook(source)
    extras(wb)
    wb.save(folder / "openpyxl-extras.xlsx")
    fresh(openpyxl.load_workbook(source)).save(folder / "openpyxl-fresh.xlsx")


if __name__ == "__main__":
    main()
