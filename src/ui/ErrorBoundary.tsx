import { Component, type ErrorInfo, type ReactNode } from 'react';

interface ErrorBoundaryProps {
  /** What to show instead of the failed part; nothing by default (the part just disappears). */
  fallback?: ReactNode;
  /** Names the part in the console, e.g. "Latest news rail". */
  name: string;
  children: ReactNode;
}

/**
 * Keeps a failure inside one region: a rail, the share button or one body block can break without
 * taking the article, the header or the other rails with it.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`[dateline] ${this.props.name} failed to render and was left out`, error, info.componentStack);
  }

  override render(): ReactNode {
    return this.state.failed ? (this.props.fallback ?? null) : this.props.children;
  }
}
