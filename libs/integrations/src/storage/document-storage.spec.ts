import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';

import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';

import type { DocumentStorage } from './document-storage.port';
import { FilesystemDocumentStorage } from './filesystem-storage.driver';
import { S3DocumentStorage } from './s3-storage.driver';

// s3rver ships no types; it is a local S3-compatible server, used here over a real socket.
const S3rver = require('s3rver') as new (options: object) => {
  run(): Promise<AddressInfo>;
  close(): Promise<void>;
};

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);

function behavesAsDocumentStorage(name: string, open: () => Promise<{ storage: DocumentStorage; close(): Promise<void> }>) {
  describe(name, () => {
    let storage: DocumentStorage;
    let close: () => Promise<void>;
    beforeAll(async () => ({ storage, close } = await open()));
    afterAll(() => close());

    it('keeps bytes under a key and gives them back unchanged', async () => {
      await storage.put('32.71/app-1/doc-1', PNG, 'image/png');
      expect(await storage.get('32.71/app-1/doc-1')).toEqual(PNG);
    });

    it('answers undefined for a key it does not hold', async () => {
      expect(await storage.get('32.71/app-1/missing')).toBeUndefined();
    });

    it('replaces what a key held', async () => {
      await storage.put('32.71/app-2/doc', Buffer.from('%PDF-1'), 'application/pdf');
      await storage.put('32.71/app-2/doc', Buffer.from('%PDF-2'), 'application/pdf');
      expect((await storage.get('32.71/app-2/doc'))?.toString()).toBe('%PDF-2');
    });

    it('deletes what a key holds, and takes a missing key calmly', async () => {
      await storage.put('32.71/app-3/doc', PNG, 'image/png');
      await storage.delete('32.71/app-3/doc');
      expect(await storage.get('32.71/app-3/doc')).toBeUndefined();
      await expect(storage.delete('32.71/app-3/never')).resolves.toBeUndefined();
    });
  });
}

behavesAsDocumentStorage('the filesystem driver', async () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'mpp-docs-'));
  return { storage: new FilesystemDocumentStorage(root), close: async () => rmSync(root, { recursive: true, force: true }) };
});

behavesAsDocumentStorage('the S3 driver, against a local S3-compatible server', async () => {
  const directory = mkdtempSync(path.join(os.tmpdir(), 'mpp-s3-'));
  const server = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory });
  const { port } = await server.run();
  const settings = {
    bucket: 'mpp-documents',
    region: 'ap-southeast-3',
    endpoint: `http://127.0.0.1:${port}`,
    accessKeyId: 'S3RVER',
    secretAccessKey: 'S3RVER',
    forcePathStyle: true,
  };
  const admin = new S3Client({ ...settings, credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } });
  await admin.send(new CreateBucketCommand({ Bucket: settings.bucket }));
  admin.destroy();
  const storage = new S3DocumentStorage(settings);
  return {
    storage,
    close: async () => {
      storage.destroy();
      await server.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
});

describe('the filesystem driver, on keys', () => {
  it('refuses keys that would leave its folder, and leaves no partial file behind', async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'mpp-docs-'));
    const storage = new FilesystemDocumentStorage(root);
    await expect(storage.put('../escape', PNG)).rejects.toThrow(/invalid storage key/);
    await expect(storage.get('32.71/../../etc/passwd')).rejects.toThrow(/invalid storage key/);
    await storage.put('32.71/a/b', PNG);
    expect(readdirSync(path.join(root, '32.71/a'))).toEqual(['b']);
    rmSync(root, { recursive: true, force: true });
  });
});
