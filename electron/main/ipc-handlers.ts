/**
 * Registers one `ipcMain.handle` per invoke channel of the contract. Each call is checked
 * (sender origin, then payload schema) before the handler sees it, and every outcome,
 * including a refusal or a handler failure, is an IpcReply: nothing throws across the bridge.
 */
import {
  INVOKE_CHANNELS,
  type InvokeArgs,
  type InvokeChannel,
  type InvokeResult,
  type IpcError,
  type IpcReply,
} from '../../core/ipc-contract.ts';
import { validate } from '../ipc/schemas.ts';
import { isAllowedOrigin } from './navigation.ts';

/** What the checks read of Electron's IpcMainInvokeEvent. */
export interface InvokeEventLike {
  readonly senderFrame: { readonly url: string } | null;
}

/** The part of `ipcMain` used here, so the checks are testable without Electron. */
export interface IpcMainLike<E extends InvokeEventLike> {
  handle(channel: string, listener: (event: E, ...args: unknown[]) => Promise<unknown>): void;
}

export type InvokeHandlers<E> = {
  readonly [C in InvokeChannel]: (
    event: E,
    ...args: InvokeArgs<C>
  ) => InvokeResult<C> | Promise<InvokeResult<C>>;
};

export interface IpcGuard {
  readonly allowedOrigins: readonly string[];
  /** When set, the only channels served; any other is refused before its payload is read. */
  readonly allowedChannels?: ReadonlySet<InvokeChannel>;
  /** Where refusals and failures are reported (main's console). */
  readonly log: (message: string, detail: unknown) => void;
}

export function registerIpcHandlers<E extends InvokeEventLike>(
  ipc: IpcMainLike<E>,
  handlers: InvokeHandlers<E>,
  guard: IpcGuard,
): void {
  function register<C extends InvokeChannel>(channel: C): void {
    ipc.handle(channel, (event, ...args) =>
      handleInvoke(channel, handlers[channel], guard, event, args),
    );
  }
  for (const channel of Object.values(INVOKE_CHANNELS)) register(channel);
}

/** One checked call; exported for the tests. */
export async function handleInvoke<C extends InvokeChannel, E extends InvokeEventLike>(
  channel: C,
  handler: InvokeHandlers<E>[C],
  guard: IpcGuard,
  event: E,
  args: unknown[],
): Promise<IpcReply<InvokeResult<C>>> {
  const refuse = (error: IpcError): IpcReply<InvokeResult<C>> => {
    guard.log(`IPC ${channel} refused: ${error.code}`, error);
    return { ok: false, error };
  };

  const senderUrl = event.senderFrame?.url;
  if (!isAllowedOrigin(senderUrl, guard.allowedOrigins)) {
    return refuse({
      code: 'untrusted-sender',
      channel,
      message: `Sender ${senderUrl ?? '(gone)'} is not the app`,
      issues: [],
    });
  }
  if (guard.allowedChannels && !guard.allowedChannels.has(channel)) {
    return refuse({
      code: 'not-allowed',
      channel,
      message: `${channel} is not available in this mode`,
      issues: [],
    });
  }
  const checked = validate(channel, args);
  if (!checked.ok) return refuse(checked.error);
  try {
    return { ok: true, value: await handler(event, ...checked.value) };
  } catch (error) {
    guard.log(`IPC ${channel} handler failed`, error);
    return {
      ok: false,
      error: {
        code: 'internal',
        channel,
        message: 'The shell could not complete the request',
        issues: [],
      },
    };
  }
}
