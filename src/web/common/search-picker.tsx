import { useState } from 'react';
import { Button, ComboBox, FieldError, Input, ListBox, ListBoxItem, Popover, Text } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { FieldLabel } from './fields';
import { useDebounced } from './use-debounced';

export interface PickerOption {
  id: string;
  label: string;
  detail?: string;
}

interface SearchPickerProps {
  label: string;
  /** searches the server; called with the debounced text */
  useOptions: (q: string) => { options: PickerOption[]; isFetching: boolean };
  onSelect: (option: PickerOption | null) => void;
  name?: string;
  isRequired?: boolean;
  description?: string;
  /** makes the picker controlled, starting from this choice (an edit form's saved value) */
  selected?: PickerOption | null;
}

/** A combo box that searches the server as the user types (organisations, provinces…). */
export function SearchPicker({ label, useOptions, onSelect, name, isRequired, description, selected }: SearchPickerProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(selected?.label ?? '');
  const q = useDebounced(text.trim(), 250);
  // the chosen option's own label is not a search
  const { options: found, isFetching } = useOptions(q === selected?.label ? '' : q);
  const options = selected && !found.some((o) => o.id === selected.id) ? [selected, ...found] : found;
  return (
    <ComboBox
      className="field"
      name={name}
      formValue="key"
      isRequired={isRequired}
      items={options}
      {...(selected !== undefined ? { selectedKey: selected?.id ?? null } : {})}
      inputValue={text}
      onInputChange={setText}
      menuTrigger="input"
      allowsEmptyCollection
      onSelectionChange={(key) => {
        const option = options.find((o) => o.id === key) ?? null;
        if (option) setText(option.label);
        onSelect(option);
      }}
    >
      <FieldLabel label={label} isRequired={isRequired} />
      <div className="combo-input">
        <Input placeholder={t('form.typeToSearch')} />
        <Button className="combo-button" aria-label={t('form.showOptions')}>
          <span aria-hidden="true">▾</span>
        </Button>
      </div>
      {description && <Text slot="description">{description}</Text>}
      <FieldError className="field-error" />
      <Popover className="popover">
        <ListBox
          className="listbox"
          renderEmptyState={() => <p className="listbox-empty">{isFetching ? t('states.loading') : q ? t('states.noMatches') : t('form.typeToSearch')}</p>}
        >
          {(option: PickerOption) => (
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
