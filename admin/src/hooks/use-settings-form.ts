import { useNotification } from '@strapi/strapi/admin';
import { useEffect, useState } from 'react';

import { readApiProblem } from '../api/errors';
import { useNewsroomApi } from '../api/use-newsroom-api';
import { inputForErrorPath, toForm, toSettings, type SettingsForm } from '../pages/settings-form';
import { getTranslation } from '../utils/get-translation';
import { useTranslator } from '../utils/use-translator';

export type SettingsErrors = Partial<Record<keyof SettingsForm, string>>;

export type SetSetting = <Key extends keyof SettingsForm>(
  key: Key,
  value: SettingsForm[Key]
) => void;

/** The settings page's data: the stored settings as a form, its edits, and a save that maps a 400 to its inputs. */
export function useSettingsForm() {
  const api = useNewsroomApi();
  const { toggleNotification } = useNotification();
  const t = useTranslator((id) => getTranslation(`settings.${id}`));
  const [form, setForm] = useState<SettingsForm>();
  const [loadFailed, setLoadFailed] = useState(false);
  const [errors, setErrors] = useState<SettingsErrors>({});
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    api.getSettings().then(
      (settings) => setForm(toForm(settings)),
      () => setLoadFailed(true)
    );
  }, [api]);

  const set: SetSetting = (key, value) => {
    setForm((current) => current && { ...current, [key]: value });
    setErrors(({ [key]: _fixed, ...others }) => others);
  };

  async function save() {
    if (!form) return;
    setSaving(true);
    try {
      setForm(toForm(await api.updateSettings(toSettings(form))));
      setErrors({});
      toggleNotification({
        type: 'success',
        message: t('saved', 'Settings saved. Every new write uses them now.'),
      });
    } catch (error) {
      const problem = readApiProblem(error);
      const byInput: SettingsErrors = {};
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

  return { form, loadFailed, errors, saving, set, save };
}
