import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { FormModal } from './modal';

interface ConfirmButtonProps {
  /** the button's visible text */
  children: string;
  /** the button's full accessible name when the visible text is short ("Remove") */
  label?: string;
  title: string;
  message: string;
  confirmText: string;
  onConfirm: () => void;
  isDisabled?: boolean;
}

/** A destructive action that asks first, in an accessible alert dialog. */
export function ConfirmButton({ children, label, title, message, confirmText, onConfirm, isDisabled }: ConfirmButtonProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button className="button button-small button-ghost" aria-label={label} isDisabled={isDisabled} onPress={() => setOpen(true)}>
        {children}
      </Button>
      <FormModal title={title} isOpen={open} onOpenChange={setOpen} role="alertdialog">
        {(close) => (
          <>
            <p>{message}</p>
            <div className="form-actions">
              <Button className="button button-secondary" onPress={close} autoFocus>
                {t('form.cancel')}
              </Button>
              <Button
                className="button button-danger"
                onPress={() => {
                  onConfirm();
                  close();
                }}
              >
                {confirmText}
              </Button>
            </div>
          </>
        )}
      </FormModal>
    </>
  );
}
