/** Main-to-renderer events: services emit, each transport forwards to its windows. */
import type { EventName, Events } from '../../shared/contract.ts';

export type EventListener = <E extends EventName>(name: E, payload: Events[E]) => void;

export interface EventHub {
  emit<E extends EventName>(name: E, payload: Events[E]): void;
  /** Returns a function that unsubscribes. */
  subscribe(listener: EventListener): () => void;
}

export function createEventHub(): EventHub {
  const listeners = new Set<EventListener>();
  return {
    emit(name, payload) {
      for (const listener of listeners) listener(name, payload);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
