import { type FormEvent, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { FormError, SelectInput, TextInput } from '../../common/fields';
import { fieldErrors, formErrorMessage } from '../../common/form-error';
import { FormModal } from '../../common/modal';
import { useLocalized } from '../../common/use-localized';
import type { PairView, Resolution } from '../coordination.types';
import { useResolveOverlap } from '../overlaps.queries';

/** One of the four resolutions, with a note; merge also asks which project absorbs the other. */
export function ResolveDialog({ pair, resolution, onClose }: { pair: PairView; resolution: Resolution | null; onClose: () => void }) {
  const { t } = useTranslation('coordination');
  const { language } = useLocalized();
  const resolve = useResolveOverlap(pair.id);
  const [absorbing, setAbsorbing] = useState<string | null>(null);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!resolution) return;
    const note = String(new FormData(event.currentTarget).get('note') ?? '').trim();
    resolve.mutate(
      { resolution, version: pair.version, ...(note ? { note } : {}), ...(resolution === 'merge' && absorbing ? { absorbingElementId: absorbing } : {}) },
      { onSuccess: onClose },
    );
  };
  return (
    <FormModal
      title={resolution ? t(`resolutions.${resolution}`) : ''}
      isOpen={resolution !== null}
      onOpenChange={(open) => {
        if (!open) {
          resolve.reset();
          onClose();
        }
      }}
    >
      {(close) => (
        <Form validationBehavior="aria" onSubmit={onSubmit} validationErrors={fieldErrors(resolve.error)} className="form">
          <p>{resolution && t(`resolutions.${resolution}Hint`)}</p>
          <FormError message={formErrorMessage(resolve.error, t)} />
          {resolution === 'merge' && (
            <SelectInput
              label={t('overlaps.absorbing')}
              name="absorbingElementId"
              isRequired
              value={absorbing}
              onChange={(k) => setAbsorbing(k ? String(k) : null)}
              options={pair.projects.map((p) => ({ id: p.elementId, label: language === 'th' ? p.titleTh : p.titleEn }))}
            />
          )}
          <TextInput label={t('overlaps.note')} name="note" />
          <div className="form-actions">
            <Button className="button button-secondary" onPress={close}>
              {t('common:form.cancel')}
            </Button>
            <Button type="submit" className="button button-primary" isDisabled={resolve.isPending}>
              {t('overlaps.resolve')}
            </Button>
          </div>
        </Form>
      )}
    </FormModal>
  );
}
