import "server-only";
import NextAuth, { CredentialsSignin, type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { env } from "@/lib/env";
import { recordAudit } from "@/server/audit/audit-service";
import { clientAddress, requestIdFrom } from "@/server/http/request-meta";
import { logger } from "@/server/logging/logger";
import { loginWithPassword } from "./password-login";

class LoginRefused extends CredentialsSignin {
  constructor(code: string) {
    super();
    this.code = code;
  }
}

const SESSION_MAX_AGE_SECONDS = 7 * 24 * 60 * 60;

export const authConfig = {
  secret: env.AUTH_SECRET,
  trustHost: env.AUTH_TRUST_HOST === "true",
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/sign-in", error: "/sign-in" },
  providers: [
    Credentials({
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, request) {
        const result = await loginWithPassword(credentials, {
          ip: clientAddress(request.headers),
          requestId: requestIdFrom(request.headers),
        });
        if (!result.ok) throw new LoginRefused(result.code);
        return { id: result.user.id, email: result.user.email, name: result.user.name };
      },
    }),
  ],
  callbacks: {
    // The token carries only the user id (next-auth would add name and email); role and onboarding
    // are read fresh on every request so a promotion or demotion takes effect at once.
    jwt({ token, user }) {
      if (user?.id) token.sub = user.id;
      delete token.name;
      delete token.email;
      delete token.picture;
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      return session;
    },
  },
  events: {
    async signOut(message) {
      const userId = "token" in message ? message.token?.sub : undefined;
      if (userId) {
        await recordAudit({ userId, role: null, requestId: null, ip: null }, { action: "auth.sign_out", subjectType: "session", targetUserId: userId });
      }
    },
  },
  logger: {
    // Failed logins are expected traffic (and audited); anything else is logged without a stack for users.
    error(error) {
      if (error instanceof CredentialsSignin) return;
      logger.error({ err: { name: error.name, message: error.message } }, "auth error");
    },
    warn(code) {
      logger.warn({ code }, "auth warning");
    },
  },
} satisfies NextAuthConfig;

export const { handlers, auth, signIn, signOut } = NextAuth(authConfig);
