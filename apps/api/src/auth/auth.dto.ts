import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsString, Length, MaxLength } from 'class-validator';

import { API_SCOPES, ROLES } from '@mpp/domain';

export class LoginRequest {
  @ApiProperty({ example: 'admin.bogor@demo.mpp.go.id' })
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @ApiProperty({ example: 'demo-mpp-2026!', format: 'password' })
  @IsString()
  @Length(1, 128)
  password!: string;
}

export class RefreshRequest {
  @ApiProperty({ description: 'The refresh token from the last sign-in or refresh; each one works once' })
  @IsString()
  @Length(1, 200)
  refreshToken!: string;
}

export class ChangePasswordRequest {
  @ApiProperty({ format: 'password' })
  @IsString()
  @Length(1, 128)
  currentPassword!: string;

  @ApiProperty({ format: 'password', description: '12 to 128 characters; every session of the account ends' })
  @IsString()
  @Length(1, 128)
  newPassword!: string;
}

export class TokenPairDto {
  @ApiProperty({ description: 'JWT to send as "Authorization: Bearer ..."' })
  accessToken!: string;

  @ApiProperty({ example: 'Bearer' })
  tokenType!: 'Bearer';

  @ApiProperty({ example: 900, description: 'Seconds until the access token expires' })
  expiresIn!: number;

  @ApiProperty({ description: 'Single-use token for POST /v1/auth/refresh' })
  refreshToken!: string;

  @ApiProperty({ example: '2026-12-09T08:00:00.000Z' })
  refreshTokenExpiresAt!: string;
}

export class PrincipalDto {
  @ApiProperty({ enum: ['staff', 'api-key'] })
  kind!: 'staff' | 'api-key';

  @ApiProperty({ description: 'Staff account id or API key id' })
  id!: string;

  @ApiPropertyOptional({ enum: ROLES })
  role?: string;

  @ApiPropertyOptional({ enum: API_SCOPES, isArray: true })
  scopes?: string[];

  @ApiPropertyOptional({ example: '32.71', description: 'Unset: every region' })
  regionCode?: string;

  @ApiPropertyOptional({ example: 'disdukcapil' })
  agencyCode?: string;

  @ApiPropertyOptional({ example: 'loket-1' })
  counterCode?: string;

  @ApiPropertyOptional({ description: 'True: an admin set this password; change it (POST /v1/auth/password) before anything else' })
  mustChangePassword?: boolean;
}
