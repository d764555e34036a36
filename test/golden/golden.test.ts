/**
 * The golden test: what every surface produces today on every fixture, pinned before the code is
 * reorganised (issue "one job per use case"). A refactor must leave these pictures identical:
 * - the CLI: the printed ranking, the JSON and every sheet it adds to the result workbook (values,
 *   formulas, number formats, fonts, fills, borders, alignment, merges, widths, page setup, print
 *   titles, header/footer), and the chart part, in Vietnamese and in English;
 * - the pane (the Office.js host on the in-memory Excel): every sheet, defined name and chart it writes;
 * - the custom function THIDUA.RESULTS and THIDUA.NOMINATIONS over the fixture's ranges.
 *
 * The pictures live in test/golden/pinned/*.json.gz. A deliberate change of output is re-pinned with
 * `GOLDEN_UPDATE=1 npx jest test/golden` and shows in the diff of those files for review.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { MemoryWorkbook } from "../../src/testing/fake-excel";
import { sheetSnapshot } from "../../src/testing/fake-excel/book";
import { createOfficeApi } from "../../src/hosts/office";
import { nominations, results } from "../../src/functions/functions";
import {
  fixtureRanges,
  installCustomFunctions,
} from "../functions/excel-runtime";
import { fixtureGrid } from "../support/office";
import { FIXTURES, loadWorkbook, run, tempDir } from "../cli/helpers";

const NAMES = ["example-a", "hai-phong-huyen-2024", "cong-an-cum-347"];
const LANGS = ["vi", "en"] as const;
const UPDATE = process.env.GOLDEN_UPDATE === "1";

/** Compares a picture with its pinned copy (gzipped JSON, one line per entry of the big lists). */
function golden(file: string, picture: unknown): void {
  const where = path.join(__dirname, "pinned", `${file}.gz`);
  const text = `${JSON.stringify(picture, null, 1)}\n`;
  if (UPDATE || !existsSync(where)) {
    if (process.env.CI && !UPDATE)
      throw new Error(`${file} is missing: pin it with GOLDEN_UPDATE=1`);
    writeFileSync(where, gzipSync(text, { level: 9 }));
  }
  expect(JSON.parse(text)).toEqual(
    JSON.parse(gunzipSync(readFileSync(where)).toString("utf8")),
  );
}

/** Styles stored once and cited by number, so the pictures stay small. */
class Styles {
  readonly list: unknown[] = [];
  private readonly index = new Map<string, number>();
  of(style: unknown): number {
    const key = JSON.stringify(style);
    let i = this.index.get(key);
    if (i === undefined) {
      i = this.list.length;
      this.list.push(style);
      this.index.set(key, i);
    }
    return i;
  }
}

/** One worksheet written by exceljs-readable writers, as plain data. */
function sheetPicture(ws: ExcelJS.Worksheet, styles: Styles): unknown {
  const cells: unknown[] = [];
  ws.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: true }, (cell) => {
      const style = cell.style ?? {};
      const border = style.border
        ? Object.fromEntries(
            Object.entries(style.border).map(([k, v]) => [
              k,
              (v as { style?: string } | undefined)?.style ?? null,
            ]),
          )
        : null;
      cells.push([
        cell.address,
        cell.value instanceof Date ? cell.value.toISOString() : cell.value,
        styles.of({
          numFmt: style.numFmt ?? null,
          font: style.font
            ? {
                name: style.font.name,
                size: style.font.size,
                bold: style.font.bold ?? false,
                italic: style.font.italic ?? false,
                color: style.font.color ?? null,
              }
            : null,
          fill: style.fill ?? null,
          alignment: style.alignment ?? null,
          border,
        }),
      ]);
    });
  });
  const widths: unknown[] = [];
  ws.columns?.forEach((c, i) =>
    widths.push([i + 1, c.width ?? null, c.hidden ?? false]),
  );
  const rowHeights: unknown[] = [];
  ws.eachRow({ includeEmpty: true }, (row, n) => {
    if (row.height) rowHeights.push([n, row.height]);
  });
  return {
    name: ws.name,
    state: ws.state,
    cells,
    merges: Object.keys(
      (ws as unknown as { _merges: Record<string, unknown> })._merges ?? {},
    ).sort(),
    widths,
    rowHeights,
    pageSetup: ws.pageSetup,
    headerFooter: ws.headerFooter,
    views: ws.views,
    autoFilter: ws.autoFilter ?? null,
    conditional:
      (ws as unknown as { conditionalFormattings?: unknown[] })
        .conditionalFormattings ?? [],
  };
}

/** The paths in the CLI's messages differ run to run: only the file names stay. */
function portable(text: string, dir: string): string {
  return text.split(dir).join("<dir>").split(FIXTURES).join("<fixtures>");
}

describe("golden: the CLI on every fixture", () => {
  for (const name of NAMES)
    for (const lang of LANGS)
      test(`${name} (${lang}): printed ranking, JSON and result workbook`, async () => {
        const tmp = tempDir();
        try {
          const input = path.join(FIXTURES, `${name}.xlsx`);
          const out = tmp.file("out.xlsx");
          const json = tmp.file("out.json");
          const printed = await run(
            "score",
            input,
            "--out",
            out,
            "--json",
            json,
            "--audit",
            "--lang",
            lang,
          );
          const inputSheets = new Set(
            (await loadWorkbook(input)).worksheets.map((w) => w.name),
          );
          const book = await loadWorkbook(out);
          const zip = await JSZip.loadAsync(readFileSync(out));
          const charts: Record<string, string> = {};
          for (const f of Object.keys(zip.files)
            .filter((f) => /^xl\/(charts|drawings)\/[^/]+\.xml$/.test(f))
            .sort())
            charts[f] = await zip.file(f)!.async("string");
          const styles = new Styles();
          const sheets = book.worksheets
            .filter((w) => !inputSheets.has(w.name))
            .map((w) => sheetPicture(w, styles));
          golden(`${name}.${lang}.cli.json`, {
            code: printed.code,
            stdout: portable(printed.stdout, tmp.dir),
            stderr: portable(printed.stderr, tmp.dir),
            json: JSON.parse(readFileSync(json, "utf8")),
            sheetOrder: book.worksheets.map((w) => w.name),
            definedNames: (book.definedNames as unknown as { model: unknown })
              .model,
            styles: styles.list,
            sheets,
            charts,
          });
        } finally {
          tmp.cleanup();
        }
      });
});

describe("golden: the pane (Office.js host) on every fixture", () => {
  for (const name of NAMES)
    for (const lang of LANGS)
      test(`${name} (${lang}): every sheet, name and chart written`, async () => {
        const book = MemoryWorkbook.fromGrid(await fixtureGrid(name));
        const outcome = await createOfficeApi(book.run).score({
          lang,
          flagInPlace: false,
          audit: true,
        });
        if (!outcome.ok) throw new Error(outcome.error);
        golden(`${name}.${lang}.pane.json`, {
          written: outcome.value.written,
          result: JSON.parse(JSON.stringify(outcome.value.result)) as unknown,
          names: book.names,
          sheets: book.sheets.map((s) => ({
            ...(sheetSnapshot(s) as object),
            print: s.print ?? null,
            charts: s.charts ?? null,
          })),
        });
      });
});

describe("golden: THIDUA.RESULTS and THIDUA.NOMINATIONS on every fixture", () => {
  beforeAll(() => installCustomFunctions());
  for (const name of NAMES)
    test(`${name}: the tables the functions return`, async () => {
      const sheets = await fixtureRanges(`${name}.xlsx`);
      const pick = (...names: string[]): unknown[][] => {
        const found = names.find((n) => sheets.has(n));
        return found
          ? structuredClone(sheets.get(found)!)
          : (null as unknown as unknown[][]);
      };
      const args = (): [
        unknown[][],
        unknown[][],
        unknown[][],
        unknown[][],
        unknown[][],
      ] => [
        pick("Tiêu chí"),
        pick("Số liệu"),
        pick("Đơn vị"),
        pick("Khen thưởng"),
        pick("Cài đặt"),
      ];
      golden(`${name}.functions.json`, {
        sheets: [...sheets.keys()],
        results: results(...args()),
        nominations: nominations(...args()),
      });
    });
});
