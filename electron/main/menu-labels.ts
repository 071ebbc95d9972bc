/**
 * The shell's own words (application menu, save dialog, export message box) in the three
 * languages. Language names are not here: each is written in its own language (LANGUAGES).
 */
import type { Language } from '../../core/languages.ts';

export type ShellLabelKey =
  | 'file'
  | 'exportPdf'
  | 'quit'
  | 'view'
  | 'fullScreen'
  | 'overview'
  | 'presenterView'
  | 'language'
  | 'help'
  | 'keyboardShortcuts'
  | 'about'
  | 'exportDialogTitle'
  | 'pdfFiles'
  | 'exportDone'
  | 'showInFolder'
  | 'close';

export type ShellLabels = Readonly<Record<ShellLabelKey, string>>;

export const MENU_LABELS: Readonly<Record<Language, ShellLabels>> = {
  en: {
    file: '&File',
    exportPdf: 'Export PDF…',
    quit: 'Quit',
    view: '&View',
    fullScreen: 'Full screen',
    overview: 'Overview',
    presenterView: 'Presenter view',
    language: '&Language',
    help: '&Help',
    keyboardShortcuts: 'Keyboard shortcuts',
    about: 'About',
    exportDialogTitle: 'Export PDF',
    pdfFiles: 'PDF documents',
    exportDone: 'The PDF has been saved.',
    showInFolder: 'Show in folder',
    close: 'Close',
  },
  fr: {
    file: '&Fichier',
    exportPdf: 'Exporter en PDF…',
    quit: 'Quitter',
    view: '&Affichage',
    fullScreen: 'Plein écran',
    overview: 'Vue d’ensemble',
    presenterView: 'Mode présentateur',
    language: '&Langue',
    help: 'Aid&e',
    keyboardShortcuts: 'Raccourcis clavier',
    about: 'À propos',
    exportDialogTitle: 'Exporter en PDF',
    pdfFiles: 'Documents PDF',
    exportDone: 'Le PDF a été enregistré.',
    showInFolder: 'Afficher dans le dossier',
    close: 'Fermer',
  },
  kk: {
    file: '&Файл',
    exportPdf: 'PDF-ке экспорттау…',
    quit: 'Шығу',
    view: '&Көрініс',
    fullScreen: 'Толық экран',
    overview: 'Барлық слайдтар',
    presenterView: 'Баяндамашы көрінісі',
    language: '&Тіл',
    help: '&Анықтама',
    keyboardShortcuts: 'Пернетақта тіркесімдері',
    about: 'Бағдарлама туралы',
    exportDialogTitle: 'PDF-ке экспорттау',
    pdfFiles: 'PDF құжаттары',
    exportDone: 'PDF сақталды.',
    showInFolder: 'Қалтада көрсету',
    close: 'Жабу',
  },
};
