/** The package's entry point for compileModule has no types of its own; lib/ has them. */
declare module '@messageformat/core/compile-module.js' {
  export { default } from '@messageformat/core/lib/compile-module';
}
