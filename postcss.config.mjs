// Tailwind 4 runs as a PostCSS plugin so it works under both Turbopack and webpack.
const config = { plugins: { "@tailwindcss/postcss": {} } };

export default config;
