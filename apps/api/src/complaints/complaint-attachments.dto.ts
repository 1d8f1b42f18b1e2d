import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches, MaxLength, MinLength } from 'class-validator';

export class AttachmentUploadQuery {
  @ApiProperty({ example: 'foto-antrean.jpg', description: 'The file’s name; its extension is set from the content' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  // No control characters and no path: a name, not a place on the sender's disk (control characters are the point here).
  // eslint-disable-next-line no-control-regex
  @Matches(/^[^\x00-\x1f/\\]{1,200}$/, { message: 'name is a file name without slashes or control characters' })
  name!: string;
}

export class ReporterPhoneDto {
  @ApiProperty({ example: '081234567890' })
  @IsString()
  @MaxLength(20)
  @Matches(/^[0-9+ -]{1,20}$/, { message: 'phone holds digits, +, spaces and dashes' })
  phone!: string;
}

export class ComplaintAttachmentDto {
  @ApiProperty({ example: '5b1d7c8e-2f3a-4c6d-9e0f-1a2b3c4d5e6f', maxLength: 36 }) id!: string;
  @ApiProperty({
    example: 'foto-antrean.jpg',
    maxLength: 110,
    description: 'For the agency of an anonymous complaint, a neutral name (lampiran-1.jpg): a file name can carry the sender’s',
  })
  fileName!: string;
  @ApiProperty({ enum: ['application/pdf', 'image/jpeg', 'image/png'], description: 'From the content, not the name' })
  contentType!: string;
  @ApiProperty({ example: 183_422 }) sizeBytes!: number;
  @ApiProperty({ example: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08', maxLength: 64 }) sha256!: string;
  @ApiProperty({ enum: ['reporter', 'staff', 'api-key'], nullable: true, description: 'Null for the agency of an anonymous complaint' })
  uploadedBy!: string | null;
  @ApiProperty({ description: 'Whether the agency reads it: an anonymous complaint’s files once the desk cleared them' })
  sharedWithAgency!: boolean;
  @ApiProperty({ example: '2026-03-12T02:20:00.000Z', maxLength: 30 }) uploadedAt!: string;
}
