/**
 * Main's runtime checks of the IPC contract (contract.ts): every payload the renderer sends is
 * parsed here before a handler sees it.
 */
import * as z from 'zod';
import { LANGUAGE_CODES } from '../../core/languages.ts';
import { PAPERS, PER_PAGE, PRINT_LAYOUTS } from '../../core/modes.ts';
import { ORIENTATIONS } from '../../core/orientation.ts';
import { CHART_IDS, SLIDE_IDS } from '../../core/ids.ts';
import {
  INVOKE_CHANNELS,
  type InvokeArgs,
  type InvokeArgsMap,
  type InvokeChannel,
  type IpcValidationError,
  PPTX_EXPORT_MAX_BYTES,
} from '../../core/ipc-contract.ts';

export const LanguageSchema = z.enum(LANGUAGE_CODES);

export const SlideIndexSchema = z
  .number()
  .int()
  .min(0)
  .max(SLIDE_IDS.length - 1);

const ChartIdsSchema = z.array(z.enum(CHART_IDS)).max(CHART_IDS.length);

/** Which charts of the slide show a log scale or their data table (presenter sync). */
export const ChartViewSchema = z.strictObject({ log: ChartIdsSchema, tables: ChartIdsSchema });

/** Longer than any PIN the config accepts (4–8 digits); longer input is not a PIN attempt. */
const PinAttemptSchema = z.string().max(16);

export const ExportRequestSchema = z.strictObject({
  language: LanguageSchema,
  layout: z.enum(PRINT_LAYOUTS),
  paper: z.enum(PAPERS),
  perPage: z.literal(PER_PAGE),
});

/** A zip archive's first bytes ("PK\x03\x04"): what every .pptx file starts with. */
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

/** The deck's bytes: a zip archive of a sane size, never a path or a string. */
const PptxBytesSchema = z
  .instanceof(Uint8Array)
  .refine((bytes) => bytes.byteLength <= PPTX_EXPORT_MAX_BYTES, {
    message: `larger than ${PPTX_EXPORT_MAX_BYTES} bytes`,
  })
  .refine((bytes) => ZIP_SIGNATURE.every((byte, i) => bytes[i] === byte), {
    message: 'not a .pptx (zip) file',
  });

export const PptxExportRequestSchema = z.strictObject({
  language: LanguageSchema,
  deck: PptxBytesSchema,
});

/**
 * The schema main checks each channel's argument list against before use.
 * Tuples, so a renderer that sends extra arguments is rejected too.
 */
export const PAYLOAD_SCHEMAS: { readonly [C in InvokeChannel]: z.ZodType<InvokeArgsMap[C]> } = {
  [INVOKE_CHANNELS.getSettings]: z.tuple([]),
  [INVOKE_CHANNELS.setLanguage]: z.tuple([LanguageSchema]),
  [INVOKE_CHANNELS.exportPdf]: z.tuple([ExportRequestSchema]),
  [INVOKE_CHANNELS.exportPptx]: z.tuple([PptxExportRequestSchema]),
  [INVOKE_CHANNELS.toggleFullScreen]: z.tuple([]),
  [INVOKE_CHANNELS.deckGo]: z.tuple([SlideIndexSchema, ChartViewSchema.optional()]),
  [INVOKE_CHANNELS.deckGetPosition]: z.tuple([]),
  [INVOKE_CHANNELS.deckAudience]: z.tuple([z.enum(ORIENTATIONS)]),
  [INVOKE_CHANNELS.kioskExit]: z.tuple([PinAttemptSchema]),
};

export type ValidationResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: IpcValidationError };

/** Checks a channel's argument list against its schema. Never throws. */
export function validate<C extends InvokeChannel>(
  channel: C,
  payload: unknown,
): ValidationResult<InvokeArgs<C>> {
  const parsed = PAYLOAD_SCHEMAS[channel].safeParse(payload);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issues = parsed.error.issues.map((issue) => {
    const at = issue.path.map(String).join('.');
    return at === '' ? issue.message : `${at}: ${issue.message}`;
  });
  return {
    ok: false,
    error: {
      code: 'invalid-payload',
      channel,
      message: `Invalid payload for ${channel}`,
      issues,
    },
  };
}
