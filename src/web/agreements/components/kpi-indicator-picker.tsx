import { useState } from 'react';
import { Button, ComboBox, FieldError, Input, ListBox, ListBoxItem, Popover } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { FieldLabel } from '../../common/fields';
import { useDebounced } from '../../common/use-debounced';
import { useLocalized } from '../../common/use-localized';
import { useKpiIndicatorSearch } from '../agreements.queries';
import type { PickedIndicator } from '../kpi-rows';


interface Props {
  label: string;
  /** the API's error path, so a refused indicator shows its reason beneath */
  name: string;
  value: PickedIndicator | null;
  onChange: (indicator: PickedIndicator | null) => void;
}

/**
 * Picks the KPI's indicator by searching code and names as the user types; each option says
 * whose indicator it is. Starts with the chosen indicator's name when editing.
 */
export function KpiIndicatorPicker({ label, name, value, onChange }: Props) {
  const { t } = useTranslation('agreements');
  const { name: localName } = useLocalized();
  const [text, setText] = useState(value?.label ?? '');
  const q = useDebounced(text.trim(), 250);
  const search = useKpiIndicatorSearch(q === value?.label ? '' : q);
  const options = (search.data?.items ?? []).map((i) => ({
    id: i.id,
    label: i.code ? `${i.code} ${localName(i)}` : localName(i),
    detail: t('form.indicatorOf', { organisation: localName({ nameTh: i.responsibleNameTh, nameEn: i.responsibleNameEn }) }),
  }));
  const items = value && !options.some((o) => o.id === value.id) ? [{ ...value, detail: '' }, ...options] : options;
  return (
    <ComboBox
      className="field"
      name={name}
      formValue="key"
      isRequired
      items={items}
      selectedKey={value?.id ?? null}
      inputValue={text}
      onInputChange={setText}
      menuTrigger="input"
      allowsEmptyCollection
      onSelectionChange={(key) => {
        const option = items.find((o) => o.id === key) ?? null;
        if (option) setText(option.label);
        onChange(option ? { id: option.id, label: option.label } : null);
      }}
    >
      <FieldLabel label={label} isRequired />
      <div className="combo-input">
        <Input placeholder={t('common:form.typeToSearch')} />
        <Button className="combo-button" aria-label={t('common:form.showOptions')}><span aria-hidden="true">▾</span></Button>
      </div>
      <FieldError className="field-error" />
      <Popover className="popover">
        <ListBox className="listbox" renderEmptyState={() => <p className="listbox-empty">{search.isFetching ? t('common:states.loading') : q ? t('common:states.noMatches') : t('common:form.typeToSearch')}</p>}>
          {(option: (typeof items)[number]) => (
            <ListBoxItem className="listbox-item" id={option.id} textValue={option.label}>
              <span>{option.label}</span>
              {option.detail && <span className="listbox-detail">{option.detail}</span>}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </ComboBox>
  );
}
