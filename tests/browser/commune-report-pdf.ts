// Reads a printed commune report back: its pages, their size and its text, with Mozilla's pdf.js
// (the legacy build, which runs in Node), and draws its first page as a PNG to look at.
import { writeFile } from 'node:fs/promises';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfContent {
  pages: number;
  /** Width and height of the first page, in points (A4 is 595 × 842). */
  pageSize: [number, number];
  /** Every page's text, pages and runs of text joined by spaces, runs of spaces made one. */
  text: string;
}

export async function readPdf(bytes: Uint8Array): Promise<PdfContent> {
  const document = await getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
  try {
    const texts: string[] = [];
    let pageSize: [number, number] = [0, 0];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      if (number === 1) {
        const { width, height } = page.getViewport({ scale: 1 });
        pageSize = [Math.round(width), Math.round(height)];
      }
      const content = await page.getTextContent();
      texts.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
    }
    return { pages: document.numPages, pageSize, text: texts.join(' ').replace(/\s+/g, ' ') };
  } finally {
    await document.destroy();
  }
}

/** The canvas pdf.js draws with in Node: @napi-rs/canvas, an optional dependency of pdfjs-dist. */
interface CanvasLibrary {
  createCanvas(
    width: number,
    height: number,
  ): { getContext(kind: '2d'): unknown; toBuffer(mime: 'image/png'): Buffer };
}
const CANVAS_LIBRARY = '@napi-rs/canvas';

/** Draws the first page at `scale` into a PNG; false when no canvas library is installed to draw with. */
export async function renderFirstPage(bytes: Uint8Array, pngPath: string, scale = 1.5): Promise<boolean> {
  let library: CanvasLibrary;
  try {
    library = (await import(CANVAS_LIBRARY)) as CanvasLibrary;
  } catch {
    return false;
  }
  const document = await getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
  try {
    const page = await document.getPage(1);
    const viewport = page.getViewport({ scale });
    const canvas = library.createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
    await page.render({
      canvas: canvas as unknown as HTMLCanvasElement,
      canvasContext: canvas.getContext('2d') as CanvasRenderingContext2D,
      viewport,
    }).promise;
    await writeFile(pngPath, canvas.toBuffer('image/png'));
    return true;
  } finally {
    await document.destroy();
  }
}
