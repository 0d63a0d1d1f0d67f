// The project's root: the nearest folder above this file that holds package.json. Every file path the
// server reads (the console's build, the schema snapshot, the public pages' assets, the language
// detector's thread) starts from it, so they hold wherever the code runs from (sources or a bundle).
import fs from 'node:fs';
import path from 'node:path';

function rootFrom(dir: string): string {
  for (let d = dir; ; d = path.dirname(d)) {
    if (fs.existsSync(path.join(d, 'package.json'))) return d;
    if (path.dirname(d) === d) throw new Error(`No package.json above ${dir}`);
  }
}

export const ROOT = rootFrom(import.meta.dirname);
