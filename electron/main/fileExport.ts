import { basename, join } from 'node:path';
import { AppError } from '../../shared/errors';
import type { SaveResult } from '../../shared/ipc/contract';

export type SaveDialog = (options: {
  defaultPath: string;
  filters: { name: string; extensions: string[] }[];
}) => Promise<string | null>;

export type FileExportDeps = {
  showSaveDialog: SaveDialog;
  writeFile: (path: string, data: string | Uint8Array) => Promise<void>;
  /** Prints an HTML document to PDF bytes (JavaScript disabled). */
  renderPdf: (html: string) => Promise<Uint8Array>;
  /** Where the dialog opens, e.g. the Documents folder. */
  defaultDir: string;
};

const formats: Record<'csv' | 'json' | 'pdf', { name: string; extensions: string[] }> = {
  csv: { name: 'CSV', extensions: ['csv'] },
  json: { name: 'JSON', extensions: ['json'] },
  pdf: { name: 'PDF', extensions: ['pdf'] },
};

/** A file name safe on Windows, macOS and Linux, with the right extension. */
export function safeFileName(name: string, extension: string): string {
  const cleaned = name
    .normalize('NFC')
    // Characters Windows refuses, control characters and path separators.
    // eslint-disable-next-line no-control-regex
    .replace(/[<>:"/\\|?*\u0000-\u001f]/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '')
    .slice(0, 100);
  const base =
    /^(con|prn|aux|nul|com\d|lpt\d)$/i.test(cleaned) || cleaned === '' ? 'Kopspeks' : cleaned;
  return base.toLowerCase().endsWith(`.${extension}`) ? base : `${base}.${extension}`;
}

/** Saving exports: the user picks the place; a cancel is not an error. */
export function createFileExporter(deps: FileExportDeps) {
  const save = async (
    suggestedName: string,
    format: keyof typeof formats,
    produce: () => Promise<string | Uint8Array>,
  ): Promise<SaveResult> => {
    const defaultPath = join(deps.defaultDir, safeFileName(suggestedName, format));
    const path = await deps.showSaveDialog({ defaultPath, filters: [formats[format]] });
    if (!path) return { saved: false };
    const data = await produce();
    try {
      await deps.writeFile(path, data);
    } catch (error) {
      throw new AppError('file.saveFailed', { cause: error });
    }
    return { saved: true, fileName: basename(path) };
  };

  return {
    saveText: (input: { suggestedName: string; content: string; format: 'csv' | 'json' }) =>
      save(input.suggestedName, input.format, () => Promise.resolve(input.content)),
    savePdf: (input: { suggestedName: string; html: string }) =>
      save(input.suggestedName, 'pdf', async () => {
        try {
          return await deps.renderPdf(input.html);
        } catch (error) {
          throw new AppError('file.pdfFailed', { cause: error });
        }
      }),
  };
}

export type FileExporter = ReturnType<typeof createFileExporter>;
