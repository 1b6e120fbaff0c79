import { useIntl } from 'react-intl';

type Values = Record<string, string | number>;

/** A screen's `t(id, defaultMessage, values?)`; `toId` names its ids, e.g. (id) => getTranslation(`settings.${id}`). */
export function useTranslator(toId: (id: string) => string) {
  const { formatMessage } = useIntl();
  return (id: string, defaultMessage: string, values?: Values) =>
    formatMessage({ id: toId(id), defaultMessage }, values);
}
