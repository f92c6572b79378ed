import type { Key, ReactNode } from 'react';
import {
  Button,
  FieldError,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  SearchField,
  Select,
  SelectValue,
  Text,
  TextField,
  type TextFieldProps,
} from 'react-aria-components';
import { useTranslation } from 'react-i18next';

interface TextInputProps extends Omit<TextFieldProps, 'children'> {
  label: string;
  description?: string;
  type?: string;
}

/** The label text stays exactly the field's name; the required mark sits beside it, hidden from
 * assistive technology (which announces "required" from the input itself). */
export function FieldLabel({ label, isRequired }: { label: string; isRequired?: boolean }) {
  return (
    <span className="label-row">
      <Label>{label}</Label>
      {isRequired && (
        <span aria-hidden="true" className="required">
          *
        </span>
      )}
    </span>
  );
}

/** A labelled text input; a server field error with the same `name` shows beneath it. */
export function TextInput({ label, description, type = 'text', ...props }: TextInputProps) {
  return (
    <TextField className="field" type={type} {...props}>
      <FieldLabel label={label} isRequired={props.isRequired} />
      <Input />
      {description && <Text slot="description">{description}</Text>}
      <FieldError className="field-error" />
    </TextField>
  );
}

export interface Option {
  id: string;
  label: string;
}

interface SelectInputProps {
  label: string;
  name?: string;
  options: Option[];
  value?: string | null;
  defaultValue?: string;
  onChange?: (key: Key | null) => void;
  isRequired?: boolean;
  placeholder?: string;
  description?: string;
}

export function SelectInput({ label, options, value, defaultValue, onChange, placeholder, description, ...props }: SelectInputProps) {
  const { t } = useTranslation();
  return (
    <Select
      className="field"
      {...props}
      {...(value !== undefined ? { value } : {})}
      defaultValue={defaultValue}
      onChange={onChange}
      placeholder={placeholder ?? t('form.choose')}
    >
      <FieldLabel label={label} isRequired={props.isRequired} />
      <Button className="select-button">
        <SelectValue />
        <span aria-hidden="true" className="select-chevron">
          ▾
        </span>
      </Button>
      {description && <Text slot="description">{description}</Text>}
      <FieldError className="field-error" />
      <Popover className="popover">
        <ListBox className="listbox" items={options}>
          {(option) => (
            <ListBoxItem className="listbox-item" id={option.id}>
              {option.label}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </Select>
  );
}

export function SearchInput({ label, value, onChange, placeholder }: { label: string; value: string; onChange: (v: string) => void; placeholder?: string }) {
  const { t } = useTranslation();
  return (
    <SearchField className="field search-field" value={value} onChange={onChange}>
      <Label>{label}</Label>
      <div className="search-input">
        <Input placeholder={placeholder} />
        {value && (
          <Button className="search-clear" aria-label={t('form.clearSearch')}>
            ✕
          </Button>
        )}
      </div>
    </SearchField>
  );
}

/** A form-level failure that belongs to no single field. */
export function FormError({ message }: { message?: ReactNode }) {
  if (!message) return null;
  return (
    <div className="form-error" role="alert">
      {message}
    </div>
  );
}
