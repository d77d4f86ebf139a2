import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { navQuery } from '../api/queries';
import { isSafeUrl } from '../model/url';
import { paths } from '../ui/paths';
import { useStrings } from '../ui/strings';

interface SiteFooterProps {
  onShowShortcuts: () => void;
}

export function SiteFooter({ onShowShortcuts }: SiteFooterProps) {
  const { data } = useQuery(navQuery());
  const t = useStrings();
  // The API may be served by someone else: only https profiles become links.
  const profiles = (data?.site.social ?? []).filter((p) => /^https:\/\//i.test(p.url) && isSafeUrl(p.url));
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <p className="site-footer__about">{data?.site.description}</p>
        {profiles.length > 0 && (
          <nav aria-label={t.footer.elsewhere}>
            <ul className="site-footer__social">
              {profiles.map((profile) => (
                <li key={profile.url}>
                  <a href={profile.url} rel="me noopener noreferrer external">
                    {profile.name}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        )}
        {data && (
          <nav aria-label={t.allSections}>
            <ul className="site-footer__sections">
              {data.categories.map((root) => (
                <li key={root.path}>
                  <Link to={paths.category(root.path)}>{root.name}</Link>
                  {root.children.length > 0 && (
                    <ul>
                      {root.children.map((child) => (
                        <li key={child.path}>
                          <Link to={paths.category(child.path)}>{child.name}</Link>
                        </li>
                      ))}
                    </ul>
                  )}
                </li>
              ))}
            </ul>
          </nav>
        )}
        <p className="site-footer__small">
          <Link to="/latest">{t.footer.latest}</Link> ·{' '}
          <button type="button" className="link-button" onClick={onShowShortcuts}>
            {t.footer.shortcuts}
          </button>
          {data?.site.footer && <> · {data.site.footer}</>}
          {data && <> · © {data.site.copyright ?? data.site.name}</>}
        </p>
      </div>
    </footer>
  );
}
