import { Injectable } from '@nestjs/common';

import { InvalidValueError, Nik, type Principal, type RegionCode, seesWholeNik } from '@mpp/domain';
import { verificationOutcome } from '@mpp/integrations';

import { IntegrationLookups } from '../integration-lookups.service';
import { InjectKnownDistricts } from '../integrations.providers';
import type { PersonVerificationDto, VerifyPersonDto } from './identity.dto';

/** Verifies an applicant's NIK against name, birth date and place at Dukcapil: field by field, never their record. */
@Injectable()
export class IdentityService {
  constructor(
    private readonly lookups: IntegrationLookups,
    @InjectKnownDistricts() private readonly districts: ReadonlySet<string>,
  ) {}

  async verify(regionCode: RegionCode, input: VerifyPersonDto, principal: Principal, requestId: string): Promise<PersonVerificationDto> {
    // Checked before any call: a malformed NIK never leaves the platform.
    const nik = Nik.parse(input.nik, 'nik', { isKnownDistrict: (code) => this.districts.has(code) });
    if (input.fullName === undefined && input.birthDate === undefined && input.birthPlace === undefined) {
      throw new InvalidValueError('VALIDATION_FAILED', 'give at least one of fullName, birthDate, birthPlace to verify', 'fullName');
    }
    const request = { nik, fullName: input.fullName, birthDate: input.birthDate, birthPlace: input.birthPlace };
    const { result, adapter } = await this.lookups.run(
      'population',
      {
        action: 'integration.population.verify',
        principal,
        regionCode: regionCode.value,
        requestId,
        purpose: input.purpose,
        record: { type: 'nik', id: nik.masked() },
      },
      (port) => port.verifyPerson(request),
      verificationOutcome,
    );
    return {
      nik: seesWholeNik(principal) ? nik.value : nik.masked(),
      result: verificationOutcome(result),
      fields: result.found ? result.fields : {},
      adapter,
    };
  }
}
