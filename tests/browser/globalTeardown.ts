import {removeFixture} from './fixtureBuild';

export default async function globalTeardown(): Promise<void> {
  removeFixture();
}
