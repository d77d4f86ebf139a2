import { useLocation } from 'react-router-dom';
import { notFoundHead } from '../../ui/head/heads';
import { usePageHead } from '../../ui/head/use-page-head';
import { NotFoundView } from './NotFoundView';
import { useStrings } from '../../ui/strings';

export function NotFoundPage() {
  usePageHead(notFoundHead(useLocation().pathname, useStrings()));
  return <NotFoundView />;
}
