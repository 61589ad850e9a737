import { useId, type ReactNode } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { workLabel, type ClassroomWork } from './classroom-works';

interface WorkPickerProps {
  label: string;
  works: readonly ClassroomWork[];
  value: string;
  onChange: (value: string) => void;
  /** Options before the works (the model answer, nothing), with their values. */
  before?: ReactNode;
}

/** A list of the works by their anonymous labels: the shortlisted first, in their own group, then the others. */
export function WorkPicker({ label, works, value, onChange, before }: WorkPickerProps) {
  const { t } = useI18n();
  const id = useId();
  const letters = t('classroom.letters');
  const option = (work: ClassroomWork) => (
    <option key={work.digest} value={work.digest}>
      {t('classroom.work', { label: workLabel(work, letters) })}
      {work.shortlistIndex !== undefined && workLabel(work, letters) !== work.code ? ` · ${work.code}` : ''}
    </option>
  );
  const shortlisted = works.filter((work) => work.shortlistIndex !== undefined);
  const others = works.filter((work) => work.shortlistIndex === undefined);
  return (
    <div className="classroom__picker">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        className="classroom__select"
        value={value}
        onChange={(event) => onChange(event.target.value)}
      >
        {before}
        {shortlisted.length > 0 && (
          <optgroup label={t('classroom.shortlisted')}>{shortlisted.map(option)}</optgroup>
        )}
        {others.length > 0 &&
          (shortlisted.length > 0 ? (
            <optgroup label={t('classroom.otherWorks')}>{others.map(option)}</optgroup>
          ) : (
            others.map(option)
          ))}
      </select>
    </div>
  );
}
