import { useRouteError } from 'react-router-dom';
import { useStrings } from '../ui/strings';

const FRONT_PAGE = import.meta.env.BASE_URL;

/** Last line of defence: a render error anywhere in a page still leaves the reader a way forward. */
export function RouteError() {
  const error = useRouteError();
  const t = useStrings();
  console.error(error);
  return (
    <main id="main" className="page">
      <div role="alert" className="error-view">
        <h1>{t.errors.crashTitle}</h1>
        <p>{t.errors.crashText}</p>
        <button type="button" onClick={() => window.location.reload()}>
          {t.errors.tryAgain}
        </button>
        <p>
          <a href={FRONT_PAGE}>{t.notFound.frontPage}</a>
        </p>
      </div>
    </main>
  );
}
