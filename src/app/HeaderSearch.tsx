import { useId, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { useStrings } from '../ui/strings';

/**
 * The search box in the header: goes to /search?q=… (which then searches as you type). The box is
 * uncontrolled and read at submit: words typed before the app has taken over the prerendered page are
 * kept (and before that, the form simply submits to /search as a plain GET form).
 */
export function HeaderSearch() {
  const navigate = useNavigate();
  const id = useId();
  const t = useStrings().header;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const query = String(new FormData(event.currentTarget).get('q') ?? '').trim();
    navigate(query ? `/search?q=${encodeURIComponent(query)}` : '/search');
  };
  return (
    <form role="search" aria-label={t.searchLandmark} className="header-search" action={`${import.meta.env.BASE_URL}search`} method="get" onSubmit={submit}>
      <label htmlFor={id} className="visually-hidden">
        {t.searchLabel}
      </label>
      <input id={id} type="search" name="q" placeholder={t.searchPlaceholder} enterKeyHint="search" />
      <button type="submit">{t.searchButton}</button>
    </form>
  );
}
