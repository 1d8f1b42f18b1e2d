import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';

import type { Principal, StaffPrincipal } from '@mpp/domain';
import {
  ApiError,
  AuthenticatedAccess,
  AuthService,
  CurrentPrincipal,
  CurrentRequest,
  ErrorResponseDto,
  LoginRateLimit,
  PublicAccess,
  type RequestMeta,
} from '@mpp/platform';

import { ChangePasswordRequest, LoginRequest, PrincipalDto, RefreshRequest, TokenPairDto } from './auth.dto';

@ApiTags('auth')
@Controller('v1')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('auth/login')
  @HttpCode(200)
  @LoginRateLimit()
  @PublicAccess('Signing in is how staff get credentials')
  @ApiOperation({ summary: 'Sign in with email and password; five failures in a row lock the account for 15 minutes' })
  @ApiOkResponse({ type: TokenPairDto })
  @ApiUnauthorizedResponse({ type: ErrorResponseDto, description: 'INVALID_CREDENTIALS' })
  @ApiTooManyRequestsResponse({ type: ErrorResponseDto, description: 'RATE_LIMITED, with Retry-After' })
  login(@Body() body: LoginRequest, @CurrentRequest() request: RequestMeta): Promise<TokenPairDto> {
    return this.auth.login(body.email, body.password, request.requestId);
  }

  @Post('auth/refresh')
  @HttpCode(200)
  @LoginRateLimit()
  @PublicAccess('The refresh token itself is the credential')
  @ApiOperation({ summary: 'Trade a refresh token for a new pair; a token used twice revokes its whole session' })
  @ApiOkResponse({ type: TokenPairDto })
  @ApiUnauthorizedResponse({ type: ErrorResponseDto, description: 'REFRESH_TOKEN_INVALID' })
  refresh(@Body() body: RefreshRequest, @CurrentRequest() request: RequestMeta): Promise<TokenPairDto> {
    return this.auth.refresh(body.refreshToken, request.requestId);
  }

  @Post('auth/logout')
  @HttpCode(204)
  @LoginRateLimit()
  @PublicAccess('The refresh token itself is the credential')
  @ApiOperation({ summary: 'End the session of a refresh token' })
  @ApiNoContentResponse()
  logout(@Body() body: RefreshRequest, @CurrentRequest() request: RequestMeta): Promise<void> {
    return this.auth.logout(body.refreshToken, request.requestId);
  }

  @Post('auth/password')
  @HttpCode(204)
  @LoginRateLimit()
  @AuthenticatedAccess({ apiKeys: false })
  @ApiOperation({ summary: 'Change your own password; ends every session of the account' })
  @ApiNoContentResponse()
  @ApiBadRequestResponse({ type: ErrorResponseDto, description: 'CURRENT_PASSWORD_WRONG or PASSWORD_TOO_WEAK' })
  changePassword(@Body() body: ChangePasswordRequest, @CurrentRequest() request: RequestMeta): Promise<void> {
    return this.auth.changePassword(request.principal as StaffPrincipal, body.currentPassword, body.newPassword, request.requestId);
  }

  @Get('me')
  @AuthenticatedAccess({ apiKeys: true })
  @ApiOperation({ summary: 'Who the credentials belong to: the role and scope of a staff token, or the scopes of an API key' })
  @ApiOkResponse({ type: PrincipalDto })
  me(@CurrentPrincipal() principal: Principal | undefined): PrincipalDto {
    if (!principal) throw new ApiError(401, 'UNAUTHENTICATED', 'Not signed in');
    return principal.kind === 'staff'
      ? {
          kind: 'staff',
          id: principal.accountId,
          role: principal.role,
          regionCode: principal.regionCode,
          agencyCode: principal.agencyCode,
          counterCode: principal.counterCode,
          ...(principal.mustChangePassword && { mustChangePassword: true }),
        }
      : { kind: 'api-key', id: principal.keyId, scopes: principal.scopes, regionCode: principal.regionCode };
  }
}
