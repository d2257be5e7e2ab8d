// Client for the eventcoder JSON API (same origin).

/** GET a JSON route; throws an Error carrying the API's error message and hint. */
export async function getJSON(path, params = {}) {
  const url = new URL(path, window.location.origin);
  for (const [key, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== "") url.searchParams.set(key, String(value));
  }
  const response = await fetch(url, { headers: { Accept: "application/json" } });
  let body = null;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  if (!response.ok) {
    const err = body && body.error ? body.error : { message: `HTTP ${response.status}`, hint: "" };
    const error = new Error(err.message);
    error.hint = err.hint;
    error.status = response.status;
    throw error;
  }
  return body;
}

/** Path segment for an actor code (codes are letters, but never trust that). */
export function seg(value) {
  return encodeURIComponent(String(value));
}
