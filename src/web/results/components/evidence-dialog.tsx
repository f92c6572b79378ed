import { useId, useState, type ChangeEvent } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../shared/format-date';
import { FormError } from '../../common/fields';
import { formErrorMessage } from '../../common/form-error';
import { FormModal } from '../../common/modal';
import { EmptyState, ErrorState, Loading } from '../../common/states';
import { useLocalized } from '../../common/use-localized';
import { evidenceUrl, useEvidence, useUploadEvidence } from '../results.queries';

/** The server refuses more (and checks the type by content); saying so first saves an upload. */
const MAX_BYTES = 5 * 1024 * 1024;
const ACCEPT = '.pdf,.png,.jpg,.jpeg,.xlsx,.docx,.csv';

async function toBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Evidence files of one measurement: the list with downloads, and an upload. */
export function EvidenceDialog({ measurementId, rowLabel, canUpload }: { measurementId: string; rowLabel: string; canUpload: boolean }) {
  const { t } = useTranslation('results');
  const { language } = useLocalized();
  const [open, setOpen] = useState(false);
  const [tooBig, setTooBig] = useState(false);
  const inputId = useId();
  const evidence = useEvidence(measurementId, open);
  const upload = useUploadEvidence(measurementId);

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    setTooBig(file.size > MAX_BYTES);
    if (file.size > MAX_BYTES) return;
    upload.mutate(
      { fileName: file.name, contentBase64: await toBase64(file) },
      {
        onSettled: () => {
          input.value = '';
        },
      },
    );
  };

  return (
    <>
      <Button
        className="button button-small button-ghost"
        aria-label={t('evidence.open', { row: rowLabel })}
        onPress={() => {
          upload.reset();
          setTooBig(false);
          setOpen(true);
        }}
      >
        {t('evidence.button')}
      </Button>
      <FormModal title={t('evidence.title', { row: rowLabel })} isOpen={open} onOpenChange={setOpen}>
        {(close) => (
          <div className="form">
            {evidence.isPending ? (
              <Loading />
            ) : evidence.isError ? (
              <ErrorState error={evidence.error} />
            ) : evidence.data.length === 0 ? (
              <EmptyState title={t('evidence.none')} />
            ) : (
              <ul className="evidence-list">
                {evidence.data.map((e) => (
                  <li key={e.id}>
                    <a href={evidenceUrl(e.id)} download={e.fileName}>
                      {e.fileName}
                    </a>{' '}
                    <span className="muted">
                      ({Math.max(1, Math.round(e.sizeBytes / 1024))} KB, {formatDateTime(e.createdAt, language)})
                    </span>
                  </li>
                ))}
              </ul>
            )}
            {canUpload && (
              <div className="field">
                <label htmlFor={inputId}>{t('evidence.upload')}</label>
                <input
                  id={inputId}
                  type="file"
                  accept={ACCEPT}
                  onChange={(e) => void onFile(e)}
                  disabled={upload.isPending}
                  aria-describedby={`${inputId}-help`}
                />
                <p id={`${inputId}-help`} className="field-help">
                  {t('evidence.limits')}
                </p>
              </div>
            )}
            {upload.isPending && <p role="status">{t('evidence.uploading')}</p>}
            {upload.isSuccess && (
              <p role="status" className="success">
                {t('evidence.uploaded')}
              </p>
            )}
            <FormError message={tooBig ? t('evidence.tooBig') : formErrorMessage(upload.error, t)} />
            <div className="form-actions">
              <Button className="button button-secondary" onPress={close}>
                {t('evidence.close')}
              </Button>
            </div>
          </div>
        )}
      </FormModal>
    </>
  );
}
