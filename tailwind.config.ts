import type { Config } from "tailwindcss";

export default {
  content: ["./app/**/*.{ts,tsx}", "./components/**/*.{ts,tsx}"],
  theme: {
    extend: {
      colors: {
        brand: {
          50: "#eef7f3",
          100: "#d5ece1",
          500: "#2f8f6b",
          600: "#23765a",
          700: "#1b5c46",
          900: "#0f3327",
        },
      },
    },
  },
  plugins: [],
} satisfies Config;
