import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';

export class DocumentUploadQuery {
  @ApiProperty({ example: 'kartu-keluarga.pdf', description: 'The file’s name; its extension is set from the content' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name!: string;

  @ApiPropertyOptional({ example: 'SPPT PBB tahun terakhir', description: 'The requirement (persyaratan) this document meets' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  requirement?: string;
}

export class StaffDocumentUploadQuery extends DocumentUploadQuery {
  @ApiPropertyOptional({ enum: ['requirement', 'result'], default: 'requirement', description: 'result: the product of the service' })
  @IsOptional()
  @IsIn(['requirement', 'result'], { message: 'kind must be requirement or result' })
  kind?: 'requirement' | 'result';
}

export class DocumentDto {
  @ApiProperty({ example: '5b1d7c8e-2f3a-4c6d-9e0f-1a2b3c4d5e6f' }) id!: string;
  @ApiProperty({ enum: ['requirement', 'result'] }) kind!: string;
  @ApiProperty({ type: String, example: 'SPPT PBB tahun terakhir', nullable: true }) requirement!: string | null;
  @ApiProperty({ example: 'sppt-2026.pdf' }) fileName!: string;
  @ApiProperty({ enum: ['application/pdf', 'image/jpeg', 'image/png'], description: 'From the content, not the name' })
  contentType!: string;
  @ApiProperty({ example: 183_422 }) sizeBytes!: number;
  @ApiProperty({ example: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08' }) sha256!: string;
  @ApiProperty({ enum: ['applicant', 'staff', 'api-key'] }) uploadedBy!: string;
  @ApiProperty({ example: '2026-03-12T02:20:00.000Z' }) uploadedAt!: string;
}

export class DocumentLinkDto {
  @ApiProperty({ example: '/v1/regions/32.71/document-links/eyJyZWdpb24iOiIzMi43MSJ9.x2f...' }) url!: string;
  @ApiProperty({ example: '2026-03-12T02:25:00.000Z' }) expiresAt!: string;
}
