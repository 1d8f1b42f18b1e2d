import path from 'node:path';

import { Module } from '@nestjs/common';

import { DocumentStorage, FilesystemDocumentStorage, S3DocumentStorage } from '@mpp/integrations';
import { APP_CONFIG, type AppConfig } from '@mpp/platform';

/**
 * The one storage driver for uploaded files (decision 0032), shared by applications' documents
 * and complaints' attachments: the data folder by default, an S3-compatible bucket in
 * production, as DOCUMENT_STORAGE names it.
 */
@Module({
  providers: [
    {
      provide: DocumentStorage,
      useFactory: (config: AppConfig) =>
        config.documents.s3
          ? new S3DocumentStorage(config.documents.s3)
          : new FilesystemDocumentStorage(path.resolve(config.database.dataDir, 'documents')),
      inject: [APP_CONFIG],
    },
  ],
  exports: [DocumentStorage],
})
export class DocumentStorageModule {}
