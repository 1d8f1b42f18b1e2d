import { acceptDocument, sniffDocumentType } from './document-rules';

const PDF = Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46]);
const LIMITS = { maxBytes: 1_000, maxCount: 3 };

describe('document rules', () => {
  it.each([
    [PDF, 'application/pdf'],
    [PNG, 'image/png'],
    [JPEG, 'image/jpeg'],
    [Buffer.from('GIF89a'), undefined],
    [Buffer.from('<html><script>'), undefined],
    [Buffer.from([0x89, 0x50, 0x4e, 0x47]), undefined],
  ])('sniffs %#: %s', (bytes, type) => {
    expect(sniffDocumentType(bytes)).toBe(type);
  });

  it('goes by the content: a PDF name with PNG bytes is a PNG, and is named so', () => {
    expect(acceptDocument(PNG, 'surat-keterangan.pdf', 0, LIMITS)).toEqual({ contentType: 'image/png', fileName: 'surat-keterangan.png' });
    expect(acceptDocument(PDF, 'scan.png', 0, LIMITS)).toEqual({ contentType: 'application/pdf', fileName: 'scan.pdf' });
  });

  it('strips paths and control characters from names, and names a nameless file', () => {
    expect(acceptDocument(JPEG, '../../etc/pass\u0000wd.jpg', 0, LIMITS).fileName).toBe('passwd.jpg');
    expect(acceptDocument(JPEG, 'C:\\Users\\siti\\KTP.JPG', 0, LIMITS).fileName).toBe('KTP.jpg');
    expect(acceptDocument(JPEG, '', 0, LIMITS).fileName).toBe('dokumen.jpg');
    expect(acceptDocument(PDF, 'surat\u202Efdp.exe\u200B\u0085', 0, LIMITS).fileName).toBe('suratfdp.pdf');
  });

  it.each([
    [Buffer.alloc(0), 0, 'DOCUMENT_EMPTY'],
    [Buffer.concat([PDF, Buffer.alloc(1_000)]), 0, 'DOCUMENT_TOO_LARGE'],
    [Buffer.from('MZ executable'), 0, 'DOCUMENT_TYPE_NOT_ALLOWED'],
    [PDF, 3, 'DOCUMENT_LIMIT_REACHED'],
  ])('refuses case %# with %s on the file field', (bytes, count, code) => {
    expect(() => acceptDocument(bytes, 'x.pdf', count, LIMITS)).toThrow(expect.objectContaining({ code, path: 'file' }));
  });
});
