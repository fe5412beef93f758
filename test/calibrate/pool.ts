/** A worker pool on the compiled engine (test/setup/build-cli.ts builds build/ before the tests). */
import { createNodePool, poolRunner } from '../../src/node/enginePool.js';

export function testPool(size = 2): ReturnType<typeof createNodePool> {
  return createNodePool(size, { entry: new URL('../../build/workers/node.js', import.meta.url) });
}

export { poolRunner };
