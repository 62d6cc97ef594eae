import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { appRouter } from "@/server/api/root";
import { createContextInner, EXPECTED_USER_HEADER } from "@/server/api/trpc";
import { auth } from "@/server/auth/next-auth";
import { clientAddress, requestIdFrom } from "@/server/http/request-meta";

const handler = (req: Request) =>
  fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    createContext: async () =>
      createContextInner({
        session: await auth(),
        requestId: requestIdFrom(req.headers),
        ip: clientAddress(req.headers),
        expectedUserId: req.headers.get(EXPECTED_USER_HEADER),
      }),
  });

export { handler as GET, handler as POST };
