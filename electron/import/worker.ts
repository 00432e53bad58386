/**
 * The import worker: documents are parsed here, off the main thread, so a
 * heavy page never freezes the app. One message in, one answer out.
 */
import { parentPort } from 'node:worker_threads';
import { BriefingError } from '../../shared/result.ts';
import { extractDocument, type DocumentInput, type ExtractedDocument } from './document.ts';

export interface WorkerRequest {
  id: number;
  input: DocumentInput;
}

export type WorkerResponse =
  | { id: number; ok: true; document: ExtractedDocument }
  | { id: number; ok: false; code: string; message: string; expected: boolean };

parentPort?.on('message', (request: WorkerRequest) => {
  let response: WorkerResponse;
  try {
    response = { id: request.id, ok: true, document: extractDocument(request.input) };
  } catch (error) {
    const expected = error instanceof BriefingError;
    response = {
      id: request.id,
      ok: false,
      code: expected ? error.code : 'INTERNAL',
      message: (error as Error).message ?? String(error),
      expected,
    };
  }
  parentPort?.postMessage(response);
});
