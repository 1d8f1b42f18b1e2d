/** An error code's message in both languages the platform speaks: Bahasa Indonesia first, English on request. */
export interface ErrorText {
  id: string;
  en: string;
}
