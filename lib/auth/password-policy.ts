/**
 * Password rules, shared by the sign-up form (instant hints) and the server (the rule that counts).
 * Length and a block list of the most common passwords, as NIST SP 800-63B advises, rather than
 * composition rules that push people to "Password1!".
 */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;

const common = new Set([
  "password", "password1", "password12", "password123", "password1234", "passw0rd", "p@ssw0rd",
  "123456", "1234567", "12345678", "123456789", "1234567890", "0123456789", "qwerty", "qwertyuiop",
  "qwerty123", "qwerty1234", "1q2w3e4r", "1q2w3e4r5t", "1qaz2wsx", "1qaz2wsx3edc", "zaq12wsx", "abc123",
  "abcdef123", "abcd1234", "iloveyou", "iloveyou1", "letmein", "letmein123", "welcome", "welcome1",
  "welcome123", "monkey", "dragon", "football", "baseball", "basketball", "superman", "batman",
  "trustno1", "sunshine", "princess", "starwars", "whatever", "freedom", "master", "shadow",
  "michael", "jennifer", "charlie", "computer", "internet", "samsung", "liverpool", "chelsea",
  "arsenal", "fitness", "fitness123", "workout", "workout123", "gymrat", "bodybuilding", "strength",
  "character", "charactercoach", "coach123", "trainer", "trainer123", "changeme", "changeme123",
  "administrator", "admin123", "admin12345", "secret123", "default", "q1w2e3r4t5", "asdfghjkl",
  "asdfasdfasdf", "zxcvbnm", "zxcvbnm123", "11111111", "1111111111", "00000000", "0000000000",
  "12341234", "987654321", "9876543210", "66666666", "88888888", "aaaaaaaaaa", "abcdefghij",
]);

export type PasswordCheck = { ok: true } | { ok: false; reason: string };

export function checkPassword(password: string, email?: string): PasswordCheck {
  if (password.length < PASSWORD_MIN_LENGTH) {
    return { ok: false, reason: `Password is too weak: use at least ${PASSWORD_MIN_LENGTH} characters.` };
  }
  if (password.length > PASSWORD_MAX_LENGTH) {
    return { ok: false, reason: `Password is too long: use at most ${PASSWORD_MAX_LENGTH} characters.` };
  }
  const lower = password.toLowerCase();
  if (common.has(lower)) return { ok: false, reason: "Password is too weak: it is one of the most common passwords." };
  if (new Set(lower).size < 4) return { ok: false, reason: "Password is too weak: use more different characters." };
  const localPart = email?.split("@")[0]?.toLowerCase() ?? "";
  if (localPart.length >= 4 && lower.includes(localPart)) {
    return { ok: false, reason: "Password is too weak: it contains your email address." };
  }
  return { ok: true };
}
