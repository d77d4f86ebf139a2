import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { usePageHead } from '../../ui/head/use-page-head';
import { RESULTS_PAGE, searchQuery, sectionsQuery } from './pagefind';
import { useStrings } from '../../ui/strings';
import { searchHead } from '../../ui/head/heads';
import { useSiteInfo } from '../../ui/head/use-page-head';

/** /search?q=…&section=…: results as you type, the URL always holding the query (shareable). */
export function SearchPage() {
  const [params, setParams] = useSearchParams();
  const query = params.get('q') ?? '';
  const section = params.get('section') ?? '';
  const [text, setText] = useState(query);
  // A query arriving from elsewhere (the header's search box, Back) replaces what is in the box.
  const [shownQuery, setShownQuery] = useState(query);
  if (query !== shownQuery) {
    setShownQuery(query);
    if (query !== text) setText(query);
  }
  // Results follow the box at once (the index answers in milliseconds); only the URL waits for a pause.
  const term = text.trim();
  // "Show more results" adds a page of results; a new query or section starts again from the first.
  const [more, setMore] = useState({ term, section, pages: 1 });
  const pages = more.term === term && more.section === section ? more.pages : 1;
  const results = useQuery({ ...searchQuery(term, section, pages * RESULTS_PAGE), placeholderData: keepPreviousData });
  const sectionNames = useQuery(sectionsQuery()).data ?? [];
  const inputId = useId();
  const data = term ? results.data : undefined;
  const strings = useStrings();
  const t = strings.search;
  usePageHead(searchHead(query, useSiteInfo().name, strings));

  // The URL follows the box (replacing, so Back leaves the search page rather than undoing letters).
  useEffect(() => {
    if (text === query) return;
    const timer = setTimeout(() => {
      const next = new URLSearchParams(params);
      if (text) next.set('q', text);
      else next.delete('q');
      setParams(next, { replace: true });
    }, 250);
    return () => clearTimeout(timer);
  }, [text, query, params, setParams]);

  const setSection = (value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set('section', value);
    else next.delete('section');
    setParams(next, { replace: true });
  };

  return (
    <div className="page page--list search-page">
      <header className="page__header">
        <h1>{t.title}</h1>
        <form role="search" aria-label={t.form} className="search-form" onSubmit={(e) => e.preventDefault()}>
          <label htmlFor={inputId}>{t.label}</label>
          <input id={inputId} type="search" name="q" value={text} onChange={(e) => setText(e.target.value)} autoComplete="off" enterKeyHint="search" />
          <label>
            {t.section}
            <select value={section} onChange={(e) => setSection(e.target.value)}>
              <option value="">{t.allSections}</option>
              {sectionNames.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </select>
          </label>
        </form>
      </header>
      <p role="status" className="search-status">
        {results.isFetching ? t.searching : data && (data.total === 0 ? t.none(term) : data.complete ? t.count(data.total, term) : t.countAtLeast(data.total, term))}
      </p>
      {results.isError && (
        <p role="alert">{t.unavailable}</p>
      )}
      {data && data.hits.length > 0 && (
        <ol className="story-list search-results">
          {data.hits.map((hit) => (
            <li key={hit.path}>
              {hit.section && <p className="card__section">{hit.section}</p>}
              <h2 className="card__headline">
                <Link to={hit.path}>{hit.title}</Link>
              </h2>
              <p className="card__standfirst">
                {hit.excerpt.map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : part.text))}
              </p>
            </li>
          ))}
        </ol>
      )}
      {data && (data.hits.length < data.total || !data.complete) && (
        <p className="search-more">
          <button type="button" disabled={results.isFetching} onClick={() => setMore({ term, section, pages: pages + 1 })}>
            {t.more}
          </button>
        </p>
      )}
    </div>
  );
}
