import type { Language } from '../../core/languages.ts';
import { formatUsd, formatUsdProse } from '../i18n/format.ts';

/*
 * The dataset keeps amounts in US$ bn (figures.ts); these write them for the language
 * shown, compactly for charts and as running text for the slides.
 */

const BN = 1e9;

/** US$ bn → formatted amount in the language shown ("US$41bn", "41 Md $US", "41 млрд $"). */
export function formatBn(lang: Language, bn: number, fractionDigits = 1): string {
  return formatUsd(lang, bn * BN, fractionDigits);
}

/**
 * US$ bn → the amount as running text writes it ("US$41bn", « 41 milliards de dollars »,
 * «41 млрд доллар»); charts keep the compact formatBn.
 */
export function formatBnProse(lang: Language, bn: number, fractionDigits = 1): string {
  return formatUsdProse(lang, bn * BN, fractionDigits);
}
