import { ConflictError, InvalidValueError } from '../errors/domain-error';

/** The kinds of file an application takes: scans and photos of documents. */
export const DOCUMENT_TYPES = {
  'application/pdf': 'pdf',
  'image/jpeg': 'jpg',
  'image/png': 'png',
} as const;
export type DocumentType = keyof typeof DOCUMENT_TYPES;

export interface DocumentLimits {
  maxBytes: number;
  maxCount: number;
}

/**
 * The type of a file by its first bytes (its magic number), never by its name or the type the
 * client declared: `%PDF-`, JPEG's SOI marker `FF D8 FF`, PNG's eight-byte signature.
 */
export function sniffDocumentType(bytes: Uint8Array): DocumentType | undefined {
  const starts = (signature: number[]) => signature.every((byte, index) => bytes[index] === byte);
  if (starts([0x25, 0x50, 0x44, 0x46, 0x2d])) return 'application/pdf';
  if (starts([0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  return undefined;
}

/**
 * Checks an upload and returns its type and a safe file name. The name's extension follows the
 * content: `scan.pdf` holding PNG bytes is stored and served as `scan.png`, image/png, so no
 * reader is misled by the name. Path parts and control characters are dropped.
 */
export function acceptDocument(
  bytes: Uint8Array,
  rawName: string,
  existingCount: number,
  limits: DocumentLimits,
): { contentType: DocumentType; fileName: string } {
  if (bytes.length === 0) throw new InvalidValueError('DOCUMENT_EMPTY', 'the file is empty', 'file');
  if (bytes.length > limits.maxBytes) {
    throw new InvalidValueError('DOCUMENT_TOO_LARGE', `a document may be at most ${limits.maxBytes} bytes`, 'file');
  }
  const contentType = sniffDocumentType(bytes);
  if (!contentType)
    throw new InvalidValueError(
      'DOCUMENT_TYPE_NOT_ALLOWED',
      'only PDF, JPEG and PNG files are accepted (checked by their content)',
      'file',
    );
  if (existingCount >= limits.maxCount) {
    throw new ConflictError('DOCUMENT_LIMIT_REACHED', `an application holds at most ${limits.maxCount} documents`, 'file');
  }
  const base = (rawName.split(/[\\/]/).pop() ?? '')
    // Control characters (Cc), format characters (Cf: bidi overrides that make `gpj.exe` read
    // as `exe.jpg`, zero-width marks) and the characters Windows forbids in names.
    .replace(/[\p{Cc}\p{Cf}"<>|:*?]/gu, '')
    .replace(/\.[A-Za-z0-9]{1,5}$/, '')
    .trim()
    .slice(0, 100);
  return { contentType, fileName: `${base || 'dokumen'}.${DOCUMENT_TYPES[contentType]}` };
}
