/** Stylesheets are imported for their side effect; Vite bundles them into one file linked from index.html. */
declare module '*.css' {}
