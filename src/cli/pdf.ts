/**
 * `render resume.json -o cv.pdf`: the page printed through Chrome or Chromium as resumed prints
 * it, with the theme's print styles and PDF options (tagged, outlined, titled) and the file's
 * `meta.pdfRenderOptions` over them. The browser library, puppeteer-core, is an optional peer
 * dependency loaded here only: a theme user who never asks for a PDF does not install it, and
 * the theme's bundles never contain it.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { pdfRenderOptions } from '../index';
import { printable } from '../import/input';
import type { Io } from '../import/cli';

/** Where Chrome and Chromium usually are, after the variables that name one. */
const USUAL_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
];

/** The browser to print with: PUPPETEER_EXECUTABLE_PATH, CHROME_PATH, then the usual places. */
export function findBrowser(
  env: NodeJS.ProcessEnv,
  exists: (path: string) => boolean = existsSync,
): string | undefined {
  const named = [env.PUPPETEER_EXECUTABLE_PATH, env.CHROME_PATH].filter((path): path is string => Boolean(path));
  return [...named, ...USUAL_PATHS].find((path) => exists(path));
}

/** How many pages a PDF has: its page objects, as Chromium writes them. */
export function pageCount(pdf: Uint8Array): number {
  return (
    Buffer.from(pdf)
      .toString('latin1')
      .match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0
  );
}

export const NO_BROWSER =
  'printing a PDF needs Chrome or Chromium: install one (Debian: apt-get install chromium), or name it in PUPPETEER_EXECUTABLE_PATH';
export const NO_LIBRARY =
  'printing a PDF needs puppeteer-core beside the theme: npm install puppeteer-core (it uses your Chrome or Chromium; nothing is downloaded)';

interface Browserish {
  newPage(): Promise<{
    setContent(html: string, options: { waitUntil: string }): Promise<void>;
    emulateMediaType(type: string): Promise<void>;
    pdf(options: Record<string, unknown>): Promise<Uint8Array>;
  }>;
  close(): Promise<void>;
}

/**
 * Prints `html` to `output`; the exit code. `meta` is the resume's, for its pdfRenderOptions;
 * `pageLimit` (a funder's) is said in one line when the PDF is longer, the exit still 0.
 */
export async function printPdf(
  html: string,
  output: string,
  meta: { pdfRenderOptions?: unknown; variant?: string; pageLimit: number },
  io: Io,
  browserPath: () => string | undefined = () => findBrowser(process.env),
): Promise<number> {
  const executablePath = browserPath();
  if (!executablePath) {
    io.err(printable(`${output}: ${NO_BROWSER}`));
    return 1;
  }
  let puppeteer: { launch(options: Record<string, unknown>): Promise<Browserish> };
  try {
    // A variable, so no bundler follows it: the library is the user's to install.
    const library = 'puppeteer-core';
    puppeteer = ((await import(library)) as { default: typeof puppeteer }).default;
  } catch {
    io.err(printable(`${output}: ${NO_LIBRARY}`));
    return 1;
  }
  const own = typeof meta.pdfRenderOptions === 'object' && meta.pdfRenderOptions !== null ? meta.pdfRenderOptions : {};
  const { mediaType, ...options } = { ...pdfRenderOptions, ...own } as Record<string, unknown>;
  // Chromium runs as root only without its sandbox; the page runs no script and fetches nothing.
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  let browser: Browserish | undefined;
  try {
    browser = await puppeteer.launch({
      executablePath,
      args: [...(root ? ['--no-sandbox'] : []), '--disable-gpu', '--no-first-run'],
    });
    const page = await browser.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    await page.emulateMediaType(typeof mediaType === 'string' ? mediaType : 'print');
    const pdf = await page.pdf(options);
    writeFileSync(output, pdf);
    const pages = pageCount(pdf);
    if (meta.pageLimit > 0 && pages > meta.pageLimit)
      io.err(
        printable(
          `${output}: ${pages} pages; the variant "${meta.variant ?? ''}" allows ${meta.pageLimit} (shorten it with tags, since or limits)`,
        ),
      );
    return 0;
  } catch (error) {
    io.err(
      printable(
        `${output}: cannot be printed (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`,
      ),
    );
    return 1;
  } finally {
    await browser?.close();
  }
}
