import { useId, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { useStrings } from '../ui/i18n/strings';

/** The search box in the header: goes to /search?q=… (which then searches as you type). */
export function HeaderSearch() {
  const navigate = useNavigate();
  const [query, setQuery] = useState('');
  const id = useId();
  const t = useStrings().header;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    navigate(query.trim() ? `/search?q=${encodeURIComponent(query.trim())}` : '/search');
  };
  return (
    <form role="search" aria-label={t.searchLandmark} className="header-search" action={`${import.meta.env.BASE_URL}search`} method="get" onSubmit={submit}>
      <label htmlFor={id} className="visually-hidden">
        {t.searchLabel}
      </label>
      <input id={id} type="search" name="q" placeholder={t.searchPlaceholder} value={query} onChange={(e) => setQuery(e.target.value)} enterKeyHint="search" />
      <button type="submit">{t.searchButton}</button>
    </form>
  );
}
