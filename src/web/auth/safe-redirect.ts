/** Only same-site paths: an attacker's link must not bounce a fresh login to another site. */
export function safeRedirect(target: string | undefined): string {
  return target?.startsWith('/') && !target.startsWith('//') && !target.startsWith('/login') ? target : '/organisations';
}
