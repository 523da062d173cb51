// Reading a policy leaf in the current language: its label and its value in display units.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { orderedLeaves, toDisplay, type Leaf } from '../policy-values';

export function useFormatLeaf() {
  const { t, i18n } = useTranslation();
  const label = useCallback(
    (key: string, leaf: Leaf) => (leaf.id === '' ? t(`settings.param.${key}`) : t(`settings.leaf.${leaf.id}`, { defaultValue: leaf.path.join(' ') })),
    [t],
  );
  const value = useCallback(
    (leaf: Leaf) => {
      if (leaf.value === null) return t('settings.notUsed');
      if (typeof leaf.value === 'string') return t(`settings.word.${leaf.value}`, { defaultValue: leaf.value });
      const n = toDisplay(leaf.unit, leaf.value).toLocaleString(i18n.language, { maximumFractionDigits: 4 });
      return leaf.unit === 'plain' ? n : t(`settings.unit.${leaf.unit}`, { value: n });
    },
    [t, i18n.language],
  );
  /** The whole value on one line, e.g. "上限 18,000 元 · 县域上限 12,000 元 · 按户 · 自然年", in `reference`'s order. */
  const summary = useCallback(
    (key: string, v: unknown, reference: unknown) =>
      orderedLeaves(key, v, reference)
        .map((leaf) => (leaf.id === '' ? value(leaf) : `${label(key, leaf)} ${value(leaf)}`))
        .join(' · '),
    [label, value],
  );
  return { label, value, summary };
}
