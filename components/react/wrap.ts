'use client';
/**
 * What every React wrapper shares: @lit/react's `createComponent` with the page's own React, and the event type
 * whose `currentTarget` (and `target`) is the element, so that `onChange={(e) => setValue(e.currentTarget.value)}`
 * type-checks under `strict`.
 */
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';

/** An event as the wrapper's handler gets it: dispatched by (or retargeted to) the element itself. */
export type ElementEvent<E extends HTMLElement, T extends Event = Event> = T & { readonly currentTarget: E; readonly target: E };

/** The name of an event that the element `E` fires, typed for the handler prop. */
export const on = <E extends HTMLElement, T extends Event = Event>(name: string) => name as EventName<ElementEvent<E, T>>;

/** A React component for the tag; `events` maps handler props (`onChange`) to the element's event names. */
export const wrap = <E extends HTMLElement, Events extends Record<string, EventName | string> = {}>(
  tagName: string,
  elementClass: new () => E,
  events?: Events,
) => createComponent<E, Events>({ tagName, elementClass, react: React, events });
