import { useRouteError } from 'react-router-dom';

const FRONT_PAGE = import.meta.env.BASE_URL;

/** Last line of defence: a render error anywhere in a page still leaves the reader a way forward. */
export function RouteError() {
  const error = useRouteError();
  console.error(error);
  return (
    <main id="main" className="page">
      <div role="alert" className="error-view">
        <h1>Something went wrong</h1>
        <p>This page hit an unexpected problem.</p>
        <button type="button" onClick={() => window.location.reload()}>
          Try again
        </button>
        <p>
          <a href={FRONT_PAGE}>Go to the front page</a>
        </p>
      </div>
    </main>
  );
}
