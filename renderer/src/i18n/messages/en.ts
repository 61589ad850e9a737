/**
 * English, the source catalog: its keys are the message keys, and ru.ts and kk.ts must have every one.
 * Messages use `{name}` for parameters and `{count, plural, one {…} other {…}}` for numbers (# is the number).
 */
export const en = {
  'app.name': 'CaseDraft',

  'nav.settings': 'Settings',
  'nav.library': 'Library',

  'common.dismiss': 'Dismiss',
  'common.cancel': 'Cancel',
  'common.save': 'Save',

  'boot.storageError.title': 'CaseDraft cannot open its local storage',
  'boot.storageError.body':
    'Your drafts are kept in a database on this computer, and it could not be opened ({detail}). Close any other CaseDraft windows and start the app again. Nothing has been deleted.',

  'library.title': 'Case library',
  'library.import': 'Import a case pack…',
  'library.importDialogTitle': 'Import a case pack',
  'library.packFilter': 'CaseDraft case pack',
  'library.dropHint':
    'To import a case pack, drop its file anywhere on this window or use “Import a case pack”.',
  'library.dropActive': 'Release the file to import the case pack.',
  'library.empty': 'There are no case packs yet. Import one to begin.',
  'library.chooseCase':
    'Choose a case to open it and start drafting. Your work is saved on this computer as you type.',
  'library.bundled': 'Included with CaseDraft',
  'library.packMeta': 'Version {version} · {count, plural, one {# case} other {# cases}}',
  'library.timeLimit': '{minutes} min',
  'library.status.notStarted': 'Not started',
  'library.status.inProgress': 'In progress',
  'library.status.submitted': 'Submitted',
  'library.action.notStarted': 'Start',
  'library.action.inProgress': 'Continue',
  'library.action.submitted': 'Open',
  'library.importing': 'Importing {name}…',
  'library.imported': 'Imported “{title}”.',
  'library.updated': 'Updated “{title}” to version {version}. Your drafts are unchanged.',
  'library.unchanged': '“{title}”, version {version}, is already in the library. Nothing was changed.',
  'library.importFailed': 'The file {name} was not imported, and the library is unchanged:',
  'library.readFailed': 'The file {name} could not be read ({detail}). Nothing was imported.',
  'library.readFailedUnnamed': 'The chosen file could not be read ({detail}). Nothing was imported.',
  'library.storageFailed': 'The local database refused the import ({detail}).',
  'library.cases': 'Cases',
  'library.packs': 'Case packs',
  'library.filters': 'Search and filter cases',
  'library.search': 'Search',
  'library.searchPlaceholder': 'Case or pack title',
  'library.filterBranch': 'Branch of law',
  'library.filterStatus': 'Status',
  'library.filterLanguage': 'Language of the case',
  'library.anyBranch': 'All branches',
  'library.anyStatus': 'Any status',
  'library.anyLanguage': 'Any language',
  'library.caseLanguage.ru': 'Russian',
  'library.caseLanguage.kk': 'Kazakh',
  'library.shownCount': '{shown} of {total, plural, one {# case} other {# cases}}',
  'library.clearFilters': 'Clear filters',
  'library.noMatches': 'No case matches the search and filters. Change them or clear the filters.',
  'library.caseCount': '{count, plural, one {# case} other {# cases}}',
  'library.casePack': '{title} · version {version}',
  'library.packDescription': 'About this pack',

  'branch.civil': 'Civil case',
  'branch.criminal': 'Criminal case',
  'branch.administrative': 'Administrative case',
  'branch.administrative-offence': 'Administrative offence',
  'branch.family': 'Family case',
  'branch.labour': 'Labour dispute',
  'branch.land': 'Land dispute',
  'branch.civil-appeal': 'Civil case on appeal',
  'branch.civil-procedure': 'Civil procedure',

  'actType.civil-decision': 'Court decision in a civil case',
  'actType.civil-ruling': 'Court ruling in a civil case',
  'actType.civil-appeal-resolution': 'Appeal court resolution in a civil case',
  'actType.court-order': 'Court order',
  'actType.criminal-verdict-guilty': 'Guilty verdict',
  'actType.criminal-verdict-acquittal': 'Acquittal',
  'actType.administrative-decision': 'Court decision in an administrative case',
  'actType.administrative-offence-resolution': 'Resolution in an administrative offence case',

  'packError.tooLarge': 'The file is larger than {size} MB, too large for a case pack.',
  'packError.notText': 'The file is not UTF-8 text, so it is not a case pack.',
  'packError.notJson':
    'The file is not valid JSON: there is a syntax error at line {line}, column {column}. Look for a missing comma, quotation mark or bracket just before that place.',
  'packError.notJsonAnywhere':
    'The file is not valid JSON. It may be damaged, or it may not be a case pack at all.',
  'packError.notAPack': 'The file is not a CaseDraft case pack: its “format” field is not “casedraft.pack”.',
  'packError.unsupportedFormatVersion':
    'The pack uses format version {found}, which this version of CaseDraft cannot read (it reads version {supported}). Update CaseDraft or ask the pack’s author for a compatible file.',
  'packError.missingField': 'A required field is missing: {path}.',
  'packError.unknownField': 'A field the format does not have (is it misspelt?): {path}.',
  'packError.wrongType': 'A value of the wrong kind (it should be {expected}): {path}.',
  'packError.invalidValue': 'A value that is not allowed: {path}.',
  'packError.emptyText': 'An empty text where one is required: {path}.',
  'packError.emptyList': 'An empty list where at least one item is required: {path}.',
  'packError.tooShort.characters':
    'A text that is empty or shorter than {min, plural, one {# character} other {# characters}}: {path}.',
  'packError.tooShort.items': 'A list with fewer than {min, plural, one {# item} other {# items}}: {path}.',
  'packError.tooShort.value': 'A number smaller than {min}: {path}.',
  'packError.tooLong.characters':
    'A text longer than {max, plural, one {# character} other {# characters}}: {path}.',
  'packError.tooLong.items': 'A list with more than {max, plural, one {# item} other {# items}}: {path}.',
  'packError.tooLong.value': 'A number larger than {max}: {path}.',
  'packError.unknownActType': 'An act type that CaseDraft does not know, “{actType}”: {path}.',
  'packError.duplicateId': 'The id “{id}” is used twice, but ids must be unique: {path}.',
  'packError.changedWithoutNewVersion':
    'The library already has version {version} of “{title}” with different content. The pack was changed without raising its version: ask its author to raise the version and build it again.',
  'packError.olderVersion':
    'The library already has version {imported} of “{title}”; this file holds the older version {offered}.',
  'library.importCancel': 'Cancel',
  'library.importCancelled': 'Import of {name} cancelled. Nothing was imported.',
  'library.importStep.unpacking': 'Unpacking files…',
  'library.importStep.checking': 'Checking documents…',
  'library.importStep.saving': 'Saving to the library…',
  'packError.unknownFileType': 'The file is neither a case pack (.cdpack) nor a JSON case pack.',
  'packError.notAKey': 'The file is not a CaseDraft trainer key (.cdkey).',
  'packError.packNotKey':
    'This is a case pack, not a trainer key: the key is the .cdkey file built beside the pack.',
  'packError.keyNotPack':
    'This is a trainer key (.cdkey) with model answers, not a case pack. Trainees import the .cdpack file.',
  'packError.corruptArchive':
    'The file is damaged: it is not a readable zip archive. Ask for a new copy of the pack.',
  'packError.corruptEntry': 'The file {file} inside the pack is damaged. Ask for a new copy of the pack.',
  'packError.unsupportedArchive.zip64':
    'The pack is a kind of zip archive CaseDraft does not read (ZIP64). Build it with “npm run pack”.',
  'packError.unsupportedArchive.multiDisk':
    'The pack is split across several files. Build it as one file with “npm run pack”.',
  'packError.unsupportedArchive.encrypted':
    'The file {file} inside the pack is password-protected; packs may not contain encrypted files.',
  'packError.unsupportedArchive.compression':
    'The file {file} inside the pack uses a compression method CaseDraft does not read.',
  'packError.tooManyEntries': 'The pack holds more than {max} files.',
  'packError.archiveTooLarge': 'Unpacked, the pack would take more than {size} MB.',
  'packError.entryTooLarge': 'The file {file} inside the pack is larger than {size} MB.',
  'packError.archiveCompressionRatio':
    'The pack as a whole unpacks to more than {max} times its size, as a “zip bomb” does.',
  'packError.compressionRatio':
    'The file {file} inside the pack unpacks to more than {max} times its packed size, as a “zip bomb” does.',
  'packError.sizeMismatch':
    'The file {file} inside the pack is not the size the archive declares: the pack is damaged or was tampered with.',
  'packError.checksumMismatch':
    'The file {file} inside the pack fails its checksum: the pack is damaged or was tampered with.',
  'packError.unsafeEntryName':
    'The pack holds a file with a forbidden name, “{file}”: names must be relative, without “..”, drive letters or backslashes.',
  'packError.duplicateEntry':
    'The pack holds the file “{file}” twice (names differing only in capital letters count as the same).',
  'packError.nestedArchive':
    'The pack holds another archive, “{file}”; archives inside a pack are not allowed.',
  'packError.missingManifest':
    'The pack has no {file}: it was not built with “npm run pack”, or it is damaged.',
  'packError.unexpectedFile': 'The pack holds a file its manifest does not list: “{file}”.',
  'packError.missingFile': 'The file “{file}” named in {path} is missing from the pack.',
  'packError.wrongMediaType': 'The file “{file}” named in {path} is not of the declared type {declared}.',
  'packError.imageTooLarge':
    'The image “{file}” named in {path} is {width} × {height} pixels, more than {megapixels} megapixels: scan at a lower resolution.',
  'packError.digestMismatch':
    'The file “{file}” named in {path} does not match its recorded checksum: it was changed after the pack was built.',
  'packError.unsafeRichText':
    'The document “{file}” ({path}) contains what packs may not: {found}. Only text, headings, lists and tables are allowed.',

  'valueType.number': 'a number',
  'valueType.string': 'text in quotation marks',
  'valueType.array': 'a list in square brackets',
  'valueType.object': 'a group of fields in curly braces',
  'valueType.boolean': 'true or false',

  'fieldPath.cases': 'case {n}',
  'fieldPath.materials': 'material {n}',
  'fieldPath.blocks': 'block {n}',
  'fieldPath.legislation': 'legislation excerpt {n}',
  'fieldPath.rubric': 'criterion {n}',
  'fieldPath.authors': 'author {n}',
  'fieldPath.item': '“{name}” item {n}',
  'fieldPath.field': '“{name}”',

  'workspace.loading': 'Opening the case…',
  'workspace.cannotOpen': 'The case cannot be opened',
  'workspace.notFound': 'This case is not in the library.',
  'workspace.unknownActType':
    'This case asks for the act type “{actType}”, which this version of CaseDraft does not know.',
  'workspace.draftDamaged':
    'The saved draft of this case cannot be read ({detail}). It has been left as it is, and nothing will be saved over it.',
  'workspace.materials': 'Case materials',
  'workspace.materialsContents': 'Contents of the case file',
  'workspace.instructions': 'Task',
  'workspace.timeLimit': 'Time limit: {minutes} min',
  'workspace.legislation': 'Legislation',
  'workspace.rubric': 'Assessment criteria',
  'workspace.rubricPoints': '{points, plural, one {# point} other {# points}}',
  'workspace.resizeHandle': 'Resize the case materials and the editor',
  'workspace.outline': 'Parts of the act',
  'workspace.editorLabel': 'Text of the act',
  'workspace.packUpdated':
    'The case materials were updated to version {caseVersion} of the pack after you started this draft on version {draftVersion}. Your text is unchanged.',
  'workspace.export': 'Export submission…',
  'workspace.exportDialogTitle': 'Save the submission',
  'workspace.submissionFilter': 'CaseDraft submission',
  'workspace.exported': 'Your work was saved as {name}. Hand this file in to your trainer.',
  'workspace.exportFailed': 'The submission was not saved: {detail}',
  'workspace.leaveUnsaved':
    'Your latest text could not be saved and will be lost if you leave. Leave anyway? To keep it, stay and use “Save a copy to a file”.',
  'workspace.saveCopy': 'Save a copy to a file…',
  'workspace.copySaved': 'A copy of your text was saved as {name}. The case is not marked as submitted.',

  'reader.document': 'Document of the case file',
  'reader.kind.pdf': 'PDF',
  'reader.kind.image': 'Image',
  'reader.titleWithKind': '{title} ({kind})',
  'reader.opening': 'Opening the document…',
  'reader.fileMissing': 'This file is not in the library. Import the case pack again to restore it.',
  'reader.fileUnreadable': 'This file could not be read from the local database.',
  'reader.pdfBroken': 'This PDF file is damaged, or is not a PDF, so it cannot be shown.',
  'reader.pdfPassword': 'This PDF file is protected with a password, so it cannot be shown.',
  'reader.imageBroken': 'This image is damaged, or is not a PNG or JPEG image, so it cannot be shown.',
  'reader.page': 'Page {page}',
  'reader.pageOf': 'Page {page} of {count}',
  'reader.pageBroken': 'Page {page} could not be displayed.',
  'reader.zoom': 'Zoom',
  'reader.zoomIn': 'Zoom in (+)',
  'reader.zoomOut': 'Zoom out (−)',
  'reader.zoomPercent': '{percent}%',
  'reader.fitWidth': 'Fit width',
  'reader.fitWidthHint': 'Fit to the width of the pane (0)',
  'reader.zoomableView': '{title}. Zoom with + and −, or with Ctrl and the mouse wheel.',
  'reader.search': 'Search the case file',
  'reader.searchPlaceholder': 'Search the case file…',
  'reader.searchTooShort': 'Type at least {min, plural, one {# character} other {# characters}}.',
  'reader.searchingPdfs': 'Searching the PDF files…',
  'reader.noMatches': 'Nothing found.',
  'reader.matchSummary':
    '{count, plural, one {# match} other {# matches}} in {documents, plural, one {# document} other {# documents}}',
  'reader.matchCount': '{count, plural, one {# match} other {# matches}}',
  'reader.matchPosition': '{current} of {total}',
  'reader.previousMatch': 'Previous match (Shift+Enter)',
  'reader.nextMatch': 'Next match (Enter)',
  'reader.showResults': 'Show results',
  'reader.hideResults': 'Hide results',
  'reader.results': 'Search results',
  'reader.onPage': 'p. {page}',
  'reader.showAllMatches': 'Show all {count, plural, one {# match} other {# matches}}',
  'reader.textlessPdfs':
    '{count, plural, one {# PDF file has} other {# PDF files have}} no text (only scanned pages), so search cannot look inside.',

  words: '{count, plural, one {# word} other {# words}}',

  wordsTotal: '{count, plural, one {# word} other {# words}} in total',

  'toolbar.label': 'Formatting',
  'toolbar.bold': 'Bold (Ctrl+B)',
  'toolbar.italic': 'Italic (Ctrl+I)',
  'toolbar.underline': 'Underline (Ctrl+U)',
  'toolbar.bulletList': 'Bulleted list',
  'toolbar.orderedList': 'Numbered list',
  'toolbar.undo': 'Undo (Ctrl+Z)',
  'toolbar.redo': 'Redo (Ctrl+Y)',

  'save.saved': 'All changes saved',
  'save.savedAt': 'Saved at {time}',
  'save.pending': 'Changes not yet saved…',
  'save.failed':
    'Not saved: {reason}. Trying again in {seconds} s. Your text is still here; to be safe, save a copy to a file.',
  'save.stopped': 'Saving has stopped: {reason}. Save a copy of your text to a file to keep it.',
  'save.stoppedConflict':
    'This draft was changed in another CaseDraft window, so saving here has stopped to avoid overwriting that work. Save a copy of this text to a file, then reopen the case.',
  'save.reason.quota': 'the disk is full',
  'save.reason.unknown': 'the local database refused to save ({detail})',
  'save.retryNow': 'Try again now',

  'participant.title': 'Your name',
  'participant.explain':
    'Your name goes on every submission so that your trainer knows whose work it is. You can change it later in Settings.',
  'participant.label': 'Full name',
  'participant.save': 'Continue',

  'settings.title': 'Settings',
  'settings.language': 'Interface language',
  'settings.languageSystem': 'As the system ({language})',
  'settings.participantName': 'Your name on submissions',
  'settings.participantHelp': 'Written on every submission you export.',
  'settings.saved': 'Saved.',
  'settings.about': 'CaseDraft {version} ({platform})',

  'language.kk': 'Қазақша',
  'language.ru': 'Русский',
  'language.en': 'English',

  // — act templates —

  // — completeness checker —

  // — citations and evidence —

  // — worksheet —

  // — revisions —

  // — find, tables, numbering, shortcuts —
  'shortcut.bold': 'Bold',
  'shortcut.italic': 'Italic',
  'shortcut.underline': 'Underline',
  'shortcut.undo': 'Undo',
  'shortcut.redo': 'Redo',
  'shortcut.lineBreak': 'Line break within a paragraph',
  'shortcut.indentListItem': 'Indent a list item',
  'shortcut.outdentListItem': 'Outdent a list item',
  'shortcut.leaveEditor': 'Leave the text (keyboard)',
  'shortcut.find': 'Find in the act',
  'shortcut.replace': 'Find and replace',
  'shortcut.insertCitation': 'Insert a statute citation',
  'shortcut.linkEvidence': 'Link the selection to evidence',
  'shortcut.history': 'Version history',
  'shortcut.printPreview': 'Print preview',
  'shortcut.zoomIn': 'Zoom in',
  'shortcut.zoomOut': 'Zoom out',
  'shortcut.zoomReset': 'Actual size',
  'shortcut.focusMode': 'Focus mode',
  'shortcut.shortcutsHelp': 'Keyboard shortcuts',

  // — print, zoom, focus —

  // — spellcheck —
} as const;

export type MessageKey = keyof typeof en;
