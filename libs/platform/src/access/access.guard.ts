import { type CanActivate, type ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiError } from '../errors/error-body';
import { ACCESS_RULE, type AccessRule } from './access.decorators';

/**
 * Global guard: decides every request from the route's declared access rule. A route that
 * declares none is refused (fail closed), so nothing becomes public by accident; the
 * access-rule test finds such routes before they ship.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger('AccessGuard');

  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [context.getHandler(), context.getClass()]);
    if (!rule) {
      this.logger.error(`route ${context.getClass().name}.${context.getHandler().name} declares no access rule; refused`);
      throw new ApiError(403, 'ACCESS_RULE_MISSING', 'This route declares no access rule and is closed');
    }
    return rule.kind === 'public';
  }
}
