// @camunda/form-linting ships its ES-module source as index.js without "type": "module" and with
// extensionless relative imports (Modeler bundles it with webpack). These two Node loader hooks let plain Node
// load it unchanged: relative imports inside that package get their ".js", and its files load as ES modules.
const PAKKET = '/node_modules/@camunda/form-linting/';

export async function resolve(specifier, context, nextResolve) {
  const binnenPakket = context.parentURL && context.parentURL.includes(PAKKET);
  if (binnenPakket && specifier.startsWith('.') && !/\.[cm]?js$/.test(specifier)) {
    return nextResolve(specifier + '.js', context);
  }
  return nextResolve(specifier, context);
}

export async function load(url, context, nextLoad) {
  if (url.includes(PAKKET) && url.endsWith('.js')) {
    return nextLoad(url, { ...context, format: 'module' });
  }
  return nextLoad(url, context);
}
