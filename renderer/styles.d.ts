/** Stylesheets are imported for their side effect; Vite bundles them into one file linked from index.html. */
declare module '*.css' {}
/** Vite's `?url` imports: the built file's address. */
declare module '*?url' {
  const url: string;
  export default url;
}
