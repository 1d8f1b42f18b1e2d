/**
 * Where application documents are kept. A driver is picked by DOCUMENT_STORAGE at start:
 * the filesystem under the data folder (default: a trial or a small mall), or an S3-compatible
 * object store (production: AWS S3, MinIO, Ceph, a cloud provider's OSS). Keys are opaque paths
 * the platform makes (`<region>/<application>/<document>`), never a citizen's file name.
 */
export abstract class DocumentStorage {
  abstract readonly driver: 'filesystem' | 's3';
  abstract put(key: string, bytes: Buffer, contentType: string): Promise<void>;
  /** The bytes, or undefined when nothing is stored under the key. */
  abstract get(key: string): Promise<Buffer | undefined>;
  /** Removes what the key holds; nothing stored under it is not an error. */
  abstract delete(key: string): Promise<void>;
}
