import { useEffect, useEffectEvent, useRef, useState } from 'react';
import type { HostInfo } from '../../shared/embed/hostProtocol';
import type { PymChild } from './pymChild';

interface UsePymChildOptions {
  /** Only the compact view (`?embed=1`) talks to a parent page. */
  enabled: boolean;
  /** The iframe's title for the host to set ("Timeline: <the story's title>", in the interface's words); null while the data loads. */
  title: string | null;
  /** The selected event, which a host that keeps deep links mirrors in its hash. */
  selectedId: string | null;
  /** Selects an event the host page's hash names. */
  onSelect: (eventId: string | null) => void;
  /** What to bring into view when the host page opens on a deep link: the selected event's detail. */
  revealTarget: () => Element | null;
}

/**
 * Speaks the child side of pym.js from an effect: sends the page's height on load and whenever it
 * changes, answers the parent's `width` messages, and, with our host script, mirrors the selection
 * in the host page's hash. Returns what the host script said about itself (null under pym.js's own
 * `Parent`, or in no iframe at all), so "Copy link" can copy the host page's link instead.
 */
export function usePymChild({ enabled, title, selectedId, onSelect, revealTarget }: UsePymChildOptions): HostInfo | null {
  const [host, setHost] = useState<HostInfo | null>(null);
  const child = useRef<PymChild | null>(null);
  // Counts the host's reveal requests; the effect below answers each once the selection is drawn.
  const [revealAsked, setRevealAsked] = useState(0);

  const onReveal = useEffectEvent((pym: PymChild) => {
    const target = revealTarget();
    pym.scrollTo(target ? target.getBoundingClientRect().top + globalThis.scrollY : 0);
  });
  const onHostSelect = useEffectEvent((eventId: string | null) => onSelect(eventId));

  useEffect(() => {
    if (!enabled || globalThis.parent === globalThis.window) return;
    const parent = globalThis.parent;
    let live = true;
    let stop: (() => void) | null = null;
    // The protocol loads only in an iframe: a page read on its own never downloads it.
    void import('./pymChild').then(({ readPymParams, createPymChild }) => {
      const params = readPymParams(globalThis.location.search);
      if (!live || !params) return;
      // The body holds the whole page (see embed.css: it is a flow root, so no margin escapes it),
      // and it is as tall as its content, not the viewport, so resizing the iframe does not feed back.
      const pym = createPymChild(params, (message) => parent.postMessage(message, params.parentOrigin), () => document.body.getBoundingClientRect().height);
      const onMessage = (event: MessageEvent) => {
        const request = pym.receive(event, parent);
        if (request?.type === 'host') setHost(request.host);
        else if (request?.type === 'select') onHostSelect(request.eventId);
        else if (request?.type === 'reveal') setRevealAsked((n) => n + 1);
      };
      globalThis.addEventListener('message', onMessage);
      const observer = new ResizeObserver(() => pym.sendHeight());
      observer.observe(document.body);
      pym.sendHeight(true);
      // Hello once the title is known: our host script answers it, pym.js's Parent ignores it.
      if (title) pym.hello(title);
      child.current = pym;
      stop = () => {
        observer.disconnect();
        globalThis.removeEventListener('message', onMessage);
        child.current = null;
      };
    });
    return () => {
      live = false;
      stop?.();
    };
  }, [enabled, title]);

  // After the commit that drew a selection the host asked for just before, once the layout has
  // settled: the chart is laid out again for the embed's own width after it first draws, and the
  // detail below it moves with it; scrolling before that would leave the detail off the top.
  useEffect(() => {
    if (revealAsked === 0) return;
    let frame = 0;
    let last = Number.NaN;
    let steady = 0;
    let frames = 0;
    const answer = () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      if (child.current) onReveal(child.current);
    };
    const settle = () => {
      const top = revealTarget()?.getBoundingClientRect().top ?? 0;
      steady = top === last ? steady + 1 : 0;
      last = top;
      frames += 1;
      // Three frames without a move, or half a second at most.
      if ((steady >= 3 || frames >= 30) && child.current) answer();
      else frame = requestAnimationFrame(settle);
    };
    frame = requestAnimationFrame(settle);
    // A frame out of view draws no frames (the page above it grew, or the tab is hidden): answer anyway.
    const timer = setTimeout(answer, 1000);
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [revealAsked, revealTarget]);

  // The host page's hash follows the reader's selections, not the state the embed opened in, so a
  // page that was never touched keeps a clean URL.
  const reported = useRef<string | null | undefined>(undefined);
  useEffect(() => {
    if (!host) return;
    if (reported.current === undefined) reported.current = selectedId;
    if (reported.current === selectedId) return;
    reported.current = selectedId;
    child.current?.select(selectedId);
  }, [host, selectedId]);

  return host;
}
