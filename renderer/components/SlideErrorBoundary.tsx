import { Component, type ReactNode } from 'react';

interface Props {
  readonly message: string;
  readonly children: ReactNode;
}

/** A slide that throws shows a short message; the deck, kiosk loop and export go on. */
export class SlideErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    console.warn('A slide failed to render:', error);
  }

  override render(): ReactNode {
    if (this.state.failed) {
      return (
        <p className="slide__error" role="alert">
          {this.props.message}
        </p>
      );
    }
    return this.props.children;
  }
}
