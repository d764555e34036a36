"""Renders each page of a PDF to a PNG with PDFium, the PDF renderer LibreOffice ships
(program/libpdfiumlo.so), through ctypes: for machines with LibreOffice but without poppler's
pdftoppm. Standard library only (the PNG is written with zlib).

    /usr/bin/python3 scripts/docs/pdf-to-png.py <file.pdf> <out-prefix> [dpi]

writes <out-prefix>-1.png, <out-prefix>-2.png, … and prints their names. pdftoppm, when installed,
is used instead by scripts/docs/screenshots.js (`pdftoppm -png -r <dpi>`), which gives the same pages.
"""
import ctypes
import os
import struct
import sys
import zlib

CANDIDATES = [
    os.environ.get('THIDUA_PDFIUM', ''),
    '/usr/lib/libreoffice/program/libpdfiumlo.so',
    '/opt/libreoffice/program/libpdfiumlo.so',
]


def load():
    for path in CANDIDATES:
        if path and os.path.exists(path):
            lib = ctypes.CDLL(path)
            lib.FPDF_LoadDocument.restype = ctypes.c_void_p
            lib.FPDF_LoadDocument.argtypes = [ctypes.c_char_p, ctypes.c_char_p]
            lib.FPDF_GetPageCount.argtypes = [ctypes.c_void_p]
            lib.FPDF_LoadPage.restype = ctypes.c_void_p
            lib.FPDF_LoadPage.argtypes = [ctypes.c_void_p, ctypes.c_int]
            lib.FPDF_GetPageWidth.restype = ctypes.c_double
            lib.FPDF_GetPageWidth.argtypes = [ctypes.c_void_p]
            lib.FPDF_GetPageHeight.restype = ctypes.c_double
            lib.FPDF_GetPageHeight.argtypes = [ctypes.c_void_p]
            lib.FPDFBitmap_Create.restype = ctypes.c_void_p
            lib.FPDFBitmap_Create.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_int]
            lib.FPDFBitmap_FillRect.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_int, ctypes.c_int, ctypes.c_int, ctypes.c_ulong]
            lib.FPDFBitmap_GetBuffer.restype = ctypes.c_void_p
            lib.FPDFBitmap_GetBuffer.argtypes = [ctypes.c_void_p]
            lib.FPDFBitmap_GetStride.argtypes = [ctypes.c_void_p]
            lib.FPDF_RenderPageBitmap.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int, ctypes.c_int, ctypes.c_int, ctypes.c_int, ctypes.c_int, ctypes.c_int]
            lib.FPDF_ClosePage.argtypes = [ctypes.c_void_p]
            lib.FPDFBitmap_Destroy.argtypes = [ctypes.c_void_p]
            lib.FPDF_CloseDocument.argtypes = [ctypes.c_void_p]
            return lib
    sys.exit('pdf-to-png: LibreOffice\'s PDFium (program/libpdfiumlo.so) was not found; set THIDUA_PDFIUM')


def png(width, height, rows):
    def chunk(kind, data):
        return struct.pack('>I', len(data)) + kind + data + struct.pack('>I', zlib.crc32(kind + data) & 0xFFFFFFFF)
    raw = b''.join(b'\x00' + r for r in rows)
    return b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', width, height, 8, 2, 0, 0, 0)) + chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b'')


def main():
    pdf, prefix = sys.argv[1], sys.argv[2]
    dpi = float(sys.argv[3]) if len(sys.argv) > 3 else 100
    lib = load()
    lib.FPDF_InitLibrary()
    doc = lib.FPDF_LoadDocument(pdf.encode(), None)
    if not doc:
        sys.exit(f'pdf-to-png: cannot open {pdf}')
    for i in range(lib.FPDF_GetPageCount(doc)):
        page = lib.FPDF_LoadPage(doc, i)
        w = int(round(lib.FPDF_GetPageWidth(page) * dpi / 72))
        h = int(round(lib.FPDF_GetPageHeight(page) * dpi / 72))
        bitmap = lib.FPDFBitmap_Create(w, h, 0)
        lib.FPDFBitmap_FillRect(bitmap, 0, 0, w, h, 0xFFFFFFFF)
        lib.FPDF_RenderPageBitmap(bitmap, page, 0, 0, w, h, 0, 0x01)  # FPDF_ANNOT
        stride = lib.FPDFBitmap_GetStride(bitmap)
        buf = ctypes.string_at(lib.FPDFBitmap_GetBuffer(bitmap), stride * h)
        rows = []
        for y in range(h):
            line = buf[y * stride:y * stride + w * 4]
            rgb = bytearray(w * 3)
            rgb[0::3] = line[2::4]  # BGRx → RGB
            rgb[1::3] = line[1::4]
            rgb[2::3] = line[0::4]
            rows.append(bytes(rgb))
        out = f'{prefix}-{i + 1}.png'
        with open(out, 'wb') as f:
            f.write(png(w, h, rows))
        print(out)
        lib.FPDFBitmap_Destroy(bitmap)
        lib.FPDF_ClosePage(page)
    lib.FPDF_CloseDocument(doc)


main()
