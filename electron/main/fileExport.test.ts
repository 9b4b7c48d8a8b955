import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { writeFile } from 'node:fs/promises';
import { createFileExporter, safeFileName, type SaveDialog } from './fileExport';
import { createPdfRenderer, pdfWindowOptions } from './pdfRenderer';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kopspeks-export-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function exporter(
  dialog: SaveDialog,
  renderPdf = () => Promise.resolve(new Uint8Array([37, 80, 68, 70])),
) {
  return createFileExporter({
    showSaveDialog: dialog,
    writeFile: (path, data) => writeFile(path, data),
    renderPdf,
    defaultDir: dir,
  });
}

describe('file export', () => {
  it('writes a CSV where the user chose, offering a safe name', async () => {
    const target = join(dir, 'vajadzibas.csv');
    const dialog = vi.fn<SaveDialog>(() => Promise.resolve(target));
    const result = await exporter(dialog).saveText({
      suggestedName: 'Vajadzības: Mārupe/2026?',
      content: '\uFEFFa;b\r\n',
      format: 'csv',
    });
    expect(result).toEqual({ saved: true, fileName: 'vajadzibas.csv' });
    expect(dialog.mock.calls[0]?.[0].defaultPath).toBe(join(dir, 'Vajadzības Mārupe 2026.csv'));
    expect(await readFile(target, 'utf8')).toBe('\uFEFFa;b\r\n');
  });

  it('treats a cancelled dialog as nothing saved, not as an error', async () => {
    const renderPdf = vi.fn(() => Promise.resolve(new Uint8Array()));
    expect(
      await exporter(() => Promise.resolve(null), renderPdf).savePdf({
        suggestedName: 'x',
        html: '',
      }),
    ).toEqual({
      saved: false,
    });
    expect(renderPdf).not.toHaveBeenCalled();
  });

  it('reports a write failure and a PDF failure with their own codes', async () => {
    const unwritable = join(dir, 'missing-folder', 'x.csv');
    await expect(
      exporter(() => Promise.resolve(unwritable)).saveText({
        suggestedName: 'x',
        content: 'a',
        format: 'csv',
      }),
    ).rejects.toMatchObject({ code: 'file.saveFailed' });
    await expect(
      exporter(
        () => Promise.resolve(join(dir, 'x.pdf')),
        () => Promise.reject(new Error('gpu')),
      ).savePdf({ suggestedName: 'x', html: '<p>x</p>' }),
    ).rejects.toMatchObject({ code: 'file.pdfFailed' });
  });

  it('makes names Windows accepts', () => {
    expect(safeFileName('CON', 'pdf')).toBe('Kopspeks.pdf');
    expect(safeFileName('  ..a<b>c.. ', 'csv')).toBe('a b c.csv');
    expect(safeFileName('report.PDF', 'pdf')).toBe('report.PDF');
  });
});

describe('PDF rendering', () => {
  it('prints in a window with JavaScript off, and always closes it', async () => {
    const options = pdfWindowOptions();
    expect(options.webPreferences).toMatchObject({
      javascript: false,
      sandbox: true,
      contextIsolation: true,
    });
    expect(options.webPreferences?.preload).toBeUndefined();
    const destroy = vi.fn();
    const loadURL = vi.fn(() => Promise.resolve());
    const render = createPdfRenderer(() => ({
      loadURL,
      destroy,
      webContents: { printToPDF: () => Promise.reject(new Error('failed')) },
    }));
    await expect(render('<p>Ā</p>')).rejects.toThrow('failed');
    expect(destroy).toHaveBeenCalledOnce();
    expect(loadURL.mock.calls[0]).toEqual(['data:text/html;charset=utf-8,%3Cp%3E%C4%80%3C%2Fp%3E']);
  });
});
