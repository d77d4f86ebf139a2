import { useDocumentTitle } from '../../ui/use-document-title';
import { NotFoundView } from '../../ui/NotFoundView';

export function NotFoundPage() {
  useDocumentTitle('Page not found');
  return <NotFoundView />;
}
