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

  'branch.civil': 'Civil case',
  'branch.criminal': 'Criminal case',
  'branch.administrative': 'Administrative case',
  'branch.administrative-offence': 'Administrative offence',

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
  'packError.olderVersion':
    'The library already has version {imported} of “{title}”; this file holds the older version {offered}.',

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
  'workspace.export': 'Export submission…',
  'workspace.exportDialogTitle': 'Save the submission',
  'workspace.submissionFilter': 'CaseDraft submission',
  'workspace.exported': 'Your work was saved as {name}. Hand this file in to your trainer.',
  'workspace.exportFailed': 'The submission was not saved: {detail}',
  'workspace.leaveUnsaved':
    'Your latest text could not be saved and will be lost if you leave. Leave anyway? To keep it, stay and use “Save a copy to a file”.',
  'workspace.saveCopy': 'Save a copy to a file…',
  'workspace.copySaved': 'A copy of your text was saved as {name}. The case is not marked as submitted.',

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
} as const;

export type MessageKey = keyof typeof en;
