import type { ContentLanguage } from '../language';
import type { RubricCriterion } from './pack-fields';

/**
 * The rubric a case gets when its pack gives none: the eight criteria of shared/reference/grading.md, a proposal
 * built from the procedural codes and CCJE Opinion No. 11, not an official standard. Points are a proposal too
 * (100 in all); a pack that needs other criteria, weights or maxima states its own rubric.
 */
const CRITERIA: {
  id: string;
  maxPoints: number;
  title: Record<ContentLanguage, string>;
  description: Record<ContentLanguage, string>;
}[] = [
  {
    id: 'form',
    maxPoints: 10,
    title: { ru: 'Форма и обязательные реквизиты', kk: 'Нысаны және міндетті деректемелері' },
    description: {
      ru: 'Верный вид акта; все обязательные части на месте и в нужном порядке; реквизиты вводной части полны.',
      kk: 'Актінің түрі дұрыс; барлық міндетті бөліктер орнында және дұрыс ретте; кіріспе бөліктің деректемелері толық.',
    },
  },
  {
    id: 'positions',
    maxPoints: 10,
    title: { ru: 'Требования и позиции сторон', kk: 'Талаптар мен тараптардың ұстанымдары' },
    description: {
      ru: 'Требования, возражения и иные позиции изложены точно, кратко, в третьем лице.',
      kk: 'Талаптар, қарсылықтар және өзге ұстанымдар дәл, қысқа, үшінші жақта баяндалған.',
    },
  },
  {
    id: 'facts-evidence',
    maxPoints: 15,
    title: { ru: 'Обстоятельства и доказательства', kk: 'Мән-жайлар және дәлелдемелер' },
    description: {
      ru: 'Каждый вывод опирается на доказательства; оценены относимость, допустимость, достоверность и достаточность; мотивы отклонения доказательств приведены.',
      kk: 'Әрбір тұжырым дәлелдемеге негізделген; қатыстылығы, жол берілетіндігі, анықтығы және жеткіліктілігі бағаланған; дәлелдемелерді қабылдамау уәждері келтірілген.',
    },
  },
  {
    id: 'qualification',
    maxPoints: 15,
    title: { ru: 'Квалификация и применённые нормы', kk: 'Саралау және қолданылған нормалар' },
    description: {
      ru: 'Верные нормы материального и процессуального права (статья, часть, пункт); верная квалификация.',
      kk: 'Материалдық және іс жүргізу құқығының нормалары дұрыс (бап, бөлік, тармақ); саралау дұрыс.',
    },
  },
  {
    id: 'reasoning',
    maxPoints: 15,
    title: { ru: 'Качество мотивировки', kk: 'Уәждеу сапасы' },
    description: {
      ru: 'Логично, без противоречий, отвечает на основные доводы сторон, обосновывает резолютивную часть.',
      kk: 'Қисынды, қайшылықсыз, тараптардың негізгі дәлелдеріне жауап береді, қарар бөлігін негіздейді.',
    },
  },
  {
    id: 'operative',
    maxPoints: 15,
    title: { ru: 'Резолютивная часть', kk: 'Қарар бөлігі' },
    description: {
      ru: 'Разрешено каждое требование или обвинение в отношении каждой стороны; исполнимо; судебные расходы; исполнение; порядок и срок обжалования.',
      kk: 'Әрбір талап немесе айып әрбір тарапқа қатысты шешілген; орындалатын; сот шығындары; орындау; шағымдану тәртібі мен мерзімі.',
    },
  },
  {
    id: 'language',
    maxPoints: 10,
    title: { ru: 'Язык и юридическая техника', kk: 'Тіл және заң техникасы' },
    description: {
      ru: 'Кратко, точная терминология, орфография и грамматика языка судопроизводства.',
      kk: 'Қысқа, терминология дәл, сот ісін жүргізу тілінің емлесі мен грамматикасы сақталған.',
    },
  },
  {
    id: 'outcome',
    maxPoints: 10,
    title: { ru: 'Итоговый вывод', kk: 'Қорытынды нәтиже' },
    description: {
      ru: 'Соответствует ключевым вопросам дела и модельному ответу.',
      kk: 'Істің негізгі мәселелеріне және үлгі жауапқа сәйкес келеді.',
    },
  },
];

export function defaultRubric(language: ContentLanguage): RubricCriterion[] {
  return CRITERIA.map(({ id, maxPoints, title, description }) => ({
    id,
    maxPoints,
    title: title[language],
    description: description[language],
  }));
}
