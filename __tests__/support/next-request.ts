// What a server component reads of its request through next/headers and next/navigation, for page tests:
//
//   jest.mock("next/headers", () => jest.requireActual("<path>/support/next-request").nextHeaders);
//   jest.mock("next/navigation", () => jest.requireActual("<path>/support/next-request").nextNavigation);
//
// then `signedInAs(cookie)` before rendering. notFound() and redirect() throw errors the test can match.

let requestHeaders = new Headers();

/** The request's cookie for the next render; null for a visitor who is not signed in. */
export function signedInAs(cookie: string | null): void {
  requestHeaders = new Headers(cookie ? { cookie } : {});
}

export const nextHeaders = { headers: async () => requestHeaders };

export const nextNavigation = {
  notFound: () => {
    throw new Error("NEXT_NOT_FOUND");
  },
  redirect: (location: string) => {
    throw new Error(`NEXT_REDIRECT ${location}`);
  },
};
