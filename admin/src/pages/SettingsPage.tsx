import {
  Box,
  Button,
  Field,
  Flex,
  Grid,
  NumberInput,
  SingleSelect,
  SingleSelectOption,
  TextInput,
  Textarea,
  Toggle,
  Typography,
} from '@strapi/design-system';
import { Check } from '@strapi/icons';
import { Layouts, Page, useDebounce, useNotification, useRBAC } from '@strapi/strapi/admin';
import { useEffect, useState } from 'react';
import { useIntl } from 'react-intl';

import { readApiProblem } from '../api/errors';
import { useNewsroomApi } from '../api/use-newsroom-api';
import { PERMISSIONS } from '../permissions';
import { getTranslation } from '../utils/get-translation';
import { DATELINE_PRESETS, datelineStyleOf, inputForErrorPath, toForm, toSettings, type SettingsForm } from './settings-form';

type Errors = Partial<Record<keyof SettingsForm, string>>;

/** A filing the example dateline is written for: the seed story's. */
const EXAMPLE_STORY = { headline: 'Example', datelineCity: 'Istanbul', datelineCountry: 'Turkey', firstPublishedAt: '2020-01-08T10:00:00Z' };

/** Settings → Newsroom (`/admin/settings/newsroom`, spec §6): the §7 keys, saved through the settings API. */
export function SettingsPage() {
  return (
    <Page.Protect permissions={PERMISSIONS.readSettings}>
      <NewsroomSettings />
    </Page.Protect>
  );
}

function NewsroomSettings() {
  const { formatMessage } = useIntl();
  const api = useNewsroomApi();
  const { toggleNotification } = useNotification();
  const { allowedActions } = useRBAC({ update: PERMISSIONS.updateSettings });
  const [form, setForm] = useState<SettingsForm>();
  const [loadFailed, setLoadFailed] = useState(false);
  const [errors, setErrors] = useState<Errors>({});
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    api.getSettings().then(
      (settings) => setForm(toForm(settings)),
      () => setLoadFailed(true)
    );
  }, [api]);

  if (loadFailed) return <Page.Error />;
  if (!form) return <Page.Loading />;

  const t = (id: string, defaultMessage: string) => formatMessage({ id: getTranslation(`settings.${id}`), defaultMessage });
  const readOnly = !allowedActions.canUpdate;
  const set = <Key extends keyof SettingsForm>(key: Key, value: SettingsForm[Key]) => {
    setForm({ ...form, [key]: value });
    setErrors(({ [key]: _fixed, ...others }) => others);
  };

  async function save() {
    if (!form) return;
    setSaving(true);
    try {
      setForm(toForm(await api.updateSettings(toSettings(form))));
      setErrors({});
      toggleNotification({ type: 'success', message: t('saved', 'Settings saved. Every new write uses them now.') });
    } catch (error) {
      const problem = readApiProblem(error);
      const byInput: Errors = {};
      for (const [path, message] of Object.entries(problem.fields)) {
        const input = inputForErrorPath(path);
        if (input) byInput[input] ??= message;
      }
      setErrors(byInput);
      toggleNotification({ type: 'danger', message: problem.message });
    } finally {
      setSaving(false);
    }
  }

  return (
    <Page.Main>
      <Page.Title>{t('title', 'Newsroom settings')}</Page.Title>
      <Layouts.Header
        title={t('title', 'Newsroom settings')}
        subtitle={t('subtitle', 'House style for datelines, slugs, top news and quotes. Saved settings apply at once, in every process.')}
        primaryAction={
          <Button startIcon={<Check />} onClick={save} loading={saving} disabled={readOnly}>
            {t('save', 'Save')}
          </Button>
        }
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={6}>
          <Section title={t('section.datelines', 'Datelines')}>
            <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
              <Field.Root name="datelineStyle" error={errors.datelineStyle}>
                <Field.Label>{t('datelineStyle', 'Dateline style')}</Field.Label>
                <SingleSelect
                  value={form.datelineStyle}
                  disabled={readOnly}
                  onChange={(value: string | number) => set('datelineStyle', String(value) as SettingsForm['datelineStyle'])}
                >
                  {[...DATELINE_PRESETS, 'custom' as const].map((style) => (
                    <SingleSelectOption key={style} value={style}>
                      {t(`datelineStyle.${style}`, style)}
                    </SingleSelectOption>
                  ))}
                </SingleSelect>
                <Field.Error />
              </Field.Root>
              <DatelineExample form={form} agency={form.agency} />
            </Grid.Item>
            <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
              <TextField name="agency" label={t('agency', 'Agency')} hint={t('agency.hint', 'Default agency of new articles, as printed in the dateline.')} value={form.agency} error={errors.agency} disabled={readOnly} onChange={(value) => set('agency', value)} />
            </Grid.Item>
            {form.datelineStyle === 'custom' && (
              <>
                <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
                  <TextField name="customTemplate" label={t('customTemplate', 'Template')} hint={t('customTemplate.hint', "Tokens: '{CITY}' '{city}' '{country}' '{month}' '{day}' '{year}' '{agency}'")} value={form.customTemplate} error={errors.customTemplate} disabled={readOnly} onChange={(value) => set('customTemplate', value)} />
                </Grid.Item>
                <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
                  <TextField name="customMonths" label={t('customMonths', 'Month names')} hint={t('customMonths.hint', 'Twelve names, January first, separated by commas.')} value={form.customMonths} error={errors.customMonths} disabled={readOnly} onChange={(value) => set('customMonths', value)} />
                </Grid.Item>
              </>
            )}
            <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
              <TextField name="editionTimeZone" label={t('editionTimeZone', 'Edition time zone')} hint={t('editionTimeZone.hint', 'IANA name, e.g. Asia/Shanghai: decides which day’s edition an article belongs to.')} value={form.editionTimeZone} error={errors.editionTimeZone} disabled={readOnly} onChange={(value) => set('editionTimeZone', value)} />
            </Grid.Item>
          </Section>

          <Section title={t('section.slugs', 'Slugs and top news')}>
            <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
              <NumberField name="slugMaxLength" label={t('slugMaxLength', 'Slug length limit')} hint="16–200" value={form.slugMaxLength} error={errors.slugMaxLength} disabled={readOnly} onChange={(value) => set('slugMaxLength', value)} />
            </Grid.Item>
            <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
              <NumberField name="topNewsSize" label={t('topNewsSize', 'Top news items per day')} hint="1–50" value={form.topNewsSize} error={errors.topNewsSize} disabled={readOnly} onChange={(value) => set('topNewsSize', value)} />
            </Grid.Item>
            <Grid.Item col={12} direction="column" alignItems="stretch">
              <Field.Root name="slugReserved" error={errors.slugReserved} hint={t('slugReserved.hint', 'One per line. A headline that slugs to one of these gets a -2 suffix.')}>
                <Field.Label>{t('slugReserved', 'Reserved slugs')}</Field.Label>
                <Textarea value={form.slugReserved} disabled={readOnly} onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => set('slugReserved', event.target.value)} />
                <Field.Hint />
                <Field.Error />
              </Field.Root>
            </Grid.Item>
          </Section>

          <Section title={t('section.publishing', 'Quotes and publishing')}>
            <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
              <ToggleField name="autoExtractQuotes" label={t('autoExtractQuotes', 'Extract quotes automatically')} checked={form.autoExtractQuotes} disabled={readOnly} onChange={(value) => set('autoExtractQuotes', value)} />
            </Grid.Item>
            <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
              <ToggleField name="publicRead" label={t('publicRead', 'Public read access')} checked={form.publicRead} disabled={readOnly} onChange={(value) => set('publicRead', value)} />
            </Grid.Item>
            <Grid.Item col={12} direction="column" alignItems="stretch">
              <TextField name="siteUrl" label={t('siteUrl', 'Site URL')} hint={t('siteUrl.hint', 'The frontend’s address, for the url in JSON-LD. Leave empty if unknown.')} value={form.siteUrl} error={errors.siteUrl} disabled={readOnly} onChange={(value) => set('siteUrl', value)} />
            </Grid.Item>
          </Section>
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
}

/** The dateline the chosen (unsaved) style gives the seed story, from the server's own rule. */
function DatelineExample({ form, agency }: { form: SettingsForm; agency: string }) {
  const { formatMessage } = useIntl();
  const api = useNewsroomApi();
  const request = useDebounce(JSON.stringify({ ...EXAMPLE_STORY, agency, datelineStyle: datelineStyleOf(form) }), 300);
  const [example, setExample] = useState<{ text: string; failed: boolean }>();

  useEffect(() => {
    const abort = new AbortController();
    api.preview(JSON.parse(request), abort.signal).then(
      (preview) => setExample({ text: preview.dateline ?? '', failed: false }),
      (error) => !abort.signal.aborted && setExample({ text: readApiProblem(error).message, failed: true })
    );
    return () => abort.abort();
  }, [api, request]);

  return (
    <Box paddingTop={2}>
      <Typography variant="pi" textColor="neutral600">
        {formatMessage({ id: getTranslation('settings.example'), defaultMessage: 'Example:' })}{' '}
      </Typography>
      <Typography variant="pi" fontWeight="bold" textColor={example?.failed ? 'danger600' : 'neutral800'} data-testid="newsroom-dateline-example">
        {example?.text ?? '…'}
      </Typography>
    </Box>
  );
}

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <Box background="neutral0" hasRadius shadow="filterShadow" paddingTop={6} paddingBottom={6} paddingLeft={7} paddingRight={7}>
      <Flex direction="column" alignItems="stretch" gap={4}>
        <Typography variant="delta" tag="h2">
          {title}
        </Typography>
        <Grid.Root gap={5}>{children}</Grid.Root>
      </Flex>
    </Box>
  );
}

interface InputProps<Value> {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  disabled: boolean;
  value: Value;
  onChange(value: Value): void;
}

function TextField({ name, label, hint, error, disabled, value, onChange }: InputProps<string>) {
  return (
    <Field.Root name={name} error={error} hint={hint}>
      <Field.Label>{label}</Field.Label>
      <TextInput value={value} disabled={disabled} onChange={(event: React.ChangeEvent<HTMLInputElement>) => onChange(event.target.value)} />
      <Field.Hint />
      <Field.Error />
    </Field.Root>
  );
}

function NumberField({ name, label, hint, error, disabled, value, onChange }: InputProps<string>) {
  return (
    <Field.Root name={name} error={error} hint={hint}>
      <Field.Label>{label}</Field.Label>
      <NumberInput
        value={value === '' ? undefined : Number(value)}
        disabled={disabled}
        onValueChange={(next: number | undefined) => onChange(next === undefined ? '' : String(next))}
      />
      <Field.Hint />
      <Field.Error />
    </Field.Root>
  );
}

function ToggleField({ name, label, checked, disabled, onChange }: Omit<InputProps<boolean>, 'value'> & { checked: boolean }) {
  const { formatMessage } = useIntl();
  return (
    <Field.Root name={name}>
      <Field.Label>{label}</Field.Label>
      <Toggle
        checked={checked}
        disabled={disabled}
        onLabel={formatMessage({ id: getTranslation('settings.on'), defaultMessage: 'On' })}
        offLabel={formatMessage({ id: getTranslation('settings.off'), defaultMessage: 'Off' })}
        onChange={(event: React.ChangeEvent<HTMLInputElement>) => onChange(event.target.checked)}
      />
    </Field.Root>
  );
}
