import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';

/** Why the officer or integrator looks the person up: required, audited with every lookup (UU 27/2022). */
export const PURPOSE_RULES = { minLength: 5, maxLength: 200 };

export class VerifyPersonDto {
  @ApiProperty({
    example: '3271014708900001',
    description: 'NIK: 16 digits, a real kecamatan code and birth date (+40 on the day for women). Checked before any call to Dukcapil.',
  })
  @IsString()
  // The NIK's own rules are checked by the domain (INVALID_NIK); this only bounds what is read.
  @MaxLength(32)
  nik!: string;

  @ApiPropertyOptional({ example: 'SITI RAHAYU', description: 'Full name as on the KTP-el' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  fullName?: string;

  @ApiPropertyOptional({ example: '1990-08-07', description: 'Birth date, YYYY-MM-DD' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'birthDate must be a date YYYY-MM-DD' })
  birthDate?: string;

  @ApiPropertyOptional({ example: 'BOGOR' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  birthPlace?: string;

  @ApiProperty({ example: 'Verifikasi pemohon KTP-el di loket 1', description: 'Why the data is checked; kept in the audit trail' })
  @IsString()
  @Length(PURPOSE_RULES.minLength, PURPOSE_RULES.maxLength)
  purpose!: string;
}

export class FieldMatchDto {
  @ApiProperty()
  matches!: boolean;

  @ApiPropertyOptional({ example: 100, description: 'Dukcapil’s 0–100 score, for names and places' })
  score?: number;
}

export class VerifiedFieldsDto {
  @ApiPropertyOptional({ type: FieldMatchDto })
  fullName?: FieldMatchDto;

  @ApiPropertyOptional({ type: FieldMatchDto })
  birthDate?: FieldMatchDto;

  @ApiPropertyOptional({ type: FieldMatchDto })
  birthPlace?: FieldMatchDto;
}

export class PersonVerificationDto {
  @ApiProperty({ example: '3271********0001', description: 'Whole for counter staff, masked for integrators and admins' })
  nik!: string;

  @ApiProperty({ enum: ['match', 'no-match', 'not-found'], description: 'match: every element given matches' })
  result!: 'match' | 'no-match' | 'not-found';

  @ApiProperty({ type: VerifiedFieldsDto, description: 'Per element given, whether it matches; empty when not found' })
  fields!: VerifiedFieldsDto;

  @ApiProperty({ example: 'dukcapil-simulator', description: 'The adapter the region’s deployment names' })
  adapter!: string;
}
