"use client";

import { useEffect } from "react";

/**
 * Tells the partner page framing us how tall we are, so its iframe can fit us without a scroll bar.
 * The message goes only to the origin the partner's snippet named (`?origin=`), and only if it is one
 * of the listed partners; postMessage with that target origin is dropped by the browser if the
 * parent is anyone else, so no other page learns anything.
 */
export function EmbedHeight({ allowed }: { allowed: string[] }) {
  useEffect(() => {
    const origin = new URLSearchParams(window.location.search).get("origin");
    if (!origin || !allowed.includes(origin) || window.parent === window) return;
    let last = 0;
    const send = () => {
      const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
      if (height === last) return;
      last = height;
      window.parent.postMessage({ type: "petition-embed-height", height }, origin);
    };
    const observer = new ResizeObserver(send);
    observer.observe(document.body);
    send();
    return () => observer.disconnect();
  }, [allowed]);
  return null;
}
