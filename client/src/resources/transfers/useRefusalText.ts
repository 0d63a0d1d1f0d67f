import { useTranslate } from 'react-admin';

/**
 * Why a fix is refused, in the agent's language when we know the code, else as the API says it
 * (httpClient already turned the codes of `errors.*` into their key).
 */
export function useRefusalText(): (code: string | undefined, message: string) => string {
  const translate = useTranslate();
  return (code, message) => {
    const fallback = translate(message, { _: message });
    return code ? translate(`resources.transfers.fix.refusals.${code}`, { _: fallback }) : fallback;
  };
}
