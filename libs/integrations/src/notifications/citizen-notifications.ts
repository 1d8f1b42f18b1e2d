/**
 * The port through which the platform tells a citizen something (SMS or WhatsApp): "your turn
 * is near". Providers differ per region (an SMS gateway, a WhatsApp Business API vendor); each
 * is an adapter implementing `CitizenNotifications`. Messages carry no NIK and no name.
 */
export interface CitizenNotice {
  channel: 'sms' | 'whatsapp';
  /** E.164, e.g. +6281234567890. */
  to: string;
  text: string;
  /** What the message is about, for delivery reports: site, day and ticket number. Never a ticket's id, which opens its page. */
  reference: string;
}

export abstract class CitizenNotifications {
  /** False where no provider is configured: nothing is claimed or sent. */
  abstract readonly enabled: boolean;

  abstract send(notice: CitizenNotice): Promise<void>;
}

/**
 * Production until a region's SMS or WhatsApp provider is wired in: sends nothing, so tickets
 * are not marked as told and no number is kept in memory.
 */
export class NoCitizenNotifications extends CitizenNotifications {
  readonly enabled = false;

  async send(): Promise<void> {
    throw new Error('no notification provider is configured');
  }
}

/**
 * The simulator: records what would have been sent, for the embedded demo and for tests, and
 * sends nothing. Keeps the last `limit` messages.
 */
export class RecordingCitizenNotifications extends CitizenNotifications {
  readonly enabled = true;
  private readonly sent: CitizenNotice[] = [];

  constructor(private readonly limit = 1_000) {
    super();
  }

  async send(notice: CitizenNotice): Promise<void> {
    this.sent.push(notice);
    if (this.sent.length > this.limit) this.sent.shift();
  }

  /** Messages recorded so far, oldest first; optionally only those about one reference. */
  messages(reference?: string): readonly CitizenNotice[] {
    return reference === undefined ? [...this.sent] : this.sent.filter((notice) => notice.reference === reference);
  }
}
