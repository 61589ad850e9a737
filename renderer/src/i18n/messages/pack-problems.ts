import { defineMessages } from './define-messages';

/** Why a case pack was not imported, and where in the pack (ui/describe-pack-problem.ts). */
export const packProblems = defineMessages({
  en: {
    'packError.signatureMismatch':
      'The pack was changed after {signer} signed it. Do not use this copy: ask the trainer for the pack again.',
    'packError.signatureUnreadable':
      'The pack’s signature is damaged or does not belong to it: the pack was changed after it was signed. Ask the trainer for the pack again.',
    'packError.signNeedsArchive':
      'Only a case pack archive (.cdpack) can be signed; this is a JSON case pack. Build it as a .cdpack first.',
    'fieldPath.trainers': 'trainer {n}',
    'packError.tooLarge': 'The file is larger than {size} MB, too large for a case pack.',
    'packError.notText': 'The file is not UTF-8 text, so it is not a case pack.',
    'packError.notJson':
      'The file is not valid JSON: there is a syntax error at line {line}, column {column}. Look for a missing comma, quotation mark or bracket just before that place.',
    'packError.notJsonAnywhere':
      'The file is not valid JSON. It may be damaged, or it may not be a case pack at all.',
    'packError.notAPack':
      'The file is not a CaseDraft case pack: its “format” field is not “casedraft.pack”.',
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
    'packError.unknownFileType': 'The file is neither a case pack (.cdpack) nor a JSON case pack.',
    'packError.notAKey': 'The file is not a CaseDraft answer key (.cdkey).',
    'packError.packNotKey':
      'This is a case pack, not an answer key: the answer key is the .cdkey file built beside the pack.',
    'packError.feedbackArchive':
      'This is a set of feedback files for a whole group, made by the trainer, not a case pack. Your feedback is in one file of it, and the others’ feedback is theirs alone: ask your trainer to send you your own .cdfb file, then import that.',
    'packError.keyNotPack':
      'This is an answer key (.cdkey), not a case pack: it holds the model answers. Trainees import the .cdpack file.',
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
    'packError.unsupportedArchive.flags':
      'The file {file} inside the pack is stored with zip options CaseDraft does not read. Build the pack with “npm run pack”.',
    'packError.unsupportedArchive.secondName':
      'The file {file} inside the pack has a second name in the archive, which some zip tools would show instead. Build the pack with “npm run pack”.',
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
    'packError.richTextNamedTooOften':
      'The document {file} is named by {namings} materials of the pack; at most {max} materials may name one document.',
    'packError.packRichTextTooLarge':
      'The documents of the pack add up to more than {size} MB of text, counting a document once for every material that names it.',
    'packError.builtInTemplateId':
      'The pack’s own act template has the id “{id}”, which is the id of a template CaseDraft ships. Give it another id: {path}.',
    'packError.invalidPattern':
      'A text pattern that is not a small regular expression (it must work with the u flag, without repeated groups or back-references, with at most one *, + or {n,} and few ways to match): {path}.',
    'packError.templateWithoutBody':
      'None of the template’s parts is placed in the body of the act (introduction, background, arguments, remedies, motivation or decision): {path}.',

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
    'fieldPath.templates': 'template {n}',
    'fieldPath.parts': 'part {n}',
    'fieldPath.requisites': 'requisite {n}',
  },
  ru: {
    'packError.signatureMismatch':
      'Пакет изменён после того, как его подписал(а) {signer}. Не используйте эту копию: попросите у тренера пакет заново.',
    'packError.signatureUnreadable':
      'Подпись пакета повреждена или не от этого пакета: пакет изменён после подписи. Попросите у тренера пакет заново.',
    'packError.signNeedsArchive':
      'Подписать можно только архив пакета (.cdpack), а это пакет в формате JSON. Сначала соберите его как .cdpack.',
    'fieldPath.trainers': 'тренер {n}',
    'packError.tooLarge': 'Файл больше {size} МБ — это слишком много для пакета дел.',
    'packError.notText': 'Файл не является текстом в кодировке UTF-8, поэтому это не пакет дел.',
    'packError.notJson':
      'Файл не является корректным JSON: синтаксическая ошибка в строке {line}, позиция {column}. Проверьте, нет ли прямо перед этим местом пропущенной запятой, кавычки или скобки.',
    'packError.notJsonAnywhere':
      'Файл не является корректным JSON. Возможно, он повреждён или это вовсе не пакет дел.',
    'packError.notAPack':
      'Файл не является пакетом дел CaseDraft: его поле «format» не равно «casedraft.pack».',
    'packError.unsupportedFormatVersion':
      'Пакет использует формат версии {found}, который эта версия CaseDraft не может прочитать (поддерживаемые версии: {supported}). Обновите CaseDraft или попросите автора пакета прислать совместимый файл.',
    'packError.missingField': 'Не заполнено обязательное поле: {path}.',
    'packError.unknownField': 'Поле, которого нет в формате (возможно, опечатка): {path}.',
    'packError.wrongType': 'Значение не того вида (должно быть: {expected}): {path}.',
    'packError.invalidValue': 'Недопустимое значение: {path}.',
    'packError.emptyText': 'Пустой текст там, где он обязателен: {path}.',
    'packError.emptyList': 'Пустой список там, где нужен хотя бы один элемент: {path}.',
    'packError.tooShort.characters':
      'Текст пуст или короче {min, plural, one {# символа} few {# символов} many {# символов} other {# символа}}: {path}.',
    'packError.tooShort.items':
      'В списке меньше {min, plural, one {# элемента} few {# элементов} many {# элементов} other {# элемента}}: {path}.',
    'packError.tooShort.value': 'Число меньше {min}: {path}.',
    'packError.tooLong.characters':
      'Текст длиннее {max, plural, one {# символа} few {# символов} many {# символов} other {# символа}}: {path}.',
    'packError.tooLong.items':
      'В списке больше {max, plural, one {# элемента} few {# элементов} many {# элементов} other {# элемента}}: {path}.',
    'packError.tooLong.value': 'Число больше {max}: {path}.',
    'packError.unknownActType': 'Вид акта «{actType}» неизвестен CaseDraft: {path}.',
    'packError.duplicateId': 'Идентификатор «{id}» встречается дважды, а он должен быть уникальным: {path}.',
    'packError.changedWithoutNewVersion':
      'В библиотеке уже есть версия {version} пакета «{title}» с другим содержанием. Пакет изменили, не повысив номер версии: попросите автора повысить версию и собрать пакет заново.',
    'packError.olderVersion':
      'В библиотеке уже есть версия {imported} пакета «{title}»; в этом файле более старая версия {offered}.',
    'packError.unknownFileType': 'Файл не является пакетом дел (.cdpack) или пакетом дел в формате JSON.',
    'packError.notAKey': 'Файл не является ключом ответов CaseDraft (.cdkey).',
    'packError.packNotKey':
      'Это пакет дел, а не ключ ответов: ключ ответов — файл .cdkey, собранный рядом с пакетом.',
    'packError.feedbackArchive':
      'Это набор файлов отзывов на всю группу, который сделал преподаватель, а не пакет дел. Ваш отзыв — один из этих файлов, а отзывы других слушателей принадлежат только им: попросите преподавателя прислать вам ваш собственный файл .cdfb и импортируйте его.',
    'packError.keyNotPack':
      'Это ключ ответов (.cdkey), а не пакет дел: в нём образцовые ответы. Слушатели импортируют файл .cdpack.',
    'packError.corruptArchive': 'Файл повреждён: это не читаемый zip-архив. Попросите новую копию пакета.',
    'packError.corruptEntry': 'Файл {file} внутри пакета повреждён. Попросите новую копию пакета.',
    'packError.unsupportedArchive.zip64':
      'Пакет — zip-архив вида, который CaseDraft не читает (ZIP64). Соберите его командой «npm run pack».',
    'packError.unsupportedArchive.multiDisk':
      'Пакет разбит на несколько файлов. Соберите его одним файлом командой «npm run pack».',
    'packError.unsupportedArchive.encrypted':
      'Файл {file} внутри пакета защищён паролем; зашифрованные файлы в пакете недопустимы.',
    'packError.unsupportedArchive.compression':
      'Файл {file} внутри пакета сжат методом, который CaseDraft не читает.',
    'packError.unsupportedArchive.flags':
      'Файл {file} внутри пакета записан с параметрами zip, которые CaseDraft не читает. Соберите пакет командой «npm run pack».',
    'packError.unsupportedArchive.secondName':
      'У файла {file} внутри пакета в архиве есть второе имя, которое некоторые zip-программы показали бы вместо первого. Соберите пакет командой «npm run pack».',
    'packError.tooManyEntries': 'В пакете больше {max} файлов.',
    'packError.archiveTooLarge': 'В распакованном виде пакет занял бы больше {size} МБ.',
    'packError.entryTooLarge': 'Файл {file} внутри пакета больше {size} МБ.',
    'packError.archiveCompressionRatio':
      'Пакет в целом при распаковке увеличивается более чем в {max} раз, как «zip-бомба».',
    'packError.compressionRatio':
      'Файл {file} внутри пакета при распаковке увеличивается более чем в {max} раз, как «zip-бомба».',
    'packError.sizeMismatch':
      'Размер файла {file} внутри пакета не совпадает с заявленным в архиве: пакет повреждён или изменён.',
    'packError.checksumMismatch':
      'Контрольная сумма файла {file} внутри пакета не сходится: пакет повреждён или изменён.',
    'packError.unsafeEntryName':
      'В пакете файл с недопустимым именем «{file}»: имена должны быть относительными, без «..», букв дисков и обратных косых черт.',
    'packError.duplicateEntry':
      'Файл «{file}» встречается в пакете дважды (имена, различающиеся только регистром букв, считаются одинаковыми).',
    'packError.nestedArchive': 'В пакете есть другой архив, «{file}»; архивы внутри пакета недопустимы.',
    'packError.missingManifest': 'В пакете нет {file}: он собран не командой «npm run pack» или повреждён.',
    'packError.unexpectedFile': 'В пакете есть файл, не указанный в манифесте: «{file}».',
    'packError.missingFile': 'Файла «{file}», указанного в {path}, нет в пакете.',
    'packError.wrongMediaType':
      'Файл «{file}», указанный в {path}, не относится к заявленному типу {declared}.',
    'packError.imageTooLarge':
      'Изображение «{file}», указанное в {path}, размером {width} × {height} пикселей — больше {megapixels} мегапикселей: отсканируйте его с меньшим разрешением.',
    'packError.digestMismatch':
      'Файл «{file}», указанный в {path}, не совпадает с записанной контрольной суммой: его изменили после сборки пакета.',
    'packError.unsafeRichText':
      'Документ «{file}» ({path}) содержит недопустимое для пакета: {found}. Разрешены только текст, заголовки, списки и таблицы.',
    'packError.richTextNamedTooOften':
      'Документ {file} указан в {namings} материалах пакета; один документ могут указывать не более {max} материалов.',
    'packError.packRichTextTooLarge':
      'Документы пакета в сумме больше {size} МБ текста (документ считается столько раз, сколько материалов его указывают).',
    'packError.builtInTemplateId':
      'Собственный шаблон акта в пакете назван «{id}», так же как шаблон, встроенный в CaseDraft. Дайте ему другой идентификатор: {path}.',
    'packError.invalidPattern':
      'Текстовый образец не является простым регулярным выражением (оно должно работать с флагом u, без повторяемых групп и обратных ссылок, не более чем с одним *, + или {n,} и немногими способами совпадения): {path}.',
    'packError.templateWithoutBody':
      'Ни одна часть шаблона не помещена в основную часть акта (introduction, background, arguments, remedies, motivation или decision): {path}.',

    'valueType.number': 'число',
    'valueType.string': 'текст в кавычках',
    'valueType.array': 'список в квадратных скобках',
    'valueType.object': 'группа полей в фигурных скобках',
    'valueType.boolean': 'true или false',

    'fieldPath.cases': 'дело {n}',
    'fieldPath.materials': 'материал {n}',
    'fieldPath.blocks': 'блок {n}',
    'fieldPath.legislation': 'норма {n}',
    'fieldPath.rubric': 'критерий {n}',
    'fieldPath.authors': 'автор {n}',
    'fieldPath.item': '«{name}», элемент {n}',
    'fieldPath.field': '«{name}»',
    'fieldPath.templates': 'шаблон {n}',
    'fieldPath.parts': 'часть {n}',
    'fieldPath.requisites': 'реквизит {n}',
  },
  kk: {
    'packError.signatureMismatch':
      'Пакетке {signer} қол қойғаннан кейін ол өзгертілген. Бұл көшірмені қолданбаңыз: пакетті тренерден қайта сұраңыз.',
    'packError.signatureUnreadable':
      'Пакеттің қолтаңбасы бүлінген немесе бұл пакеттікі емес: пакет қол қойылғаннан кейін өзгертілген. Пакетті тренерден қайта сұраңыз.',
    'packError.signNeedsArchive':
      'Тек пакет архивіне (.cdpack) қол қоюға болады, ал бұл JSON пакеті. Алдымен оны .cdpack етіп жинаңыз.',
    'fieldPath.trainers': '{n}-тренер',
    'packError.tooLarge': 'Файлдың көлемі {size} МБ шегінен асады — бұл істер топтамасы үшін тым үлкен.',
    'packError.notText': 'Файл UTF-8 кодтауындағы мәтін емес, сондықтан ол істер топтамасы емес.',
    'packError.notJson':
      'Файл дұрыс JSON емес: {line}-жолда, {column}-позицияда синтаксистік қате бар. Дәл осы жердің алдында үтір, тырнақша немесе жақша түсіп қалмағанын тексеріңіз.',
    'packError.notJsonAnywhere':
      'Файл дұрыс JSON емес. Ол зақымданған немесе мүлде істер топтамасы емес болуы мүмкін.',
    'packError.notAPack':
      'Файл CaseDraft істер топтамасы емес: оның «format» өрісі «casedraft.pack» мәніне тең емес.',
    'packError.unsupportedFormatVersion':
      'Топтама форматтың {found} нұсқасын пайдаланады, CaseDraft қолданбасының осы нұсқасы оны оқи алмайды (қолдау көрсетілетін нұсқалар: {supported}). CaseDraft қолданбасын жаңартыңыз немесе топтама авторынан үйлесімді файл сұраңыз.',
    'packError.missingField': 'Міндетті өріс толтырылмаған: {path}.',
    'packError.unknownField': 'Форматта жоқ өріс (қате жазылған болуы мүмкін): {path}.',
    'packError.wrongType': 'Мәннің түрі дұрыс емес (болуы керек: {expected}): {path}.',
    'packError.invalidValue': 'Рұқсат етілмеген мән: {path}.',
    'packError.emptyText': 'Міндетті мәтін бос: {path}.',
    'packError.emptyList': 'Кемінде бір элементі болуы керек тізім бос: {path}.',
    'packError.tooShort.characters': 'Мәтін бос немесе {min, plural, other {# таңбадан}} қысқа: {path}.',
    'packError.tooShort.items': 'Тізімде {min, plural, other {# элементтен}} аз: {path}.',
    'packError.tooShort.value': 'Сан {min} мәнінен кіші: {path}.',
    'packError.tooLong.characters': 'Мәтін {max, plural, other {# таңбадан}} ұзын: {path}.',
    'packError.tooLong.items': 'Тізімде {max, plural, other {# элементтен}} көп: {path}.',
    'packError.tooLong.value': 'Сан {max} мәнінен үлкен: {path}.',
    'packError.unknownActType': 'CaseDraft «{actType}» акт түрін білмейді: {path}.',
    'packError.duplicateId': '«{id}» сәйкестендіргіші екі рет кездеседі, ал ол бірегей болуы керек: {path}.',
    'packError.changedWithoutNewVersion':
      'Кітапханада «{title}» топтамасының {version} нұсқасы басқа мазмұнмен бар. Топтама нұсқа нөмірі көтерілмей өзгертілген: авторынан нұсқаны көтеріп, топтаманы қайта жинауды сұраңыз.',
    'packError.olderVersion':
      'Кітапханада «{title}» топтамасының {imported} нұсқасы бар; бұл файлда одан ескі {offered} нұсқа.',
    'packError.unknownFileType':
      'Файл істер топтамасы (.cdpack) да, JSON пішіміндегі істер топтамасы да емес.',
    'packError.notAKey': 'Файл CaseDraft жауаптар кілті (.cdkey) емес.',
    'packError.packNotKey':
      'Бұл жауаптар кілті емес, істер топтамасы: жауаптар кілті — топтаманың жанында жиналған .cdkey файлы.',
    'packError.feedbackArchive':
      'Бұл — істер топтамасы емес, оқытушы жасаған бүкіл топқа арналған пікір файлдарының жиынтығы. Сіздің пікіріңіз — олардың бір файлы, ал басқалардың пікірі тек өздеріне тиесілі: оқытушыдан өзіңіздің .cdfb файлыңызды жіберуін сұрап, соны импорттаңыз.',
    'packError.keyNotPack':
      'Бұл істер топтамасы емес, жауаптар кілті (.cdkey): онда үлгі жауаптар бар. Тыңдаушылар .cdpack файлын импорттайды.',
    'packError.corruptArchive':
      'Файл зақымдалған: ол оқылатын zip мұрағаты емес. Топтаманың жаңа көшірмесін сұраңыз.',
    'packError.corruptEntry':
      'Топтама ішіндегі {file} файлы зақымдалған. Топтаманың жаңа көшірмесін сұраңыз.',
    'packError.unsupportedArchive.zip64':
      'Топтама CaseDraft оқымайтын zip мұрағаты түрінде (ZIP64). Оны «npm run pack» командасымен жинаңыз.',
    'packError.unsupportedArchive.multiDisk':
      'Топтама бірнеше файлға бөлінген. Оны «npm run pack» командасымен бір файл етіп жинаңыз.',
    'packError.unsupportedArchive.encrypted':
      'Топтама ішіндегі {file} файлы құпиясөзбен қорғалған; топтамада шифрланған файлдарға жол берілмейді.',
    'packError.unsupportedArchive.compression':
      'Топтама ішіндегі {file} файлы CaseDraft оқымайтын әдіспен қысылған.',
    'packError.unsupportedArchive.flags':
      'Топтама ішіндегі {file} файлы CaseDraft оқымайтын zip параметрлерімен жазылған. Топтаманы «npm run pack» командасымен жинаңыз.',
    'packError.unsupportedArchive.secondName':
      'Топтама ішіндегі {file} файлының мұрағатта екінші атауы бар, кейбір zip бағдарламалары оны біріншісінің орнына көрсетер еді. Топтаманы «npm run pack» командасымен жинаңыз.',
    'packError.tooManyEntries': 'Топтамада {max} файлдан көп.',
    'packError.archiveTooLarge': 'Ашылған күйде топтама {size} МБ-тан көп орын алар еді.',
    'packError.entryTooLarge': 'Топтама ішіндегі {file} файлы {size} МБ-тан үлкен.',
    'packError.archiveCompressionRatio':
      'Топтама тұтастай ашылғанда {max} еседен астам үлкейеді, «zip-бомба» сияқты.',
    'packError.compressionRatio':
      'Топтама ішіндегі {file} файлы ашылғанда {max} еседен астам үлкейеді, «zip-бомба» сияқты.',
    'packError.sizeMismatch':
      'Топтама ішіндегі {file} файлының өлшемі мұрағатта көрсетілгенге сәйкес келмейді: топтама зақымдалған немесе өзгертілген.',
    'packError.checksumMismatch':
      'Топтама ішіндегі {file} файлының бақылау сомасы сәйкес келмейді: топтама зақымдалған немесе өзгертілген.',
    'packError.unsafeEntryName':
      'Топтамада рұқсат етілмеген атауы бар файл бар: «{file}». Атаулар салыстырмалы болуы керек, «..», диск әріптері мен кері қиғаш сызықтарсыз.',
    'packError.duplicateEntry':
      'Топтамада «{file}» файлы екі рет кездеседі (тек бас әріптерімен ерекшеленетін атаулар бірдей саналады).',
    'packError.nestedArchive':
      'Топтамада басқа мұрағат бар: «{file}»; топтама ішінде мұрағаттарға жол берілмейді.',
    'packError.missingManifest':
      'Топтамада {file} жоқ: ол «npm run pack» командасымен жиналмаған немесе зақымдалған.',
    'packError.unexpectedFile': 'Топтамада манифестте көрсетілмеген файл бар: «{file}».',
    'packError.missingFile': '{path} ішінде көрсетілген «{file}» файлы топтамада жоқ.',
    'packError.wrongMediaType':
      '{path} ішінде көрсетілген «{file}» файлы мәлімделген {declared} түріне жатпайды.',
    'packError.imageTooLarge':
      '{path} ішінде көрсетілген «{file}» суреті {width} × {height} пиксель, {megapixels} мегапиксельден көп: оны төменірек ажыратымдылықпен сканерлеңіз.',
    'packError.digestMismatch':
      '{path} ішінде көрсетілген «{file}» файлы жазылған бақылау сомасына сәйкес келмейді: ол топтама жиналғаннан кейін өзгертілген.',
    'packError.unsafeRichText':
      '«{file}» құжатында ({path}) топтамаға рұқсат етілмеген нәрсе бар: {found}. Тек мәтін, тақырыптар, тізімдер мен кестелерге рұқсат етіледі.',
    'packError.richTextNamedTooOften':
      '{file} құжаты топтаманың {namings} материалында көрсетілген; бір құжатты ең көбі {max} материал көрсете алады.',
    'packError.packRichTextTooLarge':
      'Топтама құжаттарының жалпы көлемі {size} МБ мәтіннен асады (құжат оны көрсететін әр материал үшін бір рет саналады).',
    'packError.builtInTemplateId':
      'Пакеттегі акт үлгісінің сәйкестендіргіші «{id}» — CaseDraft-қа кірістірілген үлгінің сәйкестендіргішімен бірдей. Оған басқа сәйкестендіргіш беріңіз: {path}.',
    'packError.invalidPattern':
      'Мәтіндік үлгі қарапайым тұрақты өрнек емес (ол u жалаушасымен, қайталанатын топтарсыз, кері сілтемелерсіз, ең көбі бір *, + немесе {n,} белгісімен және сәйкестік тәсілдері аз болып жұмыс істеуі тиіс): {path}.',
    'packError.templateWithoutBody':
      'Үлгінің бірде-бір бөлігі актінің негізгі бөлігіне орналастырылмаған (introduction, background, arguments, remedies, motivation немесе decision): {path}.',

    'valueType.number': 'сан',
    'valueType.string': 'тырнақшадағы мәтін',
    'valueType.array': 'төртбұрышты жақшадағы тізім',
    'valueType.object': 'фигуралық жақшадағы өрістер тобы',
    'valueType.boolean': 'true немесе false',

    'fieldPath.cases': '{n}-іс',
    'fieldPath.materials': '{n}-материал',
    'fieldPath.blocks': '{n}-блок',
    'fieldPath.legislation': '{n}-норма',
    'fieldPath.rubric': '{n}-өлшемшарт',
    'fieldPath.authors': '{n}-автор',
    'fieldPath.item': '«{name}», {n}-элемент',
    'fieldPath.field': '«{name}»',
    'fieldPath.templates': '{n}-үлгі',
    'fieldPath.parts': '{n}-бөлік',
    'fieldPath.requisites': '{n}-деректеме',
  },
});
