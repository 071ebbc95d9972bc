/**
 * The shell's own words (application menu, save dialog, export message box) in the three
 * languages. Language names are not here: each is written in its own language (LANGUAGES).
 */
import type { Language } from '../../core/languages.ts';

export type ShellLabelKey =
  | 'file'
  | 'export'
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
  | 'exportPptxDialogTitle'
  | 'pptxFiles'
  | 'exportPptxDone'
  | 'showInFolder'
  | 'close';

export type ShellLabels = Readonly<Record<ShellLabelKey, string>>;

export const MENU_LABELS: Readonly<Record<Language, ShellLabels>> = {
  en: {
    file: '&File',
    export: 'Export (PDF, PowerPoint)…',
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
    exportPptxDialogTitle: 'Export PowerPoint',
    pptxFiles: 'PowerPoint presentations',
    exportPptxDone: 'The PowerPoint presentation has been saved.',
    showInFolder: 'Show in folder',
    close: 'Close',
  },
  fr: {
    file: '&Fichier',
    export: 'Exporter (PDF, PowerPoint)…',
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
    exportPptxDialogTitle: 'Exporter en PowerPoint',
    pptxFiles: 'Présentations PowerPoint',
    exportPptxDone: 'La présentation PowerPoint a été enregistrée.',
    showInFolder: 'Afficher dans le dossier',
    close: 'Fermer',
  },
  kk: {
    file: '&Файл',
    export: 'Экспорттау (PDF, PowerPoint)…',
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
    exportPptxDialogTitle: 'PowerPoint-қа экспорттау',
    pptxFiles: 'PowerPoint көрсетілімдері',
    exportPptxDone: 'PowerPoint көрсетілімі сақталды.',
    showInFolder: 'Қалтада көрсету',
    close: 'Жабу',
  },
};
