import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsEmail, IsIn, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';

import { type Role, ROLES } from '@mpp/domain';
import { PageOf, PageQuery } from '@mpp/platform';

const REGION = /^\d{2}\.\d{2}$/;

export class CreateStaffRequest {
  @ApiProperty({ example: 'siti.rahma@kotabogor.go.id' })
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @ApiProperty({ example: 'Siti Rahma' })
  @IsString()
  @Length(1, 120)
  displayName!: string;

  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES)
  role!: Role;

  @ApiPropertyOptional({ example: '32.71', description: 'Required for every role but national_admin' })
  @IsOptional()
  @Matches(REGION, { message: 'regionCode must be a kabupaten/kota code such as 32.71' })
  regionCode?: string;

  @ApiPropertyOptional({ example: 'disdukcapil', description: 'Required for agency_supervisor and counter_officer' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  agencyCode?: string;

  @ApiPropertyOptional({ example: 'loket-1', description: 'Binds a counter_officer to one counter' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  counterCode?: string;

  @ApiProperty({ format: 'password', description: 'Initial password, 12 to 128 characters; hand it over out of band' })
  @IsString()
  @Length(1, 128)
  password!: string;
}

export class UpdateStaffRequest {
  @ApiPropertyOptional({ example: 'Siti Rahma' })
  @IsOptional()
  @IsString()
  @Length(1, 120)
  displayName?: string;

  @ApiPropertyOptional({ enum: ROLES })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;

  @ApiPropertyOptional({ example: '32.71' })
  @IsOptional()
  @Matches(REGION, { message: 'regionCode must be a kabupaten/kota code such as 32.71' })
  regionCode?: string;

  @ApiPropertyOptional({ type: String, example: 'disdukcapil', nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  agencyCode?: string | null;

  @ApiPropertyOptional({ type: String, example: 'loket-1', nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  counterCode?: string | null;

  @ApiPropertyOptional({ description: 'true disables sign-in and ends every session; false enables it again' })
  @IsOptional()
  @IsBoolean()
  disabled?: boolean;
}

export class ListStaffQuery extends PageQuery {
  @ApiPropertyOptional({ example: '32.71' })
  @IsOptional()
  @Matches(REGION, { message: 'region must be a kabupaten/kota code such as 32.71' })
  region?: string;
}

export class StaffDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  email!: string;

  @ApiProperty()
  displayName!: string;

  @ApiProperty({ enum: ROLES })
  role!: Role;

  @ApiPropertyOptional({ type: String, nullable: true })
  regionCode!: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  agencyCode!: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  counterCode!: string | null;

  @ApiProperty()
  disabled!: boolean;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'Set while the account is locked after failed sign-ins' })
  lockedUntil!: string | null;

  @ApiProperty()
  createdAt!: string;
}

export class StaffPageDto extends PageOf(StaffDto) {}

export class ResetPasswordRequest {
  @ApiProperty({ format: 'password', description: '12 to 128 characters; hand it over out of band' })
  @IsString()
  @Length(1, 128)
  newPassword!: string;
}
