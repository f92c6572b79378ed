import { useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { Button, Form, Label, TextArea, TextField, FieldError } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../common/fields';
import { fieldErrors, formErrorMessage } from '../../common/form-error';
import { FormModal } from '../../common/modal';
import { usePlanAccess } from '../plan-access';
import { type PlanView, useReturnPlan, useRevisePlan, useTransition } from '../plans.queries';

/** The workflow buttons the user's roles and the plan's status allow: submit, approve, return, activate, revise. */
export function PlanWorkflow({ plan }: { plan: PlanView }) {
  const { t } = useTranslation('plans');
  const access = usePlanAccess(plan);
  const transition = useTransition(plan);
  const revise = useRevisePlan(plan);
  const navigate = useNavigate();
  const error = transition.error ?? revise.error;
  return (
    <div className="plan-workflow">
      <div className="button-row">
        {access.canSubmit && (
          <Button className="button button-primary" isDisabled={transition.isPending} onPress={() => transition.mutate('submit')}>
            {t('workflow.submit')}
          </Button>
        )}
        {access.canApprove && (
          <Button className="button button-primary" isDisabled={transition.isPending} onPress={() => transition.mutate('approve')}>
            {t('workflow.approve')}
          </Button>
        )}
        {access.canReturn && <ReturnDialog plan={plan} />}
        {access.canActivate && (
          <Button className="button button-secondary" isDisabled={transition.isPending} onPress={() => transition.mutate('activate')}>
            {t('workflow.activate')}
          </Button>
        )}
        {access.canRevise && (
          <Button
            className="button button-secondary"
            isDisabled={revise.isPending}
            onPress={() => revise.mutate(undefined, { onSuccess: (next) => void navigate({ to: '/plans/$id', params: { id: next.id } }) })}
          >
            {t('workflow.revise')}
          </Button>
        )}
      </div>
      <FormError message={formErrorMessage(error, t)} />
    </div>
  );
}

function ReturnDialog({ plan }: { plan: PlanView }) {
  const { t } = useTranslation('plans');
  const [open, setOpen] = useState(false);
  const returnPlan = useReturnPlan(plan);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const comment = String(new FormData(event.currentTarget).get('comment') ?? '').trim();
    returnPlan.mutate(comment, { onSuccess: () => setOpen(false) });
  };
  return (
    <>
      <Button
        className="button button-secondary"
        onPress={() => {
          returnPlan.reset();
          setOpen(true);
        }}
      >
        {t('workflow.return')}
      </Button>
      <FormModal title={t('workflow.returnTitle')} isOpen={open} onOpenChange={setOpen}>
        {(close) => (
          <Form validationBehavior="aria" onSubmit={onSubmit} validationErrors={fieldErrors(returnPlan.error)} className="form">
            <FormError message={formErrorMessage(returnPlan.error, t)} />
            <TextField className="field" name="comment" isRequired>
              <Label>{t('workflow.comment')}</Label>
              <TextArea rows={4} />
              <FieldError className="field-error" />
            </TextField>
            <div className="form-actions">
              <Button className="button button-secondary" onPress={close}>
                {t('common:form.cancel')}
              </Button>
              <Button type="submit" className="button button-primary" isDisabled={returnPlan.isPending}>
                {t('workflow.returnSubmit')}
              </Button>
            </div>
          </Form>
        )}
      </FormModal>
    </>
  );
}
