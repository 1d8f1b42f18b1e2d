import { Inject, Injectable } from '@nestjs/common';

import { maskTail } from '@mpp/domain';
import { type Business, IntegrationError, ossCallbackAnswer, toBusiness, verifyOssCallbackToken } from '@mpp/integrations';
import { OssBusinessesRepository } from '@mpp/persistence';
import { APP_CONFIG, type AppConfig, AuditLog } from '@mpp/platform';

export interface CallbackAnswer {
  httpStatus: number;
  body: ReturnType<typeof ossCallbackAnswer>;
  /** Our error code for a refusal; the controller adds our error body beside OSS's envelope. */
  code?: string;
}

/**
 * OSS's `receiveNIB` callback: a business registered (or changed) in OSS reaches the mall's
 * licensing desk. OSS authenticates with the `Token` header (SHA-1 of the agreed username,
 * password, NIB and date) and expects its own envelope back, so this route answers
 * `{"responreceiveNIB": {"status": "1"|"2", "keterangan": ...}}`, not our error body.
 */
@Injectable()
export class OssCallbackService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly businesses: OssBusinessesRepository,
    private readonly audit: AuditLog,
  ) {}

  async receiveNib(body: unknown, token: string | undefined, requestId: string): Promise<CallbackAnswer> {
    const refuse = (httpStatus: number, keterangan: string, code: string): CallbackAnswer => ({
      httpStatus,
      body: ossCallbackAnswer('receiveNIB', false, keterangan),
      code,
    });
    const credentials = this.config.integrations.oss.callback;
    if (!credentials) return refuse(404, 'Layanan receiveNIB belum dikonfigurasi', 'OSS_CALLBACK_NOT_CONFIGURED');
    const raw = (body as { dataNIB?: unknown } | undefined)?.dataNIB;
    const nib = (raw as { nib?: unknown } | undefined)?.nib;
    if (typeof nib !== 'string' || !/^\d{13}$/.test(nib)) return refuse(400, 'dataNIB.nib harus 13 digit', 'VALIDATION_FAILED');
    if (!verifyOssCallbackToken(token, credentials, nib)) {
      await this.record('denied', nib, undefined, requestId, 'TOKEN_INVALID');
      return refuse(401, 'Token tidak valid', 'OSS_TOKEN_INVALID');
    }
    let business: Business;
    try {
      business = toBusiness(raw);
    } catch (error) {
      if (error instanceof IntegrationError) return refuse(400, 'dataNIB tidak lengkap', 'VALIDATION_FAILED');
      throw error;
    }
    if (!business.regionCode) return refuse(400, 'dataNIB.kd_daerah tidak valid', 'VALIDATION_FAILED');
    const stored = await this.businesses.upsert({
      regionCode: business.regionCode,
      nib: business.nib,
      name: business.name,
      statusCode: business.status.code,
      data: { ...business, npwp: maskTail(business.npwp) } as unknown as Record<string, unknown>,
    });
    if (!stored) {
      await this.record('failure', nib, business.regionCode, requestId, 'REGION_NOT_DEPLOYED');
      return refuse(422, 'kd_daerah bukan wilayah yang dilayani platform ini', 'REGION_NOT_DEPLOYED');
    }
    await this.record('success', nib, business.regionCode, requestId);
    return { httpStatus: 200, body: ossCallbackAnswer('receiveNIB', true, 'Data NIB berhasil diterima') };
  }

  private record(outcome: 'success' | 'failure' | 'denied', nib: string, regionCode: string | undefined, requestId: string, code?: string) {
    return this.audit.record({
      action: 'integration.oss.receive-nib',
      outcome,
      actor: { actorType: 'system', actorId: 'oss' },
      regionCode,
      target: { type: 'nib', id: nib },
      requestId,
      details: code ? { code } : {},
    });
  }
}
