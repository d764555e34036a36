/**
 * The command line at the edges: inputs that are not workbooks said for what they are (exit 2), a
 * zip bomb stopped quickly, folders, FIFOs, devices and unreadable paths named as such, control
 * characters never printed, the JSON and the workbook replaced together or not at all, temporary
 * files removed on a signal, and `--json -` writing no workbook unless --out is given.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { deflateRawSync } from 'node:zlib';
import JSZip from 'jszip';
import { SYSTEM, writeAllAtomic, type WriteOps } from '../../src/cli/files';
import { cleanForTerminal, jsonForTerminal } from '../../src/cli/terminal';
import { zeros, zipOf } from '../xlsx/zips';
import { FIXTURES, inputGrid, run, tempDir, writeXlsx } from './helpers';

const tmp = tempDir();
afterAll(() => tmp.cleanup());
let seq = 0;
const fresh = (name: string): string => {
  const dir = tmp.file(String(++seq));
  mkdirSync(dir);
  return path.join(dir, name);
};

async function zipFile(name: string, files: Record<string, string>): Promise<string> {
  const z = new JSZip();
  for (const [n, t] of Object.entries(files)) z.file(n, t);
  const file = fresh(name);
  writeFileSync(file, await z.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
  return file;
}

describe('inputs that are no workbook: exit 2 saying what they are, nothing written', () => {
  it.each([
    ['an ODS named .xlsx', { mimetype: 'application/vnd.oasis.opendocument.spreadsheet', 'content.xml': '<x/>' }, 'là bảng tính OpenDocument (.ods)'],
    [
      'a .docx named .xlsx',
      {
        '[Content_Types].xml': '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
        '_rels/.rels': '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
        'word/document.xml': '<w/>',
      },
      'là văn bản Word (.docx)',
    ],
    ['a plain zip', { 'a.txt': 'x' }, 'là tệp nén zip nhưng không phải sổ Excel .xlsx'],
  ] as const)('%s', async (_what, files, message) => {
    const input = await zipFile('cum.xlsx', files);
    const r = await run('score', input);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(readdirSync(path.dirname(input))).toEqual(['cum.xlsx']);
  });

  it('a workbook with a damaged sheet names the part, not “not an .xlsx”', async () => {
    const zip = await JSZip.loadAsync(readFileSync(path.join(FIXTURES, 'example-a.xlsx')));
    const name = Object.keys(zip.files).find((n) => /worksheets\/sheet2\.xml$/.test(n))!;
    zip.file(name, (await zip.file(name)!.async('string')).replace('</sheetData>', '<row></sheetData>'));
    const input = fresh('cum.xlsx');
    writeFileSync(input, await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
    const r = await run('score', input, '--lang', 'en');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`Cannot read the part “${name}”`);
    expect(r.stderr).not.toContain('not a valid .xlsx');
  });

  it('a zip bomb (a sheet of 300 MB of zeros declaring 1 KB) stops at the limit, quickly, naming the part', async () => {
    const input = fresh('bomb.xlsx');
    writeFileSync(input, zipOf([{ name: 'xl/worksheets/sheet1.xml', data: zeros(300), declared: 1024 }]));
    const started = Date.now();
    const r = await run('score', input);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('phần “xl/worksheets/sheet1.xml” vượt quá 256 MB khi giải nén');
    expect(Date.now() - started).toBeLessThan(15_000);
  });
});

describe('files refused before reading them whole', () => {
  it('an input over 512 MB (a sparse file) is refused from its size', async () => {
    const big = fresh('lon.xlsx');
    writeFileSync(big, '');
    truncateSync(big, 513 * 1024 * 1024);
    const r = await run('score', big, '--lang', 'en');
    expect([r.code, r.stderr]).toEqual([2, `The file ${big} is too large (over 512 MB).`]);
  });

  it('a zip with encrypted entries is said to be one', async () => {
    const bytes = Buffer.from(zipOf([{ name: 'xl/workbook.xml', data: deflateRawSync(Buffer.from('<a/>')), declared: 4 }]));
    // The encryption flag, in the local header and in the central record.
    bytes.writeUInt16LE(1, 6);
    bytes.writeUInt16LE(1, bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])) + 8);
    const file = fresh('ma-hoa.xlsx');
    writeFileSync(file, bytes);
    const r = await run('score', file);
    expect([r.code, r.stderr]).toEqual([2, `Tệp ${file} có nội dung được mã hóa; không đọc được.`]);
  });
});

describe('paths that are no file', () => {
  it('a folder named .xlsx', async () => {
    const dir = fresh('thu-muc.xlsx');
    mkdirSync(dir);
    const r = await run('score', dir);
    expect([r.code, r.stderr]).toEqual([2, `Đây là một thư mục, không phải tệp: ${dir}`]);
  });

  it('a FIFO and a device are refused without reading them', async () => {
    const fifo = fresh('ong.xlsx');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const dev = fresh('thiet-bi.xlsx');
    symlinkSync('/dev/zero', dev);
    for (const f of [fifo, dev]) {
      const r = await run('score', f, '--lang', 'en');
      expect([r.code, r.stderr]).toEqual([2, `Not a regular file (a FIFO, a device or a socket): ${f}`]);
    }
  });

  it('a path that cannot be read is “cannot read”, not “file not found”', async () => {
    const loop = fresh('vong.xlsx');
    symlinkSync(loop, loop);
    const r = await run('score', loop);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`Không đọc được tệp ${loop}`);
    expect(r.stderr).not.toContain('Không tìm thấy');
    expect((await run('score', fresh('khong-co.xlsx'))).stderr).toContain('Không tìm thấy tệp');
  });
});

describe('control characters', () => {
  it('never reach the terminal: ESC sequences, C1 controls and bidi overrides in a unit name are dropped', async () => {
    const evil = 'A\u001b]0;pwned\u0007\u001b[2J\u009b31m\u202e';
    const grid = await inputGrid(path.join(FIXTURES, 'example-a.xlsx'));
    for (const s of grid.sheets) s.rows = s.rows.map((row) => row.map((c) => (c === 'A' ? evil : c)));
    const input = fresh('cum.xlsx');
    await writeXlsx(input, grid);
    const r = await run('score', input);
    expect(r.code).toBe(0);
    const printed = r.stdout + r.stderr;
    expect(printed).toContain('A]0;pwned[2J31m');
    // eslint-disable-next-line no-control-regex -- the characters that must not be printed
    expect(printed).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
    // `--json -` keeps the data as read, the characters the terminal would act on escaped.
    const j = await run('score', input, '--json', '-');
    expect(j.stdout).toContain('\\u009b31m\\u202e');
    expect(JSON.parse(j.stdout).units.some((u: { unit: string }) => u.unit.endsWith('\u009b31m\u202e'))).toBe(true);
  });

  it('the cleaning itself', () => {
    expect(cleanForTerminal('a\tb\r\nc\u001bd\u0085e')).toBe('a b\ncde');
    expect(jsonForTerminal({ u: 'x\u009by\u202e' })).toBe('{\n  "u": "x\\u009by\\u202e"\n}');
  });
});

describe('both or neither', () => {
  /** The file operations, with the rename onto `failOn` failing (a target that cannot be replaced). */
  const failing = (failOn: string): WriteOps => ({
    ...SYSTEM,
    rename: async (from, to) => {
      if (to === failOn) throw Object.assign(new Error('EPERM'), { code: 'EPERM' });
      await fs.rename(from, to);
    },
    onSignal: () => () => undefined,
  });

  it('when the JSON cannot be replaced, the workbook written just before is put back as it was', async () => {
    const dir = path.dirname(fresh('x'));
    const book = path.join(dir, 'kq.xlsx');
    const json = path.join(dir, 'kq.json');
    writeFileSync(book, 'cũ');
    writeFileSync(json, '{"cũ":1}');
    await expect(
      writeAllAtomic(
        [
          { file: book, data: 'mới' },
          { file: json, data: '{"mới":1}' },
        ],
        failing(json),
      ),
    ).rejects.toThrow(json);
    expect([readFileSync(book, 'utf8'), readFileSync(json, 'utf8')]).toEqual(['cũ', '{"cũ":1}']);
    expect(readdirSync(dir).sort()).toEqual(['kq.json', 'kq.xlsx']);
  });

  it('when neither existed, neither is left', async () => {
    const dir = path.dirname(fresh('x'));
    const book = path.join(dir, 'kq.xlsx');
    const json = path.join(dir, 'kq.json');
    await expect(
      writeAllAtomic(
        [
          { file: book, data: 'mới' },
          { file: json, data: '{}' },
        ],
        failing(json),
      ),
    ).rejects.toThrow();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a SIGINT while writing removes the temporary files, keeps the old ones and ends by that signal', async () => {
    const dir = path.dirname(fresh('x'));
    const book = path.join(dir, 'kq.xlsx');
    writeFileSync(book, 'cũ');
    let handler: ((s: NodeJS.Signals) => void) | null = null;
    const raised: string[] = [];
    let writes = 0;
    const ops: WriteOps = {
      ...SYSTEM,
      onSignal: (f) => {
        handler = f;
        return () => {
          handler = null;
        };
      },
      raise: (s) => raised.push(s),
      writeFile: async (file, data) => {
        await fs.writeFile(file, data);
        // Ctrl-C after the first temporary file is written.
        if (++writes === 2) {
          handler!('SIGINT');
          throw new Error('stopped');
        }
      },
    };
    await expect(
      writeAllAtomic(
        [
          { file: book, data: 'mới' },
          { file: path.join(dir, 'kq.json'), data: '{}' },
        ],
        ops,
      ),
    ).rejects.toThrow();
    expect(raised).toEqual(['SIGINT']);
    expect(readdirSync(dir)).toEqual(['kq.xlsx']);
    expect(readFileSync(book, 'utf8')).toBe('cũ');
    expect(handler).toBeNull();
  });
});

describe('--json -', () => {
  it('writes no workbook; with --out it writes that one', async () => {
    const input = fresh('cum.xlsx');
    writeFileSync(input, readFileSync(path.join(FIXTURES, 'example-a.xlsx')));
    const r = await run('score', input, '--json', '-');
    expect(r.code).toBe(0);
    expect(readdirSync(path.dirname(input))).toEqual(['cum.xlsx']);
    const out = path.join(path.dirname(input), 'kq.xlsx');
    expect((await run('score', input, '--json', '-', '--out', out)).code).toBe(0);
    expect(existsSync(out)).toBe(true);
    expect(existsSync(path.join(path.dirname(input), 'cum.ketqua.xlsx'))).toBe(false);
  });
});
