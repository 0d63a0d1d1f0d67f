import { API_URL } from '../dataProvider.ts';
import { httpClient } from '../httpClient.ts';

/** The file name of an `attachment` answer (`Content-Disposition: attachment; filename="…"`), if any. */
export function attachmentName(disposition: string | null): string | null {
  const match = disposition && /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition);
  return match ? decodeURIComponent(match[1]!) : null;
}

/** Hands text to the browser as a file to save. */
export function saveFile(content: string, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export interface Attachment<T> {
  /** The body as sent, and parsed when it is JSON. */
  body: string;
  json: T | undefined;
  name: string;
  type: string;
}

/**
 * `GET /api/<path>` with the console's session and headers (httpClient): rejects with the API's error
 * like any other call; the file name is the one the API gives (`Content-Disposition`), else `fallbackName`.
 */
export async function fetchAttachment<T = unknown>(path: string, fallbackName: string): Promise<Attachment<T>> {
  const { body, json, headers } = await httpClient(`${API_URL}/${path.replace(/^\/+/, '')}`);
  const type = headers.get('Content-Type')?.split(';')[0] ?? 'application/octet-stream';
  return { body, json: json as T | undefined, name: attachmentName(headers.get('Content-Disposition')) ?? fallbackName, type };
}

export const saveAttachment = (file: Attachment<unknown>) => saveFile(file.body, file.name, file.type);

/** Fetches and saves at once (the evidence bundle, a report). */
export async function downloadFromApi<T = unknown>(path: string, fallbackName: string): Promise<Attachment<T>> {
  const file = await fetchAttachment<T>(path, fallbackName);
  saveAttachment(file);
  return file;
}
