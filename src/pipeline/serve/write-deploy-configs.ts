import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { deployConfigs } from './deploy-configs';

for (const [name, text] of Object.entries(deployConfigs())) {
  await writeFile(path.join('deploy', name), text);
  console.log(`wrote deploy/${name}`);
}
